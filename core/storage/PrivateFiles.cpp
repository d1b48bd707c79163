// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — files only their owner can read.
#include "storage/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>

namespace gw::privatefiles {
namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString tr(const char *text)
{
    return QCoreApplication::translate("PrivateFiles", text);
}
} // namespace

void restrictNewFiles()
{
    ::umask(077);
}

Status ensureFolder(const QString &folder)
{
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    if (QFileInfo(absolute).isDir())
        return {};
    if (!QDir().mkpath(absolute))
        return makeError(ErrorCode::Storage,
                         tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(absolute)));
    if (!QFile::setPermissions(absolute, kOwnerOnly | QFileDevice::ExeOwner))
        return makeError(ErrorCode::Storage, tr("Cannot make the folder %1 private to its owner.")
                                                 .arg(QDir::toNativeSeparators(absolute)));
    return {};
}

Result<bool> tighten(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    if ((st.st_mode & 077) == 0)
        return false;
    if (::chmod(QFile::encodeName(path).constData(), st.st_mode & 0700) != 0)
        return makeError(ErrorCode::Storage,
                         tr("%1 can be read by other users of this computer, and its permissions cannot be "
                            "changed. Ask the computer's administrator to make it readable by its owner only.")
                             .arg(QDir::toNativeSeparators(path)));
    return true;
}

Status createEmpty(const QString &path)
{
    if (QFileInfo::exists(path)) {
        (void)tighten(path); // as far as the disk allows
        return {};
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError(ErrorCode::Storage, tr("Cannot create %1.").arg(QDir::toNativeSeparators(path)));
    f.setPermissions(kOwnerOnly); // a disk without permissions (FAT) refuses: there is nothing to close
    return {};
}

Status write(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path); // all or nothing: a half-written file never replaces a good one
    if (!f.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Storage, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    f.setPermissions(kOwnerOnly); // a disk without permissions (FAT) refuses: there is nothing to close
    if (f.write(bytes) != bytes.size() || !f.commit())
        return makeError(ErrorCode::Storage, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    (void)tighten(path); // an existing file may keep its mode through the rename on some systems
    return {};
}

Result<QByteArray> readCapped(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Storage,
                         QCoreApplication::translate("PrivateFiles", "Cannot read %1: %2").arg(name, file.errorString()));
    auto tooLarge = [&] {
        return makeError(ErrorCode::Validation,
                         QCoreApplication::translate("PrivateFiles",
                                                     "%1 is larger than the %2 MB this program reads at once. "
                                                     "Nothing was read.")
                             .arg(name)
                             .arg(maxBytes >> 20));
    };
    if (file.size() > maxBytes)
        return tooLarge();
    // Read in pieces, no more than the cap, even if the file grows (or is a device that never ends).
    QByteArray bytes;
    bytes.reserve(qsizetype(qMin(file.size(), maxBytes)));
    for (;;) {
        const QByteArray piece = file.read(qint64(1) << 20);
        if (piece.isEmpty())
            break;
        if (bytes.size() + piece.size() > maxBytes)
            return tooLarge();
        bytes.append(piece);
    }
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Storage,
                         QCoreApplication::translate("PrivateFiles", "Cannot read %1: %2").arg(name, file.errorString()));
    return bytes;
}

} // namespace gw::privatefiles
