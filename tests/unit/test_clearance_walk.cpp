// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — the clearance walk: an office holding one incoming item and one draft of each
// 密级, with markups on the drafts, and an account cleared 无 holding every post that reads them. Every
// public query of every service is asked, filters forged to ask for 绝密, and ids of hidden records
// asked for directly: no title, id or count of a hidden record comes back, in a result or an error.
#include "ChainOffice.h"

#include "services/AuthService.h"
#include "services/IncomingService.h"
#include "services/MarkupService.h"
#include "services/PrintingService.h"
#include "services/StatsService.h"

using namespace gw;
using namespace gw::test;

namespace {
QString marker(Clearance c)
{
    return QStringLiteral("机要标记%1").arg(clearanceCode(c));
}
} // namespace

TEST_CASE("Clearance walk: an account cleared 无 learns no title, id or count of any record above it, by any "
          "query of any service",
          "[security][storage]")
{
    ChainOffice o;
    const Principal topClerk = o.addUser(QStringLiteral("topclerk"), {Role::Clerk}, Clearance::TopSecret);
    const Principal topDrafter =
        o.addUser(QStringLiteral("topdrafter"), {Role::Drafter}, Clearance::TopSecret);
    const Principal topReviewer =
        o.addUser(QStringLiteral("topreviewer"), {Role::Reviewer}, Clearance::TopSecret);
    const Principal plain = o.addUser(
        QStringLiteral("plain"),
        {Role::Clerk, Role::Drafter, Role::Reviewer, Role::Printer, Role::FirstReader, Role::Supervisor},
        Clearance::None);

    QList<qint64> hiddenItems, hiddenDrafts;
    qint64 visibleItem = 0, visibleDraft = 0;
    for (Clearance c : allClearances()) {
        const qint64 item = o.registerAt(topClerk, c, QStringLiteral("关于%1的请示").arg(marker(c)));
        const qint64 draft = o.draftAtLevel(topDrafter, c, QStringLiteral("关于%1的通知").arg(marker(c)),
                                            QStringLiteral("正文") + marker(c));
        Markup m;
        m.kind = MarkupKind::Note;
        m.category = MarkupCategory::Policy;
        m.comment = QStringLiteral("批注") + marker(c);
        m.rects = {QRectF(72, 100, 12, 12)};
        REQUIRE(o.ws->markups().add(topReviewer, draft, 1, {m}).ok());
        if (c == Clearance::None) {
            visibleItem = item;
            visibleDraft = draft;
        } else {
            hiddenItems.append(item);
            hiddenDrafts.append(draft);
        }
    }

    QStringList said; // everything the walk got back, as text
    auto hear = [&said](const QString &what, const QString &text) {
        said << what + QLatin1String(": ") + text;
    };
    auto failed = [&](const QString &what, const Error &e) {
        hear(what + QStringLiteral(" error"), e.message);
    };

    // Incoming: filters forged to ask for everything up to 绝密.
    IncomingFilter forged;
    forged.maxSecrecy = Clearance::TopSecret;
    forged.limit = 1000;
    auto items = o.ws->incoming().list(plain, forged);
    REQUIRE(items.ok());
    REQUIRE(items.value().size() == 1);
    CHECK(items.value().first().id == visibleItem);
    CHECK(o.ws->incoming().count(plain, forged).value() == 1);
    CHECK(o.ws->incoming().countInBackground(plain, forged).result().value() == 1);
    IncomingFilter byText = forged;
    byText.text = QStringLiteral("机要标记");
    CHECK(o.ws->incoming().count(plain, byText).value() == 1);
    for (const IncomingItem &i : o.ws->incoming().tasks(plain).value())
        hear(QStringLiteral("incoming task"), QString::number(i.id) + i.title);
    for (const SenderTriageCount &t : o.ws->incoming().triageCounts(plain).value())
        hear(QStringLiteral("triage count"), QString::number(t.returned + t.transferred));
    for (qint64 id : hiddenItems) {
        auto get = o.ws->incoming().get(plain, id);
        REQUIRE_FALSE(get.ok());
        failed(QStringLiteral("incoming get"), get.error());
        for (const auto &r :
             {o.ws->incoming().routes(plain, id).ok(), o.ws->incoming().events(plain, id).ok(),
              o.ws->incoming().attachments(plain, id).ok(),
              o.ws->incoming().propose(plain, id, TriageFacts{}).ok()})
            CHECK_FALSE(r);
        if (auto e = o.ws->incoming().events(plain, id); !e)
            failed(QStringLiteral("incoming events"), e.error());
        if (auto p = o.ws->incoming().propose(plain, id, TriageFacts{}); !p)
            failed(QStringLiteral("incoming propose"), p.error());
    }

    // Drafts.
    DraftFilter forgedDrafts;
    forgedDrafts.maxSecrecy = Clearance::TopSecret;
    forgedDrafts.limit = 1000;
    auto drafts = o.drafting().list(plain, forgedDrafts);
    REQUIRE(drafts.ok());
    for (const Draft &d : drafts.value())
        hear(QStringLiteral("draft"), QString::number(d.id) + d.fields.title);
    CHECK(std::any_of(drafts.value().cbegin(), drafts.value().cend(),
                      [&](const Draft &d) { return d.id == visibleDraft; }));
    for (const Draft &d : o.drafting().tasks(plain).value())
        hear(QStringLiteral("draft task"), QString::number(d.id) + d.fields.title);
    for (qint64 id : hiddenDrafts) {
        for (const auto &r :
             {o.drafting().get(plain, id).ok(), o.drafting().versions(plain, id).ok(),
              o.drafting().version(plain, id, 1).ok(), o.drafting().routing(plain, id).ok(),
              o.drafting().diff(plain, id, 1, 1).ok(), o.drafting().visible(plain, id).ok(),
              o.ws->markups().forDraft(plain, id).ok(), o.ws->printing().officialDocument(plain, id).ok(),
              o.ws->printing().signedDocument(plain, id).ok(), o.ws->printing().formatCheck(plain, id).ok(),
              o.ws->printing().distributionList(plain, id).ok(),
              o.ws->printing().nextCopyNumber(plain, id).ok(), o.ws->printing().printLog(plain, id).ok(),
              o.ws->printing().printToRead(plain, id).ok(), o.ws->printing().readings(plain, id).ok()})
            CHECK_FALSE(r);
        failed(QStringLiteral("draft get"), o.drafting().get(plain, id).error());
        failed(QStringLiteral("draft versions"), o.drafting().versions(plain, id).error());
        failed(QStringLiteral("markups"), o.ws->markups().forDraft(plain, id).error());
        failed(QStringLiteral("official document"), o.ws->printing().officialDocument(plain, id).error());
        // Copy counts asked for hidden drafts by id give nothing for them.
        Draft forgedDraft;
        forgedDraft.id = id;
        auto counts = o.ws->printing().copyCounts(plain, {forgedDraft});
        if (counts)
            CHECK_FALSE(counts.value().contains(id));
    }
    // Counts across drafts: only the 无 draft's one markup.
    auto ledger = o.ws->stats().ledger(plain, StatsPeriod::year(2026), LedgerRows::Unit);
    REQUIRE(ledger.ok());
    CHECK(ledger.value().total.errorTotal() == 1);
    LedgerCell cell;
    cell.period = StatsPeriod::year(2026);
    cell.measure = LedgerMeasure::Markup;
    CHECK(o.ws->stats().draftsBehind(plain, cell).value() == QList<qint64>{visibleDraft});
    for (const auto &[category, n] : ledger.value().total.firstReadFails.toStdMap())
        hear(QStringLiteral("first-reader failures"), QString::number(n));

    // Nothing said anywhere names a hidden record.
    const QString all = said.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(all.contains(marker(Clearance::None))); // the walk did see what it may see
    for (Clearance c : {Clearance::Confidential, Clearance::Secret, Clearance::TopSecret})
        CHECK_FALSE(all.contains(marker(c)));
    for (const QString &line : said) {
        if (line.startsWith(QLatin1String("draft:")) || line.startsWith(QLatin1String("draft task:")) ||
            line.startsWith(QLatin1String("incoming task:"))) {
            for (qint64 id : hiddenDrafts + hiddenItems)
                CHECK_FALSE(line.section(QLatin1String(": "), 1)
                                .startsWith(QString::number(id) + QLatin1String("关于")));
        }
    }
}
