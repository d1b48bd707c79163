// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — 承办, 传阅, 催办, 答复: one incoming item from acceptance to its reply.
#pragma once

#include "Result.h"
#include "domain/IncomingItem.h"
#include "security/Actor.h"
#include "TextPrompt.h"

#include <QDialog>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace gw {

class ErrorBanner;
class Workspace;

class HandlingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandlingDialog)
public:
    HandlingDialog(Workspace &ws, const Principal &actor, qint64 itemId, QWidget *parent = nullptr);

    bool refresh();
    const IncomingItem &item() const { return m_item; }
    QStringList actionNames() const;
    QString errorText() const;

    /// The 催办通知 to the item's holder, as a PDF.
    QByteArray urgeNotice(const QString &note) const;

private:
    // Each step as its button performs it (the buttons are what actionsFor offers).
    bool proposeHandling(const QString &text);
    bool instruct(const QString &text);
    bool distribute(const QList<IncomingRoute> &routes);
    bool finishTurn(const QString &opinion);
    bool forward();
    bool urge(const QString &method, const QString &note);
    bool reply(const QString &text);
    bool reverseTriage(const QString &reason);
    bool apply(const Result<IncomingItem> &r);
    void buildActions();
    void urgeHolder();
    void chooseRoutes();
    QPushButton *addAction(const char *name, const QString &label, const std::function<void()> &run);
    /// Asks for a text and sends it with `send`; kept for the next prompt unless sent.
    void askThen(const QString &title, const QString &label, const std::function<bool(const QString &)> &send);

    Workspace &m_ws;
    Principal m_actor;
    qint64 m_id;
    IncomingItem m_item;
    QLabel *m_summary = nullptr;
    QTableWidget *m_routes = nullptr;
    QTableWidget *m_events = nullptr;
    QHBoxLayout *m_actions = nullptr;
    ErrorBanner *m_error = nullptr;
    PromptMemory m_prompts; ///< what was typed and not yet sent
};

} // namespace gw
