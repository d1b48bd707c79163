// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — registering a supervised matter.
#include "MatterDialog.h"

#include "ErrorBanner.h"
#include "MatterStepDialog.h"
#include "RecordTable.h"
#include "WindowFit.h"

#include "Clock.h"
#include "domain/UnitFilter.h"
#include "services/SupervisionService.h"
#include "services/UnitService.h"
#include "services/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gw {

MatterDialog::MatterDialog(Workspace &ws, const Principal &actor, MatterKind kind, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_actor(actor), m_kind(kind)
{
    setObjectName(QStringLiteral("matterDialog"));
    setWindowTitle(tr("Register: %1").arg(matterKindLabel(kind)));
    auto *layout = new QVBoxLayout(this);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    const bool call = kind == MatterKind::Hotline;
    const bool meeting = kind == MatterKind::MeetingDecision;
    const QDate today = WorkCalendar::localDate(ws.clock().now());

    if (call) {
        m_calledAt = new QDateTimeEdit(ws.clock().now().toLocalTime(), this);
        m_calledAt->setObjectName(QStringLiteral("matterCalledAt"));
        m_calledAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        m_calledAt->setCalendarPopup(true);
        form->addRow(tr("Time of the ca&ll:"), m_calledAt);
        m_caller = new QLineEdit(this);
        m_caller->setObjectName(QStringLiteral("matterCaller"));
        m_caller->setPlaceholderText(tr("as the caller gives it; may stay empty"));
        form->addRow(tr("&Caller:"), m_caller);
        m_phone = new QLineEdit(this);
        m_phone->setObjectName(QStringLiteral("matterPhone"));
        form->addRow(tr("&Phone:"), m_phone);
        m_category = new QComboBox(this);
        m_category->setObjectName(QStringLiteral("matterCategory"));
        m_category->addItem(tr("Choose…"), QString());
        for (CallCategory c : allCallCategories())
            m_category->addItem(HotlineScope::inScope(c) ? callCategoryLabel(c)
                                                         : tr("%1 — outside the scope").arg(callCategoryLabel(c)),
                                callCategoryCode(c));
        form->addRow(tr("C&ategory:"), m_category);
        m_scope = new QLabel(this);
        m_scope->setObjectName(QStringLiteral("matterScope"));
        m_scope->setWordWrap(true);
        form->addRow(QString(), m_scope);
        connect(m_category, &QComboBox::currentIndexChanged, this, &MatterDialog::showScope);
    }
    if (meeting) {
        m_meeting = new QLineEdit(this);
        m_meeting->setObjectName(QStringLiteral("matterMeeting"));
        m_meeting->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("区政府第12次常务会议")));
        form->addRow(tr("&Meeting:"), m_meeting);
    } else {
        m_title = new QLineEdit(this);
        m_title->setObjectName(QStringLiteral("matterTitle"));
        if (call)
            m_title->setPlaceholderText(tr("left empty: the start of the summary"));
        form->addRow(tr("&Title:"), m_title);
    }
    if (!call) {
        m_source = new QComboBox(this);
        m_source->setObjectName(QStringLiteral("matterSource"));
        m_source->setEditable(true);
        if (kind == MatterKind::Instruction)
            m_source->addItems(instructionSources());
        else if (kind == MatterKind::Proposal)
            m_source->lineEdit()->setPlaceholderText(tr("the deputy or member, e.g. 张代表等5人"));
        else
            m_source->lineEdit()->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("政府工作报告")));
        if (kind != MatterKind::Instruction)
            m_source->setCurrentText(QString());
        form->addRow(kind == MatterKind::Proposal ? tr("Made &by:") : tr("S&ource:"), m_source);
    }
    if (kind == MatterKind::Proposal) {
        m_body = new QComboBox(this);
        m_body->addItem(proposalBodyLabel(QStringLiteral("npc")), QStringLiteral("npc"));
        m_body->addItem(proposalBodyLabel(QStringLiteral("cppcc")), QStringLiteral("cppcc"));
        form->addRow(tr("&Kind:"), m_body);
        m_level = new QComboBox(this);
        for (const char *l : {"district", "city", "province"})
            m_level->addItem(proposalLevelLabel(QString::fromLatin1(l)), QString::fromLatin1(l));
        form->addRow(tr("&Level:"), m_level);
        m_class = new QComboBox(this);
        m_class->addItem(tr("A: solved or to be solved this year"), QStringLiteral("A"));
        m_class->addItem(tr("B: promised, to be solved (承诺办理件)"), QStringLiteral("B"));
        m_class->addItem(tr("C: cannot be solved for now, explained"), QStringLiteral("C"));
        form->addRow(tr("Cla&ss:"), m_class);
        m_number = new QLineEdit(this);
        m_number->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("第58号")));
        form->addRow(tr("&Number:"), m_number);
    }
    if (!meeting) {
        m_request = new QPlainTextEdit(this);
        m_request->setObjectName(QStringLiteral("matterRequest"));
        m_request->setTabChangesFocus(true);
        m_request->setMinimumHeight(90);
        form->addRow(call ? tr("What the caller &said:")
                     : kind == MatterKind::Instruction ? tr("&Instruction as written:")
                                                       : tr("&Request:"),
                     m_request);
    } else {
        m_decisions = new QTableWidget(0, 4, this);
        m_decisions->setObjectName(QStringLiteral("matterDecisions"));
        m_decisions->setHorizontalHeaderLabels({tr("Title"), tr("What was decided"), tr("Lead unit"), tr("Deadline")});
        m_decisions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        m_decisions->setMinimumHeight(180);
        auto *add = new QPushButton(tr("&Add an item"), this);
        auto *box = new QVBoxLayout;
        box->addWidget(m_decisions);
        box->addWidget(add, 0, Qt::AlignLeft);
        form->addRow(tr("Decided items:"), box);
        connect(add, &QPushButton::clicked, this, &MatterDialog::addDecisionRow);
        addDecisionRow();
        addDecisionRow();
    }
    if (!call) {
        m_leader = new QComboBox(this);
        m_leader->setObjectName(QStringLiteral("matterLeader"));
        m_leader->addItem(tr("None"), qint64(0));
        if (auto leaders = ws.supervision().leaders(actor)) {
            for (const User &u : leaders.value())
                m_leader->addItem(u.displayName, u.id);
        }
        form->addRow(tr("L&eader concerned:"), m_leader);
        m_secrecy = new QComboBox(this);
        m_secrecy->setObjectName(QStringLiteral("matterSecrecy"));
        for (Clearance c : allClearances()) {
            if (clearanceCovers(actor.clearance, c))
                m_secrecy->addItem(clearanceLabel(c), clearanceCode(c));
        }
        form->addRow(tr("Secre&cy:"), m_secrecy);
    }
    if (!meeting) {
        m_unit = newUnitBox(ws, actor, tr("Not yet"), this);
        form->addRow(call ? tr("Trans&fer to:") : tr("Lead &unit (交办 now):"), m_unit);
        auto *dueRow = new QHBoxLayout;
        m_hasDeadline = new QCheckBox(tr("&Deadline:"), this);
        m_due = new QDateEdit(today.addDays(call ? 5 : 15), this);
        m_due->setObjectName(QStringLiteral("matterDue"));
        m_due->setCalendarPopup(true);
        m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        m_due->setEnabled(false);
        dueRow->addWidget(m_due);
        dueRow->addStretch(1);
        form->addRow(m_hasDeadline, dueRow);
        connect(m_hasDeadline, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
        connect(m_unit, &QComboBox::currentIndexChanged, this,
                [this] { m_hasDeadline->setChecked(m_unit->currentData().toLongLong() > 0); });
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(call ? tr("Record the call") : tr("Register"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MatterDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *send = new QShortcut(QKeySequence(QStringLiteral("Ctrl+Return")), this);
    connect(send, &QShortcut::activated, this, &MatterDialog::accept);
    if (call)
        showScope();
    fitWindow(this, QSize(meeting ? 860 : 680, meeting ? 560 : 600));
}

void MatterDialog::addDecisionRow()
{
    const int row = m_decisions->rowCount();
    m_decisions->insertRow(row);
    m_decisions->setItem(row, 0, new QTableWidgetItem);
    m_decisions->setItem(row, 1, new QTableWidgetItem);
    m_decisions->setCellWidget(row, 2, newUnitBox(m_ws, m_actor, tr("Not yet"), this));
    auto *due = new QDateEdit(WorkCalendar::localDate(m_ws.clock().now()).addDays(30), this);
    due->setCalendarPopup(true);
    due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_decisions->setCellWidget(row, 3, due);
    m_decisions->setCurrentCell(row, 0);
}

void MatterDialog::showScope()
{
    const auto c = callCategoryFromCode(m_category->currentData().toString());
    const bool outside = c && !HotlineScope::inScope(*c);
    m_scope->setText(!c ? QString()
                     : outside ? tr("Outside the scope: the call is recorded and closed with this advice: %1")
                                     .arg(HotlineScope::advice(*c))
                               : tr("In the scope: transfer it to the competent unit with a deadline."));
    if (m_unit) {
        m_unit->setEnabled(!outside);
        m_hasDeadline->setEnabled(!outside);
        if (outside) {
            m_unit->setCurrentIndex(0);
            m_hasDeadline->setChecked(false);
        }
    }
}

Matter MatterDialog::matter() const
{
    Matter m;
    m.kind = m_kind;
    if (m_title)
        m.title = m_title->text();
    if (m_request)
        m.request = m_request->toPlainText();
    if (m_source)
        m.source = m_source->currentText();
    if (m_leader)
        m.leaderId = m_leader->currentData().toLongLong();
    if (m_secrecy)
        m.secrecy = clearanceFromCode(m_secrecy->currentData().toString()).value_or(Clearance::None);
    if (m_meeting)
        m.meeting = m_meeting->text();
    if (m_body) {
        m.proposalBody = m_body->currentData().toString();
        m.proposalLevel = m_level->currentData().toString();
        m.proposalClass = m_class->currentData().toString();
        m.proposalNumber = m_number->text().trimmed();
    }
    if (m_calledAt) {
        m.calledAtMs = m_calledAt->dateTime().toMSecsSinceEpoch();
        m.caller = m_caller->text().trimmed();
        m.phone = m_phone->text().trimmed();
        m.category = callCategoryFromCode(m_category->currentData().toString());
    }
    return m;
}

void MatterDialog::setIncoming(qint64 itemId, const QString &title, const QString &instruction, Clearance secrecy)
{
    m_incomingId = itemId;
    m_title->setText(title);
    m_request->setPlainText(instruction);
    m_source->setCurrentText(QStringLiteral("区政府领导批示"));
    const int at = m_secrecy->findData(clearanceCode(secrecy));
    if (at >= 0)
        m_secrecy->setCurrentIndex(at);
}

Status MatterDialog::apply()
{
    SupervisionService &sv = m_ws.supervision();
    const Matter m = matter();
    if (m_decisions) {
        QList<Matter> items;
        QList<QPair<qint64, QDate>> assignments;
        for (int r = 0; r < m_decisions->rowCount(); ++r) {
            Matter item = m;
            item.title = m_decisions->item(r, 0)->text();
            item.request = m_decisions->item(r, 1)->text();
            if (item.title.trimmed().isEmpty() && item.request.trimmed().isEmpty())
                continue;
            items.append(item);
            assignments.append({static_cast<QComboBox *>(m_decisions->cellWidget(r, 2))->currentData().toLongLong(),
                                static_cast<QDateEdit *>(m_decisions->cellWidget(r, 3))->date()});
        }
        auto made = sv.registerDecisions(m_actor, m.meeting, items);
        if (!made)
            return made.error();
        m_registered = made.value();
        // Each with a lead unit is assigned at once; one refused stays registered, and says why.
        for (int i = 0; i < m_registered.size(); ++i) {
            if (assignments.at(i).first <= 0)
                continue;
            auto a = sv.assign(m_actor, m_registered.at(i).id, m_registered.at(i).version, assignments.at(i).first, {},
                               assignments.at(i).second, {});
            if (!a)
                return makeError(a.error().code, tr("The items are registered; item %1 was not assigned: %2")
                                                     .arg(i + 1)
                                                     .arg(a.error().message));
            m_registered[i] = a.value();
        }
        return {};
    }
    if (m_registered.isEmpty()) {
        auto made = m_incomingId > 0 ? sv.registerFromIncoming(m_actor, m_incomingId, m) : sv.registerMatter(m_actor, m);
        if (!made)
            return made.error();
        m_registered = {made.value()};
    }
    // Registered; now transferred, assigned or advised as the form says. A refusal here leaves the
    // registration standing and the form open to try that step again.
    Matter &r = m_registered.first();
    if (r.kind == MatterKind::Hotline && r.category && !HotlineScope::inScope(*r.category)) {
        auto a = sv.advise(m_actor, r.id, r.version, {});
        if (!a)
            return a.error();
        r = a.value();
    } else if (m_unit && m_unit->currentData().toLongLong() > 0) {
        auto a = sv.assign(m_actor, r.id, r.version, m_unit->currentData().toLongLong(), {},
                           m_hasDeadline->isChecked() ? m_due->date() : QDate(), {});
        if (!a)
            return makeError(a.error().code,
                             tr("Registered as %1, not yet assigned: %2").arg(r.reference(), a.error().message));
        r = a.value();
    }
    return {};
}

void MatterDialog::accept()
{
    if (auto st = apply(); !st) {
        m_error->showError(st.error());
        return;
    }
    QDialog::accept();
}

} // namespace gw
