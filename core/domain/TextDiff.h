// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — line-by-line comparison of two versions' text.
#pragma once

#include <QList>
#include <QString>

namespace gw {

struct DiffLine
{
    enum Kind
    {
        Same,
        Removed,
        Added
    };
    Kind kind = Same;
    QString text;
};

/// The lines of `before` and `after` in order, each kept, removed or added (longest common subsequence).
QList<DiffLine> diffLines(const QString &before, const QString &after);

} // namespace gw
