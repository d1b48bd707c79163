// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the posts (岗位) of the office.
#include "domain/Role.h"

#include "domain/EnumTable.h"

#include <QCoreApplication>

namespace gw {
namespace {
const enumtable::Entry<Role> kRoles[] = {
    {Role::Clerk, "clerk", QT_TRANSLATE_NOOP("Role", "Clerk")},
    {Role::Drafter, "drafter", QT_TRANSLATE_NOOP("Role", "Drafter")},
    {Role::SectionHead, "section_head", QT_TRANSLATE_NOOP("Role", "Section head")},
    {Role::Reviewer, "reviewer", QT_TRANSLATE_NOOP("Role", "Reviewer")},
    {Role::DeputyDirector, "deputy_director", QT_TRANSLATE_NOOP("Role", "Deputy director")},
    {Role::Legal, "legal", QT_TRANSLATE_NOOP("Role", "Legal reviewer")},
    {Role::Director, "director", QT_TRANSLATE_NOOP("Role", "Office director")},
    {Role::Leader, "leader", QT_TRANSLATE_NOOP("Role", "District leader")},
    {Role::Printer, "printer", QT_TRANSLATE_NOOP("Role", "Printer")},
    {Role::FirstReader, "first_reader", QT_TRANSLATE_NOOP("Role", "First reader")},
    {Role::Supervisor, "supervisor", QT_TRANSLATE_NOOP("Role", "Supervision office")},
    {Role::Hotline, "hotline", QT_TRANSLATE_NOOP("Role", "Hotline operator")},
    {Role::Admin, "admin", QT_TRANSLATE_NOOP("Role", "System administrator")},
    {Role::SecurityOfficer, "security_officer", QT_TRANSLATE_NOOP("Role", "Security officer")},
    {Role::Auditor, "auditor", QT_TRANSLATE_NOOP("Role", "Security auditor")},
};

} // namespace

const QList<Role> &allRoles()
{
    static const QList<Role> roles = enumtable::values(kRoles);
    return roles;
}

QString roleCode(Role role)
{
    return enumtable::code(kRoles, role);
}

std::optional<Role> roleFromCode(const QString &code)
{
    return enumtable::fromCode(kRoles, code);
}

QString roleLabel(Role role)
{
    return enumtable::label(kRoles, "Role", role);
}

QString roleLabels(const QList<Role> &roles)
{
    QStringList labels;
    for (Role r : roles)
        labels.append(roleLabel(r));
    return labels.join(QCoreApplication::translate("Role", ", "));
}

} // namespace gw
