// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the register of serial publications (刊物).
#include "storage/SerialRepository.h"

#include "storage/Database.h"
#include "storage/NumberingRepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gw {
namespace {

const char kColumns[] = "id, name, issuer, yearly, active, updated_at, updated_by, version";
const char kIssueColumns[] = "i.draft_id, i.serial_id, s.name, s.yearly, i.period, i.year, i.number, i.created_at, "
                             "d.title, d.state, d.doc_number";

Serial readSerial(const QSqlQuery &q)
{
    Serial s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.issuer = q.value(2).toString();
    s.yearly = q.value(3).toInt() != 0;
    s.active = q.value(4).toInt() != 0;
    s.updatedAtMs = q.value(5).toLongLong();
    s.updatedBy = q.value(6).toString();
    s.version = q.value(7).toLongLong();
    return s;
}

SerialIssue readIssue(const QSqlQuery &q)
{
    SerialIssue i;
    i.draftId = q.value(0).toLongLong();
    i.serialId = q.value(1).toLongLong();
    i.serialName = q.value(2).toString();
    i.yearly = q.value(3).toInt() != 0;
    i.period = q.value(4).toString();
    i.year = q.value(5).toInt();
    i.number = q.value(6).toInt();
    i.createdAtMs = q.value(7).toLongLong();
    i.title = q.value(8).toString();
    i.state = q.value(9).toString();
    i.docNumber = q.value(10).toString();
    return i;
}

Result<std::optional<Serial>> one(const Database &db, const QString &where, const QVariant &bind)
{
    auto q = db.run(QStringLiteral("SELECT %1 FROM serials WHERE %2").arg(QLatin1String(kColumns), where), {bind});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Serial>();
    return std::optional<Serial>(readSerial(q.value()));
}

} // namespace

Result<QList<Serial>> SerialRepository::list() const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM serials ORDER BY name").arg(QLatin1String(kColumns)));
    if (!q)
        return q.error();
    QList<Serial> out;
    while (q.value().next())
        out.append(readSerial(q.value()));
    return out;
}

Result<std::optional<Serial>> SerialRepository::find(qint64 id) const
{
    return one(m_db, QStringLiteral("id = ?"), id);
}

Result<std::optional<Serial>> SerialRepository::findByName(const QString &name) const
{
    return one(m_db, QStringLiteral("name = ?"), name);
}

Result<qint64> SerialRepository::insert(const Serial &s, qint64 nowMs, const QString &by) const
{
    auto q = m_db.run(QStringLiteral("INSERT INTO serials (name, issuer, yearly, active, created_at, updated_at, "
                                     "updated_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"),
                      {s.name, s.issuer, s.yearly ? 1 : 0, s.active ? 1 : 0, nowMs, nowMs, by});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::Storage,
                         QCoreApplication::translate("SerialRepository", "The new serial got no number."));
    return q.value().value(0).toLongLong();
}

Result<qint64> SerialRepository::update(const Serial &s, qint64 nowMs, const QString &by) const
{
    auto q = m_db.run(QStringLiteral("UPDATE serials SET name = ?, issuer = ?, yearly = ?, active = ?, updated_at "
                                     "= ?, updated_by = ?, version = version + 1 WHERE id = ? AND version = ? "
                                     "RETURNING version"),
                      {s.name, s.issuer, s.yearly ? 1 : 0, s.active ? 1 : 0, nowMs, by, s.id, s.version});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::Conflict, QCoreApplication::translate(
                                                  "SerialRepository", "The serial was changed at another "
                                                                      "workstation meanwhile. Reload it."));
    return q.value().value(0).toLongLong();
}

Status SerialRepository::addIssue(qint64 serialId, qint64 draftId, const QString &period, qint64 nowMs) const
{
    auto q = m_db.run(QStringLiteral("INSERT INTO serial_issues (draft_id, serial_id, period, year, number, "
                                     "created_at) VALUES (?, ?, ?, 0, 0, ?)"),
                      {draftId, serialId, period, nowMs});
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<SerialIssue>> SerialRepository::issueOf(qint64 draftId) const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM serial_issues i JOIN serials s ON s.id = i.serial_id JOIN "
                                     "drafts d ON d.id = i.draft_id WHERE i.draft_id = ?")
                          .arg(QLatin1String(kIssueColumns)),
                      {draftId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<SerialIssue>();
    return std::optional<SerialIssue>(readIssue(q.value()));
}

Result<std::optional<SerialIssue>> SerialRepository::number(qint64 draftId, int year) const
{
    Q_ASSERT(m_db.inTransaction());
    auto found = issueOf(draftId);
    if (!found || !found.value() || found.value()->number > 0)
        return found;
    SerialIssue issue = *found.value();
    issue.year = issue.yearly ? year : 0;
    auto seq = NumberingRepository(m_db).next(QStringLiteral("serial:%1").arg(issue.serialId), issue.year);
    if (!seq)
        return seq.error();
    issue.number = seq.value();
    // Only an issue still without a number takes this one: two writers never both number it.
    auto q = m_db.run(QStringLiteral("UPDATE serial_issues SET year = ?, number = ? WHERE draft_id = ? AND number = 0 "
                                     "RETURNING number"),
                      {issue.year, issue.number, draftId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("SerialRepository",
                                                                          "The issue was numbered at another "
                                                                          "workstation meanwhile."));
    return std::optional<SerialIssue>(issue);
}

Result<QList<SerialIssue>> SerialRepository::issues(qint64 serialId, Clearance maxSecrecy) const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM serial_issues i JOIN serials s ON s.id = i.serial_id JOIN "
                                     "drafts d ON d.id = i.draft_id WHERE i.serial_id = ? AND d.secrecy_rank <= ? "
                                     "ORDER BY i.number = 0 DESC, i.year DESC, i.number DESC, i.created_at DESC")
                          .arg(QLatin1String(kIssueColumns)),
                      {serialId, static_cast<int>(maxSecrecy)});
    if (!q)
        return q.error();
    QList<SerialIssue> out;
    while (q.value().next())
        out.append(readIssue(q.value()));
    return out;
}

} // namespace gw
