// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — a draft at the drafting step is its drafter's (or a section head's); markups are
// answered by the drafter; the leader chosen to sign is cleared for the draft.
#include "ChainOffice.h"

#include "services/AuthService.h"
#include "services/MarkupService.h"
#include "services/StatsService.h"
#include "services/UserService.h"
#include "storage/DraftRepository.h"

using namespace gw;
using namespace gw::test;

TEST_CASE("Ownership: at the drafting step another drafter can neither edit, re-unit, version nor submit "
          "the draft, while its drafter and a section head can",
          "[security][storage]")
{
    ChainOffice o;
    const Principal other = o.addUser(QStringLiteral("otherdrafter"), {Role::Drafter}, Clearance::Secret);
    // A section head who drafts too (the drafting step is the drafting post's).
    const Principal head =
        o.addUser(QStringLiteral("headdrafter"), {Role::Drafter, Role::SectionHead}, Clearance::Secret);
    Draft d = o.create(o.fields(Issuer::DistrictGovernment, false));
    const qint64 audited = o.auditCount();

    // What the draft page would offer the colleague: nothing.
    const DraftActions offered = o.drafting().actionsFor(other, d);
    CHECK_FALSE(offered.edit);
    CHECK(offered.chain.isEmpty());

    Draft moved = d;
    moved.fields.draftingUnitId = o.department; // re-unit
    auto edited = o.drafting().updateFields(other, moved);
    REQUIRE_FALSE(edited.ok());
    CHECK(edited.error().code == ErrorCode::Permission);
    auto versioned = o.drafting().addVersion(other, d.id, d.version, DraftBody{QStringLiteral("改写"), {}}, {});
    REQUIRE_FALSE(versioned.ok());
    CHECK(versioned.error().code == ErrorCode::Permission);
    auto submitted = o.drafting().act(other, d.id, d.version, ChainAction::Pass, {});
    REQUIRE_FALSE(submitted.ok());
    CHECK(submitted.error().code == ErrorCode::Permission);
    CHECK(o.auditCount() == audited); // refused, so nothing written

    // The drafter edits; a section head may submit the section's draft.
    CHECK(o.drafting().actionsFor(o.drafter, d).edit);
    Draft retitled = d;
    retitled.fields.title = QStringLiteral("关于做好2026年汛期安全工作的通知");
    auto mine = o.drafting().updateFields(o.drafter, retitled);
    REQUIRE(mine.ok());
    CHECK(o.drafting().actionsFor(head, mine.value()).chain.contains(ChainAction::Pass));
    auto byHead = o.drafting().act(head, d.id, mine.value().version, ChainAction::Pass, {});
    INFO((byHead.ok() ? std::string() : byHead.error().message.toStdString()));
    CHECK(byHead.ok());
}

TEST_CASE("Ownership: a markup is answered by the draft's drafter, not by another drafter", "[security][storage]")
{
    ChainOffice o;
    const Principal other = o.addUser(QStringLiteral("otherdrafter"), {Role::Drafter}, Clearance::Secret);
    Draft d = o.create(o.fields(Issuer::DistrictGovernment, false));
    d = o.drafting().act(o.drafter, d.id, d.version, ChainAction::Pass, {}).value(); // to 核稿
    Markup m;
    m.kind = MarkupKind::Note;
    m.category = MarkupCategory::Wording;
    m.comment = QStringLiteral("“高度重视”后加“切实”");
    m.rects = {QRectF(72, 100, 12, 12)};
    auto added = o.ws->markups().add(o.reviewer, d.id, 1, {m});
    REQUIRE(added.ok());
    const Markup &open = added.value().first();
    auto byOther = o.ws->markups().answer(other, open.id, open.version, true, QStringLiteral("已改"));
    REQUIRE_FALSE(byOther.ok());
    CHECK(byOther.error().code == ErrorCode::Permission);
    auto byDrafter = o.ws->markups().answer(o.drafter, open.id, open.version, true, QStringLiteral("已改"));
    CHECK(byDrafter.ok());
    // A section head who drafts may take the draft over, markups included.
    const Principal head =
        o.addUser(QStringLiteral("headdrafter"), {Role::Drafter, Role::SectionHead}, Clearance::Secret);
    m.comment = QStringLiteral("第三段重复");
    auto second = o.ws->markups().add(o.reviewer, d.id, 1, {m});
    REQUIRE(second.ok());
    CHECK(o.ws->markups()
              .answer(head, second.value().first().id, second.value().first().version, false,
                      QStringLiteral("原文无误"))
              .ok());
}

TEST_CASE("Ownership: the leader chosen to sign must be cleared for the draft's secrecy level", "[security][storage]")
{
    ChainOffice o;
    const Principal lowLeader = [&] {
        User u;
        u.username = QStringLiteral("lowleader");
        u.displayName = QStringLiteral("副区长甲");
        u.roles = {Role::Leader};
        u.clearance = Clearance::Confidential;
        auto created = o.ws->users().create(o.admin, u, kPassword);
        REQUIRE(created.ok());
        return Principal::fromUser(created.value());
    }();
    DraftFields f = o.fields(Issuer::DistrictGovernment, false);
    f.signerId = lowLeader.userId;
    f.secrecy = Clearance::Secret; // the level just above the leader's
    f.secrecyPeriod = QStringLiteral("10年");
    auto refused = o.drafting().create(o.drafter, f, DraftBody{QStringLiteral("正文"), {}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(lowLeader.displayName));
    f.secrecy = Clearance::Confidential; // the leader's own level
    CHECK(o.drafting().create(o.drafter, f, DraftBody{QStringLiteral("正文"), {}}).ok());
}

TEST_CASE("Clearance: markup counts and 倒流 counts leave out drafts above the user's clearance",
          "[security][storage]")
{
    ChainOffice o;
    const Principal lowReviewer = o.addUser(QStringLiteral("lowreviewer"), {Role::Reviewer}, Clearance::None);
    DraftFields f = o.fields(Issuer::DistrictGovernment, false);
    f.secrecy = Clearance::Secret;
    f.secrecyPeriod = QStringLiteral("10年");
    Draft d = o.create(f);
    d = o.drafting().act(o.drafter, d.id, d.version, ChainAction::Pass, {}).value();
    Markup m;
    m.kind = MarkupKind::Note;
    m.category = MarkupCategory::Policy;
    m.comment = QStringLiteral("与上级政策不一致");
    m.rects = {QRectF(72, 100, 12, 12)};
    REQUIRE(o.ws->markups().add(o.reviewer, d.id, 1, {m}).ok());
    REQUIRE(o.drafting().act(o.reviewer, d.id, d.version, ChainAction::Return, QStringLiteral("请修改")).ok());

    const StatsPeriod year = StatsPeriod::year(2026);
    auto seen = o.ws->stats().ledger(o.reviewer, year, LedgerRows::Unit);
    REQUIRE(seen.ok());
    CHECK(seen.value().total.errorTotal() == 1);
    CHECK(seen.value().total.backflowTotal() == 1);
    auto hidden = o.ws->stats().ledger(lowReviewer, year, LedgerRows::Unit);
    REQUIRE(hidden.ok());
    CHECK(hidden.value().lines.isEmpty());
    CHECK(hidden.value().total.defects() == 0);
    // Cleared one level below the draft: its return is not counted either.
    const Principal confidential =
        o.addUser(QStringLiteral("confidentialreviewer"), {Role::Reviewer}, Clearance::Confidential);
    CHECK(o.ws->stats().ledger(confidential, year, LedgerRows::Unit).value().total.backflowTotal() == 0);
}

TEST_CASE("Ownership: a drafter of the drafting unit may take the drafting step over, one of another unit "
          "may not, and a section head only for their own unit",
          "[security][storage]")
{
    ChainOffice o;
    // People placed in units by the administrator (an account field, audited like the others).
    auto placed = [&o](const QString &name, QList<Role> roles, qint64 unit) {
        const Principal p = o.addUser(name, std::move(roles), Clearance::Secret);
        User u;
        for (const User &x : o.ws->users().list(o.admin).value())
            if (x.id == p.userId)
                u = x;
        REQUIRE(u.id == p.userId);
        u.unitId = unit;
        auto saved = o.ws->users().update(o.admin, u);
        REQUIRE(saved.ok());
        CHECK(saved.value().unitId == unit);
        return o.ws->auth().login(name, kPassword).value();
    };
    const Principal colleague = placed(QStringLiteral("colleague"), {Role::Drafter}, o.section);
    const Principal elsewhere = placed(QStringLiteral("elsewhere"), {Role::Drafter}, o.department);
    const Principal otherHead =
        placed(QStringLiteral("otherhead"), {Role::Drafter, Role::SectionHead}, o.department);
    REQUIRE(colleague.unitId == o.section);
    Draft d = o.create(o.fields(Issuer::DistrictGovernment, false));
    REQUIRE(d.fields.draftingUnitId == o.section);

    CHECK_FALSE(o.drafting().actionsFor(elsewhere, d).edit);
    CHECK(o.drafting().updateFields(elsewhere, d).error().code == ErrorCode::Permission);
    CHECK_FALSE(o.drafting().actionsFor(otherHead, d).edit);
    CHECK(o.drafting().act(otherHead, d.id, d.version, ChainAction::Pass, {}).error().code ==
          ErrorCode::Permission);
    // The colleague of the same unit edits and submits.
    CHECK(o.drafting().actionsFor(colleague, d).edit);
    Draft retitled = d;
    retitled.fields.title = QStringLiteral("关于做好2026年防汛工作的通知");
    auto edited = o.drafting().updateFields(colleague, retitled);
    REQUIRE(edited.ok());
    CHECK(o.drafting().act(colleague, d.id, edited.value().version, ChainAction::Pass, {}).ok());
}
