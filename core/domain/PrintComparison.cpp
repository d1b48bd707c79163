// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — comparing a print with what was signed.
#include "domain/PrintComparison.h"

#include "domain/TextDiff.h"

#include <QRegularExpression>

namespace gw {

namespace {
QStringList sentences(const QString &text)
{
    QString flat = text.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression pageNumber(QStringLiteral("—\\s*\\d+\\s*—"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    flat.remove(pageNumber);
    flat.remove(space);
    QStringList out;
    QString current;
    static const QString stops = QStringLiteral("。;:!?");
    for (const QChar c : flat) {
        current.append(c);
        if (stops.contains(c)) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
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

QList<ComparedSentence> comparePrint(const QStringList &signedElements, const QString &printedText)
{
    const QList<DiffLine> diff = diffLines(sentences(signedElements.join(QString())).join(QLatin1Char('\n')),
                                           sentences(printedText).join(QLatin1Char('\n')));
    QList<ComparedSentence> out;
    QStringList removed, added;
    auto flush = [&] {
        // A run of removed sentences next to a run of added ones is a change: side by side.
        for (int i = 0; i < qMax(removed.size(), added.size()); ++i)
            out.append({i < removed.size() ? readable(removed.at(i)) : QString(),
                        i < added.size() ? readable(added.at(i)) : QString(), false});
        removed.clear();
        added.clear();
    };
    for (const DiffLine &l : diff) {
        if (l.kind == DiffLine::Same) {
            flush();
            out.append({readable(l.text), readable(l.text), true});
        } else {
            (l.kind == DiffLine::Removed ? removed : added).append(l.text);
        }
    }
    flush();
    return out;
}

int differenceCount(const QList<ComparedSentence> &comparison)
{
    return int(std::count_if(comparison.cbegin(), comparison.cend(),
                             [](const ComparedSentence &s) { return !s.same; }));
}

} // namespace gw
