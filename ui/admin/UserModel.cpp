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
            if (const qint64 until = m_locked.value(u.id))
                return tr("Locked until %1 (failed passwords)")
                    .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(until).time(), QLocale::ShortFormat));
            if (!u.active)
                return tr("Disabled");
            return u.mustChangePassword ? tr("Active — password to change at the next log-in") : tr("Active");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && m_locked.contains(u.id))
        return QColor(0xB0, 0x00, 0x20);
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

Status UserModel::readLocks()
{
    auto locked = m_service.lockedAccounts(m_actor);
    m_locked = locked ? locked.value() : QHash<qint64, qint64>();
    if (!locked)
        return locked.error();
    return {};
}

Status UserModel::reload()
{
    const Status locks = readLocks();
    auto users = m_service.list(m_actor);
    resetRows(users ? users.value() : QList<User>());
    if (!users)
        return users.error();
    return locks;
}

Status UserModel::refresh()
{
    auto users = m_service.list(m_actor);
    if (!users)
        return users.error();
    if (auto st = readLocks(); !st)
        return st;
    applyRows(users.value());
    Q_EMIT dataChanged(index(0, State), index(rowCount() - 1, State));
    return {};
}

} // namespace gw
