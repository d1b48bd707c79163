// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the unit directory (单位名录): who may write to the district government.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace gw {

/// Kind of unit; the triage rules for skip-level requests read it.
enum class UnitType
{
    Organ,      ///< 机关 (party and government organs above or beside the district)
    Department, ///< 部门 (district departments)
    Town,       ///< 镇街 (towns and sub-districts)
    Village,    ///< 村居委 (villages and residents' committees)
    Enterprise, ///< 企事业单位 (enterprises and public institutions)
    Section,    ///< 科室 of the office itself (秘书科, 综合科 …), which draft documents
};

const QList<UnitType> &allUnitTypes();
QString unitTypeCode(UnitType t);
std::optional<UnitType> unitTypeFromCode(const QString &code);
QString unitTypeLabel(UnitType t);

/// One unit of the directory.
struct Unit
{
    qint64 id = 0;
    QString name;      ///< full name
    QString shortName; ///< standard abbreviation, used in 抄送
    UnitType type = UnitType::Department;
    qint64 superiorId = 0; ///< 0 when none
    bool keyEnterprise = false;
    bool active = true;
    QString updatedBy;
    qint64 updatedAtMs = 0;
    qint64 version = 0;
};

} // namespace gw
