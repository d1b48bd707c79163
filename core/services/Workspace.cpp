// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — one open set of records and the services that change them.
#include "services/Workspace.h"

#include "Clock.h"
#include "security/PasswordHasher.h"
#include "services/AuditService.h"
#include "services/AuthService.h"
#include "services/BulletinService.h"
#include "services/CalendarService.h"
#include "services/ChangeFeed.h"
#include "services/DraftingService.h"
#include "services/IncomingService.h"
#include "services/LetterService.h"
#include "services/ArchiveService.h"
#include "services/SearchService.h"
#include "services/SupervisionReports.h"
#include "services/SupervisionService.h"
#include "services/MarkupService.h"
#include "services/OfficeService.h"
#include "services/PrintingService.h"
#include "services/RatingService.h"
#include "services/ServiceContext.h"
#include "services/StatsService.h"
#include "services/UnitService.h"
#include "services/UserService.h"
#include "storage/Database.h"
#include "storage/MarkupRepository.h"

namespace gw {

Result<std::unique_ptr<Workspace>> Workspace::open(const DatabaseUrl &url, std::shared_ptr<Clock> clock)
{
    auto db = Database::open(url);
    if (!db)
        return db.error();
    if (!clock)
        clock = std::make_shared<SystemClock>();
    return std::unique_ptr<Workspace>(new Workspace(std::move(db).value(), std::move(clock)));
}

Workspace::Workspace(std::unique_ptr<Database> db, std::shared_ptr<Clock> clock)
    : m_db(std::move(db)), m_clock(std::move(clock)), m_hasher(std::make_unique<PasswordHasher>())
{
    m_feed = new ChangeFeed(*m_db, this);
    const ServiceContext ctx{*m_db, *m_clock, *m_hasher, *m_feed};
    m_auth = new AuthService(ctx, this);
    m_office = new OfficeService(ctx, this);
    m_units = new UnitService(ctx, this);
    m_users = new UserService(ctx, this);
    m_audit = new AuditService(ctx, this);
    m_calendar = new CalendarService(ctx, this);
    m_drafting = new DraftingService(ctx, this);
    m_markups = new MarkupService(ctx, this);
    m_stats = new StatsService(ctx, this);
    m_incoming = new IncomingService(ctx, this);
    m_letters = new LetterService(ctx, this);
    m_supervision = new SupervisionService(ctx, this);
    m_printing = new PrintingService(ctx, *m_drafting, this);
    m_rating = new RatingService(ctx, *m_stats, this);
    m_bulletins = new BulletinService(ctx, *m_stats, *m_rating, *m_drafting, this);
    m_supervisionReports = new SupervisionReports(ctx, *m_supervision, *m_drafting, this);
    m_archive = new ArchiveService(ctx, this);
    m_search = new SearchService(ctx, this);
    connect(m_feed, &ChangeFeed::objectChanged, this, &Workspace::relay);
}

void Workspace::relay(const QString &type, qint64 id)
{
    // Each service announces the changes to its own objects, whichever workstation made them.
    if (type == QLatin1String("draft")) {
        Q_EMIT m_drafting->draftChanged(id);
    } else if (type == QLatin1String("markup")) {
        if (auto m = MarkupRepository(*m_db).find(id); m && m.value())
            Q_EMIT m_markups->markupsChanged(m.value()->draftId);
    } else if (type == QLatin1String("incoming")) {
        Q_EMIT m_incoming->itemChanged(id);
    } else if (type == QLatin1String("matter")) {
        Q_EMIT m_supervision->matterChanged(id);
    } else if (type == QLatin1String("archive_item")) {
        Q_EMIT m_archive->archiveChanged(id);
    } else if (type == QLatin1String("letter")) {
        Q_EMIT m_letters->letterChanged(id);
    } else if (type == QLatin1String("unit")) {
        Q_EMIT m_units->unitChanged(id);
    } else if (type == QLatin1String("user")) {
        Q_EMIT m_users->userChanged(id);
    } else if (type == QLatin1String("office")) {
        Q_EMIT m_office->officeChanged();
    } else if (type == QLatin1String("calendar")) {
        Q_EMIT m_calendar->calendarChanged();
    }
}

Workspace::~Workspace()
{
    // Services go before the database they use.
    qDeleteAll(findChildren<QObject *>(QString(), Qt::FindDirectChildrenOnly));
}

} // namespace gw
