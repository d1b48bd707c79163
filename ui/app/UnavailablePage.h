// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the page shown where a part of the program is not built yet.
#pragma once

#include <QWidget>

namespace gw {

/// Says plainly that this part is not available yet and what it will do. Shows no data.
class UnavailablePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnavailablePage)
public:
    /// `notice` says why the area shows nothing; by default, that it is not built yet.
    UnavailablePage(const QString &title, const QString &purpose, QWidget *parent = nullptr,
                    const QString &notice = {});
};

} // namespace gw
