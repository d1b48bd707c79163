// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the posts (岗位) of the office.
#include "domain/Role.h"

#include <QCoreApplication>

namespace gw {
namespace {
struct RoleInfo
{
    Role role;
    const char *code;
    const char *label;
};

const RoleInfo kRoles[] = {
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
};

const RoleInfo &info(Role role)
{
    for (const auto &i : kRoles) {
        if (i.role == role)
            return i;
    }
    return kRoles[0];
}
} // namespace

const QList<Role> &allRoles()
{
    static const QList<Role> roles = [] {
        QList<Role> r;
        for (const auto &i : kRoles)
            r.append(i.role);
        return r;
    }();
    return roles;
}

QString roleCode(Role role)
{
    return QString::fromLatin1(info(role).code);
}

std::optional<Role> roleFromCode(const QString &code)
{
    for (const auto &i : kRoles) {
        if (code == QLatin1String(i.code))
            return i.role;
    }
    return std::nullopt;
}

QString roleLabel(Role role)
{
    return QCoreApplication::translate("Role", info(role).label);
}

QString roleLabels(const QList<Role> &roles)
{
    QStringList labels;
    for (Role r : roles)
        labels.append(roleLabel(r));
    return labels.join(QCoreApplication::translate("Role", ", "));
}

} // namespace gw
