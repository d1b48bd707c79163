// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — asking for an opinion, a reason or a comment: several lines, keyboard first.
#pragma once

#include <QHash>
#include <QString>

class QWidget;

namespace gw {

/// A small dialog with a multi-line box: Tab moves on (it does not type a tab), Ctrl+Enter confirms,
/// Esc cancels. `ok` says whether the user confirmed; the text is returned either way.
QString askText(QWidget *parent, const QString &title, const QString &label, bool *ok,
                const QString &initial = QString());

/// Prompts that keep what the user typed until it has been sent: after a call that failed (a conflict
/// with another workstation, a busy database, a refusal) or a cancel, the same prompt opens again with
/// the text, so no opinion, instruction or reply is typed twice.
class PromptMemory
{
public:
    /// askText(), starting from what was kept under `title` (else `initial`); false when cancelled.
    bool ask(QWidget *parent, const QString &title, const QString &label, QString *text,
             const QString &initial = QString());
    /// What was typed under `title` was sent: it is not offered again.
    void sent(const QString &title) { m_kept.remove(title); }

private:
    QHash<QString, QString> m_kept;
};

} // namespace gw
