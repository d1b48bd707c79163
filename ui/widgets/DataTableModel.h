// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — a read-only table model over a DataTable: numbers right-aligned, a totals row in bold.
#pragma once

#include "domain/DataTable.h"

#include <QAbstractTableModel>

namespace gw {

class DataTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataTableModel)
public:
    explicit DataTableModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    /// Shows `table`; with `totalsRow`, its last row is the totals and is drawn in bold.
    void setTable(const DataTable &table, bool totalsRow);
    const DataTable &table() const { return m_table; }
    /// The tooltip of the cells that open a list (the documents behind the number), and which columns
    /// those are.
    void setCellHint(const QString &hint) { m_hint = hint; }
    void setHintedColumns(const QList<int> &columns) { m_hinted = columns; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    DataTable m_table;
    bool m_totals = false;
    QString m_hint;
    QList<int> m_hinted;
};

} // namespace gw
