// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what a file is, read from its bytes, not from its name.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace gw {

enum class FileKind
{
    Pdf,
    Ofd,       ///< OFD, the national fixed-layout format (a ZIP package)
    Word,      ///< .doc / .wps (OLE) or .docx (a ZIP package)
    Sheet,     ///< .xls / .et (OLE) or .xlsx (a ZIP package)
    Image,     ///< PNG, JPEG, GIF, TIFF, BMP
    Text,      ///< plain text (UTF-8 or GB18030)
    Archive,   ///< ZIP, RAR, 7z
    Unknown,
};

/// The kind the bytes say: the format's signature at the start of the file.
FileKind sniffFileKind(const QByteArray &bytes);
/// The kind a file's name claims by its extension; none for an extension not known here.
std::optional<FileKind> kindByName(const QString &name);
/// The kind's name for the user ("PDF", "text" …), in the user's language.
QString fileKindLabel(FileKind kind);
/// Refuses an empty file, and one whose name claims a kind its bytes are not (a text file named .pdf).
Status checkAttachment(const QString &name, const QByteArray &bytes);

} // namespace gw
