// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — renders pages on a thread of its own, through the PDF worker process.
#include "pdf/PdfPageRenderer.h"

#include "pdf/PdfWorkerClient.h"

#include <QMutexLocker>

namespace gw {

/// Lives on the render thread and owns the worker client there.
class PdfPageRenderer::Job final : public QObject
{
public:
    explicit Job(ClientFactory make) : m_make(std::move(make)) {}
    PdfWorkerClient &client()
    {
        if (!m_client)
            m_client = m_make ? m_make() : PdfWorkerClient::forThisProgram();
        return *m_client;
    }
    void reset() { m_client.reset(); }

private:
    ClientFactory m_make;
    std::unique_ptr<PdfWorkerClient> m_client;
};

PdfPageRenderer::PdfPageRenderer(ClientFactory makeClient, QObject *parent) : QObject(parent)
{
    qRegisterMetaType<gw::PdfDocumentInfo>();
    qRegisterMetaType<gw::PdfPageText>();
    m_job = new Job(std::move(makeClient));
    m_job->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_job, [job = m_job] {
        job->reset(); // the worker process ends on the thread that started it
        delete job;
    });
    m_thread.setObjectName(QStringLiteral("pdf-render"));
    m_thread.start();
}

PdfPageRenderer::~PdfPageRenderer()
{
    {
        QMutexLocker lock(&m_mutex);
        m_pending = Pending{};
    }
    m_thread.quit();
    m_thread.wait();
}

quint64 PdfPageRenderer::open(const QByteArray &pdf, const QString &password)
{
    quint64 generation = 0;
    {
        QMutexLocker lock(&m_mutex);
        Pending next;
        next.generation = m_pending.generation + 1;
        next.openPending = true;
        next.pdf = pdf;
        next.password = password;
        m_pending = next;
        generation = m_pending.generation;
    }
    QMetaObject::invokeMethod(
        m_job, [this] { pump(); }, Qt::QueuedConnection);
    return generation;
}

void PdfPageRenderer::want(const QList<int> &pages, double dpi)
{
    {
        QMutexLocker lock(&m_mutex);
        m_pending.pages = pages;
        m_pending.dpi = dpi;
    }
    QMetaObject::invokeMethod(
        m_job, [this] { pump(); }, Qt::QueuedConnection);
}

void PdfPageRenderer::wantThumbnails(double dpi)
{
    {
        QMutexLocker lock(&m_mutex);
        m_pending.thumbDpi = dpi;
        m_pending.nextThumb = 0;
    }
    QMetaObject::invokeMethod(
        m_job, [this] { pump(); }, Qt::QueuedConnection);
}

void PdfPageRenderer::wantText(const QList<int> &pages)
{
    {
        QMutexLocker lock(&m_mutex);
        for (int p : pages) {
            if (!m_pending.textPages.contains(p))
                m_pending.textPages.append(p);
        }
    }
    QMetaObject::invokeMethod(
        m_job, [this] { pump(); }, Qt::QueuedConnection);
}

void PdfPageRenderer::retry(int page)
{
    {
        QMutexLocker lock(&m_mutex);
        m_pending.retryPages.append(page);
    }
    QMetaObject::invokeMethod(
        m_job, [this] { pump(); }, Qt::QueuedConnection);
}

// Runs on the render thread: one piece of work at a time, re-reading what is wanted in between.
void PdfPageRenderer::pump()
{
    for (;;) {
        enum class Kind
        {
            None,
            Open,
            Page,
            Text,
            Thumb
        } kind = Kind::None;
        quint64 generation = 0;
        QByteArray pdf;
        QString password;
        int page = -1;
        double dpi = 0;
        QList<int> retry;
        {
            QMutexLocker lock(&m_mutex);
            generation = m_pending.generation;
            retry.swap(m_pending.retryPages);
            if (m_pending.openPending) {
                kind = Kind::Open;
                pdf = m_pending.pdf;
                password = m_pending.password;
                m_pending.openPending = false;
            } else if (m_pending.pageCount > 0 && !m_pending.pages.isEmpty()) {
                kind = Kind::Page;
                page = m_pending.pages.takeFirst();
                dpi = m_pending.dpi;
            } else if (m_pending.pageCount > 0 && !m_pending.textPages.isEmpty()) {
                kind = Kind::Text;
                page = m_pending.textPages.takeFirst();
            } else if (m_pending.pageCount > 0 && m_pending.thumbDpi > 0 &&
                       m_pending.nextThumb < m_pending.pageCount) {
                kind = Kind::Thumb;
                page = m_pending.nextThumb++;
                dpi = m_pending.thumbDpi;
            }
        }
        PdfWorkerClient &client = m_job->client();
        for (int p : retry)
            client.retryPage(p);
        switch (kind) {
        case Kind::None:
            return;
        case Kind::Open: {
            auto info = client.open(pdf, password);
            {
                QMutexLocker lock(&m_mutex);
                if (generation == m_pending.generation)
                    m_pending.pageCount = info ? info.value().pageCount : 0;
            }
            if (info)
                Q_EMIT opened(generation, info.value());
            else
                Q_EMIT openFailed(generation, info.error().message, info.error().code == ErrorCode::Auth);
            break;
        }
        case Kind::Page: {
            auto image = client.render(page, dpi);
            if (image)
                Q_EMIT rendered(generation, page, dpi, image.value());
            else
                Q_EMIT renderFailed(generation, page, image.error().message);
            break;
        }
        case Kind::Thumb: {
            auto image = client.render(page, dpi);
            if (image)
                Q_EMIT thumbnailReady(generation, page, image.value());
            break;
        }
        case Kind::Text: {
            auto text = client.text(page);
            Q_EMIT textReady(generation, page, text ? text.value() : PdfPageText{});
            break;
        }
        }
    }
}

} // namespace gw
