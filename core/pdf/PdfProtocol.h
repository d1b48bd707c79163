// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — frames between the program and its PDF worker process.
#pragma once

#include <QByteArray>
#include <QDataStream>

namespace gw::pdfproto {

/// Requests the worker understands.
enum class Op : quint8
{
    Open = 1,
    Render = 2,
    Text = 3,
    Ping = 4,
    Annotate = 5,
    ListAnnotations = 6,
    Fonts = 7, ///< the fonts the open document uses without embedding them
    Stamp = 8, ///< a copy of a PDF with another PDF's page drawn on its first page (pdf/PdfStamp.h)
};
/// How the worker answers.
enum class Status : quint8
{
    Ok = 1,
    Error = 2
};

/// A frame is a 32-bit big-endian length followed by that many bytes.
QByteArray frame(const QByteArray &payload);
/// What the front of a buffer holds.
enum class Take
{
    Incomplete, ///< not all of the frame has come yet
    Frame,      ///< one frame, taken off into `payload`
    Oversize,   ///< a length above kMaxFrame: the other side is broken or hostile; stop reading it
};
/// Takes one complete frame off the front of `buffer`.
Take takeFrame(QByteArray &buffer, QByteArray &payload);
/// The largest frame either side accepts (a rendered page at high zoom stays well below it).
inline constexpr quint32 kMaxFrame = 512u * 1024u * 1024u;

inline void setup(QDataStream &s)
{
    s.setVersion(QDataStream::Qt_6_4);
}

} // namespace gw::pdfproto
