// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk UI tests — an outgoing document driven through the chain by each post in turn.
#include "Fixtures.h"
#include "Screenshots.h"
#include "UiHelpers.h"

#include "DraftDialog.h"
#include "DraftEditorDialog.h"
#include "DraftListPage.h"
#include "MainWindow.h"

#include "services/AuthService.h"
#include "services/DemoSeeder.h"
#include "services/DraftingService.h"
#include "services/UnitService.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>

using namespace gw;
using namespace gw::test;

namespace {
/// The user opens "my tasks", finds the draft there and opens its page.
std::unique_ptr<DraftDialog> openFromTasks(Workspace &ws, const Principal &actor, qint64 draftId,
                                           const QString &shot)
{
    MainWindow window(ws, actor);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showArea(MainWindow::Area::Tasks);
    auto *page = qobject_cast<DraftListPage *>(window.areaWidget(MainWindow::Area::Tasks));
    REQUIRE(page != nullptr);
    int row = -1;
    for (int r = 0; r < page->model()->rowCount(); ++r) {
        if (page->model()->draftAt(r).id == draftId)
            row = r;
    }
    INFO(actor.username.toStdString());
    REQUIRE(row >= 0);
    CHECK(child<QListWidget>(window, "navigation")->item(0)->text().contains(QStringLiteral("待办 (")));
    screenshot(window, shot + QStringLiteral("_tasks"));
    auto dialog = std::make_unique<DraftDialog>(ws, actor, draftId);
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
    return dialog;
}
} // namespace

TEST_CASE("outgoing: a 规范性文件 drafted in the office goes from drafting through legal review to sign-off "
          "and a number",
          "[ui][chain][walkthrough]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal drafter = logIn(*ws, "drafter");

    // The drafter writes the draft in the editor.
    DraftEditorDialog editor(*ws, drafter, Draft{}, QString());
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    child<QLineEdit>(editor, "draftTitle")
        ->setText(QStringLiteral("关于印发云溪区农村人居环境整治办法的通知"));
    auto *unit = child<QComboBox>(editor, "draftUnit");
    unit->setCurrentIndex(unit->findText(QStringLiteral("法规科"), Qt::MatchStartsWith));
    child<QCheckBox>(editor, "draftNormative")->setChecked(true);
    child<QPlainTextEdit>(editor, "draftMain")
        ->setPlainText(QStringLiteral("各镇人民政府、街道办事处，区政府各部门"));
    auto *signer = child<QComboBox>(editor, "draftSigner");
    signer->setCurrentIndex(signer->findText(QStringLiteral("韩秀英")));
    auto *body = child<QPlainTextEdit>(editor, "draftBody");
    body->setPlainText(
        QStringLiteral("一、总体要求\n各镇要把农村人居环境整治作为重点工作。\n二、主要任务\n（一）垃圾治理"));
    // Undo and redo in the body editor.
    QTest::keyClicks(body, QStringLiteral("X"));
    QTest::keyClick(body, Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(body->toPlainText().contains(QLatin1Char('X')));
    CHECK(editor.genreFindingsText().isEmpty());
    screenshot(editor, QStringLiteral("outgoing_01_editor_zh_CN"));
    click(editor, "draftSave");
    INFO(editor.errorText().toStdString());
    REQUIRE(editor.result() == QDialog::Accepted);
    const qint64 id = editor.saved().id;
    CHECK(editor.saved().variant == ChainVariant::OfficeDrafted);

    struct Turn
    {
        const char *user;
        const char *expectStep;
        const char *shot;
    };
    const Turn turns[] = {
        {"drafter", "drafting", "outgoing_02_drafter"},
        {"reviewer", "secretariat_review", "outgoing_03_reviewer"},
        {"deputy", "deputy_review", "outgoing_04_deputy"},
        {"legal", "legal_review", "outgoing_05_legal"},
        {"director", "director_review", "outgoing_06_director"},
        {"vice", "leader_sign", "outgoing_07_leader"},
    };
    for (const Turn &t : turns) {
        const Principal actor = logIn(*ws, t.user);
        auto dialog = openFromTasks(*ws, actor, id, QString::fromLatin1(t.shot));
        INFO(t.user);
        CHECK(dialog->draft().state == QLatin1String(t.expectStep));
        CHECK(dialog->actionNames().contains(QStringLiteral("actionPass")));
        if (QLatin1String(t.user) != QLatin1String("drafter"))
            CHECK(dialog->actionNames().contains(QStringLiteral("actionReturn")));
        screenshot(*dialog, QString::fromLatin1(t.shot) + QStringLiteral("_zh_CN"));
        const bool signs = QLatin1String(t.expectStep) == QLatin1String("leader_sign");
        if (signs) { // 签发 is asked once more; declined, nothing happens and the opinion is kept
            expectModals({typeInPrompt(QStringLiteral("同意。")), answerConfirm(false)});
            click(*dialog, "actionPass");
            CHECK(dialog->draft().state == QLatin1String(t.expectStep));
            CHECK(ws->drafting().get(actor, id).value().signedVersion == 0);
        }
        if (signs)
            expectModals({typeInPrompt(QStringLiteral("同意。")), answerConfirm(true)});
        else
            expectModals({typeInPrompt(QStringLiteral("同意。"))});
        click(*dialog, "actionPass");
        CHECK(dialog->errorText().isEmpty());
        CHECK(dialog->draft().state != QLatin1String(t.expectStep));
    }

    // The secretariat registers it and it gets its number.
    const Principal reviewer = logIn(*ws, "reviewer");
    auto registration = openFromTasks(*ws, reviewer, id, QStringLiteral("outgoing_08_registration"));
    CHECK(registration->actionNames().contains(QStringLiteral("actionRegister")));
    CHECK(registration->actionNames().contains(QStringLiteral("actionWordingFix")));
    expectModals({chooseInInput(QStringLiteral("云政发"))});
    click(*registration, "actionRegister");
    INFO(registration->errorText().toStdString());
    CHECK(registration->draft().docNumber == QStringLiteral("云政发〔2026〕1号"));
    CHECK(registration->draft().state == QStringLiteral("printing"));
    registration->showTab(DraftDialog::Tab::Routing);
    screenshot(*registration, QStringLiteral("outgoing_09_routing_zh_CN"));
    CHECK(child<QTableWidget>(*registration, "routingSlip")->rowCount() == 8);
}

TEST_CASE("outgoing: a return is shown on the routing slip and the versions compare", "[ui][chain][return]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal reviewer = logIn(*ws, "reviewer");
    // The demo's 防汛 notice waits for the secretariat review.
    DraftFilter f;
    f.titleText = QStringLiteral("防汛");
    const Draft flood = ws->drafting().list(reviewer, f).value().first();
    DraftDialog review(*ws, reviewer, flood.id);
    review.show();
    CHECK(review.actionNames().contains(QStringLiteral("actionClose")));
    expectModals({typeInPrompt(QString())}); // a reason is needed
    click(review, "actionReturn");
    CHECK(review.errorText().contains(QStringLiteral("理由")));
    CHECK(review.draft().state == QStringLiteral("secretariat_review"));
    expectModals({typeInPrompt(QStringLiteral("请补充责任分工。"))});
    click(review, "actionReturn");
    CHECK(review.draft().state == QStringLiteral("drafting"));
    CHECK(review.actionNames().isEmpty()); // it is with the drafter now

    const Principal drafter = logIn(*ws, "drafter");
    DraftDialog revise(*ws, drafter, flood.id);
    revise.show();
    CHECK(revise.actionNames().contains(QStringLiteral("actionEdit")));
    QString text = ws->drafting().version(drafter, flood.id, 1).value().text;
    DraftEditorDialog editor(*ws, drafter, revise.draft(), text);
    editor.show();
    auto *edited = child<QPlainTextEdit>(editor, "draftBody");
    edited->moveCursor(QTextCursor::End);
    for (const QString &line : {QStringLiteral("三、责任分工"), QStringLiteral("各镇镇长为第一责任人。")}) {
        QTest::keyClick(edited, Qt::Key_Return);
        typeText(edited, line);
    }
    REQUIRE(edited->toPlainText().endsWith(QStringLiteral("\n三、责任分工\n各镇镇长为第一责任人。")));
    click(editor, "draftSave");
    REQUIRE(editor.result() == QDialog::Accepted);
    REQUIRE(revise.refresh());
    revise.showTab(DraftDialog::Tab::Versions);
    child<QComboBox>(revise, "compareFrom")->setCurrentIndex(0);
    child<QComboBox>(revise, "compareTo")->setCurrentIndex(1);
    click(revise, "compareVersions");
    CHECK(child<QTextBrowser>(revise, "diffView")->toPlainText().contains(QStringLiteral("三、责任分工")));
    screenshot(revise, QStringLiteral("outgoing_10_versions_zh_CN"));
    revise.showTab(DraftDialog::Tab::Routing);
    screenshot(revise, QStringLiteral("outgoing_11_backflow_zh_CN"));
}

TEST_CASE("outgoing register: filters, search and the overdue flag", "[ui][chain][register]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal director = logIn(*ws, "director");
    DraftListPage page(*ws, director, DraftModel::Mode::Register);
    page.resize(1280, 700);
    page.show();
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The demo office's drafts: one waiting at each kind of step, and each signing leader with one to sign.
    CHECK(page.model()->rowCount() == 10);
    child<QLineEdit>(page, "draftSearch")->setText(QStringLiteral("云政办发"));
    CHECK(page.model()->rowCount() == 1);
    child<QLineEdit>(page, "draftSearch")->clear();
    CHECK(page.model()->rowCount() == 10);
    screenshot(page, QStringLiteral("outgoing_12_register_zh_CN"));
}

TEST_CASE("outgoing: a reason typed for a step that another workstation's change refused comes back in the "
          "prompt",
          "[ui][chain]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal reviewer = logIn(*ws, "reviewer");
    auto waiting = ws->drafting().tasks(reviewer);
    REQUIRE(waiting.ok());
    qint64 id = 0;
    for (const Draft &d : waiting.value()) {
        if (id == 0 && ws->drafting().actionsFor(reviewer, d).chain.contains(ChainAction::Return))
            id = d.id;
    }
    REQUIRE(id != 0);
    DraftDialog page(*ws, reviewer, id);
    page.show();

    // Meanwhile a colleague on another workstation passes the draft on; this page has not heard yet.
    auto other = Workspace::open(db.url());
    REQUIRE(other.ok());
    const Principal colleague = logIn(*other.value(), "reviewer");
    const Draft before = other.value()->drafting().get(colleague, id).value();
    REQUIRE(other.value()->drafting().act(colleague, id, before.version, ChainAction::Pass, QStringLiteral("同意")).ok());

    const QString reason = QStringLiteral("第二段缺少法律依据，请补充《防洪法》相关条款。");
    expectModals({typeInPrompt(reason)});
    click(page, "actionReturn");
    CHECK_FALSE(page.errorText().isEmpty()); // refused: the draft moved on
    // Asked again, the prompt opens with the reason as typed.
    QString shown;
    expectModals({{[](QWidget &w) { return w.findChild<QPlainTextEdit *>(QStringLiteral("promptText")) != nullptr; },
                   [&shown](QWidget &w) {
                       shown = w.findChild<QPlainTextEdit *>(QStringLiteral("promptText"))->toPlainText();
                       qobject_cast<QDialog *>(&w)->reject();
                   }}});
    click(page, "actionReturn");
    CHECK(shown == reason);
}

TEST_CASE("outgoing: the draft editor asks before throwing away what was typed, and keeps editing when told",
          "[ui][chain]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal drafter = logIn(*ws, "drafter");
    {
        DraftEditorDialog untouched(*ws, drafter, Draft{}, QString());
        untouched.show();
        QTest::keyClick(&untouched, Qt::Key_Escape); // nothing typed: it closes without a question
        CHECK(untouched.result() == QDialog::Rejected);
        CHECK_FALSE(untouched.isVisible());
    }
    DraftEditorDialog editor(*ws, drafter, Draft{}, QString());
    editor.show();
    auto *title = child<QLineEdit>(editor, "draftTitle");
    title->setFocus();
    typeText(title, QStringLiteral("关于加强冬季森林防火工作的通知"));
    // Esc, then "Keep editing": the editor stays, with the title as typed.
    expectModals({{[](QWidget &w) { return w.objectName() == QLatin1String("confirmQuestion"); },
                   [](QWidget &w) { QTest::mouseClick(child<QPushButton>(w, "confirmNo"), Qt::LeftButton); }}});
    QTest::keyClick(&editor, Qt::Key_Escape);
    CHECK(editor.isVisible());
    CHECK(title->text() == QStringLiteral("关于加强冬季森林防火工作的通知"));
    // Cancel, then "Discard": it closes.
    expectModals({{[](QWidget &w) { return w.objectName() == QLatin1String("confirmQuestion"); },
                   [](QWidget &w) { QTest::mouseClick(child<QPushButton>(w, "confirmYes"), Qt::LeftButton); }}});
    editor.reject();
    CHECK_FALSE(editor.isVisible());
}
