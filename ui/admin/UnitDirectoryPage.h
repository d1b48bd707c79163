// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the unit directory's admin page.
#pragma once

#include "security/Actor.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;

namespace gw {

class ErrorBanner;
class UnitModel;
class Workspace;

class UnitDirectoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitDirectoryPage)
public:
    UnitDirectoryPage(Workspace &ws, const Principal &actor, QWidget *parent = nullptr);

    UnitModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void addUnit();
    void editCurrent();
    void toggleCurrentActive();

private:
    void applyFilter();

    Workspace &m_ws;
    Principal m_actor;
    UnitModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_type = nullptr;
    QCheckBox *m_inactive = nullptr;
    ErrorBanner *m_error = nullptr;
};

} // namespace gw
