// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — a line that shows a service's error message in place.
#include "ErrorBanner.h"

#include "Result.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace gw {

ErrorBanner::ErrorBanner(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setLook(true);
    hide();
}

void ErrorBanner::setLook(bool error)
{
    m_error = error;
    setStyleSheet(error ? QStringLiteral("QLabel { color: #8a1020; background: #fdecee; border: 1px solid #f3b4bc; "
                                         "border-radius: 3px; padding: 6px; }")
                        : QStringLiteral("QLabel { color: #0b5d1e; background: #e9f6ec; border: 1px solid #a8d5b1; "
                                         "border-radius: 3px; padding: 6px; }"));
}

void ErrorBanner::showNotice(const QString &text)
{
    setLook(false);
    setText(text);
    show();
}

void ErrorBanner::clearOnEdit(QWidget *form)
{
    auto hideIt = [this] {
        if (isVisible())
            clear();
    };
    for (auto *e : form->findChildren<QLineEdit *>())
        connect(e, &QLineEdit::textEdited, this, hideIt);
    for (auto *e : form->findChildren<QPlainTextEdit *>())
        connect(e, &QPlainTextEdit::textChanged, this, [this, e, hideIt] {
            if (e->hasFocus())
                hideIt();
        });
    for (auto *e : form->findChildren<QComboBox *>())
        connect(e, &QComboBox::activated, this, hideIt);
    for (auto *e : form->findChildren<QAbstractButton *>()) {
        if (e->isCheckable())
            connect(e, &QAbstractButton::clicked, this, hideIt);
    }
    for (auto *e : form->findChildren<QDateTimeEdit *>())
        connect(e, &QDateTimeEdit::editingFinished, this, hideIt);
    for (auto *e : form->findChildren<QAbstractSpinBox *>())
        connect(e, &QAbstractSpinBox::editingFinished, this, hideIt);
}

void ErrorBanner::showError(const Error &error)
{
    showMessage(error.message);
}

void ErrorBanner::showMessage(const QString &text)
{
    // From the first error on, the banner follows the input of the form or page it stands in.
    if (!m_watching && parentWidget()) {
        m_watching = true;
        clearOnEdit(parentWidget());
    }
    setLook(true);
    setText(text);
    show();
}

void ErrorBanner::clear()
{
    QLabel::clear();
    hide();
}

} // namespace gw
