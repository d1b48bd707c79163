// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — this workstation's settings: every key and its default in one table.
#pragma once

#include <QString>
#include <QVariant>

namespace gw {

/// The four faces an official document is typeset in, as chosen on this workstation. An empty name
/// means "the default face for that role" (core/pdf decides which installed face that is).
struct DocumentFontChoice
{
    QString fangSong;
    QString kaiTi;
    QString heiTi;
    QString xiaoBiaoSong;
};

/// Typed access to the workstation's settings (QSettings underneath, per user). Screens read and write
/// through this class only; no key is spelt anywhere else.
class Settings final
{
public:
    enum class Key
    {
        MainWindowGeometry, ///< QByteArray
        MainWindowState,    ///< QByteArray
        MainWindowSplitter, ///< QByteArray
        MainWindowArea,     ///< int: the area shown last
        LastSaveFolder,     ///< QString: where generated files were saved last
        FontFangSong,       ///< QString: the family standing for 仿宋
        FontKaiTi,          ///< QString: 楷体
        FontHeiTi,          ///< QString: 黑体
        FontXiaoBiaoSong,   ///< QString: 小标宋
        AuditTrustedKeys,   ///< QVariantMap: database → the auditor's public key (hex) pinned here
        AuditSeenCheckpoints, ///< QVariantMap: database → the newest checkpoint seen here
        AuditSigningKeys,   ///< QVariantMap: "database user" → sealed secret key (AuditSigner::seal)
        IdleLockMinutes,    ///< int: minutes without input before the program locks; 0 never
        WindowGeometries,   ///< QVariantMap: a window's object name → its geometry when last closed
        BackupFolders,      ///< QVariantMap: database → the folder this workstation backs it up to
        BackupIntervals,    ///< QVariantMap: database → hours between its automatic backups (0: none)
    };

    /// The stored value, or the key's default.
    static QVariant get(Key key);
    static void set(Key key, const QVariant &value);
    /// Forgets the stored value: the default applies again.
    static void reset(Key key);
    /// The stored name of the key (for diagnostics and tests).
    static QString name(Key key);
    static QVariant defaultValue(Key key);

    /// One value of a per-database map key (AuditTrustedKeys …); `database` is the address shown.
    static QVariant perDatabase(Key key, const QString &database);
    static void setPerDatabase(Key key, const QString &database, const QVariant &value);

    static DocumentFontChoice documentFonts();
    static void setDocumentFonts(const DocumentFontChoice &fonts);
};

} // namespace gw
