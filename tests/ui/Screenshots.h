// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk UI tests — pictures of each screen, written to the build tree for a person to look at.
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QWidget>

namespace gw::test {

inline QString screenshot(QWidget &w, const QString &name)
{
    QDir().mkpath(QStringLiteral(GONGWEN_SCREENSHOT_DIR));
    QCoreApplication::processEvents(); // widgets added to a shown layout appear on the next event loop pass
    const QString path = QStringLiteral(GONGWEN_SCREENSHOT_DIR "/%1.png").arg(name);
    w.grab().save(path);
    return path;
}

} // namespace gw::test
