// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — talks to the PDF worker process.
#include "pdf/PdfWorkerClient.h"

#include "pdf/PdfProtocol.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLocale>
#include <QProcess>
#include <QtEndian>

namespace gw {
namespace {
// A reply as call() and ask() hand it on: the request's id (4 bytes), the status (1), then the answer.
constexpr int kAnswerAt = 5;
} // namespace

PdfWorkerClient::PdfWorkerClient(QString program, QStringList arguments)
    : m_program(std::move(program)), m_arguments(std::move(arguments))
{
}

PdfWorkerClient::~PdfWorkerClient()
{
    kill();
}

std::unique_ptr<PdfWorkerClient> PdfWorkerClient::forThisProgram()
{
    // The worker speaks the interface's language in its messages.
    const QString lang =
        QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("zh_CN");
    return std::make_unique<PdfWorkerClient>(
        QCoreApplication::applicationFilePath(),
        QStringList{QStringLiteral("pdf-worker"), QStringLiteral("--lang"), lang});
}

void PdfWorkerClient::kill()
{
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished(3000);
        m_process.reset();
    }
    m_buffer.clear();
    m_opened = false;
}

Status PdfWorkerClient::ensureStarted()
{
    if (m_process && m_process->state() == QProcess::Running)
        return {};
    kill();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setStandardErrorFile(QProcess::nullDevice());
    m_process->start(m_program, m_arguments);
    ++m_starts;
    if (!m_process->waitForStarted(10000)) {
        kill();
        return makeError(ErrorCode::Storage, QCoreApplication::translate(
                                                 "PdfWorkerClient", "The PDF reader could not be started."));
    }
    return {};
}

void PdfWorkerClient::readAvailable()
{
    // Straight into the buffer, which is sized for the whole frame once its length is known: a page's
    // pixels are copied once here rather than once per chunk.
    if (m_buffer.size() >= 4) {
        const quint32 len = qFromBigEndian<quint32>(m_buffer.constData());
        if (len <= pdfproto::kMaxFrame)
            m_buffer.reserve(qsizetype(len) + 4);
    }
    const qint64 available = m_process->bytesAvailable();
    if (available <= 0)
        return;
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + qsizetype(available));
    const qint64 got = m_process->read(m_buffer.data() + old, available);
    m_buffer.resize(old + qsizetype(qMax<qint64>(got, 0)));
}

Result<QByteArray> PdfWorkerClient::call(const QByteArray &request, int timeoutMs)
{
    m_workerBroke = false;
    if (auto st = ensureStarted(); !st)
        return st.error();
    const quint32 id = m_nextId++;
    QByteArray payload;
    {
        QDataStream s(&payload, QIODevice::WriteOnly);
        pdfproto::setup(s);
        s << id;
    }
    payload.append(request);
    m_process->write(pdfproto::frame(payload));
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray reply;
    for (pdfproto::Take got = pdfproto::takeFrame(m_buffer, reply); got != pdfproto::Take::Frame;
         got = pdfproto::takeFrame(m_buffer, reply)) {
        if (got == pdfproto::Take::Oversize) {
            // Not buffered up to the time limit: a worker that claims more than any page needs is
            // stopped at once, and what it sent is dropped.
            kill();
            m_workerBroke = true;
            return makeError(ErrorCode::Unsupported,
                             QCoreApplication::translate(
                                 "PdfWorkerClient",
                                 "The PDF reader sent more than any page needs and was stopped. Nothing was "
                                 "changed."));
        }
        if (deadline.hasExpired() || m_process->state() != QProcess::Running) {
            const bool crashed = m_process->state() != QProcess::Running;
            kill();
            m_workerBroke = true;
            return makeError(
                ErrorCode::Unsupported,
                crashed ? QCoreApplication::translate(
                              "PdfWorkerClient",
                              "The PDF reader stopped on this file: it is probably damaged. Nothing was "
                              "changed.")
                        : QCoreApplication::translate(
                              "PdfWorkerClient",
                              "The PDF reader took too long on this file and was stopped. Nothing was "
                              "changed."));
        }
        m_process->waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 200)));
        readAvailable();
    }
    QDataStream in(reply);
    pdfproto::setup(in);
    quint32 gotId = 0;
    in >> gotId;
    if (gotId != id) {
        kill();
        return makeError(ErrorCode::Storage,
                         QCoreApplication::translate(
                             "PdfWorkerClient", "The PDF reader answered out of turn and was restarted."));
    }
    return reply; // the id stays in front: copying a page's pixels once less is worth four bytes
}

Status PdfWorkerClient::reopenIfNeeded(int timeoutMs)
{
    if (m_opened && m_process && m_process->state() == QProcess::Running)
        return {};
    if (m_pdf.isEmpty())
        return makeError(ErrorCode::Validation,
                         QCoreApplication::translate("PdfWorkerClient", "No PDF is open."));
    auto info = open(m_pdf, m_password, timeoutMs);
    if (!info)
        return info.error();
    return {};
}

Result<QByteArray> PdfWorkerClient::ask(const std::function<void(QDataStream &)> &write, int timeoutMs,
                                        bool needsDocument)
{
    if (needsDocument) {
        if (auto st = reopenIfNeeded(timeoutMs); !st)
            return st.error();
    }
    QByteArray request;
    {
        QDataStream s(&request, QIODevice::WriteOnly);
        pdfproto::setup(s);
        write(s);
    }
    auto reply = call(request, timeoutMs);
    if (!reply)
        return reply.error();
    QDataStream in(reply.value());
    pdfproto::setup(in);
    in.skipRawData(4); // the id, checked by call()
    quint8 status = 0;
    in >> status;
    if (status != quint8(pdfproto::Status::Ok)) {
        QString message;
        bool needsPassword = false;
        in >> message >> needsPassword;
        return makeError(needsPassword ? ErrorCode::Auth : ErrorCode::Validation, message);
    }
    return reply.value(); // the answer starts after the id and the status byte (kAnswerAt)
}

Result<QByteArray> PdfWorkerClient::askForPage(int page, const std::function<void(QDataStream &)> &write,
                                               int timeoutMs)
{
    if (m_gaveUp.contains(page))
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate("PdfWorkerClient",
                                                     "Page %1 took too long or stopped the PDF reader, so it is "
                                                     "not read again by itself. Choose Try again to read it.")
                             .arg(page + 1));
    auto reply = ask(write, timeoutMs);
    if (!reply && m_workerBroke)
        m_gaveUp.insert(page);
    return reply;
}

Result<PdfDocumentInfo> PdfWorkerClient::open(const QByteArray &pdf, const QString &password, int timeoutMs)
{
    if (pdf != m_pdf)
        m_gaveUp.clear(); // pages given up on belong to the document they were in
    m_pdf = pdf;
    m_password = password;
    m_opened = false;
    auto reply =
        ask([&](QDataStream &s) { s << quint8(pdfproto::Op::Open) << pdf << password; }, timeoutMs, false);
    if (!reply)
        return reply.error();
    QDataStream in(reply.value());
    pdfproto::setup(in);
    in.skipRawData(kAnswerAt);
    PdfDocumentInfo info;
    in >> info.pageCount >> info.encrypted >> info.title >> info.pageSizes;
    m_opened = true;
    return info;
}

Result<QImage> PdfWorkerClient::render(int page, double dpi, int timeoutMs)
{
    auto reply = askForPage(
        page, [&](QDataStream &s) { s << quint8(pdfproto::Op::Render) << qint32(page) << dpi; }, timeoutMs);
    if (!reply)
        return reply.error();
    QDataStream in(reply.value());
    pdfproto::setup(in);
    in.skipRawData(kAnswerAt);
    qint32 w = 0, h = 0, stride = 0, format = 0;
    in >> w >> h >> stride >> format;
    const qsizetype offset = kAnswerAt + 4 * 4;
    const QByteArray &bytes = reply.value();
    const Error broken = makeError(
        ErrorCode::Storage,
        QCoreApplication::translate("PdfWorkerClient", "The PDF reader sent a broken page image."));
    // Only the two formats asked for (four bytes a pixel), sizes checked in 64 bits: a reply is data
    // from the process that reads untrusted files, never trusted to size a buffer.
    if (format != QImage::Format_RGB32 && format != QImage::Format_ARGB32)
        return broken;
    if (w <= 0 || h <= 0 || qint64(stride) < qint64(w) * 4 ||
        qint64(bytes.size()) - offset < qint64(stride) * qint64(h))
        return broken;
    QImage image(w, h, static_cast<QImage::Format>(format));
    if (image.isNull() || qint64(image.bytesPerLine()) < qint64(w) * 4)
        return broken; // not enough memory for it, or not the layout asked for
    for (int y = 0; y < h; ++y)
        memcpy(image.scanLine(y), bytes.constData() + offset + qsizetype(y) * stride, size_t(w) * 4);
    return image;
}

Result<PdfPageText> PdfWorkerClient::text(int page, int timeoutMs)
{
    auto reply =
        askForPage(page, [&](QDataStream &s) { s << quint8(pdfproto::Op::Text) << qint32(page); }, timeoutMs);
    if (!reply)
        return reply.error();
    QDataStream in(reply.value());
    pdfproto::setup(in);
    in.skipRawData(kAnswerAt);
    PdfPageText t;
    qint32 n = 0;
    in >> t.text >> n;
    for (qint32 i = 0; i < n && in.status() == QDataStream::Ok; ++i) {
        PdfWord w;
        in >> w.text >> w.box;
        t.words.append(w);
    }
    return t;
}

Result<QString> PdfWorkerClient::documentText(int pageCount, int timeoutMs,
                                              const std::function<bool(int, int)> &going)
{
    QStringList pages;
    for (int i = 0; i < pageCount; ++i) {
        if (going && !going(i, pageCount))
            return makeError(ErrorCode::Validation,
                             QCoreApplication::translate("PdfWorkerClient",
                                                         "Reading the document was stopped after %1 of %2 pages.")
                                 .arg(i)
                                 .arg(pageCount));
        auto t = text(i, timeoutMs);
        if (!t)
            return t.error();
        pages.append(t.value().text);
    }
    return pages.join(QChar(0x0C));
}

QDataStream &operator<<(QDataStream &s, const PdfAnnotation &a)
{
    return s << qint32(a.type) << qint32(a.page) << a.rects << a.author << a.text;
}

QDataStream &operator>>(QDataStream &s, PdfAnnotation &a)
{
    qint32 type = 0, page = 0;
    s >> type >> page >> a.rects >> a.author >> a.text;
    a.type = static_cast<PdfAnnotation::Type>(type);
    a.page = page;
    return s;
}

Result<QByteArray> PdfWorkerClient::annotatedCopy(const QList<PdfAnnotation> &annotations, int timeoutMs)
{
    auto reply = ask([&](QDataStream &s) { s << quint8(pdfproto::Op::Annotate) << annotations; }, timeoutMs);
    if (!reply)
        return reply.error();
    QDataStream in(reply.value());
    pdfproto::setup(in);
    in.skipRawData(kAnswerAt);
    QByteArray pdf;
    in >> pdf;
    return pdf;
}

Result<QList<PdfAnnotation>> PdfWorkerClient::annotations(int timeoutMs)
{
    auto reply = ask([&](QDataStream &s) { s << quint8(pdfproto::Op::ListAnnotations); }, timeoutMs);
    if (!reply)
        return reply.error();
    QDataStream in(reply.value());
    pdfproto::setup(in);
    in.skipRawData(kAnswerAt);
    QList<PdfAnnotation> out;
    in >> out;
    return out;
}

Result<QStringList> PdfWorkerClient::unembeddedFonts(int timeoutMs)
{
    auto reply = ask([&](QDataStream &s) { s << quint8(pdfproto::Op::Fonts); }, timeoutMs);
    if (!reply)
        return reply.error();
    QDataStream in(reply.value());
    pdfproto::setup(in);
    in.skipRawData(kAnswerAt);
    QStringList out;
    in >> out;
    return out;
}

Result<QByteArray> PdfWorkerClient::stamped(const QByteArray &pdf, const QByteArray &overlay, const QRectF &at,
                                            int timeoutMs)
{
    auto reply = ask([&](QDataStream &s) { s << quint8(pdfproto::Op::Stamp) << pdf << overlay << at; }, timeoutMs,
                     false);
    if (!reply)
        return reply.error();
    QDataStream in(reply.value());
    pdfproto::setup(in);
    in.skipRawData(kAnswerAt);
    QByteArray out;
    in >> out;
    return out;
}

} // namespace gw
