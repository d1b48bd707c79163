// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — 借阅登记: lending an archived 件 on paper or for reading on screen.
#pragma once

#include "domain/Clearance.h"

#include <QDate>
#include <QString>

#include <optional>

namespace gw {

enum class LoanForm
{
    Paper,      ///< the paper 件 taken out of the archive room
    Electronic, ///< read on screen, until the due date
};
QString loanFormCode(LoanForm f);
std::optional<LoanForm> loanFormFromCode(const QString &code);
QString loanFormLabel(LoanForm f);

enum class LoanState
{
    Requested, ///< recorded, waiting for the approver
    Lent,      ///< approved: out on paper, or open for reading
    Refused,
    Returned,
};
QString loanStateCode(LoanState s);
std::optional<LoanState> loanStateFromCode(const QString &code);
QString loanStateLabel(LoanState s);

struct ArchiveLoan
{
    qint64 id = 0;
    qint64 itemId = 0;
    QString itemCode;  ///< the 档号, read with the loan
    QString itemTitle; ///< read with the loan
    qint64 borrowerId = 0;
    QString borrowerName;
    Clearance secrecy = Clearance::None; ///< the item's, kept so the register can be read within clearance
    LoanForm form = LoanForm::Paper;
    QString purpose;
    qint64 askedAtMs = 0;
    QDate due;
    LoanState state = LoanState::Requested;
    QString decidedBy;
    qint64 decidedAtMs = 0;
    QString decisionNote;
    qint64 lentAtMs = 0;
    qint64 returnedAtMs = 0;
    qint64 updatedAtMs = 0;
    QString updatedBy;
    qint64 version = 0;

    /// Out past its due date on `today`.
    bool overdue(const QDate &today) const { return state == LoanState::Lent && due.isValid() && due < today; }
    /// An electronic loan the borrower may read on `today`.
    bool readable(const QDate &today) const
    {
        return form == LoanForm::Electronic && state == LoanState::Lent && due.isValid() && today <= due;
    }
};

} // namespace gw
