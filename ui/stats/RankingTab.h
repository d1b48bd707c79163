// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — 评比与通报: the annual 文件评比 (score, rank, the formula and its inputs, the documents
// behind each) and the register of serials with their issues, from which a bulletin is composed.
#pragma once

#include "domain/Rating.h"
#include "domain/Serial.h"
#include "domain/Statistics.h"
#include "security/Actor.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace gw {

class DataTableModel;
class ErrorBanner;
class Workspace;

class RankingTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RankingTab)
public:
    /// `period` gives the page's period (what a bulletin covers); `drill` lists documents by id.
    RankingTab(Workspace &ws, const Principal &actor, std::function<StatsPeriod()> period,
               std::function<void(const QList<qint64> &, const QString &)> drill, QWidget *parent = nullptr);

    void reload();
    const Rating &rating() const { return m_rating; }
    const QList<SerialIssue> &issues() const { return m_issues; }
    QTableView *rankingView() const { return m_view; }
    QTableView *issuesView() const { return m_issuesView; }
    QSpinBox *year() const { return m_year; }
    /// Opens the documents behind a cell of the ranking (row, column as shown).
    void drillRanking(int row, int column);
    /// Opens the compose dialog for the chosen serial; returns the new draft's id (0: none).
    qint64 composeBulletin();
    ErrorBanner *error() const { return m_error; }

private:
    void reloadRanking();
    void reloadIssues();
    void editSerial(bool create);
    qint64 chosenSerial() const;
    QString clearanceNote() const;

    Workspace &m_ws;
    Principal m_actor;
    std::function<StatsPeriod()> m_period;
    std::function<void(const QList<qint64> &, const QString &)> m_drill;
    Rating m_rating;
    QList<Serial> m_serials;
    QList<SerialIssue> m_issues;

    QSpinBox *m_year = nullptr;
    QComboBox *m_scheme = nullptr;
    QLabel *m_formula = nullptr;
    ErrorBanner *m_error = nullptr;
    QTableView *m_view = nullptr;
    DataTableModel *m_model = nullptr;
    QComboBox *m_serial = nullptr;
    QPushButton *m_editSerial = nullptr;
    QTableView *m_issuesView = nullptr;
    DataTableModel *m_issuesModel = nullptr;
};

} // namespace gw
