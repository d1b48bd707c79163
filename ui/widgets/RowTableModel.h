// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — a table of records that takes a fresh read row by row, never by a reset.
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace gw {

/// A table model over a list of records with an `id` and a `version`. applyRows() brings the list to
/// a fresh read of the same window with the fewest insertions, removals, moves and changed rows, so
/// the user's current row, selection and scroll position stay where they were while other people's
/// changes come in.
template <typename Row> class RowTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    /// The row showing record `id`, or -1.
    int rowOf(qint64 id) const
    {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).id == id)
                return i;
        }
        return -1;
    }

protected:
    /// Whether a fresh read of a row shows the same as the row held (its version and time by default;
    /// a model whose rows carry joined names from other records compares those too).
    virtual bool sameRow(const Row &held, const Row &fresh) const
    {
        return held.version == fresh.version && held.updatedAtMs == fresh.updatedAtMs;
    }
    /// Replaces every row at once: a new filter or order, where nothing the user had is kept.
    void resetRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    void appendRows(const QList<Row> &rows)
    {
        if (rows.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        m_rows.append(rows);
        endInsertRows();
    }
    void prependRows(const QList<Row> &rows)
    {
        if (rows.isEmpty())
            return;
        beginInsertRows({}, 0, int(rows.size() - 1));
        m_rows = rows + m_rows;
        endInsertRows();
    }

    /// Brings the rows to `fresh` (the same window read again) one row at a time.
    void applyRows(const QList<Row> &fresh)
    {
        QHash<qint64, int> wanted;
        for (int i = 0; i < fresh.size(); ++i)
            wanted.insert(fresh.at(i).id, i);
        for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
            if (!wanted.contains(m_rows.at(i).id)) {
                beginRemoveRows({}, i, i);
                m_rows.removeAt(i);
                endRemoveRows();
            }
        }
        for (int i = 0; i < fresh.size(); ++i) {
            const Row &f = fresh.at(i);
            if (i < m_rows.size() && m_rows.at(i).id == f.id) {
                updateRow(i, f);
                continue;
            }
            int from = -1;
            for (int j = i + 1; j < m_rows.size(); ++j) {
                if (m_rows.at(j).id == f.id) {
                    from = j;
                    break;
                }
            }
            if (from >= 0) {
                beginMoveRows({}, from, from, {}, i);
                m_rows.move(from, i);
                endMoveRows();
                updateRow(i, f);
            } else {
                beginInsertRows({}, i, i);
                m_rows.insert(i, f);
                endInsertRows();
            }
        }
        // A row shown twice (paged on a key that changed between two pages) goes with the rest.
        if (m_rows.size() > fresh.size()) {
            beginRemoveRows({}, int(fresh.size()), int(m_rows.size()) - 1);
            m_rows.resize(fresh.size());
            endRemoveRows();
        }
    }
    /// Emits dataChanged for one column of every row (a name the rows show that changed elsewhere).
    void columnChanged(int column)
    {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, column), index(int(m_rows.size()) - 1, column));
    }

    QList<Row> m_rows;

private:
    void updateRow(int i, const Row &f)
    {
        Row &r = m_rows[i];
        if (sameRow(r, f))
            return;
        r = f;
        Q_EMIT dataChanged(index(i, 0), index(i, columnCount() - 1));
    }
};

} // namespace gw
