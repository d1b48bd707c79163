// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — text on the 版心's character grid: widths in cells, line breaks, balanced titles.
#include "pdf/GridText.h"

#include <cmath>

namespace gw {

/// The characters of a text: a character outside the basic plane (a rare 字 in a name) is one unit of
/// two UTF-16 code units, never split or drawn in halves.
QStringList GridText::unitsOf(const QString &s)
{
    QStringList out;
    out.reserve(s.size());
    for (int i = 0; i < s.size(); ++i) {
        if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            out.append(s.mid(i, 2));
            ++i;
        } else {
            out.append(QString(s.at(i)));
        }
    }
    return out;
}

/// Latin letters, digits and their punctuation take half a character.
double GridText::cellsOfUnit(const QString &unit)
{
    return unit.size() == 1 && unit.at(0).unicode() < 0x0100 ? 0.5 : 1.0;
}

double GridText::cellsOf(const QString &s)
{
    double w = 0;
    for (const QString &u : unitsOf(s))
        w += cellsOfUnit(u);
    return w;
}

/// Characters that may not open a line (避头) and may not close one (避尾).
bool GridText::mayNotStart(const QString &unit)
{
    static const QString set = QStringLiteral("，。、；：？！）》」』”’〕】…%,.;:?!)");
    return unit.size() == 1 && set.contains(unit.at(0));
}
bool GridText::mayNotEnd(const QString &unit)
{
    static const QString set = QStringLiteral("（《「『“‘〔【(");
    return unit.size() == 1 && set.contains(unit.at(0));
}

/// Breaks text into lines of at most `first` cells, then `other` cells, keeping closing punctuation
/// off the start of a line (characters go down with it until the next line starts with one that may
/// open it, as in 。” or ）。) and opening punctuation off its end.
QStringList GridText::breakLines(const QString &text, double first, double other)
{
    QStringList lines;
    QStringList line;
    double width = 0;
    double limit = first;
    for (const QString &u : unitsOf(text)) {
        const double w = cellsOfUnit(u);
        if (width + w > limit + 1e-9 && !line.isEmpty()) {
            QStringList carry;
            if (mayNotStart(u)) {
                while (line.size() > 1) {
                    carry.prepend(line.takeLast());
                    if (!mayNotStart(carry.first()))
                        break;
                }
            }
            while (line.size() > 1 && mayNotEnd(line.last()))
                carry.prepend(line.takeLast());
            lines.append(line.join(QString()));
            line = carry;
            width = cellsOf(carry.join(QString()));
            limit = other;
        }
        line.append(u);
        width += w;
    }
    if (!line.isEmpty())
        lines.append(line.join(QString()));
    return lines;
}

/// Splits a title into lines of about equal length, none wider than `max` characters.
QStringList GridText::balancedTitle(const QString &title, double max)
{
    const double width = cellsOf(title);
    const int count = qMax(1, int(std::ceil(width / max - 1e-9)));
    if (count == 1)
        return {title};
    // Two lines break before 关于 when both halves fit: the issuer, then what it is about.
    const int about = title.indexOf(QStringLiteral("关于"));
    if (count == 2 && about > 0 && cellsOf(title.left(about)) <= max && cellsOf(title.mid(about)) <= max)
        return {title.left(about), title.mid(about)};
    return breakLines(title, std::ceil(width / count), std::ceil(width / count));
}

} // namespace gw
