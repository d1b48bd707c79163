// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — how much memory this process holds now.
#pragma once

#include <QByteArray>
#include <QFile>

namespace gw::test {

/// This process's resident memory in MB, from /proc/self/status (-1 when it cannot be read).
inline double residentMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

} // namespace gw::test
