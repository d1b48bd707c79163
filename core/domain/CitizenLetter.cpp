// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — letters and calls from private persons.
#include "domain/CitizenLetter.h"

#include "domain/EnumTable.h"

namespace gw {
namespace {
const enumtable::Entry<LetterRoute> kRoutes[] = {
    {LetterRoute::Petitions, "petitions", QT_TRANSLATE_NOOP("LetterRoute", "Petitions office (信访)")},
    {LetterRoute::Hotline, "hotline", QT_TRANSLATE_NOOP("LetterRoute", "Government hotline (直线电话)")},
};
} // namespace

const QList<LetterRoute> &allLetterRoutes()
{
    static const QList<LetterRoute> all = enumtable::values(kRoutes);
    return all;
}

QString letterRouteCode(LetterRoute r)
{
    return enumtable::code(kRoutes, r);
}

std::optional<LetterRoute> letterRouteFromCode(const QString &code)
{
    return enumtable::fromCode(kRoutes, code);
}

QString letterRouteLabel(LetterRoute r)
{
    return enumtable::label(kRoutes, "LetterRoute", r);
}

} // namespace gw
