// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 督查 area: the register of supervised matters and calls with their lights, one
// matter's record and history, and the steps the user may take on it.
#pragma once

#include "Result.h"
#include "domain/DataTable.h"
#include "domain/Matter.h"
#include "security/Actor.h"
#include "workflow/MatterFlow.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace gw {

class ErrorBanner;
class MatterModel;
class MatterView;
class SupervisionFiguresTab;
class Workspace;

class SupervisionPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisionPage)
public:
    SupervisionPage(Workspace &ws, const Principal &actor, QWidget *parent = nullptr);
    MatterModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// The register under the filters shown.
    void reload();
    /// Takes in changes made here or on another workstation row by row.
    void refresh();
    /// Opens the registration form for `kind`; true when something was registered.
    bool registerNew(MatterKind kind);
    /// Picks an incoming document bearing a leader's instruction and registers the instruction from it.
    bool registerFromIncoming();
    /// Opens the dialog of `step` on the current matter; true when it was taken.
    bool takeStep(MatterStep step);
    /// The matter shown on the right (the current row's).
    const Matter *current() const;
    /// What the action row offers now, by object name.
    QStringList offered() const;
    SupervisionFiguresTab *figuresTab() const { return m_figures; }
    /// Opens the dialog that drafts the month's 《督查通报》 (`matterId` 0) or a 《督查专报》 on a matter;
    /// the draft's id, or 0 when none was made.
    qint64 composeReport(qint64 matterId);
    /// The October 回头看 of `year` (every B-class item whose promise is not kept) as a printable list.
    DataTable octoberReview(int year, Status *status = nullptr) const;

private:
    void showCurrent();
    /// Reads the register again with the new matter `id` current (when the filters show it).
    void showRegistered(qint64 id);
    void applyFilters();
    void showLights();
    Workspace &m_ws;
    Principal m_actor;
    MatterModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    MatterView *m_matterView = nullptr;
    SupervisionFiguresTab *m_figures = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_light = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_unit = nullptr;
    QLabel *m_lights = nullptr;
    ErrorBanner *m_error = nullptr;
};

} // namespace gw
