// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the fields of the office's identity.
#include "OfficeForm.h"

#include "domain/ArchiveCode.h"
#include "domain/Role.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QRegularExpression>

namespace gw {

OfficeForm::OfficeForm(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_fullName = new QLineEdit(this);
    m_fullName->setObjectName(QStringLiteral("officeFullName"));
    m_fullName->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("黄州区人民政府办公室")));
    m_signMark = new QLineEdit(this);
    m_signMark->setObjectName(QStringLiteral("officeSignMark"));
    m_signMark->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("黄州区人民政府")));
    m_fonds = new QLineEdit(this);
    m_fonds->setObjectName(QStringLiteral("officeFonds"));
    m_fonds->setPlaceholderText(tr("e.g. J012"));
    m_prefixes = new QPlainTextEdit(this);
    m_prefixes->setObjectName(QStringLiteral("officePrefixes"));
    m_prefixes->setPlaceholderText(
        tr("One prefix a line, then what it is for:\n黄政发 区政府发文\n黄政办发 区政府办公室发文"));
    m_prefixes->setTabChangesFocus(true);
    m_prefixes->setMinimumHeight(90);
    form->addRow(tr("Office's full &name:"), m_fullName);
    form->addRow(tr("Issuing authority's &mark (发文机关标志):"), m_signMark);
    form->addRow(tr("F&onds number (全宗号):"), m_fonds);
    form->addRow(tr("Document number &prefixes:"), m_prefixes);
    m_contactPerson = new QLineEdit(this);
    m_contactPerson->setObjectName(QStringLiteral("officeContactPerson"));
    m_contactPerson->setPlaceholderText(tr("printed on notices of return, transfer and urging, e.g. 李文秀"));
    m_contactPhone = new QLineEdit(this);
    m_contactPhone->setObjectName(QStringLiteral("officeContactPhone"));
    m_contactPhone->setPlaceholderText(tr("e.g. 0712-2345678"));
    form->addRow(tr("&Contact person (联系人):"), m_contactPerson);
    form->addRow(tr("Contact te&lephone (联系电话):"), m_contactPhone);
    m_warningDays = new QSpinBox(this);
    m_warningDays->setObjectName(QStringLiteral("officeWarningDays"));
    m_warningDays->setRange(1, 20);
    m_warningDays->setValue(3);
    m_warningDays->setSuffix(tr(" working days"));
    m_warningDays->setToolTip(tr("A supervised matter turns yellow when its deadline is this close."));
    form->addRow(tr("Supervision &warning (督查预警):"), m_warningDays);
    // 档案: the 机构 part of each 档号, who approves lending, how often a backup is due.
    m_organ = new QLineEdit(this);
    m_organ->setObjectName(QStringLiteral("officeOrganCode"));
    m_organ->setPlaceholderText(tr("e.g. %1, or empty when items are not sorted by organisation").arg(QStringLiteral("BGS")));
    form->addRow(tr("Archival organisation co&de (机构代码):"), m_organ);
    m_loanApprover = new QComboBox(this);
    m_loanApprover->setObjectName(QStringLiteral("officeLoanApprover"));
    // Not the clerk who records the loans: the approver is someone else (separation of duties).
    for (Role r : {Role::Director, Role::DeputyDirector})
        m_loanApprover->addItem(roleLabel(r), roleCode(r));
    form->addRow(tr("Lending &approved by (借阅审批):"), m_loanApprover);
    m_backupDays = new QSpinBox(this);
    m_backupDays->setObjectName(QStringLiteral("officeBackupDays"));
    m_backupDays->setRange(1, 90);
    m_backupDays->setValue(7);
    m_backupDays->setSuffix(tr(" days"));
    m_backupDays->setToolTip(tr("The archive check (四性检测) reports when the last backup is older than this."));
    form->addRow(tr("A backup at least &every:"), m_backupDays);
    m_retention = new QPlainTextEdit(this);
    m_retention->setObjectName(QStringLiteral("officeRetentionRules"));
    m_retention->setTabChangesFocus(true);
    m_retention->setMinimumHeight(90);
    m_retention->setToolTip(tr("One rule a line, the first that fits proposes the retention of an item to archive: "
                               "本单位 or 收文, a genre (or 规范性文件, 全部), then 永久, 30年 or 10年. A person "
                               "confirms each proposal."));
    m_retention->setPlainText(RetentionRules::toText(RetentionRules::defaults()));
    form->addRow(tr("Retention r&ules (保管期限):"), m_retention);
}

Office OfficeForm::office() const
{
    Office o;
    o.fullName = m_fullName->text();
    o.signMark = m_signMark->text();
    o.fondsNo = m_fonds->text();
    o.contactPerson = m_contactPerson->text().trimmed();
    o.contactPhone = m_contactPhone->text().trimmed();
    o.warningDays = m_warningDays->value();
    o.organCode = m_organ->text().trimmed().toUpper();
    o.loanApprover = m_loanApprover->currentData().toString();
    o.backupDays = m_backupDays->value();
    // The rules as typed; the defaults written out stand for "the defaults".
    const QString rules = m_retention->toPlainText().trimmed();
    o.retentionRules = rules == RetentionRules::toText(RetentionRules::defaults()) ? QString() : rules;
    o.version = m_version;
    static const QRegularExpression kSpace(QStringLiteral("\\s+"));
    const QStringList lines = m_prefixes->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (t.isEmpty())
            continue;
        const int cut = t.indexOf(kSpace);
        DocPrefix p;
        p.prefix = cut < 0 ? t : t.left(cut);
        p.description = cut < 0 ? QString() : t.mid(cut).trimmed();
        o.prefixes.append(p);
    }
    return o;
}

void OfficeForm::setOffice(const Office &o)
{
    m_fullName->setText(o.fullName);
    m_signMark->setText(o.signMark);
    m_fonds->setText(o.fondsNo);
    m_contactPerson->setText(o.contactPerson);
    m_contactPhone->setText(o.contactPhone);
    m_warningDays->setValue(o.warningDays);
    m_organ->setText(o.organCode);
    const int approver = m_loanApprover->findData(o.loanApprover);
    if (approver < 0)
        m_loanApprover->addItem(roleFromCode(o.loanApprover) ? roleLabel(*roleFromCode(o.loanApprover)) : o.loanApprover,
                                o.loanApprover);
    m_loanApprover->setCurrentIndex(m_loanApprover->findData(o.loanApprover));
    m_backupDays->setValue(o.backupDays);
    m_retention->setPlainText(o.retentionRules.trimmed().isEmpty() ? RetentionRules::toText(RetentionRules::defaults())
                                                                   : o.retentionRules);
    m_version = o.version;
    QStringList lines;
    for (const DocPrefix &p : o.prefixes)
        lines.append(p.description.isEmpty() ? p.prefix : p.prefix + QLatin1Char(' ') + p.description);
    m_prefixes->setPlainText(lines.join(QLatin1Char('\n')));
}

} // namespace gw
