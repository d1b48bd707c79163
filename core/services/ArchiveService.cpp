// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — 档案: archiving, the catalogue, reading archived files and the 四性 checks.
#include "services/ArchiveService.h"

#include "Clock.h"
#include "services/ArchiveInternal.h"
#include "services/ArchivePdf.h"
#include "services/ArchiveRecords.h"
#include "services/DraftRecords.h"
#include "services/DraftingService.h"
#include "storage/DraftRepository.h"
#include "workflow/ChainEngine.h"
#include "workflow/ChainTable.h"
#include "storage/AuditRepository.h"
#include "storage/ContentHash.h"
#include "storage/NumberingRepository.h"
#include "storage/OfficeRepository.h"

namespace gw {

QString ArchiveService::sequenceKey(const ArchiveCode &code)
{
    return QStringLiteral("archive:%1-%2-%3-%4")
        .arg(code.fonds, code.category, retentionCode(code.retention), code.organ);
}

namespace {
/// The chain's last step, taken in the archiving transaction: 归档, with the 档号 on the routing slip.
Status endChain(WriteScope &w, const ArchiveItem &item)
{
    DraftRepository drafts(w.db);
    auto found = drafts.find(item.sourceId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, ArchiveService::tr("The document does not exist."));
    Draft d = *found.value();
    const AuditFields before = Records<Draft>::fields(d);
    auto st = DraftingService::mutateInScope(w, d, [&](WriteScope &scope, Draft &draft, RoutingEntry &e) -> Status {
        if (draft.state != QLatin1String(step::kRelease))
            return makeError(ErrorCode::Conflict,
                             ArchiveService::tr("“%1” is no longer waiting to be archived.").arg(draft.fields.title));
        auto move = ChainEngine::transition(ChainEngine::factsOf(draft), draft.state, ChainAction::Pass, scope.who);
        if (!move)
            return move.error();
        e.action = QStringLiteral("archive");
        e.opinion = item.code.toString();
        e.toStep = move.value().to;
        draft.state = move.value().to;
        draft.dueAtMs = 0;
        return {};
    });
    if (!st)
        return st;
    auto v = Records<Draft>::save(w.db, d, w.nowMs, w.who.displayName);
    if (!v)
        return v.error();
    d.version = v.value();
    w.audit(AuditNote{QStringLiteral("draft.archive"), QLatin1String(Records<Draft>::kType), d.id, {},
                      AuditDiff::between(before, Records<Draft>::fields(d))});
    return {};
}
} // namespace

Result<QList<ArchiveCandidate>> ArchiveService::candidates(const Actor &actor) const
{
    auto who = m_ctx.authorize(actor, Action::ArchiveItem);
    if (!who)
        return who.error();
    auto found = ArchiveRepository(m_ctx.db).candidates(who.value().clearance);
    if (!found)
        return found.error();
    auto office = OfficeRepository(m_ctx.db).load();
    if (!office)
        return office.error();
    const QList<RetentionRule> rules =
        RetentionRules::ofOffice(office.value() ? office.value()->retentionRules : QString());
    for (ArchiveCandidate &c : found.value())
        c.proposed = RetentionRules::propose(rules, genreFromCode(c.genre).value_or(Genre::Circular),
                                             c.source == ArchiveSource::Outgoing, c.normative);
    return found;
}

Result<ArchiveProposal> ArchiveService::propose(const Actor &actor, ArchiveSource source, qint64 id,
                                                ArchivePdf &pdf) const
{
    auto who = m_ctx.authorize(actor, Action::ArchiveItem);
    if (!who)
        return who.error();
    auto a = archiving::assemble(m_ctx.db, who.value(), source, id, 0, pdf);
    if (!a)
        return a.error();
    a.value().item.code.retention = a.value().item.proposed;
    a.value().item.components = ArchiveItem::ordered(a.value().item.components);
    return ArchiveProposal{a.value().item, a.value().warnings};
}

Status ArchiveService::archivedAlready(ArchiveSource source, qint64 id, Database *in) const
{
    ArchiveRepository repo(in ? *in : m_ctx.db);
    auto done = repo.findBySource(source, id);
    if (!done)
        return done.error();
    if (!done.value())
        return {};
    auto item = repo.find(*done.value());
    if (!item)
        return item.error();
    return makeError(ErrorCode::Conflict, tr("This document has been archived already as %1.")
                                              .arg(item.value() ? item.value()->code.toString() : QString()));
}

Result<ArchiveOutcome> ArchiveService::archive(const Actor &actor, const ArchiveRequest &request, ArchivePdf &pdf)
{
    auto who = m_ctx.authorize(actor, Action::ArchiveItem);
    if (!who)
        return who.error();
    if (auto done = archivedAlready(request.source, request.id); !done)
        return done.error();
    if (request.forwardedId > 0)
        if (auto done = archivedAlready(ArchiveSource::Incoming, request.forwardedId); !done)
            return done.error();
    // The files are gathered and read before the write lock is taken; only the number and the stamp
    // that carries it are made inside the transaction.
    auto gathered = archiving::assemble(m_ctx.db, who.value(), request.source, request.id, request.forwardedId, pdf);
    if (!gathered)
        return gathered.error();
    archiving::Assembled a = gathered.value();
    a.item.code.retention = request.retention;
    a.item.remark = request.remark.trimmed();
    auto stored = m_ctx.create<ArchiveItem>(
        actor, {Action::ArchiveItem, QStringLiteral("archive.file")}, a.item,
        [&](WriteScope &w, ArchiveItem &item) -> Status {
            if (auto done = archivedAlready(item.source, item.sourceId, &w.db); !done)
                return done;
            if (item.forwardedId > 0)
                if (auto done = archivedAlready(ArchiveSource::Incoming, item.forwardedId, &w.db); !done)
                    return done;
            item.code.item = 1; // checked with a valid number; the real one comes next
            if (auto st = item.code.check(); !st)
                return st;
            auto n = NumberingRepository(w.db).next(sequenceKey(item.code), item.code.year);
            if (!n)
                return n.error();
            if (n.value() > 9999)
                return makeError(ErrorCode::Validation,
                                 tr("The item numbers of %1 for this retention are used up (9999).").arg(item.code.year));
            item.code.item = n.value();
            item.archivedAtMs = w.nowMs;
            item.archivedBy = w.who.displayName;
            a.item = item;
            if (auto st = archiving::addStampedCopy(a, pdf); !st)
                return st;
            item.components = ArchiveItem::ordered(a.item.components);
            return {};
        },
        [&](WriteScope &w, ArchiveItem &item) -> Status {
            ArchiveRepository repo(w.db);
            // The bytes follow the components as gathered; ordered() kept each component's digests.
            for (const ArchiveComponent &c : item.components) {
                const auto at = std::find_if(a.item.components.begin(), a.item.components.end(),
                                             [&](const ArchiveComponent &x) { return x.sha256 == c.sha256; });
                if (auto st = repo.addComponent(item.id, c, a.files.at(int(at - a.item.components.begin()))); !st)
                    return st;
            }
            w.remark(QStringLiteral("components"), QString::number(item.components.size()));
            return item.source == ArchiveSource::Outgoing ? endChain(w, item) : Status{};
        });
    if (!stored)
        return stored.error();
    Q_EMIT archiveChanged(stored.value().id);
    ArchiveOutcome out{stored.value(), a.warnings, {}};
    auto report = check(actor, pdf, QStringLiteral("archiving"), stored.value().id);
    if (report)
        out.findings = report.value().findings;
    return out;
}

Result<ArchiveItem> ArchiveService::get(const Actor &actor, qint64 id) const
{
    auto who = m_ctx.resolve(actor);
    if (!who)
        return who.error();
    auto may = mayRead(who.value(), id);
    if (!may)
        return may.error();
    if (!may.value())
        return makeError(ErrorCode::Permission, Permissions::check(who.value(), Action::ViewArchive).error().message);
    auto found = ArchiveRepository(m_ctx.db).find(id);
    if (!found)
        return found.error();
    if (!found.value() || !clearanceCovers(who.value().clearance, found.value()->secrecy))
        return makeError(ErrorCode::NotFound, Records<ArchiveItem>::notFound());
    return *found.value();
}

Result<QList<ArchiveItem>> ArchiveService::list(const Actor &actor, ArchiveFilter filter) const
{
    auto who = m_ctx.authorize(actor, Action::ViewArchive);
    if (!who)
        return who.error();
    filter.clearance = who.value().clearance;
    return ArchiveRepository(m_ctx.db).list(filter);
}

Result<QList<int>> ArchiveService::years(const Actor &actor) const
{
    auto who = m_ctx.authorize(actor, Action::ViewArchive);
    if (!who)
        return who.error();
    return ArchiveRepository(m_ctx.db).years(who.value().clearance);
}

Result<QByteArray> ArchiveService::componentBytes(const Actor &actor, qint64 itemId, int position)
{
    auto who = m_ctx.resolve(actor);
    if (!who)
        return who.error();
    auto may = mayRead(who.value(), itemId);
    if (!may)
        return may.error();
    if (!may.value())
        return makeError(ErrorCode::Permission,
                         tr("Archived files are read by the archive's keepers, or by a borrower whose electronic loan "
                            "is approved and not past its due date."));
    auto found = ArchiveRepository(m_ctx.db).find(itemId);
    if (!found)
        return found.error();
    if (!found.value() || !clearanceCovers(who.value().clearance, found.value()->secrecy))
        return makeError(ErrorCode::NotFound, Records<ArchiveItem>::notFound());
    const ArchiveItem &item = *found.value();
    const auto c = std::find_if(item.components.begin(), item.components.end(),
                                [position](const ArchiveComponent &x) { return x.position == position; });
    if (c == item.components.end())
        return makeError(ErrorCode::NotFound, tr("The archived item has no component %1.").arg(position));
    auto bytes = ArchiveRepository(m_ctx.db).fileBytes(c->sha256);
    if (!bytes)
        return bytes.error();
    if (!bytes.value() || !(ContentHash::of(*bytes.value()) == ContentHash{c->sha256, c->sm3}))
        return makeError(ErrorCode::Tampered, tr("The stored file “%1” of %2 does not match its digests; it was "
                                                 "changed or lost. Run the archive check (四性检测) and restore it "
                                                 "from a backup.")
                                                  .arg(c->name, item.code.toString()));
    // Reading an archived file is recorded, like a signature in the paper register of use.
    auto st = m_ctx.commit(who.value(), [&](WriteScope &w) -> Status {
        AuditDiff diff;
        diff.remark(QStringLiteral("code"), item.code.toString());
        diff.remark(QStringLiteral("component"), c->name);
        w.audit(AuditNote{QStringLiteral("archive.read"), QLatin1String(Records<ArchiveItem>::kType), itemId, {}, diff});
        return {};
    });
    if (!st)
        return st.error();
    return *bytes.value();
}

Result<ArchiveItem> ArchiveService::setRemark(const Actor &actor, qint64 id, qint64 expectedVersion,
                                              const QString &remark)
{
    auto out = m_ctx.update<ArchiveItem>(actor, {Action::ArchiveItem, QStringLiteral("archive.remark")}, id,
                                         expectedVersion, [&](WriteScope &, ArchiveItem &a) -> Status {
                                             if (remark.trimmed().size() > 200)
                                                 return makeError(ErrorCode::Validation,
                                                                  tr("A remark is at most 200 characters."));
                                             a.remark = remark.trimmed();
                                             return {};
                                         });
    if (out)
        Q_EMIT archiveChanged(id);
    return out;
}

Result<ArchiveCheckReport> ArchiveService::check(const Actor &actor, ArchivePdf &pdf, const QString &reason,
                                                 qint64 onlyItem, const std::function<bool(int, int)> &going)
{
    auto who = m_ctx.authorize(actor, Action::ArchiveItem);
    if (!who)
        return who.error();
    ArchiveRepository repo(m_ctx.db);
    QList<qint64> ids;
    if (onlyItem > 0) {
        ids << onlyItem;
    } else {
        ArchiveFilter all;
        all.clearance = who.value().clearance;
        all.limit = 1000000;
        auto items = repo.list(all);
        if (!items)
            return items.error();
        for (const ArchiveItem &i : items.value())
            ids << i.id;
    }
    ArchiveCheckReport report;
    report.atMs = m_ctx.clock.nowMs();
    report.byName = who.value().displayName;
    report.reason = reason;
    AuditRepository audit(m_ctx.db);
    const auto bytes = [&repo](const QString &sha) -> std::optional<QByteArray> {
        auto b = repo.fileBytes(sha);
        return b ? b.value() : std::nullopt;
    };
    const auto facts = [&pdf](const QByteArray &b, bool withText) -> std::pair<std::optional<PdfFacts>, QString> {
        auto f = pdf.inspect(b, withText ? InspectDepth::Full : InspectDepth::Usability);
        if (!f)
            return {std::nullopt, f.error().message};
        return {f.value(), QString()};
    };
    for (int n = 0; n < ids.size(); ++n) {
        if (going && !going(n, int(ids.size()))) {
            report.complete = false;
            break;
        }
        auto item = repo.find(ids.at(n));
        if (!item)
            return item.error();
        if (!item.value() || !clearanceCovers(who.value().clearance, item.value()->secrecy))
            continue;
        AuditRepository::Filter trail;
        trail.objectType = item.value()->source == ArchiveSource::Outgoing ? QStringLiteral("draft")
                                                                           : QStringLiteral("incoming");
        trail.objectId = QString::number(item.value()->sourceId);
        trail.limit = 2;
        auto entries = audit.find(trail);
        if (!entries)
            return entries.error();
        // Its history before archiving: an entry other than the one archiving wrote.
        const bool hasTrail = std::any_of(entries.value().begin(), entries.value().end(), [](const AuditEntry &e) {
            return e.action != QLatin1String("draft.archive");
        });
        report.findings << ArchiveChecker::checkItem(*item.value(), bytes, facts, hasTrail);
        ++report.items;
    }
    if (onlyItem == 0 && report.complete) {
        auto seqs = repo.sequences();
        if (!seqs)
            return seqs.error();
        report.findings << ArchiveChecker::checkGaps(seqs.value());
        auto office = OfficeRepository(m_ctx.db).load();
        if (!office)
            return office.error();
        auto last = repo.lastBackup();
        if (!last)
            return last.error();
        if (auto f = ArchiveChecker::checkBackup(last.value(), report.atMs, office.value() ? office.value()->backupDays : 7))
            report.findings << *f;
    }
    if (going)
        going(int(ids.size()), int(ids.size()));
    auto st = m_ctx.commit(who.value(), [&](WriteScope &w) -> Status {
        auto id = ArchiveRepository(w.db).addCheck(ArchiveCheckRun{0, report.atMs, report.byName, report.reason,
                                                                  report.items, int(report.findings.size()),
                                                                  report.complete, report.toJson()});
        if (!id)
            return id.error();
        AuditDiff diff;
        diff.remark(QStringLiteral("reason"), reason);
        diff.remark(QStringLiteral("items"), QString::number(report.items));
        diff.remark(QStringLiteral("findings"), QString::number(report.findings.size()));
        w.audit(AuditNote{QStringLiteral("archive.check"), QStringLiteral("archive_check"), id.value(), {}, diff});
        return {};
    });
    if (!st)
        return st.error();
    return report;
}

Result<std::optional<ArchiveCheckRun>> ArchiveService::lastCheck(const Actor &actor) const
{
    auto who = m_ctx.authorize(actor, Action::ViewArchive);
    if (!who)
        return who.error();
    auto last = ArchiveRepository(m_ctx.db).lastCheck();
    if (!last || !last.value())
        return last;
    // Findings on 件 above the reader's clearance are not theirs to read.
    ArchiveCheckRun run = *last.value();
    const ArchiveCheckReport seen = ArchiveCheckReport::fromJson(run.report).within(who.value().clearance);
    run.failures = int(seen.findings.size());
    run.report = seen.toJson();
    return std::optional<ArchiveCheckRun>(run);
}

Result<BackupManifest> ArchiveService::backup(const Actor &actor, const QString &file, const BackupProgress &going)
{
    auto who = m_ctx.authorize(actor, Action::MakeBackup);
    if (!who)
        return who.error();
    auto highest = ArchiveRepository(m_ctx.db).highestSecrecy();
    if (!highest)
        return highest.error();
    if (!clearanceCovers(who.value().clearance, highest.value()))
        return makeError(ErrorCode::Permission, tr("A backup copies every record, up to %1; your clearance (%2) does not "
                                                   "cover them.")
                                                    .arg(clearanceLabel(highest.value()), clearanceLabel(who.value().clearance)));
    return makeBackup(who.value(), file, going);
}

Result<BackupManifest> ArchiveService::backupByProgram(const QString &file, const BackupProgress &going)
{
    return makeBackup(Principal{}, file, going);
}

Result<BackupManifest> ArchiveService::makeBackup(const Principal &who, const QString &file, const BackupProgress &going)
{
    auto made = Backup::make(m_ctx.db, file, going);
    if (!made)
        return made.error();
    const BackupManifest &m = made.value();
    auto st = m_ctx.commit(who, [&](WriteScope &w) -> Status {
        if (auto st = ArchiveRepository(w.db).addBackup(w.nowMs, file, m.payloadSize, m.payloadSha256, w.who.displayName);
            !st)
            return st;
        AuditDiff diff;
        diff.remark(QStringLiteral("file"), file);
        diff.remark(QStringLiteral("sha256"), m.payloadSha256);
        diff.remark(QStringLiteral("archive_files"), QString::number(m.archiveFiles));
        w.audit(AuditNote{QStringLiteral("backup.make"), QStringLiteral("backup"), 0, file, diff});
        return {};
    });
    if (!st)
        return st.error();
    Q_EMIT backupMade();
    return made;
}

Result<qint64> ArchiveService::lastBackup(const Actor &actor) const
{
    auto who = m_ctx.authorize(actor, Action::ViewArchive);
    if (!who)
        return who.error();
    return ArchiveRepository(m_ctx.db).lastBackup();
}

} // namespace gw
