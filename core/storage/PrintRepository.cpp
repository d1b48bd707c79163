// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — storage of print jobs and first readings.
#include "storage/PrintRepository.h"

#include "storage/Database.h"

namespace gw {

namespace {
const QChar kListSep(0x1E);
}

Result<qint64> PrintRepository::insertJob(const PrintJob &job) const
{
    auto q = m_db.run(
        QStringLiteral("INSERT INTO print_jobs (draft_id, version_number, printed_at, printed_by, "
                       "printed_by_name, reprint, device, sha256, content_sha256, pdf) VALUES (?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {job.draftId, job.version, job.printedAtMs, job.printedBy, job.printedByName, job.reprint ? 1 : 0,
         job.device, job.sha256, job.contentSha256, job.pdf});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::Storage,
                         QCoreApplication::translate("PrintRepository", "The print job got no number."));
    const qint64 id = q.value().value(0).toLongLong();
    for (const PrintCopy &c : job.copies) {
        if (auto st = m_db.exec(
                QStringLiteral("INSERT INTO print_copies (job_id, draft_id, copy_number, recipient, "
                               "reprint) VALUES (?, ?, ?, ?, ?)"),
                {id, job.draftId, c.number, c.recipient, c.reprint ? 1 : 0});
            !st)
            return st.error();
    }
    return id;
}

Result<QList<PrintJob>> PrintRepository::jobs(qint64 draftId, bool withPdf) const
{
    auto q = m_db.run(
        QStringLiteral("SELECT id, version_number, printed_at, printed_by, printed_by_name, reprint, "
                       "device, sha256, content_sha256%1 FROM print_jobs WHERE draft_id = ? ORDER BY id")
            .arg(withPdf ? QStringLiteral(", pdf") : QString()),
        {draftId});
    if (!q)
        return q.error();
    QList<PrintJob> out;
    while (q.value().next()) {
        PrintJob j;
        j.id = q.value().value(0).toLongLong();
        j.draftId = draftId;
        j.version = q.value().value(1).toInt();
        j.printedAtMs = q.value().value(2).toLongLong();
        j.printedBy = q.value().value(3).toLongLong();
        j.printedByName = q.value().value(4).toString();
        j.reprint = q.value().value(5).toInt() != 0;
        j.device = q.value().value(6).toString();
        j.sha256 = q.value().value(7).toString();
        j.contentSha256 = q.value().value(8).toString();
        if (withPdf)
            j.pdf = q.value().value(9).toByteArray();
        out.append(j);
    }
    auto c = m_db.run(QStringLiteral("SELECT job_id, copy_number, recipient, reprint FROM print_copies WHERE "
                                     "draft_id = ? ORDER BY job_id, copy_number"),
                      {draftId});
    if (!c)
        return c.error();
    while (c.value().next()) {
        const qint64 job = c.value().value(0).toLongLong();
        for (PrintJob &j : out) {
            if (j.id == job)
                j.copies.append({c.value().value(1).toInt(), c.value().value(2).toString(),
                                 c.value().value(3).toInt() != 0});
        }
    }
    return out;
}

Result<QHash<qint64, int>> PrintRepository::copyCounts(const QList<qint64> &draftIds,
                                                       Clearance maxSecrecy) const
{
    QHash<qint64, int> out;
    if (draftIds.isEmpty())
        return out;
    QStringList marks;
    QVariantList binds;
    for (qint64 id : draftIds) {
        marks.append(QStringLiteral("?"));
        binds.append(id);
    }
    binds.append(static_cast<int>(maxSecrecy));
    auto q = m_db.run(
        QStringLiteral("SELECT c.draft_id, COUNT(*) FROM print_copies c JOIN drafts d ON d.id = "
                       "c.draft_id WHERE c.draft_id IN (%1) AND d.secrecy_rank <= ? GROUP BY c.draft_id")
            .arg(marks.join(QLatin1Char(','))),
        binds);
    if (!q)
        return q.error();
    while (q.value().next())
        out.insert(q.value().value(0).toLongLong(), q.value().value(1).toInt());
    return out;
}

Result<QHash<int, QString>> PrintRepository::printedNumbers(qint64 draftId) const
{
    auto q =
        m_db.run(QStringLiteral("SELECT copy_number, recipient FROM print_copies WHERE draft_id = ? ORDER BY "
                                "job_id"),
                 {draftId});
    if (!q)
        return q.error();
    QHash<int, QString> out;
    while (q.value().next()) {
        const int n = q.value().value(0).toInt();
        if (out.value(n).isEmpty())
            out.insert(n, q.value().value(1).toString());
    }
    return out;
}

Result<qint64> PrintRepository::insertReading(const FirstReading &r) const
{
    auto q = m_db.run(
        QStringLiteral(
            "INSERT INTO first_readings (draft_id, version_number, job_id, result, category, back_to, "
            "note, checklist, distribution, reader_id, reader_name, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?) RETURNING id"),
        {r.draftId, r.version, r.jobId, r.passed ? QStringLiteral("pass") : QStringLiteral("fail"),
         r.passed ? QString() : markupCategoryCode(r.category),
         r.passed ? QString() : firstReadingReturnCode(r.backTo), r.note, r.checklist.join(kListSep),
         r.distribution.join(kListSep), r.readerId, r.readerName, r.atMs});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::Storage,
                         QCoreApplication::translate("PrintRepository", "The first reading got no number."));
    return q.value().value(0).toLongLong();
}

Result<QList<FirstReading>> PrintRepository::readings(qint64 draftId) const
{
    auto q =
        m_db.run(QStringLiteral("SELECT id, version_number, job_id, result, category, back_to, note, "
                                "checklist, distribution, reader_id, reader_name, at FROM first_readings "
                                "WHERE draft_id = ? ORDER BY id"),
                 {draftId});
    if (!q)
        return q.error();
    QList<FirstReading> out;
    auto split = [](const QString &s) { return s.isEmpty() ? QStringList() : s.split(kListSep); };
    while (q.value().next()) {
        FirstReading r;
        r.id = q.value().value(0).toLongLong();
        r.draftId = draftId;
        r.version = q.value().value(1).toInt();
        r.jobId = q.value().value(2).toLongLong();
        r.passed = q.value().value(3).toString() == QLatin1String("pass");
        r.category = markupCategoryFromCode(q.value().value(4).toString()).value_or(MarkupCategory::Wording);
        r.backTo = firstReadingReturnFromCode(q.value().value(5).toString());
        r.note = q.value().value(6).toString();
        r.checklist = split(q.value().value(7).toString());
        r.distribution = split(q.value().value(8).toString());
        r.readerId = q.value().value(9).toLongLong();
        r.readerName = q.value().value(10).toString();
        r.atMs = q.value().value(11).toLongLong();
        out.append(r);
    }
    return out;
}

} // namespace gw
