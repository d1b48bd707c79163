// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the row of action buttons a page rebuilds from what the core allows.
#include "ActionRow.h"

#include <QAbstractButton>
#include <QBoxLayout>
#include <QPushButton>
#include <QShortcut>

namespace gw {

void clearActionRow(QBoxLayout *row)
{
    while (QLayoutItem *item = row->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater(); // the button clicked may be the one that rebuilt the row
        }
        delete item;
    }
}

QPushButton *addActionButton(QWidget *owner, QBoxLayout *row, const char *name, const QString &label,
                             const std::function<void()> &run)
{
    auto *b = new QPushButton(label, owner);
    b->setObjectName(QString::fromLatin1(name));
    QObject::connect(b, &QPushButton::clicked, owner, run);
    row->addWidget(b);
    return b;
}

QStringList actionButtonNames(const QBoxLayout *row)
{
    QStringList out;
    for (int i = 0; i < row->count(); ++i) {
        if (QWidget *w = row->itemAt(i)->widget())
            out.append(w->objectName());
    }
    return out;
}

void addKeyShortcut(QAbstractButton *button, const QKeySequence &keys)
{
    auto *shortcut = new QShortcut(keys, button);
    QObject::connect(shortcut, &QShortcut::activated, button, [button] {
        if (button->isEnabled())
            button->animateClick();
    });
}

} // namespace gw
