// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — a line that shows a service's error message in place.
#include "ErrorBanner.h"

#include "Result.h"

namespace gw {

ErrorBanner::ErrorBanner(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(QStringLiteral("QLabel { color: #8a1020; background: #fdecee; border: 1px solid #f3b4bc; "
                                 "border-radius: 3px; padding: 6px; }"));
    hide();
}

void ErrorBanner::showError(const Error &error)
{
    showMessage(error.message);
}

void ErrorBanner::showMessage(const QString &text)
{
    setText(text);
    show();
}

void ErrorBanner::clear()
{
    QLabel::clear();
    hide();
}

} // namespace gw
