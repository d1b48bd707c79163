// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — asking before a step that cannot simply be taken back.
#include "Confirm.h"

#include "WindowFit.h"

#include <QMessageBox>
#include <QPushButton>

namespace gw {

bool confirm(QWidget *parent, const QString &title, const QString &question, const QString &yes,
             const QString &no)
{
    QMessageBox box(QMessageBox::Question, withoutMnemonic(title), question, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmQuestion"));
    QPushButton *take = box.addButton(yes, QMessageBox::AcceptRole);
    take->setObjectName(QStringLiteral("confirmYes"));
    QPushButton *keep = box.addButton(no, QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("confirmNo"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == take;
}

} // namespace gw
