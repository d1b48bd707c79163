// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the page shown where a part of the program is not built yet.
#include "UnavailablePage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace gw {

UnavailablePage::UnavailablePage(const QString &title, const QString &purpose, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("unavailablePage"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto *heading = new QLabel(title, this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    heading->setFont(f);
    heading->setAlignment(Qt::AlignCenter);
    layout->addWidget(heading);
    auto *notice = new QLabel(tr("This part of Gongwen Desk is not available yet."), this);
    notice->setObjectName(QStringLiteral("notice"));
    notice->setAlignment(Qt::AlignCenter);
    layout->addWidget(notice);
    auto *what = new QLabel(purpose, this);
    what->setWordWrap(true);
    what->setAlignment(Qt::AlignCenter);
    what->setStyleSheet(QStringLiteral("color: #555;"));
    what->setMaximumWidth(640);
    layout->addWidget(what, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

} // namespace gw
