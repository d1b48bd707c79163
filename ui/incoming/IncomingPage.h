// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 收文 area: the register, registration and triage.
#pragma once

#include "security/Actor.h"

#include "Result.h"

#include <QFuture>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace gw {

class ErrorBanner;
class IncomingModel;
class Workspace;

class IncomingPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncomingPage)
public:
    IncomingPage(Workspace &ws, const Principal &actor, QWidget *parent = nullptr);
    ~IncomingPage() override;
    IncomingModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void reload();
    /// Takes in changes made here or on another workstation row by row.
    void refresh();
    void registerNew();
    void triageCurrent();
    /// Ctrl+End: the last rows of the register in its current order, the last one selected.
    void jumpToEnd();
    /// Ctrl+Home: back to the first rows.
    void jumpToStart();
    /// Imports a receipt list; with problems, asks whether to take the good rows (tests pass false: take
    /// them).
    bool importFile(const QString &path, bool askBeforeGoodOnly = true);
    int lastImported() const { return m_lastImported; }
    const QStringList &lastImportReport() const { return m_lastImportReport; }

Q_SIGNALS:
    /// The count of what the filter matches has come and is shown.
    void counted(qint64 n);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Counts what the filter matches; `filterChanged`: the old count is wrong now, not just stale.
    void showCount(bool filterChanged);
    void showEarlierRows();
    Workspace &m_ws;
    Principal m_actor;
    IncomingModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_urgency = nullptr;
    QComboBox *m_sender = nullptr;
    QComboBox *m_holder = nullptr;
    QSpinBox *m_year = nullptr;
    QCheckBox *m_overdue = nullptr;
    QLabel *m_count = nullptr;
    ErrorBanner *m_error = nullptr;
    bool m_jumping = false;
    int m_lastImported = 0;
    QStringList m_lastImportReport;
    QString m_importNote;
    int m_countsAsked = 0;
    QList<QFuture<Result<qint64>>> m_pendingCounts;
};

} // namespace gw
