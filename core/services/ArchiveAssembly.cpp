// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — a finished document's 件: the files DA/T 22 puts in it, in its order.
#include "services/ArchiveInternal.h"

#include "domain/ArchiveStamp.h"
#include "domain/DocumentKinds.h"
#include "services/PrintingService.h"
#include "storage/ContentHash.h"
#include "storage/DraftRepository.h"
#include "storage/IncomingRepository.h"
#include "storage/OfficeRepository.h"
#include "storage/PrintRepository.h"
#include "workflow/ChainTable.h"
#include "workflow/WorkCalendar.h"

#include <QCoreApplication>
#include <QDateTime>

namespace gw::archiving {
namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("ArchiveService", s);
}

QString when(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                  : QString();
}

QString isoDay(qint64 ms)
{
    return WorkCalendar::localDate(QDateTime::fromMSecsSinceEpoch(ms)).toString(Qt::ISODate);
}

bool isPdf(const QByteArray &b)
{
    const qsizetype at = b.indexOf("%PDF-");
    return at >= 0 && at < 1024;
}

/// Adds one component; a PDF is inspected for its page count (the first document's facts are kept).
Status add(Assembled &a, ArchivePdf &pdf, ComponentRole role, const QString &name, const QByteArray &bytes,
           bool main = false)
{
    ArchiveComponent c;
    c.role = role;
    c.name = name;
    const ContentHash h = ContentHash::of(bytes);
    c.sha256 = h.sha256;
    c.sm3 = h.sm3;
    c.size = bytes.size();
    if (isPdf(bytes)) {
        auto facts = pdf.inspect(bytes, main ? InspectDepth::Full : InspectDepth::Pages);
        if (facts) {
            c.pages = facts.value().pages;
            if (main)
                a.mainFacts = facts.value();
        } else if (main) {
            return makeError(ErrorCode::Validation,
                             tr("The document's PDF cannot be opened, so it cannot be archived: %1")
                                 .arg(facts.error().message));
        } else {
            a.warnings << tr("%1 cannot be opened: %2").arg(name, facts.error().message);
        }
    }
    a.item.components << c;
    a.files << bytes;
    if (main)
        a.mainIndex = int(a.files.size()) - 1;
    return {};
}

Result<QByteArray> sheet(ArchivePdf &pdf, RecordSheet s)
{
    auto bytes = pdf.recordPdf(s);
    if (!bytes)
        return makeError(bytes.error().code, tr("The record “%1” could not be written as PDF: %2")
                                                 .arg(s.title, bytes.error().message));
    return bytes;
}

Status addSheet(Assembled &a, ArchivePdf &pdf, ComponentRole role, const QString &name, const RecordSheet &s)
{
    auto bytes = sheet(pdf, s);
    if (!bytes)
        return bytes.error();
    return add(a, pdf, role, name, bytes.value());
}

Status addForwarded(const Database &db, Assembled &a, ArchivePdf &pdf, const Principal &who, qint64 incomingId)
{
    IncomingRepository repo(db);
    auto item = repo.find(incomingId);
    if (!item)
        return item.error();
    if (!item.value() || !clearanceCovers(who.clearance, item.value()->secrecy))
        return makeError(ErrorCode::NotFound, tr("The forwarded incoming item does not exist or is not visible to you."));
    if (item.value()->state != QLatin1String(incoming::kDone))
        return makeError(ErrorCode::Validation, tr("“%1” is not done with: what a document forwards is archived with it "
                                                   "once its handling is finished.")
                                                    .arg(item.value()->title));
    // The 件 is as secret as the most secret of its files.
    if (int(item.value()->secrecy) > int(a.item.secrecy))
        a.item.secrecy = item.value()->secrecy;
    auto files = repo.attachments(incomingId);
    if (!files)
        return files.error();
    for (const IncomingAttachment &f : files.value()) {
        auto full = repo.attachment(incomingId, f.id);
        if (!full)
            return full.error();
        if (full.value())
            if (auto st = add(a, pdf, ComponentRole::Forwarded, f.name, full.value()->bytes); !st)
                return st;
    }
    a.item.forwardedId = incomingId;
    return {};
}

Status outgoing(const Database &db, const Principal &who, qint64 id, Assembled &a, ArchivePdf &pdf, const Office &o)
{
    DraftRepository drafts(db);
    auto found = drafts.find(id);
    if (!found)
        return found.error();
    if (!found.value() || !clearanceCovers(who.clearance, found.value()->fields.secrecy))
        return makeError(ErrorCode::NotFound, tr("The document does not exist or is not visible to you."));
    const Draft &d = *found.value();
    if (d.state != QLatin1String(step::kRelease))
        return makeError(ErrorCode::Validation,
                         tr("“%1” is not waiting to be archived: only a document released by the first reader is.")
                             .arg(d.fields.title));
    PrintRepository prints(db);
    auto readings = prints.readings(id);
    if (!readings)
        return readings.error();
    qint64 jobId = 0;
    for (const FirstReading &r : readings.value())
        if (r.passed)
            jobId = r.jobId;
    auto jobs = prints.jobs(id, true);
    if (!jobs)
        return jobs.error();
    const PrintJob *released = nullptr;
    for (const PrintJob &j : jobs.value())
        if (j.id == jobId)
            released = &j;
    if (!released || released->pdf.isEmpty())
        return makeError(ErrorCode::Validation,
                         tr("“%1” has no printed copy that the first reader passed; it cannot be archived.")
                             .arg(d.fields.title));
    ArchiveItem &item = a.item;
    item.source = ArchiveSource::Outgoing;
    item.sourceId = id;
    item.title = d.fields.title;
    item.responsible = PrintingService::issuerNames(o, d.fields.issuer).second.replace(QStringLiteral("　"),
                                                                                        QStringLiteral("、"));
    item.docNumber = d.docNumber;
    const QDate written = d.writtenDate.isValid() ? d.writtenDate
                                                  : WorkCalendar::localDate(QDateTime::fromMSecsSinceEpoch(d.releasedAtMs));
    item.date = written.toString(Qt::ISODate);
    item.code.year = written.year();
    item.secrecy = d.fields.secrecy;
    item.proposed = RetentionRules::propose(RetentionRules::ofOffice(o.retentionRules), d.fields.genre, true,
                                            d.fields.normative);

    if (auto st = add(a, pdf, ComponentRole::Released, QStringLiteral("正本.pdf"), released->pdf, true); !st)
        return st;
    item.pages = a.mainFacts.pages;

    auto routing = drafts.routing(id);
    if (!routing)
        return routing.error();
    RecordSheet slip;
    slip.title = QStringLiteral("发文稿纸");
    slip.fields = {{QStringLiteral("标题"), d.fields.title},
                   {QStringLiteral("文种"), genreLabel(d.fields.genre)},
                   {QStringLiteral("发文字号"), d.docNumber},
                   {QStringLiteral("发文机关"), item.responsible},
                   {QStringLiteral("主送"), d.fields.mainRecipients.join(QStringLiteral("、"))},
                   {QStringLiteral("抄送"), d.fields.ccRecipients.join(QStringLiteral("、"))},
                   {QStringLiteral("密级"), clearanceLabel(d.fields.secrecy)},
                   {QStringLiteral("缓急"), urgencyLabel(d.fields.urgency)},
                   {QStringLiteral("附件"), d.fields.attachments.join(QStringLiteral("；"))},
                   {QStringLiteral("签发"), QStringLiteral("%1　%2").arg(d.signedBy, when(d.signedAtMs))},
                   {QStringLiteral("成文日期"), item.date}};
    slip.tableHeader = {QStringLiteral("步骤"), QStringLiteral("办理"), QStringLiteral("办理人"),
                        QStringLiteral("时间"), QStringLiteral("意见")};
    for (const RoutingEntry &r : routing.value())
        slip.tableRows << QStringList{r.step, r.action, r.actorName, when(r.atMs), r.opinion};
    if (auto st = addSheet(a, pdf, ComponentRole::RoutingSlip, QStringLiteral("发文稿纸.pdf"), slip); !st)
        return st;

    auto versions = drafts.versions(id);
    if (!versions)
        return versions.error();
    for (const DraftVersion &head : versions.value()) {
        auto v = drafts.version(id, head.number);
        if (!v)
            return v.error();
        if (!v.value())
            continue;
        const bool isSigned = head.number == d.signedVersion;
        const ComponentRole role = isSigned ? ComponentRole::Signed : ComponentRole::Revision;
        const QString name = isSigned ? QStringLiteral("定稿（第%1稿）.pdf").arg(head.number)
                                      : QStringLiteral("第%1稿.pdf").arg(head.number);
        if (!v.value()->pdf.isEmpty()) {
            if (auto st = add(a, pdf, role, name, v.value()->pdf); !st)
                return st;
            continue;
        }
        RecordSheet text;
        text.title = isSigned ? QStringLiteral("定稿（第%1稿）").arg(head.number) : QStringLiteral("第%1稿").arg(head.number);
        text.fields = {{QStringLiteral("标题"), d.fields.title},
                       {QStringLiteral("拟稿"), QStringLiteral("%1　%2").arg(v.value()->authorName, when(v.value()->atMs))},
                       {QStringLiteral("正文"), v.value()->text}};
        if (auto st = addSheet(a, pdf, role, name, text); !st)
            return st;
    }

    RecordSheet reading;
    reading.title = QStringLiteral("第一读者校核记录");
    reading.fields = {{QStringLiteral("标题"), d.fields.title}, {QStringLiteral("发文字号"), d.docNumber}};
    reading.tableHeader = {QStringLiteral("时间"), QStringLiteral("校核人"), QStringLiteral("结果"),
                           QStringLiteral("说明"), QStringLiteral("核发")};
    for (const FirstReading &r : readings.value())
        reading.tableRows << QStringList{when(r.atMs), r.readerName,
                                         r.passed ? QStringLiteral("通过") : QStringLiteral("退回"), r.note,
                                         r.distribution.join(QStringLiteral("、"))};
    return addSheet(a, pdf, ComponentRole::FirstReading, QStringLiteral("第一读者校核记录.pdf"), reading);
}

Status incoming(const Database &db, const Principal &who, qint64 id, Assembled &a, ArchivePdf &pdf, const Office &o)
{
    IncomingRepository repo(db);
    auto found = repo.find(id);
    if (!found)
        return found.error();
    if (!found.value() || !clearanceCovers(who.clearance, found.value()->secrecy))
        return makeError(ErrorCode::NotFound, tr("The incoming item does not exist or is not visible to you."));
    const IncomingItem &i = *found.value();
    if (i.state != QLatin1String(incoming::kDone))
        return makeError(ErrorCode::Validation,
                         tr("“%1” is not done with: an incoming item is archived once its reply is recorded.")
                             .arg(i.title));
    auto files = repo.attachments(id);
    if (!files)
        return files.error();
    QList<IncomingAttachment> full;
    for (const IncomingAttachment &f : files.value()) {
        auto one = repo.attachment(id, f.id);
        if (!one)
            return one.error();
        if (one.value())
            full << *one.value();
    }
    const auto main = std::find_if(full.begin(), full.end(), [](const IncomingAttachment &f) { return isPdf(f.bytes); });
    if (main == full.end())
        return makeError(ErrorCode::Validation, tr("“%1” has no PDF of the document; scan it to PDF and add it to the "
                                                   "item before archiving.")
                                                    .arg(i.title));
    ArchiveItem &item = a.item;
    item.source = ArchiveSource::Incoming;
    item.sourceId = id;
    item.title = i.title;
    item.responsible = i.senderName;
    item.docNumber = i.docNumber;
    item.date = isoDay(i.receivedAtMs);
    item.code.year = WorkCalendar::localDate(QDateTime::fromMSecsSinceEpoch(i.receivedAtMs)).year();
    item.secrecy = i.secrecy;
    item.proposed = RetentionRules::propose(RetentionRules::ofOffice(o.retentionRules), i.genre, false, false);

    auto routes = repo.routes(id);
    if (!routes)
        return routes.error();
    auto events = repo.events(id);
    if (!events)
        return events.error();
    RecordSheet slip;
    slip.title = QStringLiteral("文件处理单");
    slip.fields = {{QStringLiteral("来文单位"), i.senderName},
                   {QStringLiteral("文号"), i.docNumber},
                   {QStringLiteral("标题"), i.title},
                   {QStringLiteral("收文编号"), i.receiptNumber()},
                   {QStringLiteral("收文时间"), when(i.receivedAtMs)},
                   {QStringLiteral("密级"), clearanceLabel(i.secrecy)},
                   {QStringLiteral("缓急"), urgencyLabel(i.urgency)},
                   {QStringLiteral("份数"), QString::number(i.copies)},
                   {QStringLiteral("拟办意见"), i.proposal},
                   {QStringLiteral("领导批示"), i.instruction},
                   {QStringLiteral("办理结果"), i.reply}};
    slip.tableHeader = {QStringLiteral("时间"), QStringLiteral("办理人"), QStringLiteral("办理"), QStringLiteral("意见")};
    for (const IncomingRoute &r : routes.value())
        slip.tableRows << QStringList{when(r.doneAtMs), r.userName,
                                      r.handles ? QStringLiteral("阅办") : QStringLiteral("阅知"), r.opinion};
    for (const IncomingEvent &e : events.value())
        slip.tableRows << QStringList{when(e.atMs), e.actorName, e.action, e.note};
    if (auto st = addSheet(a, pdf, ComponentRole::HandlingSlip, QStringLiteral("文件处理单.pdf"), slip); !st)
        return st;
    if (auto st = add(a, pdf, ComponentRole::Received, main->name, main->bytes, true); !st)
        return st;
    item.pages = a.mainFacts.pages;
    for (auto f = full.begin(); f != full.end(); ++f)
        if (f != main)
            if (auto st = add(a, pdf, ComponentRole::Attachment, f->name, f->bytes); !st)
                return st;
    return {};
}

} // namespace

Result<Assembled> assemble(const Database &db, const Principal &who, ArchiveSource source, qint64 id,
                           qint64 forwardedId, ArchivePdf &pdf)
{
    auto office = OfficeRepository(db).load();
    if (!office)
        return office.error();
    if (!office.value())
        return makeError(ErrorCode::Validation, tr("The office is not set up: its fonds number (全宗号) is unknown."));
    Assembled a;
    a.item.code.fonds = office.value()->fondsNo;
    a.item.code.organ = office.value()->organCode;
    const Status st = source == ArchiveSource::Outgoing ? outgoing(db, who, id, a, pdf, *office.value())
                                                        : incoming(db, who, id, a, pdf, *office.value());
    if (!st)
        return st.error();
    if (forwardedId > 0) {
        if (source != ArchiveSource::Outgoing)
            return makeError(ErrorCode::Validation, tr("Only a document the office issued forwards another."));
        if (auto f = addForwarded(db, a, pdf, who, forwardedId); !f)
            return f.error();
    }
    return a;
}

Status addStampedCopy(Assembled &a, ArchivePdf &pdf)
{
    if (a.mainIndex < 0)
        return makeError(ErrorCode::Validation, tr("The item has no document to stamp."));
    const StampPlacement place = placeStamp(a.mainFacts.firstPageSize, a.mainFacts.firstPageBoxes);
    if (!place.clear)
        a.warnings << tr("The first page has no blank space for the archival stamp (归档章) at its top; it was put "
                         "where it covers the least text.");
    auto stamped = pdf.stamp(a.files.at(a.mainIndex), ArchiveStamp::of(a.item), place.rect);
    if (!stamped)
        return makeError(stamped.error().code,
                         tr("The archival stamp (归档章) could not be put on the copy: %1").arg(stamped.error().message));
    return add(a, pdf, ComponentRole::Stamped, QStringLiteral("归档章副本.pdf"), stamped.value());
}

} // namespace gw::archiving
