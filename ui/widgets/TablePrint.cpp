// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — a table printed as shown.
#include "TablePrint.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QBuffer>
#include <QPdfWriter>
#include <QPrinter>
#include <QTextDocument>

#include <memory>

namespace gw {
namespace {
struct TablePrint
{
    Q_DECLARE_TR_FUNCTIONS(TablePrint)
};

QString cell(const QVariant &v)
{
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'f', 2);
    return v.toString().toHtmlEscaped();
}
} // namespace

QTextDocument *tableDocument(const DataTable &table, const QString &intro, QObject *parent)
{
    QString html = QStringLiteral("<h2 style=\"text-align:center\">%1</h2>").arg(table.title.toHtmlEscaped());
    if (!intro.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(intro.toHtmlEscaped());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><thead><tr>");
    for (const QString &h : table.headers)
        html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr></thead>");
    for (const QVariantList &row : table.rows) {
        html += QStringLiteral("<tr>");
        for (const QVariant &v : row) {
            const bool number = v.typeId() == QMetaType::Int || v.typeId() == QMetaType::Double ||
                                v.typeId() == QMetaType::LongLong;
            html += QStringLiteral("<td%1>%2</td>").arg(number ? QStringLiteral(" align=\"right\"") : QString(), cell(v));
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (!table.note.isEmpty())
        html += QStringLiteral("<p style=\"color:#444\">%1</p>").arg(table.note.toHtmlEscaped());
    auto *doc = new QTextDocument(parent);
    doc->setHtml(html);
    return doc;
}

void previewTable(QWidget *parent, const DataTable &table, const QString &intro)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(table.title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(TablePrint::tr("Print preview — %1").arg(table.title));
    QTextDocument *doc = tableDocument(table, intro, &preview);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [doc](QPrinter *p) { doc->print(p); });
    preview.exec();
}

QByteArray tablePdf(const DataTable &table, const QString &intro)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setTitle(table.title);
    std::unique_ptr<QTextDocument> doc(tableDocument(table, intro, nullptr));
    doc->print(&writer);
    return out;
}

} // namespace gw
