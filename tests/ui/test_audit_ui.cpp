// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — 三员 on screen: the auditor reads, checks and signs the audit log; the
// administrator has no such tab and cannot give posts once there is a security officer.
#include "Fixtures.h"
#include "Screenshots.h"
#include "UiHelpers.h"

#include "AuditLogPage.h"
#include "DraftEditorDialog.h"
#include "DraftRecovery.h"
#include "ReadPdfText.h"
#include "IdleLock.h"
#include "MainWindow.h"
#include "SettingsPage.h"
#include "UserDialog.h"

#include "Settings.h"
#include "domain/AuditEntry.h"
#include "services/AuditService.h"
#include "services/DemoSeeder.h"
#include "services/UserService.h"

#include <QComboBox>
#include <QFileInfo>
#include <QProcess>
#include <QTimer>
#include <QGroupBox>
#include <QLineEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>

using namespace gw;
using namespace gw::test;

TEST_CASE("Audit log page: the auditor searches, checks and signs, and the administrator sees no such tab",
          "[ui][security]")
{
    QStandardPaths::setTestModeEnabled(true); // the signing key goes to a scratch settings file
    Settings::reset(Settings::Key::AuditSigningKeys);
    Settings::reset(Settings::Key::AuditTrustedKeys);
    Settings::reset(Settings::Key::AuditSeenCheckpoints);
    TestDb db;
    auto ws = demoWorkspace(db);
    {
        MainWindow admin(*ws, logIn(*ws, "admin"));
        CHECK(admin.findChild<AuditLogPage *>() == nullptr);
    }
    MainWindow window(*ws, logIn(*ws, "auditor"));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showArea(MainWindow::Area::Settings);
    auto *settings = child<SettingsPage>(window, "settingsPage");
    auto *page = settings->auditLog();
    REQUIRE(page != nullptr);
    settings->setCurrentWidget(page);
    auto *table = child<QTableView>(window, "auditTable");
    const int all = table->model()->rowCount();
    CHECK(all > 20);
    // Every action in words, in Chinese — none of the log's keys (user.create, draft.pass) on show.
    for (int r = 0; r < all; ++r) {
        const QModelIndex action = table->model()->index(r, 3);
        const QString key = action.data(Qt::ToolTipRole).toString();
        INFO(key.toStdString());
        CHECK(auditActionKeys().contains(key));
        CHECK(action.data().toString() != key);
        CHECK(action.data().toString().contains(QRegularExpression(QStringLiteral("^\\p{Han}"))));
    }
    // Only what the administrator did to accounts.
    auto *person = child<QComboBox>(window, "auditPerson");
    person->setCurrentIndex(person->findText(QStringLiteral("周建国"), Qt::MatchStartsWith));
    auto *action = child<QLineEdit>(window, "auditAction");
    typeText(action, QStringLiteral("user."));
    click(window, "auditSearch");
    const int mine = table->model()->rowCount();
    CHECK(mine > 0);
    CHECK(mine < all);
    for (int r = 0; r < mine; ++r) // the key behind each row is what the search took
        CHECK(table->model()->index(r, 3).data(Qt::ToolTipRole).toString().startsWith(QLatin1String("user.")));
    // The words the table shows find the same rows: 新建账号 is user.create.
    action->clear();
    typeText(action, QStringLiteral("新建账号"));
    click(window, "auditSearch");
    REQUIRE(table->model()->rowCount() > 0);
    for (int r = 0; r < table->model()->rowCount(); ++r)
        CHECK(table->model()->index(r, 3).data(Qt::ToolTipRole).toString() == QStringLiteral("user.create"));
    action->clear();
    typeText(action, QStringLiteral("没有这种操作"));
    click(window, "auditSearch");
    CHECK(table->model()->rowCount() == 0);
    action->clear();
    typeText(action, QStringLiteral("user."));
    click(window, "auditSearch");
    CHECK(table->model()->rowCount() == mine);
    table->setCurrentIndex(table->model()->index(0, 0));
    CHECK(child<QPlainTextEdit>(window, "auditDetails")->toPlainText().contains(QStringLiteral("posts")));
    screenshot(window, QStringLiteral("settings_audit_log_zh_CN"));

    // The first checkpoint makes the key (passphrase twice), then the check holds against it.
    expectModals({chooseInInput(QStringLiteral("审计口令2026")), chooseInInput(QStringLiteral("审计口令2026"))});
    click(window, "auditSign");
    auto latest = ws->audit().latestCheckpoint(logIn(*ws, "auditor"));
    REQUIRE(latest.ok());
    REQUIRE(latest.value().has_value());
    CHECK(latest.value()->signerName == QStringLiteral("刘审言"));
    click(window, "auditCheck");
    const QString report = child<QPlainTextEdit>(window, "auditDetails")->toPlainText();
    INFO(report.toStdString());
    CHECK(report.contains(QStringLiteral("签署时一致")));
    CHECK(report.contains(QStringLiteral("每一条受审计的数据")));
    // A wrong passphrase signs nothing and says so.
    const qint64 before = latest.value()->seq;
    expectModals({chooseInInput(QStringLiteral("不是这个口令"))});
    click(window, "auditSign");
    CHECK(ws->audit().latestCheckpoint(logIn(*ws, "auditor")).value()->seq == before);
}

TEST_CASE("Account dialog: with a security officer in the office, the administrator's dialog offers no posts "
          "or clearance, and the officer's offers no name",
          "[ui][security]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal admin = logIn(*ws, "admin");
    const Principal officer = logIn(*ws, "security");
    User clerk;
    for (const User &u : ws->users().list(admin).value())
        if (u.username == QLatin1String("clerk"))
            clerk = u;
    {
        UserDialog dialog(ws->users(), admin, clerk);
        CHECK_FALSE(dialog.findChild<QGroupBox *>()->isEnabled());
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("postsNote")) != nullptr);
    }
    {
        UserDialog dialog(ws->users(), officer, clerk);
        CHECK(dialog.findChild<QGroupBox *>()->isEnabled());
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("postsNote")) == nullptr);
    }
}

TEST_CASE("Idle lock: every window is covered, keys and shortcuts do not reach the work beneath, a wrong "
          "password keeps it locked, the right one brings the work back untouched",
          "[ui][security]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    MainWindow window(*ws, logIn(*ws, "clerk"));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // Some typed work in a window of its own (as a dialog left open would be).
    QLineEdit work;
    work.setWindowTitle(QStringLiteral("draft"));
    work.show();
    REQUIRE(QTest::qWaitForWindowExposed(&work));
    typeText(&work, QStringLiteral("未保存的意见"));
    IdleLock *lock = window.idleLock();
    REQUIRE(lock != nullptr);
    lock->lockNow();
    REQUIRE(lock->isLocked());
    CHECK(window.findChild<QWidget *>(QStringLiteral("idleLockCover"))->isVisible());
    CHECK(work.findChild<QWidget *>(QStringLiteral("idleLockCover")) != nullptr);
    // Keys meant for the work beneath are dropped while locked.
    QTest::keyClick(&work, Qt::Key_A);
    QTest::keyClick(&work, Qt::Key_Backspace);
    CHECK(work.text() == QStringLiteral("未保存的意见"));
    screenshot(window, QStringLiteral("idle_lock_zh_CN"));
    auto *password = window.findChild<QLineEdit *>(QStringLiteral("idleLockPassword"));
    typeText(password, QStringLiteral("wrong-password"));
    QTest::keyClick(password, Qt::Key_Return);
    CHECK(lock->isLocked());
    CHECK_FALSE(window.findChild<QLabel *>(QStringLiteral("idleLockMessage"))->text().isEmpty());
    password = window.findChild<QLineEdit *>(QStringLiteral("idleLockPassword"));
    typeText(password, DemoSeeder::password());
    QTest::keyClick(password, Qt::Key_Return);
    CHECK_FALSE(lock->isLocked());
    QApplication::processEvents();
    CHECK(window.findChild<QWidget *>(QStringLiteral("idleLockCover")) == nullptr);
    CHECK(work.text() == QStringLiteral("未保存的意见"));
}

TEST_CASE("Draft editor: what was typed comes back after the editor's process is killed (SIGKILL), once",
          "[ui][security]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal drafter = logIn(*ws, "drafter");
    const QString copy = draftrecovery::pathFor(ws->database().url().displayString(), drafter.userId, 0);
    draftrecovery::discard(copy);
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("draft-editor-child"), ws->database().url().path});
    REQUIRE(child.waitForStarted());
    REQUIRE(child.waitForReadyRead(60000));
    REQUIRE(child.readAllStandardOutput().startsWith("ready"));
    child.kill(); // SIGKILL: nothing of the editor's own runs
    child.waitForFinished();
    REQUIRE(QFile::exists(copy));
    CHECK((QFileInfo(copy).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    {
        // Declined: the copy is gone, the form is the new draft's.
        DraftEditorDialog editor(*ws, drafter, Draft{}, QString());
        expectModals({answerConfirm(false)});
        editor.show();
        QTest::qWait(300);
        CHECK(editor.fields().title.isEmpty());
        CHECK_FALSE(QFile::exists(copy));
    }
    // Again, and restored this time.
    REQUIRE(draftrecovery::save(copy, [] {
                DraftFields f;
                f.title = QStringLiteral("Recovery");
                return f;
            }(), QStringLiteral("未保存的正文。"), QString()).ok());
    DraftEditorDialog editor(*ws, drafter, Draft{}, QString());
    expectModals({answerConfirm(true)});
    editor.show();
    QTest::qWait(300);
    CHECK(editor.fields().title == QStringLiteral("Recovery"));
    CHECK(editor.findChild<QPlainTextEdit *>(QStringLiteral("draftBody"))->toPlainText() ==
          QStringLiteral("未保存的正文。"));
    // Discarding on purpose removes it.
    expectModals({answerConfirm(true)});
    editor.reject();
    CHECK_FALSE(QFile::exists(copy));
}

TEST_CASE("Reading a PDF's text runs beside the window: its events go on meanwhile, and a damaged file is "
          "an error",
          "[ui][security]")
{
    QFile f(QStringLiteral(GONGWEN_TEST_DATA "/../../resources/demo/flood.pdf"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    int ticks = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&ticks] { ++ticks; });
    timer.start(5);
    QWidget window;
    window.show();
    auto text = readPdfText(&window, pdf);
    REQUIRE(text.ok());
    CHECK_FALSE(text.value().isEmpty());
    CHECK(ticks > 0); // the window's own event loop ran while the worker read
    auto damaged = readPdfText(&window, pdf.left(200));
    CHECK_FALSE(damaged.ok());
}
