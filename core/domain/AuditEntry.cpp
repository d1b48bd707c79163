// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what the audit log's action keys say.
#include "domain/AuditEntry.h"

#include <QCoreApplication>

#include <iterator>

namespace gw {

namespace {
struct ActionLabel
{
    const char *key;
    const char *label;
};

// clang-format off
const ActionLabel kActions[] = {
    {"archive.check", QT_TRANSLATE_NOOP("AuditAction", "Archive checked (四性检测)")},
    {"archive.file", QT_TRANSLATE_NOOP("AuditAction", "Document archived (归档)")},
    {"archive.loan", QT_TRANSLATE_NOOP("AuditAction", "Archive loan recorded (借阅登记)")},
    {"archive.loan_approve", QT_TRANSLATE_NOOP("AuditAction", "Archive loan approved")},
    {"archive.loan_refuse", QT_TRANSLATE_NOOP("AuditAction", "Archive loan refused")},
    {"archive.loan_return", QT_TRANSLATE_NOOP("AuditAction", "Archived item returned")},
    {"archive.read", QT_TRANSLATE_NOOP("AuditAction", "Archived file read (电子档案利用)")},
    {"archive.remark", QT_TRANSLATE_NOOP("AuditAction", "Archived item's remark changed")},
    {"audit.checkpoint", QT_TRANSLATE_NOOP("AuditAction", "Audit checkpoint signed")},
    {"auth.login", QT_TRANSLATE_NOOP("AuditAction", "Logged in")},
    {"auth.login_failed", QT_TRANSLATE_NOOP("AuditAction", "Log-in failed")},
    {"backup.make", QT_TRANSLATE_NOOP("AuditAction", "Backup made")},
    {"bulletin.compose", QT_TRANSLATE_NOOP("AuditAction", "Quality bulletin drafted (办文质量通报)")},
    {"calendar.set", QT_TRANSLATE_NOOP("AuditAction", "Work calendar changed")},
    {"draft.archive", QT_TRANSLATE_NOOP("AuditAction", "Document archived: chain ended (归档)")},
    {"draft.close", QT_TRANSLATE_NOOP("AuditAction", "Not to be issued (不予行文)")},
    {"draft.content_change", QT_TRANSLATE_NOOP("AuditAction", "Content changed after sign-off")},
    {"draft.create", QT_TRANSLATE_NOOP("AuditAction", "Draft created")},
    {"draft.first_read_fail", QT_TRANSLATE_NOOP("AuditAction", "Failed by the first reader")},
    {"draft.pass", QT_TRANSLATE_NOOP("AuditAction", "Passed on (通过)")},
    {"draft.print", QT_TRANSLATE_NOOP("AuditAction", "Printed (印制)")},
    {"draft.printed", QT_TRANSLATE_NOOP("AuditAction", "Printed, sent to the first reader")},
    {"draft.register", QT_TRANSLATE_NOOP("AuditAction", "Registered, document number given (发文登记)")},
    {"draft.release", QT_TRANSLATE_NOOP("AuditAction", "Released (核发)")},
    {"draft.return", QT_TRANSLATE_NOOP("AuditAction", "Returned (退回)")},
    {"draft.update", QT_TRANSLATE_NOOP("AuditAction", "Draft details edited")},
    {"draft.version", QT_TRANSLATE_NOOP("AuditAction", "New version of the text")},
    {"draft.wording_fix", QT_TRANSLATE_NOOP("AuditAction", "Wording fixed (文字修改)")},
    {"draft.written_date", QT_TRANSLATE_NOOP("AuditAction", "Date of writing set (成文日期)")},
    {"incoming.distribute", QT_TRANSLATE_NOOP("AuditAction", "Distributed for reading (分送)")},
    {"incoming.forward", QT_TRANSLATE_NOOP("AuditAction", "Forwarded to the next reader")},
    {"incoming.import", QT_TRANSLATE_NOOP("AuditAction", "Receipt list imported")},
    {"incoming.instruct", QT_TRANSLATE_NOOP("AuditAction", "Instruction given (批示)")},
    {"incoming.propose", QT_TRANSLATE_NOOP("AuditAction", "Handling proposed (拟办)")},
    {"incoming.register", QT_TRANSLATE_NOOP("AuditAction", "Incoming document registered (收文登记)")},
    {"incoming.reply", QT_TRANSLATE_NOOP("AuditAction", "Reply to the sender recorded (答复)")},
    {"incoming.triage", QT_TRANSLATE_NOOP("AuditAction", "Triaged (初审)")},
    {"incoming.triage_reverse", QT_TRANSLATE_NOOP("AuditAction", "Triage decision reversed")},
    {"incoming.turn", QT_TRANSLATE_NOOP("AuditAction", "Read and handed back (阅毕)")},
    {"incoming.urge", QT_TRANSLATE_NOOP("AuditAction", "Urged (催办)")},
    {"letter.record", QT_TRANSLATE_NOOP("AuditAction", "Citizen's letter recorded")},
    {"markup.add", QT_TRANSLATE_NOOP("AuditAction", "Markup added")},
    {"markup.answer", QT_TRANSLATE_NOOP("AuditAction", "Markup answered")},
    {"markup.close", QT_TRANSLATE_NOOP("AuditAction", "Markup closed")},
    {"markup.reopen", QT_TRANSLATE_NOOP("AuditAction", "Markup reopened")},
    {"matter.advise", QT_TRANSLATE_NOOP("AuditAction", "Caller advised where to go, call closed")},
    {"matter.assign", QT_TRANSLATE_NOOP("AuditAction", "Matter assigned (交办)")},
    {"matter.close", QT_TRANSLATE_NOOP("AuditAction", "Matter closed (销号)")},
    {"matter.extension_decide", QT_TRANSLATE_NOOP("AuditAction", "Extension decided")},
    {"matter.extension_request", QT_TRANSLATE_NOOP("AuditAction", "Extension asked for (延期申请)")},
    {"matter.feedback", QT_TRANSLATE_NOOP("AuditAction", "Progress recorded (进展反馈)")},
    {"matter.register", QT_TRANSLATE_NOOP("AuditAction", "Matter registered (督查立项)")},
    {"matter.report", QT_TRANSLATE_NOOP("AuditAction", "Report of completion recorded (办结报告)")},
    {"matter.review", QT_TRANSLATE_NOOP("AuditAction", "Report reviewed (审核)")},
    {"matter.split", QT_TRANSLATE_NOOP("AuditAction", "Matter split into sub-tasks (分解)")},
    {"matter.urge", QT_TRANSLATE_NOOP("AuditAction", "Matter urged (催办)")},
    {"office.setup", QT_TRANSLATE_NOOP("AuditAction", "Office set up")},
    {"office.update", QT_TRANSLATE_NOOP("AuditAction", "Office settings changed")},
    {"rating_scheme.create", QT_TRANSLATE_NOOP("AuditAction", "Ranking scheme saved (评比方案)")},
    {"serial.create", QT_TRANSLATE_NOOP("AuditAction", "Serial added (刊物)")},
    {"serial.update", QT_TRANSLATE_NOOP("AuditAction", "Serial changed (刊物)")},
    {"supervision.bulletin", QT_TRANSLATE_NOOP("AuditAction", "Supervision bulletin drafted (督查通报)")},
    {"supervision.special_report", QT_TRANSLATE_NOOP("AuditAction", "Special report drafted (督查专报)")},
    {"unit.create", QT_TRANSLATE_NOOP("AuditAction", "Unit added")},
    {"unit.restore", QT_TRANSLATE_NOOP("AuditAction", "Unit restored")},
    {"unit.retire", QT_TRANSLATE_NOOP("AuditAction", "Unit retired")},
    {"unit.update", QT_TRANSLATE_NOOP("AuditAction", "Unit edited")},
    {"user.create", QT_TRANSLATE_NOOP("AuditAction", "Account created")},
    {"user.password_change", QT_TRANSLATE_NOOP("AuditAction", "Own password changed")},
    {"user.password_change_failed", QT_TRANSLATE_NOOP("AuditAction", "Password change refused")},
    {"user.password_reset", QT_TRANSLATE_NOOP("AuditAction", "Password reset by the administrator")},
    {"user.unlock", QT_TRANSLATE_NOOP("AuditAction", "Account unlocked")},
    {"user.update", QT_TRANSLATE_NOOP("AuditAction", "Account edited")},
};
// clang-format on
} // namespace

QString auditActionLabel(const QString &action)
{
    for (const ActionLabel &a : kActions) {
        if (action == QLatin1String(a.key))
            return QCoreApplication::translate("AuditAction", a.label);
    }
    return action;
}

QStringList auditActionKeys()
{
    QStringList out;
    for (const ActionLabel &a : kActions)
        out.append(QString::fromLatin1(a.key));
    return out;
}

QStringList auditActionKeysSaying(const QString &words)
{
    QStringList out;
    for (const ActionLabel &a : kActions) {
        if (!words.isEmpty() && QCoreApplication::translate("AuditAction", a.label).contains(words, Qt::CaseInsensitive))
            out.append(QString::fromLatin1(a.key));
    }
    return out;
}

} // namespace gw
