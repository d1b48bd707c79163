// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 督查 page's figures (per kind and unit over a period, with the matters behind each
// number), and composing the 《督查通报》 and the 《督查专报》 as drafts.
#pragma once

#include "Result.h"
#include "domain/MatterFilter.h"
#include "domain/Statistics.h"
#include "security/Actor.h"
#include "services/SupervisionService.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QPlainTextEdit;
class QSpinBox;
class QTableView;

namespace gw {

class DataTableModel;
class ErrorBanner;
class MatterModel;
class Workspace;

/// 统计 of the 督查 page: 按期办结率, 办复率, 满意率, 办成率, days to close and extensions, per kind and
/// lead unit, for a month, a quarter or a year; a count opens its matters.
class SupervisionFiguresTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisionFiguresTab)
public:
    SupervisionFiguresTab(Workspace &ws, const Principal &actor, QWidget *parent = nullptr);
    /// Reads the figures of the period chosen.
    void reload();
    StatsPeriod period() const;
    void setPeriod(const StatsPeriod &p);
    QTableView *view() const { return m_view; }
    const MatterFigures &figures() const { return m_figures; }
    /// Opens the matters behind the number at (`row`, `column`); false for a rate or the total.
    bool drillDown(int row, int column);

private:
    Workspace &m_ws;
    Principal m_actor;
    QComboBox *m_span = nullptr;
    QSpinBox *m_year = nullptr;
    QSpinBox *m_part = nullptr;
    QTableView *m_view = nullptr;
    DataTableModel *m_model = nullptr;
    ErrorBanner *m_error = nullptr;
    MatterFigures m_figures;
};

/// The matters behind a number: a register limited to them.
class MatterListDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatterListDialog)
public:
    MatterListDialog(Workspace &ws, const Principal &actor, const MatterFilter &filter, const QString &what,
                     QWidget *parent = nullptr);
    MatterModel *model() const { return m_model; }

private:
    MatterModel *m_model = nullptr;
};

/// 《督查通报》 of a month, or 《督查专报》 on one matter: the text as it will be drafted, the drafting
/// section, and the draft made (it then goes through the chain in 发文).
class ComposeReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposeReportDialog)
public:
    /// `matterId` 0: the monthly bulletin; else the special report on that matter.
    ComposeReportDialog(Workspace &ws, const Principal &actor, qint64 matterId, QWidget *parent = nullptr);
    qint64 draftId() const { return m_draftId; }
    const QString &message() const { return m_message; }

private:
    void showPreview();
    void compose();
    StatsPeriod month() const;
    Workspace &m_ws;
    Principal m_actor;
    qint64 m_matterId = 0;
    QSpinBox *m_year = nullptr;
    QSpinBox *m_month = nullptr;
    QComboBox *m_unit = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    ErrorBanner *m_error = nullptr;
    qint64 m_draftId = 0;
    QString m_message;
};

/// The hotline's digest (简报) of `period`: calls by category and by unit, to print or export.
void showHotlineDigest(Workspace &ws, const Principal &actor, const StatsPeriod &period, QWidget *parent);

} // namespace gw
