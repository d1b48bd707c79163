// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — how ArchiveService puts a 件 together (ArchiveAssembly.cpp).
#pragma once

#include "domain/ArchiveItem.h"
#include "security/Actor.h"
#include "services/ArchivePdf.h"

#include <QByteArray>
#include <QList>

namespace gw {

class Database;

namespace archiving {

/// A 件 ready to store: its metadata and components in order with their bytes (parallel lists), and
/// what the worker read from its first document (the 正本 or 来文).
struct Assembled
{
    ArchiveItem item;
    QList<QByteArray> files;
    int mainIndex = -1;
    PdfFacts mainFacts;
    QStringList warnings;
};

/// Gathers the finished document `id` into a 件 (no 档号 yet, no stamped copy): refused when it is not
/// finished, not visible to `who`, archived already, or has no PDF of its document.
Result<Assembled> assemble(const Database &db, const Principal &who, ArchiveSource source, qint64 id,
                           qint64 forwardedId, ArchivePdf &pdf);
/// Adds the copy of the first document with the 归档章 for the 档号 the item now has; says in
/// `warnings` when the stamp could not avoid the text.
Status addStampedCopy(Assembled &a, ArchivePdf &pdf);

} // namespace archiving
} // namespace gw
