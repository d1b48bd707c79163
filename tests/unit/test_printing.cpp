// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — numbered printing and the first reader: the print log, reprints, classified
// copies, the gate to release, and where a failure goes back to.
#include "ChainOffice.h"

#include "services/PrintingService.h"
#include "services/StatsService.h"

using namespace gw;
using namespace gw::test;

namespace {
const QByteArray kPdf("%PDF-1.4 test");

struct PrintOffice : ChainOffice
{
    PrintingService &printing() const { return ws->printing(); }

    /// A signed, registered 区政府办公室 notice waiting for printing.
    Draft registered(Clearance secrecy = Clearance::None)
    {
        DraftFields f = fields(Issuer::DistrictOffice, false);
        f.secrecy = secrecy;
        f.ccRecipients = {QStringLiteral("区委办公室"), QStringLiteral("区人武部")};
        Draft d = create(f);
        walkToRegistration(d);
        auto r = drafting().registerDocument(reviewer, d.id, d.version, QStringLiteral("测政发"));
        REQUIRE(r.ok());
        REQUIRE(r.value().state == QStringLiteral("printing"));
        return r.value();
    }

    static QList<PrintCopy> copies(int from, int count, const QString &recipient = {})
    {
        QList<PrintCopy> out;
        for (int i = 0; i < count; ++i)
            out.append({from + i, recipient, false});
        return out;
    }

    Draft printAndSend(Draft d)
    {
        auto job = printing().recordPrint(printer, d.id, d.version, copies(1, 3), QStringLiteral("PDF"),
                                          QByteArray("%PDF-1.4 test"));
        REQUIRE(job.ok());
        d = drafting().get(admin, d.id).value();
        auto sent = printing().sendToFirstReader(printer, d.id, d.version);
        REQUIRE(sent.ok());
        return sent.value();
    }
};
} // namespace

TEST_CASE("printing: every copy has its 份号, the log says who printed which numbers, a reprint is marked",
          "[print][storage][printing]")
{
    PrintOffice o;
    Draft d = o.registered();
    auto doc = o.printing().officialDocument(o.printer, d.id, 7);
    REQUIRE(doc.ok());
    CHECK(doc.value().copyNumber == QStringLiteral("000007"));
    CHECK(doc.value().docNumber == QStringLiteral("测政发〔2026〕1号"));
    CHECK(doc.value().signMark == QStringLiteral("测试区人民政府办公室"));
    CHECK(doc.value().printedText().contains(QStringLiteral("2026年3月2日"))); // 成文日期: the signing date
    CHECK(o.printing().nextCopyNumber(o.printer, d.id).value() == 1);
    const qint64 audits = o.auditCount();
    auto job = o.printing().recordPrint(o.printer, d.id, d.version,
                                        PrintOffice::copies(1, 3, QStringLiteral("各镇")),
                                        QStringLiteral("HP LaserJet"), QByteArray("%PDF-1.4 one"));
    INFO((job.ok() ? std::string() : job.error().message.toStdString()));
    REQUIRE(job.ok());
    CHECK_FALSE(job.value().reprint);
    CHECK(o.auditCount() == audits + 1);
    CHECK(o.printing().nextCopyNumber(o.printer, d.id).value() == 4);
    d = o.drafting().get(o.admin, d.id).value();
    QList<PrintCopy> again = PrintOffice::copies(3, 2); // 000003 again, and 000004
    auto reprint = o.printing().recordPrint(o.printer, d.id, d.version, again, QStringLiteral("HP LaserJet"),
                                            QByteArray("%PDF-1.4 two"));
    REQUIRE(reprint.ok());
    CHECK(reprint.value().reprint);
    const auto log = o.printing().printLog(o.admin, d.id).value();
    REQUIRE(log.size() == 2);
    CHECK(log.at(0).printedByName == o.printer.displayName);
    CHECK(log.at(0).copies.size() == 3);
    CHECK(log.at(0).copies.at(0).recipient == QStringLiteral("各镇"));
    CHECK(log.at(1).copies.at(0).number == 3);
    CHECK(log.at(1).copies.at(0).reprint);
    CHECK_FALSE(log.at(1).copies.at(1).reprint);
    const auto slip = o.drafting().routing(o.admin, d.id).value();
    CHECK(slip.last().action == QStringLiteral("reprint"));
    // Someone without the printing post cannot print; the same number twice in one print is refused.
    d = o.drafting().get(o.admin, d.id).value();
    CHECK(
        o.printing().recordPrint(o.clerk, d.id, d.version, PrintOffice::copies(9, 1), {}, {}).error().code ==
        ErrorCode::Permission);
    CHECK(o.printing()
              .recordPrint(o.printer, d.id, d.version, {{5, {}, false}, {5, {}, false}}, {}, {})
              .error()
              .code == ErrorCode::Validation);
}

TEST_CASE("printing: a classified document records a recipient for every copy", "[print][storage][printing]")
{
    PrintOffice o;
    Draft d = o.registered(Clearance::Confidential);
    QList<PrintCopy> c = PrintOffice::copies(1, 2, QStringLiteral("区委办公室"));
    c[1].recipient.clear();
    auto refused = o.printing().recordPrint(o.printer, d.id, d.version, c, QStringLiteral("PDF"), kPdf);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("000002")));
    CHECK(o.printing().printLog(o.printer, d.id).value().isEmpty()); // nothing logged
    CHECK_FALSE(o.printing().printLog(o.admin, d.id).ok());          // above the administrator's clearance
    c[1].recipient = QStringLiteral("区人武部");
    CHECK_FALSE(
        o.printing().recordPrint(o.printer, d.id, d.version, c, QStringLiteral("PDF"), {}).ok()); // no PDF
    auto printed = o.printing().recordPrint(o.printer, d.id, d.version, c, QStringLiteral("PDF"), kPdf);
    REQUIRE(printed.ok());
    // A reprint of a number goes to whom it went before.
    d = o.drafting().get(o.printer, d.id).value();
    QList<PrintCopy> again{{2, QStringLiteral("区委办公室"), false}};
    auto elsewhere = o.printing().recordPrint(o.printer, d.id, d.version, again, QStringLiteral("PDF"), kPdf);
    REQUIRE_FALSE(elsewhere.ok());
    CHECK(elsewhere.error().message.contains(QStringLiteral("区人武部")));
    again[0].recipient.clear();
    auto same = o.printing().recordPrint(o.printer, d.id, d.version, again, QStringLiteral("PDF"), kPdf);
    REQUIRE(same.ok());
    CHECK(same.value().copies.first().recipient == QStringLiteral("区人武部"));
    CHECK(same.value().copies.first().reprint);
}

TEST_CASE("printing: not before registration, and not with format findings", "[print][storage][printing]")
{
    PrintOffice o;
    Draft d = o.create(o.fields(Issuer::DistrictOffice, false));
    CHECK(o.printing()
              .recordPrint(o.printer, d.id, d.version, PrintOffice::copies(1, 1), {}, {})
              .error()
              .code == ErrorCode::Validation);
    DraftFields f = o.fields(Issuer::DistrictOffice, false);
    f.title = QStringLiteral("关于做好防汛工作的通知。"); // a full stop in the title
    d = o.create(f);
    o.walkToRegistration(d);
    d = o.drafting().registerDocument(o.reviewer, d.id, d.version, QStringLiteral("测政发")).value();
    const auto findings = o.printing().formatCheck(o.reviewer, d.id).value();
    REQUIRE(findings.size() == 1);
    CHECK(findings.first().rule == QStringLiteral("title.punctuation"));
    auto refused = o.printing().recordPrint(o.printer, d.id, d.version, PrintOffice::copies(1, 1), {}, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("title")));
}

TEST_CASE("first reader: the gate — nothing is released without a pass, through any service call",
          "[print][storage][first-reader]")
{
    PrintOffice o;
    Draft d = o.registered();
    // At printing: no chain action moves it, and the first reader cannot pass what is not printed.
    for (const Principal &a : {o.reviewer, o.printer, o.firstReader, o.clerk, o.director, o.vice, o.admin}) {
        for (ChainAction act : {ChainAction::Pass, ChainAction::Return, ChainAction::Close})
            CHECK_FALSE(o.drafting().act(a, d.id, d.version, act, QStringLiteral("理由")).ok());
        CHECK_FALSE(o.printing()
                        .pass(a, d.id, d.version, FirstReaderChecklist::codes(), {QStringLiteral("各镇")})
                        .ok());
        CHECK_FALSE(o.drafting().registerDocument(a, d.id, d.version, QStringLiteral("测政发")).ok());
    }
    CHECK_FALSE(o.printing().sendToFirstReader(o.printer, d.id, d.version).ok()); // nothing printed yet
    d = o.printAndSend(d);
    CHECK(d.state == QStringLiteral("first_reading"));
    // At the first reader: only the first reader's pass releases it, and only with the checklist complete.
    for (const Principal &a : {o.reviewer, o.printer, o.clerk, o.director, o.vice, o.admin}) {
        for (ChainAction act : {ChainAction::Pass, ChainAction::Return, ChainAction::Close})
            CHECK_FALSE(o.drafting().act(a, d.id, d.version, act, QStringLiteral("理由")).ok());
        CHECK(o.printing()
                  .pass(a, d.id, d.version, FirstReaderChecklist::codes(), {QStringLiteral("各镇")})
                  .error()
                  .code == ErrorCode::Permission);
    }
    QStringList partial = FirstReaderChecklist::codes();
    partial.removeLast();
    auto incomplete = o.printing().pass(o.firstReader, d.id, d.version, partial, {QStringLiteral("各镇")});
    REQUIRE_FALSE(incomplete.ok());
    CHECK(incomplete.error().code == ErrorCode::Validation);
    CHECK_FALSE(o.printing().pass(o.firstReader, d.id, d.version, FirstReaderChecklist::codes(), {}).ok());
    CHECK(o.drafting().get(o.admin, d.id).value().state == QStringLiteral("first_reading"));
    CHECK(o.drafting().get(o.admin, d.id).value().releasedAtMs == 0);
    o.clock->advanceSecs(600);
    auto passed =
        o.printing().pass(o.firstReader, d.id, d.version, FirstReaderChecklist::codes(),
                          {QStringLiteral("各镇人民政府、街道办事处"), QStringLiteral("区委办公室")});
    REQUIRE(passed.ok());
    CHECK(passed.value().state == QStringLiteral("release"));
    CHECK(passed.value().releasedAtMs == o.clock->nowMs());
    const auto readings = o.printing().readings(o.admin, d.id).value();
    REQUIRE(readings.size() == 1);
    CHECK(readings.first().passed);
    CHECK(readings.first().distribution.size() == 2);
    CHECK(o.drafting().routing(o.admin, d.id).value().last().action == QStringLiteral("release"));
}

TEST_CASE("first reader: a failure records its category and goes back to 秘书科 or to the signer",
          "[print][storage][first-reader]")
{
    PrintOffice o;
    Draft d = o.printAndSend(o.registered());
    CHECK_FALSE(o.printing()
                    .fail(o.firstReader, d.id, d.version, MarkupCategory::Wording,
                          FirstReadingReturn::Secretariat, {})
                    .ok()); // a note is required
    auto failed =
        o.printing().fail(o.firstReader, d.id, d.version, MarkupCategory::Wording,
                          FirstReadingReturn::Secretariat, QStringLiteral("第二段“各镇”误印为“各真”"));
    REQUIRE(failed.ok());
    d = failed.value();
    CHECK(d.state == QStringLiteral("printing")); // 秘书科 fixes the wording and prints again
    CHECK(d.signedVersion == 1);                  // the signature stands
    // The wording fix, a new print of the new version, and the first reader again.
    auto fixed = o.drafting().wordingFix(o.reviewer, d.id, d.version,
                                         DraftBody{QStringLiteral("一、总体要求\n各镇要高度重视。"), {}},
                                         QStringLiteral("更正错字"));
    REQUIRE(fixed.ok());
    d = fixed.value();
    CHECK_FALSE(
        o.printing().sendToFirstReader(o.printer, d.id, d.version).ok()); // the new version is unprinted
    d = o.printAndSend(d);
    auto content =
        o.printing().fail(o.firstReader, d.id, d.version, MarkupCategory::Policy, FirstReadingReturn::Signer,
                          QStringLiteral("补助标准与区政府常务会议决定不一致"));
    REQUIRE(content.ok());
    CHECK(content.value().signedVersion == 0);         // a content change voids the signature
    CHECK(content.value().dueAtMs > o.clock->nowMs()); // the signer's step has its time limit again
    CHECK(content.value().state == ChainEngine::signStep(content.value().variant));
    const auto counts =
        o.ws->stats().ledger(o.director, StatsPeriod::year(2026), LedgerRows::Unit).value().total.firstReadFails;
    CHECK(counts.value(MarkupCategory::Wording) == 1);
    CHECK(counts.value(MarkupCategory::Policy) == 1);
    CHECK(counts.value(MarkupCategory::Format) == 0);
    const auto readings = o.printing().readings(o.admin, d.id).value();
    REQUIRE(readings.size() == 2);
    CHECK(readings.at(0).backTo == FirstReadingReturn::Secretariat);
    CHECK(readings.at(1).backTo == FirstReadingReturn::Signer);
    CHECK_FALSE(readings.at(1).passed);
}

TEST_CASE("first reader: a print that no longer matches the document cannot go to the first reader or pass",
          "[print][storage][first-reader]")
{
    PrintOffice o;
    Draft d = o.registered();
    auto job = o.printing().recordPrint(o.printer, d.id, d.version, PrintOffice::copies(1, 2),
                                        QStringLiteral("PDF"), kPdf);
    REQUIRE(job.ok());
    // The 成文日期 changes after printing: the same body version, another document on paper.
    o.clock->advanceSecs(2 * 24 * 3600);
    d = o.drafting().get(o.admin, d.id).value();
    auto dated = o.drafting().setWrittenDate(o.drafter, d.id, d.version, QDate(2026, 3, 4));
    REQUIRE(dated.ok());
    d = dated.value();
    auto stale = o.printing().sendToFirstReader(o.printer, d.id, d.version);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().message.contains(QStringLiteral("成文日期")));
    REQUIRE(
        o.printing()
            .recordPrint(o.printer, d.id, d.version, PrintOffice::copies(1, 2), QStringLiteral("PDF"), kPdf)
            .ok());
    d = o.drafting().get(o.admin, d.id).value();
    auto sent = o.printing().sendToFirstReader(o.printer, d.id, d.version);
    REQUIRE(sent.ok());
    d = sent.value();
    // And once with the first reader, a change before the pass blocks the pass too.
    o.clock->advanceSecs(24 * 3600);
    d = o.drafting().setWrittenDate(o.drafter, d.id, d.version, QDate(2026, 3, 5)).value();
    auto passed = o.printing().pass(o.firstReader, d.id, d.version, FirstReaderChecklist::codes(),
                                    {QStringLiteral("各镇")});
    REQUIRE_FALSE(passed.ok());
    CHECK(o.drafting().get(o.admin, d.id).value().state == QStringLiteral("first_reading"));
}

TEST_CASE("printing: copy counts and first-reader statistics leave out what is above the reader's clearance",
          "[print][storage][clearance]")
{
    PrintOffice o;
    Draft secret = o.registered(Clearance::Secret);
    QList<PrintCopy> c = PrintOffice::copies(1, 2, QStringLiteral("区委办公室"));
    REQUIRE(
        o.printing().recordPrint(o.printer, secret.id, secret.version, c, QStringLiteral("PDF"), kPdf).ok());
    secret =
        o.printing()
            .sendToFirstReader(o.printer, secret.id, o.drafting().get(o.printer, secret.id).value().version)
            .value();
    REQUIRE(o.printing()
                .fail(o.firstReader, secret.id, secret.version, MarkupCategory::Format,
                      FirstReadingReturn::Secretariat, QStringLiteral("版记分隔线位置不对"))
                .ok());
    const Principal low = o.addUser(QStringLiteral("low"), {Role::Clerk}, Clearance::None);
    Draft forged = secret; // a caller claiming the document is not classified
    forged.fields.secrecy = Clearance::None;
    CHECK(o.printing().copyCounts(low, {forged}).value().value(secret.id) == 0);
    CHECK(o.printing().copyCounts(o.printer, {secret}).value().value(secret.id) == 2);
    const Principal lowViewer = o.addUser(QStringLiteral("lowviewer"), {Role::Supervisor}, Clearance::None);
    const Principal viewer = o.addUser(QStringLiteral("viewer"), {Role::Supervisor}, Clearance::Secret);
    auto failures = [&](const Principal &who) {
        return o.ws->stats().ledger(who, StatsPeriod::year(2026), LedgerRows::Unit).value().total.firstReadFails;
    };
    CHECK(failures(lowViewer).value(MarkupCategory::Format) == 0);
    CHECK(failures(viewer).value(MarkupCategory::Format) == 1);
}
