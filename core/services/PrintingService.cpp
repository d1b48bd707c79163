// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — printing and the first reader.
#include "services/PrintingService.h"

#include "Clock.h"
#include "domain/Distribution.h"
#include "domain/UnitOrder.h"
#include "services/DraftingService.h"
#include "storage/DraftRepository.h"
#include "storage/OfficeRepository.h"
#include "storage/PrintRepository.h"
#include "storage/SerialRepository.h"
#include "storage/UnitRepository.h"
#include "storage/UserRepository.h"
#include "workflow/ChainEngine.h"
#include "workflow/WorkCalendar.h"

#include <QCryptographicHash>
#include <QSet>

#include <limits>

#include <tuple>

namespace gw {

namespace {
/// What a print says, apart from its 份号 and the day it was printed: a print whose hash differs from
/// the document's now is out of date.
QString contentHash(OfficialDocument doc)
{
    doc.copyNumber.clear();
    doc.printDate = QDate();
    return QString::fromLatin1(QCryptographicHash::hash(doc.printedText().join(QLatin1Char('\n')).toUtf8(),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

/// The office's own copy on the distribution list: a fixed term, stored as such.
const QString kFileCopy = QStringLiteral("存档");
} // namespace

QString PrintingService::copyNumberText(int number)
{
    return number > 0 ? QStringLiteral("%1").arg(number, 6, 10, QLatin1Char('0')) : QString();
}

std::pair<QString, QString> PrintingService::issuerNames(const Office &o, Issuer issuer)
{
    std::pair<QString, QString> out;
    const QString region = QString(o.signMark).remove(QStringLiteral("人民政府"));
    const QString party = QStringLiteral("中共") + region + QStringLiteral("委员会");
    switch (issuer) {
    case Issuer::DistrictGovernment:
        out.first = o.signMark;
        out.second = o.signMark;
        break;
    case Issuer::DistrictOffice:
        out.first = o.fullName;
        out.second = o.fullName;
        break;
    case Issuer::JointPartyGov:
        out.first = party + o.signMark;
        out.second = party + QStringLiteral("　") + o.signMark;
        break;
    case Issuer::JointOffices:
        out.first = party + QStringLiteral("办公室") + o.fullName;
        out.second = party + QStringLiteral("办公室　") + o.fullName;
        break;
    }
    return out;
}

Result<OfficialDocument> PrintingService::build(const Draft &d, int bodyVersion, int copy) const
{
    auto office = OfficeRepository(m_ctx.db).load();
    if (!office)
        return office.error();
    if (!office.value())
        return makeError(ErrorCode::Validation, tr("The office is not set up: its 发文机关标志 is unknown."));
    const Office &o = *office.value();
    auto version = DraftRepository(m_ctx.db).version(d.id, bodyVersion);
    if (!version)
        return version.error();
    const DraftFields &f = d.fields;
    OfficialDocument doc;
    doc.genre = f.genre;
    doc.copyNumber = copyNumberText(copy);
    doc.secrecy = f.secrecy;
    doc.secrecyPeriod = f.secrecyPeriod;
    doc.urgency = f.urgency;
    // The 标志 and the 署名 follow the issuer; a 函 or a 纪要 carries no 文件.
    std::tie(doc.signMark, doc.signature) = issuerNames(o, f.issuer);
    doc.fileStyle = f.genre != Genre::Letter && f.genre != Genre::Minutes;
    doc.docNumber = d.docNumber;
    doc.upward = f.direction == Direction::Upward;
    if (!d.signedBy.isEmpty()) {
        doc.signers = {d.signedBy};
    } else if (f.signerId > 0) { // before sign-off, the leader chosen to sign
        auto signer = UserRepository(m_ctx.db).find(f.signerId);
        if (!signer)
            return signer.error();
        if (signer.value())
            doc.signers = {signer.value()->user.displayName};
    }
    doc.title = f.title;
    doc.mainRecipients = f.mainRecipients;
    doc.body = version.value() ? version.value()->text : QString();
    doc.attachments = f.attachments;
    // Set at registration; before that, a preview shows the signing date, or today before signing.
    doc.writtenDate = d.writtenDate.isValid() ? d.writtenDate
                      : d.signedAtMs > 0
                          ? WorkCalendar::localDate(QDateTime::fromMSecsSinceEpoch(d.signedAtMs))
                          : WorkCalendar::localDate(m_ctx.clock.now());
    doc.annotation = f.annotation;
    // An issue of a serial names its number in the 附注 line: （《办文质量通报》2026年第3期）.
    auto issue = SerialRepository(m_ctx.db).issueOf(d.id);
    if (!issue)
        return issue.error();
    if (issue.value() && issue.value()->number > 0)
        doc.annotation = f.annotation.isEmpty() ? issue.value()->label()
                                                : issue.value()->label() + QStringLiteral("；") + f.annotation;
    doc.ccRecipients = f.ccRecipients;
    doc.printOffice = o.fullName;
    doc.printDate = WorkCalendar::localDate(m_ctx.clock.now());
    return doc;
}

Result<OfficialDocument> PrintingService::officialDocument(const Actor &actor, qint64 draftId, int copy) const
{
    auto d = m_drafting.visible(actor, draftId);
    if (!d)
        return d.error();
    return build(d.value(), d.value().currentVersion, copy);
}

Result<OfficialDocument> PrintingService::signedDocument(const Actor &actor, qint64 draftId) const
{
    auto d = m_drafting.visible(actor, draftId);
    if (!d)
        return d.error();
    if (d.value().signedVersion <= 0)
        return makeError(ErrorCode::Validation, tr("The document is not signed."));
    auto job = printToRead(actor, draftId);
    const int copy = job && !job.value().copies.isEmpty() ? job.value().copies.first().number : 0;
    auto doc = build(d.value(), d.value().signedVersion, copy);
    if (doc && job)
        doc.value().printDate =
            WorkCalendar::localDate(QDateTime::fromMSecsSinceEpoch(job.value().printedAtMs));
    return doc;
}

Result<QList<FormatFinding>> PrintingService::formatCheck(const Actor &actor, qint64 draftId) const
{
    auto doc = officialDocument(actor, draftId);
    if (!doc)
        return doc.error();
    return FormatRules::check(doc.value());
}

Result<QStringList> PrintingService::distributionList(const Actor &actor, qint64 draftId, bool byUnit) const
{
    auto d = m_drafting.visible(actor, draftId);
    if (!d)
        return d.error();
    QStringList out = d.value().fields.mainRecipients + d.value().fields.ccRecipients;
    if (byUnit) {
        UnitFilter everyUnit;
        everyUnit.limit = std::numeric_limits<int>::max();
        auto units = UnitRepository(m_ctx.db).list(everyUnit);
        if (!units)
            return units.error();
        sortUnits(units.value());
        const QList<DistributionEntry> entries = expandRecipients(out, units.value());
        out.clear();
        for (const DistributionEntry &e : entries)
            out.append(e.recipient);
    }
    out.append(kFileCopy);
    return out;
}

Result<int> PrintingService::nextCopyNumber(const Actor &actor, qint64 draftId) const
{
    if (auto d = m_drafting.visible(actor, draftId); !d)
        return d.error();
    auto printed = PrintRepository(m_ctx.db).printedNumbers(draftId);
    if (!printed)
        return printed.error();
    int next = 1;
    for (auto it = printed.value().cbegin(); it != printed.value().cend(); ++it)
        next = qMax(next, it.key() + 1);
    return next;
}

Result<PrintJob> PrintingService::recordPrint(const Actor &actor, qint64 draftId, qint64 expectedVersion,
                                              QList<PrintCopy> copies, const QString &device,
                                              const QByteArray &pdf)
{
    PrintJob job;
    auto done = m_drafting.change(
        actor, {Action::PrintDocument, QStringLiteral("draft.print")}, draftId, expectedVersion,
        [&](WriteScope &w, Draft &d, RoutingEntry &e) -> Status {
            const bool printable =
                d.state == QLatin1String(step::kPrinting) || d.state == QLatin1String(step::kFirstReading);
            if (!printable || d.docNumber.isEmpty())
                return makeError(
                    ErrorCode::Validation,
                    tr("Only a registered document waiting for printing or for the first reader is "
                       "printed (it is at “%1”).")
                        .arg(ChainEngine::stepLabel(d.variant, d.state)));
            auto doc = build(d, d.currentVersion, 0);
            if (!doc)
                return doc.error();
            const QList<FormatFinding> findings = FormatRules::check(doc.value());
            if (!findings.isEmpty())
                return makeError(
                    ErrorCode::Validation,
                    tr("The format check finds %n problem(s); the first: %1", nullptr, int(findings.size()))
                        .arg(findings.first().message));
            if (copies.isEmpty())
                return makeError(ErrorCode::Validation, tr("Choose the copies to print."));
            if (!pdf.startsWith("%PDF-"))
                return makeError(
                    ErrorCode::Validation,
                    tr("The print is logged with its PDF, which the first reader reads; none was given."));
            auto printed = PrintRepository(m_ctx.db).printedNumbers(d.id);
            if (!printed)
                return printed.error();
            QSet<int> numbers;
            for (PrintCopy &c : copies) {
                if (c.number <= 0 || numbers.contains(c.number))
                    return makeError(ErrorCode::Validation,
                                     tr("Copy numbers are positive and each is printed once "
                                        "per print (%1).")
                                         .arg(c.number));
                numbers.insert(c.number);
                c.recipient = c.recipient.trimmed();
                c.reprint = printed.value().contains(c.number);
                job.reprint = job.reprint || c.reprint;
                // A reprint replaces the copy: it goes to whom that number went to.
                const QString before = printed.value().value(c.number);
                if (c.reprint && !before.isEmpty() && c.recipient.isEmpty())
                    c.recipient = before;
                else if (c.reprint && !before.isEmpty() && c.recipient != before)
                    return makeError(
                        ErrorCode::Validation,
                        tr("份号 %1 was printed for %2; a reprint of it goes to the same recipient.")
                            .arg(copyNumberText(c.number), before));
                if (d.fields.secrecy != Clearance::None && c.recipient.isEmpty())
                    return makeError(
                        ErrorCode::Validation,
                        tr("A classified document records the recipient of every copy: copy %1 has "
                           "none.")
                            .arg(copyNumberText(c.number)));
            }
            job.draftId = d.id;
            job.version = d.currentVersion;
            job.printedAtMs = e.atMs;
            job.printedBy = w.who.userId;
            job.printedByName = w.who.displayName;
            job.device = device;
            job.pdf = pdf;
            job.sha256 =
                QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
            job.contentSha256 = contentHash(doc.value());
            job.copies = copies;
            auto id = PrintRepository(w.db).insertJob(job);
            if (!id)
                return id.error();
            job.id = id.value();
            e.action = job.reprint ? QStringLiteral("reprint") : QStringLiteral("print");
            e.opinion =
                tr("份号 %1–%2, %n copy(ies), on %3", nullptr, int(copies.size()))
                    .arg(copyNumberText(copies.first().number), copyNumberText(copies.last().number), device);
            return {};
        });
    if (!done)
        return done.error();
    job.pdf.clear();
    return job;
}

Result<QList<PrintJob>> PrintingService::printLog(const Actor &actor, qint64 draftId) const
{
    if (auto d = m_drafting.visible(actor, draftId); !d)
        return d.error();
    return PrintRepository(m_ctx.db).jobs(draftId);
}

Result<QHash<qint64, int>> PrintingService::copyCounts(const Actor &who, const QList<Draft> &drafts) const
{
    auto actor = m_ctx.resolve(who);
    if (!actor)
        return actor.error();
    QList<qint64> ids;
    for (const Draft &d : drafts)
        ids.append(d.id);
    return PrintRepository(m_ctx.db).copyCounts(ids,
                                                actor.value().clearance); // secrecy as stored, not as given
}

Result<PrintJob> PrintingService::printToRead(const Actor &actor, qint64 draftId) const
{
    auto d = m_drafting.visible(actor, draftId);
    if (!d)
        return d.error();
    auto jobs = PrintRepository(m_ctx.db).jobs(draftId, true);
    if (!jobs)
        return jobs.error();
    for (auto it = jobs.value().crbegin(); it != jobs.value().crend(); ++it) {
        if (it->version == d.value().currentVersion)
            return *it;
    }
    return makeError(ErrorCode::NotFound,
                     tr("The current version of “%1” has not been printed.").arg(d.value().fields.title));
}

Result<PrintJob> PrintingService::currentPrint(const Draft &d, const OfficialDocument &now) const
{
    auto jobs = PrintRepository(m_ctx.db).jobs(d.id);
    if (!jobs)
        return jobs.error();
    const PrintJob *latest = nullptr;
    for (const PrintJob &j : jobs.value()) {
        if (j.version == d.currentVersion)
            latest = &j;
    }
    if (!latest)
        return makeError(ErrorCode::Validation, tr("The current version has not been printed."));
    if (latest->contentSha256 != contentHash(now))
        return makeError(ErrorCode::Validation,
                         tr("The document has changed since it was printed (for example its "
                            "成文日期 or the office's details): print it again."));
    return *latest;
}

Result<Draft> PrintingService::sendToFirstReader(const Actor &actor, qint64 draftId, qint64 expectedVersion)
{
    return m_drafting.change(
        actor, {Action::PrintDocument, QStringLiteral("draft.printed")}, draftId, expectedVersion,
        [&](WriteScope &w, Draft &d, RoutingEntry &e) -> Status {
            if (d.state != QLatin1String(step::kPrinting))
                return makeError(ErrorCode::Validation, tr("The document is not waiting for printing."));
            auto move = ChainEngine::transition(ChainEngine::factsOf(d), d.state, ChainAction::Pass, w.who);
            if (!move)
                return move.error();
            auto doc = build(d, d.currentVersion, 0);
            if (!doc)
                return doc.error();
            if (auto printed = currentPrint(d, doc.value()); !printed)
                return printed.error();
            e.action = QStringLiteral("printed");
            e.toStep = move.value().to;
            d.state = move.value().to;
            return {};
        });
}

Result<Draft> PrintingService::atFirstReader(const Actor &actor, qint64 draftId, qint64 expectedVersion,
                                             const QString &auditAction,
                                             const DraftingService::Mutation &change)
{
    return m_drafting.change(
        actor, {Action::FirstRead, auditAction}, draftId, expectedVersion,
        [&](WriteScope &w, Draft &d, RoutingEntry &e) -> Status {
            if (d.state != QLatin1String(step::kFirstReading))
                return makeError(ErrorCode::Validation,
                                 tr("The document is not waiting for the first reader."));
            if (auto st = ChainEngine::mayAct(ChainEngine::factsOf(d), d.state, w.who); !st)
                return st;
            return change(w, d, e);
        });
}

Result<Draft> PrintingService::pass(const Actor &actor, qint64 draftId, qint64 expectedVersion,
                                    const QStringList &checklist, const QStringList &distribution)
{
    return atFirstReader(
        actor, draftId, expectedVersion, QStringLiteral("draft.release"),
        [&](WriteScope &w, Draft &d, RoutingEntry &e) -> Status {
            auto move = ChainEngine::transition(ChainEngine::factsOf(d), d.state, ChainAction::Pass, w.who);
            if (!move)
                return move.error();
            auto doc = build(d, d.currentVersion, 0); // the document as it prints now
            if (!doc)
                return doc.error();
            auto job = currentPrint(d, doc.value());
            if (!job)
                return job.error();
            const qint64 jobId = job.value().id;
            if (const auto findings = FormatRules::check(doc.value()); !findings.isEmpty())
                return makeError(ErrorCode::Validation,
                                 tr("The format check finds %n problem(s): the document cannot pass.",
                                    nullptr, int(findings.size())));
            QStringList missing;
            for (const QString &code : FirstReaderChecklist::codes()) {
                if (!checklist.contains(code))
                    missing.append(FirstReaderChecklist::label(code));
            }
            if (!missing.isEmpty())
                return makeError(
                    ErrorCode::Validation,
                    tr("The checklist is not complete: %1").arg(missing.join(QStringLiteral("；"))));
            QStringList to;
            for (const QString &r : distribution) {
                if (!r.trimmed().isEmpty())
                    to.append(r.trimmed());
            }
            if (to.isEmpty())
                return makeError(ErrorCode::Validation, tr("Name whom the document is released to."));
            FirstReading r;
            r.draftId = d.id;
            r.version = d.currentVersion;
            r.jobId = jobId;
            r.passed = true;
            r.checklist = checklist;
            r.distribution = to;
            r.readerId = w.who.userId;
            r.readerName = w.who.displayName;
            r.atMs = e.atMs;
            if (auto id = PrintRepository(m_ctx.db).insertReading(r); !id)
                return id.error();
            e.action = QStringLiteral("release");
            e.opinion = to.join(QStringLiteral("，"));
            e.toStep = move.value().to;
            d.state = move.value().to;
            d.releasedAtMs = e.atMs;
            d.dueAtMs = 0;
            return {};
        });
}

Result<Draft> PrintingService::fail(const Actor &actor, qint64 draftId, qint64 expectedVersion,
                                    MarkupCategory category, FirstReadingReturn backTo, const QString &note)
{
    return atFirstReader(
        actor, draftId, expectedVersion, QStringLiteral("draft.first_read_fail"),
        [&](WriteScope &w, Draft &d, RoutingEntry &e) -> Status {
            if (note.trimmed().isEmpty())
                return makeError(ErrorCode::Validation, tr("Say what is wrong with the print."));
            auto jobs = PrintRepository(m_ctx.db).jobs(d.id);
            if (!jobs)
                return jobs.error();
            FirstReading r;
            r.draftId = d.id;
            r.version = d.currentVersion;
            for (const PrintJob &j : jobs.value()) {
                if (j.version == d.currentVersion)
                    r.jobId = j.id; // the latest print of the version read
            }
            r.passed = false;
            r.category = category;
            r.backTo = backTo;
            r.note = note.trimmed();
            r.readerId = w.who.userId;
            r.readerName = w.who.displayName;
            r.atMs = e.atMs;
            if (r.jobId == 0)
                return makeError(ErrorCode::Validation, tr("There is no print to fail."));
            if (auto id = PrintRepository(m_ctx.db).insertReading(r); !id)
                return id.error();
            e.action = QStringLiteral("first_read_fail");
            e.opinion = markupCategoryLabel(category) + QStringLiteral("：") + r.note;
            e.backflow = true;
            e.backflowUnitId = d.fields.draftingUnitId;
            if (backTo == FirstReadingReturn::Signer) {
                // A content change: the signature is void and the signer decides again.
                d.signedVersion = 0;
                d.signedAtMs = 0;
                d.signedBy.clear();
                d.writtenDate = QDate();
                d.state = ChainEngine::signStep(d.variant);
                d.dueAtMs = m_drafting.dueFor(d, d.state);
            } else {
                d.state = QString::fromLatin1(step::kPrinting); // 秘书科 fixes the wording and prints again
            }
            e.toStep = d.state;
            return {};
        });
}

Result<QList<FirstReading>> PrintingService::readings(const Actor &actor, qint64 draftId) const
{
    if (auto d = m_drafting.visible(actor, draftId); !d)
        return d.error();
    return PrintRepository(m_ctx.db).readings(draftId);
}

} // namespace gw
