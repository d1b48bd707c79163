// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what the audit records of an incoming item.
#include "services/IncomingRecords.h"

namespace gw {

AuditFields Records<IncomingItem>::fields(const IncomingItem &i)
{
    auto ms = [](qint64 v) { return v > 0 ? QString::number(v) : QString(); };
    return {
        {QStringLiteral("sender"), QString::number(i.senderUnitId)},
        {QStringLiteral("doc_number"), i.docNumber},
        {QStringLiteral("title"), i.title},
        {QStringLiteral("genre"), genreCode(i.genre)},
        {QStringLiteral("urgency"), urgencyCode(i.urgency)},
        {QStringLiteral("secrecy"), clearanceCode(i.secrecy)},
        {QStringLiteral("secrecy_period"), i.secrecyPeriod},
        {QStringLiteral("copies"), QString::number(i.copies)},
        {QStringLiteral("copy_numbers"), i.copyNumbers},
        {QStringLiteral("receipt_number"), i.receiptNumber()},
        {QStringLiteral("received_at"), ms(i.receivedAtMs)},
        {QStringLiteral("due_at"), ms(i.dueAtMs)},
        {QStringLiteral("addressee"), addresseeCode(i.addressee)},
        {QStringLiteral("state"), i.state},
        {QStringLiteral("holder"), i.holder},
        {QStringLiteral("triage_rule"), i.triageRule},
        {QStringLiteral("triage_reason"), i.triageReason},
        {QStringLiteral("transfer_to"), i.transferTo > 0 ? QString::number(i.transferTo) : QString()},
        {QStringLiteral("proposal"), i.proposal},
        {QStringLiteral("instruction"), i.instruction},
        {QStringLiteral("reply"), i.reply},
    };
}

} // namespace gw
