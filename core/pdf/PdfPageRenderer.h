// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — renders pages on a thread of its own, through the PDF worker process, so the
// interface never waits for Poppler.
#pragma once

#include "pdf/PdfTypes.h"

#include <QImage>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace gw {

class PdfWorkerClient;

/// Takes requests from any thread and answers with queued signals. Requests for pages replace
/// the previous ones, so scrolling fast does not build a backlog of pages no longer shown.
class PdfPageRenderer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfPageRenderer)
public:
    using ClientFactory = std::function<std::unique_ptr<PdfWorkerClient>()>;

    explicit PdfPageRenderer(ClientFactory makeClient = {}, QObject *parent = nullptr);
    ~PdfPageRenderer() override;

    /// Opens a document; answers with opened() or openFailed(). Returns its generation number.
    quint64 open(const QByteArray &pdf, const QString &password = {});
    /// The pages wanted at `dpi`, most wanted first; replaces what was wanted before.
    void want(const QList<int> &pages, double dpi);
    /// Small images of every page, done when nothing else is wanted.
    void wantThumbnails(double dpi);
    void wantText(const QList<int> &pages);
    /// Lets a page that overran or stopped the worker be tried again (it is not, by itself).
    void retry(int page);

Q_SIGNALS:
    void opened(quint64 generation, const gw::PdfDocumentInfo &info);
    void openFailed(quint64 generation, const QString &message, bool needsPassword);
    void rendered(quint64 generation, int page, double dpi, const QImage &image);
    void renderFailed(quint64 generation, int page, const QString &message);
    void thumbnailReady(quint64 generation, int page, const QImage &image);
    void textReady(quint64 generation, int page, const gw::PdfPageText &text);

private:
    class Job;
    struct Pending
    {
        quint64 generation = 0;
        bool openPending = false;
        QByteArray pdf;
        QString password;
        QList<int> pages;
        double dpi = 0;
        QList<int> textPages;
        QList<int> retryPages;
        int pageCount = 0;
        double thumbDpi = 0;
        int nextThumb = 0;
    };
    void pump();

    QThread m_thread;
    Job *m_job = nullptr;
    QMutex m_mutex;
    Pending m_pending;
};

} // namespace gw

Q_DECLARE_METATYPE(gw::PdfDocumentInfo)
Q_DECLARE_METATYPE(gw::PdfPageText)
