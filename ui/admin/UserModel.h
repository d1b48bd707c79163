// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the accounts as a table.
#pragma once

#include "Result.h"
#include "domain/User.h"
#include "security/Actor.h"

#include "RowTableModel.h"

#include <QHash>

namespace gw {

class UserService;

class UserModel final : public RowTableModel<User>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserModel)
public:
    enum Column
    {
        Username,
        Name,
        Posts,
        ClearanceColumn,
        DistrictHead,
        State,
        ColumnCount
    };

    UserModel(UserService &service, const Principal &actor, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    Status reload();
    /// Reads the accounts again and applies the difference row by row.
    Status refresh();
    const User &userAt(int row) const { return rowAt(row); }
    /// When the lock failed passwords put on the row's account ends; 0 when it is not locked.
    qint64 lockedUntil(int row) const { return m_locked.value(rowAt(row).id); }

private:
    Status readLocks();
    QHash<qint64, qint64> m_locked;
    UserService &m_service;
    Principal m_actor;
};

} // namespace gw
