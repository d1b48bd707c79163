// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — SQLite must not live on a network filesystem (its locks do not hold there).
#pragma once

#include <QString>

namespace gw {

/// True for the statfs magic numbers of NFS and SMB/CIFS filesystems.
bool isNetworkFilesystemMagic(qint64 magic);
/// The filesystem magic of the folder holding `path` (or its nearest existing parent); -1 when unknown.
qint64 filesystemMagicOf(const QString &path);

} // namespace gw
