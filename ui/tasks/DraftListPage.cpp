// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — my tasks (待办) and the 发文 register.
#include "DraftListPage.h"

#include "ActionRow.h"
#include "DraftDialog.h"
#include "DraftEditorDialog.h"
#include "ErrorBanner.h"
#include "IncomingActions.h"
#include "IncomingModel.h"
#include "MatterModel.h"
#include "MatterView.h"
#include "RecordTable.h"
#include "RefreshLater.h"

#include "security/Permissions.h"
#include "services/DraftingService.h"
#include "services/IncomingService.h"
#include "services/SupervisionService.h"
#include "services/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace gw {

DraftListPage::DraftListPage(Workspace &ws, const Principal &actor, DraftModel::Mode mode, QWidget *parent)
    : QWidget(parent), m_ws(ws), m_actor(actor), m_mode(mode)
{
    setObjectName(mode == DraftModel::Mode::Tasks ? QStringLiteral("tasksPage")
                                                  : QStringLiteral("outgoingPage"));
    m_refreshLater = new RefreshLater(this, [this] { refresh(); });
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_heading = newHeading(this, 1.2);
    m_heading->setObjectName(QStringLiteral("listHeading"));
    bar->addWidget(m_heading);
    if (mode == DraftModel::Mode::Register) {
        m_search = new QLineEdit(this);
        m_search->setObjectName(QStringLiteral("draftSearch"));
        m_search->setPlaceholderText(tr("Search title or number (Ctrl+F)"));
        m_search->setClearButtonEnabled(true);
        m_state = new QComboBox(this);
        m_state->addItem(tr("All steps"), QString());
        m_state->addItem(tr("Being drafted"), QStringLiteral("drafting"));
        m_state->addItem(tr("In review"), QStringLiteral("review"));
        m_state->addItem(tr("Waiting for sign-off"), QStringLiteral("sign"));
        m_state->addItem(tr("Registration"), QStringLiteral("registration"));
        m_state->addItem(tr("Printing"), QStringLiteral("printing"));
        m_state->addItem(tr("First reader"), QStringLiteral("first_reading"));
        m_state->addItem(tr("Released"), QStringLiteral("release"));
        m_state->addItem(tr("Archived"), QStringLiteral("archived"));
        m_state->addItem(tr("Not issued (不予行文)"), QStringLiteral("closed"));
        m_urgency = new QComboBox(this);
        m_urgency->addItem(tr("Any urgency"), QString());
        for (Urgency u : allUrgencies())
            m_urgency->addItem(urgencyLabel(u), urgencyCode(u));
        m_unit = new QComboBox(this);
        m_unit->addItem(tr("All units"), qint64(0));
        if (auto units = ws.drafting().draftingUnits(actor)) {
            for (const Unit &u : units.value())
                m_unit->addItem(u.name, u.id);
        }
        m_year = new QSpinBox(this);
        m_year->setRange(0, 2100);
        m_year->setSpecialValueText(tr("All years"));
        m_year->setValue(0);
        m_overdue = new QCheckBox(tr("Overdue only"), this);
        bar->addWidget(m_search, 1);
        bar->addWidget(m_state);
        bar->addWidget(m_urgency);
        bar->addWidget(m_unit);
        bar->addWidget(m_year);
        bar->addWidget(m_overdue);
        if (ws.drafting().mayCreate(actor)) {
            auto *add = new QPushButton(tr("&New draft…"), this);
            add->setObjectName(QStringLiteral("newDraft"));
            addKeyShortcut(add, QKeySequence::New);
            connect(add, &QPushButton::clicked, this, &DraftListPage::newDraft);
            bar->addWidget(add);
        }
        auto *find = new QShortcut(QKeySequence::Find, this);
        connect(find, &QShortcut::activated, m_search, [this] {
            m_search->setFocus();
            m_search->selectAll();
        });
        connect(m_search, &QLineEdit::textChanged, this, &DraftListPage::reload);
        for (QComboBox *c : {m_state, m_urgency, m_unit})
            connect(c, &QComboBox::currentIndexChanged, this, &DraftListPage::reload);
        connect(m_year, &QSpinBox::valueChanged, this, &DraftListPage::reload);
        connect(m_overdue, &QCheckBox::toggled, this, &DraftListPage::reload);
    } else {
        bar->addStretch(1);
    }
    auto *refresh = new QPushButton(tr("R&efresh"), this);
    addKeyShortcut(refresh, QKeySequence::Refresh);
    connect(refresh, &QPushButton::clicked, this, &DraftListPage::reload);
    bar->addWidget(refresh);
    layout->addLayout(bar);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);

    m_model = new DraftModel(ws, actor, mode, this);
    m_view = newRecordTable(
        mode == DraftModel::Mode::Tasks ? QStringLiteral("taskTable") : QStringLiteral("draftTable"), this);
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(DraftModel::TitleColumn, QHeaderView::Stretch);
    if (mode == DraftModel::Mode::Tasks) {
        // Two lists, one above the other: outgoing drafts at my step, incoming items waiting for me.
        auto *split = new QSplitter(Qt::Vertical, this);
        auto *top = new QWidget(split);
        auto *topLayout = new QVBoxLayout(top);
        topLayout->setContentsMargins(0, 0, 0, 0);
        m_draftHeading = new QLabel(top);
        topLayout->addWidget(m_draftHeading);
        m_view->setParent(top);
        topLayout->addWidget(m_view, 1);
        auto *bottom = new QWidget(split);
        auto *bottomLayout = new QVBoxLayout(bottom);
        bottomLayout->setContentsMargins(0, 0, 0, 0);
        m_incomingHeading = new QLabel(bottom);
        bottomLayout->addWidget(m_incomingHeading);
        m_incomingModel = new IncomingModel(ws, actor, IncomingModel::Source::Tasks, this);
        m_incomingView = newRecordTable(QStringLiteral("incomingTaskTable"), bottom);
        m_incomingView->setModel(m_incomingModel);
        m_draftHeading->setBuddy(m_view);
        m_incomingHeading->setBuddy(m_incomingView);
        bottomLayout->addWidget(m_incomingView, 1);
        split->addWidget(top);
        split->addWidget(bottom);
        // 督查: the matters waiting for the posts that keep them and for the leaders they concern.
        if (Permissions::allows(actor.roles, Action::ViewSupervision)) {
            auto *third = new QWidget(split);
            auto *thirdLayout = new QVBoxLayout(third);
            thirdLayout->setContentsMargins(0, 0, 0, 0);
            m_matterHeading = new QLabel(third);
            thirdLayout->addWidget(m_matterHeading);
            m_matterModel = new MatterModel(ws, actor, MatterModel::Source::Tasks, this);
            m_matterView = newRecordTable(QStringLiteral("matterTaskTable"), third);
            m_matterView->setModel(m_matterModel);
            m_matterHeading->setBuddy(m_matterView);
            thirdLayout->addWidget(m_matterView, 1);
            split->addWidget(third);
            connect(m_matterView, &QTableView::activated, this,
                    [this](const QModelIndex &i) { openMatterRow(i.row()); });
            connect(&ws.supervision(), &SupervisionService::matterChanged, m_refreshLater, &RefreshLater::request);
        }
        layout->addWidget(split, 1);
        connect(m_incomingView, &QTableView::activated, this,
                [this](const QModelIndex &i) { openIncomingRow(i.row()); });
        connect(&ws.incoming(), &IncomingService::itemChanged, m_refreshLater, &RefreshLater::request);
    } else {
        layout->addWidget(m_view, 1);
    }
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &i) { openRow(i.row()); });
    connect(&ws.drafting(), &DraftingService::draftChanged, m_refreshLater, &RefreshLater::request);
    reload();
}

DraftFilter DraftListPage::filter() const
{
    DraftFilter f;
    if (m_mode != DraftModel::Mode::Register)
        return f;
    f.titleText = m_search->text();
    const QString state = m_state->currentData().toString();
    // "In review" and "waiting for sign-off" gather the steps of that kind from the chain table.
    if (state == QLatin1String("review") || state == QLatin1String("sign")) {
        f.states =
            ChainEngine::stepsOfKind(state == QLatin1String("review") ? StepKind::Review : StepKind::Sign);
    } else if (!state.isEmpty()) {
        f.states = {state};
    }
    if (const QString u = m_urgency->currentData().toString(); !u.isEmpty())
        f.urgency = urgencyFromCode(u);
    f.draftingUnitId = m_unit->currentData().toLongLong();
    f.year = m_year->value();
    f.overdueOnly = m_overdue->isChecked();
    return f;
}

void DraftListPage::reload()
{
    const QModelIndex wasDraft = m_view->currentIndex();
    const qint64 wasDraftId = wasDraft.isValid() ? m_model->draftAt(wasDraft.row()).id : 0;
    Status st = m_mode == DraftModel::Mode::Register ? m_model->setFilter(filter()) : m_model->reload();
    restoreCurrent(m_view, wasDraft, wasDraftId, [this](int r) { return m_model->draftAt(r).id; });
    if (m_incomingModel) {
        // The cursor stays on the item it was on (or on the row where it was) across a reload.
        const QModelIndex was = m_incomingView->currentIndex();
        const qint64 wasId = was.isValid() ? m_incomingModel->itemAt(was.row()).id : 0;
        const Status incomingStatus = m_incomingModel->reload();
        restoreCurrent(m_incomingView, was, wasId, [this](int r) { return m_incomingModel->itemAt(r).id; });
        if (st)
            st = incomingStatus;
    }
    if (m_matterModel) {
        const QModelIndex was = m_matterView->currentIndex();
        const qint64 wasId = was.isValid() ? m_matterModel->matterAt(was.row()).id : 0;
        const Status matterStatus = m_matterModel->reload();
        restoreCurrent(m_matterView, was, wasId, [this](int r) { return m_matterModel->matterAt(r).id; });
        if (st)
            st = matterStatus;
    }
    showCounts(st);
    // Columns are fitted on a reload, not on every change: widths must not jump under the user's eyes.
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(DraftModel::TitleColumn, QHeaderView::Stretch);
    if (m_incomingModel) {
        m_incomingView->resizeColumnsToContents();
        m_incomingView->horizontalHeader()->setSectionResizeMode(IncomingModel::TitleColumn,
                                                                 QHeaderView::Stretch);
    }
    if (m_matterModel)
        fitColumnsToText(m_matterView, MatterModel::TitleColumn);
}

void DraftListPage::refresh()
{
    // A change here or on another workstation: the rows are read again and changed one by one, so
    // the cursor, the selection and the scroll position stay where the user left them.
    Status st = m_model->refresh();
    if (m_incomingModel) {
        const Status incomingStatus = m_incomingModel->refresh();
        if (st)
            st = incomingStatus;
    }
    if (m_matterModel) {
        const Status matterStatus = m_matterModel->refresh();
        if (st)
            st = matterStatus;
    }
    showCounts(st);
}

void DraftListPage::focusFirstTask()
{
    QTableView *view = m_model->rowCount() == 0 && m_incomingView && m_incomingView->model()->rowCount() > 0
                           ? m_incomingView
                           : m_view;
    if (view->model()->rowCount() > 0)
        view->setCurrentIndex(view->model()->index(0, 0));
    view->setFocus();
}

void DraftListPage::showCounts(const Status &st)
{
    int n = m_model->rowCount();
    int overdue = m_model->overdueCount();
    if (m_incomingModel) {
        const int incomingCount = m_incomingModel->rowCount();
        m_draftHeading->setText(tr("Outgoing drafts at your step (&D): %1").arg(m_model->rowCount()));
        m_incomingHeading->setText(tr("Incoming documents waiting for you (&I): %1").arg(incomingCount));
        n += incomingCount;
        overdue += m_incomingModel->overdueCount();
    }
    if (m_matterModel) {
        m_matterHeading->setText(tr("Supervised matters waiting for you (&M): %1").arg(m_matterModel->rowCount()));
        n += m_matterModel->rowCount();
        overdue += m_matterModel->redCount();
    }
    m_error->setStatus(st);
    if (m_mode == DraftModel::Mode::Tasks)
        m_heading->setText(overdue > 0 ? tr("%1 item(s) wait for you, %2 overdue").arg(n).arg(overdue)
                                       : tr("%1 item(s) wait for you").arg(n));
    else
        m_heading->setText(tr("Outgoing documents"));
    m_count = n;
    m_overdueCount = overdue;
    Q_EMIT countChanged(n, overdue);
}

void DraftListPage::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    DraftDialog dialog(m_ws, m_actor, m_model->draftAt(row).id, this);
    dialog.exec();
}

void DraftListPage::openIncomingRow(int row)
{
    if (!m_incomingModel || row < 0 || row >= m_incomingModel->rowCount())
        return;
    const IncomingItem item = m_incomingModel->itemAt(row); // a copy: the dialog reloads the model
    openIncomingItem(m_ws, m_actor, item, this);
    reload();
}

void DraftListPage::openMatterRow(int row)
{
    if (!m_matterModel || row < 0 || row >= m_matterModel->rowCount())
        return;
    openMatter(m_ws, m_actor, m_matterModel->matterAt(row).id, this);
    reload();
}

void DraftListPage::newDraft()
{
    DraftEditorDialog editor(m_ws, m_actor, Draft{}, QString(), this);
    if (editor.exec() == QDialog::Accepted) {
        DraftDialog dialog(m_ws, m_actor, editor.saved().id, this);
        dialog.exec();
    }
}

} // namespace gw
