// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — the workstation's settings: one table of keys and defaults.
#include "Settings.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QSettings>
#include <QStandardPaths>

using namespace gw;

namespace {
const QList<Settings::Key> kAll = {
    Settings::Key::MainWindowGeometry, Settings::Key::MainWindowState, Settings::Key::MainWindowSplitter,
    Settings::Key::MainWindowArea,     Settings::Key::LastSaveFolder,  Settings::Key::FontFangSong,
    Settings::Key::FontKaiTi,          Settings::Key::FontHeiTi,       Settings::Key::FontXiaoBiaoSong,
    Settings::Key::AuditTrustedKeys,   Settings::Key::AuditSeenCheckpoints, Settings::Key::AuditSigningKeys,
    Settings::Key::IdleLockMinutes,    Settings::Key::WindowGeometries, Settings::Key::BackupFolders,
    Settings::Key::BackupIntervals,
};

struct Scratch
{
    Scratch()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    ~Scratch() { QSettings().clear(); }
};
} // namespace

TEST_CASE("Settings: every key has a name of its own and reads its default until set", "[settings]")
{
    Scratch scratch;
    QSet<QString> names;
    for (Settings::Key k : kAll) {
        const QString n = Settings::name(k);
        INFO(n.toStdString());
        CHECK(n.contains(QLatin1Char('/')));
        CHECK_FALSE(names.contains(n));
        names.insert(n);
        CHECK(Settings::get(k) == Settings::defaultValue(k));
    }
    CHECK(Settings::get(Settings::Key::MainWindowArea).toInt() == 0);
}

TEST_CASE("Settings: a value set is read back, and reset brings the default again", "[settings]")
{
    Scratch scratch;
    Settings::set(Settings::Key::LastSaveFolder, QStringLiteral("/srv/公文"));
    CHECK(Settings::get(Settings::Key::LastSaveFolder).toString() == QStringLiteral("/srv/公文"));
    // Stored where earlier versions kept it, so an upgrade keeps the user's choice.
    CHECK(QSettings().value(QStringLiteral("files/lastSaveFolder")).toString() ==
          QStringLiteral("/srv/公文"));
    Settings::reset(Settings::Key::LastSaveFolder);
    CHECK(Settings::get(Settings::Key::LastSaveFolder).toString().isEmpty());

    Settings::setDocumentFonts({QStringLiteral("方正仿宋_GBK"), {}, QStringLiteral("黑体"), {}});
    const DocumentFontChoice f = Settings::documentFonts();
    CHECK(f.fangSong == QStringLiteral("方正仿宋_GBK"));
    CHECK(f.kaiTi.isEmpty()); // not chosen: the typesetter takes its default face
    CHECK(f.heiTi == QStringLiteral("黑体"));
    CHECK(QSettings().value(QStringLiteral("fonts/fangSong")).toString() == QStringLiteral("方正仿宋_GBK"));
}
