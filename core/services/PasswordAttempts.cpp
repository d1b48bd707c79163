// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — how many guesses at an account's password are allowed.
#include "services/PasswordAttempts.h"

#include "storage/LoginThrottleRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace gw {
namespace passwordattempts {

qint64 lockDurationMs(int failures)
{
    if (failures < kFreeAttempts)
        return 0;
    const int doublings = std::min(failures - kFreeAttempts, 10);
    return std::min(kFirstLockMs << doublings, kMaxLockMs);
}

Status begin(const ServiceContext &ctx, const QString &username)
{
    qint64 lockedForMs = 0;
    auto st = ctx.commit(Principal::program(username), [&](WriteScope &w) -> Status {
        const LoginThrottleRepository throttle(w.db);
        auto state = throttle.get(username);
        if (!state)
            return state.error();
        LoginThrottleRepository::State s = state.value();
        if (s.lockedUntilMs > w.nowMs) {
            lockedForMs = s.lockedUntilMs - w.nowMs;
            return {}; // nothing written: the attempt is not made
        }
        // Counted as a failure until it succeeds: an attempt that is never finished still counts.
        ++s.failures;
        const qint64 lock = lockDurationMs(s.failures);
        s.lockedUntilMs = lock > 0 ? w.nowMs + lock : 0;
        return throttle.put(username, s, w.nowMs);
    });
    if (!st)
        return st;
    if (lockedForMs == 0)
        return {};
    const int seconds = int((lockedForMs + 999) / 1000);
    return makeError(ErrorCode::Throttled, QCoreApplication::translate("AuthService",
                                                                      "Too many failed log-ins for this account. "
                                                                      "Try again in %n second(s), or ask the "
                                                                      "administrator.",
                                                                      nullptr, seconds));
}

Status failed(const ServiceContext &ctx, const Principal &who, const QString &username, const QString &action)
{
    return ctx.commit(who, [&](WriteScope &w) -> Status {
        auto state = LoginThrottleRepository(w.db).get(username);
        if (!state)
            return state.error();
        w.audit(AuditNote{action, QStringLiteral("user"), 0, username,
                          AuditDiff().remark(QStringLiteral("failures"),
                                             QString::number(state.value().failures))});
        return {};
    });
}

Status succeeded(const Database &db, const QString &username)
{
    return LoginThrottleRepository(db).clear(username);
}

} // namespace passwordattempts
} // namespace gw
