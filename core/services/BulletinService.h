// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the register of serial publications (刊物) and the quality bulletin
// (《办文质量通报》) composed from a period's figures as an outgoing draft.
#pragma once

#include "Result.h"
#include "domain/Draft.h"
#include "domain/Serial.h"
#include "domain/Statistics.h"
#include "security/Actor.h"
#include "services/ServiceContext.h"

#include <QObject>

namespace gw {

class DraftingService;
class RatingService;
class StatsService;

/// What a bulletin is to cover and how.
struct BulletinRequest
{
    qint64 serialId = 0;
    StatsPeriod period;
    qint64 draftingUnitId = 0; ///< the section that issues it (秘书科)
    bool attributed = false;   ///< quoted comments name the unit and the reviewer; else anonymised
    bool withRanking = false;  ///< the 文件评比 of the period's year, with the scheme's version (a whole year only)
    int quotesPerCategory = 2;
};

/// The bulletin's title and body (paragraphs, one per line), as it will be drafted.
struct BulletinText
{
    QString title;
    QString body;
    QStringList mainRecipients;
};

class BulletinService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulletinService)
public:
    BulletinService(const ServiceContext &ctx, const StatsService &stats, const RatingService &rating,
                    DraftingService &drafting, QObject *parent = nullptr)
        : QObject(parent), m_ctx(ctx), m_stats(stats), m_rating(rating), m_drafting(drafting)
    {
    }

    /// The period as a document names it: 2026年11月, 2026年第四季度, 2026年, or the two dates.
    static QString periodText(const StatsPeriod &p);

    /// The register, by name: for those who see the ranking or keep the register.
    Result<QList<Serial>> serials(const Actor &actor) const;
    /// A new serial (id 0) or a change to one, checked: a name (without 《》) no other serial has, and
    /// an issuer; once an issue is numbered, the name and the numbering stay.
    Result<Serial> saveSerial(const Actor &actor, Serial serial);
    /// A serial's issues within the viewer's clearance, those not yet numbered first, then newest.
    Result<QList<SerialIssue>> issues(const Actor &actor, qint64 serialId) const;
    /// The issue a draft carries, if any.
    Result<std::optional<SerialIssue>> issueOf(const Actor &actor, qint64 draftId) const;

    /// The bulletin as it would be drafted: the period's totals, a paragraph per unit, the most frequent
    /// kinds of error with quoted review comments, the ranking when asked for, and the requirements —
    /// all of documents that are not classified, whoever composes it.
    Result<BulletinText> composeText(const Actor &actor, const BulletinRequest &request) const;
    /// Drafts it (genre 通报, in the name of the office) as an issue of the serial; its issue number is
    /// given at registration with its 发文字号. It then goes through the chain like any draft, so the
    /// composer must also be one who drafts.
    Result<Draft> compose(const Actor &actor, const BulletinRequest &request);

private:
    /// The person may read the register: they keep it, or they see the ranking.
    Result<Principal> registerReader(const Actor &actor) const;

    ServiceContext m_ctx;
    const StatsService &m_stats;
    const RatingService &m_rating;
    DraftingService &m_drafting;
};

} // namespace gw
