// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the first reader's comparison: the text of a print against what was signed, element
// by element (版头, 标题, 主送, each paragraph, 署名, 日期, 版记), side by side.
#pragma once

#include "domain/OfficialDocument.h"
#include "domain/TextDiff.h"

#include <QList>
#include <QStringList>

namespace gw {

/// One element of the signed document and what the print has in its place.
struct ComparedElement
{
    PrintedElement element; ///< the signed element, its words as signed
    QString signedText;     ///< read form (see readable())
    QString printedText;    ///< read form; empty when the print lacks the element
    QList<DiffSpan> spans;  ///< the element's characters kept, missing from the print, or added by it
    bool same = false;
};

/// Compares the signed document's printed elements with the text extracted from the print. Both are
/// read the same way (NFKC, no white space, no page numbers — — n —), so that line breaks on paper do
/// not count as differences. Each character of the print is placed with the element it stands in: text
/// the print adds goes with the element it is inside; between two elements, with the one before, or the
/// one after when the one before has ended its sentence (。：；！？) and the one after is of its kind (a
/// paragraph after a paragraph). The sentences are lined up
/// first and the characters then inside the sentences that differ, so a long document stays quick.
QList<ComparedElement> comparePrint(const QList<PrintedElement> &signedElements, const QString &printedText);

/// Compared text for reading: the half-width punctuation of NFKC shown full-width again (，：；！？（）).
QString readable(const QString &key);

/// How many elements differ.
int differenceCount(const QList<ComparedElement> &comparison);

} // namespace gw
