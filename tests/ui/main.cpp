// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk UI tests — Catch2 runner with a widgets application on the offscreen platform.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "Localization.h"
#include "pdf/PdfWorker.h"

#include "DraftEditorDialog.h"
#include "DraftRecovery.h"
#include "services/AuthService.h"
#include "services/DemoSeeder.h"
#include "services/Workspace.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>

namespace {
// A draft editor in a process of its own, killed by the test once its recovery copy is on disk.
int draftEditorChild(const QString &database)
{
    auto ws = gw::Workspace::open(gw::DatabaseUrl::sqliteFile(database));
    if (!ws)
        return 3;
    auto drafter = ws.value()->auth().login(QStringLiteral("drafter"), gw::DemoSeeder::password());
    if (!drafter)
        return 4;
    gw::DraftEditorDialog editor(*ws.value(), drafter.value(), gw::Draft{}, QString());
    editor.show();
    QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("draftTitle")), QStringLiteral("Recovery"));
    editor.findChild<QPlainTextEdit *>(QStringLiteral("draftBody"))->setPlainText(QStringLiteral("未保存的正文。"));
    const QString copy = gw::draftrecovery::pathFor(ws.value()->database().url().displayString(),
                                                    drafter.value().userId, 0);
    QDeadlineTimer deadline(20000);
    while (!QFile::exists(copy) && !deadline.hasExpired())
        QTest::qWait(50);
    std::fputs(QFile::exists(copy) ? "ready\n" : "no copy\n", stdout);
    std::fflush(stdout);
    return QApplication::exec(); // until killed
}
} // namespace

int main(int argc, char **argv)
{
    // The PDF view starts this program again as its worker process.
    if (argc >= 2 && qstrcmp(argv[1], "pdf-worker") == 0) {
        QCoreApplication app(argc, argv);
        return gw::runPdfWorker();
    }
    // catch_discover_tests runs this binary at build time, where no display may exist.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("gongwen-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("gongwen-ui-tests"));
    gw::installTranslations(app, QStringLiteral("zh_CN"));
    gw::installFonts();
    if (argc >= 3 && qstrcmp(argv[1], "draft-editor-child") == 0)
        return draftEditorChild(QString::fromLocal8Bit(argv[2]));
    return Catch::Session().run(argc, argv);
}
