// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk UI tests — Catch2 runner with a widgets application on the offscreen platform.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "Localization.h"
#include "pdf/PdfWorker.h"

#include <QApplication>
#include <QStandardPaths>

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
    return Catch::Session().run(argc, argv);
}
