// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk UI tests — day one at the desk: every window's mnemonics are its own, every window fits a
// 1366 × 768 laptop and remembers its size, Esc and Ctrl+W close, titles carry no '&'.
#include "DeskScreens.h"
#include "UiHelpers.h"

#include "ChangePasswordDialog.h"
#include "DraftDialog.h"
#include "DraftListPage.h"
#include "IncomingModel.h"
#include "ErrorBanner.h"
#include "FileDialogs.h"
#include "HandlingDialog.h"
#include "IncomingPage.h"
#include "Localization.h"
#include "RecordTable.h"
#include "UserAdminPage.h"
#include "MainWindow.h"
#include "ManualWindow.h"
#include "RegistrationDialog.h"
#include "Screenshots.h"
#include "WindowFit.h"

#include "services/DraftingService.h"
#include "services/IncomingService.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QTemporaryDir>
#include <QTreeView>
#include <QGroupBox>
#include <QHeaderView>
#include <QImage>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace gw;
using namespace gw::test;

namespace {
/// The letter Alt chooses in a label ("&Pass" → 'p', "通过(&P)" → 'p'); none for "Save && close".
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

/// Every mnemonic a user can press in `window` now, with the label that carries it.
QMultiMap<QChar, QString> mnemonicsIn(QWidget &window)
{
    QMultiMap<QChar, QString> out;
    auto add = [&out](const QString &label) {
        if (const QChar c = mnemonicOf(label); !c.isNull())
            out.insert(c, label);
    };
    for (auto *b : window.findChildren<QAbstractButton *>()) {
        if (b->isVisible() && b->window() == &window)
            add(b->text());
    }
    for (auto *l : window.findChildren<QLabel *>()) {
        if (l->isVisible() && l->buddy() && l->window() == &window)
            add(l->text());
    }
    for (auto *g : window.findChildren<QGroupBox *>()) {
        if (g->isVisible() && g->window() == &window)
            add(g->title());
    }
    for (auto *t : window.findChildren<QTabBar *>()) {
        if (!t->isVisible() || t->window() != &window)
            continue;
        for (int i = 0; i < t->count(); ++i)
            add(t->tabText(i));
    }
    if (auto *bar = window.findChild<QMenuBar *>()) {
        for (QAction *a : bar->actions())
            add(a->text());
    }
    return out;
}

struct Language
{
    explicit Language(const QString &code) { installTranslations(*QCoreApplication::instance(), code); }
    ~Language() { installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN")); }
};
} // namespace

TEST_CASE("mnemonics: no two visible widgets of a window share one, in Chinese and in English — and no "
          "window title shows an ampersand",
          "[ui][ux]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    QStringList clashes, titles, dead;
    int windows = 0, labels = 0;
    for (const QString &code : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        Language language(code);
        for (const DeskScreen &screen : deskScreens(*ws)) {
            auto check = [&](QWidget &window) {
                ++windows;
                if (window.windowTitle().contains(QLatin1Char('&')))
                    titles << QStringLiteral("%1 [%2]: %3").arg(screen.name, code, window.windowTitle());
                forEachView(window, [&](const QString &where) {
                    // An underlined letter must work: a button given another shortcut loses its Alt+letter.
                    for (auto *b : window.findChildren<QAbstractButton *>()) {
                        if (b->isVisible() && b->window() == &window && !mnemonicOf(b->text()).isNull() &&
                            b->shortcut() != QKeySequence::mnemonic(b->text()))
                            dead << QStringLiteral("%1 %2 [%3]: %4").arg(screen.name, where, code, b->text());
                    }
                    const QMultiMap<QChar, QString> found = mnemonicsIn(window);
                    labels += int(found.size());
                    for (const QChar c : found.uniqueKeys()) {
                        const QStringList same = found.values(c);
                        if (same.size() > 1)
                            clashes << QStringLiteral("%1 %2 [%3] Alt+%4: %5")
                                           .arg(screen.name, where, code, QString(c).toUpper(),
                                                same.join(QStringLiteral(" | ")));
                    }
                });
            };
            INFO(screen.name.toStdString());
            CHECK(lookAt(screen, check));
        }
    }
    INFO(clashes.join(QLatin1Char('\n')).toStdString());
    CHECK(clashes.isEmpty());
    INFO(dead.join(QLatin1Char('\n')).toStdString());
    CHECK(dead.isEmpty());
    INFO(titles.join(QLatin1Char('\n')).toStdString());
    CHECK(titles.isEmpty());
    CHECK(windows >= 2 * 20);
    CHECK(labels > 300);
}

TEST_CASE("language: in Chinese no window shows English words in its labels, buttons, tabs, headings or menus",
          "[ui][ux]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    // Words that are Chinese users' words too: key names, file kinds, the program's and the database's names.
    static const QStringList allowed{QStringLiteral("ctrl"),   QStringLiteral("shift"), QStringLiteral("enter"),
                                     QStringLiteral("space"),  QStringLiteral("esc"),   QStringLiteral("tab"),
                                     QStringLiteral("pdf"),    QStringLiteral("ofd"),   QStringLiteral("csv"),
                                     QStringLiteral("wps"),    QStringLiteral("sqlite"), QStringLiteral("postgresql"),
                                     QStringLiteral("gongwen"), QStringLiteral("demo"),  QStringLiteral("tmp"),
                                     QStringLiteral("test"),   QStringLiteral("ui"),    QStringLiteral("tests"),
                                     QStringLiteral("debian"), QStringLiteral("sha"),   QStringLiteral("alt")};
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    QStringList english;
    auto look = [&](const QString &where, const QString &text) {
        for (auto it = word.globalMatch(text); it.hasNext();) {
            const QString w = it.next().captured(0);
            if (!allowed.contains(w.toLower()) && !text.contains(QStringLiteral("://")))
                english << QStringLiteral("%1: %2").arg(where, text);
        }
    };
    for (const DeskScreen &screen : deskScreens(*ws)) {
        const bool seen = lookAt(screen, [&](QWidget &window) {
            forEachView(window, [&](const QString &view) {
                const QString where = screen.name + QLatin1Char(' ') + view;
                look(where, window.windowTitle());
                for (auto *b : window.findChildren<QAbstractButton *>())
                    if (b->isVisible() && b->window() == &window)
                        look(where, b->text());
                for (auto *l : window.findChildren<QLabel *>())
                    if (l->isVisible() && l->window() == &window)
                        look(where, Qt::mightBeRichText(l->text())
                                        ? QTextDocumentFragment::fromHtml(l->text()).toPlainText()
                                        : l->text());
                for (auto *g : window.findChildren<QGroupBox *>())
                    if (g->isVisible() && g->window() == &window)
                        look(where, g->title());
                for (auto *t : window.findChildren<QTabBar *>())
                    if (t->isVisible() && t->window() == &window)
                        for (int i = 0; i < t->count(); ++i)
                            look(where, t->tabText(i));
                for (auto *h : window.findChildren<QHeaderView *>()) {
                    if (!h->isVisible() || h->window() != &window || !h->model() || h->orientation() != Qt::Horizontal)
                        continue;
                    for (int i = 0; i < h->count(); ++i)
                        look(where, h->model()->headerData(i, Qt::Horizontal).toString());
                }
                if (auto *bar = window.findChild<QMenuBar *>())
                    for (QAction *menu : bar->actions()) {
                        look(where, menu->text());
                        if (menu->menu())
                            for (QAction *a : menu->menu()->actions())
                                look(where, a->text());
                    }
            });
        });
        CHECK(seen);
    }
    english.removeDuplicates();
    INFO(english.join(QLatin1Char('\n')).toStdString());
    CHECK(english.isEmpty());
}

TEST_CASE("titles of prompts and confirmations carry no mnemonic", "[ui][ux]")
{
    CHECK(withoutMnemonic(QStringLiteral("&Pass")) == QStringLiteral("Pass"));
    CHECK(withoutMnemonic(QStringLiteral("通过(&P)")) == QStringLiteral("通过"));
    CHECK(withoutMnemonic(QStringLiteral("签发(&S)…")) == QStringLiteral("签发"));
    CHECK(withoutMnemonic(QStringLiteral("Save && &close")) == QStringLiteral("Save & close"));
    CHECK(withoutMnemonic(QStringLiteral("Return to the drafter")) == QStringLiteral("Return to the drafter"));
}

TEST_CASE("fits a laptop: every window and dialog opens inside a 1366 × 768 screen", "[ui][ux]")
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    REQUIRE(screen != nullptr);
    INFO("run with -platform offscreen:configfile=tests/ui/laptop-screen.json; QT_QPA_PLATFORM="
         << qgetenv("QT_QPA_PLATFORM").toStdString() << ", screen " << screen->size().width() << "×"
         << screen->size().height());
    REQUIRE(screen->size() == QSize(1366, 768));
    const QRect free = screen->availableGeometry();
    TestDb db;
    auto ws = demoWorkspace(db);
    QStringList outside;
    for (const DeskScreen &s : deskScreens(*ws)) {
        const bool seen = lookAt(s, [&](QWidget &window) {
            // The frame a window manager adds (title bar 30, borders 4) counts.
            if (!fitsOnScreen(&window) || window.minimumSizeHint().height() > free.height() - 34 ||
                window.minimumSizeHint().width() > free.width() - 8)
                outside << QStringLiteral("%1: %2×%3 at %4,%5 (minimum %6×%7)")
                               .arg(s.name)
                               .arg(window.width())
                               .arg(window.height())
                               .arg(window.x())
                               .arg(window.y())
                               .arg(window.minimumSizeHint().width())
                               .arg(window.minimumSizeHint().height());
        });
        INFO(s.name.toStdString());
        CHECK(seen);
    }
    INFO(outside.join(QLatin1Char('\n')).toStdString());
    CHECK(outside.isEmpty());
}

TEST_CASE("windows remember their size, Esc closes a viewer window, Ctrl+W closes a document window",
          "[ui][ux]")
{
    {
        QWidget viewer(nullptr, Qt::Window);
        viewer.setObjectName(QStringLiteral("testViewerWindow"));
        fitWindow(&viewer, QSize(5000, 4000)); // larger than any screen: bounded
        CHECK(viewer.width() <= roomOnScreen(&viewer).width());
        CHECK(viewer.height() <= roomOnScreen(&viewer).height());
        viewer.show();
        REQUIRE(QTest::qWaitForWindowExposed(&viewer));
        viewer.resize(640, 420);
        QTest::keyClick(&viewer, Qt::Key_Escape);
        CHECK_FALSE(viewer.isVisible());
    }
    {
        QWidget again(nullptr, Qt::Window);
        again.setObjectName(QStringLiteral("testViewerWindow"));
        fitWindow(&again, QSize(900, 700));
        CHECK(again.size() == QSize(640, 420)); // as it was left
        again.show();
        REQUIRE(QTest::qWaitForWindowExposed(&again));
        QTest::keyClick(&again, Qt::Key_W, Qt::ControlModifier);
        CHECK_FALSE(again.isVisible());
    }
    TestDb db;
    auto ws = demoWorkspace(db);
    for (const DeskScreen &s : deskScreens(*ws)) {
        if (!s.name.startsWith(QLatin1String("draft page")))
            continue;
        std::unique_ptr<QWidget> window = s.open();
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        QTest::keyClick(window.get(), Qt::Key_W, Qt::ControlModifier);
        CHECK_FALSE(window->isVisible());
    }
}

namespace {
/// Every href and img src of a manual page.
QStringList referencesIn(const QString &html, const char *attribute)
{
    QStringList out;
    const QRegularExpression re(QStringLiteral("%1=\"([^\"#]+)").arg(QLatin1String(attribute)));
    for (auto it = re.globalMatch(html); it.hasNext();)
        out.append(it.next().captured(1));
    return out;
}
} // namespace

TEST_CASE("the manual: the same pages in Chinese and English, every link and picture there, one page per "
          "role and task",
          "[ui][ux]")
{
    const QStringList zh = ManualWindow::pages(QStringLiteral("zh_CN"));
    const QStringList en = ManualWindow::pages(QStringLiteral("en"));
    CHECK(zh == en);
    REQUIRE(zh.size() >= 12);
    CHECK(zh.first() == QStringLiteral("index"));
    for (const QString &page : {QStringLiteral("login"), QStringLiteral("tasks"), QStringLiteral("incoming-register"),
                                QStringLiteral("incoming-triage"), QStringLiteral("review"),
                                QStringLiteral("signing"), QStringLiteral("printing"),
                                QStringLiteral("first-reader"), QStringLiteral("admin")})
        CHECK(zh.contains(page));
    QStringList broken;
    for (const QString &lang : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        for (const QString &page : ManualWindow::pages(lang)) {
            QFile f(QStringLiteral(":/manual/%1/%2.html").arg(lang, page));
            REQUIRE(f.open(QIODevice::ReadOnly));
            const QString html = QString::fromUtf8(f.readAll());
            for (const QString &link : referencesIn(html, "href")) {
                if (!QFile::exists(QStringLiteral(":/manual/%1/%2").arg(lang, link)))
                    broken << QStringLiteral("%1/%2 → %3").arg(lang, page, link);
            }
            for (const QString &img : referencesIn(html, "src")) {
                if (QImage(QStringLiteral(":/manual/%1/%2").arg(lang, img)).isNull())
                    broken << QStringLiteral("%1/%2 → picture %3").arg(lang, page, img);
            }
        }
    }
    INFO(broken.join(QLatin1Char('\n')).toStdString());
    CHECK(broken.isEmpty());
}

TEST_CASE("the manual: F1 opens the page for the screen in front, and the manual is searchable", "[ui][ux]")
{
    ManualWindow::installHelpKey();
    TestDb db;
    auto ws = demoWorkspace(db);
    MainWindow window(*ws, logIn(*ws, "clerk"));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showArea(MainWindow::Area::Incoming);
    QTest::keyClick(&window, Qt::Key_F1);
    auto *manual = window.findChild<ManualWindow *>();
    REQUIRE(manual != nullptr);
    CHECK(manual->isVisible());
    CHECK(manual->currentPage() == QStringLiteral("incoming-register"));
    CHECK(manual->browser()->toPlainText().contains(QStringLiteral("签收登记")));
    screenshot(*manual, QStringLiteral("manual_incoming_zh_CN"));
    window.showArea(MainWindow::Area::Tasks);
    QTest::keyClick(&window, Qt::Key_F1);
    CHECK(manual->currentPage() == QStringLiteral("tasks"));
    // Searching: the pages that say it.
    CHECK(manual->search(QStringLiteral("退文通知")).contains(QStringLiteral("incoming-triage")));
    CHECK(manual->search(QStringLiteral("第一读者")).contains(QStringLiteral("first-reader")));
    CHECK(manual->search(QStringLiteral("没有这个词的手册页")).isEmpty());
    QTest::keyClick(manual, Qt::Key_Escape);
    CHECK_FALSE(manual->isVisible());
    // In a dialog: the dialog's page.
    const Principal clerk = logIn(*ws, "clerk");
    RegistrationDialog registration(*ws, clerk);
    registration.show();
    REQUIRE(QTest::qWaitForWindowExposed(&registration));
    QTest::keyClick(&registration, Qt::Key_F1);
    ManualWindow *fromDialog = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *m = qobject_cast<ManualWindow *>(w); m && m->isVisible())
            fromDialog = m;
    }
    if (!fromDialog)
        fromDialog = registration.findChild<ManualWindow *>();
    if (!fromDialog)
        fromDialog = window.findChild<ManualWindow *>();
    REQUIRE(fromDialog != nullptr);
    CHECK(fromDialog->currentPage() == QStringLiteral("incoming-register"));
}

TEST_CASE("accounts: change my password from the keyboard — every missing field named at once, the "
          "banner gone once the user types, a clear word on success",
          "[ui][ux]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal clerk = logIn(*ws, "clerk");
    MainWindow window(*ws, clerk);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.currentArea() == MainWindow::Area::Tasks);
    bool checked = false;
    expectModals({{[](QWidget &w) { return w.objectName() == QLatin1String("changePasswordDialog"); },
                   [&checked](QWidget &w) {
                       auto &d = static_cast<ChangePasswordDialog &>(w);
                       QTest::mouseClick(d.findChild<QAbstractButton *>(QStringLiteral("changePassword")),
                                         Qt::LeftButton);
                       const QString all = d.errorText();
                       CHECK(all.contains(QStringLiteral("当前密码")));
                       CHECK(all.contains(QStringLiteral("新密码")));
                       CHECK(d.focusWidget() == d.findChild<QLineEdit *>(QStringLiteral("currentPassword")));
                       QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("currentPassword")),
                                        DemoSeeder::password());
                       CHECK(d.errorText().isEmpty()); // the banner follows the input
                       QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("newPassword")),
                                        QStringLiteral("my-own-secret-9"));
                       QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("repeatPassword")),
                                        QStringLiteral("my-own-secret-8"));
                       QTest::mouseClick(d.findChild<QAbstractButton *>(QStringLiteral("changePassword")),
                                         Qt::LeftButton);
                       CHECK(d.errorText().contains(QStringLiteral("不一致")));
                       QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("repeatPassword")),
                                        QStringLiteral("my-own-secret-9"));
                       screenshot(d, QStringLiteral("accounts_change_password_zh_CN"));
                       QTest::mouseClick(d.findChild<QAbstractButton *>(QStringLiteral("changePassword")),
                                         Qt::LeftButton);
                       checked = true;
                   }}});
    QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(checked);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("密码已修改")));
    CHECK(ws->auth().login(QStringLiteral("clerk"), QStringLiteral("my-own-secret-9")).ok());
}

TEST_CASE("accounts: the administrator sees a locked account and unlocks it, and every log-in starts at 待办",
          "[ui][ux]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    for (int i = 0; i < AuthService::kFreeAttempts; ++i)
        CHECK_FALSE(ws->auth().login(QStringLiteral("clerk"), QStringLiteral("wrong-password")).ok());
    const Principal admin = logIn(*ws, "admin");
    {
        MainWindow before(*ws, admin);
        before.showArea(MainWindow::Area::Settings);
        before.close(); // the last area is remembered by the workstation …
    }
    MainWindow window(*ws, admin);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.currentArea() == MainWindow::Area::Tasks); // … and still every log-in starts at 待办
    window.showArea(MainWindow::Area::Settings);
    auto *page = window.findChild<UserAdminPage *>();
    REQUIRE(page != nullptr);
    auto *tabs = qobject_cast<QTabWidget *>(page->parentWidget()->parentWidget()); // the tab's stack
    REQUIRE(tabs != nullptr);
    tabs->setCurrentWidget(page);
    QCoreApplication::processEvents();
    auto *table = child<QTableView>(*page, "userTable");
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data().toString() == QLatin1String("clerk"))
            row = r;
    }
    REQUIRE(row >= 0);
    const QString state = table->model()->index(row, table->model()->columnCount() - 1).data().toString();
    CHECK(state.contains(QStringLiteral("锁定")));
    CHECK_FALSE(child<QAbstractButton>(*page, "unlockAccount")->isEnabled());
    table->setCurrentIndex(table->model()->index(row, 0));
    screenshot(window, QStringLiteral("accounts_locked_zh_CN"));
    click(*page, "unlockAccount");
    CHECK(ws->auth().login(QStringLiteral("clerk"), DemoSeeder::password()).ok());
    CHECK_FALSE(table->model()->index(row, table->model()->columnCount() - 1).data().toString().contains(
        QStringLiteral("锁定")));
}

TEST_CASE("registration: an empty form names every missing field at once, the banner goes once the user "
          "types, and the register says the new 收文编号 with its 密级 and who did what when",
          "[ui][ux][incoming]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal clerk = logIn(*ws, "clerk");
    IncomingPage page(*ws, clerk);
    page.resize(1300, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    bool done = false;
    expectModals({{[](QWidget &w) { return w.objectName() == QLatin1String("registrationDialog"); },
                   [&done](QWidget &w) {
                       auto &d = static_cast<RegistrationDialog &>(w);
                       CHECK(QTest::qWaitForWindowActive(&d));
                       QTest::mouseClick(d.findChild<QAbstractButton *>(QStringLiteral("registerIncoming")),
                                         Qt::LeftButton);
                       const QString all = d.errorText();
                       CHECK(all.contains(QStringLiteral("来文机关")));
                       CHECK(all.contains(QStringLiteral("标题")));
                       CHECK(all.contains(QStringLiteral("文种")));
                       // The cursor on the first missing field (the window's focus, active or not).
                       auto *first = d.findChild<QComboBox *>(QStringLiteral("incomingSender"));
                       CHECK((d.focusWidget() == first || first->isAncestorOf(d.focusWidget())));
                       screenshot(d, QStringLiteral("incoming_00_all_missing_zh_CN"));
                       auto *title = d.findChild<QLineEdit *>(QStringLiteral("incomingTitle"));
                       title->setFocus();
                       QTest::keyClicks(title, QStringLiteral("Test"));
                       CHECK(d.errorText().isEmpty()); // the banner follows the input
                       title->clear();
                       typeText(title, QStringLiteral("关于春耕备耕工作的请示"));
                       auto *sender = d.findChild<QComboBox *>(QStringLiteral("incomingSender"));
                       sender->setCurrentIndex(sender->findText(QStringLiteral("云溪区白沙镇人民政府")));
                       auto *genre = d.findChild<QComboBox *>(QStringLiteral("incomingGenre"));
                       genre->setCurrentIndex(genre->findData(genreCode(Genre::Request)));
                       auto *secrecy = d.findChild<QComboBox *>(QStringLiteral("incomingSecrecy"));
                       if (secrecy)
                           secrecy->setCurrentIndex(secrecy->findData(clearanceCode(Clearance::Confidential)));
                       QTest::mouseClick(d.findChild<QAbstractButton *>(QStringLiteral("registerIncoming")),
                                         Qt::LeftButton);
                       done = true;
                   }}});
    click(page, "registerIncoming");
    REQUIRE(done);
    auto *banner = page.findChild<ErrorBanner *>();
    REQUIRE(banner != nullptr);
    CHECK_FALSE(banner->showsError());
    CHECK(banner->text().contains(QStringLiteral("收〔")));
    CHECK(banner->text().contains(QStringLiteral("关于春耕备耕工作的请示")));
    // The register shows the 收文编号 and the 密级 of the new item.
    QAbstractItemModel *model = page.view()->model();
    QStringList headers;
    for (int c = 0; c < model->columnCount(); ++c)
        headers << model->headerData(c, Qt::Horizontal).toString();
    CHECK(headers.join(QLatin1Char('|')).contains(QStringLiteral("收文编号")));
    CHECK(headers.join(QLatin1Char('|')).contains(QStringLiteral("密级")));
    screenshot(page, QStringLiteral("incoming_00_registered_zh_CN"));
    IncomingFilter all;
    all.text = QStringLiteral("春耕备耕");
    auto found = ws->incoming().list(clerk, all);
    REQUIRE(found.ok());
    REQUIRE(found.value().size() == 1);
    const IncomingItem item = found.value().first();
    INFO(banner->text().toStdString() + " / " + item.receiptNumber().toStdString());
    CHECK(banner->text().contains(item.receiptNumber()));
    // The handling history: when, who, what.
    HandlingDialog handling(*ws, clerk, item.id);
    handling.show();
    auto *history = child<QTableWidget>(handling, "historyTable");
    REQUIRE(history->rowCount() >= 1);
    CHECK(history->item(0, 1)->text() == clerk.displayName);
    CHECK_FALSE(history->item(0, 0)->text().isEmpty());
}

TEST_CASE("role-aware screens: registration is offered only to posts that may register, the Go menu and the "
          "navigation agree, every signing leader of the demo has something to sign",
          "[ui][ux]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    for (const char *user : {"admin", "clerk", "reviewer"}) {
        const Principal actor = logIn(*ws, user);
        IncomingPage page(*ws, actor);
        page.show();
        QCoreApplication::processEvents();
        const bool clerk = qstrcmp(user, "clerk") == 0;
        INFO(user);
        CHECK(child<QAbstractButton>(page, "registerIncoming")->isVisible() == clerk);
        CHECK(child<QAbstractButton>(page, "recordLetterButton")->isVisible() == clerk);
    }
    for (const char *leader : {"leader", "vice"}) {
        const Principal actor = logIn(*ws, leader);
        auto tasks = ws->drafting().tasks(actor);
        REQUIRE(tasks.ok());
        bool signs = false;
        for (const Draft &d : tasks.value())
            signs = signs || ws->drafting().actionsFor(actor, d).passSigns;
        INFO(leader);
        CHECK(signs);
    }
    const Principal reviewer = logIn(*ws, "reviewer");
    MainWindow window(*ws, reviewer);
    window.show();
    QCoreApplication::processEvents();
    auto *nav = child<QListWidget>(window, "navigation");
    const QString navTasks = nav->item(0)->text();
    CHECK(navTasks.contains(QRegularExpression(QStringLiteral("\\d")))); // the reviewer has tasks
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *a : menu->menu()->actions()) {
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_1))
                CHECK_FALSE(a->text().contains(QRegularExpression(QStringLiteral("\\d"))));
        }
    }
}

TEST_CASE("triage reversal: 秘书科 takes a transfer back from the handling page, with a reason", "[ui][ux][incoming]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal clerk = logIn(*ws, "clerk");
    IncomingItem transferred;
    for (const IncomingItem &i : ws->incoming().list(clerk, IncomingFilter{}).value()) {
        if (i.state == QLatin1String("transferred"))
            transferred = i;
    }
    REQUIRE(transferred.id > 0);
    HandlingDialog handling(*ws, clerk, transferred.id);
    handling.show();
    REQUIRE(QTest::qWaitForWindowExposed(&handling));
    screenshot(handling, QStringLiteral("incoming_11_reverse_offered_zh_CN"));
    expectModals({typeInPrompt(QStringLiteral("转办部门选错，重新初审"))});
    click(handling, "actionReverseTriage");
    CHECK(ws->incoming().get(clerk, transferred.id).value().state == QStringLiteral("registered"));
    // A reader of the register cannot take decisions back.
    HandlingDialog asLeader(*ws, logIn(*ws, "leader"), transferred.id);
    CHECK_FALSE(asLeader.findChild<QAbstractButton *>(QStringLiteral("actionReverseTriage")));
}

TEST_CASE("attachments by content: a text file named .pdf and a PDF that does not open are refused at "
          "registration, with the reason, and sizes read one way",
          "[ui][ux][incoming]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    RegistrationDialog dialog(*ws, logIn(*ws, "clerk"));
    dialog.show();
    CHECK_FALSE(dialog.addAttachment(QStringLiteral("来文.pdf"), QByteArray("just some text\n")));
    CHECK(dialog.errorText().contains(QStringLiteral("来文.pdf")));
    CHECK_FALSE(dialog.addAttachment(QStringLiteral("损坏.pdf"), QByteArray("%PDF-1.7\n1 0 obj <<")));
    CHECK(dialog.errorText().contains(QStringLiteral("损坏.pdf")));
    CHECK(dialog.addAttachment(QStringLiteral("说明.txt"), QByteArray("说明文字").append('\n')));
    auto *files = dialog.findChild<QListWidget *>();
    REQUIRE(files != nullptr);
    REQUIRE(files->count() == 1);
    CHECK(files->item(0)->text().contains(fileSizeText(13)));
}

TEST_CASE("version compare: a content change after sign-off opens for the signer side by side, marked "
          "character by character, or inline on request",
          "[ui][ux][chain]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal reviewer = logIn(*ws, "reviewer");
    Draft signedDraft;
    for (const Draft &d : ws->drafting().tasks(reviewer).value()) {
        if (d.state == QLatin1String("registration"))
            signedDraft = d;
    }
    REQUIRE(signedDraft.id > 0);
    const QString before = ws->drafting().version(reviewer, signedDraft.id, signedDraft.currentVersion).value().text;
    QString after = before;
    after.replace(QStringLiteral("，"), QStringLiteral("。"));
    REQUIRE(after != before);
    auto changed = ws->drafting().contentChange(reviewer, signedDraft.id, signedDraft.version,
                                                DraftBody{after, {}}, QStringLiteral("标点调整"));
    REQUIRE(changed.ok());
    // The signer finds it on the versions tab, the signed text against the changed one.
    Principal signer;
    for (const char *who : {"director", "leader", "vice"}) {
        const Principal p = logIn(*ws, who);
        if (ws->drafting().actionsFor(p, changed.value()).passSigns)
            signer = p;
    }
    REQUIRE(signer.userId > 0);
    DraftDialog page(*ws, signer, signedDraft.id);
    page.show();
    QCoreApplication::processEvents();
    auto *diff = child<QTextBrowser>(page, "diffView");
    CHECK(page.tabs()->currentWidget() == diff->parentWidget());
    const QString sideBySide = diff->toHtml();
    CHECK(diff->toPlainText().contains(QStringLiteral("，"))); // the old text on one side …
    CHECK(diff->toPlainText().contains(QStringLiteral("。"))); // … the new on the other
    QTextDocument doc;
    doc.setHtml(sideBySide);
    bool struck = false, underlined = false;
    for (QTextBlock b = doc.begin(); b != doc.end(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.charFormat().fontStrikeOut() && f.text() == QStringLiteral("，"))
                struck = true;
            if (f.charFormat().fontUnderline() && f.text() == QStringLiteral("。"))
                underlined = true;
        }
    }
    CHECK(struck);     // the removed comma, marked by itself
    CHECK(underlined); // the full stop that took its place
    screenshot(page, QStringLiteral("outgoing_13_signer_compare_zh_CN"));
    click(page, "compareInline");
    // Inline: the removed comma and the full stop that replaced it stand next to each other.
    CHECK(diff->toPlainText().contains(QStringLiteral("，。")));
    screenshot(page, QStringLiteral("outgoing_14_compare_inline_zh_CN"));
}

TEST_CASE("file dialogs: sizes and dates in the program's language, not the system locale's", "[ui][ux]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("来文.pdf"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(37, 'x'));
    }
    QString size, kind, date, sizeHeader;
    expectModals({{[](QWidget &w) { return qobject_cast<QFileDialog *>(&w) != nullptr; },
                   [&](QWidget &w) {
                       auto *dialog = qobject_cast<QFileDialog *>(&w);
                       dialog->setViewMode(QFileDialog::Detail);
                       auto *view = dialog->findChild<QTreeView *>(QStringLiteral("treeView"));
                       REQUIRE(view != nullptr);
                       QAbstractItemModel *list = view->model();
                       // The folder is read in the background: wait for the file to be listed.
                       QModelIndex file;
                       const bool listed = QTest::qWaitFor([&] {
                           for (int r = 0; r < list->rowCount(view->rootIndex()); ++r) {
                               const QModelIndex i = list->index(r, 0, view->rootIndex());
                               if (i.data().toString() == QStringLiteral("来文.pdf"))
                                   file = i;
                           }
                           return file.isValid();
                       });
                       REQUIRE(listed);
                       size = file.siblingAtColumn(1).data().toString();
                       kind = file.siblingAtColumn(2).data().toString();
                       date = file.siblingAtColumn(3).data().toString();
                       sizeHeader = list->headerData(1, Qt::Horizontal).toString();
                       dialog->reject();
                   }}});
    CHECK(chooseFileToOpen(nullptr, QStringLiteral("测试"), dir.path()).isEmpty()); // cancelled
    CHECK(size == fileSizeText(37)); // the one format sizes are shown in everywhere: "37 字节"
    CHECK(size.contains(QStringLiteral("字节")));
    CHECK(date == shortDateTime(QFileInfo(path).lastModified().toMSecsSinceEpoch())); // 2026-11-30 05:37
    CHECK_FALSE(date.contains(QRegularExpression(QStringLiteral("[A-Za-z]")))); // no "Nov"
    CHECK(sizeHeader == QStringLiteral("大小"));
    CHECK(kind == QStringLiteral("PDF 文件"));
}

TEST_CASE("log-in: the keyboard is on the first task waiting, and Enter opens it", "[ui][ux]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    { // The printer has a draft to print: the outgoing list has the keyboard, on its first row.
        MainWindow window(*ws, logIn(*ws, "printer"));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        QWidget *focused = window.focusWidget();
        REQUIRE(focused != nullptr);
        CHECK(focused->objectName() == QStringLiteral("taskTable"));
        auto *view = qobject_cast<QTableView *>(focused);
        REQUIRE(view != nullptr);
        CHECK(view->currentIndex().row() == 0);
        bool opened = false;
        expectModals({{[](QWidget &w) { return w.objectName() == QLatin1String("draftDialog"); },
                       [&opened](QWidget &w) {
                           opened = true;
                           static_cast<QDialog &>(w).reject();
                       }}});
        QTest::keyClick(view, Qt::Key_Return);
        CHECK(opened);
    }
    // With no draft at their step but incoming items waiting, the incoming list has it: the clerk, once
    // the draft waiting for registration has its number.
    const Principal clerk = logIn(*ws, "clerk");
    auto drafts = ws->drafting().tasks(clerk);
    REQUIRE(drafts.ok());
    for (const Draft &d : drafts.value())
        REQUIRE(ws->drafting().registerDocument(clerk, d.id, d.version, QStringLiteral("云政办发")).ok());
    MainWindow window(*ws, clerk);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *tasks = qobject_cast<DraftListPage *>(window.areaWidget(MainWindow::Area::Tasks));
    REQUIRE(tasks != nullptr);
    REQUIRE(tasks->model()->rowCount() == 0);
    REQUIRE(tasks->incomingModel()->rowCount() > 0);
    REQUIRE(window.focusWidget() != nullptr);
    CHECK(window.focusWidget()->objectName() == QStringLiteral("incomingTaskTable"));
    CHECK(tasks->incomingView()->currentIndex().row() == 0);
}
