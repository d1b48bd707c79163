// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — one open set of records and the services that change them.
#pragma once

#include "Result.h"
#include "storage/DatabaseUrl.h"

#include <QObject>

#include <memory>

namespace gw {

class AuditService;
class AuthService;
class CalendarService;
class ChangeFeed;
class MarkupService;
class StatsService;
class RatingService;
class BulletinService;
class IncomingService;
class LetterService;
class SupervisionService;
class ArchiveService;
class SearchService;
class SupervisionReports;
class PrintingService;
class DraftingService;
class Clock;
class Database;
class OfficeService;
class PasswordHasher;
class UnitService;
class UserService;

/// Owns the database, the clock and every service. The UI and the command line hold one each.
class Workspace final : public QObject
{
    Q_OBJECT
public:
    /// Opens (and migrates) the database; `clock` defaults to the wall clock.
    static Result<std::unique_ptr<Workspace>> open(const DatabaseUrl &url, std::shared_ptr<Clock> clock = {});
    ~Workspace() override;
    Q_DISABLE_COPY_MOVE(Workspace)

    Database &database() const { return *m_db; }
    Clock &clock() const { return *m_clock; }
    /// The same clock, for a connection of its own on another thread.
    std::shared_ptr<Clock> sharedClock() const { return m_clock; }
    PasswordHasher &hasher() const { return *m_hasher; }
    AuthService &auth() const { return *m_auth; }
    AuditService &audit() const { return *m_audit; }
    OfficeService &office() const { return *m_office; }
    UnitService &units() const { return *m_units; }
    UserService &users() const { return *m_users; }
    DraftingService &drafting() const { return *m_drafting; }
    CalendarService &calendar() const { return *m_calendar; }
    MarkupService &markups() const { return *m_markups; }
    StatsService &stats() const { return *m_stats; }
    RatingService &rating() const { return *m_rating; }
    BulletinService &bulletins() const { return *m_bulletins; }
    IncomingService &incoming() const { return *m_incoming; }
    LetterService &letters() const { return *m_letters; }
    SupervisionService &supervision() const { return *m_supervision; }
    SupervisionReports &supervisionReports() const { return *m_supervisionReports; }
    ArchiveService &archive() const { return *m_archive; }
    SearchService &search() const { return *m_search; }
    PrintingService &printing() const { return *m_printing; }
    /// Every committed change, this workstation's and (once following) the others'.
    ChangeFeed &changes() const { return *m_feed; }

private:
    Workspace(std::unique_ptr<Database> db, std::shared_ptr<Clock> clock);
    void relay(const QString &type, qint64 id);

    std::unique_ptr<Database> m_db;
    std::shared_ptr<Clock> m_clock;
    std::unique_ptr<PasswordHasher> m_hasher;
    ChangeFeed *m_feed = nullptr;
    AuthService *m_auth = nullptr;
    AuditService *m_audit = nullptr;
    OfficeService *m_office = nullptr;
    UnitService *m_units = nullptr;
    UserService *m_users = nullptr;
    DraftingService *m_drafting = nullptr;
    CalendarService *m_calendar = nullptr;
    MarkupService *m_markups = nullptr;
    StatsService *m_stats = nullptr;
    RatingService *m_rating = nullptr;
    BulletinService *m_bulletins = nullptr;
    IncomingService *m_incoming = nullptr;
    LetterService *m_letters = nullptr;
    SupervisionService *m_supervision = nullptr;
    SupervisionReports *m_supervisionReports = nullptr;
    ArchiveService *m_archive = nullptr;
    SearchService *m_search = nullptr;
    PrintingService *m_printing = nullptr;
};

} // namespace gw
