// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — this workstation's settings.
#include "Settings.h"

#include <QSettings>

namespace gw {
namespace {
struct Entry
{
    Settings::Key key;
    const char *name;
    QVariant fallback;
};

// clang-format off
// key,                                  stored as,              default
const Entry kTable[] = {
    {Settings::Key::MainWindowGeometry,  "mainWindow/geometry",  QByteArray()},
    {Settings::Key::MainWindowState,     "mainWindow/state",     QByteArray()},
    {Settings::Key::MainWindowSplitter,  "mainWindow/splitter",  QByteArray()},
    {Settings::Key::MainWindowArea,      "mainWindow/area",      0},
    {Settings::Key::LastSaveFolder,      "files/lastSaveFolder", QString()},
    {Settings::Key::FontFangSong,        "fonts/fangSong",       QString()},
    {Settings::Key::FontKaiTi,           "fonts/kaiTi",          QString()},
    {Settings::Key::FontHeiTi,           "fonts/heiTi",          QString()},
    {Settings::Key::FontXiaoBiaoSong,    "fonts/xiaoBiaoSong",   QString()},
    {Settings::Key::AuditTrustedKeys,    "audit/trustedKeys",    QVariantMap()},
    {Settings::Key::AuditSeenCheckpoints, "audit/seenCheckpoints", QVariantMap()},
    {Settings::Key::AuditSigningKeys,    "audit/signingKeys",    QVariantMap()},
    {Settings::Key::IdleLockMinutes,     "security/idleLockMinutes", 15},
    {Settings::Key::WindowGeometries,    "windows/geometries",   QVariantMap()},
    {Settings::Key::BackupFolders,       "backup/folders",       QVariantMap()},
    {Settings::Key::BackupIntervals,     "backup/intervals",     QVariantMap()},
};
// clang-format on

const Entry &entry(Settings::Key key)
{
    for (const Entry &e : kTable) {
        if (e.key == key)
            return e;
    }
    return kTable[0]; // every key is in the table (a test walks them all)
}
} // namespace

QVariant Settings::get(Key key)
{
    const Entry &e = entry(key);
    return QSettings().value(QLatin1String(e.name), e.fallback);
}

void Settings::set(Key key, const QVariant &value)
{
    QSettings().setValue(QLatin1String(entry(key).name), value);
}

void Settings::reset(Key key)
{
    QSettings().remove(QLatin1String(entry(key).name));
}

QString Settings::name(Key key)
{
    return QLatin1String(entry(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).fallback;
}

QVariant Settings::perDatabase(Key key, const QString &database)
{
    return get(key).toMap().value(database);
}

void Settings::setPerDatabase(Key key, const QString &database, const QVariant &value)
{
    QVariantMap map = get(key).toMap();
    map.insert(database, value);
    set(key, map);
}

DocumentFontChoice Settings::documentFonts()
{
    return {get(Key::FontFangSong).toString(), get(Key::FontKaiTi).toString(), get(Key::FontHeiTi).toString(),
            get(Key::FontXiaoBiaoSong).toString()};
}

void Settings::setDocumentFonts(const DocumentFontChoice &fonts)
{
    set(Key::FontFangSong, fonts.fangSong);
    set(Key::FontKaiTi, fonts.kaiTi);
    set(Key::FontHeiTi, fonts.heiTi);
    set(Key::FontXiaoBiaoSong, fonts.xiaoBiaoSong);
}

} // namespace gw
