// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 发文字号 sequences.
#include "storage/NumberingRepository.h"

#include "storage/Database.h"

namespace gw {

Result<int> NumberingRepository::next(const QString &prefix, int year) const
{
    Q_ASSERT(m_db.inTransaction());
    if (auto q =
            m_db.run(QStringLiteral("INSERT INTO doc_sequences (prefix, year, last_seq) VALUES (?, ?, 0) "
                                    "ON CONFLICT (prefix, year) DO NOTHING"),
                     {prefix, year});
        !q)
        return q.error();
    auto q = m_db.run(
        QStringLiteral("UPDATE doc_sequences SET last_seq = last_seq + 1 WHERE prefix = ? AND year = ? "
                       "RETURNING last_seq"),
        {prefix, year});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::Storage, QStringLiteral("doc_sequences"));
    return q.value().value(0).toInt();
}

Result<int> NumberingRepository::last(const QString &prefix, int year) const
{
    auto q = m_db.run(QStringLiteral("SELECT last_seq FROM doc_sequences WHERE prefix = ? AND year = ?"),
                      {prefix, year});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toInt() : 0;
}

} // namespace gw
