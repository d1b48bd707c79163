// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — ArchivePdf done with the sandboxed PDF worker, QPdfWriter and the office's fonts.
#pragma once

#include "services/ArchivePdf.h"

#include <memory>

namespace gw {

class PdfWorkerClient;

class ArchivePdfTools final : public ArchivePdf
{
public:
    /// Uses `worker`, or a worker of this program's own when none is given.
    explicit ArchivePdfTools(std::unique_ptr<PdfWorkerClient> worker = {});
    ~ArchivePdfTools() override;

    Result<PdfFacts> inspect(const QByteArray &pdf, InspectDepth depth = InspectDepth::Full) override;
    Result<QByteArray> stamp(const QByteArray &pdf, const ArchiveStamp &stamp, const QRectF &at) override;
    Result<QByteArray> recordPdf(const RecordSheet &sheet) override;

    /// The 归档章 alone: a 45 × 16 mm PDF page, red lines and text, six cells.
    static QByteArray stampPdf(const ArchiveStamp &stamp);

private:
    std::unique_ptr<PdfWorkerClient> m_worker;
};

} // namespace gw
