// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — logging in.
#include "services/AuthService.h"

#include "Clock.h"
#include "security/PasswordHasher.h"
#include "services/DirectoryRecords.h"
#include "services/PasswordAttempts.h"
#include "storage/UserRepository.h"

#include <cmath>

namespace gw {

Result<Principal> AuthService::login(const QString &usernameIn, const QString &password)
{
    const QString username = usernameIn.trimmed();
    const Error wrong = makeError(ErrorCode::Auth, tr("The user name or the password is wrong."));
    if (username.isEmpty())
        return makeError(ErrorCode::Validation, tr("Enter your user name."));

    if (auto st = passwordattempts::begin(m_ctx, username); !st)
        return st.error(); // locked: the password is not even checked
    const qint64 now = m_ctx.clock.nowMs();
    const auto recordFailure = [&](const QString &name) {
        return passwordattempts::failed(m_ctx, Principal::program(name), name,
                                        QStringLiteral("auth.login_failed"));
    };

    auto rec = UserRepository(m_ctx.db).findByUsername(username);
    if (!rec)
        return rec.error();
    if (!rec.value() || !rec.value()->user.active) {
        // Spend the same effort as a real check, so timing does not tell which names exist.
        static const QString dummy = m_ctx.hasher.hash(QStringLiteral("-"));
        m_ctx.hasher.verify(dummy, password);
        if (auto st = recordFailure(username); !st)
            return st.error();
        return wrong;
    }
    const UserRecord &r = *rec.value();
    if (!m_ctx.hasher.verify(r.passwordHash, password)) {
        if (auto st = recordFailure(username); !st)
            return st.error();
        return wrong;
    }

    const Principal actor = Principal::fromUser(r.user);
    auto done = m_ctx.commit(actor, [&](WriteScope &w) -> Status {
        if (auto st = passwordattempts::succeeded(w.db, username); !st)
            return st;
        if (m_ctx.hasher.needsRehash(r.passwordHash)) {
            if (const QString rehashed = m_ctx.hasher.hash(password); !rehashed.isEmpty()) {
                auto v = UserRepository(m_ctx.db).setPasswordHash(r.user.id, r.user.version, rehashed, now,
                                                                  username);
                if (!v)
                    return v.error();
            }
        }
        w.audit(AuditNote{QStringLiteral("auth.login"), QStringLiteral("user"), actor.userId, {}, {}});
        return {};
    });
    if (!done)
        return done.error();
    return actor;
}

} // namespace gw
