// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — the program run headless (`gongwen verify|demo|backup|restore …`) as a script would.
#pragma once

#include <catch2/catch.hpp>

#include <QProcess>
#include <QString>
#include <QStringList>

namespace gw::test {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

/// Runs the gongwen executable with `args` and waits for it (two minutes at most); `input` is its
/// standard input.
inline Run gongwen(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(GONGWEN_EXECUTABLE), args);
    REQUIRE(p.waitForStarted(30000));
    p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace gw::test
