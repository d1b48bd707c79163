// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what the PDF layer hands to the rest of the program (no Poppler types).
#pragma once

#include <QDataStream>
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

/// An annotation to write into a PDF copy, or one read back from a PDF.
struct PdfAnnotation
{
    enum Type
    {
        Highlight,
        StrikeOut,
        Note,
        Caret,
        Rectangle,
        Other
    };
    Type type = Note;
    int page = 0;
    QList<QRectF> rects; ///< in points from the page's top left
    QString author;
    QString text; ///< the comment, with its category
};

/// A page's text: the whole of it (normalised) and its words with their boxes.
struct PdfPageText
{
    QString text;
    QList<PdfWord> words;
};

QDataStream &operator<<(QDataStream &s, const PdfAnnotation &a);
QDataStream &operator>>(QDataStream &s, PdfAnnotation &a);

} // namespace gw
