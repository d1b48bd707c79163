// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the read-only table every list of records uses.
#include "RecordTable.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace gw {

QTableView *newRecordTable(const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    // Columns are fitted to the first rows only: measuring every row of a long page costs a visible
    // pause at every reload (a page of 200 rows took 30 ms), for widths the first screenful decides.
    view->verticalHeader()->setResizeContentsPrecision(40);
    view->setAlternatingRowColors(true);
    return view;
}

void restoreCurrent(QTableView *view, const QModelIndex &was, qint64 wasId,
                    const std::function<qint64(int)> &idAt)
{
    const int rows = view->model()->rowCount();
    if (!was.isValid() || rows == 0)
        return;
    int row = qMin(was.row(), rows - 1);
    for (int r = 0; r < rows; ++r) {
        if (idAt(r) == wasId) {
            row = r;
            break;
        }
    }
    view->setCurrentIndex(view->model()->index(row, was.column()));
}

QString shortDateTime(qint64 ms)
{
    return ms > 0
               ? QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
               : QString();
}

QLabel *newHeading(QWidget *parent, qreal scale)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    label->setFont(f);
    label->setWordWrap(true);
    return label;
}

} // namespace gw
