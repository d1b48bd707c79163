// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — comparing a print with what was signed.
#include "domain/PrintComparison.h"

#include <QRegularExpression>

#include <algorithm>

namespace gw {

namespace {
/// The form both sides are compared in: NFKC, no white space.
QString key(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.normalized(QString::NormalizationForm_KC).remove(space);
}

/// The text cut after 。；：！？, one sentence a line.
QString sentenceLines(const QString &flat)
{
    static const QString stops = QStringLiteral("。;:!?");
    QString out;
    out.reserve(flat.size() + flat.size() / 16);
    for (const QChar c : flat) {
        out.append(c);
        if (stops.contains(c))
            out.append(QLatin1Char('\n'));
    }
    if (out.endsWith(QLatin1Char('\n')))
        out.chop(1);
    return out;
}

/// The two texts aligned character by character: sentences first (cheap), then the characters of each
/// run of sentences that differ.
QList<DiffSpan> align(const QString &a, const QString &b)
{
    QList<DiffSpan> out;
    QString removed, added;
    auto flush = [&] {
        for (const DiffSpan &s : diffChars(removed, added))
            appendRun(out, s.kind, s.text);
        removed.clear();
        added.clear();
    };
    for (const DiffLine &l : diffLines(sentenceLines(a), sentenceLines(b))) {
        if (l.kind == DiffLine::Same) {
            flush();
            appendRun(out, DiffLine::Same, l.text);
        } else {
            (l.kind == DiffLine::Removed ? removed : added).append(l.text);
        }
    }
    flush();
    return out;
}
} // namespace

/// For reading: the half-width punctuation NFKC gives back in its full-width Chinese form.
QString readable(const QString &key)
{
    static const QString half = QStringLiteral(",:;!?()");
    static const QString full = QStringLiteral("，：；！？（）");
    QString out = key;
    for (QChar &c : out) {
        const int at = half.indexOf(c);
        if (at >= 0)
            c = full.at(at);
    }
    return out;
}

QList<ComparedElement> comparePrint(const QList<PrintedElement> &signedElements, const QString &printedText)
{
    QList<ComparedElement> out;
    QString signedKey;
    QList<int> owner; // the element each character of signedKey belongs to
    for (const PrintedElement &e : signedElements) {
        const QString k = key(e.text);
        if (k.isEmpty())
            continue;
        out.append({e, readable(k), QString(), {}, false});
        signedKey += k;
        owner.insert(owner.size(), k.size(), int(out.size()) - 1);
    }
    static const QRegularExpression pageNumber(QStringLiteral("—\\s*\\d+\\s*—"));
    QString printed = printedText;
    printed.remove(pageNumber);
    const QList<DiffSpan> spans = align(signedKey, key(printed));
    if (out.isEmpty()) { // nothing signed to compare with: the whole print is one difference
        if (!spans.isEmpty())
            out.append({PrintedElement{}, QString(), readable(key(printed)), spans, false});
        return out;
    }
    auto addSpan = [&out](int element, DiffLine::Kind kind, QChar c) {
        appendRun(out[element].spans, kind, QString(c));
        if (kind != DiffLine::Removed)
            out[element].printedText.append(c);
    };
    qsizetype at = 0; // the next character of signedKey
    for (const DiffSpan &span : spans) {
        for (const QChar c : span.text) {
            if (span.kind == DiffLine::Added) {
                // Inside an element it belongs there. Between two elements it goes with the one before,
                // unless that one has ended its sentence (。：；！？) and the next is of its kind (a
                // paragraph after a paragraph): then it opens the next one. A paragraph the print adds
                // after the body's last stays with the body, not with the 署名.
                const bool between = at > 0 && at < signedKey.size() && owner.at(at - 1) != owner.at(at);
                static const QString ends = QStringLiteral("。:;!?");
                const bool opensNext = between && ends.contains(signedKey.at(at - 1)) &&
                                       out.at(owner.at(at - 1)).element.part == out.at(owner.at(at)).element.part;
                const qsizetype where = at >= signedKey.size() ? signedKey.size() - 1
                                        : between && !opensNext ? at - 1
                                                                : at;
                addSpan(owner.at(where), DiffLine::Added, c);
            } else {
                addSpan(owner.at(at), span.kind, c);
                ++at;
            }
        }
    }
    for (ComparedElement &e : out) {
        e.printedText = readable(e.printedText);
        e.same = std::all_of(e.spans.cbegin(), e.spans.cend(),
                             [](const DiffSpan &s) { return s.kind == DiffLine::Same; });
        for (DiffSpan &s : e.spans)
            s.text = readable(s.text);
    }
    return out;
}

int differenceCount(const QList<ComparedElement> &comparison)
{
    return int(std::count_if(comparison.cbegin(), comparison.cend(),
                             [](const ComparedElement &e) { return !e.same; }));
}

} // namespace gw
