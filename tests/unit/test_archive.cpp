// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — archiving per DA/T 22-2015: the 件 and its order, the gap-free 件号, the 归档章's
// place, the digests, and the 四性 checks of DA/T 70 catching each kind of fault.
#include <catch2/catch.hpp>

#include "ArchiveOffice.h"
#include "domain/ArchiveStamp.h"
#include "services/OfficeService.h"
#include "storage/ContentHash.h"
#include "storage/Database.h"
#include "StressWriters.h"
#include "RunGongwen.h"
#include "services/AuthService.h"
#include "services/Workspace.h"
#include "storage/Backup.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>

using namespace gw;
using namespace gw::test;

namespace {
QStringList rules(const QList<ArchiveFinding> &findings)
{
    QStringList out;
    for (const ArchiveFinding &f : findings)
        out << f.rule;
    return out;
}
} // namespace

TEST_CASE("digests: SHA-256 and SM3 of the standards' own example \"abc\"", "[archive]")
{
    const ContentHash h = ContentHash::of(QByteArray("abc"));
    CHECK(h.sha256 == QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    // GB/T 32905-2016 Appendix A, example 1.
    CHECK(h.sm3 == QStringLiteral("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"));
    CHECK(ContentHash::of(QByteArray("abd")).sm3 != h.sm3);
}

TEST_CASE("件号 gaps: none in 1…n, the first, a middle one and several named", "[archive]")
{
    CHECK(itemNumberGaps({}).isEmpty());
    CHECK(itemNumberGaps({1}).isEmpty());
    CHECK(itemNumberGaps({3, 1, 2}).isEmpty());
    CHECK(itemNumberGaps({2, 3}) == QList<int>{1});
    CHECK(itemNumberGaps({1, 3}) == QList<int>{2});
    CHECK(itemNumberGaps({1, 2, 2, 5}) == QList<int>{3, 4});
}

TEST_CASE("件 order per DA/T 22: 处理单 before 来文, 正本 before 稿纸 and 定稿, text before attachments",
          "[archive]")
{
    QList<ArchiveComponent> c;
    for (ComponentRole r : {ComponentRole::FirstReading, ComponentRole::Revision, ComponentRole::Signed,
                            ComponentRole::RoutingSlip, ComponentRole::Forwarded, ComponentRole::Attachment,
                            ComponentRole::Stamped, ComponentRole::Released})
        c << ArchiveComponent{0, r, componentRoleCode(r), {}, {}, 0, 0};
    const QList<ArchiveComponent> o = ArchiveItem::ordered(c);
    QList<ComponentRole> roles;
    for (const ArchiveComponent &x : o)
        roles << x.role;
    CHECK(roles == QList<ComponentRole>{ComponentRole::Released, ComponentRole::Stamped, ComponentRole::Attachment,
                                        ComponentRole::Forwarded, ComponentRole::RoutingSlip, ComponentRole::Signed,
                                        ComponentRole::Revision, ComponentRole::FirstReading});
    CHECK(o.first().position == 1);
    CHECK(o.last().position == 8);
    QList<ArchiveComponent> in{{0, ComponentRole::Attachment, {}, {}, {}, 0, 0},
                               {0, ComponentRole::Received, {}, {}, {}, 0, 0},
                               {0, ComponentRole::HandlingSlip, {}, {}, {}, 0, 0}};
    in = ArchiveItem::ordered(in);
    CHECK(in.at(0).role == ComponentRole::HandlingSlip);
    CHECK(in.at(1).role == ComponentRole::Received);
    CHECK(in.at(2).role == ComponentRole::Attachment);
}

TEST_CASE("metadata of DA/T 46: each empty item named, a 文号 needed where the office issued the document",
          "[archive]")
{
    ArchiveItem a;
    a.source = ArchiveSource::Outgoing;
    CHECK(a.missingMetadata().size() == 8);
    a.title = QStringLiteral("关于做好防汛工作的通知");
    a.responsible = QStringLiteral("测试区人民政府办公室");
    a.docNumber = QStringLiteral("测政发〔2026〕1号");
    a.date = QStringLiteral("2026-03-02");
    a.pages = 1;
    a.code.fonds = QStringLiteral("J012");
    a.code.year = 2026;
    a.code.item = 1;
    CHECK(a.missingMetadata().isEmpty());
    a.docNumber.clear();
    CHECK(a.missingMetadata().size() == 1);
    a.source = ArchiveSource::Incoming; // a letter from a town may carry no 文号
    CHECK(a.missingMetadata().isEmpty());
    a.pages = 0;
    CHECK(a.missingMetadata().size() == 1);
}

TEST_CASE("归档章 placement: top-centre 5 mm from the edge, aside or down from text, said when there is no room",
          "[archive]")
{
    const double mm = ArchiveStamp::kPointsPerMm;
    const QSizeF a4(595.28, 841.89);
    const QSizeF size = ArchiveStamp::sizePoints();
    CHECK(size.width() == Approx(45 * mm));
    CHECK(size.height() == Approx(16 * mm));
    StampPlacement blank = placeStamp(a4, {});
    CHECK(blank.clear);
    CHECK(blank.rect.top() == Approx(5 * mm));
    CHECK(blank.rect.center().x() == Approx(a4.width() / 2));
    // A line of text right across the top 30 mm: the stamp goes below it.
    const QRectF band(0, 0, a4.width(), 30 * mm);
    StampPlacement below = placeStamp(a4, {band});
    CHECK(below.clear);
    CHECK(below.rect.top() >= 31 * mm - 0.01);
    CHECK(below.rect.top() < 32 * mm);
    CHECK_FALSE(below.rect.intersects(band));
    // A narrow, tall box at the very centre of the top (a vertical line of text): moving aside by 27 mm is
    // nearer than going 36 mm down below it.
    const QRectF small(a4.width() / 2 - 3 * mm, 10 * mm, 6 * mm, 30 * mm);
    StampPlacement aside = placeStamp(a4, {small});
    CHECK(aside.clear);
    CHECK_FALSE(aside.rect.adjusted(-mm, -mm, mm, mm).intersects(small));
    CHECK(aside.rect.top() == Approx(5 * mm));
    // Text everywhere: not clear, and still on the page's top third.
    StampPlacement full = placeStamp(a4, {QRectF(QPointF(0, 0), a4)});
    CHECK_FALSE(full.clear);
    CHECK(full.rect.bottom() <= a4.height() / 3 + 0.01);
}

TEST_CASE("四性 text checks: a 文号's brackets as typed or extracted, a title broken over lines", "[archive]")
{
    CHECK(ArchiveChecker::textHolds(QStringLiteral("测政发[2026]1号"), QStringLiteral("测政发〔2026〕1号")));
    CHECK(ArchiveChecker::textHolds(QStringLiteral("测政发（2026）1号"), QStringLiteral("测政发〔2026〕1号")));
    CHECK_FALSE(ArchiveChecker::textHolds(QStringLiteral("测政发〔2026〕11号"), QStringLiteral("测政发〔2026〕1号号")));
    CHECK_FALSE(ArchiveChecker::textHolds(QStringLiteral("测政发〔2026〕2号"), QStringLiteral("测政发〔2026〕1号")));
    CHECK(ArchiveChecker::textHolds(QStringLiteral("关于做好\n防汛 工作的通知"), QStringLiteral("关于做好防汛工作的通知")));
    CHECK(ArchiveChecker::printedDate(QStringLiteral("2026-03-02")) == QStringLiteral("2026年3月2日"));
    CHECK(ArchiveChecker::printedDate(QStringLiteral("2026-12-31")) == QStringLiteral("2026年12月31日"));
    CHECK(ArchiveChecker::printedDate(QStringLiteral("2026-02-30")).isEmpty());
}

TEST_CASE("backup age for 四性 safety: on the last allowed day fine, a moment later a finding", "[archive]")
{
    const qint64 day = 24LL * 3600 * 1000;
    const qint64 now = 100 * day;
    CHECK_FALSE(ArchiveChecker::checkBackup(now - 7 * day, now, 7).has_value());
    REQUIRE(ArchiveChecker::checkBackup(now - 7 * day - 1, now, 7).has_value());
    CHECK(ArchiveChecker::checkBackup(now - 7 * day - 1, now, 7)->rule == QStringLiteral("backup"));
    CHECK(ArchiveChecker::checkBackup(0, now, 7)->property == ArchiveProperty::Safety);
}

TEST_CASE("archiving an outgoing document: its 件 in order, 件号 gap-free per retention, each file stored once",
          "[archive][storage]")
{
    ArchiveOffice o;
    const Draft first = o.released();
    const Draft second = o.released(QStringLiteral("关于开展安全生产大检查的通知"));
    const Draft request = o.released(QStringLiteral("关于表彰防汛工作先进集体的决定"), Genre::Decision);
    auto candidates = o.archive().candidates(o.clerk);
    REQUIRE(candidates.ok());
    CHECK(candidates.value().size() == 3);

    auto proposal = o.archive().propose(o.clerk, ArchiveSource::Outgoing, request.id, o.pdf);
    REQUIRE(proposal.ok());
    CHECK(proposal.value().item.proposed == Retention::Permanent); // the office's own 决定
    CHECK(o.archive().propose(o.clerk, ArchiveSource::Outgoing, first.id, o.pdf).value().item.proposed ==
          Retention::Years10);

    const qint64 audits = o.auditCount();
    const ArchiveOutcome a = o.archived(ArchiveSource::Outgoing, first.id);
    CHECK(o.auditCount() > audits);
    CHECK(a.item.code.toString() == QStringLiteral("%1-WS·2026-D10-0001").arg(a.item.code.fonds));
    CHECK(a.item.docNumber == first.docNumber);
    CHECK(a.item.date == QStringLiteral("2026-03-02"));
    CHECK(a.item.responsible == QStringLiteral("测试区人民政府办公室"));
    CHECK(a.item.pages == 1);
    CHECK(a.findings.isEmpty());
    QList<ComponentRole> roles;
    for (const ArchiveComponent &c : a.item.components)
        roles << c.role;
    CHECK(roles.mid(0, 4) == QList<ComponentRole>{ComponentRole::Released, ComponentRole::Stamped,
                                                   ComponentRole::RoutingSlip, ComponentRole::Signed});
    CHECK(roles.last() == ComponentRole::FirstReading);
    CHECK(o.pdf.stamps == 1);
    // The chain ends at 归档 in the same write, the 档号 on the routing slip.
    CHECK(o.drafting().get(o.clerk, first.id).value().state == QStringLiteral("archived"));
    const RoutingEntry last = o.drafting().routing(o.clerk, first.id).value().last();
    CHECK(last.action == QStringLiteral("archive"));
    CHECK(last.opinion == a.item.code.toString());
    CHECK(last.actorName == o.clerk.displayName);
    // The 归档章 carries the 档号's parts.
    auto stamped = o.archive().componentBytes(o.clerk, a.item.id, 2);
    REQUIRE(stamped.ok());
    CHECK(stamped.value().contains(QStringLiteral("|2026|0001||10年|1").toUtf8()));

    // The next of the same retention takes 2; another retention starts at 1; a confirmed retention other
    // than the proposal is kept beside it.
    CHECK(o.archived(ArchiveSource::Outgoing, second.id).item.code.item == 2);
    const ArchiveOutcome perm = o.archived(ArchiveSource::Outgoing, request.id, Retention::Permanent);
    CHECK(perm.item.code.item == 1);
    CHECK(perm.item.code.retention == Retention::Permanent);
    CHECK(o.archive().candidates(o.clerk).value().isEmpty());
    // Identical files (the same text version in two 件) are kept once.
    CHECK(o.raw(QStringLiteral("SELECT COUNT(*) FROM archive_files")).toInt() <
          o.raw(QStringLiteral("SELECT COUNT(*) FROM archive_components")).toInt() + 1);
    const auto list = o.archive().list(o.director, {}).value();
    CHECK(list.size() == 3);
}

TEST_CASE("archiving an incoming item: 文件处理单 first, then the document as received", "[archive][storage]")
{
    ArchiveOffice o;
    const IncomingItem done = o.answered();
    const ArchiveOutcome a = o.archived(ArchiveSource::Incoming, done.id);
    REQUIRE(a.item.components.size() >= 3);
    CHECK(a.item.components.at(0).role == ComponentRole::HandlingSlip);
    CHECK(a.item.components.at(1).role == ComponentRole::Received);
    CHECK(a.item.components.at(2).role == ComponentRole::Stamped);
    CHECK(a.item.responsible == QStringLiteral("区教育局"));
    CHECK(a.item.docNumber == QStringLiteral("教发〔2026〕5号"));
    CHECK(a.findings.isEmpty());
    const QByteArray slip = o.archive().componentBytes(o.clerk, a.item.id, 1).value();
    CHECK(slip.contains(QStringLiteral("同意，请教育局抓紧办理").toUtf8())); // the 签批
    CHECK(slip.contains(QStringLiteral("已函复区教育局").toUtf8()));       // the reply
}

TEST_CASE("archiving refused: not finished, twice, by the wrong post, above clearance — nothing written, no number "
          "taken",
          "[archive][storage]")
{
    ArchiveOffice o;
    Draft open = o.create(o.fields(Issuer::DistrictOffice, false));
    const ArchiveRequest notDone{ArchiveSource::Outgoing, open.id, Retention::Years10, {}, 0};
    CHECK(o.archive().archive(o.clerk, notDone, o.pdf).error().code == ErrorCode::Validation);
    const Draft d = o.released();
    const ArchiveRequest req{ArchiveSource::Outgoing, d.id, Retention::Years10, {}, 0};
    CHECK(o.archive().archive(o.printer, req, o.pdf).error().code == ErrorCode::Permission);
    const Principal lowClerk = o.addUser(QStringLiteral("clerk2"), {Role::Clerk}, Clearance::None);
    const Draft secret = o.released(QStringLiteral("关于加强保密工作的通知"), Genre::Circular, Clearance::Confidential);
    CHECK(o.archive()
              .archive(lowClerk, {ArchiveSource::Outgoing, secret.id, Retention::Years10, {}, 0}, o.pdf)
              .error()
              .code == ErrorCode::NotFound);
    CHECK(o.raw(QStringLiteral("SELECT COUNT(*) FROM archive_items")).toInt() == 0);
    CHECK(o.archived(ArchiveSource::Outgoing, d.id).item.code.item == 1); // the refusals took no number
    CHECK(o.archive().archive(o.clerk, req, o.pdf).error().code == ErrorCode::Conflict);
    CHECK(o.archived(ArchiveSource::Outgoing, secret.id).item.code.item == 2);
    CHECK(o.archive().list(lowClerk, {}).value().size() == 1); // the secret one is not listed for them
}

TEST_CASE("四性: each seeded fault is caught and named — flipped byte, missing component, empty metadata, 件号 gap, "
          "encrypted, unembedded font, a 文号 the PDF does not carry, the audit trail gone",
          "[archive][storage]")
{
    ArchiveOffice o;
    QList<ArchiveOutcome> a;
    for (int i = 0; i < 4; ++i)
        a << o.archived(ArchiveSource::Outgoing, o.released(QStringLiteral("关于第%1项工作的通知").arg(i + 1)).id);
    const IncomingItem in = o.answered();
    const ArchiveOutcome incoming = o.archived(ArchiveSource::Incoming, in.id);
    o.raw(QStringLiteral("INSERT INTO backups (at, file, size, sha256, by_name) VALUES (%1, 'b', 1, 'x', 't')")
              .arg(o.clock->nowMs()));
    auto clean = o.archive().check(o.clerk, o.pdf, QStringLiteral("on_demand"));
    REQUIRE(clean.ok());
    INFO(clean.value().toText().toStdString());
    CHECK(clean.value().findings.isEmpty());
    CHECK(clean.value().items == 5);

    // 1. A flipped byte in a stored file.
    const QString sha = a[0].item.components.first().sha256;
    const QByteArray good = o.raw(QStringLiteral("SELECT bytes FROM archive_files WHERE sha256 = '%1'").arg(sha)).toByteArray();
    QByteArray bad = good;
    bad[bad.size() - 1] = char(bad.at(bad.size() - 1) ^ 1);
    {
        auto db = Database::open(o.db.url()).value();
        REQUIRE(db->exec(QStringLiteral("UPDATE archive_files SET bytes = ? WHERE sha256 = ?"), {bad, sha}).ok());
        // 2. A component gone: the 发文稿纸 of the second.
        REQUIRE(db->exec(QStringLiteral("DELETE FROM archive_components WHERE item_id = ? AND role = 'routing_slip'"),
                         {a[1].item.id})
                    .ok());
        // 3. An empty metadata item: the 责任者 of the third.
        REQUIRE(db->exec(QStringLiteral("UPDATE archive_items SET responsible = '' WHERE id = ?"), {a[2].item.id}).ok());
        // 7. The 文号 in the record that the PDF does not carry: the fourth.
        REQUIRE(db->exec(QStringLiteral("UPDATE archive_items SET doc_number = '测政发〔2026〕99号' WHERE id = ?"),
                         {a[3].item.id})
                    .ok());
        // 8. The audit trail of the incoming item's handling gone (its archiving entry stays).
        REQUIRE(db->exec(QStringLiteral("DELETE FROM audit_log WHERE object_type = 'incoming' AND object_id = ?"),
                         {QString::number(in.id)})
                    .ok());
        // 1b. A digest that SHA-256 alone would pass: the recorded SM3 of the incoming item's 处理单.
        REQUIRE(db->exec(QStringLiteral("UPDATE archive_components SET sm3 = ? WHERE item_id = ? AND role = "
                                        "'handling_slip'"),
                         {QString(64, QLatin1Char('0')), incoming.item.id})
                    .ok());
        // 4. A 件号 gap: the fourth renumbered 7 (the incoming item holds 5).
        REQUIRE(db->exec(QStringLiteral("UPDATE archive_items SET item_no = 7 WHERE id = ?"), {a[3].item.id}).ok());
    }
    // 5, 6. An encrypted file and one without its fonts, stored as the incoming item's 来文.
    const ContentHash enc = ContentHash::of("%PDF-1.4\nENCRYPTED UNEMBEDDED");
    {
        auto db = Database::open(o.db.url()).value();
        REQUIRE(db->exec(QStringLiteral("INSERT INTO archive_files (sha256, sm3, size, bytes) VALUES (?, ?, ?, ?)"),
                         {enc.sha256, enc.sm3, 29, QByteArray("%PDF-1.4\nENCRYPTED UNEMBEDDED")})
                    .ok());
        REQUIRE(db->exec(QStringLiteral("UPDATE archive_components SET sha256 = ?, sm3 = ?, size = 29 WHERE item_id = ? "
                                        "AND role = 'stamped'"),
                         {enc.sha256, enc.sm3, incoming.item.id})
                    .ok());
    }
    auto report = o.archive().check(o.clerk, o.pdf, QStringLiteral("on_demand"));
    REQUIRE(report.ok());
    INFO(report.value().toText().toStdString());
    const QStringList found = rules(report.value().findings);
    CHECK(found.contains(QStringLiteral("digest")));
    CHECK(found.contains(QStringLiteral("components")));
    CHECK(found.contains(QStringLiteral("metadata")));
    CHECK(found.contains(QStringLiteral("item_gap")));
    CHECK(found.contains(QStringLiteral("encrypted")));
    CHECK(found.contains(QStringLiteral("fonts")));
    CHECK(found.contains(QStringLiteral("doc_number")));
    CHECK(found.contains(QStringLiteral("audit_trail")));
    QSet<qint64> digests;
    for (const ArchiveFinding &f : report.value().findings) {
        if (f.rule == QLatin1String("digest"))
            digests.insert(f.itemId);
        if (f.rule == QLatin1String("components"))
            CHECK(f.itemId == a[1].item.id);
        if (f.rule == QLatin1String("metadata"))
            CHECK(f.itemId == a[2].item.id);
        if (f.rule == QLatin1String("doc_number"))
            CHECK(f.itemId == a[3].item.id);
        if (f.rule == QLatin1String("item_gap"))
            CHECK(f.message.contains(QStringLiteral("0004, 0006")));
        if (f.rule == QLatin1String("encrypted") || f.rule == QLatin1String("fonts") ||
            f.rule == QLatin1String("audit_trail"))
            CHECK(f.itemId == incoming.item.id);
    }
    CHECK(digests == QSet<qint64>{a[0].item.id, incoming.item.id});
    // The run is kept with its report; reading a changed file is refused, not handed out.
    auto last = o.archive().lastCheck(o.director);
    REQUIRE(last.ok());
    REQUIRE(last.value().has_value());
    CHECK(last.value()->failures == report.value().findings.size());
    CHECK(ArchiveCheckReport::fromJson(last.value()->report).findings.size() == report.value().findings.size());
    CHECK(o.archive().componentBytes(o.clerk, a[0].item.id, 1).error().code == ErrorCode::Tampered);
}

TEST_CASE("reading an archived file is recorded: who read which component of which 件", "[archive][storage]")
{
    ArchiveOffice o;
    const ArchiveOutcome a = o.archived(ArchiveSource::Outgoing, o.released().id);
    const qint64 before = o.auditCount();
    REQUIRE(o.archive().componentBytes(o.director, a.item.id, 1).ok());
    CHECK(o.auditCount() == before + 1);
    CHECK(o.raw(QStringLiteral("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")).toString() ==
          QStringLiteral("archive.read"));
    CHECK(o.archive().componentBytes(o.director, a.item.id, 99).error().code == ErrorCode::NotFound);
    CHECK(o.archive().componentBytes(o.printer, a.item.id, 1).error().code == ErrorCode::Permission);
}

TEST_CASE("件号 under 4 concurrent processes archiving 10 documents each: exactly 1..40", "[archive][storage][concurrent]")
{
    ArchiveOffice o; // SQLite or PostgreSQL, as the suite runs
    QStringList ids;
    for (int i = 0; i < 40; ++i)
        ids << QString::number(o.released(QStringLiteral("关于第%1项工作的通知").arg(i + 1)).id);
    QList<QStringList> writers;
    for (int w = 0; w < 4; ++w)
        writers.append({o.db.url().displayString(), QStringLiteral("clerk"), kPassword,
                        ids.mid(w * 10, 10).join(QLatin1Char(',')), QStringLiteral("10"), QStringLiteral("archive")});
    CHECK(committedNumbers(QStringLiteral(GONGWEN_STRESS_WRITER), writers) == oneTo(40));
    CHECK(o.raw(QStringLiteral("SELECT COUNT(DISTINCT item_no) FROM archive_items")).toInt() == 40);
    CHECK(o.archive().check(o.clerk, o.pdf, QStringLiteral("on_demand")).value().findings.size() == 1); // no backup yet
}

TEST_CASE("借阅登记: approved by the office's post, refused above the borrower's clearance, read on screen until the "
          "due day, overdue the day after",
          "[archive][storage]")
{
    ArchiveOffice o;
    const ArchiveOutcome open = o.archived(ArchiveSource::Outgoing, o.released().id);
    const ArchiveOutcome secret = o.archived(
        ArchiveSource::Outgoing,
        o.released(QStringLiteral("关于加强保密工作的通知"), Genre::Circular, Clearance::Confidential).id);
    const Principal reader = o.addUser(QStringLiteral("reader"), {Role::Drafter}, Clearance::None);
    const QDate today(2026, 3, 2);
    auto &a = o.archive();
    // Above the borrower's clearance: refused, whoever records it.
    CHECK(a.recordLoan(o.clerk, {secret.item.id, reader.userId, LoanForm::Paper, QStringLiteral("查阅"), today})
              .error()
              .code == ErrorCode::Permission);
    // Due dates: today and 90 days ahead are the bounds.
    CHECK(a.recordLoan(o.clerk, {open.item.id, reader.userId, LoanForm::Paper, QStringLiteral("查阅"), today.addDays(-1)})
              .error()
              .code == ErrorCode::Validation);
    CHECK(a.recordLoan(o.clerk, {open.item.id, reader.userId, LoanForm::Paper, QStringLiteral("查阅"), today.addDays(91)})
              .error()
              .code == ErrorCode::Validation);
    CHECK(a.recordLoan(o.clerk, {open.item.id, reader.userId, LoanForm::Paper, QString(), today}).error().code ==
          ErrorCode::Validation);
    CHECK(a.recordLoan(o.printer, {open.item.id, reader.userId, LoanForm::Paper, QStringLiteral("查阅"), today})
              .error()
              .code == ErrorCode::Permission);
    ArchiveLoan paper =
        a.recordLoan(o.clerk, {open.item.id, reader.userId, LoanForm::Paper, QStringLiteral("编写大事记"), today.addDays(90)})
            .value();
    ArchiveLoan screen =
        a.recordLoan(o.clerk, {open.item.id, reader.userId, LoanForm::Electronic, QStringLiteral("核对数据"), today})
            .value();
    CHECK(screen.state == LoanState::Requested);
    CHECK(screen.itemCode == open.item.code.toString());
    // Not yet approved: the borrower cannot read it.
    CHECK(a.componentBytes(reader, open.item.id, 1).error().code == ErrorCode::Permission);
    // The office's post (the director by default) decides; others may not; a refusal needs its reason.
    CHECK(a.decideLoan(o.vice, screen.id, screen.version, true, {}).error().code == ErrorCode::Permission);
    CHECK(a.decideLoan(o.director, paper.id, paper.version, false, {}).error().code == ErrorCode::Validation);
    screen = a.decideLoan(o.director, screen.id, screen.version, true, {}).value();
    CHECK(screen.state == LoanState::Lent);
    CHECK(screen.decidedBy == o.director.displayName);
    paper = a.decideLoan(o.director, paper.id, paper.version, true, QStringLiteral("同意")).value();
    CHECK(a.decideLoan(o.director, paper.id, paper.version, true, {}).error().code == ErrorCode::Validation);
    // Read on screen on the due day itself, recorded; not the day after.
    const qint64 audits = o.auditCount();
    CHECK(a.componentBytes(reader, open.item.id, 1).ok());
    CHECK(o.auditCount() == audits + 1);
    CHECK(a.componentBytes(reader, secret.item.id, 1).error().code == ErrorCode::Permission);
    LoanFilter overdue;
    overdue.which = LoanFilter::Overdue;
    CHECK(a.loans(o.clerk, overdue).value().isEmpty());
    o.clock->advanceSecs(24 * 3600);
    CHECK(a.componentBytes(reader, open.item.id, 1).error().code == ErrorCode::Permission);
    const auto late = a.loans(o.clerk, overdue).value();
    REQUIRE(late.size() == 1);
    CHECK(late.first().id == screen.id);
    // The borrower sees their own loans; the paper one comes back.
    CHECK(a.loans(reader, {}).value().size() == 2);
    CHECK(a.loans(o.drafter, {}).value().isEmpty());
    paper = a.returnLoan(o.clerk, paper.id, paper.version).value();
    CHECK(paper.state == LoanState::Returned);
    CHECK(a.returnLoan(o.clerk, paper.id, paper.version).error().code == ErrorCode::Validation);
}

TEST_CASE("backup → restore → verify round trip: refused over records without --force, the files and the audit "
          "come back whole",
          "[archive][storage][backup]")
{
    ArchiveOffice o; // SQLite or PostgreSQL, as the suite runs
    const ArchiveOutcome a = o.archived(ArchiveSource::Outgoing, o.released().id);
    o.archived(ArchiveSource::Incoming, o.answered().id);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("records.gwbackup"));
    const QString from = o.db.url().displayString();
    const Run made = gongwen({QStringLiteral("backup"), QStringLiteral("--database"), from, QStringLiteral("--to"), file,
                              QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
    CHECK(made.out.startsWith(QStringLiteral("Backup written to")));
    auto manifest = Backup::manifest(file);
    REQUIRE(manifest.ok());
    CHECK(manifest.value().archiveFiles == o.raw(QStringLiteral("SELECT COUNT(*) FROM archive_files")).toLongLong());
    // The backup is recorded in the records it was made of.
    CHECK(o.archive().lastBackup(o.clerk).value() > 0);

    TestDb target;
    const QString to = target.url().displayString();
    const QStringList restoreArgs{QStringLiteral("restore"), QStringLiteral("--from"), file, QStringLiteral("--database"),
                                  to, QStringLiteral("--lang"), QStringLiteral("en")};
    const Run restored = gongwen(restoreArgs);
    INFO(restored.out.toStdString() + restored.err.toStdString());
    REQUIRE(restored.code == 0);
    CHECK(restored.out.contains(QStringLiteral("Audit chain intact")));
    // Over records: refused without --force, and nothing changed.
    const Run again = gongwen(restoreArgs);
    CHECK(again.code == 2);
    CHECK(again.err.contains(QStringLiteral("--force")));
    CHECK(gongwen(restoreArgs + QStringList{QStringLiteral("--force")}).code == 0);
    {
        auto db = Database::open(target.url()).value();
        auto rows = db->run(QStringLiteral("SELECT COUNT(*) FROM archive_items")).value();
        REQUIRE(rows.next());
        CHECK(rows.value(0).toInt() == 2);
        CHECK(Backup::firstDamagedFile(*db).value().isEmpty());
    }
    auto ws = Workspace::open(target.url());
    REQUIRE(ws.ok());
    auto clerk = ws.value()->auth().login(QStringLiteral("clerk"), kPassword);
    REQUIRE(clerk.ok());
    const QByteArray before = o.archive().componentBytes(o.clerk, a.item.id, 1).value();
    CHECK(ws.value()->archive().componentBytes(clerk.value(), a.item.id, 1).value() == before);

    // Not over records someone has open (here the workstation ws): refused, and they are as they were.
    const Run busy = gongwen(restoreArgs + QStringList{QStringLiteral("--force")});
    if (target.url().backend == Backend::Sqlite) {
        CHECK(busy.code != 0);
        CHECK(busy.err.contains(QStringLiteral("is open")));
        CHECK(ws.value()->archive().componentBytes(clerk.value(), a.item.id, 1).value() == before);
    }

    // A damaged backup changes nothing.
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadWrite));
    f.seek(f.size() - 40);
    f.write("garbage-garbage-garbage");
    f.close();
    const Run broken = gongwen(restoreArgs + QStringList{QStringLiteral("--force")});
    CHECK(broken.code == 2);
    CHECK(ws.value()->archive().componentBytes(clerk.value(), a.item.id, 1).value() == before);
}

TEST_CASE("归档文件目录 and 备考表: 件号 order, dates in eight digits, a box for every N items and a new one per "
          "sequence",
          "[archive]")
{
    QList<ArchiveItem> items;
    for (int n : {3, 1, 2}) {
        ArchiveItem a;
        a.code.fonds = QStringLiteral("J012");
        a.code.year = 2026;
        a.code.retention = Retention::Years10;
        a.code.item = n;
        a.title = QStringLiteral("第%1件").arg(n);
        a.date = QStringLiteral("2026-03-0%1").arg(n);
        a.pages = n;
        a.remark = n == 2 ? QStringLiteral("附件缺页") : QString();
        items << a;
    }
    ArchiveItem other = items.first();
    other.code.retention = Retention::Permanent;
    other.code.item = 1;
    items << other;
    const DataTable t = ArchiveService::catalogueTable(items, 2026, Retention::Years10);
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows.first().at(0).toString() == QStringLiteral("0001"));
    CHECK(t.rows.last().at(1).toString() == QStringLiteral("J012-WS·2026-D10-0003"));
    CHECK(t.rows.first().at(5).toString() == QStringLiteral("20260301"));
    CHECK(t.headers.size() == 9);
    const QList<BoxNote> boxes = ArchiveService::boxNotes(items, 2);
    REQUIRE(boxes.size() == 3); // 永久 first: Y-0001; then D10-0001–0002 and D10-0003
    CHECK(boxes.at(0).firstCode == QStringLiteral("J012-WS·2026-Y-0001"));
    CHECK(boxes.at(0).items == 1);
    CHECK(boxes.at(1).items == 2);
    CHECK(boxes.at(1).pages == 3);
    CHECK(boxes.at(1).lastCode == QStringLiteral("J012-WS·2026-D10-0002"));
    CHECK(boxes.at(1).remarks == QStringList{QStringLiteral("0002：附件缺页")});
    CHECK(boxes.at(2).firstCode == QStringLiteral("J012-WS·2026-D10-0003"));
    CHECK(boxes.at(2).items == 1);
}

TEST_CASE("scheduled backup: due at the interval itself, not a second before, never when off, the newest ten kept",
          "[archive]")
{
    const QDateTime last(QDate(2026, 11, 29), QTime(2, 0)); // local time, as the workstation names its files
    CHECK_FALSE(BackupFolder::due(last, last.addSecs(24 * 3600 - 1), 24));
    CHECK(BackupFolder::due(last, last.addSecs(24 * 3600), 24));
    CHECK_FALSE(BackupFolder::due(last, last.addDays(30), 0));
    CHECK(BackupFolder::due(QDateTime(), last, 24)); // none made yet
    QTemporaryDir dir;
    for (int i = 0; i < 12; ++i) {
        QFile f(dir.filePath(BackupFolder::fileName(last.addDays(i))));
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    QFile other(dir.filePath(QStringLiteral("gongwen-notes.gwbackup")));
    REQUIRE(other.open(QIODevice::WriteOnly));
    CHECK(BackupFolder::newest(dir.path()) == last.addDays(11));
    const QStringList removed = BackupFolder::prune(dir.path(), 10);
    CHECK(removed == QStringList{BackupFolder::fileName(last), BackupFolder::fileName(last.addDays(1))});
    CHECK(QFile::exists(dir.filePath(QStringLiteral("gongwen-notes.gwbackup"))));
    CHECK(BackupFolder::newest(dir.path()) == last.addDays(11));
}

TEST_CASE("a forwarding document and what it forwards are one 件: the received document after it, and not "
          "archived again on its own",
          "[archive][storage]")
{
    ArchiveOffice o;
    const Draft forwarding = o.released(QStringLiteral("关于转发区教育局校舍安全工作方案的通知"));
    const IncomingItem received = o.answered();
    auto out = o.archive().archive(
        o.clerk, ArchiveRequest{ArchiveSource::Outgoing, forwarding.id, Retention::Years10, {}, received.id}, o.pdf);
    REQUIRE(out.ok());
    const ArchiveItem &a = out.value().item;
    CHECK(a.forwardedId == received.id);
    QList<ComponentRole> roles;
    for (const ArchiveComponent &c : a.components)
        roles << c.role;
    REQUIRE(roles.contains(ComponentRole::Forwarded));
    CHECK(roles.indexOf(ComponentRole::Forwarded) > roles.indexOf(ComponentRole::Released));
    CHECK(roles.indexOf(ComponentRole::Forwarded) < roles.indexOf(ComponentRole::RoutingSlip));
    CHECK(o.archive().candidates(o.clerk).value().isEmpty());
    CHECK(o.archive()
              .archive(o.clerk, {ArchiveSource::Incoming, received.id, Retention::Years10, {}, 0}, o.pdf)
              .error()
              .code == ErrorCode::Conflict);
}

TEST_CASE("the office's own 保管期限 rules propose the retention, rules it cannot read are refused and change nothing",
          "[archive][storage]")
{
    ArchiveOffice o;
    o.released();
    CHECK(o.archive().candidates(o.clerk).value().first().proposed == Retention::Years10); // the defaults
    Office office = o.ws->office().office().value().value();
    office.retentionRules = QStringLiteral("本单位 通知 永久\n收文 全部 10年");
    REQUIRE(o.ws->office().update(o.admin, office).ok());
    CHECK(o.archive().candidates(o.clerk).value().first().proposed == Retention::Permanent);
    office = o.ws->office().office().value().value();
    office.retentionRules = QStringLiteral("本单位 通知 永远");
    auto refused = o.ws->office().update(o.admin, office);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("本单位 通知 永远")));
    CHECK(o.ws->office().office().value().value().retentionRules.startsWith(QStringLiteral("本单位 通知 永久")));
}

TEST_CASE("clearance on every archive path: a forwarded secret makes its 件 secret, findings above a reader's "
          "clearance are not shown, no loan approved by its borrower, a backup only by one cleared for every record",
          "[archive][storage]")
{
    ArchiveOffice o;
    const Draft forwarding = o.released(QStringLiteral("关于转发区教育局工作方案的通知"));
    IncomingItem secret = o.answered(QStringLiteral("教发〔2026〕9号"), QStringLiteral("关于校园安保的请示"));
    {
        auto db = Database::open(o.db.url()).value();
        REQUIRE(db->exec(QStringLiteral("UPDATE incoming_items SET secrecy = 'confidential', secrecy_rank = 1 WHERE id = ?"),
                         {secret.id})
                    .ok());
    }
    const ArchiveOutcome a = o.archived(ArchiveSource::Outgoing, forwarding.id);
    const Principal low = o.addUser(QStringLiteral("auditor2"), {Role::Auditor}, Clearance::None);
    auto both = o.archive().archive(
        o.clerk, ArchiveRequest{ArchiveSource::Outgoing, o.released(QStringLiteral("关于转发的通知")).id,
                                Retention::Years10, {}, secret.id},
        o.pdf);
    REQUIRE(both.ok());
    CHECK(both.value().item.secrecy == Clearance::Confidential);
    CHECK(o.archive().list(low, {}).value().size() == 1);
    CHECK(o.archive().get(low, both.value().item.id).error().code == ErrorCode::NotFound);
    // A finding on the secret 件 is not shown to the reader below it.
    {
        auto db = Database::open(o.db.url()).value();
        REQUIRE(db->exec(QStringLiteral("UPDATE archive_items SET responsible = '' WHERE id = ?"), {both.value().item.id}).ok());
    }
    REQUIRE(o.archive().check(o.clerk, o.pdf, QStringLiteral("on_demand")).ok());
    CHECK(o.archive().lastCheck(o.director).value()->failures == 2); // the metadata, the backup
    CHECK(o.archive().lastCheck(low).value()->failures == 1);        // the backup only
    // No one approves a loan to themselves.
    auto loan = o.archive().recordLoan(o.clerk, {a.item.id, o.director.userId, LoanForm::Paper, QStringLiteral("查阅"),
                                                 QDate(2026, 3, 9)});
    REQUIRE(loan.ok());
    CHECK(o.archive().decideLoan(o.director, loan.value().id, loan.value().version, true, {}).error().code ==
          ErrorCode::Permission);
    // A second paper loan of the same 件 while the first is open: refused.
    CHECK(o.archive()
              .recordLoan(o.clerk, {a.item.id, o.drafter.userId, LoanForm::Paper, QStringLiteral("查阅"), QDate(2026, 3, 9)})
              .error()
              .code == ErrorCode::Conflict);
    // A backup copies every record: refused to a clerk whose clearance does not reach the highest.
    QTemporaryDir dir;
    const Principal lowClerk = o.addUser(QStringLiteral("clerk3"), {Role::Clerk}, Clearance::None);
    CHECK(o.archive().backup(lowClerk, dir.filePath(QStringLiteral("b.gwbackup"))).error().code == ErrorCode::Permission);
    CHECK(o.archive().backup(o.printer, dir.filePath(QStringLiteral("b.gwbackup"))).error().code == ErrorCode::Permission);
    CHECK(o.archive().backup(o.clerk, dir.filePath(QStringLiteral("b.gwbackup"))).ok());
}
