// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — reading benchmarks.
#include "bench_reading.h"

#include "ReadingCorpus.h"

#include "pdf/PdfWorkerClient.h"
#include "workflow/DocumentReading.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace gw::bench {

QList<Figure> readingFigures(const QString &dir, const QString &workerProgram)
{
    QList<Figure> out;
    const QList<test::ReadingCase> corpus = test::readingCorpus();
    PdfWorkerClient worker(workerProgram, {QStringLiteral("pdf-worker")});
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    std::vector<double> ours, theirs;
    int fields = 0, right = 0;
    for (const test::ReadingCase &c : corpus) {
        QElapsedTimer t;
        t.start();
        auto opened = worker.open(c.pdf);
        if (!opened)
            return out;
        auto text = worker.documentText(opened.value().pageCount);
        if (!text)
            return out;
        const DocumentProposals p = readDocument(text.value());
        ours.push_back(t.nsecsElapsed() / 1e6);
        const test::ReadingFields read{p.docNumber, p.title,   p.sender,        p.genre,
                                       p.urgency,   p.secrecy, p.secrecyPeriod, p.writtenDate};
        fields += 8;
        right += 8 - int(test::readingDifferences(read, c.expected).size());
        if (!pdftotext.isEmpty()) { // the baseline: the text alone, by Poppler's own tool
            const QString path = dir + QStringLiteral("/reading.pdf");
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(c.pdf) != c.pdf.size())
                return out;
            f.close();
            t.restart();
            QProcess::execute(pdftotext, {QStringLiteral("-q"), path, dir + QStringLiteral("/reading.txt")});
            theirs.push_back(t.nsecsElapsed() / 1e6);
        }
    }
    out.append({"reading.documents", double(corpus.size()), "documents"});
    out.append({"reading.field_accuracy", fields ? double(right) / fields : 0, "fraction"});
    out.append({"reading.ms_per_doc", median(ours), "ms"});
    if (!theirs.empty()) {
        out.append({"reading.pdftotext_ms_per_doc", median(theirs), "ms"});
        out.append({"reading.ratio_vs_pdftotext", median(ours) / median(theirs), "ratio"});
    }
    return out;
}

} // namespace gw::bench
