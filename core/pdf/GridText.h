// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — text on the 版心's character grid: widths in cells, line breaks, balanced titles.
#pragma once

#include <QStringList>

namespace gw {

/// How text sits on the GB/T 9704 grid of 28 characters a line: pure functions, tested on their own.
class GridText final
{
public:
    /// The characters of a text: a character outside the basic plane (a rare 字 in a name) is one unit
    /// of two UTF-16 code units, never split or drawn in halves.
    static QStringList unitsOf(const QString &s);
    /// Latin letters, digits and their punctuation take half a cell; everything else a whole one.
    static double cellsOfUnit(const QString &unit);
    static double cellsOf(const QString &s);
    /// Characters that may not open a line (避头) and may not close one (避尾).
    static bool mayNotStart(const QString &unit);
    static bool mayNotEnd(const QString &unit);
    /// Breaks text into lines of at most `first` cells, then `other` cells, keeping closing punctuation
    /// off the start of a line (characters go down with it until the next line starts with one that may
    /// open it, as in 。” or ）。) and opening punctuation off its end.
    static QStringList breakLines(const QString &text, double first, double other);
    /// Splits a title into lines of about equal length, none wider than `max` characters.
    static QStringList balancedTitle(const QString &title, double max);
};

} // namespace gw
