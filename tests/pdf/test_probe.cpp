// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — the first look at a PDF: real files open, bad ones get a message.
#include <catch2/catch.hpp>

#include "pdf/PdfProbe.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

using namespace gw;

namespace {
QByteArray makePdf(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(QStringLiteral("关于做好2026年防汛工作的通知"));
    QPainter p(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        p.drawText(100, 100, QStringLiteral("第%1页").arg(i + 1));
    }
    p.end();
    return bytes;
}
} // namespace

TEST_CASE("a generated PDF opens with its page count and title", "[pdf]")
{
    auto facts = probePdf(makePdf(3));
    REQUIRE(facts.ok());
    CHECK(facts.value().pageCount == 3);
    CHECK(facts.value().title == QStringLiteral("关于做好2026年防汛工作的通知"));
    CHECK_FALSE(facts.value().encrypted);
}

TEST_CASE("empty, foreign and truncated files get a message, not a crash", "[pdf][bad-input]")
{
    CHECK(probePdf(QByteArray()).error().code == ErrorCode::Validation);
    CHECK(probePdf(QByteArray("PK\x03\x04 a zip file")).error().code == ErrorCode::Validation);
    const QByteArray full = makePdf(2);
    auto cut = probePdf(full.left(40));
    CHECK_FALSE(cut.ok());
    CHECK_FALSE(cut.error().message.isEmpty());
}
