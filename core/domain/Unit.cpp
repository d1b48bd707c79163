// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the unit directory (单位名录).
#include "domain/Unit.h"

#include "domain/EnumTable.h"

#include <QCoreApplication>

namespace gw {
namespace {
const enumtable::Entry<UnitType> kTypes[] = {
    {UnitType::Organ, "organ", QT_TRANSLATE_NOOP("UnitType", "Organ")},
    {UnitType::Department, "department", QT_TRANSLATE_NOOP("UnitType", "Department")},
    {UnitType::Town, "town", QT_TRANSLATE_NOOP("UnitType", "Town / sub-district")},
    {UnitType::Village, "village", QT_TRANSLATE_NOOP("UnitType", "Village / residents' committee")},
    {UnitType::Enterprise, "enterprise", QT_TRANSLATE_NOOP("UnitType", "Enterprise / institution")},
    {UnitType::Section, "section", QT_TRANSLATE_NOOP("UnitType", "Section of the office")},
};
} // namespace

const QList<UnitType> &allUnitTypes()
{
    static const QList<UnitType> all = enumtable::values(kTypes);
    return all;
}

QString unitTypeCode(UnitType t)
{
    return enumtable::code(kTypes, t);
}

std::optional<UnitType> unitTypeFromCode(const QString &code)
{
    return enumtable::fromCode(kTypes, code);
}

QString unitTypeLabel(UnitType t)
{
    return enumtable::label(kTypes, "UnitType", t);
}

} // namespace gw
