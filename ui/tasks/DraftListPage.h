// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — my tasks (待办) and the 发文 register: lists of drafts that open the draft page.
#pragma once

#include "DraftModel.h"
#include "security/Actor.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace gw {

class RefreshLater;

class ErrorBanner;
class IncomingModel;
class MatterModel;
class Workspace;

class DraftListPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftListPage)
public:
    DraftListPage(Workspace &ws, const Principal &actor, DraftModel::Mode mode, QWidget *parent = nullptr);

    DraftModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void reload();
    /// Takes in changes made here or on another workstation row by row.
    void refresh();
    void openRow(int row);
    /// My tasks: opens an incoming item of the second list where it stands.
    void openIncomingRow(int row);
    /// My tasks: the incoming items waiting for the user (null on the register).
    IncomingModel *incomingModel() const { return m_incomingModel; }
    /// My tasks: the supervised matters waiting for the user (null when their posts keep none).
    MatterModel *matterModel() const { return m_matterModel; }
    QTableView *matterView() const { return m_matterView; }
    /// My tasks: opens a supervised matter of the third list, with the steps the user may take.
    void openMatterRow(int row);
    QTableView *incomingView() const { return m_incomingView; }
    /// What the list shows: for my tasks, drafts and incoming items together.
    int count() const { return m_count; }
    int overdueCount() const { return m_overdueCount; }
    void newDraft();
    /// My tasks: the keyboard on the first item waiting (an outgoing draft, or else an incoming item),
    /// so that Enter opens it.
    void focusFirstTask();

Q_SIGNALS:
    /// The number of items shown changed (the navigation shows it for my tasks).
    void countChanged(int count, int overdue);

private:
    DraftFilter filter() const;
    void showCounts(const Status &st);

    Workspace &m_ws;
    Principal m_actor;
    DraftModel::Mode m_mode;
    DraftModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_heading = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_urgency = nullptr;
    QComboBox *m_unit = nullptr;
    QSpinBox *m_year = nullptr;
    QCheckBox *m_overdue = nullptr;
    ErrorBanner *m_error = nullptr;
    QLabel *m_draftHeading = nullptr;
    QLabel *m_incomingHeading = nullptr;
    IncomingModel *m_incomingModel = nullptr;
    QLabel *m_matterHeading = nullptr;
    MatterModel *m_matterModel = nullptr;
    QTableView *m_matterView = nullptr;
    QTableView *m_incomingView = nullptr;
    RefreshLater *m_refreshLater = nullptr;
    int m_count = 0;
    int m_overdueCount = 0;
};

} // namespace gw
