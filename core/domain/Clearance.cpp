// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — secrecy levels (密级) and a user's clearance.
#include "domain/Clearance.h"

#include <QCoreApplication>

namespace gw {
namespace {
struct Info
{
    Clearance level;
    const char *code;
    const char *label;
};
const Info kLevels[] = {
    {Clearance::None, "none", QT_TRANSLATE_NOOP("Clearance", "None")},
    {Clearance::Confidential, "confidential", QT_TRANSLATE_NOOP("Clearance", "Confidential")},
    {Clearance::Secret, "secret", QT_TRANSLATE_NOOP("Clearance", "Secret")},
    {Clearance::TopSecret, "top_secret", QT_TRANSLATE_NOOP("Clearance", "Top secret")},
};
} // namespace

const QList<Clearance> &allClearances()
{
    static const QList<Clearance> all{Clearance::None, Clearance::Confidential, Clearance::Secret,
                                      Clearance::TopSecret};
    return all;
}

QString clearanceCode(Clearance c)
{
    return QString::fromLatin1(kLevels[static_cast<int>(c)].code);
}

std::optional<Clearance> clearanceFromCode(const QString &code)
{
    for (const auto &i : kLevels) {
        if (code == QLatin1String(i.code))
            return i.level;
    }
    return std::nullopt;
}

QString clearanceLabel(Clearance c)
{
    return QCoreApplication::translate("Clearance", kLevels[static_cast<int>(c)].label);
}

} // namespace gw
