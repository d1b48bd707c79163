// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — a workstation that writes through the services as fast as it can.
// Usage: gongwen-stress-writer DATABASE_URL USER PASSWORD PREFIX COUNT [units|numbers|issues|archive]
// units: creates units named PREFIX0, PREFIX1 … through the unit service.
// numbers: takes COUNT document numbers of PREFIX for 2026, each in its own write transaction.
// issues: numbers the serial issues carried by the drafts PREFIX lists (ids, comma-separated), COUNT of
// them, for 2026, each in its own write transaction.
// archive: archives the released documents PREFIX lists (ids, comma-separated), COUNT of them, through the
// archive service (10 years), printing each 件号.
// Prints "committed X" after each committed change, so a parent that kills it knows what must be there.
#include "TextPdf.h"
#include "services/ArchiveService.h"
#include "services/AuthService.h"
#include "services/UnitService.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/NumberingRepository.h"
#include "storage/SerialRepository.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6 && args.size() != 7) {
        std::fprintf(
            stderr, "usage: gongwen-stress-writer DATABASE_URL USER PASSWORD PREFIX COUNT [units|numbers|issues|archive]\n");
        return 2;
    }
    auto url = gw::DatabaseUrl::parse(args.at(1));
    if (!url) {
        std::fprintf(stderr, "error %s\n", qPrintable(url.error().message));
        return 2;
    }
    auto ws = gw::Workspace::open(url.value());
    if (!ws) {
        std::fprintf(stderr, "error %s\n", qPrintable(ws.error().message));
        return 1;
    }
    auto actor = ws.value()->auth().login(args.at(2), args.at(3));
    if (!actor) {
        std::fprintf(stderr, "error %s\n", qPrintable(actor.error().message));
        return 1;
    }
    const int count = args.at(5).toInt();
    if (args.value(6) == QLatin1String("archive")) {
        gw::test::TextPdf pdf;
        const QStringList drafts = args.at(4).split(QLatin1Char(','));
        for (int i = 0; i < count && i < drafts.size(); ++i) {
            auto done = ws.value()->archive().archive(
                actor.value(),
                gw::ArchiveRequest{gw::ArchiveSource::Outgoing, drafts.at(i).toLongLong(), gw::Retention::Years10, {}, 0},
                pdf);
            if (!done) {
                std::fprintf(stderr, "error %s\n", qPrintable(done.error().message));
                return 1;
            }
            std::printf("committed %d\n", done.value().item.code.item);
            std::fflush(stdout);
        }
        return 0;
    }
    if (args.value(6) == QLatin1String("issues")) {
        gw::Database &db = ws.value()->database();
        const QStringList drafts = args.at(4).split(QLatin1Char(','));
        for (int i = 0; i < count && i < drafts.size(); ++i) {
            gw::WriteTransaction tx(db);
            if (!tx.status()) {
                std::fprintf(stderr, "error %s\n", qPrintable(tx.status().error().message));
                return 1;
            }
            auto issue = gw::SerialRepository(db).number(drafts.at(i).toLongLong(), 2026);
            if (!issue || !issue.value()) {
                std::fprintf(stderr, "error %s\n", issue ? "no issue" : qPrintable(issue.error().message));
                return 1;
            }
            if (auto st = tx.commit(); !st) {
                std::fprintf(stderr, "error %s\n", qPrintable(st.error().message));
                return 1;
            }
            std::printf("committed %d\n", issue.value()->number);
            std::fflush(stdout);
        }
        return 0;
    }
    if (args.value(6) == QLatin1String("numbers")) {
        gw::Database &db = ws.value()->database();
        for (int i = 0; i < count; ++i) {
            gw::WriteTransaction tx(db);
            if (!tx.status()) {
                std::fprintf(stderr, "error %s\n", qPrintable(tx.status().error().message));
                return 1;
            }
            auto n = gw::NumberingRepository(db).next(args.at(4), 2026);
            if (!n) {
                std::fprintf(stderr, "error %s\n", qPrintable(n.error().message));
                return 1;
            }
            if (auto st = tx.commit(); !st) {
                std::fprintf(stderr, "error %s\n", qPrintable(st.error().message));
                return 1;
            }
            std::printf("committed %d\n", n.value());
            std::fflush(stdout);
        }
        return 0;
    }
    for (int i = 0; i < count; ++i) {
        gw::Unit u;
        u.name = args.at(4) + QString::number(i);
        u.type = gw::UnitType::Enterprise;
        auto done = ws.value()->units().create(actor.value(), u);
        if (!done) {
            std::fprintf(stderr, "error %s\n", qPrintable(done.error().message));
            return 1;
        }
        std::printf("committed %s\n", qPrintable(u.name));
        std::fflush(stdout);
    }
    return 0;
}
