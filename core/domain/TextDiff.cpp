// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — line-by-line comparison of two versions' text.
#include "domain/TextDiff.h"

#include <QStringList>

#include <limits>
#include <vector>

namespace gw {

namespace {
/// Walks two sequences (lines, or characters) along their longest common subsequence, calling
/// `emit(kind, element)` for each element kept, removed or added, in order. The common head and tail are
/// taken first, as most revisions touch little of a long text. When the middle parts would need more
/// than `maxCells` table cells, the middle comes back as removed, then added.
template <typename Seq, typename Emit>
void walkCommon(const Seq &a, const Seq &b, qint64 maxCells, Emit emit)
{
    const qsizetype n = a.size(), m = b.size();
    qsizetype head = 0;
    while (head < n && head < m && a.at(head) == b.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < n - head && tail < m - head && a.at(n - 1 - tail) == b.at(m - 1 - tail))
        ++tail;
    for (qsizetype k = 0; k < head; ++k)
        emit(DiffLine::Same, a.at(k));
    const qsizetype an = n - head - tail, bm = m - head - tail;
    if (qint64(an + 1) * qint64(bm + 1) > maxCells) {
        for (qsizetype k = 0; k < an; ++k)
            emit(DiffLine::Removed, a.at(head + k));
        for (qsizetype k = 0; k < bm; ++k)
            emit(DiffLine::Added, b.at(head + k));
    } else {
        std::vector<int> lcs(size_t((an + 1) * (bm + 1)), 0);
        auto at = [bm](qsizetype i, qsizetype j) { return size_t(i * (bm + 1) + j); };
        for (qsizetype i = an - 1; i >= 0; --i) {
            for (qsizetype j = bm - 1; j >= 0; --j)
                lcs[at(i, j)] = a.at(head + i) == b.at(head + j) ? lcs[at(i + 1, j + 1)] + 1
                                                                  : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
        }
        qsizetype i = 0, j = 0;
        while (i < an || j < bm) {
            if (i < an && j < bm && a.at(head + i) == b.at(head + j)) {
                emit(DiffLine::Same, a.at(head + i));
                ++i;
                ++j;
            } else if (i < an && (j == bm || lcs[at(i + 1, j)] >= lcs[at(i, j + 1)])) {
                emit(DiffLine::Removed, a.at(head + i));
                ++i;
            } else {
                emit(DiffLine::Added, b.at(head + j));
                ++j;
            }
        }
    }
    for (qsizetype k = n - tail; k < n; ++k)
        emit(DiffLine::Same, a.at(k));
}
} // namespace

QList<DiffLine> diffLines(const QString &before, const QString &after)
{
    QList<DiffLine> out;
    walkCommon(before.split(QLatin1Char('\n')), after.split(QLatin1Char('\n')),
               std::numeric_limits<qint64>::max(),
               [&out](DiffLine::Kind kind, const QString &line) { out.append({kind, line}); });
    return out;
}

void appendRun(QList<DiffSpan> &runs, DiffLine::Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!runs.isEmpty() && runs.last().kind == kind)
        runs.last().text.append(text);
    else
        runs.append({kind, text});
}

QList<DiffSpan> diffChars(const QString &before, const QString &after)
{
    QList<DiffSpan> out;
    // By code point, not by UTF-16 unit: a character outside the BMP (𠮷 in a name) is never split in two.
    walkCommon(before.toUcs4(), after.toUcs4(), 4'000'000, [&out](DiffLine::Kind kind, uint c) {
        const char32_t point = c;
        appendRun(out, kind, QString::fromUcs4(&point, 1));
    });
    return out;
}

QList<DiffRow> diffParagraphs(const QString &before, const QString &after)
{
    const QList<DiffLine> lines = diffLines(before, after);
    QList<DiffRow> out;
    for (qsizetype k = 0; k < lines.size();) {
        if (lines.at(k).kind == DiffLine::Same) {
            out.append({DiffRow::Same, lines.at(k).text, lines.at(k).text, {}});
            ++k;
            continue;
        }
        // A run of removals and additions: paired in order, the rest stand alone.
        QStringList removed, added;
        while (k < lines.size() && lines.at(k).kind != DiffLine::Same) {
            (lines.at(k).kind == DiffLine::Removed ? removed : added).append(lines.at(k).text);
            ++k;
        }
        const qsizetype pairs = std::min(removed.size(), added.size());
        for (qsizetype p = 0; p < pairs; ++p)
            out.append({DiffRow::Changed, removed.at(p), added.at(p), diffChars(removed.at(p), added.at(p))});
        for (qsizetype p = pairs; p < removed.size(); ++p)
            out.append({DiffRow::Removed, removed.at(p), QString(), {}});
        for (qsizetype p = pairs; p < added.size(); ++p)
            out.append({DiffRow::Added, QString(), added.at(p), {}});
    }
    return out;
}

} // namespace gw
