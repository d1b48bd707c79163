// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — an office with finished documents of both kinds to archive (its PDF layer reads the
// test files as text; the real worker is tried in tests/pdf).
#pragma once

#include "ChainOffice.h"
#include "domain/Printing.h"
#include "TextPdf.h"
#include "services/ArchiveService.h"
#include "services/PrintingService.h"

namespace gw::test {

struct ArchiveOffice : ChainOffice
{
    TextPdf pdf;
    ArchiveService &archive() const { return ws->archive(); }

    /// A 区政府办公室 notice carried through sign-off, registration, printing and the first reader.
    Draft released(const QString &title = QStringLiteral("关于做好2026年防汛工作的通知"), Genre genre = Genre::Circular,
                   Clearance secrecy = Clearance::None)
    {
        DraftFields f = fields(Issuer::DistrictOffice, false);
        f.title = title;
        f.genre = genre;
        f.secrecy = secrecy;
        if (secrecy != Clearance::None)
            f.secrecyPeriod = QStringLiteral("1年");
        Draft d = create(f);
        walkToRegistration(d);
        auto r = drafting().registerDocument(reviewer, d.id, d.version, QStringLiteral("测政发"));
        INFO((r.ok() ? std::string() : r.error().message.toStdString()));
        REQUIRE(r.ok());
        d = r.value();
        auto doc = ws->printing().officialDocument(printer, d.id, 1);
        REQUIRE(doc.ok());
        const QByteArray bytes = "%PDF-1.4\n" + doc.value().printedText().join(QLatin1Char('\n')).toUtf8();
        auto printed = ws->printing().recordPrint(printer, d.id, d.version, {{1, QStringLiteral("各镇"), false}},
                                                  QStringLiteral("PDF"), bytes);
        INFO((printed.ok() ? std::string() : printed.error().message.toStdString()));
        REQUIRE(printed.ok());
        d = drafting().get(printer, d.id).value();
        d = ws->printing().sendToFirstReader(printer, d.id, d.version).value();
        auto passed = ws->printing().pass(firstReader, d.id, d.version, FirstReaderChecklist::codes(),
                                          {QStringLiteral("各镇")});
        INFO((passed.ok() ? std::string() : passed.error().message.toStdString()));
        REQUIRE(passed.ok());
        REQUIRE(passed.value().state == QStringLiteral("release")); // released, waiting at 归档
        return passed.value();
    }

    /// An incoming request from the department, its PDF given, read by the deputy head and answered.
    IncomingItem answered(const QString &number = QStringLiteral("教发〔2026〕5号"),
                          const QString &title = QStringLiteral("关于申请修缮校舍的请示"))
    {
        IncomingItem i;
        i.senderUnitId = department;
        i.docNumber = number;
        i.title = title;
        i.genre = Genre::Request;
        const QByteArray file = "%PDF-1.4\n" + (number + QLatin1Char('\n') + title).toUtf8();
        auto r = ws->incoming().registerItem(clerk, i, {IncomingAttachment{0, QStringLiteral("来文.pdf"), {}, 0, file}});
        REQUIRE(r.ok());
        TriageFacts plan;
        plan.categories = {AcceptCategory::AllMustKnow};
        auto &in = ws->incoming();
        IncomingItem it = in.triage(clerk, r.value().id, r.value().version, plan, TriageOutcome::Accept, {}).value();
        it = in.proposeHandling(clerk, it.id, it.version, QStringLiteral("拟请区长阅示")).value();
        it = in.instruct(head, it.id, it.version, QStringLiteral("同意，请教育局抓紧办理")).value();
        IncomingRoute route;
        route.userId = vice.userId;
        route.handles = true;
        it = in.distribute(clerk, it.id, it.version, {route}).value();
        it = in.finishTurn(vice, it.id, it.version, QStringLiteral("已办")).value();
        auto done = in.reply(clerk, it.id, it.version, QStringLiteral("已函复区教育局"));
        INFO((done.ok() ? std::string() : done.error().message.toStdString()));
        REQUIRE(done.ok());
        REQUIRE(done.value().state == QStringLiteral("done"));
        return done.value();
    }

    ArchiveOutcome archived(ArchiveSource source, qint64 id, Retention r = Retention::Years10)
    {
        auto out = archive().archive(clerk, ArchiveRequest{source, id, r, {}, 0}, pdf);
        INFO((out.ok() ? std::string() : out.error().message.toStdString()));
        REQUIRE(out.ok());
        return out.value();
    }
};

} // namespace gw::test
