// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the user manual (使用手册): one page per role and task, searchable; F1 opens the page
// for the screen in front.
#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace gw {

/// The manual in the interface's language, shipped inside the program (":/manual/<language>/").
class ManualWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualWindow)
public:
    explicit ManualWindow(QWidget *parent = nullptr);

    /// Shows `page` (a page id such as "incoming-triage"); the contents when there is no such page.
    void showPage(const QString &page);
    /// The page on show.
    QString currentPage() const;
    /// The pages whose text contains `text` (any case), in the order of the contents.
    QStringList search(const QString &text) const;
    QTextBrowser *browser() const { return m_browser; }

    /// Every page id of the manual in `language` ("zh_CN", "en").
    static QStringList pages(const QString &language);
    /// The manual's language: the interface's.
    static QString language();

    /// Opens the manual at the page for `from` (the help page named by it or the nearest of its
    /// parents); one manual window at a time, beside the program. A modal dialog's manual opens within
    /// the dialog's reach, so it can be read and scrolled while the dialog waits.
    static ManualWindow *openFor(QWidget *from);
    /// The page a widget's screen has: its own "helpPage" property, or the nearest parent's; "index"
    /// when none says.
    static QString pageFor(const QWidget *from);
    /// Makes F1 open the manual from any window of the application.
    static void installHelpKey();

private:
    void runSearch();

    QTextBrowser *m_browser = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_results = nullptr;
};

} // namespace gw
