// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — one open set of records and the services that change them.
#include "services/Workspace.h"

#include "Clock.h"
#include "security/PasswordHasher.h"
#include "services/AuthService.h"
#include "services/CalendarService.h"
#include "services/DraftingService.h"
#include "services/IncomingService.h"
#include "services/MarkupService.h"
#include "services/OfficeService.h"
#include "services/PrintingService.h"
#include "services/ServiceContext.h"
#include "services/UnitService.h"
#include "services/UserService.h"
#include "storage/Database.h"

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
    const ServiceContext ctx{*m_db, *m_clock, *m_hasher};
    m_auth = new AuthService(ctx, this);
    m_office = new OfficeService(ctx, this);
    m_units = new UnitService(ctx, this);
    m_users = new UserService(ctx, this);
    m_calendar = new CalendarService(ctx, this);
    m_drafting = new DraftingService(ctx, this);
    m_markups = new MarkupService(ctx, this);
    m_incoming = new IncomingService(ctx, this);
    m_printing = new PrintingService(ctx, *m_drafting, this);
}

Workspace::~Workspace()
{
    // Services go before the database they use.
    qDeleteAll(findChildren<QObject *>(QString(), Qt::FindDirectChildrenOnly));
}

} // namespace gw
