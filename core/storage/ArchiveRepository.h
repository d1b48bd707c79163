// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — archived 件, their components, the files stored once by digest, and the 四性 runs.
#pragma once

#include "Result.h"
#include "domain/ArchiveItem.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace gw {

class Database;

/// A finished document not yet archived: what the clerk is offered to archive.
struct ArchiveCandidate
{
    ArchiveSource source = ArchiveSource::Outgoing;
    qint64 id = 0;
    QString title;
    QString docNumber;
    QString genre;   ///< Genre code
    QString date;    ///< 成文日期 yyyy-MM-dd (outgoing)
    qint64 atMs = 0; ///< released or received
    Clearance secrecy = Clearance::None;
    bool normative = false;
    Retention proposed = Retention::Years10; ///< what the office's rules propose (filled by the service)
};

/// Which part of the archive a list reads.
struct ArchiveFilter
{
    int year = 0;                      ///< 0: every year
    std::optional<Retention> retention;
    Clearance clearance = Clearance::None; ///< only 件 at or below it
    QString text;                      ///< in the 题名, 文号 or 档号's 件号
    int limit = 5000;
};

/// One stored 四性 run: when, by whom, why, how many 件 and failures, the report as JSON.
struct ArchiveCheckRun
{
    qint64 id = 0;
    qint64 atMs = 0;
    QString byName;
    QString reason; ///< "on_demand", "archiving", "scheduled"
    int items = 0;
    int failures = 0;
    bool complete = true; ///< run to the end (not stopped)
    QByteArray report;
};

class ArchiveRepository final
{
public:
    explicit ArchiveRepository(const Database &db) : m_db(db) {}

    Result<qint64> insert(const ArchiveItem &item, qint64 nowMs, const QString &by) const;
    Result<qint64> update(const ArchiveItem &item, qint64 nowMs, const QString &by) const;
    /// The 件 with its components (without their bytes).
    Result<std::optional<ArchiveItem>> find(qint64 id) const;
    /// The 件 holding `source`/`sourceId`: its own, or for an incoming item the 件 of the document that
    /// forwards it.
    Result<std::optional<qint64>> findBySource(ArchiveSource source, qint64 sourceId) const;
    Result<QList<ArchiveItem>> list(const ArchiveFilter &filter) const;
    /// The years that hold 件 within `clearance`, newest first.
    Result<QList<int>> years(Clearance clearance) const;

    /// Stores `bytes` under its digests unless they are there already; writes the component rows.
    Status addComponent(qint64 itemId, const ArchiveComponent &c, const QByteArray &bytes) const;
    Result<std::optional<QByteArray>> fileBytes(const QString &sha256) const;

    /// Finished documents not archived yet, within `clearance`: outgoing documents released by the first
    /// reader (waiting at 归档) and incoming items done with, oldest first.
    Result<QList<ArchiveCandidate>> candidates(Clearance clearance, int limit = 2000) const;

    /// The 件号 each sequence (全宗号, 年度, 保管期限, 机构) holds, keyed by the sequence's 档号 without 件号.
    Result<QList<QPair<QString, QList<int>>>> sequences() const;

    /// The highest secrecy level any record holds (documents, items, matters, archived 件).
    Result<Clearance> highestSecrecy() const;
    /// When the last backup was made (0: never).
    Result<qint64> lastBackup() const;
    Status addBackup(qint64 atMs, const QString &file, qint64 size, const QString &sha256, const QString &by) const;

    Result<qint64> addCheck(const ArchiveCheckRun &run) const;
    /// The last run over the whole archive to its end (on demand or scheduled; not the checks made at
    /// archiving, not a run stopped halfway).
    Result<std::optional<ArchiveCheckRun>> lastCheck() const;

private:
    const Database &m_db;
};

} // namespace gw
