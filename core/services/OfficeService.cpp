// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the office's identity and its first-run set-up.
#include "services/OfficeService.h"

#include "Clock.h"
#include "domain/ArchiveCode.h"
#include "security/AccountRules.h"
#include "security/PasswordHasher.h"
#include "security/Permissions.h"
#include "services/DirectoryRecords.h"
#include "storage/OfficeRepository.h"
#include "storage/UserRepository.h"

#include <QRegularExpression>
#include <QSet>

namespace gw {

Status OfficeService::validate(const Office &o)
{
    if (o.fullName.trimmed().isEmpty())
        return makeError(ErrorCode::Validation, tr("Enter the office's full name."));
    if (o.signMark.trimmed().isEmpty())
        return makeError(ErrorCode::Validation, tr("Enter the issuing authority's mark (发文机关标志)."));
    static const QRegularExpression kFonds(QStringLiteral("^[A-Za-z0-9]{1,10}$"));
    if (!kFonds.match(o.fondsNo).hasMatch())
        return makeError(ErrorCode::Validation,
                         tr("The fonds number (全宗号) has 1 to 10 letters or digits, e.g. J012."));
    if (o.prefixes.isEmpty())
        return makeError(ErrorCode::Validation,
                         tr("Enter at least one document number prefix, e.g. 黄政发."));
    // A telephone number as people write it: digits, with an area code, extension or spaces.
    static const QRegularExpression kPhone(QStringLiteral("^[0-9][0-9\\-\\s()（）转]{5,24}$"));
    if (!o.contactPhone.trimmed().isEmpty() && !kPhone.match(o.contactPhone.trimmed()).hasMatch())
        return makeError(ErrorCode::Validation,
                         tr("The contact telephone is a number such as 0712-2345678 or 13800000000."));
    if (o.contactPerson.trimmed().size() > 20)
        return makeError(ErrorCode::Validation, tr("The contact person's name is at most 20 characters."));
    if (o.warningDays < 1 || o.warningDays > 20)
        return makeError(ErrorCode::Validation,
                         tr("The warning before a supervised matter's deadline is between 1 and 20 working days."));
    static const QRegularExpression kOrgan(QStringLiteral("^[A-Z0-9]{0,8}$"));
    if (!kOrgan.match(o.organCode.trimmed()).hasMatch())
        return makeError(ErrorCode::Validation,
                         tr("The organisation code in the archival code (机构代码) is up to eight capital letters or "
                            "digits, e.g. BGS, or empty."));
    if (o.backupDays < 1 || o.backupDays > 90)
        return makeError(ErrorCode::Validation, tr("A backup stays recent for 1 to 90 days."));
    if (auto rules = RetentionRules::parse(o.retentionRules); !rules)
        return rules.error();
    if (!roleFromCode(o.loanApprover) || o.loanApprover == roleCode(Role::Clerk))
        return makeError(ErrorCode::Validation, tr("Choose the post that approves lending archived items."));
    // A prefix is the issuer's abbreviation and kind: Han characters only, no brackets, year or 号.
    static const QRegularExpression kPrefix(QStringLiteral("^\\p{Han}{2,10}$"));
    QSet<QString> seen;
    for (const DocPrefix &p : o.prefixes) {
        if (!kPrefix.match(p.prefix).hasMatch())
            return makeError(
                ErrorCode::Validation,
                tr("The prefix “%1” is not valid: use 2 to 10 Chinese characters such as 黄政发, "
                   "without brackets, year or 号.")
                    .arg(p.prefix));
        if (p.prefix.endsWith(QChar(0x53F7)))
            return makeError(
                ErrorCode::Validation,
                tr("The prefix “%1” must not end with 号; it is added after the number.").arg(p.prefix));
        if (seen.contains(p.prefix))
            return makeError(ErrorCode::Validation, tr("The prefix “%1” is listed twice.").arg(p.prefix));
        seen.insert(p.prefix);
    }
    return {};
}

Result<bool> OfficeService::needsSetUp() const
{
    auto count = UserRepository(m_ctx.db).count();
    if (!count)
        return count.error();
    if (count.value() == 0)
        return true;
    auto o = OfficeRepository(m_ctx.db).load();
    if (!o)
        return o.error();
    return !o.value().has_value();
}

Result<Principal> OfficeService::setUp(const OfficeSetup &setup)
{
    Office office = setup.office;
    office.fullName = office.fullName.simplified();
    office.signMark = office.signMark.simplified();
    office.fondsNo = office.fondsNo.trimmed();
    if (auto st = validate(office); !st)
        return st.error();
    User admin;
    admin.username = setup.adminUsername.trimmed();
    admin.displayName = setup.adminDisplayName.simplified();
    admin.roles = {Role::Admin};
    if (auto st = AccountRules::validateNew(admin, setup.adminPassword); !st)
        return st.error();
    const QString hash = m_ctx.hasher.hash(setup.adminPassword);
    if (hash.isEmpty())
        return makeError(ErrorCode::Storage, tr("Not enough memory to protect the password."));

    // Before the first account exists nobody can act: the program writes the set-up, audited as such.
    const Principal program = Principal::program();
    auto done = m_ctx.commit(program, [&](WriteScope &w) -> Status {
        const UserRepository users(w.db);
        auto count = users.count();
        if (!count)
            return count.error();
        if (count.value() > 0)
            return makeError(ErrorCode::Permission,
                             tr("This database is already set up. Log in with an administrator account."));
        auto inserted = Records<Office>::insert(w.db, office, w.nowMs, program.displayName);
        if (!inserted)
            return inserted.error();
        office.version = 1;
        w.audit(AuditNote{QStringLiteral("office.setup"),
                          QLatin1String(Records<Office>::kType),
                          1,
                          {},
                          AuditDiff::created(Records<Office>::fields(office))});
        UserRecord rec{admin, hash};
        auto id = Records<UserRecord>::insert(w.db, rec, w.nowMs, program.displayName);
        if (!id)
            return id.error();
        admin.id = id.value();
        admin.version = 1;
        rec.user = admin;
        w.audit(AuditNote{QStringLiteral("user.create"),
                          QLatin1String(Records<UserRecord>::kType),
                          admin.id,
                          {},
                          AuditDiff::created(Records<UserRecord>::fields(rec))});
        return {};
    });
    if (!done)
        return done.error();
    return Principal::fromUser(admin);
}

Result<std::optional<Office>> OfficeService::office() const
{
    return OfficeRepository(m_ctx.db).load();
}

Result<Office> OfficeService::update(const Actor &actor, Office edited)
{
    edited.fullName = edited.fullName.simplified();
    edited.signMark = edited.signMark.simplified();
    edited.fondsNo = edited.fondsNo.trimmed();
    if (auto st = m_ctx.authorize(actor, Action::ConfigureOffice); !st)
        return st.error();
    if (auto st = validate(edited); !st)
        return st.error();
    return m_ctx.update<Office>(actor, {Action::ConfigureOffice, QStringLiteral("office.update")}, 1,
                                edited.version, [&](WriteScope &, Office &o) -> Status {
                                    const qint64 version = o.version;
                                    o = edited;
                                    o.version = version;
                                    return {};
                                });
}

} // namespace gw
