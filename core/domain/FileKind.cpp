// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what a file is, read from its bytes.
#include "domain/FileKind.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringDecoder>

namespace gw {

namespace {
struct FileKindTr
{
    Q_DECLARE_TR_FUNCTIONS(FileKind)
};

bool isText(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(4096);
    if (head.contains('\0'))
        return false;
    for (const char *encoding : {"UTF-8", "GB18030"}) {
        QStringDecoder decode(encoding);
        const QString text = decode(head);
        // A cut in the middle of the last character is no error.
        if (!decode.hasError() || head.size() == 4096)
            return !text.isEmpty() || head.isEmpty();
    }
    return false;
}
} // namespace

FileKind sniffFileKind(const QByteArray &bytes)
{
    // A PDF's header may follow a little junk (PDF 32000 7.5.2 readers look within the first 1024 bytes).
    if (bytes.left(1024).contains("%PDF-"))
        return FileKind::Pdf;
    if (bytes.startsWith("PK\x03\x04")) {
        const QByteArray head = bytes.left(8192);
        if (head.contains("OFD.xml"))
            return FileKind::Ofd;
        if (head.contains("word/"))
            return FileKind::Word;
        if (head.contains("xl/"))
            return FileKind::Sheet;
        return FileKind::Archive;
    }
    if (bytes.startsWith(QByteArray::fromHex("D0CF11E0A1B11AE1"))) {
        // OLE compound file: Word, WPS, Excel or ET; the stream names tell which.
        const QByteArray head = bytes.left(65536);
        if (head.contains(QByteArray("W\0o\0r\0k\0b\0o\0o\0k", 15)) || head.contains(QByteArray("B\0o\0o\0k", 7)))
            return FileKind::Sheet;
        return FileKind::Word;
    }
    if (bytes.startsWith("\x89PNG") || bytes.startsWith("\xFF\xD8\xFF") || bytes.startsWith("GIF8") ||
        bytes.startsWith("II*\0") || bytes.startsWith("MM\0*") || bytes.startsWith("BM"))
        return FileKind::Image;
    if (bytes.startsWith("Rar!") || bytes.startsWith("7z\xBC\xAF\x27\x1C"))
        return FileKind::Archive;
    if (!bytes.isEmpty() && isText(bytes))
        return FileKind::Text;
    return FileKind::Unknown;
}

std::optional<FileKind> kindByName(const QString &name)
{
    const QString ext = QFileInfo(name).suffix().toLower();
    if (ext == QLatin1String("pdf"))
        return FileKind::Pdf;
    if (ext == QLatin1String("ofd"))
        return FileKind::Ofd;
    if (ext == QLatin1String("doc") || ext == QLatin1String("docx") || ext == QLatin1String("wps"))
        return FileKind::Word;
    if (ext == QLatin1String("xls") || ext == QLatin1String("xlsx") || ext == QLatin1String("et"))
        return FileKind::Sheet;
    if (ext == QLatin1String("png") || ext == QLatin1String("jpg") || ext == QLatin1String("jpeg") ||
        ext == QLatin1String("gif") || ext == QLatin1String("tif") || ext == QLatin1String("tiff") ||
        ext == QLatin1String("bmp"))
        return FileKind::Image;
    if (ext == QLatin1String("txt") || ext == QLatin1String("csv"))
        return FileKind::Text;
    if (ext == QLatin1String("zip") || ext == QLatin1String("rar") || ext == QLatin1String("7z"))
        return FileKind::Archive;
    return std::nullopt;
}

QString fileKindLabel(FileKind kind)
{
    switch (kind) {
    case FileKind::Pdf:
        return FileKindTr::tr("a PDF");
    case FileKind::Ofd:
        return FileKindTr::tr("an OFD document");
    case FileKind::Word:
        return FileKindTr::tr("a word-processor document");
    case FileKind::Sheet:
        return FileKindTr::tr("a spreadsheet");
    case FileKind::Image:
        return FileKindTr::tr("a picture");
    case FileKind::Text:
        return FileKindTr::tr("plain text");
    case FileKind::Archive:
        return FileKindTr::tr("a compressed archive");
    case FileKind::Unknown:
        break;
    }
    return FileKindTr::tr("a file of unknown kind");
}

Status checkAttachment(const QString &name, const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return makeError(ErrorCode::Validation, FileKindTr::tr("“%1” is empty.").arg(name));
    const std::optional<FileKind> claimed = kindByName(name);
    if (!claimed)
        return {};
    const FileKind actual = sniffFileKind(bytes);
    // A spreadsheet is a ZIP or OLE package that may not name its parts early: the package is enough.
    const bool package = (*claimed == FileKind::Word || *claimed == FileKind::Sheet) &&
                         (actual == FileKind::Word || actual == FileKind::Sheet || actual == FileKind::Archive);
    if (actual == *claimed || package || (*claimed == FileKind::Text && actual == FileKind::Text))
        return {};
    return makeError(ErrorCode::Validation,
                     FileKindTr::tr("“%1” is named as %2, but its content is %3. Choose the right file, or "
                                    "give it the name of what it is.")
                         .arg(name, fileKindLabel(*claimed), fileKindLabel(actual)));
}

} // namespace gw
