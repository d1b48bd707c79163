// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — storage of supervised matters (督查事项), their history and their files.
#pragma once

#include "Result.h"
#include "domain/MatterFilter.h"

#include <optional>

namespace gw {

class Database;

/// One group of the 督查 figures: a kind and a lead unit, counted over a period.
struct MatterTally
{
    MatterKind kind = MatterKind::Instruction;
    qint64 unitId = 0;
    QString unitName;
    int due = 0;          ///< deadline in the period
    int dueClosedOnTime = 0;
    int received = 0;     ///< registered in the period
    int answered = 0;     ///< of those, closed (办复)
    int satisfied = 0;    ///< of those answered: 满意 or 基本满意
    int rated = 0;        ///< of those answered: satisfaction known
    int solved = 0;
    int closed = 0;       ///< closed in the period
    qint64 closeMsSum = 0; ///< time from registration to closing, summed over `closed`
    int extensions = 0;   ///< extensions granted in the period

    /// Adds another group's counts to these (a unit over its kinds, the whole office).
    void add(const MatterTally &o)
    {
        due += o.due;
        dueClosedOnTime += o.dueClosedOnTime;
        received += o.received;
        answered += o.answered;
        satisfied += o.satisfied;
        rated += o.rated;
        solved += o.solved;
        closed += o.closed;
        closeMsSum += o.closeMsSum;
        extensions += o.extensions;
    }

    /// 按期办结率: closed by the day of the deadline, of those due; nothing when none was due.
    std::optional<double> onTimeRate() const { return ratio(dueClosedOnTime, due); }
    /// 办复率: answered (closed), of those received.
    std::optional<double> answerRate() const { return ratio(answered, received); }
    /// 满意率: 满意 or 基本满意, of the answered whose satisfaction is known.
    std::optional<double> satisfactionRate() const { return ratio(satisfied, rated); }
    /// 办成率: solved, of those answered.
    std::optional<double> solvedRate() const { return ratio(solved, answered); }
    /// Average days from registration to 销号, of those closed in the period.
    std::optional<double> averageDaysToClose() const
    {
        if (closed == 0)
            return std::nullopt;
        return double(closeMsSum) / closed / 86400000.0;
    }
    static std::optional<double> ratio(int part, int whole)
    {
        if (whole <= 0)
            return std::nullopt;
        return double(part) / whole;
    }
};

class MatterRepository final
{
public:
    explicit MatterRepository(const Database &db) : m_db(db) {}

    static QVariantList keyOf(MatterSort sort, const Matter &row);
    Result<qint64> insert(const Matter &m, const QString &by, qint64 nowMs) const;
    Result<std::optional<Matter>> find(qint64 id) const;
    /// Saves the matter when the stored version equals m.version; returns the new version.
    Result<qint64> update(const Matter &m, qint64 nowMs, const QString &by) const;
    Result<QList<Matter>> list(const MatterFilter &filter) const;
    /// As IncomingRepository::count: with `cap` > 0 it stops counting past cap.
    Result<qint64> count(const MatterFilter &filter, qint64 cap = 0) const;
    /// The matters the filter finds, counted per light (red, yellow, green) in one read.
    Result<QList<int>> countLights(MatterFilter filter) const;
    Status setAssistUnits(qint64 matterId, const QList<qint64> &unitIds) const;
    Result<QList<qint64>> assistUnits(qint64 matterId) const;
    Result<qint64> addEvent(qint64 matterId, const MatterEvent &e, qint64 actorId) const;
    Result<QList<MatterEvent>> events(qint64 matterId) const;
    Status addFile(qint64 matterId, qint64 eventId, const MatterFile &f) const;
    Result<std::optional<MatterFile>> file(qint64 matterId, qint64 fileId) const;
    Result<QList<Matter>> children(qint64 parentId) const;
    /// The matter registered from an incoming item, if any (its id; 0: none).
    Result<qint64> fromIncoming(qint64 incomingId) const;
    /// The figures of matters up to `maxSecrecy` over [fromDay, toDay], by kind and lead unit.
    Result<QList<MatterTally>> tally(const QDate &fromDay, const QDate &toDay, qint64 fromMs, qint64 toMs,
                                     Clearance maxSecrecy, qint64 onlyLeaderId,
                                     const QList<MatterKind> &kinds) const;

private:
    QString where(const MatterFilter &f, QVariantList &binds) const;
    const Database &m_db;
};

} // namespace gw
