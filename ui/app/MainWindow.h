// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the main window: navigation between the office's work areas.
#pragma once

#include "security/Actor.h"

#include <QMainWindow>

#include <functional>

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
    /// The area's page, made now if it has not been shown yet.
    QWidget *areaWidget(Area area);

Q_SIGNALS:
    void logOutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    /// An area whose page is made the first time it is shown: the log-in opens on 待办 at once, whatever
    /// the size of the registers behind the other areas.
    void addArea(const QString &label, std::function<QWidget *()> makePage);
    QWidget *page(int row);
    void showAbout();
    void changePassword();
    /// 搜索 (Ctrl+K): one box over every document the user may see.
    void openSearch();

    Workspace &m_ws;
    IdleLock *m_idleLock = nullptr;
    Principal m_actor;
    QListWidget *m_nav = nullptr;
    QStringList m_areaNames;
    QStackedWidget *m_stack = nullptr;
    QList<std::function<QWidget *()>> m_makePage; ///< emptied once the page is made
};

} // namespace gw
