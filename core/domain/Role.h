// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the posts (岗位) of the office.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace gw {

/// A post a user may hold; one person may hold several.
enum class Role
{
    Clerk,
    Drafter,
    SectionHead,
    Reviewer,
    DeputyDirector,
    Legal,
    Director,
    Leader,
    Printer,
    FirstReader,
    Supervisor,
    Hotline,
    Admin,
    SecurityOfficer,
    Auditor,
};

/// Every role, in the order the office lists them.
const QList<Role> &allRoles();
/// Stable text key stored in the database ("clerk", "first_reader" …).
QString roleCode(Role role);
std::optional<Role> roleFromCode(const QString &code);
/// The role's name in the user's language.
QString roleLabel(Role role);
/// Labels of several roles joined for display ("文书、打印员").
QString roleLabels(const QList<Role> &roles);

} // namespace gw
