// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — secrecy levels (密级) and a user's clearance.
#include "domain/Clearance.h"

#include "domain/EnumTable.h"

#include <QCoreApplication>

namespace gw {
namespace {
const enumtable::Entry<Clearance> kLevels[] = {
    {Clearance::None, "none", QT_TRANSLATE_NOOP("Clearance", "None")},
    {Clearance::Confidential, "confidential", QT_TRANSLATE_NOOP("Clearance", "Confidential")},
    {Clearance::Secret, "secret", QT_TRANSLATE_NOOP("Clearance", "Secret")},
    {Clearance::TopSecret, "top_secret", QT_TRANSLATE_NOOP("Clearance", "Top secret")},
};
} // namespace

const QList<Clearance> &allClearances()
{
    static const QList<Clearance> all = enumtable::values(kLevels);
    return all;
}

QString clearanceCode(Clearance c)
{
    return enumtable::code(kLevels, c);
}

std::optional<Clearance> clearanceFromCode(const QString &code)
{
    return enumtable::fromCode(kLevels, code);
}

QString clearanceLabel(Clearance c)
{
    return enumtable::label(kLevels, "Clearance", c);
}

} // namespace gw
