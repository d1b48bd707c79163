// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the read-only table every list of records uses.
#include "RecordTable.h"

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
    view->setAlternatingRowColors(true);
    return view;
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
