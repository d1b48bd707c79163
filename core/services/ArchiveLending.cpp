// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — 借阅登记: lending archived 件 on paper and on screen.
#include "services/ArchiveService.h"

#include "Clock.h"
#include "services/ArchiveRecords.h"
#include "storage/OfficeRepository.h"
#include "storage/UserRepository.h"
#include "workflow/WorkCalendar.h"

namespace gw {

namespace {
QDate today(const Clock &clock)
{
    return WorkCalendar::localDate(clock.now());
}
} // namespace

Result<ArchiveLoan> ArchiveService::recordLoan(const Actor &actor, const LoanRequest &request)
{
    ArchiveLoan loan;
    loan.itemId = request.itemId;
    loan.borrowerId = request.borrowerId;
    loan.form = request.form;
    loan.purpose = request.purpose.trimmed();
    loan.due = request.due;
    auto out = m_ctx.create<ArchiveLoan>(
        actor, {Action::LendArchive, QStringLiteral("archive.loan")}, loan, [&](WriteScope &w, ArchiveLoan &l) -> Status {
            auto item = ArchiveRepository(w.db).find(l.itemId);
            if (!item)
                return item.error();
            if (!item.value() || !clearanceCovers(w.who.clearance, item.value()->secrecy))
                return makeError(ErrorCode::NotFound, Records<ArchiveItem>::notFound());
            l.secrecy = item.value()->secrecy;
            l.itemCode = item.value()->code.toString();
            l.itemTitle = item.value()->title;
            auto borrower = UserRepository(w.db).find(l.borrowerId);
            if (!borrower)
                return borrower.error();
            if (!borrower.value() || !borrower.value()->user.active)
                return makeError(ErrorCode::Validation, tr("Choose the person who borrows the item."));
            const User &b = borrower.value()->user;
            if (!clearanceCovers(b.clearance, l.secrecy))
                return makeError(ErrorCode::Permission,
                                 tr("%1's clearance (%2) does not cover the item's secrecy level %3; it cannot be lent "
                                    "to them.")
                                     .arg(b.displayName, clearanceLabel(b.clearance), clearanceLabel(l.secrecy)));
            l.borrowerName = b.displayName;
            if (l.purpose.isEmpty() || l.purpose.size() > 200)
                return makeError(ErrorCode::Validation, tr("Say what the item is borrowed for (at most 200 characters)."));
            const QDate now = today(m_ctx.clock);
            if (!l.due.isValid() || l.due < now || l.due > now.addDays(90))
                return makeError(ErrorCode::Validation,
                                 tr("The due date is from today to 90 days ahead (%1 at the latest).")
                                     .arg(now.addDays(90).toString(Qt::ISODate)));
            if (l.form == LoanForm::Paper) {
                // One paper 件 can be in one place: refused while it is asked for or out.
                LoanFilter open;
                open.itemId = l.itemId;
                open.clearance = Clearance::TopSecret;
                auto others = ArchiveLoanRepository(w.db).list(open);
                if (!others)
                    return others.error();
                for (const ArchiveLoan &o : others.value())
                    if (o.form == LoanForm::Paper)
                        return makeError(ErrorCode::Conflict, tr("The paper item is already asked for or lent (to %1).")
                                                                  .arg(o.borrowerName));
            }
            l.askedAtMs = w.nowMs;
            l.state = LoanState::Requested;
            return {};
        });
    if (out)
        Q_EMIT loansChanged();
    return out;
}

Result<ArchiveLoan> ArchiveService::decideLoan(const Actor &actor, qint64 id, qint64 expectedVersion, bool approve,
                                               const QString &note)
{
    auto out = m_ctx.update<ArchiveLoan>(
        actor, {std::nullopt, approve ? QStringLiteral("archive.loan_approve") : QStringLiteral("archive.loan_refuse")},
        id, expectedVersion, [&](WriteScope &w, ArchiveLoan &l) -> Status {
            auto office = OfficeRepository(w.db).load();
            if (!office)
                return office.error();
            const std::optional<Role> post = office.value() ? roleFromCode(office.value()->loanApprover) : std::nullopt;
            if (!post || !w.who.hasRole(*post))
                return makeError(ErrorCode::Permission, tr("Lending is approved by the %1; you do not hold that post.")
                                                            .arg(post ? roleLabel(*post) : QStringLiteral("?")));
            if (l.state != LoanState::Requested)
                return makeError(ErrorCode::Validation, tr("The loan was decided already (%1).").arg(loanStateLabel(l.state)));
            if (w.who.userId == l.borrowerId)
                return makeError(ErrorCode::Permission, tr("A loan to yourself is approved by someone else."));
            if (approve) {
                // The borrower as the records hold them now: still active, still cleared.
                auto borrower = UserRepository(w.db).find(l.borrowerId);
                if (!borrower)
                    return borrower.error();
                if (!borrower.value() || !borrower.value()->user.active ||
                    !clearanceCovers(borrower.value()->user.clearance, l.secrecy))
                    return makeError(ErrorCode::Permission,
                                     tr("%1 may no longer borrow this item (account or clearance changed).")
                                         .arg(l.borrowerName));
            }
            if (!approve && note.trimmed().isEmpty())
                return makeError(ErrorCode::Validation, tr("Give the reason for refusing the loan."));
            l.state = approve ? LoanState::Lent : LoanState::Refused;
            l.decidedBy = w.who.displayName;
            l.decidedAtMs = w.nowMs;
            l.decisionNote = note.trimmed();
            if (approve)
                l.lentAtMs = w.nowMs;
            return {};
        });
    if (out)
        Q_EMIT loansChanged();
    return out;
}

Result<ArchiveLoan> ArchiveService::returnLoan(const Actor &actor, qint64 id, qint64 expectedVersion)
{
    auto out = m_ctx.update<ArchiveLoan>(actor, {Action::LendArchive, QStringLiteral("archive.loan_return")}, id,
                                         expectedVersion, [&](WriteScope &w, ArchiveLoan &l) -> Status {
                                             if (l.state != LoanState::Lent)
                                                 return makeError(ErrorCode::Validation,
                                                                  tr("Only an item that is out can be returned."));
                                             l.state = LoanState::Returned;
                                             l.returnedAtMs = w.nowMs;
                                             return {};
                                         });
    if (out)
        Q_EMIT loansChanged();
    return out;
}

Result<QList<User>> ArchiveService::borrowers(const Actor &actor) const
{
    auto who = m_ctx.authorize(actor, Action::LendArchive);
    if (!who)
        return who.error();
    auto all = UserRepository(m_ctx.db).list();
    if (!all)
        return all.error();
    QList<User> out;
    for (const User &u : all.value())
        if (u.active)
            out << u;
    return out;
}

Result<QList<ArchiveLoan>> ArchiveService::loans(const Actor &actor, LoanFilter filter) const
{
    auto who = m_ctx.resolve(actor);
    if (!who)
        return who.error();
    filter.clearance = who.value().clearance;
    filter.today = today(m_ctx.clock);
    auto office = OfficeRepository(m_ctx.db).load();
    if (!office)
        return office.error();
    const std::optional<Role> approver = office.value() ? roleFromCode(office.value()->loanApprover) : std::nullopt;
    const bool keeper = Permissions::allows(who.value().roles, Action::ViewArchive) ||
                        Permissions::allows(who.value().roles, Action::LendArchive) ||
                        (approver && who.value().hasRole(*approver));
    if (!keeper)
        filter.borrowerId = who.value().userId;
    return ArchiveLoanRepository(m_ctx.db).list(filter);
}

bool ArchiveService::mayCopy(const Principal &who)
{
    return Permissions::allows(who.roles, Action::ViewArchive);
}

Result<bool> ArchiveService::mayRead(const Principal &who, qint64 itemId) const
{
    if (mayCopy(who))
        return true;
    LoanFilter mine;
    mine.which = LoanFilter::Open;
    mine.itemId = itemId;
    mine.borrowerId = who.userId;
    mine.clearance = who.clearance;
    auto open = ArchiveLoanRepository(m_ctx.db).list(mine);
    if (!open)
        return open.error();
    const QDate now = today(m_ctx.clock);
    return std::any_of(open.value().begin(), open.value().end(), [&](const ArchiveLoan &l) { return l.readable(now); });
}

} // namespace gw
