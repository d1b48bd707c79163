// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — writes the incoming-document corpus: one PDF per document and expected.tsv with
// the fields a clerk would register from each. Usage: gongwen-make-reading-corpus OUTPUT_FOLDER
#include "ReadingCorpus.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: gongwen-make-reading-corpus OUTPUT_FOLDER\n");
        return 2;
    }
    QDir dir(QString::fromLocal8Bit(argv[1]));
    if (!dir.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "cannot create %s\n", argv[1]);
        return 1;
    }
    QFile tsv(dir.filePath(QStringLiteral("expected.tsv")));
    if (!tsv.open(QIODevice::WriteOnly | QIODevice::Text))
        return 1;
    tsv.write("file\t文号\t标题\t来文机关\t文种\t紧急程度\t密级\t保密期限\t成文日期\n");
    for (const gw::test::ReadingCase &c : gw::test::readingCorpus()) {
        QFile f(dir.filePath(c.name + QStringLiteral(".pdf")));
        if (!f.open(QIODevice::WriteOnly) || f.write(c.pdf) != c.pdf.size())
            return 1;
        const gw::test::ReadingFields &e = c.expected;
        const QStringList row = {f.fileName().section(QLatin1Char('/'), -1),
                                 e.docNumber.value_or(QString()),
                                 e.title.value_or(QString()),
                                 e.sender.value_or(QString()),
                                 e.genre ? gw::genreName(*e.genre) : QString(),
                                 e.urgency ? gw::urgencyLabel(*e.urgency) : QString(),
                                 e.secrecy ? gw::clearanceLabel(*e.secrecy) : QString(),
                                 e.secrecyPeriod.value_or(QString()),
                                 e.writtenDate ? e.writtenDate->toString(Qt::ISODate) : QString()};
        tsv.write(row.join(QLatin1Char('\t')).toUtf8() + '\n');
    }
    std::printf("wrote the corpus to %s\n", argv[1]);
    return 0;
}
