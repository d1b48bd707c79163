// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — the archive's records answer to the audit like every other record: a 件 or a loan
// changed with SQL behind the program's back is named by verify.
#include <catch2/catch.hpp>

#include "ArchiveOffice.h"
#include "services/AuditCheck.h"
#include "storage/Database.h"

using namespace gw;
using namespace gw::test;

TEST_CASE("Audit verify: an archived 件 or a loan changed with SQL is named, field by field", "[archive][security]")
{
    ArchiveOffice o;
    const ArchiveOutcome secret = o.archived(
        ArchiveSource::Outgoing,
        o.released(QStringLiteral("关于加强保密工作的通知"), Genre::Circular, Clearance::Confidential).id);
    ArchiveLoan loan = o.archive()
                           .recordLoan(o.clerk, {secret.item.id, o.drafter.userId, LoanForm::Electronic,
                                                 QStringLiteral("核对数据"), QDate(2026, 3, 20)})
                           .value();
    loan = o.archive().decideLoan(o.director, loan.id, loan.version, false, QStringLiteral("不必借阅")).value();
    auto clean = AuditCheck::compareRows(o.ws->database());
    REQUIRE(clean.ok());
    CHECK(clean.value().isEmpty());

    // The 机密 件 lowered to 无, the level and the number the lists filter by.
    o.raw(QStringLiteral("UPDATE archive_items SET secrecy = 'none', secrecy_rank = 0 WHERE id = %1").arg(secret.item.id));
    auto item = AuditCheck::compareRows(o.ws->database());
    REQUIRE(item.ok());
    REQUIRE(item.value().size() == 1);
    CHECK(item.value().first().objectType == QLatin1String("archive_item"));
    CHECK(item.value().first().id == secret.item.id);
    CHECK(item.value().first().field == QLatin1String("secrecy"));
    CHECK(item.value().first().audited == clearanceCode(Clearance::Confidential));
    o.raw(QStringLiteral("UPDATE archive_items SET secrecy = 'confidential', secrecy_rank = 1 WHERE id = %1")
              .arg(secret.item.id));

    // Only the number a loan's list is filtered by.
    o.raw(QStringLiteral("UPDATE archive_loans SET secrecy_rank = 0 WHERE id = %1").arg(loan.id));
    auto rank = AuditCheck::compareRows(o.ws->database());
    REQUIRE(rank.ok());
    REQUIRE(rank.value().size() == 1);
    CHECK(rank.value().first().objectType == QLatin1String("archive_loan"));
    CHECK(rank.value().first().field == QLatin1String("secrecy_rank"));
    o.raw(QStringLiteral("UPDATE archive_loans SET secrecy_rank = 1 WHERE id = %1").arg(loan.id));

    // A refused loan turned into a granted one.
    o.raw(QStringLiteral("UPDATE archive_loans SET state = 'lent' WHERE id = %1").arg(loan.id));
    auto state = AuditCheck::compareRows(o.ws->database());
    REQUIRE(state.ok());
    REQUIRE(state.value().size() == 1);
    CHECK(state.value().first().field == QLatin1String("state"));
    CHECK(state.value().first().audited == loanStateCode(LoanState::Refused));
}
