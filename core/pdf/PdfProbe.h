// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — a first look at a PDF: can it be opened, how many pages, is it locked.
#pragma once

#include "Result.h"

#include <QByteArray>

namespace gw {

struct PdfFacts
{
    int pageCount = 0;
    bool encrypted = false;
    QString title;
};

/// Opens PDF bytes with Poppler and reports what it found, or a message for the user.
/// Rendering, extraction and untrusted-file isolation build on this in later work.
Result<PdfFacts> probePdf(const QByteArray &bytes);

} // namespace gw
