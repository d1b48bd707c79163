// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the unit directory (单位名录).
#include "domain/Unit.h"

#include <QCoreApplication>

namespace gw {
namespace {
struct Info
{
    UnitType type;
    const char *code;
    const char *label;
};
const Info kTypes[] = {
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
    static const QList<UnitType> all{UnitType::Organ,   UnitType::Department, UnitType::Town,
                                     UnitType::Village, UnitType::Enterprise, UnitType::Section};
    return all;
}

QString unitTypeCode(UnitType t)
{
    return QString::fromLatin1(kTypes[static_cast<int>(t)].code);
}

std::optional<UnitType> unitTypeFromCode(const QString &code)
{
    for (const auto &i : kTypes) {
        if (code == QLatin1String(i.code))
            return i.type;
    }
    return std::nullopt;
}

QString unitTypeLabel(UnitType t)
{
    return QCoreApplication::translate("UnitType", kTypes[static_cast<int>(t)].label);
}

} // namespace gw
