// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk UI tests — 收文: register from the keyboard, triage with the rules' proposal, the notice of
// return.
#include "Screenshots.h"
#include "UiHelpers.h"

#include "AttachmentList.h"
#include "IncomingModel.h"
#include "IncomingPage.h"
#include "PdfView.h"
#include "PdfViewer.h"
#include "RegistrationDialog.h"
#include "TriageDialog.h"

#include "pdf/PdfWorkerClient.h"
#include "services/DraftingService.h"
#include "services/IncomingService.h"
#include "services/UnitService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>

using namespace gw;
using namespace gw::test;

namespace {
/// Picks the sending unit in the form's type-ahead list, as the clerk does.
void chooseSender(QWidget &dialog, const QString &name)
{
    auto *sender = child<QComboBox>(dialog, "incomingSender");
    const int at = sender->findText(name);
    REQUIRE(at >= 0);
    sender->setCurrentIndex(at);
}

/// Picks the genre, which the form never assumes.
void chooseGenre(QWidget &dialog, Genre g)
{
    auto *genre = child<QComboBox>(dialog, "incomingGenre");
    genre->setCurrentIndex(genre->findData(genreCode(g)));
    REQUIRE(genre->currentIndex() > 0);
}
} // namespace

TEST_CASE("incoming: a clerk registers, sees a duplicate caught, and triages to each outcome",
          "[ui][incoming]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal clerk = logIn(*ws, "clerk");
    IncomingPage page(*ws, clerk);
    page.resize(1280, 700);
    page.show();

    auto registerOne = [&](const QString &sender, const QString &number, const QString &title) {
        RegistrationDialog dialog(*ws, clerk);
        dialog.show();
        chooseSender(dialog, sender);
        auto *numberField = child<QLineEdit>(dialog, "incomingNumber");
        QTest::keyClicks(numberField, QStringLiteral("[2026]3"));
        numberField->home(false);
        numberField->insert(QString(number).section(QLatin1Char('['), 0, 0));
        numberField->end(false);
        numberField->insert(QStringLiteral("号"));
        child<QLineEdit>(dialog, "incomingTitle")->insert(title);
        CHECK(child<QLabel>(dialog, "incomingNumberHint")->text().contains(QStringLiteral("〔2026〕3号")));
        click(dialog, "registerIncoming"); // the genre is never assumed
        CHECK(dialog.saved().id == 0);
        CHECK(dialog.errorText().contains(QStringLiteral("文种")));
        chooseGenre(dialog, Genre::Request);
        screenshot(dialog, QStringLiteral("incoming_01_register_zh_CN"));
        click(dialog, "registerIncoming");
        INFO(dialog.errorText().toStdString());
        return dialog.saved();
    };
    const IncomingItem village =
        registerOne(QStringLiteral("青石镇杨柳村村民委员会"), QStringLiteral("杨柳村["),
                    QStringLiteral("关于修建村文化广场的请示"));
    REQUIRE(village.id > 0);
    CHECK(village.docNumber == QStringLiteral("杨柳村〔2026〕3号"));
    {
        RegistrationDialog again(*ws, clerk);
        again.show();
        chooseSender(again, QStringLiteral("青石镇杨柳村村民委员会"));
        child<QLineEdit>(again, "incomingNumber")->insert(QStringLiteral("杨柳村（2026）3号"));
        child<QLineEdit>(again, "incomingTitle")->insert(QStringLiteral("重复登记"));
        chooseGenre(again, Genre::Request);
        click(again, "registerIncoming");
        CHECK(again.saved().id == 0); // refused: the form keeps what was typed
        CHECK(again.isVisible());
        CHECK(again.errorText().contains(QStringLiteral("已登记")));
        screenshot(again, QStringLiteral("incoming_02_duplicate_zh_CN"));
    }
    const IncomingItem town = registerOne(QStringLiteral("云溪区白沙镇人民政府"), QStringLiteral("白政["),
                                          QStringLiteral("关于学校校舍维修资金的请示"));
    const IncomingItem plan = registerOne(QStringLiteral("云溪区发展和改革局"), QStringLiteral("云发改["),
                                          QStringLiteral("关于全区十五五规划编制工作的请示"));
    REQUIRE(town.id > 0);
    REQUIRE(plan.id > 0);

    { // The village wrote straight to the district: the rules propose a return and cite 越级.
        TriageDialog triage(*ws, clerk, village);
        triage.show();
        CHECK(triage.proposal().outcome == TriageOutcome::Return);
        CHECK(child<QLabel>(triage, "triageProposal")->text().contains(QStringLiteral("越级")));
        screenshot(triage, QStringLiteral("incoming_03_triage_return_zh_CN"));
        click(triage, "decideReturn");
        click(triage, "confirmTriage"); // a return needs its reason
        CHECK_FALSE(triage.errorText().isEmpty());
        CHECK(ws->incoming().get(clerk, village.id).value().state == QStringLiteral("registered"));
        child<QPlainTextEdit>(triage, "triageReason")
            ->setPlainText(QStringLiteral("请经青石镇人民政府审核后行文"));
        // The decision and its rule are confirmed; the notice of return opens in a preview.
        expectModals({answerConfirm(true), closePreview()});
        click(triage, "confirmTriage");
        CHECK(triage.saved().state == QStringLiteral("returned"));
        auto reader = PdfWorkerClient::forThisProgram();
        auto opened = reader->open(triage.returnNotice());
        REQUIRE(opened.ok());
        auto text = reader->text(0);
        REQUIRE(text.ok());
        CHECK(text.value().text.contains(QStringLiteral("退文通知")));
        CHECK(text.value().text.contains(QStringLiteral("越级")));
        CHECK(text.value().text.contains(QStringLiteral("关于修建村文化广场的请示")));
        // Whom to call back: the office's contact person and telephone.
        CHECK(text.value().text.contains(QStringLiteral("联系人：李文秀")));
        CHECK(text.value().text.contains(QStringLiteral("0712-2345678")));
    }
    { // A matter of one department: transfer.
        TriageDialog triage(*ws, clerk, ws->incoming().get(clerk, town.id).value());
        auto *dept = child<QComboBox>(triage, "competentDepartment");
        dept->setCurrentIndex(dept->findText(QStringLiteral("云溪区教育局")));
        CHECK(triage.proposal().outcome == TriageOutcome::Transfer);
        triage.show();
        click(triage, "decideTransfer");
        child<QPlainTextEdit>(triage, "triageReason")
            ->setPlainText(QStringLiteral("属区教育局职权范围，请与区教育局联系"));
        expectModals({answerConfirm(true)});
        click(triage, "confirmTriage"); // the leader concerned gets a copy: one must be chosen
        CHECK(triage.errorText().contains(QStringLiteral("领导")));
        const Principal leader = logIn(*ws, "leader");
        auto *copy = child<QComboBox>(triage, "copyLeader");
        copy->setCurrentIndex(copy->findData(leader.userId));
        REQUIRE(copy->currentData().toLongLong() == leader.userId);
        screenshot(triage, QStringLiteral("incoming_03b_triage_transfer_zh_CN"));
        expectModals({answerConfirm(true), closePreview()}); // confirmed; the notice of transfer previewed
        click(triage, "confirmTriage");
        CHECK(triage.saved().state == QStringLiteral("transferred"));
        const auto copies = ws->incoming().routes(clerk, town.id).value();
        REQUIRE(copies.size() == 1);
        CHECK(copies.first().userId == leader.userId);
        auto reader = PdfWorkerClient::forThisProgram();
        REQUIRE(reader->open(triage.transferNotice()).ok());
        auto text = reader->text(0);
        REQUIRE(text.ok());
        const QString flat = QString(text.value().text).remove(QLatin1Char('\n')).remove(QLatin1Char(' '));
        CHECK(flat.contains(QStringLiteral("转办告知单")));
        CHECK(flat.contains(QStringLiteral("已转云溪区教育局办理")));
        CHECK(flat.contains(QStringLiteral("请直接与云溪区教育局联系")));
        CHECK(flat.contains(QStringLiteral("云溪区白沙镇人民政府")));
    }
    { // A development plan: accept.
        TriageDialog triage(*ws, clerk, ws->incoming().get(clerk, plan.id).value());
        triage.show();
        QTest::mouseClick(child<QCheckBox>(triage, "planReformPolicy"), Qt::LeftButton);
        CHECK(triage.proposal().rule == QStringLiteral("accept.plan_reform_policy"));
        expectModals({answerConfirm(false)}); // a mis-click: declined, nothing decided
        click(triage, "confirmTriage");
        CHECK(ws->incoming().get(clerk, plan.id).value().state == QStringLiteral("registered"));
        expectModals({answerConfirm(true)});
        click(triage, "confirmTriage");
        CHECK(triage.saved().state == QStringLiteral("accepted"));
    }
    page.reload();
    CHECK(page.model()->rowCount() == 3 + 7); // and the demo office's seven
    QStringList states;
    for (const IncomingItem &mine : {village, town, plan})
        states.append(ws->incoming().get(clerk, mine.id).value().state);
    states.sort();
    CHECK(states ==
          QStringList{QStringLiteral("accepted"), QStringLiteral("returned"), QStringLiteral("transferred")});
    child<QLineEdit>(page, "incomingSearch")->setText(QStringLiteral("规划"));
    CHECK(page.model()->rowCount() == 1);
    child<QLineEdit>(page, "incomingSearch")->clear();
    screenshot(page, QStringLiteral("incoming_04_register_zh_CN"));
}

#include "SamplePdf.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>

TEST_CASE("incoming: triage asks the follow-up questions only when they matter, and cites each clause",
          "[ui][incoming]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal clerk = logIn(*ws, "clerk");
    IncomingItem i;
    i.senderUnitId = ws->units()
                         .list(clerk,
                               [] {
                                   UnitFilter f;
                                   f.text = QStringLiteral("白沙镇");
                                   return f;
                               }())
                         .value()
                         .first()
                         .id;
    i.docNumber = QStringLiteral("白政〔2026〕41号");
    i.title = QStringLiteral("关于征收白沙镇东片区集体土地的请示");
    i.genre = Genre::Request;
    auto item = ws->incoming().registerItem(clerk, i, {});
    REQUIRE(item.ok());
    TriageDialog triage(*ws, clerk, item.value());
    triage.resize(900, 640);
    triage.show();
    auto *consultation = child<QComboBox>(triage, "consultation");
    auto *opinion = child<QCheckBox>(triage, "reviewOpinion");
    auto *reviewed = child<QCheckBox>(triage, "partyReviewed");
    CHECK_FALSE(consultation->isVisible());
    CHECK_FALSE(opinion->isVisible());
    CHECK_FALSE(reviewed->isVisible());
    auto *label = child<QLabel>(triage, "triageProposal");

    // A matter the government approves by law: the review-opinion question appears; without it, (二)2.
    child<QCheckBox>(triage, "approvalByLaw")->setChecked(true);
    CHECK(opinion->isVisible());
    CHECK(triage.proposal().rule == QStringLiteral("return.no_review_opinion"));
    CHECK(label->text().contains(QStringLiteral("（二）2")));
    opinion->setChecked(true);
    CHECK(triage.proposal().rule == QStringLiteral("accept.approval_by_law"));
    CHECK(label->text().contains(QStringLiteral("（一）2")));

    // It touches other towns: how were they consulted?
    child<QCheckBox>(triage, "involvesOthers")->setChecked(true);
    CHECK(consultation->isVisible());
    CHECK(triage.proposal().rule == QStringLiteral("return.not_consulted"));
    consultation->setCurrentIndex(consultation->findData(int(Consultation::ViewsStated)));
    CHECK(triage.proposal().rule == QStringLiteral("accept.views_stated"));
    CHECK(label->text().contains(QStringLiteral("（二）3")));

    // Party review: asked, then answered.
    child<QCheckBox>(triage, "needsPartyReview")->setChecked(true);
    CHECK(reviewed->isVisible());
    CHECK(triage.proposal().rule == QStringLiteral("return.party_affairs"));
    screenshot(triage, QStringLiteral("incoming_03c_triage_questions_zh_CN"));
    reviewed->setChecked(true);
    CHECK(triage.proposal().rule == QStringLiteral("accept.views_stated"));

    // A leader asked for it: the exception is cited by its own clause over a return.
    child<QCheckBox>(triage, "partyWork")->setChecked(true);
    CHECK(triage.proposal().outcome == TriageOutcome::Return);
    child<QCheckBox>(triage, "leaderAskedDirect")->setChecked(true);
    CHECK(triage.proposal().rule == QStringLiteral("exception.leader_asked"));
    CHECK(label->text().contains(QStringLiteral("（三）4")));
}

TEST_CASE("incoming: fields are proposed from an attached PDF and must be confirmed",
          "[ui][incoming][reading]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal clerk = logIn(*ws, "clerk");
    const QByteArray pdf = samplePdf(1, [](QPainter &p, int) {
        p.setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 12));
        p.drawText(60, 60, QStringLiteral("特急"));
        p.setPen(Qt::red);
        p.setFont(QFont(QStringLiteral("Noto Serif CJK SC"), 28));
        p.drawText(QRectF(0, 90, 595, 40), Qt::AlignHCenter, QStringLiteral("云溪区教育局文件"));
        p.setPen(Qt::black);
        p.setFont(QFont(QStringLiteral("Noto Serif CJK SC"), 14));
        p.drawText(QRectF(0, 150, 595, 20), Qt::AlignHCenter, QStringLiteral("云教〔2026〕15号"));
        p.drawText(QRectF(0, 200, 595, 24), Qt::AlignHCenter,
                   QStringLiteral("关于做好2026年中考组织工作的请示"));
        p.drawText(72, 250, QStringLiteral("区人民政府："));
        p.drawText(100, 280, QStringLiteral("为做好今年中考工作，现将有关事项请示如下。"));
        p.drawText(380, 400, QStringLiteral("云溪区教育局"));
        p.drawText(380, 425, QStringLiteral("2026年3月12日"));
    });
    RegistrationDialog dialog(*ws, clerk);
    dialog.show();
    dialog.addAttachment(QStringLiteral("云教〔2026〕15号.pdf"), pdf);
    const QStringList proposed = dialog.proposedFields();
    INFO(proposed.join(QLatin1Char(',')).toStdString());
    CHECK(proposed.size() >= 4);
    CHECK(dialog.item().docNumber == QStringLiteral("云教〔2026〕15号"));
    CHECK(dialog.item().title == QStringLiteral("关于做好2026年中考组织工作的请示"));
    CHECK(dialog.item().urgency == Urgency::VeryUrgent);
    CHECK(child<QComboBox>(dialog, "incomingSender")->currentText() == QStringLiteral("云溪区教育局"));
    screenshot(dialog, QStringLiteral("incoming_05_proposed_zh_CN"));
    click(dialog, "registerIncoming"); // not until the clerk confirms
    CHECK(dialog.saved().id == 0);
    CHECK(dialog.errorText().contains(QStringLiteral("核对")));
    click(dialog, "confirmProposals");
    CHECK(dialog.proposedFields().isEmpty());
    click(dialog, "registerIncoming");
    REQUIRE(dialog.saved().id > 0);
    CHECK(ws->incoming().attachments(clerk, dialog.saved().id).value().size() == 1);

    // At triage the clerk opens the attached PDF in the PDF view, checked against its SHA-256.
    TriageDialog triage(*ws, clerk, dialog.saved());
    triage.show();
    auto *files = child<AttachmentList>(triage, "attachmentList");
    REQUIRE(files->count() == 1);
    QWidget *window = files->openRow(0);
    REQUIRE(window != nullptr);
    auto *viewer = window->findChild<PdfViewer *>();
    REQUIRE(viewer != nullptr);
    for (int i = 0; i < 100 && !viewer->view()->isOpen(); ++i)
        QTest::qWait(50);
    CHECK(viewer->view()->pageCount() >= 1);
    screenshot(*window, QStringLiteral("incoming_08_attachment_zh_CN"));
    window->close();
}

TEST_CASE(
    "incoming: a two-line-title 通知 under the organ's name alone is read whole, and what a document does "
    "not say is marked for the clerk, not assumed",
    "[ui][incoming][reading]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal clerk = logIn(*ws, "clerk");
    const QByteArray pdf = samplePdf(1, [](QPainter &p, int) {
        p.setPen(QColor(200, 20, 20));
        p.setFont(QFont(QStringLiteral("Noto Serif CJK SC"), 30));
        p.drawText(QRectF(0, 100, 595, 44), Qt::AlignHCenter, QStringLiteral("云溪区教育局"));
        p.setPen(Qt::black);
        p.setFont(QFont(QStringLiteral("AR PL UMing CN"), 15));
        p.drawText(QRectF(0, 170, 595, 20), Qt::AlignHCenter, QStringLiteral("云教发〔2026〕21号"));
        p.setFont(QFont(QStringLiteral("AR PL UMing CN"), 21));
        p.drawText(QRectF(0, 225, 595, 26), Qt::AlignHCenter, QStringLiteral("关于做好2026年全区中小学"));
        p.drawText(QRectF(0, 254, 595, 26), Qt::AlignHCenter, QStringLiteral("暑期安全教育工作的通知"));
        p.setFont(QFont(QStringLiteral("AR PL UMing CN"), 15));
        p.drawText(80, 310, QStringLiteral("各镇人民政府、街道办事处，区属各学校："));
        p.drawText(110, 338, QStringLiteral("根据2026年6月20日全市教育工作会议精神，现将有关事项"));
        p.drawText(80, 366, QStringLiteral("通知如下。"));
        p.drawText(380, 440, QStringLiteral("云溪区教育局"));
        p.drawText(380, 468, QStringLiteral("2026年6月28日"));
        p.drawText(80, 740, QStringLiteral("抄送：区委教育工委。"));
        p.drawText(80, 768, QStringLiteral("云溪区教育局办公室"));
        p.drawText(400, 768, QStringLiteral("2026年6月30日印发"));
    });
    RegistrationDialog dialog(*ws, clerk);
    dialog.resize(760, 620);
    dialog.show();
    dialog.addAttachment(QStringLiteral("云教发〔2026〕21号.pdf"), pdf);
    INFO(dialog.missingFields().join(QLatin1Char(',')).toStdString());
    CHECK(dialog.missingFields().isEmpty());
    CHECK(dialog.item().docNumber == QStringLiteral("云教发〔2026〕21号"));
    CHECK(dialog.item().title == QStringLiteral("关于做好2026年全区中小学暑期安全教育工作的通知"));
    CHECK(dialog.item().genre == Genre::Circular);
    CHECK(child<QComboBox>(dialog, "incomingSender")->currentText() == QStringLiteral("云溪区教育局"));
    CHECK(child<QLabel>(dialog, "proposalNote")->text().contains(QStringLiteral("2026年6月28日")));
    screenshot(dialog, QStringLiteral("incoming_05b_two_line_title_zh_CN"));
    click(dialog, "confirmProposals");
    click(dialog, "registerIncoming");
    REQUIRE(dialog.saved().id > 0);

    // A letter with no masthead, number or title: nothing is guessed, each missing field is marked.
    RegistrationDialog letter(*ws, clerk);
    letter.resize(760, 620);
    letter.show();
    letter.addAttachment(QStringLiteral("来信.pdf"), samplePdf(1, [](QPainter &p, int) {
                             p.setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 14));
                             p.drawText(80, 120,
                                        QStringLiteral("尊敬的领导：我家门前的路灯坏了很久，请帮忙修理。"));
                         }));
    const QStringList missing = letter.missingFields();
    INFO(missing.join(QLatin1Char(',')).toStdString());
    CHECK(missing.size() == 4);
    CHECK(child<QComboBox>(letter, "incomingGenre")->currentData().toString().isEmpty());
    CHECK(child<QLabel>(letter, "proposalNote")->text().contains(QStringLiteral("未能")));
    screenshot(letter, QStringLiteral("incoming_05c_nothing_found_zh_CN"));
    typeText(child<QLineEdit>(letter, "incomingTitle"),
             QStringLiteral("关于修理路灯的来信")); // the clerk types it
    CHECK(letter.missingFields().size() == 3);
}

#include "LetterDialog.h"

#include <QPlainTextEdit>
#include <QTableWidget>

TEST_CASE("incoming: a citizen's letter is recorded as not a document and passed on with a 转送单",
          "[ui][incoming][letters]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal clerk = logIn(*ws, "clerk");
    LetterDialog dialog(*ws, clerk);
    dialog.resize(640, 480);
    dialog.show();
    click(dialog, "recordLetter"); // nothing entered: refused, the form stays
    CHECK(dialog.saved().id == 0);
    CHECK(dialog.errorText().contains(QStringLiteral("姓名")));
    typeText(child<QLineEdit>(dialog, "letterPerson"), QStringLiteral("王秀兰"));
    typeText(child<QLineEdit>(dialog, "letterContact"), QStringLiteral("城西街道解放路12号"));
    typeText(child<QPlainTextEdit>(dialog, "letterSummary"),
             QStringLiteral("反映小区门前道路积水，请求尽快整修。"));
    auto *route = child<QComboBox>(dialog, "letterRoute");
    route->setCurrentIndex(route->findData(letterRouteCode(LetterRoute::Petitions)));
    screenshot(dialog, QStringLiteral("incoming_09_letter_zh_CN"));
    expectModals({closePreview()}); // the 转送单 opens in a preview
    click(dialog, "recordLetter");
    REQUIRE(dialog.saved().id > 0);
    CHECK(dialog.saved().route == LetterRoute::Petitions);
    CHECK(ws->incoming().count(clerk, IncomingFilter{}).value() == 7); // the demo's documents, no more

    auto reader = PdfWorkerClient::forThisProgram();
    REQUIRE(reader->open(LetterDialog::forwardNotice(*ws, clerk, dialog.saved())).ok());
    auto text = reader->text(0);
    REQUIRE(text.ok());
    CHECK(text.value().text.contains(QStringLiteral("转送单")));
    CHECK(text.value().text.contains(QStringLiteral("信访")));
    CHECK(text.value().text.contains(QStringLiteral("王秀兰")));
    CHECK(text.value().text.contains(QStringLiteral("不属公文")));

    LettersDialog letters(*ws, clerk);
    letters.show();
    REQUIRE(letters.rowCount() == 1);
    auto *table = child<QTableWidget>(letters, "lettersTable");
    CHECK(table->item(0, 2)->text().contains(QStringLiteral("非公文")));
    CHECK(table->item(0, 1)->text().contains(QStringLiteral("王秀兰")));
    screenshot(letters, QStringLiteral("incoming_10_letters_zh_CN"));
}

#include "DraftListPage.h"
#include "HandlingDialog.h"
#include "IncomingModel.h"

#include <QFile>
#include <QTableWidget>

namespace {
/// The row of my tasks' incoming list that shows the item, or -1.
int taskRow(const DraftListPage &tasks, qint64 id)
{
    for (int r = 0; r < tasks.incomingModel()->rowCount(); ++r) {
        if (tasks.incomingModel()->itemAt(r).id == id)
            return r;
    }
    return -1;
}
} // namespace

TEST_CASE(
    "incoming: an accepted item goes through 拟办, 签批, distribution, circulation, urging and the reply",
    "[ui][incoming][handling]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal clerk = logIn(*ws, "clerk");
    const Principal leader = logIn(*ws, "leader");
    const Principal section = logIn(*ws, "section");
    IncomingItem item;
    item.senderUnitId = ws->drafting().draftingUnits(clerk).value().last().id; // a district department
    item.docNumber = QStringLiteral("云发改〔2026〕8号");
    item.title = QStringLiteral("关于报送全区重点项目推进情况的请示");
    auto registered = ws->incoming().registerItem(clerk, item, {});
    REQUIRE(registered.ok());
    TriageFacts facts;
    facts.categories = {AcceptCategory::AllMustKnow};
    auto accepted = ws->incoming().triage(clerk, registered.value().id, registered.value().version, facts,
                                          TriageOutcome::Accept, QString());
    REQUIRE(accepted.ok());
    const qint64 id = accepted.value().id;

    {
        HandlingDialog d(*ws, clerk, id);
        d.show();
        CHECK(d.actionNames().contains(QStringLiteral("actionPropose")));
        expectModals({typeInPrompt(QStringLiteral("拟请冯区长阅示，区发改局牵头办理"))});
        click(d, "actionPropose");
        CHECK(d.item().state == QStringLiteral("proposed"));
    }
    {
        HandlingDialog d(*ws, leader, id);
        d.show();
        CHECK(d.actionNames().contains(QStringLiteral("actionInstruct")));
        expectModals({typeInPrompt(QStringLiteral("同意，请陈立华同志跟踪落实"))});
        click(d, "actionInstruct");
        CHECK(d.item().state == QStringLiteral("instructed"));
    }
    { // 待办: the instructed item waits for the clerk to distribute, not for the leader any more.
        DraftListPage clerkTasks(*ws, clerk, DraftModel::Mode::Tasks);
        CHECK(taskRow(clerkTasks, id) >= 0);
        CHECK(clerkTasks.count() == clerkTasks.model()->rowCount() + clerkTasks.incomingModel()->rowCount());
        DraftListPage leaderTasks(*ws, leader, DraftModel::Mode::Tasks);
        CHECK(taskRow(leaderTasks, id) < 0);
    }
    HandlingDialog d(*ws, clerk, id);
    d.show();
    // The clerk ticks the leader to read and the section to handle, and puts the leader first.
    expectModals({{[](QWidget &w) { return w.objectName() == QLatin1String("distributeDialog"); },
                   [&](QWidget &w) {
                       auto *table = child<QTableWidget>(w, "distributeTable");
                       auto rowOf = [table](qint64 userId) {
                           for (int r = 0; r < table->rowCount(); ++r) {
                               if (table->item(r, 0)->data(Qt::UserRole).toLongLong() == userId)
                                   return r;
                           }
                           return -1;
                       };
                       auto tick = [table](int row, int column) {
                           table->setCurrentCell(row, column);
                           QTest::keyClick(table, Qt::Key_Space); // "Space ticks a box."
                       };
                       const bool listed = rowOf(leader.userId) >= 0 && rowOf(section.userId) >= 0;
                       CHECK(listed);
                       if (!listed)
                           return;
                       tick(rowOf(leader.userId), 1);
                       tick(rowOf(section.userId), 2);
                       while (rowOf(leader.userId) > rowOf(section.userId)) {
                           table->setCurrentCell(rowOf(leader.userId), 0);
                           QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);
                       }
                       CHECK(table->item(rowOf(leader.userId), 1)->checkState() == Qt::Checked);
                       CHECK(table->item(rowOf(section.userId), 2)->checkState() == Qt::Checked);
                       pressOk(w);
                   }}});
    click(d, "actionDistribute");
    INFO(d.errorText().toStdString());
    REQUIRE(d.item().state == QStringLiteral("circulating"));
    CHECK(d.item().holder == leader.displayName);
    { // Now it is the leader's turn: it is in the leader's 待办, and not yet in the section's.
        DraftListPage leaderTasks(*ws, leader, DraftModel::Mode::Tasks);
        leaderTasks.resize(1280, 760);
        leaderTasks.show();
        const int row = taskRow(leaderTasks, id);
        CHECK(row >= 0);
        CHECK(leaderTasks.count() >= 1);
        screenshot(leaderTasks, QStringLiteral("incoming_09_tasks_leader_zh_CN"));
        DraftListPage sectionTasks(*ws, section, DraftModel::Mode::Tasks);
        CHECK(taskRow(sectionTasks, id) < 0);
    }
    CHECK(d.actionNames().contains(QStringLiteral("actionUrge")));
    const qint64 versionBeforeUrge = d.item().version;
    expectModals({chooseItem(0), typeInPrompt(QStringLiteral("请尽快阅示"))}); // by phone
    click(d, "actionUrge");
    CHECK(d.item().version == versionBeforeUrge + 1);
    { // The 催办通知 names the holder, the document and its sender, and what the clerk added.
        auto reader = PdfWorkerClient::forThisProgram();
        const QByteArray pdf = d.urgeNotice(QStringLiteral("请于明日前阅示"));
        QFile kept(
            QStringLiteral(GONGWEN_SCREENSHOT_DIR "/incoming_07_urge_notice.pdf")); // for a person to read
        if (kept.open(QIODevice::WriteOnly))
            kept.write(pdf);
        REQUIRE(reader->open(pdf).ok());
        auto text = reader->text(0);
        REQUIRE(text.ok());
        const QString flat = QString(text.value().text).remove(QLatin1Char('\n')).remove(QLatin1Char(' '));
        CHECK(flat.contains(QStringLiteral("催办通知")));
        CHECK(flat.contains(leader.displayName));
        CHECK(flat.contains(QStringLiteral("关于报送全区重点项目推进情况的请示")));
        CHECK(flat.contains(QStringLiteral("云发改〔2026〕8号")));
        CHECK(flat.contains(QStringLiteral("请于明日前阅示")));
        REQUIRE_FALSE(d.item().senderName.isEmpty());
        CHECK(flat.contains(d.item().senderName));
    }
    {
        HandlingDialog mine(*ws, leader, id);
        mine.show();
        CHECK(mine.actionNames().contains(QStringLiteral("actionFinish")));
        expectModals({typeInPrompt(QStringLiteral("已阅，同意"))});
        click(mine, "actionFinish");
        CHECK(mine.item().holder == QStringLiteral("秘书科"));
    }
    REQUIRE(d.refresh());
    CHECK(d.item().holder == QStringLiteral("秘书科"));
    CHECK(d.actionNames().contains(QStringLiteral("actionForward")));
    click(d, "actionForward");
    CHECK(d.item().holder == section.displayName);
    {
        HandlingDialog mine(*ws, section, id);
        mine.show();
        expectModals({typeInPrompt(QStringLiteral("已汇总各项目进度，形成报告"))});
        click(mine, "actionFinish");
    }
    REQUIRE(d.refresh());
    CHECK(d.item().state == QStringLiteral("handled"));
    expectModals({typeInPrompt(QStringLiteral("已函复区发改局"))});
    click(d, "actionReply");
    CHECK(d.item().state == QStringLiteral("done"));
    CHECK(d.findChild<QTableWidget *>(QStringLiteral("routeTable"))->rowCount() == 2);
    screenshot(d, QStringLiteral("incoming_06_handling_zh_CN"));
}

#include <QFile>

TEST_CASE("incoming: a receipt list is imported with its bad rows reported", "[ui][incoming][import]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal clerk = logIn(*ws, "clerk");
    IncomingPage page(*ws, clerk);
    page.show();
    const QString path = db.folder() + QStringLiteral("/list.csv");
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("来文机关,文号,标题\n云溪区教育局,云教〔2026〕60号,关于春季开学的报告\n"
                           "没有这个单位,某〔2026〕1号,坏行\n")
                .toUtf8());
    f.close();
    const int before = page.model()->rowCount();
    REQUIRE(page.importFile(path, false));
    CHECK(page.lastImported() == 1);
    REQUIRE(page.lastImportReport().size() == 1);
    CHECK(page.lastImportReport().first().contains(QStringLiteral("没有这个单位")));
    CHECK(page.model()->rowCount() == before + 1);
}

#include "services/IncomingImport.h"
#include "services/UnitService.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>

TEST_CASE("incoming: the register sorts by a heading, jumps to its end with Ctrl+End and pages back up",
          "[ui][incoming][paging]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal clerk = logIn(*ws, "clerk");
    auto units = ws->units().list(clerk, UnitFilter{});
    REQUIRE(units.ok());
    REQUIRE_FALSE(units.value().isEmpty());
    // 450 more items from a receipt list, received an hour apart from the start of 2025.
    QByteArray csv = QByteArrayLiteral("来文机关,文号,标题,收文时间\n");
    for (int i = 0; i < 450; ++i)
        csv += QStringLiteral("%1,测试〔2025〕%2号,关于第%3项工作的报告,%4\n")
                   .arg(units.value().first().name)
                   .arg(i + 1)
                   .arg(i + 1)
                   .arg(QDateTime(QDate(2025, 1, 1), QTime(8, 0))
                            .addSecs(3600LL * i)
                            .toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                   .toUtf8();
    auto checked = IncomingImport::check(*ws, clerk, csv);
    REQUIRE(checked.ok());
    REQUIRE(checked.value().problems.isEmpty());
    REQUIRE(IncomingImport::import(*ws, clerk, checked.value(), false).ok());

    IncomingPage page(*ws, clerk);
    page.resize(1280, 700);
    page.show();
    QTableView *view = page.view();
    IncomingModel *model = page.model();
    REQUIRE(model->rowCount() == IncomingModel::kPage);
    CHECK_FALSE(model->canFetchEarlier());

    // Ctrl+End: the oldest item, last in the newest-first order, selected.
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    const int shown = model->rowCount();
    REQUIRE(shown > 0);
    CHECK(model->itemAt(shown - 1).title == QStringLiteral("关于第1项工作的报告"));
    CHECK(view->currentIndex().row() == shown - 1);
    CHECK(model->canFetchEarlier());
    for (int r = 1; r < shown; ++r)
        CHECK(model->itemAt(r - 1).receivedAtMs >= model->itemAt(r).receivedAtMs);
    screenshot(page, QStringLiteral("incoming_05_register_end_zh_CN"));

    // Scrolling to the top puts the rows before in place, and the selected item stays selected.
    const qint64 selected = model->itemAt(view->currentIndex().row()).id;
    view->verticalScrollBar()->setValue(0);
    CHECK(model->rowCount() == shown + IncomingModel::kPage);
    CHECK(model->itemAt(view->currentIndex().row()).id == selected);
    CHECK(model->itemAt(IncomingModel::kPage - 1).receivedAtMs >=
          model->itemAt(IncomingModel::kPage).receivedAtMs);

    // A click on the 文号 heading sorts by it; Ctrl+Home goes back to the first rows.
    view->horizontalHeader()->setSortIndicator(IncomingModel::NumberColumn, Qt::AscendingOrder);
    REQUIRE(model->rowCount() == IncomingModel::kPage);
    for (int r = 1; r < model->rowCount(); ++r)
        CHECK(model->itemAt(r - 1).docNumber <= model->itemAt(r).docNumber);
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    const QString lastNumber = model->itemAt(model->rowCount() - 1).docNumber;
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    CHECK_FALSE(model->canFetchEarlier());
    CHECK(view->currentIndex().row() == 0);
    CHECK(model->itemAt(0).docNumber <= lastNumber);
    screenshot(page, QStringLiteral("incoming_06_register_sorted_zh_CN"));

    // A refresh (another workstation's change, a filter) keeps the selected item selected.
    view->setCurrentIndex(model->index(5, IncomingModel::TitleColumn));
    const qint64 chosen = model->itemAt(5).id;
    page.reload();
    REQUIRE(view->currentIndex().isValid());
    CHECK(model->itemAt(view->currentIndex().row()).id == chosen);

    // The holder filter: what the clerk holds (the 450 imported and the demo's registered ones).
    auto *holder = child<QComboBox>(page, "incomingHolderFilter");
    QSignalSpy counted(&page, &IncomingPage::counted);
    holder->setCurrentIndex(holder->findData(clerk.displayName));
    // The rows are there at once; the count follows from its own thread, and no old count stays meanwhile.
    CHECK(child<QLabel>(page, "incomingCount")->text() == IncomingPage::tr("Counting…"));
    REQUIRE(counted.wait(10000));
    REQUIRE(model->rowCount() > 0);
    for (int r = 0; r < model->rowCount(); ++r)
        CHECK(model->itemAt(r).holder == clerk.displayName);
    CHECK(child<QLabel>(page, "incomingCount")
              ->text()
              .contains(QString::number(ws->incoming()
                                            .count(clerk,
                                                   [&] {
                                                       IncomingFilter f;
                                                       f.holder = clerk.displayName;
                                                       return f;
                                                   }())
                                            .value())));
}
