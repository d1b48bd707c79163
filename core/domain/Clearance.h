// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — secrecy levels (密级) and a user's clearance.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace gw {

/// Secrecy level, ordered: 无 < 秘密 < 机密 < 绝密.
enum class Clearance
{
    None = 0,
    Confidential = 1,
    Secret = 2,
    TopSecret = 3
};

const QList<Clearance> &allClearances();
QString clearanceCode(Clearance c);
std::optional<Clearance> clearanceFromCode(const QString &code);
QString clearanceLabel(Clearance c);
/// True when a holder of `holder` may see an item marked `level`.
inline bool clearanceCovers(Clearance holder, Clearance level)
{
    return static_cast<int>(holder) >= static_cast<int>(level);
}

} // namespace gw
