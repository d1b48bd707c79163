// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the main window: navigation between the office's work areas.
#pragma once

#include "security/Actor.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace gw {

class IdleLock;
class Workspace;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    /// The work areas, in navigation order.
    enum class Area
    {
        Tasks,
        Incoming,
        Outgoing,
        Supervision,
        Archive,
        Statistics,
        Settings
    };

    MainWindow(Workspace &ws, const Principal &actor, QWidget *parent = nullptr);
    IdleLock *idleLock() const { return m_idleLock; }
    ~MainWindow() override;

    void showArea(Area area);
    Area currentArea() const;
    QWidget *areaWidget(Area area) const;

Q_SIGNALS:
    void logOutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void addArea(const QString &label, QWidget *page);
    void showAbout();
    void changePassword();

    Workspace &m_ws;
    IdleLock *m_idleLock = nullptr;
    Principal m_actor;
    QListWidget *m_nav = nullptr;
    QStringList m_areaNames;
    QStackedWidget *m_stack = nullptr;
};

} // namespace gw
