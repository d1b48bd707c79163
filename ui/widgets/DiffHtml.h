// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — character runs of a comparison as HTML: removed characters struck through on red,
// added ones underlined on green. In Chinese, with no spaces between words, the changed character or
// punctuation mark is what the reader looks for.
#pragma once

#include "domain/TextDiff.h"

namespace gw {

enum class DiffSide
{
    Old,   ///< kept and removed characters
    New,   ///< kept and added characters
    Inline ///< all of them, in order
};

QString diffSpansHtml(const QList<DiffSpan> &spans, DiffSide side);

/// A whole text removed (struck through on red) or added (underlined on green).
QString diffWholeHtml(const QString &text, DiffLine::Kind kind);

} // namespace gw
