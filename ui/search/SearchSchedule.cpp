// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — building the search index and reading PDF text in the background.
#include "SearchSchedule.h"

#include "pdf/PdfTextReading.h"
#include "services/SearchService.h"
#include "services/Workspace.h"

#include <QMetaObject>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>

namespace gw {

SearchSchedule::SearchSchedule(Workspace &ws, QObject *parent) : QObject(parent), m_ws(ws)
{
    // A first look soon after log-in, then every two minutes (new incoming PDFs).
    m_timer.setInterval(2 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &SearchSchedule::runDue);
    QTimer::singleShot(5000, this, &SearchSchedule::runDue);
    m_timer.start();
    connect(&m_job, &QFutureWatcher<QString>::finished, this, [this] {
        m_running = false;
        const QString error = m_job.result();
        Q_EMIT m_ws.search().indexChanged();
        Q_EMIT progress(QString());
        Q_EMIT done(error.isEmpty(), error);
    });
}

SearchSchedule::~SearchSchedule()
{
    m_stop->store(true);
}

bool SearchSchedule::runDue()
{
    if (m_running)
        return false;
    auto current = m_ws.search().isCurrent();
    auto waiting = m_ws.search().pendingTexts();
    if (!current || !waiting || (current.value() && waiting.value() == 0))
        return false;
    m_running = true;
    const bool build = !current.value();
    QPointer<SearchSchedule> self(this);
    const auto tell = [self](const QString &message) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [self, message] {
                if (self)
                    Q_EMIT self->progress(message);
            },
            Qt::QueuedConnection);
    };
    auto promise = std::make_shared<QPromise<QString>>();
    m_job.setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, build, tell, url = m_ws.database().url(),
                                          clock = m_ws.sharedClock(), stop = m_stop] {
        const auto finish = [&promise](const QString &error) {
            promise->addResult(error);
            promise->finish();
        };
        // A connection of its own: the window's stays free for the user.
        auto ws = Workspace::open(url, clock);
        if (!ws)
            return finish(ws.error().message);
        SearchService &search = ws.value()->search();
        if (build) {
            auto built = search.rebuildByProgram([&](qint64 done, qint64 total) {
                tell(SearchSchedule::tr("Building the search index: %1 of %2 records…").arg(done).arg(total));
                return !stop->load();
            });
            // Another workstation building it is no failure: this one looks again at its next round.
            if (!built)
                return finish(built.error().code == ErrorCode::Conflict ? QString() : built.error().message);
        }
        auto worker = PdfWorkerClient::forThisProgram();
        auto read = search.readTextsByProgram(pdfTextReader(*worker), [&](qint64 done, qint64 total) {
            if (done == total || done % 20 == 0)
                tell(SearchSchedule::tr("Reading the text of files for search: %1 of %2…").arg(done).arg(total));
            return !stop->load();
        });
        if (!read)
            return finish(read.error().message);
        finish(QString());
    });
    return true;
}

} // namespace gw
