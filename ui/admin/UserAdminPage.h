// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — accounts: posts, clearances, passwords.
#pragma once

#include "domain/Unit.h"
#include "security/Actor.h"

#include <QWidget>

class QTableView;

namespace gw {

class ErrorBanner;
class UserModel;
class Workspace;

class UserAdminPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserAdminPage)
public:
    UserAdminPage(Workspace &ws, const Principal &actor, QWidget *parent = nullptr);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void addUser();
    void editCurrent();
    void resetPassword();
    void unlockCurrent();
    QList<Unit> units() const;

    Workspace &m_ws;
    Principal m_actor;
    UserModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    ErrorBanner *m_error = nullptr;
};

} // namespace gw
