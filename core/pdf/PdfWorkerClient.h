// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — talks to the PDF worker process and outlives its crashes.
#pragma once

#include "Result.h"
#include "pdf/PdfTypes.h"

#include <QByteArray>
#include <QDataStream>
#include <QImage>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>

class QProcess;

namespace gw {

/// Opens, renders and reads PDFs through a worker process. Every call waits at most its time
/// limit; a worker that crashes or overruns is killed, the call returns an error, and the next
/// call starts a new worker (reopening the document). Use one client per thread; calls block,
/// so the interface thread gives them to a worker thread.
class PdfWorkerClient final
{
public:
    /// `program` and `arguments` start the worker, e.g. the gongwen executable with "pdf-worker".
    PdfWorkerClient(QString program, QStringList arguments);
    ~PdfWorkerClient();
    PdfWorkerClient(const PdfWorkerClient &) = delete;
    PdfWorkerClient &operator=(const PdfWorkerClient &) = delete;

    /// The worker of this program: the running executable with "pdf-worker".
    static std::unique_ptr<PdfWorkerClient> forThisProgram();

    /// Fails with ErrorCode::Auth when the PDF needs a (different) password.
    Result<PdfDocumentInfo> open(const QByteArray &pdf, const QString &password = {}, int timeoutMs = 15000);
    Result<QImage> render(int page, double dpi, int timeoutMs = 15000);
    Result<PdfPageText> text(int page, int timeoutMs = 15000);
    /// The text of every page of the open PDF, pages separated by a form feed. `going`, if given, is
    /// told each page done (done, total) and stops the reading when it answers false.
    Result<QString> documentText(int pageCount, int timeoutMs = 15000,
                                 const std::function<bool(int, int)> &going = {});
    /// A copy of the open PDF with `annotations` added as real PDF annotations (the original is untouched).
    Result<QByteArray> annotatedCopy(const QList<PdfAnnotation> &annotations, int timeoutMs = 30000);
    /// The annotations the open PDF carries.
    Result<QList<PdfAnnotation>> annotations(int timeoutMs = 15000);
    /// The fonts the open document uses without carrying them.
    Result<QStringList> unembeddedFonts(int timeoutMs = 15000);
    /// A copy of `pdf` with the first page of `overlay` drawn into `at` (points from its first page's top
    /// left); made in the worker, since `pdf` is untrusted. Needs no open document.
    Result<QByteArray> stamped(const QByteArray &pdf, const QByteArray &overlay, const QRectF &at,
                               int timeoutMs = 30000);
    /// A page whose drawing or reading overran its time limit or stopped the worker is not tried
    /// again for the open document: later calls for it fail at once, until retryPage().
    bool gaveUp(int page) const { return m_gaveUp.contains(page); }
    void retryPage(int page) { m_gaveUp.remove(page); }
    /// How many workers were started (restarts after crashes count too).
    int starts() const { return m_starts; }
    bool hasDocument() const { return !m_pdf.isEmpty(); }

private:
    /// The reply to `request`, its id still in front.
    Result<QByteArray> call(const QByteArray &request, int timeoutMs);
    void readAvailable();
    /// Writes a request, sends it, and returns the reply (the answer starts after the id and the status
    /// byte), or the worker's error.
    Result<QByteArray> ask(const std::function<void(QDataStream &)> &write, int timeoutMs,
                           bool needsDocument = true);
    Status ensureStarted();
    Status reopenIfNeeded(int timeoutMs);
    /// Fails at once for a page given up on; else asks, and gives the page up if the worker broke.
    Result<QByteArray> askForPage(int page, const std::function<void(QDataStream &)> &write, int timeoutMs);
    void kill();

    QString m_program;
    QStringList m_arguments;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_buffer;
    QByteArray m_pdf;
    QString m_password;
    bool m_opened = false;
    bool m_workerBroke = false; // the last call overran, crashed or sent too much
    QSet<int> m_gaveUp;
    quint32 m_nextId = 1;
    int m_starts = 0;
};

} // namespace gw
