// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the page shown where a part of the program is not built yet.
#include "UnavailablePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace gw {

UnavailablePage::UnavailablePage(const QString &title, const QString &purpose, QWidget *parent,
                                 const QString &noticeText)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("unavailablePage"));
    // A column of at most 640 px, centred; labels inside it are added without alignment flags so
    // that word-wrapped text gets the height it needs.
    auto *column = new QWidget(this);
    column->setMaximumWidth(640);
    auto *text = new QVBoxLayout(column);
    auto *heading = new QLabel(title, column);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    heading->setFont(f);
    heading->setAlignment(Qt::AlignCenter);
    text->addWidget(heading);
    auto *notice = new QLabel(noticeText.isEmpty() ? tr("This part of Gongwen Desk is not available yet.") : noticeText,
                              column);
    notice->setObjectName(QStringLiteral("notice"));
    notice->setAlignment(Qt::AlignCenter);
    notice->setWordWrap(true);
    text->addWidget(notice);
    auto *what = new QLabel(purpose, column);
    what->setObjectName(QStringLiteral("purpose"));
    what->setWordWrap(true);
    what->setAlignment(Qt::AlignCenter);
    what->setStyleSheet(QStringLiteral("color: #555;"));
    text->addWidget(what);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
}

} // namespace gw
