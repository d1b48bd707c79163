// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — Catch2 runner for the PDF layer (QPdfWriter needs a GUI application).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "FakeWorker.h"

#include <QGuiApplication>

#include <cstring>

int main(int argc, char **argv)
{
    if (argc >= 3 && std::strcmp(argv[1], "fake-pdf-worker") == 0)
        return gw::test::runFakeWorker(QString::fromLatin1(argv[2]));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
