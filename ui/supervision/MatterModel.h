// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 督查 register as a table, fetched by key a page at a time, with each row's light.
#pragma once

#include "Result.h"
#include "domain/MatterFilter.h"
#include "security/Actor.h"

#include "RowTableModel.h"

namespace gw {

class Workspace;

class MatterModel final : public RowTableModel<Matter>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatterModel)
public:
    enum Column
    {
        LightColumn,
        ReferenceColumn,
        KindColumn,
        TitleColumn,
        SourceColumn,
        LeaderColumn,
        UnitColumn,
        DueColumn,
        StateColumn,
        SecrecyColumn,
        ColumnCount
    };
    static constexpr int kPage = 200;

    /// The whole register, or the matters waiting for the user (待办), in the order the service gives.
    enum class Source
    {
        Register,
        Tasks
    };
    MatterModel(Workspace &ws, const Principal &actor, Source source = Source::Register, QObject *parent = nullptr);
    /// Open matters shown that are red.
    int redCount() const;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    Status setFilter(const MatterFilter &filter);
    const MatterFilter &filter() const { return m_filter; }
    /// The first page in the current order, with today's lights.
    Status reload();
    /// Reads the rows shown again and applies the difference row by row.
    Status refresh();
    Status lastStatus() const { return m_status; }
    const Matter &matterAt(int row) const { return rowAt(row); }
    MatterLight lightAt(int row) const;
    /// Today's light bounds, as read by the last reload().
    const LightBounds &bounds() const { return m_bounds; }
    static QColor lightColor(MatterLight l);

protected:
    bool sameRow(const Matter &held, const Matter &fresh) const override
    {
        return RowTableModel::sameRow(held, fresh) && held.openChildren == fresh.openChildren &&
               held.leadUnitName == fresh.leadUnitName;
    }

private:
    Status fetch(const Matter *after, int limit, QList<Matter> &rows, bool &more) const;
    Workspace &m_ws;
    Principal m_actor;
    Source m_source;
    MatterFilter m_filter;
    LightBounds m_bounds;
    bool m_more = false;
    Status m_status;
};

} // namespace gw
