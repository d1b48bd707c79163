// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — 搜索 at the desk: Ctrl+K, a two-character word and half a 文号, the words in bold,
// a document opened from its result.
#include <catch2/catch.hpp>

#include "Screenshots.h"
#include "UiHelpers.h"

#include "MainWindow.h"
#include "SearchDialog.h"
#include "SearchSchedule.h"
#include "storage/SearchIndex.h"
#include "services/SearchService.h"
#include "services/AuthService.h"
#include "services/DemoSeeder.h"
#include "services/Workspace.h"
#include "storage/Database.h"

#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace gw;
using namespace gw::test;

namespace {
ModalStep on(const char *name, const std::function<void(QWidget &)> &act)
{
    return {[name](QWidget &w) { return w.objectName() == QLatin1String(name); }, act};
}

/// The document rows of the results (group headings and “more” rows left out).
QList<QTreeWidgetItem *> documentRows(QTreeWidget *tree)
{
    QList<QTreeWidgetItem *> out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->data(0, Qt::UserRole + 2).isValid())
            out << tree->topLevelItem(i);
    return out;
}
} // namespace

TEST_CASE("搜索 at the desk: Ctrl+K, a two-character word and half a 文号 found, the words in bold, a result "
          "opened with Enter",
          "[ui][search]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal clerk = logIn(*ws, "clerk");
    MainWindow window(*ws, clerk);
    window.resize(1366, 720);
    window.show();
    QAction *search = window.findChild<QAction *>(QStringLiteral("actionSearch"));
    REQUIRE(search);
    CHECK(search->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_K));

    bool opened = false;
    int twoCharHits = 0;
    int halfNumberHits = 0;
    expectModals({on("searchDialog", [&](QWidget &w) {
        auto &dialog = static_cast<SearchDialog &>(w);
        // Two characters of a title.
        dialog.query()->setText(QStringLiteral("防汛"));
        dialog.runSearch();
        const auto rows = documentRows(dialog.results());
        twoCharHits = int(rows.size());
        if (!rows.isEmpty())
            CHECK(rows.first()->text(1).contains(QStringLiteral("<b>防汛</b>")));
        screenshot(w, QStringLiteral("search_two_characters"));
        // Half a 文号, brackets typed as the keyboard gives them.
        dialog.query()->setText(QStringLiteral("政办发[2026"));
        dialog.runSearch();
        const auto byNumber = documentRows(dialog.results());
        halfNumberHits = int(byNumber.size());
        if (byNumber.isEmpty()) {
            static_cast<QDialog &>(w).reject();
            return;
        }
        CHECK(byNumber.first()->text(0).contains(QStringLiteral("<b>政办发〔2026</b>")));
        screenshot(w, QStringLiteral("search_half_number"));
        // Enter on the first result opens the document.
        dialog.results()->setFocus();
        dialog.results()->setCurrentItem(byNumber.first());
        expectModals({{[](QWidget &m) {
                           return m.objectName() == QLatin1String("draftDialog") ||
                                  m.objectName() == QLatin1String("handlingDialog") ||
                                  m.objectName() == QLatin1String("triageDialog");
                       },
                       [&opened](QWidget &m) {
                           opened = true;
                           static_cast<QDialog &>(m).reject();
                       }}});
        QTest::keyClick(dialog.results(), Qt::Key_Return);
        static_cast<QDialog &>(w).reject();
    })});
    search->trigger(); // what Ctrl+K does (checked above)
    CHECK(twoCharHits > 0);
    CHECK(halfNumberHits > 0);
    CHECK(opened);
}

TEST_CASE("搜索 for every demo account: a two-character word and half a 文号 each find a document the account may "
          "see, with the words in bold",
          "[ui][search]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    QStringList users;
    {
        auto q = ws->database().run(QStringLiteral("SELECT username FROM users WHERE active = 1 ORDER BY username"));
        REQUIRE(q.ok());
        while (q.value().next())
            users << q.value().value(0).toString();
    }
    REQUIRE(users.size() >= 10);
    for (const QString &name : users) {
        auto who = ws->auth().login(name, DemoSeeder::password());
        REQUIRE(who.ok());
        SearchDialog dialog(*ws, who.value());
        INFO(name.toStdString());
        dialog.query()->setText(QStringLiteral("通知"));
        dialog.runSearch();
        const auto byWord = documentRows(dialog.results());
        CHECK_FALSE(byWord.isEmpty());
        if (!byWord.isEmpty())
            CHECK(byWord.first()->text(1).contains(QStringLiteral("<b>通知</b>")));
        dialog.query()->setText(QStringLiteral("〔2026〕1"));
        dialog.runSearch();
        CHECK_FALSE(documentRows(dialog.results()).isEmpty());
    }
}

TEST_CASE("the search index built by the workstation itself when the records have none yet, with progress",
          "[ui][search]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    REQUIRE(ws->search().isCurrent().value());
    REQUIRE(SearchIndex(ws->database()).setCurrent(false).ok()); // as after an upgrade that added it
    SearchSchedule schedule(*ws);
    QSignalSpy progress(&schedule, &SearchSchedule::progress);
    QSignalSpy done(&schedule, &SearchSchedule::done);
    REQUIRE(schedule.runDue());
    REQUIRE(done.wait(120000));
    CHECK(done.first().at(0).toBool());
    CHECK(progress.size() >= 2);
    CHECK(ws->search().isCurrent().value());
    CHECK(ws->search().pendingTexts().value() == 0);
    CHECK_FALSE(schedule.runDue()); // nothing left
}
