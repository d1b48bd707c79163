// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — numbered schema steps from 22 on.
#include "storage/Database.h"
#include "storage/MigrationStep.h"
#include "storage/SearchIndex.h"

namespace gw::migration {

QStringList expand(const Database &db, std::initializer_list<const char *> sql)
{
    QStringList out;
    for (const char *s : sql)
        out.append(QString::fromUtf8(s)
                       .replace(QLatin1String("{ID}"), db.idColumnType())
                       .replace(QLatin1String("{BLOB}"), db.blobColumnType()));
    return out;
}

std::vector<Step> laterSteps()
{
    return {
        {22,
         [](const Database &db) {
             // 档案: each archived 件 with its 档号 and metadata, its components in order, the files they
             // hold stored once by digest, the 四性 runs with their reports, borrowing, and the backups made.
             return expand(
                 db,
                 {"ALTER TABLE office ADD COLUMN organ_code TEXT NOT NULL DEFAULT ''",
                  "ALTER TABLE office ADD COLUMN loan_approver TEXT NOT NULL DEFAULT 'director'",
                  "ALTER TABLE office ADD COLUMN backup_days INTEGER NOT NULL DEFAULT 7",
                  "ALTER TABLE office ADD COLUMN retention_rules TEXT NOT NULL DEFAULT ''",
                  "CREATE TABLE archive_files (sha256 TEXT PRIMARY KEY, sm3 TEXT NOT NULL, size BIGINT NOT NULL, "
                  "bytes {BLOB} NOT NULL)",
                  "CREATE TABLE archive_items (id {ID}, source TEXT NOT NULL, source_id BIGINT NOT NULL, fonds TEXT "
                  "NOT NULL, category TEXT NOT NULL, year INTEGER NOT NULL, retention TEXT NOT NULL, organ TEXT NOT "
                  "NULL, item_no INTEGER NOT NULL, title TEXT NOT NULL, responsible TEXT NOT NULL, doc_number TEXT "
                  "NOT NULL, doc_date TEXT NOT NULL, secrecy TEXT NOT NULL, secrecy_rank INTEGER NOT NULL, pages "
                  "INTEGER NOT NULL, remark TEXT NOT NULL, proposed TEXT NOT NULL, forwarded_id BIGINT NOT NULL, "
                  "archived_at BIGINT NOT NULL, archived_by TEXT NOT NULL, updated_at BIGINT NOT NULL, updated_by "
                  "TEXT NOT NULL, version BIGINT NOT NULL)",
                  "CREATE UNIQUE INDEX archive_items_by_source ON archive_items (source, source_id)",
                  "CREATE UNIQUE INDEX archive_items_by_code ON archive_items (fonds, category, year, retention, "
                  "organ, item_no)",
                  "CREATE INDEX archive_items_by_year ON archive_items (year, retention, item_no)",
                  "CREATE TABLE archive_components (item_id BIGINT NOT NULL REFERENCES archive_items(id), position "
                  "INTEGER NOT NULL, role TEXT NOT NULL, name TEXT NOT NULL, sha256 TEXT NOT NULL REFERENCES "
                  "archive_files(sha256), sm3 TEXT NOT NULL, size BIGINT NOT NULL, pages INTEGER NOT NULL, "
                  "PRIMARY KEY (item_id, position))",
                  "CREATE TABLE archive_checks (id {ID}, at BIGINT NOT NULL, by_name TEXT NOT NULL, reason TEXT NOT "
                  "NULL, items INTEGER NOT NULL, failures INTEGER NOT NULL, complete INTEGER NOT NULL, report TEXT NOT "
                  "NULL)",
                  "CREATE TABLE archive_loans (id {ID}, item_id BIGINT NOT NULL REFERENCES archive_items(id), "
                  "borrower_id BIGINT NOT NULL, borrower_name TEXT NOT NULL, secrecy TEXT NOT NULL, secrecy_rank INTEGER NOT "
                  "NULL, form TEXT NOT NULL, purpose TEXT NOT NULL, asked_at BIGINT NOT NULL, due_date TEXT NOT NULL, state TEXT NOT NULL, decided_by TEXT NOT "
                  "NULL, decided_at BIGINT NOT NULL, decision_note TEXT NOT NULL, lent_at BIGINT NOT NULL, "
                  "returned_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL, version "
                  "BIGINT NOT NULL)",
                  "CREATE INDEX archive_loans_by_state ON archive_loans (state, due_date, id)",
                  "CREATE INDEX archive_loans_by_item ON archive_loans (item_id, id)",
                  "CREATE TABLE backups (id {ID}, at BIGINT NOT NULL, file TEXT NOT NULL, size BIGINT NOT NULL, "
                  "sha256 TEXT NOT NULL, by_name TEXT NOT NULL)"});
         }},
        {23,
         [](const Database &db) {
             // Search: each document's fields as results show them, its text (read from its PDF files
             // in the background when it has no text of its own), and its tokens: on SQLite in an FTS5
             // table, on PostgreSQL in a GIN-indexed tsvector with the folded fields it is checked
             // against. A database with records is marked for building the index at once.
             const bool sqlite = db.backend() == Backend::Sqlite;
             QStringList out{
                 QStringLiteral("CREATE TABLE search_docs (id BIGINT PRIMARY KEY, kind INTEGER NOT NULL, ref_id BIGINT "
                                "NOT NULL, secrecy_rank INTEGER NOT NULL, sub_kind TEXT NOT NULL, owner_id BIGINT NOT "
                                "NULL, year INTEGER NOT NULL, unit_id BIGINT NOT NULL, day TEXT NOT NULL, number TEXT NOT "
                                "NULL, title TEXT NOT NULL, party TEXT NOT NULL, number_key TEXT NOT NULL, body_state "
                                "INTEGER NOT NULL, grams %1 NOT NULL, number_norm TEXT NOT NULL, title_norm TEXT NOT "
                                "NULL, party_norm TEXT NOT NULL)")
                     .arg(sqlite ? QStringLiteral("TEXT") : QStringLiteral("TSVECTOR")),
                 QStringLiteral("CREATE UNIQUE INDEX search_docs_by_record ON search_docs (kind, ref_id)"),
                 QStringLiteral("CREATE INDEX search_docs_by_number ON search_docs (number_key, kind)"),
                 QStringLiteral("CREATE INDEX search_docs_by_state ON search_docs (body_state, id)"),
                 QStringLiteral("CREATE INDEX search_docs_by_year ON search_docs (year, unit_id)"),
                 QStringLiteral("CREATE TABLE search_bodies (doc_id BIGINT PRIMARY KEY, body TEXT NOT NULL, body_norm "
                                "TEXT NOT NULL)"),
                 sqlite ? QStringLiteral("CREATE VIRTUAL TABLE search_fts USING fts5 (g, content = '', columnsize = 0, "
                                         "tokenize = 'ascii')")
                        : QStringLiteral("CREATE INDEX search_docs_grams ON search_docs USING gin (grams)"),
                 QStringLiteral("INSERT INTO meta (key, value) SELECT 'search_index', CASE WHEN EXISTS (SELECT 1 FROM "
                                "drafts) OR EXISTS (SELECT 1 FROM incoming_items) OR EXISTS (SELECT 1 FROM matters) OR "
                                "EXISTS (SELECT 1 FROM archive_items) THEN 'stale' ELSE 'current' END"),
                 QStringLiteral("INSERT INTO meta (key, value) SELECT 'search_folding', '%1' FROM meta WHERE key = "
                                "'search_index' AND value = 'current'")
                     .arg(SearchIndex::foldingKey())};
             return out;
         }},
        {24,
         [](const Database &) {
             // The files a document's text was read from, so that a file added later has the text read
             // again. Rows from before are read again at their record's next change.
             return QStringList{QStringLiteral("ALTER TABLE search_docs ADD COLUMN files_key TEXT NOT NULL DEFAULT ''")};
         }},
    };
}

} // namespace gw::migration
