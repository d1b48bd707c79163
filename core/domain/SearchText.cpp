// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — folding text for the search index, its tokens, and marking what a query matched.
#include "domain/SearchText.h"

#include <QSet>
#include <QStringView>

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
