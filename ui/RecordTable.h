// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the read-only table every list of records uses.
#pragma once

#include <QString>

class QTableView;
class QWidget;

namespace gw {

/// A table of records: whole rows selected one at a time, no editing in place, no row numbers,
/// alternating row colours. Enter or a double click emits activated().
QTableView *newRecordTable(const QString &objectName, QWidget *parent);

} // namespace gw
