// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the interface language and the Chinese fonts.
#include "Localization.h"

#include <QApplication>
#include <QDir>
#include <QFont>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace gw {

QString chooseLanguage(const QString &requested)
{
    const QString r = requested.trimmed().toLower();
    if (r.startsWith(QLatin1String("en")))
        return QStringLiteral("en");
    if (r.startsWith(QLatin1String("zh")))
        return QStringLiteral("zh_CN");
    // The language the user reads, as LANGUAGE, LC_ALL, LC_MESSAGES and LANG say, in that order.
    const QString first = QLocale::system().uiLanguages().value(0).toLower();
    return first.startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("zh_CN");
}

namespace {
QString &installedLanguage()
{
    static QString language = QStringLiteral("zh_CN");
    return language;
}
} // namespace

QString currentLanguage()
{
    return installedLanguage();
}

QString installTranslations(QCoreApplication &app, const QString &requested)
{
    // A second call (a change of language) replaces what the first one installed.
    static QList<QPointer<QTranslator>> installed;
    for (const QPointer<QTranslator> &t : std::as_const(installed)) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    installed.clear();

    const QString lang = chooseLanguage(requested);
    installedLanguage() = lang;
    auto *own = new QTranslator(&app);
    installed.append(own);
    // Installed, the catalogues sit beside the program's share folder (they can be updated without it);
    // the ones built into the program stand in for them.
    const QString shared = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../share/gongwen/translations"));
    if (own->load(QStringLiteral("gongwen_%1").arg(lang), shared) ||
        own->load(QStringLiteral(":/i18n/gongwen_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(own);
    if (lang == QLatin1String("zh_CN")) {
        auto *qt = new QTranslator(&app);
        installed.append(qt);
        if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    return lang;
}

QStringList simplifiedChineseFamilies()
{
    return {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
            QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Microsoft YaHei"),
            QStringLiteral("SimSun")};
}

void installFonts()
{
    QFont f = QApplication::font();
    f.setFamilies(simplifiedChineseFamilies());
    if (f.pointSizeF() < 10)
        f.setPointSizeF(10);
    QApplication::setFont(f);
}

} // namespace gw
