// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — marking up a draft's PDF (核稿批注): tools, the list of markups, answers and closing.
#pragma once

#include "domain/Draft.h"
#include "domain/Markup.h"
#include "security/Actor.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QTreeWidget;
class QUndoStack;

namespace gw {

class ErrorBanner;
class PdfViewer;
class Workspace;

/// Works beside a PdfViewer that shows version `versionNumber` of a draft. New markups wait in an
/// undo stack until saved; saved ones are answered (drafter) and closed (reviewer) from the list.
class MarkupPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkupPanel)
public:
    MarkupPanel(Workspace &ws, const Principal &actor, PdfViewer *viewer, QWidget *parent = nullptr);
    ~MarkupPanel() override;

    void setDraft(const Draft &draft, int versionNumber, const QByteArray &pdf);
    /// The same version, the draft moved on (or came back): tools follow what the actor may do now.
    void updateDraft(const Draft &draft);
    bool exportTo(const QString &path);

    QUndoStack *undoStack() const { return m_undo; }
    const QList<Markup> &pending() const { return m_pending; }
    const QList<Markup> &saved() const { return m_saved; }
    QString errorText() const;
    /// Whether new markups may be drawn now (the draft is at the actor's review or sign-off step).
    bool canMark() const;
    void reload();
    /// Saves the markups drawn and not yet saved; false (with the reason shown) when that failed.
    bool savePending() { return save(); }

Q_SIGNALS:
    void pendingChanged(int count);

private:
    // What the panel's buttons, the view's drawing and a click on a markup do.
    /// Adds an unsaved markup through the undo stack (what the drawing tools do).
    void addPending(const Markup &m);
    bool save();
    bool answerSelected(bool fixed, const QString &text);
    bool closeSelected(bool reopen);
    void select(qint64 markupId);
    friend class AddMarkupCommand;
    void insertPending(int index, const Markup &m);
    void removePending(qint64 key);
    void refreshList();
    void refreshOverlays();
    void onDrawn(int page, int kind, const QList<QRectF> &rects, const QString &text);
    qint64 selectedKey() const;

    Workspace &m_ws;
    Principal m_actor;
    PdfViewer *m_viewer;
    Draft m_draft;
    int m_version = 0;
    QByteArray m_pdf;
    QList<Markup> m_saved;
    QList<Markup> m_pending; ///< unsaved; their ids are negative keys
    qint64 m_nextKey = -1;
    qint64 m_selected = 0;
    QUndoStack *m_undo = nullptr;
    QButtonGroup *m_tools = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_filterCategory = nullptr;
    QComboBox *m_filterStatus = nullptr;
    QComboBox *m_filterAuthor = nullptr;
    QTreeWidget *m_list = nullptr;
    ErrorBanner *m_error = nullptr;
    QLabel *m_readOnly = nullptr;
    QList<QWidget *> m_drawing; ///< undo, redo and save: disabled with the tools when read-only
};

} // namespace gw
