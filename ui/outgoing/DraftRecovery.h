// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the draft editor's recovery copy: what was typed, kept on disk as it is typed, so a
// crash or a killed program loses nothing; offered back the next time the same draft is opened.
#pragma once

#include "Result.h"
#include "domain/Draft.h"

#include <QDateTime>

#include <optional>

namespace gw::draftrecovery {

struct Copy
{
    DraftFields fields;
    QString body;
    QString note;
    QDateTime savedAt;
};

/// The copy's file for this database, account and draft (0 for a new one), in the user's data folder.
QString pathFor(const QString &database, qint64 userId, qint64 draftId);
/// Writes the copy (readable by its owner only).
Status save(const QString &path, const DraftFields &fields, const QString &body, const QString &note);
std::optional<Copy> load(const QString &path);
void discard(const QString &path);

} // namespace gw::draftrecovery
