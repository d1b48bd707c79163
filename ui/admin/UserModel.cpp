// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the accounts as a table.
#include "UserModel.h"

#include "services/UserService.h"

#include <QColor>

namespace gw {

UserModel::UserModel(UserService &service, const Principal &actor, QObject *parent)
    : RowTableModel<User>(parent), m_service(service), m_actor(actor)
{
}

int UserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const User &u = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Username:
            return u.username;
        case Name:
            return u.displayName;
        case Posts:
            return roleLabels(u.roles);
        case ClearanceColumn:
            return clearanceLabel(u.clearance);
        case DistrictHead:
            return u.districtHead ? tr("Yes") : QString();
        case State:
            return u.active ? tr("Active") : tr("Disabled");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && !u.active)
        return QColor(Qt::gray);
    return {};
}

QVariant UserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Username:
        return tr("User name");
    case Name:
        return tr("Name");
    case Posts:
        return tr("Posts");
    case ClearanceColumn:
        return tr("Clearance");
    case DistrictHead:
        return tr("District head");
    case State:
        return tr("State");
    default:
        return {};
    }
}

Status UserModel::reload()
{
    auto users = m_service.list(m_actor);
    resetRows(users ? users.value() : QList<User>());
    if (!users)
        return users.error();
    return {};
}

Status UserModel::refresh()
{
    auto users = m_service.list(m_actor);
    if (!users)
        return users.error();
    applyRows(users.value());
    return {};
}

} // namespace gw
