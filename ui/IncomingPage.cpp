// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 收文 area.
#include "IncomingPage.h"

#include "ErrorBanner.h"
#include "HandlingDialog.h"
#include "IncomingModel.h"
#include "RegistrationDialog.h"
#include "TriageDialog.h"

#include "services/IncomingService.h"
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
#include <QTableView>
#include <QVBoxLayout>

namespace gw {

IncomingPage::IncomingPage(Workspace &ws, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_ws(ws), m_actor(actor)
{
    setObjectName(QStringLiteral("incomingPage"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("incomingSearch"));
    m_search->setPlaceholderText(tr("Search title or number (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_state = new QComboBox(this);
    m_state->addItem(tr("All states"), QString());
    for (const char *s : {incoming::kRegistered, incoming::kAccepted, incoming::kProposed,
                          incoming::kInstructed, incoming::kCirculating, incoming::kHandled, incoming::kDone,
                          incoming::kTransferred, incoming::kReturned})
        m_state->addItem(IncomingModel::stateLabel(QString::fromLatin1(s)), QString::fromLatin1(s));
    m_urgency = new QComboBox(this);
    m_urgency->addItem(tr("Any urgency"), QString());
    for (Urgency u : allUrgencies())
        m_urgency->addItem(urgencyLabel(u), urgencyCode(u));
    m_year = new QSpinBox(this);
    m_year->setRange(0, 2100);
    m_year->setSpecialValueText(tr("All years"));
    m_overdue = new QCheckBox(tr("Overdue only"), this);
    auto *add = new QPushButton(tr("&Register…"), this);
    add->setObjectName(QStringLiteral("registerIncoming"));
    add->setShortcut(QKeySequence::New);
    auto *triage = new QPushButton(tr("&Triage…"), this);
    triage->setObjectName(QStringLiteral("triageIncoming"));
    bar->addWidget(m_search, 1);
    bar->addWidget(m_state);
    bar->addWidget(m_urgency);
    bar->addWidget(m_year);
    bar->addWidget(m_overdue);
    bar->addWidget(add);
    bar->addWidget(triage);
    layout->addLayout(bar);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("incomingCount"));
    layout->addWidget(m_count);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);
    m_model = new IncomingModel(ws, actor, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("incomingTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    layout->addWidget(m_view, 1);

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::textChanged, this, &IncomingPage::reload);
    for (QComboBox *c : {m_state, m_urgency})
        connect(c, &QComboBox::currentIndexChanged, this, &IncomingPage::reload);
    connect(m_year, &QSpinBox::valueChanged, this, &IncomingPage::reload);
    connect(m_overdue, &QCheckBox::toggled, this, &IncomingPage::reload);
    connect(add, &QPushButton::clicked, this, &IncomingPage::registerNew);
    connect(triage, &QPushButton::clicked, this, &IncomingPage::triageCurrent);
    connect(m_view, &QTableView::activated, this, &IncomingPage::triageCurrent);
    connect(&ws.incoming(), &IncomingService::itemChanged, this, &IncomingPage::reload);
    reload();
}

void IncomingPage::reload()
{
    IncomingFilter f;
    f.text = m_search->text();
    if (const QString s = m_state->currentData().toString(); !s.isEmpty())
        f.states = {s};
    if (const QString u = m_urgency->currentData().toString(); !u.isEmpty())
        f.urgency = urgencyFromCode(u);
    f.year = m_year->value();
    f.overdueOnly = m_overdue->isChecked();
    m_error->setStatus(m_model->setFilter(f));
    if (auto n = m_ws.incoming().count(m_actor, f))
        m_count->setText(tr("%1 document(s)").arg(n.value()));
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(IncomingModel::TitleColumn, QHeaderView::Stretch);
}

void IncomingPage::registerNew()
{
    RegistrationDialog dialog(m_ws, m_actor, this);
    dialog.exec();
}

void IncomingPage::triageCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const IncomingItem &item = m_model->itemAt(current.row());
    if (item.state != QLatin1String(incoming::kRegistered)) {
        HandlingDialog dialog(m_ws, m_actor, item.id, this); // 承办, 传阅, 催办, 答复
        dialog.exec();
        return;
    }
    TriageDialog dialog(m_ws, m_actor, item, this);
    dialog.exec();
}

} // namespace gw
