// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — line-by-line comparison of two versions' text.
#include "domain/TextDiff.h"

#include <QStringList>

#include <vector>

namespace gw {

QList<DiffLine> diffLines(const QString &before, const QString &after)
{
    const QStringList a = before.split(QLatin1Char('\n'));
    const QStringList b = after.split(QLatin1Char('\n'));
    const auto n = a.size(), m = b.size();
    // Common prefix and suffix first: most revisions touch a few lines of a long document.
    qsizetype head = 0;
    while (head < n && head < m && a.at(head) == b.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < n - head && tail < m - head && a.at(n - 1 - tail) == b.at(m - 1 - tail))
        ++tail;
    const qsizetype an = n - head - tail, bm = m - head - tail;
    std::vector<std::vector<int>> lcs(size_t(an + 1), std::vector<int>(size_t(bm + 1), 0));
    for (qsizetype i = an - 1; i >= 0; --i) {
        for (qsizetype j = bm - 1; j >= 0; --j) {
            lcs[size_t(i)][size_t(j)] =
                a.at(head + i) == b.at(head + j)
                    ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                    : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
        }
    }
    QList<DiffLine> out;
    for (qsizetype i = 0; i < head; ++i)
        out.append({DiffLine::Same, a.at(i)});
    qsizetype i = 0, j = 0;
    while (i < an || j < bm) {
        if (i < an && j < bm && a.at(head + i) == b.at(head + j)) {
            out.append({DiffLine::Same, a.at(head + i)});
            ++i;
            ++j;
        } else if (i < an && (j == bm || lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)])) {
            out.append({DiffLine::Removed, a.at(head + i)});
            ++i;
        } else {
            out.append({DiffLine::Added, b.at(head + j)});
            ++j;
        }
    }
    for (qsizetype k = n - tail; k < n; ++k)
        out.append({DiffLine::Same, a.at(k)});
    return out;
}

} // namespace gw
