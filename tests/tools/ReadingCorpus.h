// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — a corpus of incoming documents in the layouts a clerk receives (GB/T 9704-2012
// down-, up- and parallel documents, 函 and 纪要 mastheads, joint mastheads, the organ's name alone,
// two- and three-line titles, titles that start with the organ's name, 签发人 lines, 附件, 版记 with
// 印发日期, 密级★期限 and 紧急程度, dates in Chinese numerals), drawn as PDFs in several fonts, each with
// the fields a clerk would register from it.
#pragma once

#include "domain/Clearance.h"
#include "domain/DocumentKinds.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace gw::test {

/// The eight fields the reader proposes, as a clerk would register them.
struct ReadingFields
{
    std::optional<QString> docNumber;
    std::optional<QString> title;
    std::optional<QString> sender;
    std::optional<Genre> genre;
    std::optional<Urgency> urgency;
    std::optional<Clearance> secrecy;
    std::optional<QString> secrecyPeriod;
    std::optional<QDate> writtenDate;
};

struct ReadingCase
{
    QString name;   ///< what the layout is, for messages and file names
    QByteArray pdf; ///< the document as received
    ReadingFields expected;
};

/// The corpus: at least 40 documents, the same on every run.
QList<ReadingCase> readingCorpus();

/// The names of the fields that differ between `read` and `expected` (none when all eight agree).
QStringList readingDifferences(const ReadingFields &read, const ReadingFields &expected);

} // namespace gw::test
