// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — several workstations writing at once: the stress writer started once per
// argument list, and the numbers they report committed.
#pragma once

#include <catch2/catch.hpp>

#include <QProcess>
#include <QStringList>

#include <algorithm>
#include <memory>
#include <vector>

namespace gw::test {

/// Starts `program` once per argument list, all at once, waits for every one to finish cleanly, and
/// returns the numbers printed as "committed N", sorted.
inline QList<int> committedNumbers(const QString &program, const QList<QStringList> &argumentLists)
{
    std::vector<std::unique_ptr<QProcess>> writers;
    for (const QStringList &args : argumentLists) {
        writers.push_back(std::make_unique<QProcess>());
        writers.back()->start(program, args);
    }
    QList<int> numbers;
    for (auto &w : writers) {
        REQUIRE(w->waitForFinished(300000));
        INFO(w->readAllStandardError().toStdString());
        CHECK(w->exitCode() == 0);
        for (const QByteArray &line : w->readAllStandardOutput().split('\n')) {
            if (line.startsWith("committed "))
                numbers.append(line.mid(10).toInt());
        }
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

/// 1, 2, … `last`.
inline QList<int> oneTo(int last)
{
    QList<int> out;
    for (int i = 1; i <= last; ++i)
        out.append(i);
    return out;
}

} // namespace gw::test
