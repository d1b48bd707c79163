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

/// A run of characters inside a changed paragraph: kept, removed (in the old text only) or added (in the
/// new text only). Chinese has no spaces between words: the change is marked character by character,
/// punctuation included.
struct DiffSpan
{
    DiffLine::Kind kind = DiffLine::Same;
    QString text;
};

/// Adds `text` to `runs`: to the last run when it is of the same kind, else as a run of its own.
void appendRun(QList<DiffSpan> &runs, DiffLine::Kind kind, const QString &text);

/// The characters of `before` and `after` as runs kept, removed and added. Paragraphs too long to compare
/// character by character (over 4,000,000 pairs) come back as one removal and one addition.
QList<DiffSpan> diffChars(const QString &before, const QString &after);

/// One row of a side-by-side comparison: a paragraph kept, changed (both sides, with their character
/// runs), removed (old side only) or added (new side only).
struct DiffRow
{
    enum Kind
    {
        Same,
        Changed,
        Removed,
        Added
    };
    Kind kind = Same;
    QString before;
    QString after;
    QList<DiffSpan> spans; ///< for a changed row
};

/// The paragraphs of two versions paired for reading side by side: a removed paragraph followed by an
/// added one is one changed row, marked character by character.
QList<DiffRow> diffParagraphs(const QString &before, const QString &after);

} // namespace gw
