// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the first reader's comparison: the text of a print against what was signed, sentence
// by sentence, side by side.
#pragma once

#include <QList>
#include <QStringList>

namespace gw {

struct ComparedSentence
{
    QString signedText;  ///< empty when the print has a sentence the signed version does not; read form
    QString printedText; ///< empty when the print lacks a sentence of the signed version
    bool same = false;
};

/// Compares the signed document's printed elements with the text extracted from the print. Both
/// are read the same way (NFKC, no white space, no page numbers — — n —) and cut after 。；：！？, so
/// that line breaks on paper do not count as differences.
QList<ComparedSentence> comparePrint(const QStringList &signedElements, const QString &printedText);

/// Compared text for reading: the half-width punctuation of NFKC shown full-width again (，：；！？（）).
QString readable(const QString &key);

/// How many sentences differ.
int differenceCount(const QList<ComparedSentence> &comparison);

} // namespace gw
