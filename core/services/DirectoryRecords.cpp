// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what the audit records of units, accounts and the office.
#include "services/DirectoryRecords.h"

namespace gw {
namespace {
QString flag(bool b)
{
    return b ? QStringLiteral("1") : QStringLiteral("0");
}
} // namespace

AuditFields Records<Unit>::fields(const Unit &u)
{
    return {
        {QStringLiteral("name"), u.name},
        {QStringLiteral("short_name"), u.shortName},
        {QStringLiteral("type"), unitTypeCode(u.type)},
        {QStringLiteral("superior"), u.superiorId > 0 ? QString::number(u.superiorId) : QString()},
        {QStringLiteral("key_enterprise"), flag(u.keyEnterprise)},
        {QStringLiteral("active"), flag(u.active)},
    };
}

AuditFields Records<UserRecord>::fields(const UserRecord &r)
{
    // In the office's order of posts, whatever order they were chosen or stored in.
    QStringList roles;
    for (Role role : allRoles()) {
        if (r.user.roles.contains(role))
            roles.append(roleCode(role));
    }
    return {
        {QStringLiteral("username"), r.user.username},
        {QStringLiteral("name"), r.user.displayName},
        {QStringLiteral("posts"), roles.join(QLatin1Char(','))},
        {QStringLiteral("clearance"), clearanceCode(r.user.clearance)},
        {QStringLiteral("district_head"), flag(r.user.districtHead)},
        {QStringLiteral("unit"), r.user.unitId > 0 ? QString::number(r.user.unitId) : QString()},
        {QStringLiteral("active"), flag(r.user.active)},
        {QStringLiteral("must_change_password"), flag(r.user.mustChangePassword)},
    };
}

Result<qint64> Records<Office>::insert(Database &db, const Office &o, qint64 now, const QString &by)
{
    if (auto st = OfficeRepository(db).insert(o, now, by); !st)
        return st.error();
    return qint64(1);
}

AuditFields Records<Office>::fields(const Office &o)
{
    QStringList prefixes;
    for (const DocPrefix &p : o.prefixes)
        prefixes.append(p.prefix);
    return {
        {QStringLiteral("full_name"), o.fullName},
        {QStringLiteral("sign_mark"), o.signMark},
        {QStringLiteral("fonds_no"), o.fondsNo},
        {QStringLiteral("prefixes"), prefixes.join(QStringLiteral("、"))},
        {QStringLiteral("contact_person"), o.contactPerson},
        {QStringLiteral("contact_phone"), o.contactPhone},
        {QStringLiteral("warning_days"), QString::number(o.warningDays)},
        {QStringLiteral("organ_code"), o.organCode},
        {QStringLiteral("loan_approver"), o.loanApprover},
        {QStringLiteral("backup_days"), QString::number(o.backupDays)},
        {QStringLiteral("retention_rules"), o.retentionRules},
    };
}

} // namespace gw
