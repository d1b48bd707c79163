// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — asking for several lines of text.
#include "TextPrompt.h"

#include "WindowFit.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace gw {

namespace {
struct TextPromptTr
{
    Q_DECLARE_TR_FUNCTIONS(TextPrompt)
};
} // namespace

QString askText(QWidget *parent, const QString &title, const QString &label, bool *ok, const QString &initial)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("textPrompt"));
    dialog.setWindowTitle(withoutMnemonic(title));
    auto *layout = new QVBoxLayout(&dialog);
    auto *caption = new QLabel(label, &dialog);
    caption->setWordWrap(true);
    layout->addWidget(caption);
    auto *edit = new QPlainTextEdit(initial, &dialog);
    edit->setObjectName(QStringLiteral("promptText"));
    edit->setTabChangesFocus(true);
    caption->setBuddy(edit);
    layout->addWidget(edit, 1);
    auto *hint = new QLabel(TextPromptTr::tr("Ctrl+Enter to confirm, Esc to cancel."), &dialog);
    hint->setEnabled(false);
    layout->addWidget(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(TextPromptTr::tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(TextPromptTr::tr("Cancel"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *confirm = new QShortcut(key, &dialog);
        QObject::connect(confirm, &QShortcut::activated, &dialog, &QDialog::accept);
    }
    dialog.resize(480, 260);
    edit->setFocus();
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (ok)
        *ok = accepted;
    return edit->toPlainText();
}

bool PromptMemory::ask(QWidget *parent, const QString &title, const QString &label, QString *text,
                       const QString &initial)
{
    bool ok = false;
    const QString typed = askText(parent, title, label, &ok, m_kept.value(title, initial));
    if (typed.trimmed().isEmpty() || typed == initial)
        m_kept.remove(title); // erased, or nothing of the user's: nothing to bring back
    else
        m_kept.insert(title, typed); // until it is sent
    if (text)
        *text = typed;
    return ok;
}

} // namespace gw
