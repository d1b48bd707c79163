// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk UI tests — the English interface speaks English: no label, button, menu, tab or column
// header is Chinese alone (a Chinese term of art may follow the English; documents' own data is Chinese).
#include "UiHelpers.h"

#include "DraftDialog.h"
#include "FirstReaderDialog.h"
#include "HandlingDialog.h"
#include "Localization.h"
#include "MainWindow.h"
#include "PrintDialog.h"
#include "RegistrationDialog.h"
#include "TriageDialog.h"

#include "services/DemoSeeder.h"
#include "services/DraftingService.h"
#include "services/IncomingService.h"

#include <QAbstractButton>
#include <QAction>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace gw;
using namespace gw::test;

namespace {
bool chineseAlone(QString text)
{
    text.remove(QLatin1Char('&'));
    static const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    static const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
    return text.contains(han) && !text.contains(latin);
}

/// Every piece of the interface's own wording in `root`: buttons, actions and menus, tabs, group boxes,
/// form labels, list entries of the navigation, and the column headers of tables.
QStringList interfaceTexts(QWidget *root)
{
    QStringList out;
    for (auto *b : root->findChildren<QAbstractButton *>())
        out << b->text();
    for (auto *a : root->findChildren<QAction *>())
        out << a->text();
    for (auto *t : root->findChildren<QTabWidget *>()) {
        for (int i = 0; i < t->count(); ++i)
            out << t->tabText(i);
    }
    for (auto *g : root->findChildren<QGroupBox *>())
        out << g->title();
    for (auto *f : root->findChildren<QFormLayout *>()) {
        for (int r = 0; r < f->rowCount(); ++r) {
            if (QLayoutItem *item = f->itemAt(r, QFormLayout::LabelRole)) {
                if (auto *l = qobject_cast<QLabel *>(item->widget()))
                    out << l->text();
            }
        }
    }
    for (auto *v : root->findChildren<QTableView *>()) {
        if (!v->model())
            continue;
        for (int c = 0; c < v->model()->columnCount(); ++c)
            out << v->model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    }
    if (auto *nav = root->findChild<QListWidget *>(QStringLiteral("navigation"))) {
        for (int i = 0; i < nav->count(); ++i)
            out << nav->item(i)->text();
    }
    return out;
}

struct English
{
    English() { installTranslations(*QCoreApplication::instance(), QStringLiteral("en")); }
    ~English() { installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN")); }
};
} // namespace

TEST_CASE("English interface: no label, button, menu, tab or column header is Chinese alone", "[ui][en]")
{
    English en;
    TestDb db;
    auto ws = demoWorkspace(db);
    QStringList offending;
    int seen = 0;
    for (const char *user : {"admin", "clerk", "drafter", "reviewer", "leader", "printer", "reader"}) {
        const Principal actor = logIn(*ws, user);
        MainWindow window(*ws, actor);
        window.resize(1366, 768);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        for (MainWindow::Area area :
             {MainWindow::Area::Tasks, MainWindow::Area::Incoming, MainWindow::Area::Outgoing,
              MainWindow::Area::Supervision, MainWindow::Area::Archive, MainWindow::Area::Statistics,
              MainWindow::Area::Settings}) {
            window.showArea(area);
            QCoreApplication::processEvents();
            for (const QString &t : interfaceTexts(&window)) {
                ++seen;
                if (chineseAlone(t) && !offending.contains(t))
                    offending << QStringLiteral("%1: %2").arg(QLatin1String(user), t);
            }
        }
    }
    // The dialogs each post works in: a draft, its print and first reading; an incoming item's
    // registration, triage and handling.
    auto check = [&](QWidget &dialog, const char *user) {
        dialog.resize(1366, 768);
        dialog.show();
        QCoreApplication::processEvents();
        for (const QString &t : interfaceTexts(&dialog)) {
            ++seen;
            if (chineseAlone(t))
                offending << QStringLiteral("%1 %2: %3")
                                 .arg(QLatin1String(user), QLatin1String(dialog.metaObject()->className()),
                                      t);
        }
    };
    for (const char *user : {"reviewer", "printer"}) {
        const Principal actor = logIn(*ws, user);
        auto tasks = ws->drafting().tasks(actor);
        REQUIRE(tasks.ok());
        REQUIRE_FALSE(tasks.value().isEmpty());
        const qint64 id = tasks.value().first().id;
        DraftDialog draft(*ws, actor, id);
        check(draft, user);
        if (qstrcmp(user, "printer") == 0) {
            PrintDialog print(*ws, actor, id);
            check(print, user);
        }
        if (qstrcmp(user, "printer") == 0) { // the first reader's page reads the same document
            FirstReaderDialog reading(*ws, logIn(*ws, "reader"), id);
            check(reading, "reader");
        }
    }
    const Principal clerk = logIn(*ws, "clerk");
    RegistrationDialog registration(*ws, clerk);
    check(registration, "clerk");
    auto items = ws->incoming().list(clerk, IncomingFilter{});
    REQUIRE(items.ok());
    bool triaged = false, handled = false;
    for (const IncomingItem &i : items.value()) {
        if (i.state == QLatin1String("registered") && !triaged) {
            TriageDialog triage(*ws, clerk, i);
            check(triage, "clerk");
            triaged = true;
        } else if (i.state != QLatin1String("registered") && !handled) {
            HandlingDialog handling(*ws, clerk, i.id);
            check(handling, "clerk");
            handled = true;
        }
    }
    CHECK(triaged);
    CHECK(handled);
    INFO(offending.join(QLatin1Char('\n')).toStdString());
    CHECK(seen > 200);
    CHECK(offending.isEmpty());
}
