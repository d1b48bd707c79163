// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — finding and selecting text on a PDF page from its words and their boxes.
#pragma once

#include "pdf/PdfTypes.h"

#include <QPair>

namespace gw {

/// One occurrence of a searched text: the boxes (in points) of the words it covers.
struct PdfTextHit
{
    int page = 0;
    QList<QRectF> boxes;
};

/// Pure functions over a page's text, shared by the PDF view and its tests.
class PdfTextSearch final
{
public:
    /// Every occurrence of `query` (case-insensitive) on the page, in reading order; words are joined
    /// first, so a hit may run across several of them.
    static QList<PdfTextHit> find(int page, const PdfPageText &text, const QString &query);
    /// The words under `rect`, their boxes merged line by line, and their text.
    static QPair<QList<QRectF>, QString> under(const PdfPageText &text, const QRectF &rect);
};

} // namespace gw
