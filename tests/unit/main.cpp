// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — Catch2 runner with a Qt core application (SQL drivers are plugins).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
