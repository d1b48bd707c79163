// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the unit directory as a table, fetched page by page from UnitService.
#pragma once

#include "Result.h"
#include "domain/Unit.h"
#include "domain/UnitFilter.h"
#include "security/Actor.h"

#include "RowTableModel.h"

#include <QHash>

namespace gw {

class UnitService;

class UnitModel final : public RowTableModel<Unit>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitModel)
public:
    enum Column
    {
        Name,
        ShortName,
        Type,
        Superior,
        KeyEnterprise,
        State,
        ColumnCount
    };
    static constexpr int kPage = 200;

    UnitModel(UnitService &service, const Principal &actor, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Applies a filter and loads its first page; returns the service's error, if any.
    Status setFilter(const UnitFilter &filter);
    Status reload();
    /// Reads the rows shown again and applies the difference row by row.
    Status refresh();
    const Unit &unitAt(int row) const { return rowAt(row); }
    QString nameOf(qint64 id) const { return m_names.value(id); }

private:
    Status loadNames();
    Status read(bool rowByRow);

    UnitService &m_service;
    Principal m_actor;
    UnitFilter m_filter;
    QHash<qint64, QString> m_names; // superiors' names, for display
    bool m_more = false;
};

} // namespace gw
