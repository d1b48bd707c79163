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

QList<DiffSpan> diffChars(const QString &before, const QString &after)
{
    const qsizetype n = before.size(), m = after.size();
    qsizetype head = 0;
    while (head < n && head < m && before.at(head) == after.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < n - head && tail < m - head && before.at(n - 1 - tail) == after.at(m - 1 - tail))
        ++tail;
    const qsizetype an = n - head - tail, bm = m - head - tail;
    QList<DiffSpan> out;
    auto push = [&out](DiffLine::Kind kind, QChar c) {
        if (!out.isEmpty() && out.last().kind == kind)
            out.last().text.append(c);
        else
            out.append({kind, QString(c)});
    };
    if (head > 0)
        out.append({DiffLine::Same, before.left(head)});
    if (qint64(an + 1) * qint64(bm + 1) > 4'000'000) {
        if (an > 0)
            out.append({DiffLine::Removed, before.mid(head, an)});
        if (bm > 0)
            out.append({DiffLine::Added, after.mid(head, bm)});
    } else {
        std::vector<int> lcs(size_t((an + 1) * (bm + 1)), 0);
        auto at = [bm](qsizetype i, qsizetype j) { return size_t(i * (bm + 1) + j); };
        for (qsizetype i = an - 1; i >= 0; --i) {
            for (qsizetype j = bm - 1; j >= 0; --j)
                lcs[at(i, j)] = before.at(head + i) == after.at(head + j)
                                    ? lcs[at(i + 1, j + 1)] + 1
                                    : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
        }
        qsizetype i = 0, j = 0;
        while (i < an || j < bm) {
            if (i < an && j < bm && before.at(head + i) == after.at(head + j)) {
                push(DiffLine::Same, before.at(head + i));
                ++i;
                ++j;
            } else if (i < an && (j == bm || lcs[at(i + 1, j)] >= lcs[at(i, j + 1)])) {
                push(DiffLine::Removed, before.at(head + i));
                ++i;
            } else {
                push(DiffLine::Added, after.at(head + j));
                ++j;
            }
        }
    }
    if (tail > 0) {
        if (!out.isEmpty() && out.last().kind == DiffLine::Same)
            out.last().text += before.right(tail);
        else
            out.append({DiffLine::Same, before.right(tail)});
    }
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
