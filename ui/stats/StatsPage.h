// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — 统计: the quality ledger (差错台账) and review quality (核稿质量) for a period, as tables
// and charts; every number opens the documents behind it; every table exports to Excel or CSV.
#pragma once

#include "domain/Statistics.h"
#include "security/Actor.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace gw {

class DataTableModel;
class ErrorBanner;
class FlowTab;
class RankingTab;
class Workspace;

class StatsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatsPage)
public:
    StatsPage(Workspace &ws, const Principal &actor, QWidget *parent = nullptr);

    /// The period the controls name.
    StatsPeriod period() const;
    void setPeriod(const StatsPeriod &p);
    /// Reads the figures again for the controls' period, rows and scope.
    void reload();
    const Ledger &ledger() const { return m_ledger; }
    const QList<ReviewerQuality> &quality() const { return m_quality; }
    QTableView *ledgerView() const { return m_ledgerView; }
    QTableView *qualityView() const { return m_qualityView; }
    QChartView *ledgerChart() const { return m_ledgerChart; }
    QChartView *qualityChart() const { return m_qualityChart; }
    QTabWidget *tabs() const { return m_tabs; }
    /// 评比与通报; none for those who may not see the ranking.
    RankingTab *rankingTab() const { return m_ranking; }
    FlowTab *flowTab() const { return m_flow; }
    /// Opens the documents behind a cell of the ledger's table (row, column as shown).
    void drillLedger(int row, int column);
    void drillQuality(int row, int column);

private:
    void showPeriodControls();
    void showLedgerChart();
    void drill(const LedgerCell &cell, const QString &what);
    void drillIds(const QList<qint64> &ids, const QString &what);
    QString note() const;
    QWidget *ledgerTab();
    QWidget *qualityTab();

    Workspace &m_ws;
    Principal m_actor;
    LedgerScope m_allowed;
    bool m_mayView = false;
    bool m_mayViewQuality = false;
    StatsPeriod m_shown; ///< the period the figures on show were read for
    LedgerScope m_shownScope;
    Ledger m_ledger;
    QList<LedgerRow> m_trend;
    QList<ReviewerQuality> m_quality;

    QComboBox *m_kind = nullptr;
    QSpinBox *m_year = nullptr;
    QComboBox *m_part = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_rows = nullptr;
    QComboBox *m_scope = nullptr;
    QLabel *m_notice = nullptr;
    ErrorBanner *m_error = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_ledgerView = nullptr;
    DataTableModel *m_ledgerModel = nullptr;
    QComboBox *m_chartKind = nullptr;
    QChartView *m_ledgerChart = nullptr;
    QTableView *m_qualityView = nullptr;
    DataTableModel *m_qualityModel = nullptr;
    QChartView *m_qualityChart = nullptr;
    RankingTab *m_ranking = nullptr;
    FlowTab *m_flow = nullptr;
};

} // namespace gw
