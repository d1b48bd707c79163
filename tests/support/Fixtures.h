// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — an office with accounts, on a fresh database, with a clock the test moves.
#pragma once

#include "Clock.h"
#include "TestDb.h"
#include "security/Actor.h"
#include "services/Workspace.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

namespace gw::test {

inline const QString kPassword = QStringLiteral("correct-horse-1");

/// A set-up office with an administrator; more accounts are made with addUser().
struct TestOffice
{
    TestDb db;
    std::shared_ptr<ManualClock> clock =
        std::make_shared<ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    std::unique_ptr<Workspace> ws;
    Principal admin;

    TestOffice();
    Principal addUser(const QString &username, QList<Role> roles, Clearance c = Clearance::None);
    /// A second, independent connection to the same records (another workstation).
    std::unique_ptr<Workspace> secondWorkstation() const;
    /// Runs raw SQL behind the program's back and returns the first column of the first row.
    QVariant raw(const QString &sql) const;
    qint64 auditCount() const { return raw(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(); }
};

} // namespace gw::test
