// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the workstation's life: open the records, set up or log in, show the main window.
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace gw {

class MainWindow;
class Workspace;
struct Principal;

/// Shows a start-up failure in a message box.
void showStartupError(const QString &message);

class Workstation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workstation)
public:
    struct Start
    {
        QString databaseUrl; ///< empty: the default file in the user's data folder
        bool demo = false;   ///< a fresh demonstration database in a temporary folder
    };

    Workstation();
    ~Workstation() override;

    /// Opens the database and walks the user to the main window; false when that did not happen.
    bool start(const Start &start);

private:
    bool logIn(const QString &hint);
    void showMainWindow(const Principal &actor);
    void logOut();

    std::unique_ptr<QTemporaryDir> m_demoDir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QString m_loginHint;
};

} // namespace gw
