// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — review markup: stored against the exact version, answered, closed, counted.
#include "Fixtures.h"

#include "services/DraftingService.h"
#include "services/MarkupService.h"
#include "services/StatsService.h"
#include "services/UnitService.h"
#include "services/UserService.h"

#include <QCryptographicHash>

using namespace gw;
using namespace gw::test;

namespace {
struct MarkupOffice : TestOffice
{
    Principal drafter, reviewer, deputy;
    Draft draft;
    QByteArray pdf =
        QByteArray("%PDF-1.4\n% a stand-in body: markup never reads or changes the bytes\n%%EOF\n");

    MarkupOffice()
    {
        drafter = addUser(QStringLiteral("drafter"), {Role::Drafter});
        reviewer = addUser(QStringLiteral("reviewer"), {Role::Reviewer});
        deputy = addUser(QStringLiteral("deputy"), {Role::DeputyDirector});
        Unit section;
        section.name = QStringLiteral("秘书科");
        section.type = UnitType::Section;
        const qint64 unit = ws->units().create(admin, section).value().id;
        DraftFields f;
        f.title = QStringLiteral("关于开展安全生产大检查的通知");
        f.issuer = Issuer::DistrictOffice;
        f.draftingUnitId = unit;
        f.mainRecipients = {QStringLiteral("各镇人民政府")};
        auto d = ws->drafting().create(drafter, f, DraftBody{QStringLiteral("正文"), pdf});
        REQUIRE(d.ok());
        draft = ws->drafting()
                    .act(drafter, d.value().id, d.value().version, ChainAction::Pass, QString())
                    .value();
    }

    static Markup mark(MarkupKind kind, MarkupCategory category, const QString &comment, int page = 0)
    {
        Markup m;
        m.kind = kind;
        m.category = category;
        m.comment = comment;
        m.page = page;
        m.rects = {QRectF(72, 100 + page * 10, 120, 16)};
        m.quotedText = QStringLiteral("安全生产");
        return m;
    }
};
} // namespace

TEST_CASE("markup is stored against the exact version by its SHA-256 — the PDF bytes never change",
          "[markup][storage]")
{
    MarkupOffice o;
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(o.pdf, QCryptographicHash::Sha256).toHex());
    auto saved = o.ws->markups().add(
        o.reviewer, o.draft.id, 1,
        {MarkupOffice::mark(MarkupKind::Highlight, MarkupCategory::Policy,
                            QStringLiteral("与上级政策不一致")),
         MarkupOffice::mark(MarkupKind::StrikeOut, MarkupCategory::Wording, QStringLiteral("删去"), 1),
         MarkupOffice::mark(MarkupKind::Note, MarkupCategory::Format, QStringLiteral("主送机关应顶格"), 0)});
    REQUIRE(saved.ok());
    REQUIRE(saved.value().size() == 3);
    for (const Markup &m : saved.value()) {
        CHECK(m.versionSha256 == sha);
        CHECK(m.authorName == o.reviewer.displayName);
        CHECK(m.status == MarkupStatus::Open);
    }
    auto version = o.ws->drafting().version(o.admin, o.draft.id, 1);
    REQUIRE(version.ok());
    CHECK(version.value().pdf == o.pdf);
    auto back = o.ws->markups().forDraft(o.drafter, o.draft.id);
    REQUIRE(back.ok());
    REQUIRE(back.value().size() == 3);
    CHECK(back.value().at(0).rects == QList<QRectF>{QRectF(72, 100, 120, 16)});
    CHECK(back.value().at(0).quotedText == QStringLiteral("安全生产"));
}

TEST_CASE("markup is made by whoever acts at the current review step",
          "[markup][storage][permissions]")
{
    MarkupOffice o;
    const Markup m =
        MarkupOffice::mark(MarkupKind::Rectangle, MarkupCategory::Format, QStringLiteral("版头格式"));
    CHECK(o.ws->markups().add(o.drafter, o.draft.id, 1, {m}).error().code == ErrorCode::Permission);
    CHECK(o.ws->markups().add(o.deputy, o.draft.id, 1, {m}).error().code ==
          ErrorCode::Permission); // not yet their step
    o.draft =
        o.ws->drafting().act(o.reviewer, o.draft.id, o.draft.version, ChainAction::Pass, QString()).value();
    CHECK(o.ws->markups().add(o.deputy, o.draft.id, 1, {m}).ok());
    CHECK(o.ws->markups().add(o.deputy, o.draft.id, 7, {m}).error().code == ErrorCode::NotFound);
}

TEST_CASE("bad markup is refused and nothing of the batch is saved", "[markup][storage][bad-input]")
{
    MarkupOffice o;
    Markup good = MarkupOffice::mark(MarkupKind::Highlight, MarkupCategory::Wording, QStringLiteral("错字"));
    Markup noPlace = good;
    noPlace.rects.clear();
    Markup silly = good;
    silly.rects = {QRectF(0, 0, qQNaN(), 10)};
    Markup emptyNote = MarkupOffice::mark(MarkupKind::Note, MarkupCategory::Wording, QString());
    Markup emptyCaret =
        MarkupOffice::mark(MarkupKind::Caret, MarkupCategory::Wording, QString()); // insert what?
    for (const Markup &bad : {noPlace, silly, emptyNote, emptyCaret}) {
        auto r = o.ws->markups().add(o.reviewer, o.draft.id, 1, {good, bad});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Validation);
    }
    CHECK(o.ws->markups().forDraft(o.reviewer, o.draft.id).value().isEmpty());
    // A highlight or a strike-out needs no words.
    Markup strike = MarkupOffice::mark(MarkupKind::StrikeOut, MarkupCategory::Wording, QString());
    CHECK(o.ws->markups().add(o.reviewer, o.draft.id, 1, {strike}).ok());
}

TEST_CASE("the review loop: the drafter answers each markup, the reviewer closes it — counts by category",
          "[markup][storage][loop]")
{
    MarkupOffice o;
    auto saved = o.ws->markups()
                     .add(o.reviewer, o.draft.id, 1,
                          {MarkupOffice::mark(MarkupKind::Highlight, MarkupCategory::Policy,
                                              QStringLiteral("依据已废止")),
                           MarkupOffice::mark(MarkupKind::Caret, MarkupCategory::Wording,
                                              QStringLiteral("此处加“的”")),
                           MarkupOffice::mark(MarkupKind::Note, MarkupCategory::Format,
                                              QStringLiteral("成文日期格式"))})
                     .value();
    auto back = o.ws->drafting().act(o.reviewer, o.draft.id, o.draft.version, ChainAction::Return,
                                     QStringLiteral("见批注"));
    REQUIRE(back.ok());
    const Markup &policy = saved.at(0);
    const Markup &wording = saved.at(1);
    CHECK(o.ws->markups().close(o.reviewer, policy.id, policy.version).error().code == ErrorCode::Validation);
    CHECK(o.ws->markups().answer(o.reviewer, policy.id, policy.version, true, QString()).error().code ==
          ErrorCode::Permission);
    auto fixed =
        o.ws->markups().answer(o.drafter, policy.id, policy.version, true, QStringLiteral("已改为现行依据"));
    REQUIRE(fixed.ok());
    CHECK(fixed.value().status == MarkupStatus::Fixed);
    CHECK(o.ws->markups().answer(o.drafter, wording.id, wording.version, false, QString()).error().code ==
          ErrorCode::Validation); // not changed needs a reason
    auto rejected = o.ws->markups().answer(o.drafter, wording.id, wording.version, false,
                                           QStringLiteral("原文符合规范用法"));
    REQUIRE(rejected.ok());
    CHECK(rejected.value().status == MarkupStatus::Rejected);
    auto stale = o.ws->markups().answer(o.drafter, policy.id, policy.version, true, QString());
    CHECK(stale.error().code == ErrorCode::Conflict);

    auto closed = o.ws->markups().close(o.reviewer, policy.id, fixed.value().version);
    REQUIRE(closed.ok());
    CHECK(closed.value().status == MarkupStatus::Closed);
    auto reopened = o.ws->markups().close(o.reviewer, wording.id, rejected.value().version, true);
    REQUIRE(reopened.ok());
    CHECK(reopened.value().status == MarkupStatus::Open);

    const Principal stats = o.addUser(QStringLiteral("stats"), {Role::Supervisor});
    auto ledger = o.ws->stats().ledger(stats, StatsPeriod::year(2026), LedgerRows::Unit);
    REQUIRE(ledger.ok());
    CHECK(ledger.value().total.errorTotal() == 3);
    CHECK(ledger.value().total.errors.value(MarkupCategory::Policy) == 1);
    CHECK(o.ws->stats().ledger(o.drafter, StatsPeriod::year(2026), LedgerRows::Unit).error().code ==
          ErrorCode::Permission);
}

TEST_CASE("review gate: the markup tools are read-only once the draft has left the reviewer's hands",
          "[markup][ux][permissions]")
{
    MarkupOffice o;
    const Markup m = MarkupOffice::mark(MarkupKind::StrikeOut, MarkupCategory::Wording, QString());
    CHECK(o.ws->drafting().actionsFor(o.reviewer, o.draft).markup);
    CHECK_FALSE(o.ws->drafting().actionsFor(o.deputy, o.draft).markup);
    CHECK_FALSE(o.ws->drafting().actionsFor(o.drafter, o.draft).markup);
    o.draft =
        o.ws->drafting().act(o.reviewer, o.draft.id, o.draft.version, ChainAction::Pass, QString()).value();
    // The reviewer passed it on: no more drawing on it; the deputy, whose step it is now, marks.
    CHECK_FALSE(o.ws->drafting().actionsFor(o.reviewer, o.draft).markup);
    CHECK(o.ws->drafting().actionsFor(o.deputy, o.draft).markup);
    CHECK(o.ws->markups().add(o.reviewer, o.draft.id, 1, {m}).error().code == ErrorCode::Permission);
    CHECK(o.ws->markups().add(o.deputy, o.draft.id, 1, {m}).ok());
}

TEST_CASE("review gate: passing with markups of one's own not closed needs a confirmation, recorded on the "
          "routing slip",
          "[markup][ux][chain]")
{
    MarkupOffice o;
    auto saved = o.ws->markups().add(
        o.reviewer, o.draft.id, 1,
        {MarkupOffice::mark(MarkupKind::StrikeOut, MarkupCategory::Wording, QString()),
         MarkupOffice::mark(MarkupKind::Note, MarkupCategory::Format, QStringLiteral("标题不规范"))});
    REQUIRE(saved.ok());
    CHECK(unclosedMarkupsBy(saved.value(), o.reviewer.userId).size() == 2);
    CHECK(unclosedMarkupsBy(saved.value(), o.deputy.userId).isEmpty()); // only one's own count
    auto refused = o.ws->drafting().act(o.reviewer, o.draft.id, o.draft.version, ChainAction::Pass,
                                        QStringLiteral("同意"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Validation);
    CHECK(o.ws->drafting().get(o.reviewer, o.draft.id).value().state == o.draft.state); // nothing moved
    // Returning the draft for the markups to be answered is what they are for: not gated.
    auto passed = o.ws->drafting().act(o.reviewer, o.draft.id, o.draft.version, ChainAction::Pass,
                                       QStringLiteral("同意"), true);
    REQUIRE(passed.ok());
    auto slip = o.ws->drafting().routing(o.reviewer, o.draft.id);
    REQUIRE(slip.ok());
    const RoutingEntry &last = slip.value().last();
    CHECK(last.opinion.startsWith(QStringLiteral("同意")));
    CHECK(last.opinion.contains(QLatin1Char('2')));
}

TEST_CASE("review gate: closed markups and returns do not ask for a confirmation", "[markup][ux][chain]")
{
    MarkupOffice o;
    auto saved = o.ws->markups()
                     .add(o.reviewer, o.draft.id, 1,
                          {MarkupOffice::mark(MarkupKind::Note, MarkupCategory::Format, QStringLiteral("版记"))})
                     .value();
    // A return with the markup open is the normal loop.
    auto back = o.ws->drafting().act(o.reviewer, o.draft.id, o.draft.version, ChainAction::Return,
                                     QStringLiteral("见批注"));
    REQUIRE(back.ok());
    auto answered = o.ws->markups().answer(o.drafter, saved.at(0).id, saved.at(0).version, true, QString());
    REQUIRE(answered.ok());
    auto again = o.ws->drafting().act(o.drafter, o.draft.id, back.value().version, ChainAction::Pass, QString());
    REQUIRE(again.ok());
    // Answered and not closed still counts as left open by the reviewer …
    CHECK(o.ws->drafting()
              .act(o.reviewer, o.draft.id, again.value().version, ChainAction::Pass, QString())
              .error()
              .code == ErrorCode::Validation);
    // … closed, the draft passes without a question, and the slip says nothing of markups.
    REQUIRE(o.ws->markups().close(o.reviewer, answered.value().id, answered.value().version).ok());
    auto passed = o.ws->drafting().act(o.reviewer, o.draft.id, again.value().version, ChainAction::Pass, QString());
    REQUIRE(passed.ok());
    CHECK(o.ws->drafting().routing(o.reviewer, o.draft.id).value().last().opinion.isEmpty());
}
