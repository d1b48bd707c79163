// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 导出 button of a table.
#include "ExportMenu.h"

#include "ErrorBanner.h"
#include "SavePdf.h"

#include "storage/TableExport.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QMenu>
#include <QPushButton>

namespace gw {
namespace {
struct ExportMenu
{
    Q_DECLARE_TR_FUNCTIONS(ExportMenu)
};
} // namespace

QPushButton *addExportButton(QWidget *owner, QBoxLayout *row, ErrorBanner *error,
                             std::function<QList<DataTable>()> tables, std::function<QString()> name)
{
    auto *button = new QPushButton(ExportMenu::tr("E&xport"), owner);
    button->setObjectName(QStringLiteral("export"));
    auto *menu = new QMenu(button);
    auto excel = [=] {
        auto bytes = TableExport::xlsx(tables());
        if (!bytes) {
            error->showError(bytes.error());
            return;
        }
        saveFileAs(owner, error, ExportMenu::tr("Export to Excel"), name() + QStringLiteral(".xlsx"), bytes.value(),
                   ExportMenu::tr("Excel workbooks (*.xlsx)"));
    };
    auto csv = [=](CsvEncoding encoding) {
        const QList<DataTable> all = tables();
        if (all.isEmpty())
            return;
        auto bytes = TableExport::csv(all.first(), encoding);
        if (!bytes) {
            error->showError(bytes.error());
            return;
        }
        saveFileAs(owner, error, ExportMenu::tr("Export to CSV"), name() + QStringLiteral(".csv"), bytes.value(),
                   ExportMenu::tr("CSV files (*.csv)"));
    };
    menu->addAction(ExportMenu::tr("&Excel workbook (.xlsx)…"), owner, excel)->setObjectName(QStringLiteral("exportXlsx"));
    menu->addAction(ExportMenu::tr("CSV, &UTF-8…"), owner, [=] { csv(CsvEncoding::Utf8Bom); })
        ->setObjectName(QStringLiteral("exportCsv"));
    menu->addAction(ExportMenu::tr("CSV, &GB18030 (older spreadsheet programs)…"), owner, [=] { csv(CsvEncoding::Gb18030); })
        ->setObjectName(QStringLiteral("exportCsvGb"));
    button->setMenu(menu);
    row->addWidget(button);
    return button;
}

} // namespace gw
