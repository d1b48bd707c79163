// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — logging in.
#include "services/AuthService.h"

#include "Clock.h"
#include "security/PasswordHasher.h"
#include "services/DirectoryRecords.h"
#include "storage/LoginThrottleRepository.h"
#include "storage/UserRepository.h"

#include <cmath>

namespace gw {

qint64 AuthService::lockDurationMs(int failures)
{
    if (failures < kFreeAttempts)
        return 0;
    const int doublings = std::min(failures - kFreeAttempts, 10);
    return std::min(kFirstLockMs << doublings, kMaxLockMs);
}

Status AuthService::recordFailure(const QString &username)
{
    // Nobody is logged in: the program records the failure, naming the user name tried.
    return m_ctx.commit(Principal::program(username), [&](WriteScope &w) -> Status {
        const LoginThrottleRepository throttle(w.db);
        auto state = throttle.get(username);
        if (!state)
            return state.error();
        LoginThrottleRepository::State s = state.value();
        const qint64 now = w.nowMs;
        ++s.failures;
        const qint64 lock = lockDurationMs(s.failures);
        s.lockedUntilMs = lock > 0 ? now + lock : 0;
        if (auto st = throttle.put(username, s, now); !st)
            return st;
        w.audit(AuditNote{QStringLiteral("auth.login_failed"), QStringLiteral("user"), 0, username,
                          AuditDiff().remark(QStringLiteral("failures"), QString::number(s.failures))});
        return {};
    });
}

Result<Principal> AuthService::login(const QString &usernameIn, const QString &password)
{
    const QString username = usernameIn.trimmed();
    const Error wrong = makeError(ErrorCode::Auth, tr("The user name or the password is wrong."));
    if (username.isEmpty())
        return makeError(ErrorCode::Validation, tr("Enter your user name."));

    const LoginThrottleRepository throttle(m_ctx.db);
    auto state = throttle.get(username);
    if (!state)
        return state.error();
    const qint64 now = m_ctx.clock.nowMs();
    if (state.value().lockedUntilMs > now) {
        const qint64 secs = (state.value().lockedUntilMs - now + 999) / 1000;
        return makeError(ErrorCode::Throttled,
                         tr("Too many failed log-ins for this account. Try again in %n second(s), or ask the "
                            "administrator.",
                            nullptr, int(secs)));
    }

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
        if (state.value().failures > 0) {
            if (auto st = throttle.clear(username); !st)
                return st;
        }
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
