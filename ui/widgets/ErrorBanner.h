// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — a line that shows a service's error message in place.
#pragma once

#include <QLabel>

namespace gw {

struct Error;

/// A red, word-wrapped label, hidden until there is something to say.
class ErrorBanner final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)
public:
    explicit ErrorBanner(QWidget *parent = nullptr);
    void showError(const Error &error);
    /// Shows the error of a failed call, or hides an error after a successful one (a notice of what
    /// was done stays until the next step).
    template <typename R> void setStatus(const R &result)
    {
        if (!result.ok())
            showError(result.error());
        else if (m_error)
            clear();
    }
    void showMessage(const QString &text);
    /// Says what a successful step did (saved, registered, printed — with the new number), in green.
    void showNotice(const QString &text);
    /// Whether what is on show is an error (not a notice, not hidden).
    bool showsError() const { return isVisible() && m_error; }
    void clear();
    /// Hides the banner as soon as the user edits any field of `form`: what it said was about the input
    /// as it was, and the next step checks again.
    void clearOnEdit(QWidget *form);

private:
    void setLook(bool error);
    bool m_error = true;
    bool m_watching = false;
};

} // namespace gw
