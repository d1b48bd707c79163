// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the text of a PDF, for versions' diffs and search.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace gw {

/// Normalises text that Poppler extracted: NFKC, and the CJK radical code points some fonts
/// produce mapped to the characters they stand for, so the same text compares equal.
/// (Extraction itself runs in the PDF worker: PdfWorkerClient::documentText.)
QString normalizeExtractedText(const QString &text);

} // namespace gw
