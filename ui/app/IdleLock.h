// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the idle lock: after some minutes without input, every window of the program is
// covered until the user's password is given again. Nothing open is closed, so no work is lost.
#pragma once

#include "security/Actor.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace gw {

class AuthService;

class IdleLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleLock)
public:
    /// `minutes` of no key or mouse input lock the program; 0 never does.
    IdleLock(AuthService &auth, Principal actor, int minutes, QObject *parent = nullptr);
    ~IdleLock() override;

    bool isLocked() const { return !m_covers.isEmpty(); }
    void lockNow();
    /// Unlocks when `password` is the account's; false (still locked) otherwise, the reason shown.
    bool unlock(const QString &password);

Q_SIGNALS:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();
    bool insideCover(QObject *o) const;

    AuthService &m_auth;
    Principal m_actor;
    qint64 m_idleMs = 0;
    QElapsedTimer m_sinceInput;
    QTimer m_timer;
    QList<QPointer<QWidget>> m_covers;
};

} // namespace gw
