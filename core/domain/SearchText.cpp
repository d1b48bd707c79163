// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — folding text for the search index, its tokens, and marking what a query matched.
#include "domain/SearchText.h"

#include <QSet>
#include <QStringView>

#include <algorithm>
#include <iterator>
#include <utility>

namespace gw::searchtext {
namespace {

/// The code points of `text`, each as a view (a surrogate pair is one).
QList<QStringView> codePoints(const QString &text)
{
    QList<QStringView> out;
    out.reserve(text.size());
    const int n = int(text.size());
    for (int i = 0; i < n;) {
        const int len = (text.at(i).isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) ? 2 : 1;
        out.append(QStringView(text).mid(i, len));
        i += len;
    }
    return out;
}

/// The CJK radicals PDF text extraction gives for whole characters that have no compatibility form of
/// their own (the Kangxi radicals and a few of these do, and NFKC folds them): each to the character.
char32_t radicalAsCharacter(char32_t cp)
{
    static const std::pair<char32_t, char32_t> kRadicals[] = {
        {0x2EA0, U'民'}, {0x2EC4, U'西'}, {0x2EC5, U'见'}, {0x2EC6, U'角'}, {0x2EC8, U'讠'}, {0x2EC9, U'贝'},
        {0x2ED0, U'钅'}, {0x2ED3, U'长'}, {0x2ED4, U'门'}, {0x2ED7, U'雨'}, {0x2ED8, U'青'}, {0x2EDA, U'页'},
        {0x2EDB, U'风'}, {0x2EDC, U'飞'}, {0x2EDD, U'食'}, {0x2EE0, U'饣'}, {0x2EE2, U'马'}, {0x2EE3, U'骨'},
        {0x2EE4, U'鬼'}, {0x2EE5, U'鱼'}, {0x2EE6, U'鸟'}, {0x2EE7, U'卤'}, {0x2EE8, U'麦'}, {0x2EE9, U'黄'},
        {0x2EEC, U'齐'}, {0x2EF0, U'龙'},
    };
    const auto *end = std::end(kRadicals);
    const auto *at = std::lower_bound(std::begin(kRadicals), end, cp,
                                      [](const std::pair<char32_t, char32_t> &e, char32_t c) { return e.first < c; });
    return at != end && at->first == cp ? at->second : cp;
}

void push(QString &text, QList<int> *origin, char32_t cp, int from)
{
    if (QChar::requiresSurrogates(cp)) {
        text.append(QChar(QChar::highSurrogate(cp)));
        text.append(QChar(QChar::lowSurrogate(cp)));
        if (origin)
            *origin << from << from;
    } else {
        text.append(QChar(char16_t(cp)));
        if (origin)
            origin->append(from);
    }
}

void foldInto(const QString &in, QString &text, QList<int> *origin)
{
    text.reserve(in.size());
    if (origin)
        origin->reserve(in.size());
    const int n = int(in.size());
    for (int i = 0; i < n;) {
        char32_t cp = in.at(i).unicode();
        int len = 1;
        if (in.at(i).isHighSurrogate() && i + 1 < n && in.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(in.at(i), in.at(i + 1));
            len = 2;
        }
        if (cp < 0x80) {
            if (cp >= 'A' && cp <= 'Z')
                push(text, origin, cp + ('a' - 'A'), i);
            else if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9'))
                push(text, origin, cp, i);
        } else if (cp >= 0x4E00 && cp <= 0x9FFF) {
            push(text, origin, cp, i); // the common ideographs fold to themselves
        } else {
            if (cp >= 0x2E80 && cp <= 0x2EFF)
                cp = radicalAsCharacter(cp);
            const QString one = QString::fromUcs4(&cp, 1).normalized(QString::NormalizationForm_KC).toCaseFolded();
            for (const QStringView c : codePoints(one)) {
                const char32_t u = c.size() == 2 ? QChar::surrogateToUcs4(c.at(0), c.at(1)) : c.at(0).unicode();
                if (QChar::isLetterOrNumber(u))
                    push(text, origin, u, i);
            }
        }
        i += len;
    }
}

} // namespace

Folded fold(const QString &text)
{
    Folded out;
    foldInto(text, out.text, &out.origin);
    return out;
}

QString folded(const QString &text)
{
    QString out;
    foldInto(text, out, nullptr);
    return out;
}

const QList<Field> &allFields()
{
    static const QList<Field> all{Field::Number, Field::Title, Field::Party, Field::Body};
    return all;
}

void appendTokens(QString &out, Field field, const QString &foldedText)
{
    const QChar marker = QLatin1Char(char(field));
    const QList<QStringView> cps = codePoints(foldedText);
    out.reserve(out.size() + cps.size() * 8);
    for (int i = 0; i + 1 < cps.size(); ++i) {
        out.append(QLatin1Char(' '));
        out.append(marker);
        out.append(cps.at(i));
        out.append(cps.at(i + 1));
    }
    QSet<QStringView> seen;
    for (const QStringView c : cps) {
        if (seen.contains(c))
            continue;
        seen.insert(c);
        out.append(QLatin1Char(' '));
        out.append(marker);
        out.append(c);
    }
}

QString distinctTokens(const QString &tokens)
{
    QString out;
    out.reserve(tokens.size());
    QSet<QStringView> seen;
    for (const QStringView t : QStringView(tokens).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (seen.contains(t))
            continue;
        seen.insert(t);
        if (!out.isEmpty())
            out.append(QLatin1Char(' '));
        out.append(t);
    }
    return out;
}

QStringList queryTokens(Field field, const QString &foldedQuery)
{
    const QString marker = QString(QLatin1Char(char(field)));
    const QList<QStringView> cps = codePoints(foldedQuery);
    QStringList out;
    if (cps.size() == 1)
        out << marker + cps.first().toString();
    for (int i = 0; i + 1 < cps.size(); ++i)
        out << marker + cps.at(i).toString() + cps.at(i + 1).toString();
    return out;
}

QList<QPair<int, int>> matches(const QString &original, const QString &foldedQuery, int max)
{
    QList<QPair<int, int>> out;
    if (foldedQuery.isEmpty())
        return out;
    const Folded f = fold(original);
    const auto endOf = [&original](int at) {
        return at + ((original.at(at).isHighSurrogate() && at + 1 < original.size()) ? 2 : 1);
    };
    for (qsizetype at = f.text.indexOf(foldedQuery); at >= 0 && out.size() < max;
         at = f.text.indexOf(foldedQuery, at + foldedQuery.size())) {
        const int start = f.origin.at(int(at));
        const int end = endOf(f.origin.at(int(at + foldedQuery.size() - 1)));
        if (!out.isEmpty() && start < out.last().second)
            out.last().second = std::max(out.last().second, end);
        else
            out.append({start, end});
    }
    return out;
}

QString excerpt(const QString &original, const QString &foldedQuery, int width)
{
    if (original.size() <= width)
        return QString(original).replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QList<QPair<int, int>> found = matches(original, foldedQuery, 1);
    const int first = found.isEmpty() ? 0 : found.first().first;
    int from = std::max(0, first - width / 3);
    const int to = std::min(int(original.size()), from + width);
    from = std::max(0, std::min(from, to - width));
    QString out = original.mid(from, to - from).replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (from > 0)
        out.prepend(QStringLiteral("…"));
    if (to < original.size())
        out.append(QStringLiteral("…"));
    return out;
}

QString highlighted(const QString &original, const QString &foldedQuery)
{
    const auto plain = [&original](int a, int b) {
        return original.mid(a, b - a).toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1Char(' '));
    };
    QString out;
    int at = 0;
    for (const auto &[start, end] : matches(original, foldedQuery))
        if (start >= at) {
            out += plain(at, start) + QStringLiteral("<b>") + plain(start, end) + QStringLiteral("</b>");
            at = end;
        }
    return out + plain(at, int(original.size()));
}

} // namespace gw::searchtext
