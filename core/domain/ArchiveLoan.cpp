// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — 借阅登记's forms and states.
#include "domain/ArchiveLoan.h"

#include "domain/EnumTable.h"

namespace gw {
namespace {
const enumtable::Entry<LoanForm> kForms[] = {
    {LoanForm::Paper, "paper", QT_TRANSLATE_NOOP("ArchiveLoan", "paper (纸质)")},
    {LoanForm::Electronic, "electronic", QT_TRANSLATE_NOOP("ArchiveLoan", "electronic (电子)")},
};
const enumtable::Entry<LoanState> kLoanStates[] = {
    {LoanState::Requested, "requested", QT_TRANSLATE_NOOP("ArchiveLoan", "waiting for approval")},
    {LoanState::Lent, "lent", QT_TRANSLATE_NOOP("ArchiveLoan", "lent")},
    {LoanState::Refused, "refused", QT_TRANSLATE_NOOP("ArchiveLoan", "refused")},
    {LoanState::Returned, "returned", QT_TRANSLATE_NOOP("ArchiveLoan", "returned")},
};
} // namespace

QString loanFormCode(LoanForm f)
{
    return enumtable::code(kForms, f);
}
std::optional<LoanForm> loanFormFromCode(const QString &code)
{
    return enumtable::fromCode(kForms, code);
}
QString loanFormLabel(LoanForm f)
{
    return enumtable::label(kForms, "ArchiveLoan", f);
}
QString loanStateCode(LoanState s)
{
    return enumtable::code(kLoanStates, s);
}
std::optional<LoanState> loanStateFromCode(const QString &code)
{
    return enumtable::fromCode(kLoanStates, code);
}
QString loanStateLabel(LoanState s)
{
    return enumtable::label(kLoanStates, "ArchiveLoan", s);
}

} // namespace gw
