// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — widgets every list and page uses: the read-only record table and the heading.
#pragma once

#include <QString>

class QLabel;
class QTableView;
class QWidget;

namespace gw {

/// A table of records: whole rows selected one at a time, no editing in place, no row numbers,
/// alternating row colours. Enter or a double click emits activated().
QTableView *newRecordTable(const QString &objectName, QWidget *parent);

/// A page's or dialog's heading: bold, `scale` times the usual size, wrapping when long.
QLabel *newHeading(QWidget *parent, qreal scale = 1.25);

} // namespace gw
