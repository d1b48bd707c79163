// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — benchmarks of 档案.
#include "bench_archive.h"

#include "bench_need.h"

#include "SampleOffice.h"
#include "domain/OfficialDocument.h"
#include "pdf/ArchivePdfTools.h"
#include "pdf/PdfWorkerClient.h"
#include "pdf/Typesetter.h"
#include "services/ArchiveService.h"
#include "services/AuthService.h"
#include "services/OfficeService.h"
#include "services/UnitService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "storage/Backup.h"
#include "storage/ContentHash.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <cstdio>
#include <cstdlib>

namespace gw::bench {
namespace {

[[noreturn]] void fail(const QString &what)
{
    stop("archive", 23, what);
}

template <typename R> auto need(R r, const char *what)
{
    return needOr("archive", 23, std::move(r), what);
}

void exec(QSqlQuery &q)
{
    if (!q.exec())
        fail(q.lastError().text());
}

QByteArray typeset(const QString &mark, const QString &number, const QString &title, const QDate &written)
{
    OfficialDocument d;
    d.signMark = mark;
    d.docNumber = number;
    d.title = title;
    d.mainRecipients = {QStringLiteral("各镇人民政府、街道办事处")};
    d.body = QStringLiteral("一、总体要求\n各单位要高度重视，切实加强组织领导，确保各项工作落到实处。\n二、工作安排\n"
                            "按时报送工作情况。");
    d.signature = mark;
    d.writtenDate = written;
    d.printOffice = mark;
    d.printDate = written;
    return OfficialLayout::build(d, OfficialFonts::defaults()).pdf(title);
}

/// The finished documents, written straight into the tables as the chain and the handling leave them.
void generate(Database &db, int outgoing, int incoming, qint64 senderId, qint64 clerkId)
{
    QSqlDatabase c = db.connection();
    QSqlQuery q(c);
    if (!q.exec(QStringLiteral("BEGIN")))
        fail(q.lastError().text());
    QSqlQuery draft(c), version(c), routing(c), job(c), reading(c), item(c), file(c), event(c);
    draft.prepare(QStringLiteral(
        "INSERT INTO drafts (id, title, genre, issuer, direction, drafting_unit_id, normative, main_recipients, "
        "cc_recipients, attachments, urgency, secrecy, secrecy_rank, secrecy_period, signer_id, replies_to, "
        "due_date, needs_consultation, variant, state, current_version, signed_version, signed_at, signed_by, "
        "written_date, doc_number, due_at, created_by, created_at, updated_at, updated_by, version, annotation, "
        "released_at) VALUES (?, ?, 'circular', 'district_office', 'downward', NULL, 0, '各镇人民政府', '', '', "
        "'normal', 'none', 0, '', NULL, '', '', 0, 'office_issued', 'release', 1, 1, ?, '主任', ?, ?, 0, ?, ?, ?, "
        "'bench', 1, '', ?)"));
    version.prepare(QStringLiteral("INSERT INTO draft_versions (draft_id, number, kind, body, pdf, sha256, author_id, "
                                   "author_name, created_at, note) VALUES (?, 1, 'draft', ?, NULL, ?, ?, '拟稿人', ?, '')"));
    routing.prepare(QStringLiteral("INSERT INTO draft_routing (draft_id, seq, step, action, to_step, actor_id, "
                                   "actor_name, at, opinion, body_version, backflow, backflow_unit_id) VALUES (?, ?, "
                                   "?, ?, ?, ?, '办理人', ?, '同意', 1, 0, 0)"));
    job.prepare(QStringLiteral("INSERT INTO print_jobs (id, draft_id, version_number, printed_at, printed_by, "
                               "printed_by_name, reprint, device, sha256, content_sha256, pdf) VALUES (?, ?, 1, ?, ?, "
                               "'打印员', 0, 'bench', ?, '', ?)"));
    reading.prepare(QStringLiteral("INSERT INTO first_readings (draft_id, version_number, job_id, result, category, "
                                   "back_to, note, checklist, distribution, reader_id, reader_name, at) VALUES (?, 1, ?, "
                                   "'pass', '', '', '', '', '各镇', ?, '第一读者', ?)"));
    item.prepare(QStringLiteral(
        "INSERT INTO incoming_items (id, sender_unit_id, doc_number, title, genre, urgency, secrecy, secrecy_rank, "
        "secrecy_period, copies, copy_numbers, received_at, due_at, addressee, state, holder, holder_since, "
        "triage_rule, triage_reason, transfer_to, reply, created_by, created_at, updated_at, updated_by, version, "
        "proposal, instruction, receipt_year, receipt_seq) VALUES (?, ?, ?, ?, 'request', 'normal', 'none', 0, '', 1, "
        "'', ?, 0, 'district_government', 'done', '秘书科', ?, '', '', 0, '已函复', ?, ?, ?, 'bench', 1, '拟请阅示', "
        "'同意', 2026, ?)"));
    file.prepare(QStringLiteral("INSERT INTO incoming_attachments (item_id, name, sha256, size, bytes) VALUES (?, "
                                "'正文.pdf', ?, ?, ?)"));
    event.prepare(QStringLiteral("INSERT INTO incoming_events (item_id, seq, action, actor_id, actor_name, at, note) "
                                 "VALUES (?, ?, ?, ?, '文书', ?, '')"));
    const QDate first(2026, 1, 5);
    for (int i = 1; i <= outgoing; ++i) {
        const QDate written = first.addDays(i * 350 / std::max(1, outgoing));
        const qint64 at = QDateTime(written, QTime(9, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
        const QString number = QStringLiteral("测政办发〔2026〕%1号").arg(i);
        const QString title = QStringLiteral("关于做好第%1项重点工作的通知").arg(i);
        const QByteArray pdf = typeset(QStringLiteral("测试区人民政府办公室"), number, title, written);
        int n = 0;
        for (const QVariant &v : QVariantList{i, title, at, written.toString(Qt::ISODate), number, clerkId, at, at, at})
            draft.bindValue(n++, v);
        exec(draft);
        version.bindValue(0, i);
        version.bindValue(1, QStringLiteral("一、总体要求\n各单位要高度重视。（第%1稿）").arg(i));
        version.bindValue(2, ContentHash::sha256Of(title.toUtf8()));
        version.bindValue(3, clerkId);
        version.bindValue(4, at);
        exec(version);
        int seq = 0;
        for (const char *step : {"drafting", "secretariat_review", "director_sign", "registration", "printing",
                                 "first_reading"}) {
            routing.bindValue(0, i);
            routing.bindValue(1, ++seq);
            routing.bindValue(2, QString::fromLatin1(step));
            routing.bindValue(3, QStringLiteral("pass"));
            routing.bindValue(4, QStringLiteral("next"));
            routing.bindValue(5, clerkId);
            routing.bindValue(6, at);
            exec(routing);
        }
        job.bindValue(0, i);
        job.bindValue(1, i);
        job.bindValue(2, at);
        job.bindValue(3, clerkId);
        job.bindValue(4, ContentHash::sha256Of(pdf));
        job.bindValue(5, pdf);
        exec(job);
        reading.bindValue(0, i);
        reading.bindValue(1, i);
        reading.bindValue(2, clerkId);
        reading.bindValue(3, at);
        exec(reading);
    }
    for (int i = 1; i <= incoming; ++i) {
        const QDate received = first.addDays(i * 350 / std::max(1, incoming));
        const qint64 at = QDateTime(received, QTime(10, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
        const QString number = QStringLiteral("教发〔2026〕%1号").arg(i);
        const QString title = QStringLiteral("关于第%1项教育工作的请示").arg(i);
        const QByteArray pdf = typeset(QStringLiteral("测试区教育局"), number, title, received.addDays(-2));
        int n = 0;
        for (const QVariant &v : QVariantList{i, senderId, number, title, at, at, clerkId, at, at, i})
            item.bindValue(n++, v);
        exec(item);
        file.bindValue(0, i);
        file.bindValue(1, ContentHash::sha256Of(pdf));
        file.bindValue(2, pdf.size());
        file.bindValue(3, pdf);
        exec(file);
        int seq = 0;
        for (const char *action : {"register", "triage:accepted", "reply"}) {
            event.bindValue(0, i);
            event.bindValue(1, ++seq);
            event.bindValue(2, QString::fromLatin1(action));
            event.bindValue(3, clerkId);
            event.bindValue(4, at);
            exec(event);
        }
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        fail(q.lastError().text());
}
} // namespace

QList<Figure> archiveFigures(const QString &dir, const QString &workerProgram, int outgoing, int incoming,
                             const QString &registerDb)
{
    const QString password = QStringLiteral("bench-password");
    auto ws = need(Workspace::open(DatabaseUrl::sqliteFile(dir + QStringLiteral("/archive.db"))), "open");
    need(ws->office().setUp(test::sampleOfficeSetup(password)), "set up");
    const Principal admin = need(ws->auth().login(QStringLiteral("admin"), password), "log in");
    Unit sender;
    sender.name = QStringLiteral("测试区教育局");
    sender.type = UnitType::Department;
    const qint64 senderId = need(ws->units().create(admin, sender), "unit").id;
    User u;
    u.username = QStringLiteral("clerk");
    u.displayName = QStringLiteral("文书");
    u.roles = {Role::Clerk};
    u.clearance = Clearance::Secret;
    const qint64 clerkId = need(ws->users().create(admin, u, password, false), "clerk").id;
    QElapsedTimer generating;
    generating.start();
    generate(ws->database(), outgoing, incoming, senderId, clerkId);
    const double generateS = generating.elapsed() / 1000.0;
    const Principal clerk = need(ws->auth().login(QStringLiteral("clerk"), password), "clerk log-in");
    const QList<ArchiveCandidate> waiting = need(ws->archive().candidates(clerk), "candidates");
    if (waiting.size() != outgoing + incoming)
        fail(QStringLiteral("%1 documents wait, not %2").arg(waiting.size()).arg(outgoing + incoming));

    // Baseline: the same worker opens each document, reads its first page's text and draws it.
    PdfWorkerClient reader(workerProgram, {QStringLiteral("pdf-worker")});
    QElapsedTimer base;
    base.start();
    // Each printed document, then each received one, as the archiving below reads them.
    const auto readAll = [&](const char *sql, int count) {
        for (int i = 1; i <= count; ++i) {
            QSqlQuery q(ws->database().connection());
            q.prepare(QString::fromLatin1(sql));
            q.addBindValue(i);
            exec(q);
            q.next();
            need(reader.open(q.value(0).toByteArray()), "baseline open");
            need(reader.text(0), "baseline text");
            need(reader.render(0, 36), "baseline render");
        }
    };
    readAll("SELECT pdf FROM print_jobs WHERE id = ?", outgoing);
    readAll("SELECT bytes FROM incoming_attachments WHERE item_id = ?", incoming);
    const double baseS = base.elapsed() / 1000.0;

    ArchivePdfTools tools(std::make_unique<PdfWorkerClient>(workerProgram, QStringList{QStringLiteral("pdf-worker")}));
    QElapsedTimer archiving;
    archiving.start();
    int findings = 0;
    for (const ArchiveCandidate &c : waiting) {
        const ArchiveOutcome out =
            need(ws->archive().archive(clerk, ArchiveRequest{c.source, c.id, c.proposed, {}, 0}, tools), "archive");
        findings += int(out.findings.size());
    }
    const double archiveS = archiving.elapsed() / 1000.0;
    const int items = int(waiting.size());

    // Backup of the register beside a plain copy of its file; then the restore.
    QList<Figure> out{{"archive.generate_s", generateS, "s"},
                      {"archive.items_per_s", items / archiveS, "items/s"},
                      {"archive.baseline_items_per_s", items / baseS, "items/s"},
                      {"archive.ratio", archiveS / baseS, "ratio"},
                      {"archive.findings_per_item", double(findings) / items, "findings"}};
    auto db = need(Database::open(DatabaseUrl::sqliteFile(registerDb)), "register");
    QElapsedTimer copying;
    copying.start();
    const QString copy = dir + QStringLiteral("/register-copy.db");
    if (!QFile::copy(registerDb, copy))
        fail(QStringLiteral("cannot copy %1").arg(registerDb));
    const double copyS = copying.elapsed() / 1000.0;
    const double mb = QFileInfo(registerDb).size() / 1e6;
    QFile::remove(copy);
    QElapsedTimer backingUp;
    backingUp.start();
    const QString file = dir + QStringLiteral("/register.gwbackup");
    const BackupManifest m = need(Backup::make(*db, file), "backup");
    const double backupS = backingUp.elapsed() / 1000.0;
    db.reset();
    QElapsedTimer restoring;
    restoring.start();
    if (auto st = Backup::restore(file, DatabaseUrl::sqliteFile(dir + QStringLiteral("/restored.db")), false); !st)
        fail(st.error().message);
    const double restoreS = restoring.elapsed() / 1000.0;
    out << Figure{"backup.mb_per_s", m.payloadSize / 1e6 / backupS, "MB/s"}
        << Figure{"backup.copy_mb_per_s", mb / copyS, "MB/s"}
        << Figure{"backup.ratio", backupS / copyS, "ratio"}
        << Figure{"backup.compressed_fraction", double(QFileInfo(file).size()) / m.payloadSize, "fraction"}
        << Figure{"backup.restore_s", restoreS, "s"};
    return out;
}

} // namespace gw::bench
