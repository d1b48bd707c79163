// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — 初审.
#include "TriageDialog.h"

#include "Confirm.h"
#include "PdfPreviewDialog.h"

#include "AttachmentList.h"
#include "ErrorBanner.h"
#include "SavePdf.h"

#include "Clock.h"
#include "pdf/Notices.h"
#include "services/IncomingService.h"
#include "services/OfficeService.h"
#include "services/UnitService.h"
#include "services/Workspace.h"
#include "workflow/WorkCalendar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace gw {

TriageDialog::TriageDialog(Workspace &ws, const Principal &actor, const IncomingItem &item, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_actor(actor), m_item(item)
{
    setObjectName(QStringLiteral("triageDialog"));
    setProperty("helpPage", QStringLiteral("incoming-triage"));
    setWindowTitle(tr("Triage (初审) — %1").arg(item.title));
    auto *layout = new QVBoxLayout(this);
    auto *head = new QLabel(
        QStringLiteral("<b>%1</b>　%2").arg(item.title.toHtmlEscaped(), item.docNumber.toHtmlEscaped()),
        this);
    head->setWordWrap(true);
    layout->addWidget(head);
    m_error = new ErrorBanner(this); // placed above the buttons; the attachments report to it
    auto *files = new AttachmentList(ws, actor, item.id, m_error, this);
    layout->addWidget(files);

    auto *read = new QGroupBox(tr("What the document says"), this);
    auto *grid = new QGridLayout(read);
    auto *says = new QVBoxLayout;
    auto *matter = new QVBoxLayout;
    auto *exceptionsLeft = new QVBoxLayout;
    auto *exceptionsRight = new QVBoxLayout;
    auto flag = [this, read](QVBoxLayout *column, const char *name, const QString &label, int indent = 0) {
        auto *box = new QCheckBox(label, read);
        box->setObjectName(QString::fromLatin1(name));
        if (indent > 0)
            box->setContentsMargins(indent, 0, 0, 0);
        column->addWidget(box);
        m_flags.append(box);
        connect(box, &QCheckBox::toggled, this, &TriageDialog::updateProposal);
        return box;
    };
    // What the document says about the matter and how it came.
    QCheckBox *others = flag(says, "involvesOthers", tr("Touches other towns or departments"));
    m_consultation = new QComboBox(read);
    m_consultation->setObjectName(QStringLiteral("consultation"));
    m_consultation->addItem(tr("… not consulted, or a disagreement the request does not state"),
                            int(Consultation::NotConsulted));
    m_consultation->addItem(tr("… consulted, and they agreed"), int(Consultation::Agreed));
    m_consultation->addItem(tr("… consulted without agreement, each side's view stated"),
                            int(Consultation::ViewsStated));
    m_consultation->setVisible(false);
    says->addWidget(m_consultation);
    connect(m_consultation, &QComboBox::currentIndexChanged, this, &TriageDialog::updateProposal);
    connect(others, &QCheckBox::toggled, m_consultation, &QWidget::setVisible);
    flag(says, "reasonForLeader", tr("To a leader personally: states a special reason"));
    flag(says, "partyWork", tr("The party's own work (党的工作)"));
    QCheckBox *needsReview = flag(says, "needsPartyReview",
                                  tr("Needs review by the party committee's organisation, propaganda or "
                                     "united-front department first"));
    QCheckBox *reviewed = flag(says, "partyReviewed", tr("… that department has reviewed it"), 20);
    reviewed->setVisible(false);
    connect(needsReview, &QCheckBox::toggled, reviewed, &QWidget::setVisible);
    says->addStretch(1);
    // What kind of matter it is (受理 (一)1–5).
    flag(matter, "planReformPolicy", tr("Development plan, reform or new policy"));
    QCheckBox *byLaw = flag(matter, "approvalByLaw", tr("Law requires the district government's approval"));
    QCheckBox *opinion = flag(matter, "reviewOpinion",
                              tr("… with the competent department's review opinion (主管部门审核意见)"), 20);
    opinion->setVisible(false);
    connect(byLaw, &QCheckBox::toggled, opinion, &QWidget::setVisible);
    flag(matter, "reportUpward", tr("Must be reported upward"));
    flag(matter, "allMustKnow", tr("Every town and department must know or act"));
    flag(matter, "forwardFromHigher", tr("City or province document to forward"));
    matter->addStretch(1);
    // The exceptions (三)1–4.
    flag(exceptionsLeft, "emergency", tr("Exception: a real emergency"));
    flag(exceptionsRight, "complexNeedsLeader", tr("Exception: a complex matter for a leader's review"));
    flag(exceptionsLeft, "leaderInstructed", tr("Exception: a leader has already instructed"));
    flag(exceptionsRight, "leaderAskedDirect", tr("Exception: a leader asked for direct submission"));
    grid->addLayout(says, 0, 0);
    grid->addLayout(matter, 0, 1);
    grid->addLayout(exceptionsLeft, 1, 0);
    grid->addLayout(exceptionsRight, 1, 1);
    m_department = new QComboBox(read);
    m_department->setObjectName(QStringLiteral("competentDepartment"));
    m_department->addItem(tr("(no single competent department)"), qint64(0));
    UnitFilter departments;
    departments.type = UnitType::Department;
    departments.limit = 10000;
    if (auto units = ws.units().list(actor, departments)) {
        for (const Unit &u : units.value())
            m_department->addItem(u.name, u.id);
    }
    auto *within = new QHBoxLayout;
    auto *withinLabel = new QLabel(tr("&Within the powers of:"), read);
    withinLabel->setBuddy(m_department);
    within->addWidget(withinLabel);
    within->addWidget(m_department, 1);
    grid->addLayout(within, 2, 0, 1, 2);
    connect(m_department, &QComboBox::currentIndexChanged, this, &TriageDialog::updateProposal);
    layout->addWidget(read);

    m_proposalLabel = new QLabel(this);
    m_proposalLabel->setObjectName(QStringLiteral("triageProposal"));
    m_proposalLabel->setWordWrap(true);
    m_proposalLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #eef4fb; border: 1px solid #b8cde6; padding: 6px; }"));
    layout->addWidget(m_proposalLabel);

    auto *decision = new QHBoxLayout;
    m_accept = new QRadioButton(TriageRules::outcomeLabel(TriageOutcome::Accept), this);
    m_transfer = new QRadioButton(TriageRules::outcomeLabel(TriageOutcome::Transfer), this);
    m_return = new QRadioButton(TriageRules::outcomeLabel(TriageOutcome::Return), this);
    m_accept->setObjectName(QStringLiteral("decideAccept"));
    m_transfer->setObjectName(QStringLiteral("decideTransfer"));
    m_return->setObjectName(QStringLiteral("decideReturn"));
    decision->addWidget(new QLabel(tr("Decision:"), this));
    decision->addWidget(m_accept);
    decision->addWidget(m_transfer);
    decision->addWidget(m_return);
    decision->addStretch(1);
    layout->addLayout(decision);
    auto *copyRow = new QHBoxLayout;
    m_copyLeader = new QComboBox(this);
    m_copyLeader->setObjectName(QStringLiteral("copyLeader"));
    m_copyLeader->addItem(tr("(choose the leader concerned)"), qint64(0));
    if (auto leaders = ws.incoming().leaders(actor)) {
        for (const User &u : leaders.value()) {
            if (clearanceCovers(u.clearance, item.secrecy)) // nobody is copied what they may not read
                m_copyLeader->addItem(u.displayName, u.id);
        }
    }
    auto *copyLabel = new QLabel(tr("Transfer: copy to the &leader concerned:"), this);
    copyLabel->setBuddy(m_copyLeader);
    copyRow->addWidget(copyLabel);
    copyRow->addWidget(m_copyLeader);
    copyRow->addStretch(1);
    layout->addLayout(copyRow);
    m_copyLeader->setEnabled(false);
    connect(m_transfer, &QRadioButton::toggled, m_copyLeader, &QComboBox::setEnabled);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("triageReason"));
    m_reason->setPlaceholderText(
        tr("Reason (required for a transfer, a return, or a decision other than the proposal)"));
    m_reason->setMaximumHeight(70);
    m_reason->setTabChangesFocus(true);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Confirm"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("confirmTriage"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &TriageDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TriageDialog::reject);
    updateProposal();
    setMinimumWidth(720);
    if (!m_flags.isEmpty())
        m_flags.first()->setFocus(); // the clerk starts on what the document says; the files are a Tab back
}

TriageFacts TriageDialog::facts() const
{
    TriageFacts f;
    auto on = [this](const char *name) {
        for (QCheckBox *b : m_flags) {
            if (b->objectName() == QLatin1String(name))
                return b->isChecked();
        }
        return false;
    };
    f.involvesOtherUnits = on("involvesOthers");
    f.consultation = f.involvesOtherUnits ? Consultation(m_consultation->currentData().toInt())
                                          : Consultation::NotConsulted;
    f.party = on("partyWork")          ? PartyMatter::PartyWork
              : on("needsPartyReview") ? PartyMatter::NeedsPartyReview
                                       : PartyMatter::None;
    f.partyReviewed = f.party == PartyMatter::NeedsPartyReview && on("partyReviewed");
    f.reasonForLeader = on("reasonForLeader");
    if (on("planReformPolicy"))
        f.categories.append(AcceptCategory::PlanReformPolicy);
    if (on("approvalByLaw"))
        f.categories.append(AcceptCategory::ApprovalByLaw);
    f.reviewOpinion = f.categories.contains(AcceptCategory::ApprovalByLaw) && on("reviewOpinion");
    if (on("reportUpward"))
        f.categories.append(AcceptCategory::ReportUpward);
    if (on("allMustKnow"))
        f.categories.append(AcceptCategory::AllMustKnow);
    if (on("forwardFromHigher"))
        f.categories.append(AcceptCategory::ForwardFromHigher);
    f.emergency = on("emergency");
    f.complexNeedsLeader = on("complexNeedsLeader");
    f.leaderInstructed = on("leaderInstructed");
    f.leaderAskedDirect = on("leaderAskedDirect");
    f.competentDepartmentId = m_department->currentData().toLongLong();
    return f;
}

void TriageDialog::updateProposal()
{
    auto p = m_ws.incoming().propose(m_actor, m_item.id, facts());
    if (!p) {
        m_error->showError(p.error());
        return;
    }
    m_proposal = p.value();
    m_proposalLabel->setText(
        tr("Proposed: <b>%1</b><br>%2")
            .arg(TriageRules::outcomeLabel(m_proposal.outcome), m_proposal.citation.toHtmlEscaped()));
    m_accept->setChecked(m_proposal.outcome == TriageOutcome::Accept);
    m_transfer->setChecked(m_proposal.outcome == TriageOutcome::Transfer);
    m_return->setChecked(m_proposal.outcome == TriageOutcome::Return);
}

QString TriageDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

TriageOutcome TriageDialog::chosen() const
{
    return m_transfer->isChecked() ? TriageOutcome::Transfer
           : m_return->isChecked() ? TriageOutcome::Return
                                   : TriageOutcome::Accept;
}

bool TriageDialog::save()
{
    const TriageOutcome decision = chosen();
    auto done = m_ws.incoming().triage(m_actor, m_item.id, m_item.version, facts(), decision,
                                       m_reason->toPlainText(), m_department->currentData().toLongLong(),
                                       m_copyLeader->currentData().toLongLong());
    m_error->setStatus(done);
    if (!done)
        return false;
    m_item = done.value();
    return true;
}

QByteArray TriageDialog::returnNotice() const
{
    ReturnNotice n;
    if (auto office = m_ws.office().office(); office && office.value()) {
        n.office = office.value()->fullName;
        n.officeContact = office.value()->noticeContact();
    }
    if (auto sender = m_ws.units().get(m_actor, m_item.senderUnitId))
        n.sender = sender.value().name;
    n.docNumber = m_item.docNumber;
    n.title = m_item.title;
    n.citation = TriageRules::citation(m_item.triageRuleProposed());
    n.reason = m_item.triageReason;
    n.date = WorkCalendar::localDate(m_ws.clock().now());
    return returnNoticePdf(n);
}

QByteArray TriageDialog::transferNotice() const
{
    TransferNotice n;
    if (auto office = m_ws.office().office(); office && office.value()) {
        n.office = office.value()->fullName;
        n.officeContact = office.value()->noticeContact();
    }
    n.sender = m_item.senderName;
    if (auto dept = m_ws.units().get(m_actor, m_item.transferTo))
        n.department = dept.value().name;
    n.docNumber = m_item.docNumber;
    n.title = m_item.title;
    n.reason = m_item.triageReason;
    n.date = WorkCalendar::localDate(m_ws.clock().now());
    return transferNoticePdf(n);
}

void TriageDialog::accept()
{
    const TriageOutcome decision = chosen();
    // A missing reason is said before anything is asked.
    if (IncomingService::triageNeedsReason(decision, m_proposal.outcome) && m_reason->toPlainText().trimmed().isEmpty()) {
        m_error->showMessage(decision != m_proposal.outcome
                                 ? tr("Give the reason for deciding otherwise than the rules propose.")
                                 : tr("Give the reason for the transfer or return."));
        m_reason->setFocus();
        return;
    }
    // One mis-click must not decide: the outcome and its rule are shown and confirmed.
    QString what = tr("Decision: %1.").arg(TriageRules::outcomeLabel(decision));
    if (decision == TriageOutcome::Transfer)
        what += QLatin1Char(' ') + tr("To: %1.").arg(m_department->currentText());
    what += QStringLiteral("\n\n") +
            (decision == m_proposal.outcome
                 ? tr("Rule: %1").arg(m_proposal.citation)
                 : tr("Otherwise than the rules propose (%1: %2).")
                       .arg(TriageRules::outcomeLabel(m_proposal.outcome), m_proposal.citation));
    what += QStringLiteral("\n\n") +
            tr("The secretariat (秘书科) can reverse the decision, with a reason, until the next step has started.");
    if (!gw::confirm(this, tr("Confirm the triage decision"), what, tr("&Confirm"), tr("&Back to the form")))
        return;
    if (!save())
        return;
    if (m_item.state == QLatin1String(incoming::kReturned)) {
        previewPdf(this, tr("Notice of return (退文通知)"), returnNotice(),
                   tr("退文通知 — %1.pdf").arg(m_item.title));
    } else if (m_item.state == QLatin1String(incoming::kTransferred)) {
        previewPdf(this, tr("Notice of transfer (转办告知单)"), transferNotice(),
                   tr("转办告知单 — %1.pdf").arg(m_item.title));
    }
    QDialog::accept();
}

} // namespace gw
