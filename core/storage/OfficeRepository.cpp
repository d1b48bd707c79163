// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — storage of the office's identity.
#include "storage/OfficeRepository.h"

#include "storage/Database.h"
#include "storage/RowConflict.h"

namespace gw {

Result<std::optional<Office>> OfficeRepository::load() const
{
    Office o;
    {
        auto q = m_db.run(QStringLiteral(
            "SELECT full_name, sign_mark, fonds_no, version, updated_by, updated_at, contact_person, "
            "contact_phone, warning_days, organ_code, loan_approver, backup_days, retention_rules FROM office "
            "WHERE id = 1"));
        if (!q)
            return q.error();
        if (!q.value().next())
            return std::optional<Office>();
        o.fullName = q.value().value(0).toString();
        o.signMark = q.value().value(1).toString();
        o.fondsNo = q.value().value(2).toString();
        o.version = q.value().value(3).toLongLong();
        o.updatedBy = q.value().value(4).toString();
        o.updatedAtMs = q.value().value(5).toLongLong();
        o.contactPerson = q.value().value(6).toString();
        o.contactPhone = q.value().value(7).toString();
        o.warningDays = q.value().value(8).toInt();
        o.organCode = q.value().value(9).toString();
        o.loanApprover = q.value().value(10).toString();
        o.backupDays = q.value().value(11).toInt();
        o.retentionRules = q.value().value(12).toString();
    }
    auto p = m_db.run(QStringLiteral("SELECT prefix, description FROM office_prefixes ORDER BY sort_order"));
    if (!p)
        return p.error();
    while (p.value().next())
        o.prefixes.append(DocPrefix{p.value().value(0).toString(), p.value().value(1).toString()});
    return std::optional<Office>(o);
}

Status OfficeRepository::writePrefixes(const Office &o) const
{
    if (auto q = m_db.run(QStringLiteral("DELETE FROM office_prefixes")); !q)
        return q.error();
    int order = 0;
    for (const DocPrefix &p : o.prefixes) {
        if (auto q = m_db.run(
                QStringLiteral(
                    "INSERT INTO office_prefixes (prefix, description, sort_order) VALUES (?, ?, ?)"),
                {p.prefix, p.description, order++});
            !q)
            return q.error();
    }
    return {};
}

Status OfficeRepository::insert(const Office &o, qint64 nowMs, const QString &by) const
{
    auto q = m_db.run(
        QStringLiteral("INSERT INTO office (id, full_name, sign_mark, fonds_no, version, updated_at, "
                       "updated_by, contact_person, contact_phone, warning_days, organ_code, loan_approver, backup_days, "
                       "retention_rules) VALUES (1, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {o.fullName, o.signMark, o.fondsNo, nowMs, by, o.contactPerson, o.contactPhone, o.warningDays,
         o.organCode.isNull() ? QStringLiteral("") : o.organCode, o.loanApprover, o.backupDays,
         o.retentionRules.isNull() ? QStringLiteral("") : o.retentionRules});
    if (!q)
        return q.error();
    return writePrefixes(o);
}

Result<qint64> OfficeRepository::update(const Office &o, qint64 nowMs, const QString &by) const
{
    {
        auto q = m_db.run(QStringLiteral("UPDATE office SET full_name = ?, sign_mark = ?, fonds_no = ?, "
                                         "contact_person = ?, contact_phone = ?, warning_days = ?, organ_code = ?, "
                                         "loan_approver = ?, backup_days = ?, retention_rules = ?, version = version + 1, "
                                         "updated_at = ?, updated_by = ? WHERE id = 1 AND version = ?"),
                          {o.fullName, o.signMark, o.fondsNo, o.contactPerson, o.contactPhone, o.warningDays,
                           o.organCode.isNull() ? QStringLiteral("") : o.organCode, o.loanApprover, o.backupDays,
                           o.retentionRules.isNull() ? QStringLiteral("") : o.retentionRules, nowMs, by, o.version});
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() != 1) {
            const QString what = QCoreApplication::translate("OfficeRepository", "The office settings");
            auto now = m_db.run(QStringLiteral("SELECT updated_by, updated_at FROM office WHERE id = 1"));
            if (!now)
                return now.error();
            if (!now.value().next())
                return rowMissing(what);
            return rowConflict(what, now.value().value(0).toString(), now.value().value(1).toLongLong());
        }
    }
    if (auto st = writePrefixes(o); !st)
        return st.error();
    return o.version + 1;
}

} // namespace gw
