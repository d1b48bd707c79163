// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 借阅登记 in the database.
#pragma once

#include "Result.h"
#include "domain/ArchiveLoan.h"

#include <QList>
#include <optional>

namespace gw {

class Database;

/// Which loans a list reads.
struct LoanFilter
{
    enum Which
    {
        Open,    ///< waiting or out
        Overdue, ///< out past the due date
        All,
    };
    Which which = Open;
    QDate today;
    qint64 itemId = 0;   ///< 0: every item
    qint64 borrowerId = 0; ///< 0: everyone
    Clearance clearance = Clearance::None;
    int limit = 2000;
};

class ArchiveLoanRepository final
{
public:
    explicit ArchiveLoanRepository(const Database &db) : m_db(db) {}
    Result<qint64> insert(const ArchiveLoan &l, qint64 nowMs, const QString &by) const;
    Result<qint64> update(const ArchiveLoan &l, qint64 nowMs, const QString &by) const;
    Result<std::optional<ArchiveLoan>> find(qint64 id) const;
    /// Newest first.
    Result<QList<ArchiveLoan>> list(const LoanFilter &f) const;

private:
    const Database &m_db;
};

} // namespace gw
