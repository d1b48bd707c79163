// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 借阅登记 in the database.
#include "storage/ArchiveLoanRepository.h"

#include "storage/ArchiveRows.h"
#include "storage/Database.h"
#include "storage/RowConflict.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gw {
namespace {
constexpr char kSelect[] =
    "SELECT l.id, l.item_id, l.borrower_id, l.borrower_name, l.secrecy, l.form, l.purpose, l.asked_at, l.due_date, "
    "l.state, l.decided_by, l.decided_at, l.decision_note, l.lent_at, l.returned_at, l.updated_at, l.updated_by, "
    "l.version, a.fonds, a.category, a.year, a.retention, a.organ, a.item_no, a.title FROM archive_loans l JOIN "
    "archive_items a ON a.id = l.item_id";

ArchiveLoan loanFrom(const QSqlQuery &q)
{
    ArchiveLoan l;
    l.id = q.value(0).toLongLong();
    l.itemId = q.value(1).toLongLong();
    l.borrowerId = q.value(2).toLongLong();
    l.borrowerName = q.value(3).toString();
    l.secrecy = clearanceFromCode(q.value(4).toString()).value_or(Clearance::TopSecret);
    l.form = loanFormFromCode(q.value(5).toString()).value_or(LoanForm::Paper);
    l.purpose = q.value(6).toString();
    l.askedAtMs = q.value(7).toLongLong();
    l.due = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    l.state = loanStateFromCode(q.value(9).toString()).value_or(LoanState::Requested);
    l.decidedBy = q.value(10).toString();
    l.decidedAtMs = q.value(11).toLongLong();
    l.decisionNote = q.value(12).toString();
    l.lentAtMs = q.value(13).toLongLong();
    l.returnedAtMs = q.value(14).toLongLong();
    l.updatedAtMs = q.value(15).toLongLong();
    l.updatedBy = q.value(16).toString();
    l.version = q.value(17).toLongLong();
    l.itemCode = archiverows::codeAt(q, 18).toString();
    l.itemTitle = q.value(24).toString();
    return l;
}

using archiverows::text;
} // namespace

Result<qint64> ArchiveLoanRepository::insert(const ArchiveLoan &l, qint64 nowMs, const QString &by) const
{
    auto q = m_db.run(QStringLiteral("INSERT INTO archive_loans (item_id, borrower_id, borrower_name, secrecy, "
                                     "secrecy_rank, form, purpose, asked_at, due_date, state, decided_by, decided_at, "
                                     "decision_note, lent_at, returned_at, updated_at, updated_by, version) VALUES (?, "
                                     "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"),
                      {l.itemId, l.borrowerId, text(l.borrowerName), clearanceCode(l.secrecy), int(l.secrecy),
                       loanFormCode(l.form), text(l.purpose), l.askedAtMs, l.due.toString(Qt::ISODate),
                       loanStateCode(l.state), text(l.decidedBy), l.decidedAtMs, text(l.decisionNote), l.lentAtMs,
                       l.returnedAtMs, nowMs, text(by)});
    return archiverows::insertedId(std::move(q));
}

Result<qint64> ArchiveLoanRepository::update(const ArchiveLoan &l, qint64 nowMs, const QString &by) const
{
    auto q = m_db.run(QStringLiteral("UPDATE archive_loans SET due_date = ?, state = ?, decided_by = ?, decided_at = ?, "
                                     "decision_note = ?, lent_at = ?, returned_at = ?, version = version + 1, "
                                     "updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"),
                      {l.due.toString(Qt::ISODate), loanStateCode(l.state), text(l.decidedBy), l.decidedAtMs,
                       text(l.decisionNote), l.lentAtMs, l.returnedAtMs, nowMs, text(by), l.id, l.version});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 1)
        return l.version + 1;
    return staleRow(m_db, "archive_loans", l.id,
                    QCoreApplication::translate("ArchiveRepository", "The loan of %1").arg(l.itemCode));
}

Result<std::optional<ArchiveLoan>> ArchiveLoanRepository::find(qint64 id) const
{
    auto q = m_db.run(QLatin1String(kSelect) + QStringLiteral(" WHERE l.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<ArchiveLoan>();
    return std::optional<ArchiveLoan>(loanFrom(q.value()));
}

Result<QList<ArchiveLoan>> ArchiveLoanRepository::list(const LoanFilter &f) const
{
    QStringList where{QStringLiteral("l.secrecy_rank <= ?")};
    QVariantList binds{int(f.clearance)};
    if (f.which == LoanFilter::Open) {
        where << QStringLiteral("l.state IN ('requested', 'lent')");
    } else if (f.which == LoanFilter::Overdue) {
        where << QStringLiteral("l.state = 'lent' AND l.due_date < ?");
        binds << f.today.toString(Qt::ISODate);
    }
    if (f.itemId > 0) {
        where << QStringLiteral("l.item_id = ?");
        binds << f.itemId;
    }
    if (f.borrowerId > 0) {
        where << QStringLiteral("l.borrower_id = ?");
        binds << f.borrowerId;
    }
    binds << f.limit;
    auto q = m_db.run(QLatin1String(kSelect) + QStringLiteral(" WHERE %1 ORDER BY l.id DESC LIMIT ?")
                                                   .arg(where.join(QStringLiteral(" AND "))),
                      binds);
    if (!q)
        return q.error();
    QList<ArchiveLoan> out;
    while (q.value().next())
        out << loanFrom(q.value());
    return out;
}

} // namespace gw
