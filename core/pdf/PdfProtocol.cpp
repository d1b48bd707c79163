// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — frames between the program and its PDF worker process.
#include "pdf/PdfProtocol.h"

#include <QtEndian>

namespace gw::pdfproto {

QByteArray frame(const QByteArray &payload)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(payload.size()), out.data());
    out.append(payload);
    return out;
}

Take takeFrame(QByteArray &buffer, QByteArray &payload)
{
    if (buffer.size() < 4)
        return Take::Incomplete;
    const quint32 len = qFromBigEndian<quint32>(buffer.constData());
    if (len > kMaxFrame)
        return Take::Oversize;
    if (quint64(buffer.size()) < quint64(len) + 4)
        return Take::Incomplete;
    payload = buffer.mid(4, qsizetype(len));
    buffer.remove(0, qsizetype(len) + 4);
    return Take::Frame;
}

} // namespace gw::pdfproto
