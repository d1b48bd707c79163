// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what the audit records of a draft and a markup.
#include "services/DraftRecords.h"

namespace gw {

Error Records<Draft>::notCleared(const Principal &p, const Draft &d)
{
    return makeError(ErrorCode::Permission,
                     QCoreApplication::translate("DraftingService",
                                                 "Your clearance (%1) does not cover the secrecy level %2.")
                         .arg(clearanceLabel(p.clearance), clearanceLabel(d.fields.secrecy)));
}

AuditFields Records<Draft>::fields(const Draft &d)
{
    const DraftFields &f = d.fields;
    const QString sep = QStringLiteral("、");
    return {
        {QStringLiteral("title"), f.title},
        {QStringLiteral("genre"), genreCode(f.genre)},
        {QStringLiteral("issuer"), issuerCode(f.issuer)},
        {QStringLiteral("direction"), directionCode(f.direction)},
        {QStringLiteral("drafting_unit"), QString::number(f.draftingUnitId)},
        {QStringLiteral("normative"), f.normative ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("main_recipients"), f.mainRecipients.join(sep)},
        {QStringLiteral("cc_recipients"), f.ccRecipients.join(sep)},
        {QStringLiteral("attachments"), f.attachments.join(sep)},
        {QStringLiteral("urgency"), urgencyCode(f.urgency)},
        {QStringLiteral("secrecy"), clearanceCode(f.secrecy)},
        {QStringLiteral("secrecy_period"), f.secrecyPeriod},
        {QStringLiteral("signer"), f.signerId > 0 ? QString::number(f.signerId) : QString()},
        {QStringLiteral("replies_to"), f.repliesTo},
        {QStringLiteral("due_date"), f.dueDate.toString(Qt::ISODate)},
        {QStringLiteral("consultation"), f.needsConsultation ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("annotation"), f.annotation},
        {QStringLiteral("variant"), chainVariantCode(d.variant)},
        {QStringLiteral("state"), d.state},
        {QStringLiteral("body_version"), QString::number(d.currentVersion)},
        {QStringLiteral("signed_version"), QString::number(d.signedVersion)},
        {QStringLiteral("signed_by"), d.signedBy},
        {QStringLiteral("written_date"), d.writtenDate.toString(Qt::ISODate)},
        {QStringLiteral("doc_number"), d.docNumber},
        {QStringLiteral("released_at"), d.releasedAtMs > 0 ? QString::number(d.releasedAtMs) : QString()},
    };
}

bool Records<Markup>::visibleTo(Database &db, const Principal &p, const Markup &m)
{
    auto draft = DraftRepository(db).find(m.draftId);
    return draft && draft.value() && clearanceCovers(p.clearance, draft.value()->fields.secrecy);
}

AuditFields Records<Markup>::fields(const Markup &m)
{
    return {
        {QStringLiteral("draft"), QString::number(m.draftId)},
        {QStringLiteral("body_version"), QString::number(m.versionNumber)},
        {QStringLiteral("page"), QString::number(m.page + 1)},
        {QStringLiteral("kind"), markupKindCode(m.kind)},
        {QStringLiteral("category"), markupCategoryCode(m.category)},
        {QStringLiteral("step"), m.step},
        {QStringLiteral("comment"), m.comment},
        {QStringLiteral("status"), markupStatusCode(m.status)},
        {QStringLiteral("answer"), m.answer},
    };
}

} // namespace gw
