// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the office's identity and its first-run set-up.
#include "services/OfficeService.h"

#include "Clock.h"
#include "security/AuditLog.h"
#include "security/PasswordHasher.h"
#include "security/Permissions.h"
#include "services/UserService.h"
#include "storage/OfficeRepository.h"
#include "storage/UserRepository.h"

#include <QRegularExpression>
#include <QSet>

namespace gw {
namespace {
QString describe(const Office &o)
{
    QStringList prefixes;
    for (const DocPrefix &p : o.prefixes)
        prefixes.append(p.prefix);
    return QStringLiteral("name=%1; mark=%2; fonds=%3; prefixes=%4")
        .arg(o.fullName, o.signMark, o.fondsNo, prefixes.join(QLatin1Char(',')));
}
} // namespace

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

Result<Actor> OfficeService::setUp(const OfficeSetup &setup)
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
    if (auto st = UserService::validateNew(admin, setup.adminPassword); !st)
        return st.error();
    const QString hash = m_ctx.hasher.hash(setup.adminPassword);
    if (hash.isEmpty())
        return makeError(ErrorCode::Storage, tr("Not enough memory to protect the password."));

    auto done = inWriteTransaction(m_ctx.db, [&]() -> Result<Actor> {
        const UserRepository users(m_ctx.db);
        auto count = users.count();
        if (!count)
            return count.error();
        if (count.value() > 0)
            return makeError(ErrorCode::Permission,
                             tr("This database is already set up. Log in with an administrator account."));
        const qint64 now = m_ctx.clock.nowMs();
        const Actor program = Actor::program();
        if (auto st = OfficeRepository(m_ctx.db).insert(office, now, program.displayName); !st)
            return st.error();
        if (auto st = AuditLog::append(m_ctx.db, program, now, QStringLiteral("office.setup"),
                                       QStringLiteral("office"), QStringLiteral("1"), describe(office));
            !st)
            return st.error();
        auto id = users.insert(admin, hash, now, program.displayName);
        if (!id)
            return id.error();
        admin.id = id.value();
        admin.version = 1;
        if (auto st = AuditLog::append(m_ctx.db, program, now, QStringLiteral("user.create"),
                                       QStringLiteral("user"), QString::number(admin.id),
                                       QStringLiteral("user=%1; roles=admin").arg(admin.username));
            !st)
            return st.error();
        return Actor::fromUser(admin);
    });
    if (done)
        Q_EMIT officeChanged();
    return done;
}

Result<std::optional<Office>> OfficeService::office() const
{
    return OfficeRepository(m_ctx.db).load();
}

Result<Office> OfficeService::update(const Actor &actor, Office office)
{
    if (auto st = m_ctx.authorize(actor, Action::ConfigureOffice); !st)
        return st.error();
    office.fullName = office.fullName.simplified();
    office.signMark = office.signMark.simplified();
    office.fondsNo = office.fondsNo.trimmed();
    if (auto st = validate(office); !st)
        return st.error();
    auto done = inWriteTransaction(m_ctx.db, [&]() -> Result<Office> {
        const OfficeRepository repo(m_ctx.db);
        auto before = repo.load();
        if (!before)
            return before.error();
        const qint64 now = m_ctx.clock.nowMs();
        auto v = repo.update(office, now, actor.displayName);
        if (!v)
            return v.error();
        if (auto st = AuditLog::append(m_ctx.db, actor, now, QStringLiteral("office.update"),
                                       QStringLiteral("office"), QStringLiteral("1"),
                                       (before.value() ? describe(*before.value()) : QString()) +
                                           QStringLiteral(" -> ") + describe(office));
            !st)
            return st.error();
        office.version = v.value();
        return office;
    });
    if (done)
        Q_EMIT officeChanged();
    return done;
}

} // namespace gw
