// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the PDF worker's requests for archiving: the fonts a document leaves out, a stamped copy.
#pragma once

#include "pdf/PdfProtocol.h"

namespace Poppler {
class Document;
}

namespace gw::pdfworker {

/// Answers `op` if it is one of these requests (on `doc`, the open document, when it needs one);
/// false when it is not, so the worker reports an unknown request.
bool handleMore(pdfproto::Op op, QDataStream &in, QDataStream &out, Poppler::Document *doc);

} // namespace gw::pdfworker
