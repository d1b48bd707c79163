// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — tables written out: Excel workbooks (one sheet per table) and CSV.
#pragma once

#include "Result.h"
#include "domain/DataTable.h"

#include <QCoreApplication>

namespace gw {

enum class CsvEncoding
{
    Utf8Bom, ///< UTF-8 with a byte-order mark: what current Excel opens as Chinese
    Gb18030, ///< for older spreadsheet programs that read only the national encoding
};

class TableExport final
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)
public:
    /// The table as CSV: the headers, the rows, then the note; text that a spreadsheet would run as a
    /// formula (=, +, -, @ first) is written with a leading apostrophe.
    static Result<QByteArray> csv(const DataTable &table, CsvEncoding encoding);
    /// An Excel workbook with a sheet per table: bold headers on a shaded row that stays in view
    /// (frozen), numbers as numbers, columns wide enough for their text, the note under the table.
    /// (Made in a private temporary folder; the caller saves the bytes where the user chose.)
    static Result<QByteArray> xlsx(const QList<DataTable> &sheets);
};

} // namespace gw
