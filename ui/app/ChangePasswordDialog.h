// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — changing one's own password; asked for at the first log-in after an administrator set it.
#pragma once

#include "security/Actor.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace gw {

class ErrorBanner;
class Workspace;

class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePasswordDialog)
public:
    /// `forced`: the password was set by an administrator; the only other way out is logging out.
    ChangePasswordDialog(Workspace &ws, const Principal &actor, bool forced, QWidget *parent = nullptr);

    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    Workspace &m_ws;
    Principal m_actor;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
    ErrorBanner *m_error = nullptr;
};

} // namespace gw
