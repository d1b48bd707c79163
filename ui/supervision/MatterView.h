// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — one supervised matter: its record, sub-tasks and history with their files, and the
// steps the user may take on it now (from SupervisionService::actionsFor), one under another.
#pragma once

#include "domain/Matter.h"
#include "security/Actor.h"
#include "workflow/MatterFlow.h"

#include <QWidget>

class QBoxLayout;
class QTextBrowser;

namespace gw {

class ErrorBanner;
class Workspace;

class MatterView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatterView)
public:
    MatterView(Workspace &ws, const Principal &actor, QWidget *parent = nullptr);
    /// Shows `m` with its light, or says that nothing is selected.
    void show(const Matter *m, MatterLight light);
    const Matter *matter() const { return m_shown ? &m_matter : nullptr; }
    /// Opens the dialog of `step` on the matter shown; true when it was taken.
    bool takeStep(MatterStep step);
    /// What the action column offers now, by object name.
    QStringList offered() const;
    /// Puts the keyboard on the first step offered.
    void focusFirstStep();
    QTextBrowser *browser() const { return m_detail; }

Q_SIGNALS:
    /// A step was taken: the matter (and perhaps its task) changed.
    void changed(qint64 id);

private:
    Workspace &m_ws;
    Principal m_actor;
    Matter m_matter;
    bool m_shown = false;
    QTextBrowser *m_detail = nullptr;
    QBoxLayout *m_actions = nullptr;
    ErrorBanner *m_error = nullptr;
};

/// Opens matter `id` in a window of its own (from 待办): its record and the steps the user may take.
void openMatter(Workspace &ws, const Principal &actor, qint64 id, QWidget *parent);

} // namespace gw
