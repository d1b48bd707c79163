// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — reading incoming documents of every layout of the corpus through the PDF
// worker, as registration does: every field of every document read right, and nothing guessed where
// the document does not say it.
#include "ReadingCorpus.h"

#include "pdf/PdfWorkerClient.h"
#include "workflow/DocumentReading.h"

#include <catch2/catch.hpp>

using namespace gw;
using namespace gw::test;

namespace {
ReadingFields fieldsOf(const DocumentProposals &p)
{
    return ReadingFields{p.docNumber, p.title,   p.sender,        p.genre,
                         p.urgency,   p.secrecy, p.secrecyPeriod, p.writtenDate};
}
} // namespace

TEST_CASE(
    "Reading: every field of every document in the corpus is read right through the worker, whatever its "
    "layout",
    "[incoming][reading][pdf]")
{
    const QList<ReadingCase> corpus = readingCorpus();
    REQUIRE(corpus.size() >= 40);
    PdfWorkerClient worker(QStringLiteral(GONGWEN_EXECUTABLE), {QStringLiteral("pdf-worker")});
    int wrong = 0;
    for (const ReadingCase &c : corpus) {
        INFO(c.name.toStdString());
        auto opened = worker.open(c.pdf);
        REQUIRE(opened.ok());
        auto text = worker.documentText(opened.value().pageCount);
        REQUIRE(text.ok());
        const QStringList differences = readingDifferences(fieldsOf(readDocument(text.value())), c.expected);
        INFO(text.value().left(600).toStdString());
        CHECK(differences.join(QStringLiteral("; ")).toStdString() == "");
        wrong += differences.isEmpty() ? 0 : 1;
    }
    CHECK(wrong == 0);
}

TEST_CASE(
    "Reading: the 成文日期 is the date under the 署名 — not one in the body, the 版记's 印发日期 or the "
    "attachments",
    "[incoming][reading]")
{
    const QString text = QStringLiteral(
        "云溪区教育局文件\n云教〔2026〕15号\n关于做好2026年中考\n组织工作的请示\n区人民政府：\n"
        "根据2026年2月1日会议精神，现请示如下。\n2026年2月20日\n" // a date alone in the body, no 署名 above
                                                                  // it
        "妥否，请批示。\n附件：考务安排\n云溪区教育局\n2026年3月12日\n（此件公开发布）\n"
        "抄送：区考试中心。\n云溪区人民政府办公室 2026年3月14日印发\n");
    const DocumentProposals p = readDocument(text);
    REQUIRE(p.title);
    CHECK(*p.title == QStringLiteral("关于做好2026年中考组织工作的请示"));
    CHECK(p.genre == Genre::Request);
    CHECK(p.sender == QStringLiteral("云溪区教育局"));
    CHECK(p.mainRecipient == QStringLiteral("区人民政府"));
    CHECK(p.addressee == Addressee::DistrictGovernment);
    CHECK(p.attachments == QStringList{QStringLiteral("考务安排")});
    REQUIRE(p.writtenDate);
    CHECK(*p.writtenDate == QDate(2026, 3, 12));
    // Without a 署名, the first date standing alone on its line is taken; the 印发日期 never.
    const DocumentProposals unsigned_ = readDocument(QStringLiteral(
        "关于做好中考组织工作的请示\n区人民政府：\n现请示如下。\n2026年3月12日\n抄送：区考试中心。\n"
        "云溪区人民政府办公室 2026年3月14日印发\n"));
    CHECK(unsigned_.writtenDate == QDate(2026, 3, 12));
    CHECK_FALSE(
        readDocument(QStringLiteral("关于某事的通知\n现通知如下。\n云溪区人民政府办公室 2026年3月14日印发\n"))
            .writtenDate);
}

TEST_CASE(
    "Reading: without a masthead the 署名 names the sender, and a title under a 纪要's masthead is its own",
    "[incoming][reading]")
{
    const DocumentProposals signedOnly = readDocument(QStringLiteral(
        "关于请求协调解决白沙溪防洪堤维修经费的请示\n区人民政府：\n白沙溪防洪堤年久失修，特请示如下。\n"
        "妥否，请批示。\n云溪区白沙镇人民政府\n2026年5月6日\n"));
    CHECK(signedOnly.sender == QStringLiteral("云溪区白沙镇人民政府"));
    CHECK(signedOnly.title == QStringLiteral("关于请求协调解决白沙溪防洪堤维修经费的请示"));
    CHECK(signedOnly.writtenDate == QDate(2026, 5, 6));
    CHECK_FALSE(signedOnly.docNumber);

    const DocumentProposals minutes = readDocument(
        QStringLiteral("云溪区人民政府专题会议纪要\n第12期\n云溪区人民政府办公室 2026年4月2日\n"
                       "关于研究城区停车设施建设的会议纪要\n3月30日，区政府召开专题会议，纪要如下。\n"));
    CHECK(minutes.sender == QStringLiteral("云溪区人民政府"));
    CHECK(minutes.title == QStringLiteral("关于研究城区停车设施建设的会议纪要"));
    CHECK(minutes.genre == Genre::Minutes);
    CHECK(minutes.writtenDate == QDate(2026, 4, 2));
}

TEST_CASE(
    "Reading: the 主送 says whom the document addresses, and the 附件说明 names the attachments in order",
    "[incoming][reading]")
{
    auto read = [](const char *recipient) {
        return readDocument(QStringLiteral("关于修建白沙溪防洪堤的请示\n") + QString::fromUtf8(recipient) +
                            QStringLiteral("\n现请示如下。\n附件：1．工程概算表\n2．现场照片\n"
                                           "3．专家论证意见\n云溪区白沙镇人民政府\n2026年5月6日\n"));
    };
    const DocumentProposals toLeader = read("冯区长：");
    CHECK(toLeader.addressee == Addressee::LeaderPersonally);
    CHECK(toLeader.mainRecipient == QStringLiteral("冯区长"));
    CHECK(toLeader.attachments == QStringList{QStringLiteral("工程概算表"), QStringLiteral("现场照片"),
                                              QStringLiteral("专家论证意见")});
    CHECK(read("区政府办公室：").addressee == Addressee::Office);
    CHECK(read("云溪区人民政府：").addressee == Addressee::DistrictGovernment);
    const DocumentProposals many = read("各镇人民政府、街道办事处，区政府各部门：");
    CHECK(many.mainRecipient == QStringLiteral("各镇人民政府、街道办事处，区政府各部门"));
    CHECK_FALSE(many.addressee == Addressee::LeaderPersonally);
    CHECK_FALSE(read("现将有关事项通知如下：").mainRecipient); // a sentence, not a 主送
}

TEST_CASE(
    "Reading: a title that says 印发 is not the 版记, a number quoted in a title is not the 文号, a title's "
    "first line is not a masthead, and a 密级 is read however it is spaced",
    "[incoming][reading]")
{
    const DocumentProposals printed = readDocument(QStringLiteral(
        "云溪区人民政府办公室文件\n云政办发〔2026〕7号\n关于印发\n《云溪区防汛应急预案》的通知\n"
        "各镇人民政府：\n经区政府同意，现将《云溪区防汛应急预案》印发\n给你们，请认真贯彻执行。\n云溪区人民政"
        "府办公室\n"
        "2026年4月2日\n"
        "抄送：区防指。\n云溪区人民政府办公室 2026年4月3日印发\n"));
    CHECK(printed.title == QStringLiteral("关于印发《云溪区防汛应急预案》的通知"));
    CHECK(printed.writtenDate == QDate(2026, 4, 2));

    const DocumentProposals quoted = readDocument(QStringLiteral(
        "关于转发云政发〔2025〕3号文件的通知\n各镇人民政府：\n现转发给你们。\n云溪区教育局\n2026年1月9日\n"));
    CHECK_FALSE(quoted.docNumber);
    CHECK(quoted.title == QStringLiteral("关于转发云政发〔2025〕3号文件的通知"));
    CHECK(quoted.sender == QStringLiteral("云溪区教育局"));

    const DocumentProposals village =
        readDocument(QStringLiteral("关于申请修建村道的\n请示\n白沙镇人民政府：\n我村道路年久失修，特请示。\n"
                                    "杨柳村村民委员会\n2026年3月3日\n"));
    CHECK(village.title == QStringLiteral("关于申请修建村道的请示"));
    CHECK(village.sender == QStringLiteral("杨柳村村民委员会"));

    for (const char *top : {"机密 ★ 1年\n特急", "000123 机密★1年 特急 附", "机密★1年"}) {
        INFO(top);
        const DocumentProposals p = readDocument(
            QString::fromUtf8(top) + QStringLiteral("\n云溪区教育局文件\n云教〔2026〕9号\n关于某事的请示\n"));
        CHECK(p.secrecy == Clearance::Secret);
        CHECK(p.secrecyPeriod == QStringLiteral("1年"));
    }

    const DocumentProposals closing = readDocument(
        QStringLiteral("关于一季度工作情况的报告\n区人民政府：\n现报告如下。\n特此报告\n2026年4月1日\n"));
    CHECK_FALSE(closing.sender); // "特此报告" is not an organ
    CHECK(closing.writtenDate == QDate(2026, 4, 1));
}

TEST_CASE(
    "Reading: 成文日期 in Chinese numerals, every form of day and month, and nothing from a malformed one",
    "[incoming][reading]")
{
    auto date = [](const char *written) {
        return readDocument(QStringLiteral("关于某事的通知\n各镇人民政府：\n现通知如下。\n云溪区人民政府\n") +
                            QString::fromUtf8(written) + QLatin1Char('\n'))
            .writtenDate;
    };
    CHECK(date("二〇二六年一月一日") == QDate(2026, 1, 1));
    CHECK(date("二〇二六年十月十日") == QDate(2026, 10, 10));
    CHECK(date("二〇二六年十一月二十日") == QDate(2026, 11, 20));
    CHECK(date("二〇二六年十二月三十一日") == QDate(2026, 12, 31));
    CHECK(date("二〇二六年三月十九日") == QDate(2026, 3, 19));
    CHECK(date("二〇二六年三月二十九日") == QDate(2026, 3, 29));
    CHECK(date("二Ｏ二六年三月十二日") == QDate(2026, 3, 12)); // Ｏ for 〇, as some typists write it
    CHECK(date("二零二六年三月十二日") == QDate(2026, 3, 12));
    CHECK_FALSE(date("二〇二六年十十月一日"));
    CHECK_FALSE(date("二〇二六年二月三十日")); // no 30 February
    CHECK_FALSE(date("二〇二六年一二月一日"));
}
