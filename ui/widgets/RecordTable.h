// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — widgets every list and page uses: the read-only record table and the heading.
#pragma once

#include <QString>

#include <functional>

class QLabel;
class QModelIndex;
class QTableView;
class QWidget;

namespace gw {

/// A table of records: whole rows selected one at a time, no editing in place, no row numbers,
/// alternating row colours. Enter or a double click emits activated().
QTableView *newRecordTable(const QString &objectName, QWidget *parent);

/// Fits the columns to their headings and to the text of the first `rows` rows, measured with the
/// view's font (a tenth of what the view's own resizeColumnsToContents() takes, which lays out every
/// cell through the delegate); `stretch` takes what is left.
void fitColumnsToText(QTableView *view, int stretch, int rows = 40);

/// After a reload, puts the cursor back on the row that shows item `wasId` (`idAt(row)` gives a row's
/// item), or on the row it was on when that item is gone, in the same column.
void restoreCurrent(QTableView *view, const QModelIndex &was, qint64 wasId,
                    const std::function<qint64(int)> &idAt);

/// A moment as the registers show it: 2026-11-29 15:28 in local time; empty for 0.
QString shortDateTime(qint64 ms);
/// A file's size, the one way sizes are shown everywhere ("37 bytes", "34.9 KB" in the user's language).
QString fileSizeText(qint64 bytes);

/// A page's or dialog's heading: bold, `scale` times the usual size, wrapping when long.
QLabel *newHeading(QWidget *parent, qreal scale = 1.25);

} // namespace gw
