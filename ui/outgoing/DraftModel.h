// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — drafts as a table: the 发文 register (paged) or my tasks.
#pragma once

#include "Result.h"
#include "domain/Draft.h"
#include "domain/DraftFilter.h"
#include "security/Actor.h"

#include "RowTableModel.h"

#include <QHash>

namespace gw {

class Workspace;

class DraftModel final : public RowTableModel<Draft>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftModel)
public:
    enum Column
    {
        UrgencyColumn,
        TitleColumn,
        StepColumn,
        DueColumn,
        NumberColumn,
        GenreColumn,
        UnitColumn,
        IssuerColumn,
        PrintColumn,
        ColumnCount
    };
    enum class Mode
    {
        Register,
        Tasks
    };
    static constexpr int kPage = 200;

    DraftModel(Workspace &ws, const Principal &actor, Mode mode, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    Status setFilter(const DraftFilter &filter);
    Status reload();
    /// Reads the rows shown again and applies the difference row by row: the current row stays.
    Status refresh();
    const Draft &draftAt(int row) const { return rowAt(row); }
    int overdueCount() const;

private:
    Result<QList<Draft>> fetch(qint64 beforeId, int limit = kPage + 1) const;
    void readUnits();

    Workspace &m_ws;
    Principal m_actor;
    Mode m_mode;
    DraftFilter m_filter;
    QHash<qint64, QString> m_units;
    QHash<qint64, int> m_copies; ///< copies printed, per draft shown
    bool m_more = false;
};

} // namespace gw
