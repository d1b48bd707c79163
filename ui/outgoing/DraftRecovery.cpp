// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the draft editor's recovery copy.
#include "DraftRecovery.h"

#include "storage/PrivateFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace gw::draftrecovery {
namespace {
QJsonArray toArray(const QStringList &l)
{
    return QJsonArray::fromStringList(l);
}

QStringList fromArray(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}
} // namespace

QString pathFor(const QString &database, qint64 userId, qint64 draftId)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
    const QString db = QString::fromLatin1(
        QCryptographicHash::hash(database.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
    return QStringLiteral("%1/draft-%2-u%3-d%4.json").arg(dir, db).arg(userId).arg(draftId);
}

Status save(const QString &path, const DraftFields &f, const QString &body, const QString &note)
{
    if (auto st = privatefiles::ensureFolder(QFileInfo(path).absolutePath()); !st)
        return st;
    QJsonObject o{{QStringLiteral("savedAt"), QDateTime::currentDateTime().toString(Qt::ISODate)},
                  {QStringLiteral("title"), f.title},
                  {QStringLiteral("genre"), genreCode(f.genre)},
                  {QStringLiteral("issuer"), issuerCode(f.issuer)},
                  {QStringLiteral("direction"), directionCode(f.direction)},
                  {QStringLiteral("unit"), QString::number(f.draftingUnitId)},
                  {QStringLiteral("normative"), f.normative},
                  {QStringLiteral("main"), toArray(f.mainRecipients)},
                  {QStringLiteral("cc"), toArray(f.ccRecipients)},
                  {QStringLiteral("attachments"), toArray(f.attachments)},
                  {QStringLiteral("urgency"), urgencyCode(f.urgency)},
                  {QStringLiteral("secrecy"), clearanceCode(f.secrecy)},
                  {QStringLiteral("period"), f.secrecyPeriod},
                  {QStringLiteral("signer"), QString::number(f.signerId)},
                  {QStringLiteral("repliesTo"), f.repliesTo},
                  {QStringLiteral("due"), f.dueDate.toString(Qt::ISODate)},
                  {QStringLiteral("consult"), f.needsConsultation},
                  {QStringLiteral("annotation"), f.annotation},
                  {QStringLiteral("body"), body},
                  {QStringLiteral("note"), note}};
    return privatefiles::write(path, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<Copy> load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(16 << 20));
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    Copy c;
    c.savedAt = QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
    DraftFields &f = c.fields;
    f.title = o.value(QStringLiteral("title")).toString();
    f.genre = genreFromCode(o.value(QStringLiteral("genre")).toString()).value_or(f.genre);
    f.issuer = issuerFromCode(o.value(QStringLiteral("issuer")).toString()).value_or(f.issuer);
    f.direction = directionFromCode(o.value(QStringLiteral("direction")).toString()).value_or(f.direction);
    f.draftingUnitId = o.value(QStringLiteral("unit")).toString().toLongLong();
    f.normative = o.value(QStringLiteral("normative")).toBool();
    f.mainRecipients = fromArray(o.value(QStringLiteral("main")));
    f.ccRecipients = fromArray(o.value(QStringLiteral("cc")));
    f.attachments = fromArray(o.value(QStringLiteral("attachments")));
    f.urgency = urgencyFromCode(o.value(QStringLiteral("urgency")).toString()).value_or(f.urgency);
    f.secrecy = clearanceFromCode(o.value(QStringLiteral("secrecy")).toString()).value_or(f.secrecy);
    f.secrecyPeriod = o.value(QStringLiteral("period")).toString();
    f.signerId = o.value(QStringLiteral("signer")).toString().toLongLong();
    f.repliesTo = o.value(QStringLiteral("repliesTo")).toString();
    f.dueDate = QDate::fromString(o.value(QStringLiteral("due")).toString(), Qt::ISODate);
    f.needsConsultation = o.value(QStringLiteral("consult")).toBool();
    f.annotation = o.value(QStringLiteral("annotation")).toString();
    c.body = o.value(QStringLiteral("body")).toString();
    c.note = o.value(QStringLiteral("note")).toString();
    return c;
}

void discard(const QString &path)
{
    QFile::remove(path);
}

} // namespace gw::draftrecovery
