// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — files only their owner can read: the records, and every file the program writes.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace gw::privatefiles {

/// From now on, files and folders this process creates are its owner's alone (umask 077). Called
/// first thing by the program; the functions below do not depend on it.
void restrictNewFiles();

/// Creates `folder` (and its parents) if missing; a folder created here is 0700.
Status ensureFolder(const QString &folder);

/// Makes `path` 0600 if it exists and is readable or writable by others; says whether it had to.
/// A missing file is fine (nothing to tighten).
Result<bool> tighten(const QString &path);

/// Creates `path` empty and 0600 if it does not exist (an existing one is tightened), so that
/// whatever then writes it (SQLite, a printer) writes into a file only the owner can read. Modes
/// a disk cannot keep (FAT) are not an error.
Status createEmpty(const QString &path);

/// Writes `bytes` to `path` all or nothing, the file 0600 where the disk keeps modes (an export, a saved
/// attachment, a PDF).
Status write(const QString &path, const QByteArray &bytes);

/// The largest file the program reads into memory at once (a scanned PDF of a few hundred pages).
inline constexpr qint64 kMaxReadBytes = qint64(256) << 20;
/// Reads all of `path`, refusing with a clear message a file larger than `maxBytes` (or one that grows
/// past it while read) instead of taking the memory it claims.
Result<QByteArray> readCapped(const QString &path, qint64 maxBytes = kMaxReadBytes);

} // namespace gw::privatefiles
