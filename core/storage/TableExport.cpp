// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — tables written out.
#include "storage/TableExport.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>

namespace gw {
namespace {

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

/// Text a spreadsheet would take for a formula is kept as text.
QString safeText(const QString &s)
{
    if (!s.isEmpty() && QStringLiteral("=+-@").contains(s.at(0)))
        return QLatin1Char('\'') + s;
    return s;
}

QString csvField(const QVariant &v)
{
    if (isNumber(v))
        return v.typeId() == QMetaType::Double ? QString::number(v.toDouble(), 'f', 2) : v.toString();
    QString s = safeText(v.toString());
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')) ||
        s.contains(QLatin1Char('\r')))
        s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

/// Excel's rules for a sheet name: at most 31 characters, none of []:*?/\, unique in the workbook.
QString sheetName(const QString &title, QStringList &used)
{
    QString s = title;
    for (QChar c : QStringLiteral("[]:*?/\\"))
        s.replace(c, QLatin1Char(' '));
    s = s.simplified().left(28);
    if (s.isEmpty())
        s = QStringLiteral("Sheet");
    QString name = s;
    for (int n = 2; used.contains(name, Qt::CaseInsensitive); ++n)
        name = s + QStringLiteral("(%1)").arg(n);
    used.append(name);
    return name;
}

/// Rough display width of text in Excel's character units: a Chinese character is two.
double widthOf(const QString &s)
{
    double w = 0;
    for (QChar c : s)
        w += c.unicode() >= 0x2E80 ? 2.0 : 1.1;
    return w;
}

} // namespace

Result<QByteArray> TableExport::csv(const DataTable &table, CsvEncoding encoding)
{
    QStringList lines;
    QStringList header;
    for (const QString &h : table.headers)
        header.append(csvField(h));
    lines.append(header.join(QLatin1Char(',')));
    for (const QVariantList &row : table.rows) {
        QStringList cells;
        for (const QVariant &v : row)
            cells.append(csvField(v));
        lines.append(cells.join(QLatin1Char(',')));
    }
    if (!table.note.isEmpty()) {
        lines.append(QString());
        lines.append(csvField(table.note));
    }
    const QString text = lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
    if (encoding == CsvEncoding::Utf8Bom)
        return QByteArray(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
    QStringEncoder gb("GB18030");
    if (!gb.isValid())
        return makeError(ErrorCode::Unsupported,
                         tr("This computer cannot write the GB18030 encoding. Save the file as UTF-8 instead."));
    QByteArray out = gb.encode(text);
    if (gb.hasError())
        return makeError(ErrorCode::Validation, tr("Some characters cannot be written in GB18030."));
    return out;
}

Result<QByteArray> TableExport::xlsx(const QList<DataTable> &sheets)
{
    // The library writes only to a named file: one in a folder of our own, readable by us alone.
    QTemporaryDir dir;
    if (!dir.isValid())
        return makeError(ErrorCode::Storage, tr("No temporary folder could be made for the workbook: %1")
                                                 .arg(dir.errorString()));
    const QString temp = dir.filePath(QStringLiteral("book.xlsx"));
    lxw_workbook *wb = workbook_new(QFile::encodeName(temp).constData());
    if (!wb)
        return makeError(ErrorCode::Storage, tr("The workbook could not be made."));
    lxw_format *head = workbook_add_format(wb);
    format_set_bold(head);
    format_set_bg_color(head, 0xDDE4EE);
    format_set_border(head, LXW_BORDER_THIN);
    format_set_text_wrap(head);
    format_set_align(head, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format *decimal = workbook_add_format(wb);
    format_set_num_format(decimal, "0.00");
    lxw_format *note = workbook_add_format(wb);
    format_set_italic(note);

    QStringList used;
    for (const DataTable &t : sheets) {
        lxw_worksheet *ws = workbook_add_worksheet(wb, sheetName(t.title, used).toUtf8().constData());
        if (!ws) {
            workbook_close(wb);
            return makeError(ErrorCode::Storage, tr("The workbook could not be made."));
        }
        QList<double> widths;
        for (int c = 0; c < t.headers.size(); ++c) {
            worksheet_write_string(ws, 0, lxw_col_t(c), t.headers.at(c).toUtf8().constData(), head);
            widths.append(widthOf(t.headers.at(c)));
        }
        for (int r = 0; r < t.rows.size(); ++r) {
            const QVariantList &row = t.rows.at(r);
            for (int c = 0; c < row.size(); ++c) {
                const QVariant &v = row.at(c);
                if (isNumber(v)) {
                    worksheet_write_number(ws, lxw_row_t(r + 1), lxw_col_t(c), v.toDouble(),
                                           v.typeId() == QMetaType::Double ? decimal : nullptr);
                } else if (!v.toString().isEmpty()) {
                    worksheet_write_string(ws, lxw_row_t(r + 1), lxw_col_t(c), v.toString().toUtf8().constData(),
                                           nullptr);
                }
                if (c < widths.size())
                    widths[c] = std::max(widths.at(c), widthOf(v.toString()));
            }
        }
        if (!t.note.isEmpty())
            worksheet_write_string(ws, lxw_row_t(t.rows.size() + 2), 0, t.note.toUtf8().constData(), note);
        for (int c = 0; c < widths.size(); ++c)
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), std::clamp(widths.at(c) + 2, 8.0, 60.0), nullptr);
        worksheet_freeze_panes(ws, 1, 0);
    }
    const lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR)
        return makeError(ErrorCode::Storage,
                         tr("The workbook could not be made: %1").arg(QString::fromUtf8(lxw_strerror(err))));
    QFile f(temp);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Storage, tr("The workbook could not be made: %1").arg(f.errorString()));
    return f.readAll();
}

} // namespace gw
