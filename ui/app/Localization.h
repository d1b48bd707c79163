// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the interface language and the Chinese fonts.
#pragma once

#include <QString>

class QCoreApplication;

namespace gw {

/// "en" when asked for, or when the system speaks English and nothing was asked; else "zh_CN".
QString chooseLanguage(const QString &requested);
/// Loads the program's and Qt's own translations for the chosen language; returns it.
QString installTranslations(QCoreApplication &app, const QString &requested);
/// The language installed last ("zh_CN" or "en").
QString currentLanguage();
/// Sets the application font to a Simplified Chinese face, so Han text never falls back to a
/// Japanese or Traditional one.
void installFonts();
/// The families tried, in order, for Simplified Chinese text.
QStringList simplifiedChineseFamilies();

} // namespace gw
