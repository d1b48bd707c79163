// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what archiving asks of the PDF layer: facts about a file, a stamped copy, a record as PDF.
#pragma once

#include "Result.h"
#include "domain/ArchiveStamp.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace gw {

/// What the PDF worker found in a file.
struct PdfFacts
{
    int pages = 0;
    bool encrypted = false;
    QStringList unembeddedFonts; ///< fonts the file uses without carrying them
    QString text;                ///< the text of the first pages, normalised
    QSizeF firstPageSize;        ///< points
    QList<QRectF> firstPageBoxes; ///< the text boxes of the first page, points from its top left
    bool firstPageRenders = false;
};

/// A record written out as a PDF page or pages: a title, then label and value rows (a value may run to
/// several lines), then an optional table with its header row.
struct RecordSheet
{
    QString title;
    QList<QPair<QString, QString>> fields;
    QStringList tableHeader;
    QList<QStringList> tableRows;
};

/// How much inspect() reads: the page count and encryption; with the fonts and a rendered first page
/// (what usability asks); and with the text of the first pages and their boxes too.
enum class InspectDepth
{
    Pages,
    Usability,
    Full,
};

/// Implemented by the PDF layer (pdf/ArchivePdfTools) with the sandboxed worker; services only see this.
class ArchivePdf
{
public:
    virtual ~ArchivePdf() = default;
    /// Opens `pdf` in the worker and reports on it as deep as `depth`; an error when it cannot be opened.
    virtual Result<PdfFacts> inspect(const QByteArray &pdf, InspectDepth depth = InspectDepth::Full) = 0;
    /// A copy of `pdf` with `stamp` drawn in red at `at` (points from the first page's top left) on the
    /// first page; the content of the original is kept as it was.
    virtual Result<QByteArray> stamp(const QByteArray &pdf, const ArchiveStamp &stamp, const QRectF &at) = 0;
    /// A record (a routing slip, a handling slip, a version's text) typeset on A4.
    virtual Result<QByteArray> recordPdf(const RecordSheet &sheet) = 0;
};

} // namespace gw
