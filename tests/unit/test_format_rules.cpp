// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — the format check (格式检查): each rule with a passing and a failing case.
#include "domain/PrintComparison.h"
#include "workflow/FormatRules.h"

#include <catch2/catch.hpp>

using namespace gw;

namespace {
/// A document that passes every rule.
OfficialDocument good()
{
    OfficialDocument d;
    d.genre = Genre::Circular;
    d.signMark = QStringLiteral("云溪区人民政府");
    d.docNumber = QStringLiteral("云政发〔2026〕8号");
    d.title = QStringLiteral("云溪区人民政府关于开展安全生产大检查的通知");
    d.mainRecipients = {QStringLiteral("各镇人民政府"), QStringLiteral("区政府各部门")};
    d.body = QStringLiteral(
        "为切实做好安全生产工作，现就有关事项通知如下。\n一、检查范围\n全区各类生产经营单位。");
    d.attachments = {QStringLiteral("安全生产大检查工作方案"), QStringLiteral("检查情况统计表")};
    d.signature = QStringLiteral("云溪区人民政府");
    d.writtenDate = QDate(2026, 1, 5);
    d.ccRecipients = {QStringLiteral("区委各部门"), QStringLiteral("区人大常委会办公室"),
                      QStringLiteral("区政协办公室"), QStringLiteral("区人武部"), QStringLiteral("区总工会")};
    d.printOffice = QStringLiteral("云溪区人民政府办公室");
    d.printDate = QDate(2026, 1, 6);
    return d;
}

/// good() as a 请示 sent up to the city, with its 签发人; its closing and 附注 are each test's own.
OfficialDocument upwardRequest()
{
    OfficialDocument d = good();
    d.genre = Genre::Request;
    d.upward = true;
    d.signers = {QStringLiteral("冯德明")};
    d.mainRecipients = {QStringLiteral("云溪市人民政府")};
    return d;
}

QStringList rules(const OfficialDocument &d)
{
    QStringList out;
    for (const FormatFinding &f : FormatRules::check(d)) {
        CHECK(f.category == MarkupCategory::Format); // findings carry the 文种格式 category
        CHECK_FALSE(f.citation.isEmpty());
        CHECK_FALSE(f.message.isEmpty());
        out.append(f.rule);
    }
    return out;
}
} // namespace

TEST_CASE("format check: a document laid out by the rules has no findings", "[print][format]")
{
    CHECK(rules(good()).isEmpty());
}

TEST_CASE("format check: 文号 in 〔〕, without 第 and leading zeros", "[print][format]")
{
    OfficialDocument d = good();
    for (const char *bad : {"云政发[2026]8号", "云政发〔26〕8号", "云政发〔2026〕第8号", "云政发〔2026〕08号",
                            "云政发（2026）8号"}) {
        d.docNumber = QString::fromUtf8(bad);
        CHECK(rules(d) == QStringList{QStringLiteral("number.form")});
    }
    d.docNumber = QStringLiteral("云政办函〔2026〕120号");
    CHECK(rules(d).isEmpty());
}

TEST_CASE("format check: a 请示 has one 主送机关", "[print][format]")
{
    OfficialDocument d = upwardRequest();
    d.body += QStringLiteral("\n妥否，请批示。");
    d.annotation = QStringLiteral("联系人：王晓明，电话：0712-2345601");
    CHECK(rules(d).isEmpty());
    d.mainRecipients.append(QStringLiteral("云溪市发展和改革委员会"));
    CHECK(rules(d) == QStringList{QStringLiteral("request.one_recipient")});
}

TEST_CASE("format check: an upward document names its 签发人", "[print][format]")
{
    OfficialDocument d = good();
    d.genre = Genre::Report;
    d.upward = true;
    d.mainRecipients = {QStringLiteral("云溪市人民政府")};
    CHECK(rules(d) == QStringList{QStringLiteral("signer.upward")});
    d.signers = {QStringLiteral("冯德明")};
    CHECK(rules(d).isEmpty());
}

TEST_CASE("format check: 抄送 in 党、政、军、群 order and ending with one 。", "[print][format]")
{
    OfficialDocument d = good();
    d.ccRecipients = {QStringLiteral("区人武部"), QStringLiteral("区委各部门")};
    CHECK(rules(d) == QStringList{QStringLiteral("cc.order")});
    d.ccRecipients = {QStringLiteral("区总工会"), QStringLiteral("区人武部")};
    CHECK(rules(d) == QStringList{QStringLiteral("cc.order")});
    d.ccRecipients = {QStringLiteral("区委办公室"), QStringLiteral("区法院"), QStringLiteral("区人武部"),
                      QStringLiteral("团区委")};
    CHECK(rules(d).isEmpty());
    CHECK(d.ccLine() == QStringLiteral("抄送：区委办公室，区法院，区人武部，团区委。"));
    d.ccRecipients = {QStringLiteral("区委办公室"), QStringLiteral("区法院。")};
    CHECK(rules(d) == QStringList{QStringLiteral("cc.final_period")});
}

TEST_CASE("format check: 成文日期 with the year in full and no leading zeros", "[print][format]")
{
    OfficialDocument d = good();
    CHECK(d.dateText() == QStringLiteral("2026年1月5日"));
    for (const char *bad : {"2026年01月05日", "二〇二六年一月五日", "26年1月5日", "2026-1-5"}) {
        d.writtenDateText = QString::fromUtf8(bad);
        CHECK(rules(d) == QStringList{QStringLiteral("date.form")});
    }
    d.writtenDateText = QStringLiteral("2026年12月31日");
    CHECK(rules(d).isEmpty());
    d.writtenDateText.clear();
    d.writtenDate = QDate();
    CHECK(rules(d) == QStringList{QStringLiteral("date.form")});
}

TEST_CASE("format check: the 附件说明 matches the attachments", "[print][format]")
{
    OfficialDocument d = good();
    CHECK(rules(d).isEmpty()); // printed from the attachments, after the text
    d.body += QStringLiteral("\n附件：1.安全生产大检查工作方案\n2.检查情况统计表");
    CHECK(rules(d) == QStringList{QStringLiteral("attachments.note")}); // it would print twice
    d.attachments = {QStringLiteral("安全生产大检查工作方案")};
    CHECK(rules(d) == QStringList{QStringLiteral("attachments.note")}); // and here it does not match either
    d = good();
    d.attachments = {QStringLiteral("安全生产大检查工作方案。")};
    CHECK(rules(d) == QStringList{QStringLiteral("attachments.note")});
    CHECK(good().attachmentLines() ==
          QStringList{QStringLiteral("附件：1.安全生产大检查工作方案"), QStringLiteral("2.检查情况统计表")});
}

TEST_CASE("format check: 密级★保密期限 when a period is set", "[print][format]")
{
    OfficialDocument d = good();
    d.secrecy = Clearance::Secret;
    d.secrecyPeriod = QStringLiteral("1年");
    CHECK(rules(d).isEmpty());
    CHECK(d.secrecyMark() == QStringLiteral("机密★1年"));
    d.secrecyPeriod = QStringLiteral("★一年");
    CHECK(rules(d) == QStringList{QStringLiteral("secrecy.period")});
    d.secrecy = Clearance::None;
    d.secrecyPeriod = QStringLiteral("1年");
    CHECK(rules(d) == QStringList{QStringLiteral("secrecy.period")});
}

TEST_CASE("format check: a title has no punctuation but 书名号", "[print][format]")
{
    OfficialDocument d = good();
    d.title = QStringLiteral("云溪区人民政府关于印发《云溪区安全生产条例（试行）实施办法》的通知");
    CHECK(rules(d).isEmpty());
    d.title = QStringLiteral("关于开展安全生产大检查的通知。");
    CHECK(rules(d) == QStringList{QStringLiteral("title.punctuation")});
    d.title = QStringLiteral("关于做好春运、防汛工作，确保安全的通知");
    CHECK(rules(d) == QStringList{QStringLiteral("title.punctuation")});
}

TEST_CASE("format check: a genre that addresses someone has a 主送机关", "[print][format]")
{
    OfficialDocument d = good();
    d.mainRecipients.clear();
    CHECK(rules(d) == QStringList{QStringLiteral("recipients.needed")});
    d.genre = Genre::Announcement; // 公告 is addressed to the public
    CHECK(rules(d).isEmpty());
}

TEST_CASE("heading levels are read from the numbering of a paragraph", "[print][format]")
{
    CHECK(headingLevel(QStringLiteral("一、总体要求")) == 1);
    CHECK(headingLevel(QStringLiteral("（二）工作目标")) == 2);
    CHECK(headingLevel(QStringLiteral("3.加强组织领导")) == 3);
    CHECK(headingLevel(QStringLiteral("（4）落实责任")) == 4);
    CHECK(headingLevel(QStringLiteral("为切实做好工作，现通知如下。")) == 0);
}

namespace {
/// The print of good() as the PDF's text comes out: lines broken where the paper breaks them, page
/// numbers at the foot, the 版头 from the 份号 down.
QString printOfGood(const OfficialDocument &d)
{
    QStringList lines;
    for (const QString &t : d.printedText()) // each element on its own line, a long one broken in two
        lines.append(t.size() > 15 ? t.left(15) + QStringLiteral("\n") + t.mid(15) : t);
    lines.insert(6, QStringLiteral("— 1 —"));
    return lines.join(QLatin1Char('\n'));
}

const ComparedElement *firstDifference(const QList<ComparedElement> &c)
{
    for (const ComparedElement &e : c) {
        if (!e.same)
            return &e;
    }
    return nullptr;
}
} // namespace

TEST_CASE("first reader: the print is compared element by element, each element on its own row",
          "[print][first-reader][ux]")
{
    OfficialDocument d = good();
    d.copyNumber = QStringLiteral("000001");
    const QList<PrintedElement> elements = d.printedElements();
    // 份号, the 标志, the 文号 and the 标题 are rows of their own, not one glued line.
    REQUIRE(elements.size() >= 8);
    CHECK(elements.at(0).part == PrintedElement::CopyNumber);
    CHECK(elements.at(1).part == PrintedElement::Flag);
    CHECK(elements.at(2).part == PrintedElement::DocNumber);
    CHECK(elements.at(3).part == PrintedElement::Title);
    CHECK(elements.at(4).part == PrintedElement::Recipients);
    CHECK(elements.at(5).part == PrintedElement::Paragraph);
    CHECK(elements.at(5).number == 1);
    CHECK(elements.last().part == PrintedElement::PrintDate);
    CHECK(d.printedText().size() == elements.size());

    // The same words broken over lines, with a page number: the same, row for row.
    QList<ComparedElement> c = comparePrint(elements, printOfGood(d));
    REQUIRE(c.size() == elements.size());
    CHECK(differenceCount(c) == 0);
    // Justified lines come out of a PDF with spaces between characters, ideographic ones too: not differences.
    QString spaced = printOfGood(d);
    spaced.replace(QStringLiteral("安全生产"), QStringLiteral("安 全\t生　产"));
    CHECK(differenceCount(comparePrint(elements, spaced)) == 0);
    CHECK(c.at(0).printedText == QStringLiteral("000001"));
    CHECK(c.at(3).printedText == d.title);
    CHECK(c.at(4).printedText == QStringLiteral("各镇人民政府，区政府各部门：")); // full-width, as read

    // One character misprinted in the body's third paragraph: that row alone differs, the character marked.
    QString wrong = printOfGood(d);
    wrong.replace(QStringLiteral("全区各类"), QStringLiteral("全区各种"));
    c = comparePrint(elements, wrong);
    REQUIRE(differenceCount(c) == 1);
    const ComparedElement *e = firstDifference(c);
    REQUIRE(e);
    CHECK(e->element.part == PrintedElement::Paragraph);
    CHECK(e->element.number == 3);
    CHECK(e->signedText == QStringLiteral("全区各类生产经营单位。"));
    CHECK(e->printedText == QStringLiteral("全区各种生产经营单位。"));
    QString removed, added;
    for (const DiffSpan &s : e->spans) {
        if (s.kind == DiffLine::Removed)
            removed += s.text;
        else if (s.kind == DiffLine::Added)
            added += s.text;
    }
    CHECK(removed == QStringLiteral("类"));
    CHECK(added == QStringLiteral("种"));

    // The first element and the last one, each at the boundary of the text.
    wrong = printOfGood(d);
    wrong.replace(0, 6, QStringLiteral("000002"));
    c = comparePrint(elements, wrong);
    REQUIRE(differenceCount(c) == 1);
    CHECK(firstDifference(c)->element.part == PrintedElement::CopyNumber);
    wrong = printOfGood(d);
    wrong.replace(QStringLiteral("2026年1月6日印发"), QStringLiteral("2026年1月7日印发"));
    c = comparePrint(elements, wrong);
    REQUIRE(differenceCount(c) == 1);
    CHECK(firstDifference(c)->element.part == PrintedElement::PrintDate);

    // The 主送 missing from the print: its row says so (nothing printed), the rest read as signed.
    wrong = printOfGood(d);
    wrong.remove(QStringLiteral("各镇人民政府，区政府各部门：\n"));
    REQUIRE(wrong != printOfGood(d));
    c = comparePrint(elements, wrong);
    REQUIRE(differenceCount(c) == 1);
    CHECK(firstDifference(c)->element.part == PrintedElement::Recipients);
    CHECK(firstDifference(c)->printedText.isEmpty());

    // A line the print adds after the title goes with the title; text after the last element with the last.
    wrong = printOfGood(d);
    wrong.replace(d.title.mid(15) + QStringLiteral("\n"), d.title.mid(15) + QStringLiteral("\n（征求意见稿）\n"));
    REQUIRE(wrong != printOfGood(d));
    c = comparePrint(elements, wrong);
    REQUIRE(differenceCount(c) == 1);
    CHECK(firstDifference(c)->element.part == PrintedElement::Title);
    CHECK(firstDifference(c)->printedText == d.title + QStringLiteral("（征求意见稿）"));
    // After a paragraph that has ended its sentence, added text opens the next paragraph: "第" before
    // 一、检查范围 is a difference of the 2nd paragraph, not of the 1st (which ends with 。).
    wrong = printOfGood(d);
    wrong.replace(QStringLiteral("\n一、检查范围"), QStringLiteral("\n第一、检查范围"));
    REQUIRE(wrong != printOfGood(d));
    c = comparePrint(elements, wrong);
    REQUIRE(differenceCount(c) == 1);
    CHECK(firstDifference(c)->element.part == PrintedElement::Paragraph);
    CHECK(firstDifference(c)->element.number == 2);
    CHECK(firstDifference(c)->printedText == QStringLiteral("第一、检查范围"));
    // A paragraph added after the body's last stays with the body, not with the 署名.
    wrong = printOfGood(d);
    wrong.replace(QStringLiteral("全区各类生产经营单位。\n"), QStringLiteral("全区各类生产经营单位。\n特此通知。\n"));
    REQUIRE(wrong != printOfGood(d));
    c = comparePrint(elements, wrong);
    REQUIRE(differenceCount(c) == 1);
    CHECK(firstDifference(c)->element.part == PrintedElement::Paragraph);
    CHECK(firstDifference(c)->element.number == 3);
    // Text before the first element goes with the first.
    c = comparePrint(elements, QStringLiteral("多余\n") + printOfGood(d));
    REQUIRE(differenceCount(c) == 1);
    CHECK(firstDifference(c)->element.part == PrintedElement::CopyNumber);
    c = comparePrint(elements, printOfGood(d) + QStringLiteral("\n多余"));
    REQUIRE(differenceCount(c) == 1);
    CHECK(firstDifference(c)->element.part == PrintedElement::PrintDate);

    // Rows are named where they stand.
    CHECK(printedElementLabel(elements.at(5)).contains(QLatin1Char('1')));
    CHECK(printedElementLabel(elements.at(0)) != printedElementLabel(elements.at(1)));
}

TEST_CASE("first reader: a print of another document differs everywhere, and an empty print lacks every element",
          "[print][first-reader][ux]")
{
    OfficialDocument d = good();
    const QList<PrintedElement> elements = d.printedElements();
    QList<ComparedElement> c = comparePrint(elements, QString());
    CHECK(differenceCount(c) == int(elements.size()));
    CHECK(std::all_of(c.cbegin(), c.cend(), [](const ComparedElement &e) { return e.printedText.isEmpty(); }));
    c = comparePrint(elements, QStringLiteral("一份别的文件的文字。"));
    CHECK(differenceCount(c) == int(elements.size())); // not one element reads as signed
    CHECK(comparePrint({}, QStringLiteral("多余")).size() == 1);
    CHECK(comparePrint({}, QString()).isEmpty());
}

TEST_CASE("format check: a 请示 closes with its request — the last paragraph, not one before it",
          "[print][format][ux]")
{
    OfficialDocument d = upwardRequest();
    d.annotation = QStringLiteral("联系人：王晓明，电话：0712-2345601");
    CHECK(rules(d) == QStringList{QStringLiteral("request.closing")}); // the body only informs
    for (const char *closing : {"妥否，请批示。", "当否，请批复。", "特此请示，请予审批。", "以上请示，请予批准。",
                                "请予研究解决。"}) {
        OfficialDocument ok = d;
        ok.body += QStringLiteral("\n") + QString::fromUtf8(closing);
        INFO(closing);
        CHECK(rules(ok).isEmpty());
    }
    OfficialDocument early = d; // asked, then more text after it: the request does not close the text
    early.body = QStringLiteral("妥否，请批示。\n另附项目清单。");
    CHECK(rules(early) == QStringList{QStringLiteral("request.closing")});
    // A 通知 closes as it likes.
    CHECK(FormatRules::hasClosingRequest(QStringLiteral("特此通知。")) == false);
    CHECK(rules(good()).isEmpty());
}

TEST_CASE("format check: a 请示 names a contact person and telephone in its 附注 (GB/T 9704 7.3.7)",
          "[print][format][ux]")
{
    OfficialDocument d = upwardRequest();
    d.body += QStringLiteral("\n妥否，请批示。");
    CHECK(rules(d) == QStringList{QStringLiteral("request.contact")});
    d.annotation = QStringLiteral("联系人：王晓明"); // a name without a number
    CHECK(rules(d) == QStringList{QStringLiteral("request.contact")});
    d.annotation = QStringLiteral("联系人：王晓明，联系电话：13800000000");
    CHECK(rules(d).isEmpty());
}

TEST_CASE("format check: each rule declares what it applies to — a 通报 is not held to a 请示's rules",
          "[print][format][ux]")
{
    OfficialDocument bulletin = good();
    bulletin.genre = Genre::Bulletin;
    const QStringList applicable = FormatRules::applicableRules(bulletin);
    CHECK_FALSE(applicable.contains(QStringLiteral("request.one_recipient")));
    CHECK_FALSE(applicable.contains(QStringLiteral("request.closing")));
    CHECK_FALSE(applicable.contains(QStringLiteral("signer.upward"))); // a downward 通报
    CHECK(applicable.contains(QStringLiteral("title.punctuation")));
    CHECK(applicable.contains(QStringLiteral("cc.order")));
    QString why;
    CHECK(FormatRules::applies(QStringLiteral("title.punctuation"), bulletin, &why));
    CHECK_FALSE(why.isEmpty());
    OfficialDocument request = bulletin;
    request.genre = Genre::Request;
    request.upward = true;
    CHECK(FormatRules::applicableRules(request).contains(QStringLiteral("request.contact")));
    CHECK(FormatRules::applicableRules(request).contains(QStringLiteral("signer.upward")));
    CHECK(FormatRules::applies(QStringLiteral("request.closing"), request, &why));
    CHECK(why.contains(QStringLiteral("请示")));
    // No 抄送: the 抄送 rules do not apply.
    request.ccRecipients.clear();
    CHECK_FALSE(FormatRules::applicableRules(request).contains(QStringLiteral("cc.order")));
    // Every finding belongs to a rule that applies.
    for (const FormatFinding &f : FormatRules::check(request))
        CHECK(FormatRules::applies(f.rule, request));
}
