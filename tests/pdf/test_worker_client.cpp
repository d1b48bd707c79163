// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — the program survives a PDF worker that answers with the wrong image format,
// sizes beyond its bytes or a frame longer than the protocol allows: an error, no crash, no swelling.
#include "pdf/PdfWorkerClient.h"
#include "ProcessMemory.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace gw;

namespace {
std::unique_ptr<PdfWorkerClient> fakeWorker(const char *mode)
{
    return std::make_unique<PdfWorkerClient>(
        QCoreApplication::applicationFilePath(),
        QStringList{QStringLiteral("fake-pdf-worker"), QString::fromLatin1(mode)});
}

const QByteArray kAnyPdf = QByteArrayLiteral("%PDF-1.4\n%%EOF\n"); // the fake opens anything
} // namespace

TEST_CASE("Worker client: a render reply in a format not asked for (Mono, Invalid) is refused, not drawn",
          "[security]")
{
    for (const char *mode : {"mono", "invalid", "huge"}) {
        INFO(mode);
        auto client = fakeWorker(mode);
        REQUIRE(client->open(kAnyPdf).ok());
        auto image = client->render(0, 96);
        REQUIRE_FALSE(image.ok());
        CHECK_FALSE(image.error().message.isEmpty());
    }
}

TEST_CASE("Worker client: a frame longer than the protocol allows stops the worker at once, and the program "
          "does not buffer it",
          "[security]")
{
    auto client = fakeWorker("oversize");
    REQUIRE(client->open(kAnyPdf).ok());
    QElapsedTimer t;
    t.start();
    auto image = client->render(0, 96, 20000);
    REQUIRE_FALSE(image.ok());
    CHECK(t.elapsed() < 10000); // not left to the time limit
    CHECK(gw::test::residentMb() < 300);
}

TEST_CASE("Worker client: a page that overran its time is not asked for again until the user says so",
          "[security]")
{
    auto client = fakeWorker("hang-on-page-1");
    REQUIRE(client->open(kAnyPdf).ok());
    REQUIRE(client->starts() == 1);
    REQUIRE_FALSE(client->render(0, 72, 500).ok()); // overran: the worker is stopped
    CHECK(client->gaveUp(0));
    // Asked again, for its picture or its text, the page fails at once: no new worker is started for it.
    auto again = client->render(0, 72, 500);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("Try again")));
    CHECK_FALSE(client->text(0, 500).ok());
    CHECK(client->starts() == 1);
    // The other page still comes, through a new worker with the document opened again.
    CHECK(client->render(1, 72, 5000).ok());
    CHECK(client->starts() == 2);
    CHECK_FALSE(client->gaveUp(1));
    // Try again: the page is really asked for once more.
    client->retryPage(0);
    CHECK_FALSE(client->gaveUp(0));
    REQUIRE_FALSE(client->render(0, 72, 500).ok());
    CHECK(client->starts() == 2); // it was asked (and overran again) on the running worker
    CHECK(client->gaveUp(0));
    // Another document starts with no page given up.
    REQUIRE(client->open(kAnyPdf + " ").ok());
    CHECK_FALSE(client->gaveUp(0));
}
