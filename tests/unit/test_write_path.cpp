// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — the one write path: every call re-reads the account, every change is audited
// field by field, and every committed change reaches the other workstations.
#include "ChainOffice.h"

#include "security/AuditLog.h"
#include "services/ChangeFeed.h"
#include "services/IncomingImport.h"
#include "services/IncomingService.h"
#include "services/UnitService.h"
#include "services/UserService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>

using namespace gw;
using namespace gw::test;

namespace {
qint64 addSender(TestOffice &o)
{
    Unit u;
    u.name = QStringLiteral("区教育局");
    u.type = UnitType::Department;
    auto created = o.ws->units().create(o.admin, u);
    REQUIRE(created.ok());
    return created.value().id;
}

IncomingItem secretItem(qint64 sender)
{
    IncomingItem i;
    i.senderUnitId = sender;
    i.title = QStringLiteral("关于做好防汛工作的通知");
    i.docNumber = QStringLiteral("云教发〔2026〕3号");
    i.secrecy = Clearance::Secret;
    i.secrecyPeriod = QStringLiteral("1年");
    return i;
}

/// What an administrator does from the accounts page: the stored account, changed and saved.
void changeAccount(TestOffice &o, qint64 userId, const std::function<void(User &)> &edit)
{
    auto users = o.ws->users().list(o.admin);
    REQUIRE(users.ok());
    for (User u : users.value()) {
        if (u.id != userId)
            continue;
        edit(u);
        auto saved = o.ws->users().update(o.admin, u);
        INFO((saved.ok() ? std::string() : saved.error().message.toStdString()));
        REQUIRE(saved.ok());
        return;
    }
    FAIL("no such account");
}

AuditDiff lastAuditOf(TestOffice &o, const QString &action)
{
    auto entries = AuditLog::latest(o.ws->database(), 50);
    REQUIRE(entries.ok());
    for (const AuditEntry &e : entries.value()) {
        if (e.action == action)
            return AuditDiff::fromText(e.summary);
    }
    FAIL("no audit entry " << action.toStdString());
    return {};
}
} // namespace

TEST_CASE(
    "Write path: an open session whose clearance is lowered cannot read, list, count or act on the item "
    "on its next call",
    "[writepath][storage]")
{
    TestOffice o;
    const Principal clerk = o.addUser(QStringLiteral("clerk"), {Role::Clerk}, Clearance::Secret);
    auto item = o.ws->incoming().registerItem(clerk, secretItem(addSender(o)), {});
    REQUIRE(item.ok());
    IncomingService &in = o.ws->incoming();
    REQUIRE(in.get(clerk, item.value().id).ok());
    REQUIRE(in.count(clerk, {}).value() == 1);

    changeAccount(o, clerk.userId, [](User &u) { u.clearance = Clearance::Confidential; });

    // The session still holds what was true at log-in; the services believe only the records.
    CHECK(clerk.clearance == Clearance::Secret);
    auto got = in.get(clerk, item.value().id);
    REQUIRE_FALSE(got.ok());
    CHECK(got.error().code == ErrorCode::NotFound);
    CHECK_FALSE(got.error().message.contains(item.value().title));
    auto listed = in.list(clerk, {});
    REQUIRE(listed.ok());
    CHECK(listed.value().isEmpty());
    CHECK(in.count(clerk, {}).value() == 0);
    // The register's count, made on a connection of its own, reads the account there too.
    QFuture<Result<qint64>> background = in.countInBackground(clerk, {});
    background.waitForFinished();
    REQUIRE(background.result().ok());
    CHECK(background.result().value() == 0);
    auto tasks = in.tasks(clerk);
    REQUIRE(tasks.ok());
    CHECK(tasks.value().isEmpty());
    CHECK_FALSE(in.waitsFor(clerk, item.value()));
    const qint64 audited = o.auditCount();
    auto triaged =
        in.triage(clerk, item.value().id, item.value().version, TriageFacts{}, TriageOutcome::Accept, {});
    REQUIRE_FALSE(triaged.ok());
    CHECK(triaged.error().code == ErrorCode::NotFound);
    CHECK(o.auditCount() == audited);

    // The level just below the item's is the boundary; the item's own level lets it back in.
    changeAccount(o, clerk.userId, [](User &u) { u.clearance = Clearance::Secret; });
    CHECK(in.get(clerk, item.value().id).ok());
    background = in.countInBackground(clerk, {});
    background.waitForFinished();
    CHECK(background.result().value() == 1);
}

TEST_CASE("Write path: a disabled account's next call is refused, reads included", "[writepath][storage]")
{
    ChainOffice o;
    Draft d = o.create(o.fields(Issuer::DistrictGovernment, false));
    REQUIRE(o.drafting().get(o.drafter, d.id).ok());
    changeAccount(o, o.drafter.userId, [](User &u) { u.active = false; });
    const qint64 audited = o.auditCount();
    auto got = o.drafting().get(o.drafter, d.id);
    auto listed = o.drafting().list(o.drafter, {});
    QFuture<Result<qint64>> counted = o.ws->incoming().countInBackground(o.drafter, {});
    counted.waitForFinished();
    CHECK_FALSE(counted.result().ok());
    auto tasks = o.drafting().tasks(o.drafter);
    REQUIRE_FALSE(got.ok());
    REQUIRE_FALSE(listed.ok());
    REQUIRE_FALSE(tasks.ok());
    CHECK(got.error().code == ErrorCode::Permission);
    CHECK(listed.error().code == ErrorCode::Permission);
    CHECK(tasks.error().code == ErrorCode::Permission);
    auto passed = o.drafting().act(o.drafter, d.id, d.version, ChainAction::Pass, QStringLiteral("请审核。"));
    REQUIRE_FALSE(passed.ok());
    CHECK(passed.error().code == ErrorCode::Permission);
    CHECK(o.drafting().actionsFor(o.drafter, d).chain.isEmpty());
    CHECK(o.auditCount() == audited);
    CHECK(o.drafting().get(o.reviewer, d.id).value().state == QStringLiteral("drafting"));
}

TEST_CASE("Write path: an Actor that names no account is refused, and posts a caller writes in are ignored",
          "[writepath][storage]")
{
    TestOffice o;
    const Principal clerk = o.addUser(QStringLiteral("clerk"), {Role::Clerk}, Clearance::None);
    const qint64 audited = o.auditCount();
    Unit u;
    u.name = QStringLiteral("某某公司");
    u.type = UnitType::Enterprise;

    Principal nobody; // no account, whatever it claims
    nobody.roles = {Role::Admin, Role::Clerk};
    nobody.clearance = Clearance::TopSecret;
    for (const Actor &a : {Actor{}, Actor::account(987654), static_cast<const Actor &>(nobody)}) {
        auto created = o.ws->units().create(a, u);
        REQUIRE_FALSE(created.ok());
        CHECK(created.error().code == ErrorCode::Permission);
        auto listed = o.ws->incoming().list(a, {});
        REQUIRE_FALSE(listed.ok());
        CHECK(listed.error().code == ErrorCode::Permission);
    }

    Principal forged = clerk; // a real account with posts and clearance it does not hold
    forged.roles = {Role::Admin};
    forged.clearance = Clearance::TopSecret;
    User victim;
    victim.username = QStringLiteral("victim");
    victim.displayName = QStringLiteral("victim");
    victim.roles = {Role::Admin};
    auto made = o.ws->users().create(forged, victim, kPassword);
    REQUIRE_FALSE(made.ok());
    CHECK(made.error().code == ErrorCode::Permission);
    CHECK(o.auditCount() == audited);
    // What the account does hold still works.
    CHECK(o.ws->units().create(forged, u).ok());
}

TEST_CASE("Write path: lowering a draft's 密级 is audited with the field's old and new value",
          "[writepath][storage]")
{
    ChainOffice o;
    DraftFields f = o.fields(Issuer::DistrictGovernment, false);
    f.secrecy = Clearance::Secret;
    f.secrecyPeriod = QStringLiteral("1年");
    Draft d = o.create(f);
    const AuditDiff created = lastAuditOf(o, QStringLiteral("draft.create"));
    REQUIRE(created.change(QStringLiteral("secrecy")).has_value());
    CHECK(created.change(QStringLiteral("secrecy"))->after == QStringLiteral("secret"));

    Draft edited = d;
    edited.fields.secrecy = Clearance::None;
    edited.fields.secrecyPeriod.clear();
    auto saved = o.drafting().updateFields(o.drafter, edited);
    REQUIRE(saved.ok());
    const AuditDiff diff = lastAuditOf(o, QStringLiteral("draft.update"));
    const auto secrecy = diff.change(QStringLiteral("secrecy"));
    REQUIRE(secrecy.has_value());
    CHECK(secrecy->before.value_or(QString()) == QStringLiteral("secret"));
    CHECK(secrecy->after == QStringLiteral("none"));
    const auto period = diff.change(QStringLiteral("secrecy_period"));
    REQUIRE(period.has_value());
    CHECK(period->before.value_or(QString()) == QStringLiteral("1年"));
    // Fields that did not change are not in the entry.
    CHECK_FALSE(diff.change(QStringLiteral("title")).has_value());
    CHECK_FALSE(diff.change(QStringLiteral("state")).has_value());

    // A chain step records its state change and the opinion.
    auto passed = o.drafting().act(o.drafter, d.id, saved.value().version, ChainAction::Pass,
                                   QStringLiteral("请审核。"));
    REQUIRE(passed.ok());
    const AuditDiff step = lastAuditOf(o, QStringLiteral("draft.pass"));
    REQUIRE(step.change(QStringLiteral("state")).has_value());
    CHECK(step.change(QStringLiteral("state"))->before.value_or(QString()) == QStringLiteral("drafting"));
    CHECK(step.change(QStringLiteral("state"))->after == passed.value().state);
    CHECK(step.change(QStringLiteral("opinion"))->after == QStringLiteral("请审核。"));
}

TEST_CASE(
    "Write path: a change committed by another process reaches this workstation's feed within two seconds",
    "[writepath][storage]")
{
    TestOffice o;
    ChangeFeed &feed = o.ws->changes();
    QSignalSpy units(&o.ws->units(), &UnitService::unitChanged);
    feed.follow(200);

    // This workstation's own change arrives once, at once.
    Unit own;
    own.name = QStringLiteral("本机单位");
    own.type = UnitType::Enterprise;
    auto mine = o.ws->units().create(o.admin, own);
    REQUIRE(mine.ok());
    REQUIRE(units.count() == 1);
    CHECK(units.at(0).at(0).toLongLong() == mine.value().id);

    QProcess writer;
    writer.start(QStringLiteral(GONGWEN_STRESS_WRITER),
                 {o.db.url().displayString(), QStringLiteral("admin"), kPassword, QStringLiteral("远端单位"),
                  QStringLiteral("3")});
    REQUIRE(writer.waitForFinished(60000));
    INFO(writer.readAllStandardError().toStdString());
    REQUIRE(writer.exitCode() == 0);

    QElapsedTimer t;
    t.start();
    while (units.count() < 4 && t.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    REQUIRE(units.count() == 4);
    QSet<qint64> ids;
    for (int i = 1; i < 4; ++i)
        ids.insert(units.at(i).at(0).toLongLong());
    auto listed = o.ws->units().list(o.admin, {});
    REQUIRE(listed.ok());
    QSet<qint64> remote;
    for (const Unit &u : listed.value()) {
        if (u.name.startsWith(QStringLiteral("远端单位")))
            remote.insert(u.id);
    }
    CHECK(ids == remote);
    // Log-ins are audited too (as the user object); they are published, and nothing is published twice.
    CHECK(feed.poll() == 0);
}

TEST_CASE("Write path: a version the caller did not read is a conflict, never a licence to overwrite",
          "[writepath][storage]")
{
    ChainOffice o;
    Draft d = o.create(o.fields(Issuer::DistrictGovernment, false));
    const qint64 audited = o.auditCount();
    for (qint64 stale : {qint64(-1), d.version + 1, d.version - 1}) {
        INFO(stale);
        auto passed = o.drafting().act(o.drafter, d.id, stale, ChainAction::Pass, QStringLiteral("请审核。"));
        REQUIRE_FALSE(passed.ok());
        CHECK(passed.error().code == ErrorCode::Conflict);
    }
    Unit u = o.ws->units().get(o.admin, o.department).value();
    u.name = QStringLiteral("云溪区教育体育局");
    u.version = -1;
    auto renamed = o.ws->units().update(o.admin, u);
    REQUIRE_FALSE(renamed.ok());
    CHECK(renamed.error().code == ErrorCode::Conflict);
    CHECK(o.auditCount() == audited);
    CHECK(o.drafting().act(o.drafter, d.id, d.version, ChainAction::Pass, QStringLiteral("请审核。")).ok());
}

TEST_CASE("Write path: what a handling step says is kept with the item, and a registration audits its files",
          "[writepath][storage]")
{
    TestOffice o;
    const Principal clerk = o.addUser(QStringLiteral("clerk"), {Role::Clerk}, Clearance::Secret);
    const Principal leader = o.addUser(QStringLiteral("leader"), {Role::Leader}, Clearance::Secret);
    IncomingItem i = secretItem(addSender(o));
    IncomingAttachment file;
    file.name = QStringLiteral("附件1.pdf");
    file.bytes = QByteArrayLiteral("%PDF-1.4 test");
    auto item = o.ws->incoming().registerItem(clerk, i, {file});
    REQUIRE(item.ok());
    const AuditDiff registered = lastAuditOf(o, QStringLiteral("incoming.register"));
    REQUIRE(registered.change(QStringLiteral("attachments")).has_value());
    CHECK(registered.change(QStringLiteral("attachments"))->after.contains(QStringLiteral("附件1.pdf")));

    IncomingService &in = o.ws->incoming();
    auto accepted =
        in.triage(clerk, item.value().id, item.value().version, TriageFacts{}, TriageOutcome::Accept, {});
    REQUIRE(accepted.ok());
    auto proposed = in.proposeHandling(clerk, item.value().id, accepted.value().version,
                                       QStringLiteral("拟请冯区长阅示"));
    REQUIRE(proposed.ok());
    CHECK(in.get(clerk, item.value().id).value().proposal == QStringLiteral("拟请冯区长阅示"));
    auto instructed =
        in.instruct(leader, item.value().id, proposed.value().version, QStringLiteral("同意，抓紧落实"));
    REQUIRE(instructed.ok());
    const IncomingItem stored = in.get(clerk, item.value().id).value();
    CHECK(stored.proposal == QStringLiteral("拟请冯区长阅示"));
    CHECK(stored.instruction == QStringLiteral("同意，抓紧落实"));
}

TEST_CASE("Write path: an import writes nothing above the clearance the account holds when it is written",
          "[writepath][storage]")
{
    TestOffice o;
    const Principal clerk = o.addUser(QStringLiteral("clerk"), {Role::Clerk}, Clearance::Secret);
    ImportCheck checked; // what the check saw while the clerk was still cleared for 机密
    checked.good = {secretItem(addSender(o))};
    checked.rows = 1;
    changeAccount(o, clerk.userId, [](User &u) { u.clearance = Clearance::None; });
    const qint64 audited = o.auditCount();
    auto imported = IncomingImport::import(*o.ws, clerk, checked, false, {});
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().code == ErrorCode::Permission);
    CHECK(o.auditCount() == audited);
    CHECK(o.raw(QStringLiteral("SELECT COUNT(*) FROM incoming_items")).toInt() == 0);
}
