// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what the 督查室 and the hotline desk write from their registers: the monthly
// 《督查通报》 and the 《督查专报》 on one matter (each an outgoing draft, an issue of its serial, through
// the chain, numbering, printing and the first reader), and the hotline's digest of a period's calls.
#pragma once

#include "Result.h"
#include "domain/DataTable.h"
#include "domain/Draft.h"
#include "domain/Statistics.h"
#include "security/Actor.h"
#include "services/BulletinService.h"
#include "services/ServiceContext.h"
#include "services/SupervisionService.h"

#include <QObject>

namespace gw {

class DraftingService;
class SupervisionService;

class SupervisionReports final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisionReports)
public:
    SupervisionReports(const ServiceContext &ctx, const SupervisionService &supervision, DraftingService &drafting,
                       QObject *parent = nullptr)
        : QObject(parent), m_ctx(ctx), m_supervision(supervision), m_drafting(drafting)
    {
    }

    /// The serials the 督查室 publishes in.
    static constexpr char kBulletinSerial[] = "督查通报";
    static constexpr char kSpecialSerial[] = "督查专报";

    /// 《督查通报》 of `month` as it would be drafted: the month's figures, each unit's record, the
    /// matters overdue per unit, notable closures with the pictures that came with them, and the
    /// requirements. Only matters that are not classified appear, whoever composes it.
    Result<BulletinText> bulletinText(const Actor &actor, const StatsPeriod &month) const;
    /// Drafts it (通报 in the office's name) as the next issue of 《督查通报》, numbered at registration.
    Result<Draft> composeBulletin(const Actor &actor, const StatsPeriod &month, qint64 draftingUnitId);
    /// 《督查专报》 on one matter for the leaders: the instruction, its assignment, every progress entry
    /// and where it stands; as secret as the matter.
    Result<BulletinText> specialReportText(const Actor &actor, qint64 matterId) const;
    Result<Draft> composeSpecialReport(const Actor &actor, qint64 matterId, qint64 draftingUnitId);
    /// The hotline's digest (简报) of a period: calls by category (received, transferred, answered with
    /// advice, closed, satisfied) and by the unit they went to.
    Result<QList<DataTable>> hotlineDigest(const Actor &actor, const StatsPeriod &period) const;

    /// The figures as the page shows and exports them: a row per kind and lead unit, with the rates.
    static DataTable figuresTable(const MatterFigures &figures);
    /// The columns of figuresTable() whose numbers open the matters behind them.
    enum FigureColumn
    {
        KindColumn,
        UnitColumn,
        DueColumn,
        OnTimeColumn,
        OnTimeRateColumn,
        ReceivedColumn,
        AnsweredColumn,
        AnswerRateColumn,
        SatisfactionRateColumn,
        SolvedRateColumn,
        ClosedColumn,
        AverageDaysColumn,
        ExtensionsColumn,
    };
    /// The register's filter for the matters behind a number of figuresTable() (`row`, `column`), or
    /// nothing when the cell is a rate or the row is the total.
    static std::optional<MatterFilter> drillDown(const MatterFigures &figures, int row, int column);

private:
    Result<Draft> draftIssue(const Actor &actor, const char *serialName, const BulletinText &text,
                             const QString &period, qint64 draftingUnitId, Clearance secrecy,
                             const QString &auditAction);
    ServiceContext m_ctx;
    const SupervisionService &m_supervision;
    DraftingService &m_drafting;
};

} // namespace gw
