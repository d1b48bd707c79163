// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — storage of print jobs, their numbered copies, and the first reader's results.
#pragma once

#include "Result.h"
#include "domain/Clearance.h"
#include "domain/Printing.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace gw {

class Database;

class PrintRepository final
{
public:
    explicit PrintRepository(const Database &db) : m_db(db) {}

    /// Saves the job and its copies; returns the job's id.
    Result<qint64> insertJob(const PrintJob &job) const;
    /// A document's print jobs, oldest first, with their copies; `withPdf` loads the PDFs too.
    Result<QList<PrintJob>> jobs(qint64 draftId, bool withPdf = false) const;
    /// How many copies have been printed of each of these documents that is within `maxSecrecy`
    /// (absent: none, or not visible).
    Result<QHash<qint64, int>> copyCounts(const QList<qint64> &draftIds, Clearance maxSecrecy) const;
    /// The 份号 printed so far for a document, each with the recipient it was first printed for.
    Result<QHash<int, QString>> printedNumbers(qint64 draftId) const;
    Result<qint64> insertReading(const FirstReading &r) const;
    Result<QList<FirstReading>> readings(qint64 draftId) const;

private:
    const Database &m_db;
};

} // namespace gw
