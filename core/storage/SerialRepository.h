// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the register of serial publications (刊物) and their issues.
#pragma once

#include "Result.h"
#include "domain/Clearance.h"
#include "domain/Serial.h"

#include <QList>
#include <optional>

namespace gw {

class Database;

class SerialRepository final
{
public:
    explicit SerialRepository(const Database &db) : m_db(db) {}

    /// Every serial, by name.
    Result<QList<Serial>> list() const;
    Result<std::optional<Serial>> find(qint64 id) const;
    Result<std::optional<Serial>> findByName(const QString &name) const;
    Result<qint64> insert(const Serial &s, qint64 nowMs, const QString &by) const;
    /// The new row version; a conflict when the row changed meanwhile (the caller checked it).
    Result<qint64> update(const Serial &s, qint64 nowMs, const QString &by) const;

    /// Records that draft `draftId` is to be an issue of `serialId` covering `period`.
    Status addIssue(qint64 serialId, qint64 draftId, const QString &period, qint64 nowMs) const;
    /// The issue a draft carries, if it is one.
    Result<std::optional<SerialIssue>> issueOf(qint64 draftId) const;
    /// Gives the draft's issue its number (the serial's next for `year`, or on from the first) inside
    /// the caller's write transaction, as 发文字号 are given: a rolled-back transaction gives it back.
    /// Returns the issue as numbered; none when the draft is no issue. A numbered issue keeps its number.
    Result<std::optional<SerialIssue>> number(qint64 draftId, int year) const;
    /// The issues of a serial, newest first, within `maxSecrecy`.
    Result<QList<SerialIssue>> issues(qint64 serialId, Clearance maxSecrecy) const;

private:
    const Database &m_db;
};

} // namespace gw
