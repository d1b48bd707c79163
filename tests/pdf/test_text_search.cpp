// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — search and selection over a page's words, apart from the view.
#include <catch2/catch.hpp>

#include "pdf/PdfTextSearch.h"

using namespace gw;

namespace {
/// One line of characters 10 points wide at the given height, one word each.
PdfPageText line(const QString &text, double top)
{
    PdfPageText page;
    for (int i = 0; i < text.size(); ++i)
        page.words.append(PdfWord{QString(text.at(i)), QRectF(10.0 * i, top, 10, 12)});
    return page;
}
} // namespace

TEST_CASE("PDF search: a hit runs across words, case does not matter, every occurrence is found",
          "[pdf][search]")
{
    PdfPageText page = line(QStringLiteral("防汛工作防汛Work"), 100);
    const auto hits = PdfTextSearch::find(3, page, QStringLiteral("防汛"));
    REQUIRE(hits.size() == 2);
    CHECK(hits.at(0).page == 3);
    CHECK(hits.at(0).boxes.size() == 2);
    CHECK(hits.at(1).boxes.first().left() == 40); // the second 防 is the fifth character
    CHECK(PdfTextSearch::find(0, page, QStringLiteral("work")).size() == 1);
    CHECK(PdfTextSearch::find(0, page, QStringLiteral("抗旱")).isEmpty());
    CHECK(PdfTextSearch::find(0, page, QString()).isEmpty());
}

TEST_CASE("PDF selection: the words under a drag, one box a line", "[pdf][search]")
{
    PdfPageText page = line(QStringLiteral("第一行"), 100);
    page.words += line(QStringLiteral("第二行"), 130).words;
    const auto [boxes, text] = PdfTextSearch::under(page, QRectF(0, 95, 15, 50));
    CHECK(text == QStringLiteral("第一第二"));
    REQUIRE(boxes.size() == 2);
    CHECK(boxes.at(0) == QRectF(0, 100, 20, 12));
    CHECK(boxes.at(1) == QRectF(0, 130, 20, 12));
    CHECK(PdfTextSearch::under(page, QRectF(200, 0, 5, 5)).first.isEmpty());
}
