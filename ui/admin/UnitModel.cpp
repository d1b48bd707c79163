// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the unit directory as a table.
#include "UnitModel.h"

#include <algorithm>

#include "services/UnitService.h"

#include <QColor>

namespace gw {

UnitModel::UnitModel(UnitService &service, const Principal &actor, QObject *parent)
    : RowTableModel<Unit>(parent), m_service(service), m_actor(actor)
{
}

int UnitModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Unit &u = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return u.name;
        case ShortName:
            return u.shortName;
        case Type:
            return unitTypeLabel(u.type);
        case Superior:
            return u.superiorId > 0 ? m_names.value(u.superiorId) : QString();
        case KeyEnterprise:
            return u.keyEnterprise ? tr("Yes") : QString();
        case State:
            return u.active ? tr("In use") : tr("Retired");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && !u.active)
        return QColor(Qt::gray);
    return {};
}

QVariant UnitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case ShortName:
        return tr("Abbreviation");
    case Type:
        return tr("Kind");
    case Superior:
        return tr("Superior unit");
    case KeyEnterprise:
        return tr("Key enterprise");
    case State:
        return tr("State");
    default:
        return {};
    }
}

bool UnitModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void UnitModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || m_rows.isEmpty())
        return;
    UnitFilter f = m_filter;
    f.limit = kPage + 1;
    f.afterName = m_rows.constLast().name;
    auto page = m_service.list(m_actor, f);
    if (!page) {
        m_more = false;
        return;
    }
    QList<Unit> rows = page.value();
    m_more = rows.size() > kPage;
    if (m_more)
        rows.removeLast();
    if (rows.isEmpty())
        return;
    appendRows(rows);
}

Status UnitModel::loadNames()
{
    // The directory of one district holds a few thousand units at most: one list serves the names.
    UnitFilter all;
    all.includeInactive = true;
    all.limit = 100000;
    auto units = m_service.list(m_actor, all);
    if (!units)
        return units.error();
    m_names.clear();
    for (const Unit &u : units.value())
        m_names.insert(u.id, u.name);
    return {};
}

Status UnitModel::setFilter(const UnitFilter &filter)
{
    m_filter = filter;
    return reload();
}

Status UnitModel::reload()
{
    return read(false);
}

Status UnitModel::refresh()
{
    return read(true);
}

Status UnitModel::read(bool rowByRow)
{
    UnitFilter f = m_filter;
    const int shown = rowByRow ? std::max(int(m_rows.size()), int(kPage)) : int(kPage);
    f.limit = shown + 1;
    f.afterName.clear();
    auto page = m_service.list(m_actor, f);
    if (!page) {
        if (!rowByRow) {
            m_more = false;
            resetRows({});
        }
        return page.error();
    }
    QList<Unit> rows = page.value();
    m_more = rows.size() > shown;
    if (m_more)
        rows.removeLast();
    const QHash<qint64, QString> namesBefore = m_names;
    const Status names = loadNames();
    if (rowByRow) {
        applyRows(rows);
        if (m_names != namesBefore)
            columnChanged(Superior); // a superior renamed: its subordinates show the new name
    } else {
        resetRows(rows);
    }
    return names;
}

} // namespace gw
