// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — numbered schema steps.
#include "storage/Migrations.h"

#include "storage/Database.h"
#include "storage/MigrationStep.h"

#include <QStringList>

#include <functional>

namespace gw {
namespace {
using migration::Step;
using migration::expand;

const std::vector<Step> &steps()
{
    static const std::vector<Step> all = [] {
    std::vector<Step> first = {
        {1,
         [](const Database &db) {
             return expand(
                 db,
                 {
                     "CREATE TABLE office (id INTEGER PRIMARY KEY CHECK (id = 1), full_name TEXT NOT NULL, "
                     "sign_mark TEXT NOT NULL, fonds_no TEXT NOT NULL, version BIGINT NOT NULL DEFAULT 1, "
                     "updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL DEFAULT '')",
                     "CREATE TABLE office_prefixes (prefix TEXT PRIMARY KEY, description TEXT NOT NULL, "
                     "sort_order INTEGER NOT NULL)",
                     "CREATE TABLE users (id {ID}, username TEXT NOT NULL UNIQUE, display_name TEXT NOT "
                     "NULL, "
                     "password_hash TEXT NOT NULL, clearance TEXT NOT NULL, district_head INTEGER NOT NULL "
                     "DEFAULT 0, active INTEGER NOT NULL DEFAULT 1, version BIGINT NOT NULL DEFAULT 1, "
                     "created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL "
                     "DEFAULT '')",
                     "CREATE TABLE user_roles (user_id BIGINT NOT NULL REFERENCES users(id), role TEXT NOT "
                     "NULL, "
                     "PRIMARY KEY (user_id, role))",
                     "CREATE TABLE audit_log (seq BIGINT PRIMARY KEY, at BIGINT NOT NULL, actor_id BIGINT "
                     "NOT NULL, "
                     "actor_name TEXT NOT NULL, action TEXT NOT NULL, object_type TEXT NOT NULL, "
                     "object_id TEXT NOT NULL, summary TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT "
                     "NULL)",
                     "CREATE TABLE audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), seq BIGINT NOT NULL, "
                     "hash TEXT NOT NULL)",
                     "INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '')",
                 });
         }},
        {2,
         [](const Database &db) {
             return expand(
                 db, {
                         "CREATE TABLE units (id {ID}, name TEXT NOT NULL UNIQUE, short_name TEXT NOT NULL, "
                         "type TEXT NOT NULL, superior_id BIGINT REFERENCES units(id), key_enterprise "
                         "INTEGER NOT NULL "
                         "DEFAULT 0, active INTEGER NOT NULL DEFAULT 1, version BIGINT NOT NULL DEFAULT 1, "
                         "created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL "
                         "DEFAULT '')",
                         "CREATE INDEX units_by_type ON units (type, name)",
                         "CREATE INDEX units_by_superior ON units (superior_id)",
                     });
         }},
        {3,
         [](const Database &db) {
             return expand(
                 db, {
                         "CREATE TABLE login_throttle (username TEXT PRIMARY KEY, failures INTEGER NOT NULL, "
                         "last_failure_at BIGINT NOT NULL, locked_until BIGINT NOT NULL)",
                     });
         }},
        {4,
         [](const Database &db) {
             return expand(
                 db,
                 {
                     "CREATE TABLE drafts (id {ID}, title TEXT NOT NULL, genre TEXT NOT NULL, issuer TEXT "
                     "NOT NULL, "
                     "direction TEXT NOT NULL, drafting_unit_id BIGINT REFERENCES units(id), normative "
                     "INTEGER NOT NULL, "
                     "main_recipients TEXT NOT NULL, cc_recipients TEXT NOT NULL, attachments TEXT NOT NULL, "
                     "urgency TEXT NOT NULL, secrecy TEXT NOT NULL, secrecy_rank INTEGER NOT NULL, "
                     "secrecy_period TEXT NOT NULL, signer_id BIGINT REFERENCES users(id), replies_to TEXT "
                     "NOT NULL, "
                     "due_date TEXT NOT NULL, needs_consultation INTEGER NOT NULL, variant TEXT NOT NULL, "
                     "state TEXT NOT NULL, current_version INTEGER NOT NULL, signed_version INTEGER NOT "
                     "NULL, "
                     "signed_at BIGINT NOT NULL, signed_by TEXT NOT NULL, written_date TEXT NOT NULL, "
                     "doc_number TEXT NOT NULL, due_at BIGINT NOT NULL, created_by BIGINT NOT NULL, "
                     "created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL, "
                     "version BIGINT NOT NULL)",
                     "CREATE INDEX drafts_by_state ON drafts (state, due_at)",
                     "CREATE TABLE draft_versions (draft_id BIGINT NOT NULL REFERENCES drafts(id), number "
                     "INTEGER NOT NULL, "
                     "kind TEXT NOT NULL, body TEXT NOT NULL, pdf {BLOB}, sha256 TEXT NOT NULL, author_id "
                     "BIGINT NOT NULL, "
                     "author_name TEXT NOT NULL, created_at BIGINT NOT NULL, note TEXT NOT NULL, "
                     "PRIMARY KEY (draft_id, number))",
                     "CREATE TABLE draft_routing (draft_id BIGINT NOT NULL REFERENCES drafts(id), seq "
                     "INTEGER NOT NULL, "
                     "step TEXT NOT NULL, action TEXT NOT NULL, to_step TEXT NOT NULL, actor_id BIGINT NOT "
                     "NULL, "
                     "actor_name TEXT NOT NULL, at BIGINT NOT NULL, opinion TEXT NOT NULL, body_version "
                     "INTEGER NOT NULL, "
                     "backflow INTEGER NOT NULL, backflow_unit_id BIGINT NOT NULL, PRIMARY KEY (draft_id, "
                     "seq))",
                     "CREATE INDEX routing_backflow ON draft_routing (backflow, step)",
                     "CREATE TABLE doc_sequences (prefix TEXT NOT NULL, year INTEGER NOT NULL, last_seq "
                     "INTEGER NOT NULL, "
                     "PRIMARY KEY (prefix, year))",
                     "CREATE TABLE calendar_days (day TEXT PRIMARY KEY, working INTEGER NOT NULL, name TEXT "
                     "NOT NULL, "
                     "version BIGINT NOT NULL, updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL)",
                 });
         }},
        {5,
         [](const Database &db) {
             return expand(
                 db,
                 {
                     "CREATE TABLE markups (id {ID}, draft_id BIGINT NOT NULL REFERENCES drafts(id), "
                     "version_number INTEGER NOT NULL, version_sha TEXT NOT NULL, page INTEGER NOT NULL, "
                     "kind TEXT NOT NULL, rects TEXT NOT NULL, quoted TEXT NOT NULL, category TEXT NOT NULL, "
                     "comment TEXT NOT NULL, author_id BIGINT NOT NULL, author_name TEXT NOT NULL, "
                     "created_at BIGINT NOT NULL, status TEXT NOT NULL, answer TEXT NOT NULL, "
                     "answered_by TEXT NOT NULL, closed_by TEXT NOT NULL, version BIGINT NOT NULL, "
                     "updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL)",
                     "CREATE INDEX markups_by_draft ON markups (draft_id, version_number)",
                     "CREATE INDEX markups_by_category ON markups (category, status)",
                 });
         }},
        {6,
         [](const Database &db) {
             return expand(
                 db,
                 {
                     "CREATE TABLE incoming_items (id {ID}, sender_unit_id BIGINT NOT NULL REFERENCES "
                     "units(id), "
                     "doc_number TEXT NOT NULL, title TEXT NOT NULL, genre TEXT NOT NULL, urgency TEXT NOT "
                     "NULL, "
                     "secrecy TEXT NOT NULL, secrecy_rank INTEGER NOT NULL, secrecy_period TEXT NOT NULL, "
                     "copies INTEGER NOT NULL, copy_numbers TEXT NOT NULL, received_at BIGINT NOT NULL, "
                     "due_at BIGINT NOT NULL, addressee TEXT NOT NULL, state TEXT NOT NULL, holder TEXT NOT "
                     "NULL, "
                     "holder_since BIGINT NOT NULL, triage_rule TEXT NOT NULL, triage_reason TEXT NOT NULL, "
                     "transfer_to BIGINT NOT NULL, reply TEXT NOT NULL, created_by BIGINT NOT NULL, "
                     "created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL, "
                     "version BIGINT NOT NULL)",
                     "CREATE INDEX incoming_by_received ON incoming_items (received_at, id)",
                     "CREATE INDEX incoming_by_state ON incoming_items (state, received_at, id)",
                     "CREATE INDEX incoming_by_sender ON incoming_items (sender_unit_id, doc_number)",
                     "CREATE INDEX incoming_by_urgency ON incoming_items (urgency, received_at, id)",
                     "CREATE INDEX incoming_by_due ON incoming_items (due_at, id)",
                     "CREATE TABLE incoming_attachments (id {ID}, item_id BIGINT NOT NULL REFERENCES "
                     "incoming_items(id), "
                     "name TEXT NOT NULL, sha256 TEXT NOT NULL, size BIGINT NOT NULL, bytes {BLOB})",
                     "CREATE INDEX attachments_by_item ON incoming_attachments (item_id)",
                     "CREATE TABLE incoming_events (item_id BIGINT NOT NULL REFERENCES incoming_items(id), "
                     "seq INTEGER NOT NULL, action TEXT NOT NULL, actor_id BIGINT NOT NULL, actor_name TEXT "
                     "NOT NULL, "
                     "at BIGINT NOT NULL, note TEXT NOT NULL, PRIMARY KEY (item_id, seq))",
                 });
         }},
        {7,
         [](const Database &db) {
             return expand(
                 db,
                 {
                     "CREATE TABLE incoming_routing (item_id BIGINT NOT NULL REFERENCES incoming_items(id), "
                     "position INTEGER NOT NULL, user_id BIGINT NOT NULL REFERENCES users(id), mode TEXT NOT "
                     "NULL, "
                     "lead INTEGER NOT NULL, state TEXT NOT NULL, opinion TEXT NOT NULL, received_at BIGINT "
                     "NOT NULL, "
                     "done_at BIGINT NOT NULL, PRIMARY KEY (item_id, position))",
                     "CREATE INDEX routing_by_user ON incoming_routing (user_id, state)",
                     "ALTER TABLE incoming_items ADD COLUMN proposal TEXT NOT NULL DEFAULT ''",
                     "ALTER TABLE incoming_items ADD COLUMN instruction TEXT NOT NULL DEFAULT ''",
                 });
         }},
        {8,
         [](const Database &db) {
             // The register sorts by 文号 and by holder as well (keyset paging needs (key, id)) and counts by
             // clearance.
             return expand(db, {
                                   "CREATE INDEX incoming_by_number ON incoming_items (doc_number, id)",
                                   "CREATE INDEX incoming_by_holder ON incoming_items (holder, id)",
                                   // Counting what a user may see reads this small index, not the table.
                                   "CREATE INDEX incoming_by_secrecy ON incoming_items (secrecy_rank)",
                               });
         }},
        {9,
         [](const Database &db) {
             // Filtered by holder or by sender, the register still reads newest first from an index.
             return expand(db,
                           {
                               "DROP INDEX incoming_by_holder",
                               "CREATE INDEX incoming_by_holder ON incoming_items (holder, received_at, id)",
                               "CREATE INDEX incoming_by_sender_time ON incoming_items (sender_unit_id, "
                               "received_at, id)",
                           });
         }},
        {10,
         [](const Database &db) {
             // Printing (numbered copies and their log) and the first reader's results.
             return expand(
                 db,
                 {
                     "ALTER TABLE drafts ADD COLUMN annotation TEXT NOT NULL DEFAULT ''",
                     "ALTER TABLE drafts ADD COLUMN released_at BIGINT NOT NULL DEFAULT 0",
                     "CREATE TABLE print_jobs (id {ID}, draft_id BIGINT NOT NULL REFERENCES drafts(id), "
                     "version_number INTEGER NOT NULL, printed_at BIGINT NOT NULL, printed_by BIGINT NOT "
                     "NULL, "
                     "printed_by_name TEXT NOT NULL, reprint INTEGER NOT NULL, device TEXT NOT NULL, "
                     "sha256 TEXT NOT NULL, content_sha256 TEXT NOT NULL, pdf {BLOB})",
                     "CREATE INDEX print_jobs_by_draft ON print_jobs (draft_id, id)",
                     "CREATE TABLE print_copies (job_id BIGINT NOT NULL REFERENCES print_jobs(id), "
                     "draft_id BIGINT NOT NULL REFERENCES drafts(id), copy_number INTEGER NOT NULL, "
                     "recipient TEXT NOT NULL, reprint INTEGER NOT NULL, PRIMARY KEY (job_id, copy_number))",
                     "CREATE INDEX print_copies_by_draft ON print_copies (draft_id, copy_number)",
                     "CREATE TABLE first_readings (id {ID}, draft_id BIGINT NOT NULL REFERENCES drafts(id), "
                     "version_number INTEGER NOT NULL, job_id BIGINT NOT NULL REFERENCES print_jobs(id), "
                     "result TEXT NOT NULL, category TEXT NOT NULL, back_to TEXT NOT NULL, note TEXT NOT "
                     "NULL, "
                     "checklist TEXT NOT NULL, distribution TEXT NOT NULL, reader_id BIGINT NOT NULL, "
                     "reader_name TEXT NOT NULL, at BIGINT NOT NULL)",
                     "CREATE INDEX first_readings_by_draft ON first_readings (draft_id, id)",
                     "CREATE INDEX first_readings_by_result ON first_readings (result, category)",
                 });
         }},
        {11,
         [](const Database &db) {
             // Checkpoints of the audit chain signed with the auditor's key (kept outside the database).
             return expand(db,
                           {
                               "CREATE TABLE audit_checkpoints (id {ID}, seq BIGINT NOT NULL, hash TEXT NOT "
                               "NULL, at BIGINT NOT NULL, signer_id BIGINT NOT NULL, signer_name TEXT NOT "
                               "NULL, public_key TEXT NOT NULL, signature TEXT NOT NULL)",
                           });
         }},
        {12,
         [](const Database &db) {
             // The section or department each person works in: a draft is its drafting unit's work.
             return expand(db, {"ALTER TABLE users ADD COLUMN unit_id BIGINT NOT NULL DEFAULT 0"});
         }},
        {13,
         [](const Database &db) {
             // Letters and calls from private persons: not documents, recorded and passed on.
             return expand(db,
                           {"CREATE TABLE citizen_letters (id {ID}, person_name TEXT NOT NULL, contact TEXT "
                            "NOT NULL, is_call INTEGER NOT NULL, summary TEXT NOT NULL, received_at BIGINT "
                            "NOT NULL, route TEXT NOT NULL, note TEXT NOT NULL, created_by BIGINT NOT NULL, "
                            "created_by_name TEXT NOT NULL, created_at BIGINT NOT NULL, version BIGINT NOT "
                            "NULL)",
                            "CREATE INDEX letters_by_received ON citizen_letters (received_at, id)"});
         }},
        {14,
         [](const Database &db) {
             // A password an administrator set is the person's to change at the next log-in.
             return expand(db, {"ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0"});
         }},
        {15,
         [](const Database &db) {
             // 收文编号: each item's gap-free number within its year of registration.
             return expand(db, {"ALTER TABLE incoming_items ADD COLUMN receipt_year INTEGER NOT NULL DEFAULT 0",
                                "ALTER TABLE incoming_items ADD COLUMN receipt_seq INTEGER NOT NULL DEFAULT 0",
                                "CREATE INDEX incoming_by_receipt ON incoming_items (receipt_year, receipt_seq, id)",
                                "CREATE INDEX incoming_by_secrecy_time ON incoming_items (secrecy_rank, received_at, id)"});
         }},
        {16,
         [](const Database &db) {
             // Whom a unit that receives the office's notices calls back.
             return expand(db, {"ALTER TABLE office ADD COLUMN contact_person TEXT NOT NULL DEFAULT ''",
                                "ALTER TABLE office ADD COLUMN contact_phone TEXT NOT NULL DEFAULT ''"});
         }},
        {17,
         [](const Database &db) {
             // 待办 reads each waiting state by urgency, oldest first: one range of this index each.
             return expand(db, {"CREATE INDEX incoming_by_state_urgency ON incoming_items (state, urgency, "
                                "received_at, id)"});
         }},
        {18,
         [](const Database &db) {
             // 待办 of 秘书科: the items back at 秘书科 between two readers, read the same way — a range
             // on the holder, not every item in circulation scanned for the few that are back.
             return expand(db, {"CREATE INDEX incoming_by_holder_state ON incoming_items (holder, state, urgency, "
                                "received_at, id)"});
         }},
        {19,
         [](const Database &db) {
             // 统计: each markup keeps the step it was made at (slipped-past errors are found at a later
             // step than the reviewer's), back-filled from the routing slip: the step the draft had
             // reached when the markup was made. Each view of the page reads one time range per measure.
             return expand(
                 db, {"ALTER TABLE markups ADD COLUMN step TEXT NOT NULL DEFAULT ''",
                      "UPDATE markups SET step = COALESCE((SELECT r.to_step FROM draft_routing r WHERE "
                      "r.draft_id = markups.draft_id AND r.at <= markups.created_at ORDER BY r.seq DESC "
                      "LIMIT 1), '')",
                      "CREATE INDEX markups_by_time ON markups (created_at, draft_id)",
                      "CREATE INDEX routing_by_action ON draft_routing (action, at, draft_id)",
                      "CREATE INDEX routing_by_backflow_time ON draft_routing (backflow, at, draft_id)",
                      "CREATE INDEX first_readings_by_time ON first_readings (at, draft_id)",
                      "CREATE INDEX drafts_by_created ON drafts (created_at, id)",
                      "CREATE INDEX drafts_by_released ON drafts (released_at, id)"});
         }},
        {20,
         [](const Database &db) {
             // 统计: the annual 文件评比's scoring schemes, one row per version, never changed once stored;
             // the register of the office's serial publications (刊物) and the issues drafted for them,
             // whose numbers are handed out at registration like a 发文字号.
             return expand(
                 db, {"CREATE TABLE rating_schemes (id {ID}, number INTEGER NOT NULL UNIQUE, weights TEXT NOT "
                      "NULL, note TEXT NOT NULL, created_by BIGINT NOT NULL, created_by_name TEXT NOT NULL, "
                      "created_at BIGINT NOT NULL, version BIGINT NOT NULL)",
                      "CREATE TABLE serials (id {ID}, name TEXT NOT NULL UNIQUE, issuer TEXT NOT NULL, yearly "
                      "INTEGER NOT NULL, active INTEGER NOT NULL, created_at BIGINT NOT NULL, updated_at "
                      "BIGINT NOT NULL, updated_by TEXT NOT NULL, version BIGINT NOT NULL)",
                      "CREATE TABLE serial_issues (draft_id BIGINT PRIMARY KEY REFERENCES drafts(id), "
                      "serial_id BIGINT NOT NULL REFERENCES serials(id), period TEXT NOT NULL, year INTEGER "
                      "NOT NULL DEFAULT 0, number INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL)",
                      "CREATE INDEX serial_issues_by_number ON serial_issues (serial_id, year, number)",
                      // The office's rules name this one: 秘书科 publishes the drafting and review results.
                      "INSERT INTO serials (name, issuer, yearly, active, created_at, updated_at, updated_by, "
                      "version) VALUES ('办文质量通报', '秘书科', 1, 1, 0, 0, '', 1)",
                      // The scheme the 文件评比 starts with, until the office sets its own (RatingScheme's
                      // defaults): 60 points, defects per document taken off, on time and volume added.
                      "INSERT INTO rating_schemes (number, weights, note, created_by, created_by_name, created_at, "
                      "version) VALUES (1, '{\"backflow\":10,\"base\":60,\"first_read\":10,\"format\":10,"
                      "\"on_time\":30,\"policy\":20,\"volume\":10,\"volume_full\":20,\"wording\":5}', "
                      "'初始方案', 0, '', 0, 1)",
                      // The 文件评比's time limits by due day; printing and what is overdue by time.
                      "CREATE INDEX drafts_by_due_date ON drafts (due_date, id)",
                      "CREATE INDEX drafts_by_due_at ON drafts (due_at, id)",
                      "CREATE INDEX print_jobs_by_time ON print_jobs (printed_at, id)"});
         }},
        {21,
         [](const Database &db) {
             // 督查: supervised matters of every kind on one table (the fields of a kind stay empty on
             // the others), the units assisting, the history with feedback, and the files it brought.
             return expand(
                 db,
                 {"CREATE TABLE matters (id {ID}, kind TEXT NOT NULL, source TEXT NOT NULL, title TEXT NOT NULL, "
                  "request TEXT NOT NULL, leader_id BIGINT NOT NULL, lead_unit_id BIGINT NOT NULL, due_date TEXT "
                  "NOT NULL, secrecy TEXT NOT NULL, secrecy_rank INTEGER NOT NULL, state TEXT NOT NULL, parent_id "
                  "BIGINT NOT NULL, incoming_id BIGINT NOT NULL, meeting TEXT NOT NULL, proposal_body TEXT NOT "
                  "NULL, proposal_level TEXT NOT NULL, proposal_class TEXT NOT NULL, proposal_number TEXT NOT "
                  "NULL, caller TEXT NOT NULL, phone TEXT NOT NULL, called_at BIGINT NOT NULL, category TEXT NOT "
                  "NULL, reply TEXT NOT NULL, reply_date TEXT NOT NULL, satisfaction TEXT NOT NULL, solved "
                  "INTEGER NOT NULL, closed_at BIGINT NOT NULL, closed_on TEXT NOT NULL, ext_asked_to TEXT NOT NULL, ext_reason TEXT NOT "
                  "NULL, extensions_granted INTEGER NOT NULL, registered_at BIGINT NOT NULL, reg_year INTEGER "
                  "NOT NULL, reg_seq INTEGER NOT NULL, created_by BIGINT NOT NULL, created_at BIGINT NOT NULL, "
                  "updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL, version BIGINT NOT NULL)",
                  "ALTER TABLE office ADD COLUMN warning_days INTEGER NOT NULL DEFAULT 3",
                  "CREATE INDEX matters_by_registered ON matters (registered_at, id)",
                  "CREATE INDEX matters_by_due ON matters (due_date, id)",
                  "CREATE INDEX matters_by_state ON matters (state, due_date, id)",
                  "CREATE INDEX matters_by_kind ON matters (kind, registered_at, id)",
                  "CREATE INDEX matters_by_unit ON matters (lead_unit_id, registered_at, id)",
                  "CREATE INDEX matters_by_leader ON matters (leader_id, registered_at, id)",
                  "CREATE INDEX matters_by_parent ON matters (parent_id, state)",
                  "CREATE INDEX matters_by_incoming ON matters (incoming_id)",
                  "CREATE INDEX matters_by_closed ON matters (closed_on, id)",
                  "CREATE INDEX matters_by_registered_unit ON matters (registered_at, kind, lead_unit_id)",
                  "CREATE TABLE matter_units (matter_id BIGINT NOT NULL REFERENCES matters(id), unit_id BIGINT "
                  "NOT NULL, PRIMARY KEY (matter_id, unit_id))",
                  "CREATE INDEX matter_units_by_unit ON matter_units (unit_id, matter_id)",
                  "CREATE TABLE matter_events (id {ID}, matter_id BIGINT NOT NULL REFERENCES matters(id), action "
                  "TEXT NOT NULL, actor_id BIGINT NOT NULL, actor_name TEXT NOT NULL, at BIGINT NOT NULL, "
                  "on_date TEXT NOT NULL, text TEXT NOT NULL)",
                  "CREATE INDEX matter_events_by_matter ON matter_events (matter_id, id)",
                  "CREATE INDEX matter_events_by_action ON matter_events (action, at)",
                  "CREATE TABLE matter_files (id {ID}, matter_id BIGINT NOT NULL REFERENCES matters(id), event_id "
                  "BIGINT NOT NULL, name TEXT NOT NULL, sha256 TEXT NOT NULL, size BIGINT NOT NULL, bytes {BLOB} "
                  "NOT NULL)",
                  "CREATE INDEX matter_files_by_matter ON matter_files (matter_id, id)",
                  // The monthly 《督查通报》 (一月一期) and the 督查专报 to the leaders, numbered on from the first.
                  "INSERT INTO serials (name, issuer, yearly, active, created_at, updated_at, updated_by, "
                  "version) VALUES ('督查通报', '督查室', 0, 1, 0, 0, '', 1)",
                  "INSERT INTO serials (name, issuer, yearly, active, created_at, updated_at, updated_by, "
                  "version) VALUES ('督查专报', '督查室', 0, 1, 0, 0, '', 1)"});
         }},
    };
    for (Step &s : migration::laterSteps())
        first.push_back(std::move(s));
    return first;
    }();
    return all;
}

Result<int> readVersion(const Database &db)
{
    if (!db.connection().tables().contains(QStringLiteral("meta")))
        return 0;
    auto q = db.run(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return 0;
    return q.value().value(0).toInt();
}

} // namespace

int Migrations::latestVersion()
{
    return steps().back().version;
}

int Migrations::currentVersion(const Database &db)
{
    auto v = readVersion(db);
    return v ? v.value() : -1;
}

Status Migrations::migrate(Database &db, int target)
{
    const int latest = latestVersion();
    if (target < 0 || target > latest)
        target = latest;

    WriteTransaction tx(db);
    if (!tx.status())
        return tx.status();
    // (On PostgreSQL the write transaction holds the writers' lock, so two workstations starting on an
    // empty server at once do not both create the schema.)
    if (auto r = db.run(
            QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
        !r)
        return r.error();
    auto current = readVersion(db);
    if (!current)
        return current.error();
    if (current.value() > latest)
        return makeError(
            ErrorCode::Unsupported,
            tr("This database was written by a newer Gongwen Desk (schema version %1; this program "
               "knows versions up to %2). Install the newer program to open it. Nothing was changed.")
                .arg(current.value())
                .arg(latest));
    if (current.value() >= target)
        return tx.commit();

    for (const Step &step : steps()) {
        if (step.version <= current.value() || step.version > target)
            continue;
        for (const QString &sql : step.statements(db)) {
            if (auto r = db.run(sql); !r)
                return makeError(r.error().code, tr("Updating the database to version %1 failed; nothing was "
                                                    "changed. %2")
                                                     .arg(step.version)
                                                     .arg(r.error().message));
        }
    }
    const QString upsert = QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (auto r = db.run(upsert, {QString::number(target)}); !r)
        return r.error();
    return tx.commit();
}

} // namespace gw
