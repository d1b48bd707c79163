// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — SQLite must not live on a network filesystem.
#include "storage/FilesystemCheck.h"

#include <QDir>
#include <QFileInfo>

#include <sys/vfs.h>

namespace gw {

bool isNetworkFilesystemMagic(qint64 magic)
{
    switch (static_cast<quint32>(magic)) {
    case 0x6969u:     // NFS
    case 0x517Bu:     // SMB
    case 0xFF534D42u: // CIFS
    case 0xFE534D42u: // SMB2
    case 0x5346414Fu: // AFS
    case 0x00C36400u: // Ceph
    case 0x01021997u: // 9P (v9fs): host folders shared into virtual machines
        return true;
    default:
        return false;
    }
}

qint64 filesystemMagicOf(const QString &path)
{
    QFileInfo fi(path);
    QString dir = fi.isDir() ? fi.absoluteFilePath() : fi.absolutePath();
    while (!QFileInfo::exists(dir)) {
        const QString up = QFileInfo(dir).absolutePath();
        if (up == dir)
            return -1;
        dir = up;
    }
    struct statfs st
    {
    };
    if (::statfs(QFile::encodeName(dir).constData(), &st) != 0)
        return -1;
    return static_cast<qint64>(static_cast<quint32>(st.f_type));
}

} // namespace gw
