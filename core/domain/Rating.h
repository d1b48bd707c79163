// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the annual 文件评比: the scoring scheme the office sets and each unit's score.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gw {

/// How a unit's year is scored. Each defect weight is the points taken off for one defect per
/// document handled (a rate, so that a unit that drafts much is not punished for its volume); the
/// on-time weight is what a unit whose every time-limited document went out in time earns, and the
/// volume weight what a unit earns once it handled `volumeFull` documents. Kept in versions: a
/// published ranking names the version it was made with, and a change makes a new version.
struct RatingScheme
{
    Q_DECLARE_TR_FUNCTIONS(RatingScheme)
public:
    qint64 id = 0;
    int number = 0; ///< the version's number, from 1 (0: not stored)
    double base = 60;
    double policy = 20;
    double format = 10;
    double wording = 5;
    double backflow = 10;
    double firstRead = 10;
    double onTime = 30;
    double volume = 10;
    int volumeFull = 20;
    QString note;
    qint64 createdAtMs = 0;
    qint64 createdBy = 0;
    QString createdByName;
    qint64 version = 0;

    /// Refused weights: negative, beyond 1000, or a volume target below 1; empty when it is sound.
    QString problem() const;
    /// The formula as shown beside the result, with this version's weights.
    QString formula() const;
    /// The weights as stored (JSON) and read back.
    QString toJson() const;
    static bool fromJson(const QString &json, RatingScheme &into);
    bool sameWeights(const RatingScheme &o) const;
};

/// What a unit's score is computed from, for one year.
struct RatingInputs
{
    int handled = 0;
    int policy = 0;
    int format = 0;
    int wording = 0;
    int backflow = 0;
    int firstRead = 0;
    int timed = 0;  ///< documents released in the year that had a 办结时限
    int onTime = 0; ///< of those, released by it
    /// Released in time, of those with a limit; 1 when none had one (no limit was missed).
    double onTimeRate() const { return timed > 0 ? double(onTime) / timed : 1.0; }
};

/// The score's parts: what each weight took off or added.
struct RatingParts
{
    double policy = 0, format = 0, wording = 0, backflow = 0, firstRead = 0, onTime = 0, volume = 0;
    double total = 0;
};

/// `in` scored by `scheme`, each part rounded to two decimals before the sum (what is shown adds up).
RatingParts ratingScore(const RatingScheme &scheme, const RatingInputs &in);

/// One unit's line of the ranking.
struct RatingLine
{
    qint64 unitId = 0;
    QString name;
    RatingInputs inputs;
    RatingParts parts;
    int rank = 0; ///< 1 for the best; equal scores share a rank (1, 1, 3); 0: handled nothing, not ranked
};

/// A year's ranking: the scheme it was made with and a line per unit that handled anything, best
/// first (then units that handled nothing, by name).
struct Rating
{
    int year = 0;
    RatingScheme scheme;
    QList<RatingLine> lines;
};

/// Orders `lines` best first and gives each its rank (units that handled nothing last, unranked).
void rankLines(QList<RatingLine> &lines);

} // namespace gw
