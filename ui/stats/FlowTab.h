// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — 流转情况: the flow figures of the period, one table at a time, each count opening the
// documents behind it (the 发文 register, or the 收文 register for incoming items).
#pragma once

#include "domain/DataTable.h"
#include "domain/FlowFigures.h"
#include "security/Actor.h"

#include <QWidget>
#include <functional>

class QLabel;
class QListWidget;
class QTableView;

namespace gw {

class DataTableModel;
class ErrorBanner;
class Workspace;

class FlowTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowTab)
public:
    /// `note` says what the figures cover; `drill` lists outgoing documents by id.
    FlowTab(Workspace &ws, const Principal &actor, std::function<QString()> note,
            std::function<void(const QList<qint64> &, const QString &)> drill, QWidget *parent = nullptr);

    /// The figures to show are those of `period` and `scope`: read now when the tab is on screen, else
    /// when it is next shown (the year's incoming register is not read for a page nobody looks at).
    void reload(const StatsPeriod &period, const LedgerScope &scope);
    const FlowFigures &figures() const { return m_figures; }
    QListWidget *tableList() const { return m_list; }
    QTableView *view() const { return m_view; }
    /// Shows table `index` of the figures.
    void showTable(int index);
    /// Opens the documents behind a cell of the table shown.
    void drill(int row, int column);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void read();
    DataTable tableAt(int index) const;

    Workspace &m_ws;
    Principal m_actor;
    std::function<QString()> m_note;
    std::function<void(const QList<qint64> &, const QString &)> m_drill;
    FlowFigures m_figures;
    StatsPeriod m_period;
    LedgerScope m_scope;
    bool m_stale = false;
    int m_shown = -1;
    ErrorBanner *m_error = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_tableNote = nullptr;
    QTableView *m_view = nullptr;
    DataTableModel *m_model = nullptr;
};

} // namespace gw
