// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 督查 area.
#include "SupervisionPage.h"

#include "ActionRow.h"
#include "ErrorBanner.h"
#include "MatterDialog.h"
#include "MatterModel.h"
#include "MatterStepDialog.h"
#include "MatterView.h"
#include "RecordTable.h"
#include "RefreshLater.h"
#include "SupervisionReportsUi.h"
#include "TablePrint.h"
#include "WindowFit.h"

#include "Clock.h"
#include "domain/UnitFilter.h"
#include "security/Permissions.h"
#include "services/IncomingService.h"
#include "services/SupervisionService.h"
#include "services/UnitService.h"
#include "services/Workspace.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace gw {
SupervisionPage::SupervisionPage(Workspace &ws, const Principal &actor, QWidget *parent)
    : QWidget(parent), m_ws(ws), m_actor(actor)
{
    setObjectName(QStringLiteral("supervisionPage"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("matterSearch"));
    m_search->setPlaceholderText(tr("Search title, text, source or caller (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("matterKindFilter"));
    m_kind->addItem(tr("All kinds"), QString());
    for (MatterKind k : allMatterKinds())
        m_kind->addItem(matterKindLabel(k), matterKindCode(k));
    m_light = new QComboBox(this);
    m_light->setObjectName(QStringLiteral("matterLightFilter"));
    m_light->addItem(tr("Any light"), QString());
    for (MatterLight l : {MatterLight::Red, MatterLight::Yellow, MatterLight::Green})
        m_light->addItem(matterLightLabel(l), matterLightCode(l));
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("matterStateFilter"));
    m_state->addItem(tr("Open"), QStringLiteral("open"));
    m_state->addItem(tr("All states"), QString());
    for (const QString &s : matterStates())
        m_state->addItem(matterStateLabel(s), s);
    m_unit = newUnitBox(ws, actor, tr("All units"), this, true);
    m_unit->setObjectName(QStringLiteral("matterUnitFilter"));
    m_unit->setMinimumContentsLength(12);
    // Registration: the kinds this user's posts keep.
    auto *add = new QToolButton(this);
    add->setObjectName(QStringLiteral("registerMatter"));
    add->setText(tr("&Register ▾"));
    add->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(add);
    for (MatterKind k : allMatterKinds()) {
        if (!Permissions::allows(actor.roles, MatterFlow::postAction(k)))
            continue;
        QAction *a = menu->addAction(matterKindLabel(k), this, [this, k] { registerNew(k); });
        a->setObjectName(QStringLiteral("register_") + matterKindCode(k));
    }
    if (Permissions::allows(actor.roles, Action::ManageInstructions)) {
        menu->addSeparator();
        QAction *a = menu->addAction(tr("Leader's instruction on an incoming document…"), this,
                                     [this] { registerFromIncoming(); });
        a->setObjectName(QStringLiteral("register_from_incoming"));
    }
    add->setMenu(menu);
    add->setVisible(!menu->isEmpty());
    auto *review = new QPushButton(tr("&October review (回头看)…"), this);
    review->setObjectName(QStringLiteral("octoberReview"));
    review->setToolTip(tr("Every B-class suggestion or proposal (承诺办理件) of the year whose promise is not yet kept"));
    review->setVisible(Permissions::allows(actor.roles, Action::ManageProposals));
    connect(review, &QPushButton::clicked, this, [this] {
        Status st;
        const DataTable t = octoberReview(WorkCalendar::localDate(m_ws.clock().now()).year(), &st);
        if (!st) {
            m_error->showError(st.error());
            return;
        }
        previewTable(this, t);
    });
    m_search->setMinimumWidth(220);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_kind);
    bar->addWidget(m_light);
    bar->addWidget(m_state);
    bar->addWidget(m_unit);
    layout->addLayout(bar);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);
    auto *second = new QHBoxLayout;
    m_lights = new QLabel(this);
    m_lights->setObjectName(QStringLiteral("matterLightCounts"));
    second->addWidget(m_lights, 1);
    // Reports: the month's 通报 and a 专报 on the matter shown (督查室), the hotline's digest.
    auto *reports = new QToolButton(this);
    reports->setObjectName(QStringLiteral("supervisionReports"));
    reports->setText(tr("Re&ports ▾"));
    reports->setPopupMode(QToolButton::InstantPopup);
    auto *reportMenu = new QMenu(reports);
    if (Permissions::allows(actor.roles, Action::ManageInstructions)) {
        reportMenu->addAction(tr("Monthly bulletin (督查通报)…"), this, [this] { composeReport(0); })
            ->setObjectName(QStringLiteral("composeBulletin"));
        reportMenu->addAction(tr("Special report on the matter shown (督查专报)…"), this, [this] {
            if (const Matter *m = current())
                composeReport(m->id);
        });
    }
    if (Permissions::allows(actor.roles, Action::LogHotlineCall) ||
        Permissions::allows(actor.roles, Action::ManageInstructions))
        reportMenu->addAction(tr("Hotline digest of the figures' period…"), this,
                              [this] { showHotlineDigest(m_ws, m_actor, m_figures->period(), this); });
    reports->setMenu(reportMenu);
    reports->setVisible(!reportMenu->isEmpty());
    second->addWidget(add);
    second->addWidget(reports);
    second->addWidget(review);
    layout->addLayout(second);

    auto *split = new QSplitter(this);
    m_model = new MatterModel(ws, actor, MatterModel::Source::Register, this);
    m_view = newRecordTable(QStringLiteral("matterTable"), split);
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(MatterModel::ReferenceColumn, Qt::DescendingOrder);
    m_matterView = new MatterView(ws, actor, split);
    split->addWidget(m_view);
    split->addWidget(m_matterView);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({620, 420});
    // Two tabs: the register, and its figures.
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("supervisionTabs"));
    auto *registerTab = new QWidget(tabs);
    auto *registerLayout = new QVBoxLayout(registerTab);
    registerLayout->setContentsMargins(0, 0, 0, 0);
    registerLayout->addWidget(split, 1);
    tabs->addTab(registerTab, tr("Matt&ers"));
    m_figures = new SupervisionFiguresTab(ws, actor, tabs);
    tabs->addTab(m_figures, tr("Fig&ures"));
    layout->addWidget(tabs, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SupervisionPage::showCurrent);
    connect(m_view, &QTableView::activated, m_matterView, &MatterView::focusFirstStep);
    connect(m_matterView, &MatterView::changed, this, [this] { refresh(); });
    for (QComboBox *box : {m_kind, m_light, m_state, m_unit})
        connect(box, &QComboBox::currentIndexChanged, this, &SupervisionPage::applyFilters);
    connect(m_search, &QLineEdit::returnPressed, this, &SupervisionPage::applyFilters);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_search, [this] { m_search->setFocus(); m_search->selectAll(); });
    auto *again = new QShortcut(QKeySequence::Refresh, this);
    connect(again, &QShortcut::activated, this, &SupervisionPage::reload);
    auto *later = new RefreshLater(this, [this] { refresh(); });
    connect(&ws.supervision(), &SupervisionService::matterChanged, later, &RefreshLater::request);
    applyFilters();
}

void SupervisionPage::applyFilters()
{
    MatterFilter f;
    f.text = m_search->text();
    if (auto k = matterKindFromCode(m_kind->currentData().toString()))
        f.kind = *k;
    if (auto l = matterLightFromCode(m_light->currentData().toString()))
        f.light = *l;
    const QString state = m_state->currentData().toString();
    if (state == QLatin1String("open"))
        f.states = {QString::fromLatin1(matter::kRegistered), QString::fromLatin1(matter::kInProgress),
                    QString::fromLatin1(matter::kReported), QString::fromLatin1(matter::kAccepted)};
    else if (!state.isEmpty())
        f.states = {state};
    f.unitId = m_unit->currentData().toLongLong();
    if (auto st = m_model->setFilter(f); !st)
        m_error->showError(st.error());
    else
        m_error->clear();
    fitColumnsToText(m_view, MatterModel::TitleColumn);
    m_view->resizeColumnToContents(MatterModel::LightColumn); // its colour and its word
    showLights();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, MatterModel::ReferenceColumn));
    else
        showCurrent();
}

void SupervisionPage::showLights()
{
    MatterFilter f = m_model->filter();
    f.bounds = m_model->bounds(); // as the rows were lit, without reading the calendar again
    auto counts = m_ws.supervision().lightCounts(m_actor, f);
    if (!counts) {
        m_lights->setText(QString());
        return;
    }
    auto dot = [](MatterLight l, int n, const QString &label) {
        return QStringLiteral("<span style='color:%1'>●</span> %2 %3")
            .arg(MatterModel::lightColor(l).name(), label)
            .arg(n);
    };
    m_lights->setText(tr("Open matters: %1 &nbsp; %2 &nbsp; %3")
                          .arg(dot(MatterLight::Red, counts.value().at(0), tr("overdue")),
                               dot(MatterLight::Yellow, counts.value().at(1), tr("deadline near")),
                               dot(MatterLight::Green, counts.value().at(2), tr("on time"))));
}

void SupervisionPage::reload()
{
    applyFilters();
}

void SupervisionPage::refresh()
{
    const qint64 was = current() ? current()->id : 0;
    if (auto st = m_model->refresh(); !st)
        m_error->showError(st.error());
    showLights();
    const int row = was > 0 ? m_model->rowOf(was) : -1;
    if (row >= 0 && m_view->currentIndex().row() != row)
        m_view->setCurrentIndex(m_model->index(row, MatterModel::ReferenceColumn));
    showCurrent();
}

const Matter *SupervisionPage::current() const
{
    const QModelIndex i = m_view->currentIndex();
    if (!i.isValid() || i.row() >= m_model->rowCount())
        return nullptr;
    return &m_model->matterAt(i.row());
}

void SupervisionPage::showCurrent()
{
    const Matter *m = current();
    m_matterView->show(m, m ? m_model->lightAt(m_view->currentIndex().row()) : MatterLight::None);
}

QStringList SupervisionPage::offered() const
{
    return m_matterView->offered();
}

void SupervisionPage::showRegistered(qint64 id)
{
    reload();
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, MatterModel::ReferenceColumn));
}

bool SupervisionPage::registerNew(MatterKind kind)
{
    MatterDialog dialog(m_ws, m_actor, kind, this);
    if (dialog.exec() != QDialog::Accepted || dialog.registered().isEmpty())
        return false;
    showRegistered(dialog.registered().first().id);
    return true;
}

bool SupervisionPage::registerFromIncoming()
{
    // The incoming documents a leader has written an instruction on (签批), newest first.
    IncomingFilter f;
    f.states = {QString::fromLatin1(incoming::kInstructed), QString::fromLatin1(incoming::kCirculating),
                QString::fromLatin1(incoming::kHandled), QString::fromLatin1(incoming::kDone)};
    f.limit = 500;
    auto items = m_ws.incoming().list(m_actor, f);
    if (!items) {
        m_error->showError(items.error());
        return false;
    }
    QDialog pick(this);
    pick.setObjectName(QStringLiteral("pickIncoming"));
    pick.setWindowTitle(tr("Choose the incoming document"));
    auto *layout = new QVBoxLayout(&pick);
    auto *list = new QListWidget(&pick);
    list->setObjectName(QStringLiteral("incomingWithInstruction"));
    for (const IncomingItem &i : items.value()) {
        if (i.instruction.trimmed().isEmpty())
            continue;
        auto *row = new QListWidgetItem(tr("%1 %2 — instruction: %3").arg(i.receiptNumber(), i.title, i.instruction), list);
        row->setData(Qt::UserRole, i.id);
    }
    auto *label = new QLabel(list->count() > 0 ? tr("&Documents with a leader's instruction:")
                                               : tr("No incoming document bears a leader's instruction yet."),
                             &pick);
    label->setBuddy(list);
    layout->addWidget(label);
    layout->addWidget(list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &pick);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Register its instruction"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &pick, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &pick, &QDialog::reject);
    connect(list, &QListWidget::itemActivated, &pick, &QDialog::accept);
    if (list->count() > 0)
        list->setCurrentRow(0);
    fitWindow(&pick, QSize(760, 420));
    if (pick.exec() != QDialog::Accepted || !list->currentItem())
        return false;
    const qint64 id = list->currentItem()->data(Qt::UserRole).toLongLong();
    for (const IncomingItem &i : items.value()) {
        if (i.id != id)
            continue;
        MatterDialog dialog(m_ws, m_actor, MatterKind::Instruction, this);
        dialog.setIncoming(i.id, i.title, i.instruction, i.secrecy);
        if (dialog.exec() != QDialog::Accepted || dialog.registered().isEmpty())
            return false;
        showRegistered(dialog.registered().first().id);
        return true;
    }
    return false;
}

qint64 SupervisionPage::composeReport(qint64 matterId)
{
    ComposeReportDialog dialog(m_ws, m_actor, matterId, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    m_error->showNotice(dialog.message());
    return dialog.draftId();
}

bool SupervisionPage::takeStep(MatterStep step)
{
    return m_matterView->takeStep(step);
}

DataTable SupervisionPage::octoberReview(int year, Status *status) const
{
    DataTable t;
    t.title = tr("October review (回头看) %1").arg(year);
    t.headers = {tr("Number"), tr("Title"), tr("Made by"), tr("Lead unit"), tr("State"), tr("Reply")};
    auto list = m_ws.supervision().octoberReview(m_actor, year);
    if (!list) {
        if (status)
            *status = list.error();
        return t;
    }
    for (const Matter &m : list.value())
        t.rows.append({m.reference(), m.title, m.source, m.leadUnitName, matterStateLabel(m.state), m.reply});
    t.note = tr("B-class suggestions and proposals (承诺办理件) of %1 not yet closed, or closed without being "
                "solved: %n item(s).",
                nullptr, int(t.rows.size()))
                 .arg(year);
    return t;
}

} // namespace gw
