// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — tables written out: CSV in UTF-8 with a BOM or in GB18030, and Excel workbooks
// read back from the file (the zip's XML), numbers as numbers under a frozen header row.
#include "storage/TableExport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>

using namespace gw;

namespace {
DataTable sample()
{
    DataTable t;
    t.title = QStringLiteral("差错台账 2026年3月");
    t.headers = {QStringLiteral("拟稿单位"), QStringLiteral("办文件数"), QStringLiteral("每件差错")};
    t.rows = {{QStringLiteral("秘书科"), 3, 7.0 / 3},
              {QStringLiteral("区教育局, \"代拟\""), 1, 3.0},
              {QStringLiteral("=HYPERLINK(\"x\")"), 0, 0.0},
              {QStringLiteral("合计"), 4, 2.5}};
    t.note = QStringLiteral("只统计您的密级范围内的文件");
    return t;
}

QString unzip(const QString &zip, const QString &member)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, member});
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

TEST_CASE("export CSV: UTF-8 with BOM, quoted fields, a formula kept as text, the note last", "[stats]")
{
    auto bytes = TableExport::csv(sample(), CsvEncoding::Utf8Bom);
    REQUIRE(bytes.ok());
    REQUIRE(bytes.value().startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.value().mid(3)).split(QStringLiteral("\r\n"));
    CHECK(lines.at(0) == QStringLiteral("拟稿单位,办文件数,每件差错"));
    CHECK(lines.at(1) == QStringLiteral("秘书科,3,2.33"));
    CHECK(lines.at(2) == QStringLiteral("\"区教育局, \"\"代拟\"\"\",1,3.00"));
    CHECK(lines.at(3) == QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\",0,0.00"));
    CHECK(lines.at(5).isEmpty());
    CHECK(lines.at(6) == QStringLiteral("只统计您的密级范围内的文件"));
}

TEST_CASE("export CSV: GB18030 on request, read back the same", "[stats]")
{
    auto bytes = TableExport::csv(sample(), CsvEncoding::Gb18030);
    REQUIRE(bytes.ok());
    CHECK_FALSE(bytes.value().startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.value().contains("\xBA\xCF\xBC\xC6")); // 合计 in GB18030
    QStringDecoder gb("GB18030");
    REQUIRE(gb.isValid());
    const QString back = gb.decode(bytes.value());
    CHECK(back.startsWith(QStringLiteral("拟稿单位,办文件数")));
    CHECK(back.contains(QStringLiteral("合计,4,2.50")));
}

TEST_CASE("export XLSX: a sheet per table, the header frozen and bold, numbers as numbers", "[stats]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("台账.xlsx"));
    DataTable second = sample();
    second.title = QStringLiteral("核稿质量: 2026/3");
    auto bytes = TableExport::xlsx({sample(), second});
    REQUIRE(bytes.ok());
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(bytes.value());
    out.close();

    const QString book = unzip(path, QStringLiteral("xl/workbook.xml"));
    CHECK(book.contains(QStringLiteral("name=\"差错台账 2026年3月\"")));
    CHECK(book.contains(QStringLiteral("name=\"核稿质量 2026 3\""))); // no : or / in a sheet's name
    const QString strings =
        unzip(path, QStringLiteral("xl/sharedStrings.xml")).replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    CHECK(strings.contains(QStringLiteral("拟稿单位")));
    CHECK(strings.contains(QStringLiteral("区教育局, \"代拟\"")));
    CHECK(strings.contains(QStringLiteral("只统计您的密级范围内的文件")));
    const QString sheet = unzip(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(sheet.contains(QStringLiteral("ySplit=\"1\"")));   // the header row stays in view
    CHECK(sheet.contains(QStringLiteral("state=\"frozen\"")));
    // B2 holds the number 3, C5 the number 2.5: no t="s" (a shared string) on them.
    CHECK(sheet.contains(QRegularExpression(QStringLiteral("<c r=\"B2\"[^>]*><v>3</v></c>"))));
    CHECK(sheet.contains(QRegularExpression(QStringLiteral("<c r=\"C5\"[^>]*><v>2.5</v></c>"))));
    CHECK_FALSE(sheet.contains(QRegularExpression(QStringLiteral("<c r=\"B2\"[^>]*t=\"s\""))));
    CHECK(sheet.contains(QRegularExpression(QStringLiteral("<c r=\"A2\"[^>]*t=\"s\""))));
    const QString styles = unzip(path, QStringLiteral("xl/styles.xml"));
    CHECK(styles.contains(QStringLiteral("<b/>")));
}
