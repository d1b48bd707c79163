// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — a table printed as shown: print preview first, then the printer.
#pragma once

#include "domain/DataTable.h"

#include <QByteArray>

class QWidget;
class QTextDocument;

namespace gw {

/// The table laid out for paper: its title, a ruled table with the headers repeated on each page, and
/// the note under it (what the figures cover). `intro` is a paragraph under the title (a formula).
QTextDocument *tableDocument(const DataTable &table, const QString &intro, QObject *parent);
/// Opens the print preview of `table`, landscape on A4, from which it is printed.
void previewTable(QWidget *parent, const DataTable &table, const QString &intro = {});
/// The table as previewTable() prints it, written to a PDF (landscape A4).
QByteArray tablePdf(const DataTable &table, const QString &intro = {});

} // namespace gw
