// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — one search box (Ctrl+K) over every document the user may see: results grouped by kind
// with exact counts, the matched words in bold, Enter opens the document.
#pragma once

#include "domain/SearchDoc.h"
#include "security/Actor.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace gw {

class ErrorBanner;
class Workspace;

class SearchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchDialog)
public:
    SearchDialog(Workspace &ws, const Principal &actor, QWidget *parent = nullptr);

    QLineEdit *query() const { return m_query; }
    QTreeWidget *results() const { return m_results; }
    /// The groups last shown.
    const QList<SearchGroup> &groups() const { return m_groups; }
    /// Searches now for what the box holds (typing searches after a short pause).
    void runSearch();
    /// Opens the document of a result row; false for a group or a row that is not a document.
    bool openItem(QTreeWidgetItem *item);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill();
    void showMore(SearchKind kind);
    void showIndexState();

    Workspace &m_ws;
    Principal m_actor;
    QLineEdit *m_query = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_year = nullptr;
    QComboBox *m_unit = nullptr;
    QTreeWidget *m_results = nullptr;
    QLabel *m_summary = nullptr;
    ErrorBanner *m_error = nullptr;
    QTimer *m_typing = nullptr;
    QList<SearchGroup> m_groups;
    QHash<SearchKind, int> m_shown; ///< hits listed per kind (more are read on request)
    QString m_folded;               ///< the query as matched, for marking the words
};

} // namespace gw
