// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 导出 button of a table: Excel, or CSV in UTF-8 or GB18030.
#pragma once

#include "domain/DataTable.h"

#include <functional>

class QBoxLayout;
class QPushButton;
class QWidget;

namespace gw {

class ErrorBanner;

/// Adds an "Export" button to `row` whose menu saves the tables `tables()` gives at that moment: all of
/// them as one Excel workbook, or the first as CSV. Asks where (proposing `name()`); a failure is
/// shown in `error` and leaves any earlier file as it was.
QPushButton *addExportButton(QWidget *owner, QBoxLayout *row, ErrorBanner *error,
                             std::function<QList<DataTable>()> tables, std::function<QString()> name);

} // namespace gw
