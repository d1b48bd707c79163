// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the text of a PDF, for versions' diffs and search.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace gw {

/// The text of every page, pages separated by a form feed, normalised (NFKC, and the CJK radical
/// code points some fonts produce mapped to the characters they stand for).
Result<QString> extractPdfText(const QByteArray &bytes);
/// The normalisation alone.
QString normalizeExtractedText(const QString &text);

} // namespace gw
