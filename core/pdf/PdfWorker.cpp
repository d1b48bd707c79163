// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the PDF worker process.
#include "pdf/PdfWorker.h"

#include "pdf/PdfProtocol.h"
#include "pdf/PdfText.h"
#include "pdf/PdfTypes.h"
#include "pdf/PdfWorkerOps.h"
#include "pdf/WorkerSandbox.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QtEndian>

#include <poppler-qt6.h>

#include <fcntl.h>
#include <unistd.h>

#include <functional>
#include <memory>
#include <utility>

namespace gw {
namespace {

bool readAll(int fd, char *data, size_t n)
{
    while (n > 0) {
        const ssize_t got = ::read(fd, data, n);
        if (got <= 0)
            return false;
        data += got;
        n -= size_t(got);
    }
    return true;
}

bool writeAll(int fd, const char *data, size_t n)
{
    while (n > 0) {
        const ssize_t put = ::write(fd, data, n);
        if (put <= 0)
            return false;
        data += put;
        n -= size_t(put);
    }
    return true;
}

class Worker
{
public:
    /// The pixels of the page just drawn, sent right after handle()'s reply in the same frame.
    QImage takePixels() { return std::exchange(m_pixels, QImage()); }

    QByteArray handle(const QByteArray &request)
    {
        QDataStream in(request);
        pdfproto::setup(in);
        quint32 id = 0;
        quint8 op = 0;
        in >> id >> op;
        QByteArray reply;
        QDataStream out(&reply, QIODevice::WriteOnly);
        pdfproto::setup(out);
        out << id;
        switch (static_cast<pdfproto::Op>(op)) {
        case pdfproto::Op::Open:
            open(in, out);
            break;
        case pdfproto::Op::Render:
            render(in, out);
            break;
        case pdfproto::Op::Text:
            text(in, out);
            break;
        case pdfproto::Op::Annotate:
            annotate(in, out);
            break;
        case pdfproto::Op::ListAnnotations:
            listAnnotations(out);
            break;
        case pdfproto::Op::Ping:
            out << quint8(pdfproto::Status::Ok);
            break;
        default:
            if (!pdfworker::handleMore(static_cast<pdfproto::Op>(op), in, out, m_doc.get()))
                fail(out, QCoreApplication::translate("PdfWorker", "The PDF worker received an unknown request."));
        }
        return reply;
    }

private:
    static void fail(QDataStream &out, const QString &message)
    {
        out << quint8(pdfproto::Status::Error) << message;
    }

    void open(QDataStream &in, QDataStream &out)
    {
        QByteArray bytes;
        QString password;
        in >> bytes >> password;
        m_doc.reset();
        if (bytes.isEmpty())
            return fail(out, QCoreApplication::translate("PdfWorker", "The file is empty."));
        if (bytes.indexOf("%PDF-") < 0 || bytes.indexOf("%PDF-") > 1024)
            return fail(out, QCoreApplication::translate("PdfWorker", "The file is not a PDF."));
        std::unique_ptr<Poppler::Document> doc =
            Poppler::Document::loadFromData(bytes, password.toUtf8(), password.toUtf8());
        if (!doc)
            return fail(out,
                        QCoreApplication::translate("PdfWorker", "The PDF is damaged and cannot be opened."));
        if (doc->isLocked()) {
            fail(out, password.isEmpty()
                          ? QCoreApplication::translate("PdfWorker", "The PDF is protected by a password.")
                          : QCoreApplication::translate("PdfWorker", "The password for the PDF is wrong."));
            out << true; // the caller may ask for a password
            return;
        }
        doc->setRenderHint(Poppler::Document::Antialiasing);
        doc->setRenderHint(Poppler::Document::TextAntialiasing);
        PdfDocumentInfo info;
        info.pageCount = doc->numPages();
        info.encrypted = doc->isEncrypted();
        info.title = doc->info(QStringLiteral("Title"));
        if (info.pageCount <= 0)
            return fail(out, QCoreApplication::translate("PdfWorker", "The PDF has no pages."));
        if (info.pageCount > kMaxPages)
            return fail(out, QCoreApplication::translate(
                                 "PdfWorker", "The PDF has %1 pages, more than the %2 this program opens.")
                                 .arg(info.pageCount)
                                 .arg(kMaxPages));
        int loadable = 0;
        for (int i = 0; i < info.pageCount; ++i) {
            std::unique_ptr<Poppler::Page> page = doc->page(i);
            info.pageSizes.append(page ? page->pageSizeF() : QSizeF());
            loadable += page ? 1 : 0;
        }
        // A document none of whose pages can be loaded is damaged, whatever its page count says:
        // better said once now than again at every page, thumbnail and text request.
        if (loadable == 0)
            return fail(out,
                        QCoreApplication::translate("PdfWorker", "The PDF is damaged and cannot be opened."));
        m_doc = std::move(doc);
        out << quint8(pdfproto::Status::Ok) << info.pageCount << info.encrypted << info.title
            << info.pageSizes;
    }

    std::unique_ptr<Poppler::Page> page(QDataStream &out, int index)
    {
        if (!m_doc) {
            fail(out, QCoreApplication::translate("PdfWorker", "No PDF is open."));
            return nullptr;
        }
        if (index < 0 || index >= m_doc->numPages()) {
            fail(out, QCoreApplication::translate("PdfWorker", "Page %1 does not exist.").arg(index + 1));
            return nullptr;
        }
        std::unique_ptr<Poppler::Page> p = m_doc->page(index);
        if (!p)
            fail(out, QCoreApplication::translate("PdfWorker", "Page %1 cannot be read.").arg(index + 1));
        return p;
    }

    void render(QDataStream &in, QDataStream &out)
    {
        qint32 index = 0;
        double dpi = 72;
        in >> index >> dpi;
        auto p = page(out, index);
        if (!p)
            return;
        const QSizeF pts = p->pageSizeF();
        const double pixels = pts.width() * dpi / 72.0 * pts.height() * dpi / 72.0;
        if (dpi <= 0 || dpi > 1200 || pixels > 60e6)
            return fail(out,
                        QCoreApplication::translate("PdfWorker", "Page %1 is too large to show at this zoom.")
                            .arg(index + 1));
        const QImage image = p->renderToImage(dpi, dpi);
        if (image.isNull())
            return fail(
                out, QCoreApplication::translate("PdfWorker", "Page %1 could not be drawn.").arg(index + 1));
        const QImage rgb = image.format() == QImage::Format_ARGB32 || image.format() == QImage::Format_RGB32
                               ? image
                               : image.convertToFormat(QImage::Format_RGB32);
        out << quint8(pdfproto::Status::Ok) << qint32(rgb.width()) << qint32(rgb.height())
            << qint32(rgb.bytesPerLine()) << qint32(rgb.format());
        m_pixels = rgb; // written after the reply as they are, not copied into it
    }

    void text(QDataStream &in, QDataStream &out)
    {
        qint32 index = 0;
        in >> index;
        auto p = page(out, index);
        if (!p)
            return;
        QList<PdfWord> words;
        QString all;
        QRectF previous;
        for (const std::unique_ptr<Poppler::TextBox> &box : p->textList()) {
            // A box below the previous one starts a new line: line breaks matter to readers of the text.
            const QRectF here = box->boundingBox();
            if (!previous.isNull() && here.top() > previous.bottom() - previous.height() / 2 &&
                !all.endsWith(QLatin1Char('\n')))
                all += QLatin1Char('\n');
            previous = here;
            // One entry per character: Chinese runs have no spaces, and search and selection
            // must be able to mark part of a run.
            const QString t = box->text();
            for (int i = 0; i < t.size(); ++i)
                words.append(PdfWord{normalizeExtractedText(t.mid(i, 1)), box->charBoundingBox(i)});
            all += t;
            if (box->hasSpaceAfter())
                all += QLatin1Char(' ');
        }
        out << quint8(pdfproto::Status::Ok) << normalizeExtractedText(all) << qint32(words.size());
        for (const PdfWord &w : words)
            out << w.text << w.box;
    }

    // Points from the top left → Poppler's normalised page coordinates (0…1 from the top left).
    static QRectF normalised(const QRectF &r, const QSizeF &page)
    {
        return QRectF(r.x() / page.width(), r.y() / page.height(), r.width() / page.width(),
                      r.height() / page.height());
    }

    void annotate(QDataStream &in, QDataStream &out)
    {
        QList<PdfAnnotation> list;
        in >> list;
        if (!m_doc)
            return fail(out, QCoreApplication::translate("PdfWorker", "No PDF is open."));
        // Annotations go into a copy of the document opened anew, so the shown one stays as it was.
        QByteArray original;
        {
            QBuffer buffer(&original);
            buffer.open(QIODevice::WriteOnly);
            std::unique_ptr<Poppler::PDFConverter> conv = m_doc->pdfConverter();
            conv->setOutputDevice(&buffer);
            if (!conv->convert())
                return fail(out, QCoreApplication::translate("PdfWorker", "The PDF could not be copied."));
        }
        std::unique_ptr<Poppler::Document> copy = Poppler::Document::loadFromData(original);
        if (!copy)
            return fail(out, QCoreApplication::translate("PdfWorker", "The PDF could not be copied."));
        for (const PdfAnnotation &a : list) {
            std::unique_ptr<Poppler::Page> page = copy->page(a.page);
            if (!page || a.rects.isEmpty())
                continue;
            const QSizeF size = page->pageSizeF();
            QRectF bounds;
            for (const QRectF &r : a.rects)
                bounds = bounds.isNull() ? r : bounds.united(r);
            std::unique_ptr<Poppler::Annotation> ann;
            switch (a.type) {
            case PdfAnnotation::Highlight:
            case PdfAnnotation::StrikeOut: {
                auto h = std::make_unique<Poppler::HighlightAnnotation>();
                h->setHighlightType(a.type == PdfAnnotation::Highlight
                                        ? Poppler::HighlightAnnotation::Highlight
                                        : Poppler::HighlightAnnotation::StrikeOut);
                QList<Poppler::HighlightAnnotation::Quad> quads;
                for (const QRectF &r : a.rects) {
                    const QRectF n = normalised(r, size);
                    Poppler::HighlightAnnotation::Quad q;
                    q.points[0] = n.topLeft();
                    q.points[1] = n.topRight();
                    q.points[2] = n.bottomRight();
                    q.points[3] = n.bottomLeft();
                    q.capStart = q.capEnd = false;
                    q.feather = 0;
                    quads.append(q);
                }
                h->setHighlightQuads(quads);
                ann = std::move(h);
                break;
            }
            case PdfAnnotation::Note:
            case PdfAnnotation::Caret: {
                auto t = std::make_unique<Poppler::TextAnnotation>(Poppler::TextAnnotation::Linked);
                t->setTextIcon(a.type == PdfAnnotation::Caret ? QStringLiteral("Insert")
                                                              : QStringLiteral("Comment"));
                ann = std::move(t);
                break;
            }
            case PdfAnnotation::Rectangle:
            case PdfAnnotation::Other: {
                auto g = std::make_unique<Poppler::GeomAnnotation>();
                g->setGeomType(Poppler::GeomAnnotation::InscribedSquare);
                ann = std::move(g);
                break;
            }
            }
            ann->setBoundary(normalised(bounds, size));
            ann->setAuthor(a.author);
            ann->setContents(a.text);
            Poppler::Annotation::Style style;
            style.setColor(a.type == PdfAnnotation::StrikeOut   ? QColor(220, 30, 30)
                           : a.type == PdfAnnotation::Highlight ? QColor(255, 220, 0)
                                                                : QColor(30, 90, 220));
            style.setOpacity(1.0);
            ann->setStyle(style);
            page->addAnnotation(ann.get());
        }
        QByteArray result;
        {
            QBuffer buffer(&result);
            buffer.open(QIODevice::WriteOnly);
            std::unique_ptr<Poppler::PDFConverter> conv = copy->pdfConverter();
            conv->setOutputDevice(&buffer);
            conv->setPDFOptions(Poppler::PDFConverter::WithChanges);
            if (!conv->convert())
                return fail(out, QCoreApplication::translate("PdfWorker",
                                                             "The marked-up copy could not be written."));
        }
        out << quint8(pdfproto::Status::Ok) << result;
    }

    void listAnnotations(QDataStream &out)
    {
        if (!m_doc)
            return fail(out, QCoreApplication::translate("PdfWorker", "No PDF is open."));
        QList<PdfAnnotation> list;
        for (int i = 0; i < m_doc->numPages(); ++i) {
            std::unique_ptr<Poppler::Page> page = m_doc->page(i);
            if (!page)
                continue;
            const QSizeF size = page->pageSizeF();
            auto toPoints = [&size](const QRectF &n) {
                return QRectF(n.x() * size.width(), n.y() * size.height(), n.width() * size.width(),
                              n.height() * size.height());
            };
            for (const std::unique_ptr<Poppler::Annotation> &ann : page->annotations()) {
                PdfAnnotation a;
                a.page = i;
                a.author = ann->author();
                a.text = ann->contents();
                a.rects = {toPoints(ann->boundary())};
                switch (ann->subType()) {
                case Poppler::Annotation::AHighlight: {
                    auto *h = static_cast<Poppler::HighlightAnnotation *>(ann.get());
                    a.type = h->highlightType() == Poppler::HighlightAnnotation::StrikeOut
                                 ? PdfAnnotation::StrikeOut
                                 : PdfAnnotation::Highlight;
                    break;
                }
                case Poppler::Annotation::AText: {
                    auto *t = static_cast<Poppler::TextAnnotation *>(ann.get());
                    a.type =
                        t->textIcon() == QLatin1String("Insert") ? PdfAnnotation::Caret : PdfAnnotation::Note;
                    break;
                }
                case Poppler::Annotation::AGeom:
                    a.type = PdfAnnotation::Rectangle;
                    break;
                default:
                    a.type = PdfAnnotation::Other;
                }
                list.append(a);
            }
        }
        out << quint8(pdfproto::Status::Ok) << list;
    }

    static constexpr int kMaxPages = 20000;
    std::unique_ptr<Poppler::Document> m_doc;
    QImage m_pixels;
};

constexpr int kCpuSecondsPerRequest = 60;

void silence(QtMsgType, const QMessageLogContext &, const QString &) {}

// A one-page PDF naming a font it does not embed: drawing it once before the sandbox closes makes
// Poppler read its data folder and fontconfig its configuration while files may still be opened.
QByteArray warmUpPdf()
{
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length 34 >>\nstream\nBT /F1 12 Tf 10 30 Td (Gw) Tj ET\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

void warmUp()
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(warmUpPdf());
    if (!doc)
        return;
    if (std::unique_ptr<Poppler::Page> page = doc->page(0)) {
        page->renderToImage(36, 36);
        page->textList();
    }
}

// A reply, and the pixels that follow it in the same frame (none for most requests).
struct Reply
{
    QByteArray head;
    QImage pixels;
};

// Serves requests until standard input ends: `answer` turns each request into its reply.
// Returns the worker's exit code.
int serve(const std::function<Reply(const QByteArray &)> &answer)
{
    for (;;) {
        char head[4];
        if (!readAll(0, head, 4))
            return 0;
        const quint32 len = qFromBigEndian<quint32>(head);
        if (len > pdfproto::kMaxFrame)
            return 2;
        QByteArray request(qsizetype(len), Qt::Uninitialized);
        if (!readAll(0, request.data(), len))
            return 0;
        const Reply reply = answer(request);
        const qsizetype pixels = reply.pixels.isNull() ? 0 : reply.pixels.sizeInBytes();
        char length[4];
        qToBigEndian<quint32>(quint32(reply.head.size() + pixels), length);
        if (!writeAll(1, length, 4) || !writeAll(1, reply.head.constData(), size_t(reply.head.size())) ||
            (pixels > 0 &&
             !writeAll(1, reinterpret_cast<const char *>(reply.pixels.constBits()), size_t(pixels))))
            return 0;
    }
}

// Every request is answered with why the worker will not read PDFs here.
int refuseAll(const QString &why)
{
    const QString message =
        QCoreApplication::translate("PdfWorker",
                                    "The PDF reader could not lock itself down on this computer (%1), so it "
                                    "opens no PDF. Ask the administrator to check the system.")
            .arg(why);
    return serve([&message](const QByteArray &request) {
        QDataStream in(request);
        pdfproto::setup(in);
        quint32 id = 0;
        in >> id;
        QByteArray reply;
        QDataStream out(&reply, QIODevice::WriteOnly);
        pdfproto::setup(out);
        out << id << quint8(pdfproto::Status::Error) << message;
        return Reply{reply, {}};
    });
}
} // namespace

int runPdfWorker(const QString &probe)
{
    Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
    qInstallMessageHandler(silence);
    // A hostile file must not take the machine's memory with it, nor its processor, nor anything else:
    // the limits and the sandbox are in place before the first byte of a PDF is read.
    if (!sandbox::limitMemory(quint64(3) << 30))
        return refuseAll(QStringLiteral("RLIMIT_AS"));
    warmUp();
    // A page of pixels crosses the pipe in a few large writes rather than a hundred small ones.
    ::fcntl(1, F_SETPIPE_SZ, 1 << 20);
    if (const QString failed = sandbox::enter(); !failed.isEmpty())
        return refuseAll(failed);
    if (!probe.isEmpty())
        return sandbox::probe(probe);

    Worker worker;
    return serve([&worker](const QByteArray &request) {
        // The client gives up on a request after its time limit; this stops a worker spinning on
        // one page even when no client is left to stop it.
        sandbox::limitCpuForNextRequest(kCpuSecondsPerRequest);
        Reply reply{worker.handle(request), {}};
        reply.pixels = worker.takePixels();
        return reply;
    });
}

} // namespace gw
