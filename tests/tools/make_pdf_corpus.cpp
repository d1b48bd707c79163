// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — writes the malformed-PDF corpus: small generated PDFs, mutated with a fixed
// seed (truncations, bit flips, broken cross-reference tables, absurd page counts), plus a few
// hand-made pathological files. Usage: gongwen-make-pdf-corpus OUTPUT_FOLDER
#include "SamplePdf.h"
#include <QBuffer>

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

#include <cstdio>
#include <random>

namespace {
QByteArray basePdf(int pages, bool shapes, const QString &title)
{
    return gw::test::samplePdf(
        pages,
        [&](QPainter &p, int i) {
            QFont f(QStringLiteral("Noto Sans CJK SC"));
            f.setPointSize(14);
            p.setFont(f);
            p.drawText(60, 80, title);
            p.drawText(60, 120,
                       QStringLiteral("第%1页：各镇人民政府、街道办事处，区政府各部门。").arg(i + 1));
            if (shapes) {
                p.setPen(QPen(Qt::red, 3));
                p.drawLine(40, 150, 500, 150);
                p.fillRect(QRectF(60, 200, 120, 60), QColor(200, 30, 30));
            }
        },
        title);
}

void write(const QDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        std::fprintf(stderr, "cannot write %s\n", qPrintable(f.fileName()));
}

QByteArray replaced(QByteArray b, const QByteArray &from, const QByteArray &to)
{
    const qsizetype at = b.lastIndexOf(from);
    if (at >= 0)
        b.replace(at, from.size(), to);
    return b;
}

// A draft as an office prints it for review: red masthead, title, recipients, body lines.
QByteArray demoDraft(const QString &title, const QStringList &lines)
{
    return gw::test::samplePdf(
        1,
        [&](QPainter &p, int) {
            p.setPen(QColor(200, 20, 20));
            p.setFont(QFont(QStringLiteral("Noto Serif CJK SC"), 30, QFont::Bold));
            p.drawText(QRectF(0, 90, 595, 50), Qt::AlignHCenter, QStringLiteral("云溪区人民政府文件"));
            p.setPen(QPen(QColor(200, 20, 20), 2));
            p.drawLine(QPointF(80, 160), QPointF(515, 160));
            p.setPen(Qt::black);
            p.setFont(QFont(QStringLiteral("Noto Serif CJK SC"), 20));
            p.drawText(QRectF(60, 185, 475, 40), Qt::AlignHCenter, title);
            p.setFont(QFont(QStringLiteral("Noto Serif CJK SC"), 14));
            // The body inside the type area (80 … 515 pt), each paragraph wrapped, its first line indented
            // two characters.
            const double left = 80, width = 435;
            double y = 240;
            p.drawText(QPointF(left, y + 20), QStringLiteral("各镇人民政府、街道办事处，区政府各部门："));
            y += 28;
            for (const QString &line : lines) {
                const QString indented = QStringLiteral("\u3000\u3000") + line;
                const QRectF box = p.boundingRect(QRectF(left, y, width, 400), Qt::TextWordWrap, indented);
                p.drawText(QRectF(left, y, width, box.height()), Qt::TextWordWrap, indented);
                y += box.height() + 6;
            }
        },
        title);
}

QByteArray handMade(const QByteArray &body)
{
    return QByteArray("%PDF-1.4\n") + body + "\n%%EOF\n";
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--demo") == 0) { // the demonstration office's PDF drafts
        QDir out(QString::fromLocal8Bit(argv[2]));
        out.mkpath(QStringLiteral("."));
        const QStringList flood = {
            QStringLiteral("为认真贯彻落实上级部署，现就做好2026年防汛工作有关事项通知如下。"),
            QStringLiteral("一、总体要求"),
            QStringLiteral("各单位要提高认识，加强领导，确保各项工作落到实处。"),
            QStringLiteral("（一）明确责任分工"),
            QStringLiteral("各镇（街道）、各部门主要负责同志为第一责任人。"),
            QStringLiteral("（二）强化督促检查"),
            QStringLiteral("区政府办公室将适时开展督查。"),
            QStringLiteral("二、工作安排"),
            QStringLiteral("1.动员部署阶段。"),
            QStringLiteral("2.组织实施阶段。"),
            QStringLiteral("3.总结验收阶段。"),
        };
        write(out, QStringLiteral("flood.pdf"),
              demoDraft(QStringLiteral("关于做好2026年防汛工作的通知"), flood));
        return 0;
    }
    if (argc != 2) {
        std::fprintf(stderr, "usage: gongwen-make-pdf-corpus OUTPUT_FOLDER | --demo OUTPUT_FOLDER\n");
        return 2;
    }
    QDir dir(QString::fromLocal8Bit(argv[1]));
    dir.mkpath(QStringLiteral("."));
    std::mt19937 rng(20261127);
    const QList<QByteArray> bases = {
        basePdf(1, false, QStringLiteral("关于做好防汛工作的通知")),
        basePdf(3, true, QStringLiteral("关于印发城市管理办法的通知")),
        basePdf(2, true, QStringLiteral("关于申请专项资金的请示")),
        basePdf(1, true, QStringLiteral("会议纪要")),
        basePdf(5, false, QStringLiteral("情况通报")),
    };
    int n = 0;
    for (int b = 0; b < bases.size(); ++b) {
        const QByteArray &base = bases.at(b);
        write(dir, QStringLiteral("ok-%1.pdf").arg(b), base);
        for (int t = 1; t <= 10; ++t) // truncated at 9 %, 18 % … 90 %, and just before the end
            write(dir, QStringLiteral("b%1-truncated-%2.pdf").arg(b).arg(t),
                  base.left(t < 10 ? base.size() * t / 11 : base.size() - 7));
        for (int k = 0; k < 25; ++k) { // 1 to 60 random bits flipped
            QByteArray m = base;
            const int flips = 1 + int(rng() % 60);
            for (int i = 0; i < flips; ++i) {
                const qsizetype at = qsizetype(rng() % quint32(m.size()));
                m[at] = char(m[at] ^ char(1 << (rng() % 8)));
            }
            write(dir, QStringLiteral("b%1-bitflip-%2.pdf").arg(b).arg(k), m);
        }
        write(dir, QStringLiteral("b%1-xref-keyword.pdf").arg(b), replaced(base, "xref", "xrfe"));
        write(dir, QStringLiteral("b%1-startxref-wrong.pdf").arg(b),
              QByteArray(base).replace(QRegularExpression(QStringLiteral("startxref\\s+\\d+"))
                                           .match(QString::fromLatin1(base))
                                           .captured(0)
                                           .toLatin1(),
                                       "startxref\n99999999"));
        write(dir, QStringLiteral("b%1-no-trailer.pdf").arg(b), replaced(base, "trailer", "tRAILER"));
        write(dir, QStringLiteral("b%1-xref-garbage.pdf").arg(b),
              replaced(base, "0000000000 65535 f", "zzzzzzzzzz 65535 q"));
        write(dir, QStringLiteral("b%1-no-eof.pdf").arg(b), replaced(base, "%%EOF", "%%EOX"));
        write(dir, QStringLiteral("b%1-huge-count.pdf").arg(b),
              QByteArray(base).replace(QRegularExpression(QStringLiteral("/Count \\d+"))
                                           .match(QString::fromLatin1(base))
                                           .captured(0)
                                           .toLatin1(),
                                       "/Count 2147483647"));
        write(dir, QStringLiteral("b%1-negative-count.pdf").arg(b),
              QByteArray(base).replace(QRegularExpression(QStringLiteral("/Count \\d+"))
                                           .match(QString::fromLatin1(base))
                                           .captured(0)
                                           .toLatin1(),
                                       "/Count -5"));
        n += 1 + 10 + 25 + 7;
    }
    // Hand-made pathological files.
    write(dir, QStringLiteral("empty.pdf"), QByteArray());
    write(dir, QStringLiteral("not-a-pdf.pdf"),
          QByteArray("PK\x03\x04 this is a zip archive, not a PDF").repeated(20));
    write(dir, QStringLiteral("header-only.pdf"), QByteArray("%PDF-1.7\n"));
    write(dir, QStringLiteral("page-tree-loop.pdf"),
          handMade("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                   "2 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >> endobj\n"
                   "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
                   "trailer << /Root 1 0 R >>"));
    QByteArray nested;
    for (int i = 0; i < 200000; ++i)
        nested += '[';
    write(dir, QStringLiteral("deep-nesting.pdf"),
          handMade("1 0 obj << /Type /Catalog /Pages 2 0 R /X " + nested +
                   " >> endobj\n"
                   "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                   "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
                   "trailer << /Root 1 0 R >>"));
    write(dir, QStringLiteral("huge-mediabox.pdf"),
          handMade(
              "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
              "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
              "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] /UserUnit 75000 >> endobj\n"
              "trailer << /Root 1 0 R >>"));
    QByteArray ops;
    for (int i = 0; i < 50000; ++i)
        ops += "q 1 0 0 1 1 1 cm ";
    write(dir, QStringLiteral("pathological-content.pdf"),
          handMade("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                   "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                   "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
                   "4 0 obj << /Length " +
                   QByteArray::number(ops.size()) + " >> stream\n" + ops +
                   "\nendstream endobj\ntrailer << /Root 1 0 R >>"));
    write(dir, QStringLiteral("no-pages.pdf"),
          handMade("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                   "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>"));
    n += 8;
    std::printf("%d files written to %s\n", n, qPrintable(dir.absolutePath()));
    return 0;
}
