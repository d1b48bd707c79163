// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the search index's text of a PDF file, read by the sandboxed worker.
#pragma once

#include "pdf/PdfWorkerClient.h"
#include "services/SearchService.h"

namespace gw {

/// Reads every page's text of each PDF given, through `worker` (which must outlive the reader).
inline PdfTextReader pdfTextReader(PdfWorkerClient &worker)
{
    return [&worker](const QByteArray &pdf) -> Result<QString> {
        auto info = worker.open(pdf);
        if (!info)
            return info.error();
        return worker.documentText(info.value().pageCount);
    };
}

} // namespace gw
