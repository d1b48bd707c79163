// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — finding and selecting text on a PDF page.
#include "pdf/PdfTextSearch.h"

#include <cmath>

namespace gw {

QList<PdfTextHit> PdfTextSearch::find(int page, const PdfPageText &text, const QString &query)
{
    QList<PdfTextHit> found;
    if (query.isEmpty())
        return found;
    // Words are joined into one string; each character remembers the word it came from.
    const QList<PdfWord> &words = text.words;
    QString joined;
    QList<int> owner;
    for (int i = 0; i < words.size(); ++i) {
        joined += words.at(i).text;
        for (int k = 0; k < words.at(i).text.size(); ++k)
            owner.append(i);
    }
    for (qsizetype at = joined.indexOf(query, 0, Qt::CaseInsensitive); at >= 0;
         at = joined.indexOf(query, at + 1, Qt::CaseInsensitive)) {
        PdfTextHit h;
        h.page = page;
        int last = -1;
        for (qsizetype c = at; c < at + query.size() && c < owner.size(); ++c) {
            if (owner.at(c) != last) {
                last = owner.at(c);
                h.boxes.append(words.at(last).box);
            }
        }
        found.append(h);
    }
    return found;
}

QPair<QList<QRectF>, QString> PdfTextSearch::under(const PdfPageText &text, const QRectF &rect)
{
    QList<QRectF> lines;
    QString out;
    for (const PdfWord &w : text.words) {
        if (!w.box.intersects(rect))
            continue;
        out += w.text;
        // Characters on the same line (overlapping vertically) join one box.
        if (!lines.isEmpty() && std::abs(lines.last().center().y() - w.box.center().y()) < w.box.height() / 2)
            lines.last() = lines.last().united(w.box);
        else
            lines.append(w.box);
    }
    return {lines, out};
}

} // namespace gw
