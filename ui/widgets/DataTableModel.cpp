// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — a read-only table model over a DataTable.
#include "DataTableModel.h"

#include <QFont>
#include <QLocale>

namespace gw {

void DataTableModel::setTable(const DataTable &table, bool totalsRow)
{
    beginResetModel();
    m_table = table;
    m_totals = totalsRow;
    endResetModel();
}

int DataTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int DataTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.headers.size());
}

QVariant DataTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.rows.size())
        return {};
    const QVariantList &row = m_table.rows.at(index.row());
    const QVariant v = index.column() < row.size() ? row.at(index.column()) : QVariant();
    const bool number = v.typeId() == QMetaType::Int || v.typeId() == QMetaType::Double ||
                        v.typeId() == QMetaType::LongLong;
    switch (role) {
    case Qt::DisplayRole:
        if (v.typeId() == QMetaType::Double)
            return QLocale().toString(v.toDouble(), 'f', 2);
        return v;
    case Qt::UserRole: // the value itself, for sorting and charts
        return v;
    case Qt::TextAlignmentRole:
        return number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (m_totals && index.row() == m_table.rows.size() - 1) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        return m_hinted.contains(index.column()) ? m_hint : QVariant();
    default:
        return {};
    }
}

QVariant DataTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.headers.size())
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_table.headers.at(section);
    return {};
}

} // namespace gw
