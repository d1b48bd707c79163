// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what the PDF layer hands to the rest of the program (no Poppler types).
#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace gw {

/// A document as the worker opened it.
struct PdfDocumentInfo
{
    int pageCount = 0;
    bool encrypted = false;
    QString title;
    QList<QSizeF> pageSizes; ///< in points (1/72 inch)
};

/// A character (or word) on a page and where it stands, in points from the page's top left.
struct PdfWord
{
    QString text;
    QRectF box;
};

/// A page's text: the whole of it (normalised) and its words with their boxes.
struct PdfPageText
{
    QString text;
    QList<PdfWord> words;
};

} // namespace gw
