// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk UI tests — log-in, first-run set-up, main window, unit directory, accounts.
#include "Fixtures.h"
#include "Screenshots.h"
#include "UiHelpers.h"

#include "Localization.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "SettingsPage.h"
#include "SetupWizard.h"
#include "UnitDialog.h"
#include "UnitDirectoryPage.h"
#include "UnitModel.h"
#include "UserModel.h"

#include "services/AuthService.h"
#include "services/DemoSeeder.h"
#include "services/OfficeService.h"
#include "services/UnitService.h"
#include "services/UserService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace gw;
using namespace gw::test;

namespace {
void typeInto(QWidget &w, const char *name, const QString &text)
{
    auto *edit = w.findChild<QLineEdit *>(QString::fromLatin1(name));
    REQUIRE(edit != nullptr);
    edit->clear();
    // QTest types Latin-1 keys only; Chinese arrives as an input method would commit it.
    bool latin = true;
    for (QChar c : text)
        latin = latin && c.unicode() < 0x80;
    if (latin)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text);
}

struct Language
{
    explicit Language(const QString &lang) { installTranslations(*QCoreApplication::instance(), lang); }
    ~Language() { installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN")); }
};
} // namespace

TEST_CASE("login dialog: a wrong password is told and the dialog stays — the right one logs in",
          "[ui][login]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    LoginDialog dialog(*ws, QStringLiteral("演示数据库：所有账号的密码均为 gongwen2026。"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    typeInto(dialog, "username", QStringLiteral("clerk"));
    typeInto(dialog, "password", QStringLiteral("wrong-password"));
    QTest::keyClick(child<QLineEdit>(dialog, "password"), Qt::Key_Return);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.isVisible());
    CHECK(dialog.errorText().contains(QStringLiteral("用户名或密码")));
    screenshot(dialog, QStringLiteral("login_error_zh_CN"));
    typeInto(dialog, "password", DemoSeeder::password());
    CHECK(dialog.errorText().isEmpty()); // typing again clears the error
    screenshot(dialog, QStringLiteral("login_zh_CN"));
    QTest::keyClick(child<QLineEdit>(dialog, "password"), Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.actor().username == QStringLiteral("clerk"));
    CHECK(dialog.actor().roles == QList<Role>{Role::Clerk});
}

TEST_CASE("first-run wizard: the office and its administrator are set up — bad input is told", "[ui][setup]")
{
    TestDb db;
    auto opened = Workspace::open(db.url());
    REQUIRE(opened.ok());
    auto &ws = *opened.value();
    REQUIRE(ws.office().needsSetUp().value());

    SetupWizard wizard(ws);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    screenshot(wizard, QStringLiteral("setup_1_welcome_zh_CN"));
    wizard.next();
    typeInto(wizard, "officeFullName", QStringLiteral("黄州区人民政府办公室"));
    typeInto(wizard, "officeSignMark", QStringLiteral("黄州区人民政府"));
    typeInto(wizard, "officeFonds", QStringLiteral("J012"));
    child<QPlainTextEdit>(wizard, "officePrefixes")
        ->setPlainText(QStringLiteral("黄政发〔2026〕 区政府发文"));
    const int officePage = wizard.currentId();
    wizard.next();
    CHECK(wizard.currentId() == officePage); // refused: the prefix holds a year
    CHECK(wizard.errorText().contains(QStringLiteral("黄政发〔2026〕")));
    screenshot(wizard, QStringLiteral("setup_2_office_error_zh_CN"));
    child<QPlainTextEdit>(wizard, "officePrefixes")
        ->setPlainText(QStringLiteral("黄政发 区政府发文\n黄政办发 区政府办公室发文"));
    screenshot(wizard, QStringLiteral("setup_2_office_zh_CN"));
    wizard.next();
    CHECK(wizard.currentId() != officePage);
    typeInto(wizard, "adminUsername", QStringLiteral("zhou"));
    typeInto(wizard, "adminDisplayName", QStringLiteral("周建国"));
    typeInto(wizard, "adminPassword", QStringLiteral("secret-pass-1"));
    typeInto(wizard, "adminConfirm", QStringLiteral("secret-pass-2"));
    wizard.button(QWizard::FinishButton)->click();
    CHECK(wizard.errorText().contains(QStringLiteral("密码")));
    CHECK(ws.office().needsSetUp().value());
    typeInto(wizard, "adminConfirm", QStringLiteral("secret-pass-1"));
    screenshot(wizard, QStringLiteral("setup_3_admin_zh_CN"));
    wizard.button(QWizard::FinishButton)->click();
    CHECK(wizard.result() == QDialog::Accepted);
    CHECK_FALSE(ws.office().needsSetUp().value());
    CHECK(wizard.administrator().username == QStringLiteral("zhou"));
    CHECK(ws.office().office().value()->prefixes.size() == 2);
}

TEST_CASE("main window: seven areas, those not among the posts say so, 统计 is built, the status bar names user and database",
          "[ui][main]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    auto admin = ws->auth().login(QStringLiteral("admin"), DemoSeeder::password());
    REQUIRE(admin.ok());
    MainWindow window(*ws, admin.value());
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *nav = child<QListWidget>(window, "navigation");
    REQUIRE(nav->count() == 7);
    const QStringList expected{QStringLiteral("待办"), QStringLiteral("收文"), QStringLiteral("发文"),
                               QStringLiteral("督查"), QStringLiteral("档案"), QStringLiteral("统计"),
                               QStringLiteral("设置")};
    for (int i = 0; i < 7; ++i)
        CHECK(nav->item(i)->text() == expected.at(i));
    // 统计 is built: the clerk, whose posts do not include the figures, is told so on it.
    CHECK(window.areaWidget(MainWindow::Area::Statistics)->objectName() == QStringLiteral("statsPage"));
    // 督查 is built, and not the administrator's: the page says whose it is. 档案 shows the administrator only
    // what anyone may borrow: their own loans.
    CHECK(window.areaWidget(MainWindow::Area::Supervision)->objectName() == QStringLiteral("unavailablePage"));
    CHECK(child<QLabel>(*window.areaWidget(MainWindow::Area::Supervision), "purpose")->text().contains(QStringLiteral("督查室")));
    CHECK_FALSE(child<QLabel>(*window.areaWidget(MainWindow::Area::Supervision), "notice")->text().contains(QStringLiteral("尚未")));
    {
        QWidget *archive = window.areaWidget(MainWindow::Area::Archive);
        CHECK(archive->objectName() == QStringLiteral("archivePage"));
        auto *tabs = child<QTabWidget>(*archive, "archiveTabs");
        REQUIRE(tabs->count() == 1);
        CHECK(tabs->tabText(0).contains(QStringLiteral("借阅")));
        CHECK(child<QTableView>(*archive, "archiveLoans")->model()->rowCount() == 0);
    }
    for (auto area : {MainWindow::Area::Supervision}) {
        QWidget *page = window.areaWidget(area);
        CHECK(page->objectName() == QStringLiteral("unavailablePage"));
        CHECK(page->findChildren<QTableView *>().isEmpty()); // no fake data
        window.showArea(area);
        QApplication::processEvents();
        for (QLabel *label : page->findChildren<QLabel *>()) { // nothing clipped
            INFO(label->text().toStdString());
            if (label->wordWrap())
                CHECK(label->height() >= label->heightForWidth(label->width()));
            else
                CHECK(label->height() >= label->sizeHint().height());
        }
    }
    window.showArea(MainWindow::Area::Incoming);
    screenshot(window, QStringLiteral("main_incoming_zh_CN"));
    CHECK(child<QToolButton>(window, "statusUser")->text().contains(QStringLiteral("周建国")));
    CHECK(child<QToolButton>(window, "statusUser")->text().contains(QStringLiteral("系统管理员")));
    CHECK(child<QLabel>(window, "statusDatabase")->text().contains(db.url().displayString()));

    // Ctrl+7 goes to the settings.
    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
    CHECK(window.currentArea() == MainWindow::Area::Settings);
    auto *units = child<QTableView>(window, "unitTable");
    CHECK(units->model()->rowCount() == 45);
    screenshot(window, QStringLiteral("main_settings_units_zh_CN"));
    auto *settings = child<SettingsPage>(window, "settingsPage");
    settings->setCurrentIndex(1);
    CHECK(child<QTableView>(window, "userTable")->model()->rowCount() == 16);
    screenshot(window, QStringLiteral("main_settings_users_zh_CN"));
    settings->setCurrentIndex(2);
    screenshot(window, QStringLiteral("main_settings_office_zh_CN"));
}

TEST_CASE("unit directory: a unit added in the dialog appears — a conflicting edit keeps the input",
          "[ui][directory][conflict]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal admin = ws->auth().login(QStringLiteral("admin"), DemoSeeder::password()).value();
    UnitDirectoryPage page(*ws, admin);
    page.resize(1100, 600);
    page.show();
    const int before = page.model()->rowCount();

    {
        UnitDialog add(ws->units(), admin, Unit{});
        add.show();
        typeInto(add, "unitName", QStringLiteral("云溪区统计局"));
        typeInto(add, "unitShortName", QStringLiteral("区统计局"));
        auto *type = child<QComboBox>(add, "unitType");
        type->setCurrentIndex(type->findData(unitTypeCode(UnitType::Department)));
        screenshot(add, QStringLiteral("unit_dialog_zh_CN"));
        add.accept();
        CHECK(add.result() == QDialog::Accepted);
    }
    CHECK(page.model()->rowCount() == before + 1);

    UnitFilter f;
    f.text = QStringLiteral("统计局");
    const Unit stored = ws->units().list(admin, f).value().first();
    UnitDialog edit(ws->units(), admin, stored);
    edit.show();
    typeInto(edit, "unitShortName", QStringLiteral("统计局（我的修改）"));
    // Another workstation saves first.
    auto other = Workspace::open(db.url());
    REQUIRE(other.ok());
    Unit theirs = stored;
    theirs.shortName = QStringLiteral("统计局（他人修改）");
    REQUIRE(other.value()->units().update(admin, theirs).ok());

    edit.accept();
    CHECK(edit.result() != QDialog::Accepted);
    CHECK(edit.errorText().contains(QStringLiteral("周建国")));
    CHECK(child<QLineEdit>(edit, "unitShortName")->text() == QStringLiteral("统计局（我的修改）"));
    CHECK(ws->units().get(admin, stored.id).value().shortName == QStringLiteral("统计局（他人修改）"));
    screenshot(edit, QStringLiteral("unit_dialog_conflict_zh_CN"));
    edit.accept(); // applied on purpose over the newer version
    CHECK(edit.result() == QDialog::Accepted);
    CHECK(ws->units().get(admin, stored.id).value().shortName == QStringLiteral("统计局（我的修改）"));
}

TEST_CASE("item models pass QAbstractItemModelTester", "[ui][models]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal admin = ws->auth().login(QStringLiteral("admin"), DemoSeeder::password()).value();
    UnitModel units(ws->units(), admin);
    QAbstractItemModelTester unitTester(&units, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(units.reload().ok());
    CHECK(units.rowCount() == 45);
    UnitFilter towns;
    towns.type = UnitType::Town;
    REQUIRE(units.setFilter(towns).ok());
    CHECK(units.rowCount() == 6);
    UserModel users(ws->users(), admin);
    QAbstractItemModelTester userTester(&users, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(users.reload().ok());
    CHECK(users.rowCount() == 16);
    // A clerk may not read the accounts: the model stays empty and says why.
    const Principal clerk = ws->auth().login(QStringLiteral("clerk"), DemoSeeder::password()).value();
    UserModel refused(ws->users(), clerk);
    CHECK(refused.reload().error().code == ErrorCode::Permission);
    CHECK(refused.rowCount() == 0);
}

TEST_CASE("unit model pages through a large directory without loading it all", "[ui][models][paging]")
{
    TestOffice o;
    QList<Unit> many;
    for (int i = 0; i < 1000; ++i) {
        Unit u;
        u.name = QStringLiteral("单位%1").arg(i, 4, 10, QLatin1Char('0'));
        u.type = UnitType::Enterprise;
        u.shortName = u.name;
        many.append(u);
    }
    {
        WriteTransaction tx(o.ws->database());
        REQUIRE(UnitRepository(o.ws->database()).insertMany(many, 0, QStringLiteral("test")).ok());
        REQUIRE(tx.commit().ok());
    }
    // (No QAbstractItemModelTester here: it calls fetchMore from inside the reset notification.)
    UnitModel model(o.ws->units(), o.admin);
    REQUIRE(model.reload().ok());
    CHECK(model.rowCount() == UnitModel::kPage);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * UnitModel::kPage);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 1000);
    CHECK(model.unitAt(999).name == QStringLiteral("单位0999"));
}

TEST_CASE("screens in English", "[ui][en]")
{
    Language en(QStringLiteral("en"));
    TestDb db;
    auto ws = demoWorkspace(db);
    {
        LoginDialog dialog(
            *ws, QStringLiteral("Demonstration database: every account has the password gongwen2026."));
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        screenshot(dialog, QStringLiteral("login_en"));
    }
    const Principal admin = ws->auth().login(QStringLiteral("admin"), DemoSeeder::password()).value();
    MainWindow window(*ws, admin);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *nav = child<QListWidget>(window, "navigation");
    CHECK(nav->item(1)->text() == QStringLiteral("Incoming"));
    window.showArea(MainWindow::Area::Incoming);
    screenshot(window, QStringLiteral("main_incoming_en"));
    window.showArea(MainWindow::Area::Settings);
    screenshot(window, QStringLiteral("main_settings_units_en"));

    TestDb fresh;
    auto empty = Workspace::open(fresh.url());
    REQUIRE(empty.ok());
    SetupWizard wizard(*empty.value());
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    screenshot(wizard, QStringLiteral("setup_2_office_en"));
}
