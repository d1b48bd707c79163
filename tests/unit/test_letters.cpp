// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — letters and calls from private persons: not documents, recorded and passed on.
#include "Fixtures.h"

#include "security/AuditLog.h"
#include "services/LetterService.h"

using namespace gw;
using namespace gw::test;

namespace {
CitizenLetter letterFrom(const QString &name, qint64 receivedAtMs)
{
    CitizenLetter l;
    l.personName = name;
    l.contact = QStringLiteral("13800001234");
    l.summary = QStringLiteral("反映解放路路灯损坏多日未修");
    l.receivedAtMs = receivedAtMs;
    l.route = LetterRoute::Hotline;
    return l;
}
} // namespace

TEST_CASE("Not a document: a clerk records a citizen's letter, passed to 信访 or the hotline, newest first, "
          "audited",
          "[incoming][storage][letters]")
{
    TestOffice o;
    const Principal clerk = o.addUser(QStringLiteral("clerk"), {Role::Clerk});
    const qint64 now = o.clock->now().toMSecsSinceEpoch();
    const qint64 audited = o.auditCount();
    auto first = o.ws->letters().record(clerk, letterFrom(QStringLiteral(" 张 明 "), now - 3600 * 1000));
    REQUIRE(first.ok());
    CHECK(first.value().personName == QStringLiteral("张 明"));
    CHECK(first.value().createdByName == clerk.displayName);
    CitizenLetter call = letterFrom(QStringLiteral("李华"), now);
    call.call = true;
    call.route = LetterRoute::Petitions;
    call.contact.clear(); // a caller may leave none
    auto second = o.ws->letters().record(clerk, call);
    REQUIRE(second.ok());
    CHECK(o.auditCount() == audited + 2);
    auto latest = AuditLog::latest(o.ws->database(), 1);
    REQUIRE(latest.ok());
    CHECK(latest.value().first().action == QStringLiteral("letter.record"));
    CHECK(latest.value().first().summary.contains(QStringLiteral("李华")));

    auto listed = o.ws->letters().list(clerk);
    REQUIRE(listed.ok());
    REQUIRE(listed.value().size() == 2);
    CHECK(listed.value().at(0).id == second.value().id);
    CHECK(listed.value().at(0).call);
    CHECK(listed.value().at(0).route == LetterRoute::Petitions);
    CHECK(listed.value().at(1).route == LetterRoute::Hotline);
    CHECK(o.ws->letters().list(clerk, 10, second.value().id).value().size() == 1); // paging on
    CHECK(o.ws->letters().get(clerk, first.value().id).value().summary == first.value().summary);
    // Nothing of it is an incoming document: the 收文 register is untouched.
    CHECK(o.raw(QStringLiteral("SELECT COUNT(*) FROM incoming_items")).toInt() == 0);
}

TEST_CASE(
    "Not a document: a letter without a name or a summary, or received at an impossible time, is refused and "
    "nothing is written — and only a clerk records or reads them",
    "[incoming][storage][letters][bad-input]")
{
    TestOffice o;
    const Principal clerk = o.addUser(QStringLiteral("clerk"), {Role::Clerk});
    const Principal drafter = o.addUser(QStringLiteral("drafter"), {Role::Drafter});
    const qint64 now = o.clock->now().toMSecsSinceEpoch();
    const qint64 audited = o.auditCount();
    CitizenLetter noName = letterFrom(QStringLiteral("  "), now);
    CitizenLetter noSummary = letterFrom(QStringLiteral("张明"), now);
    noSummary.summary = QStringLiteral(" ");
    CitizenLetter future = letterFrom(QStringLiteral("张明"), now + 2 * 24 * 3600 * 1000LL);
    CitizenLetter ancient = letterFrom(QStringLiteral("张明"), 1000);
    CitizenLetter tooLong = letterFrom(QString(61, QChar(0x5F20)), now);
    for (const CitizenLetter &bad : {noName, noSummary, future, ancient, tooLong}) {
        auto r = o.ws->letters().record(clerk, bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Validation);
        CHECK_FALSE(r.error().message.isEmpty());
    }
    CHECK(o.raw(QStringLiteral("SELECT COUNT(*) FROM citizen_letters")).toInt() == 0);
    CHECK(o.auditCount() == audited);
    CHECK(o.ws->letters().record(drafter, letterFrom(QStringLiteral("张明"), now)).error().code ==
          ErrorCode::Permission);
    CHECK(o.ws->letters().list(drafter).error().code == ErrorCode::Permission);
    // A letter received a day ahead on the clerk's clock (a workstation's clock a little fast) is accepted.
    CHECK(o.ws->letters().record(clerk, letterFrom(QStringLiteral("张明"), now + 3600 * 1000)).ok());
}
