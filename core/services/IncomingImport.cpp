// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — bulk import of a receipt list.
#include "services/IncomingImport.h"

#include "Clock.h"
#include "domain/DocNumber.h"
#include "services/IncomingRecords.h"
#include "services/IncomingService.h"
#include "services/ServiceContext.h"
#include "services/UnitService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "storage/IncomingRepository.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QStringDecoder>
#include <QTimeZone>

namespace gw {
namespace {
enum Field
{
    Sender,
    Number,
    Title,
    GenreField,
    UrgencyField,
    Secrecy,
    Copies,
    Received,
    Due
};

// Headings in Chinese or English.
const QHash<QString, Field> &headings()
{
    static const QHash<QString, Field> h = {
        {QStringLiteral("来文机关"), Sender},
        {QStringLiteral("sender"), Sender},
        {QStringLiteral("文号"), Number},
        {QStringLiteral("number"), Number},
        {QStringLiteral("标题"), Title},
        {QStringLiteral("title"), Title},
        {QStringLiteral("文种"), GenreField},
        {QStringLiteral("genre"), GenreField},
        {QStringLiteral("紧急程度"), UrgencyField},
        {QStringLiteral("urgency"), UrgencyField},
        {QStringLiteral("密级"), Secrecy},
        {QStringLiteral("secrecy"), Secrecy},
        {QStringLiteral("份数"), Copies},
        {QStringLiteral("copies"), Copies},
        {QStringLiteral("收文时间"), Received},
        {QStringLiteral("received"), Received},
        {QStringLiteral("办理时限"), Due},
        {QStringLiteral("due"), Due},
    };
    return h;
}

QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(cell.trimmed());
            cell.clear();
        } else if (c == QLatin1Char('\n')) {
            row.append(cell.trimmed());
            cell.clear();
            if (!(row.size() == 1 && row.first().isEmpty()))
                rows.append(row);
            row.clear();
        } else if (c != QLatin1Char('\r')) {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row.append(cell.trimmed());
        rows.append(row);
    }
    return rows;
}

QDateTime parseTime(const QString &s)
{
    const QTimeZone cst(8 * 3600);
    for (const char *f : {"yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyy/M/d H:mm", "yyyy/M/d"}) {
        QDateTime t = QDateTime::fromString(s, QString::fromLatin1(f));
        if (t.isValid()) {
            t.setTimeZone(cst);
            return t;
        }
    }
    return {};
}
} // namespace

Result<ImportCheck> IncomingImport::check(Workspace &ws, const Actor &who, const QByteArray &csv)
{
    auto current = ws.users().current(who);
    if (!current)
        return current.error();
    const Principal &actor = current.value();
    ImportCheck out;
    QByteArray bytes = csv;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QString text;
    {
        QStringDecoder utf8(QStringDecoder::Utf8);
        text = utf8.decode(bytes);
        out.encoding = QStringLiteral("UTF-8");
        if (utf8.hasError()) {
            QStringDecoder gb("GB18030");
            if (!gb.isValid())
                return makeError(ErrorCode::Unsupported,
                                 tr("The file is not UTF-8, and GB18030 cannot be read here."));
            text = gb.decode(bytes);
            out.encoding = QStringLiteral("GB18030");
            if (gb.hasError())
                return makeError(ErrorCode::Validation, tr("The file is neither UTF-8 nor GB18030 text."));
        }
    }
    const QList<QStringList> rows = parseCsv(text);
    if (rows.isEmpty())
        return makeError(ErrorCode::Validation, tr("The file is empty."));
    QHash<int, Field> columns;
    for (int c = 0; c < rows.first().size(); ++c) {
        const QString h = rows.first().at(c).trimmed().toLower();
        if (headings().contains(h))
            columns.insert(c, headings().value(h));
    }
    for (Field required : {Sender, Title}) {
        if (!columns.values().contains(required))
            return makeError(ErrorCode::Validation,
                             tr("The heading row needs the columns 来文机关 (sender) and 标题 (title)."));
    }
    QHash<QString, qint64> units;
    UnitFilter all;
    all.limit = 1000000;
    auto known = ws.units().list(who, all);
    if (!known)
        return known.error();
    for (const Unit &u : known.value()) {
        units.insert(u.name, u.id);
        units.insert(u.shortName, u.id);
    }
    QSet<QString> seen;
    const qint64 now = ws.clock().nowMs();
    for (int r = 1; r < rows.size(); ++r) {
        ++out.rows;
        const QStringList &cells = rows.at(r);
        IncomingItem item;
        item.receivedAtMs = now;
        QList<ImportProblem> problems;
        auto bad = [&](Field f, const QString &message) {
            QString column;
            for (auto it = headings().cbegin(); it != headings().cend(); ++it) {
                if (it.value() == f && it.key().at(0).unicode() > 0x7F) // name the Chinese heading
                    column = it.key();
            }
            problems.append(ImportProblem{r, column, message});
        };
        for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
            const QString v = it.key() < cells.size() ? cells.at(it.key()) : QString();
            switch (it.value()) {
            case Sender:
                if (!units.contains(v))
                    bad(Sender, tr("“%1” is not in the unit directory.").arg(v));
                else
                    item.senderUnitId = units.value(v);
                break;
            case Number:
                if (!v.isEmpty()) {
                    auto n = DocNumber::parse(v);
                    if (!n)
                        bad(Number, n.error().message);
                    else
                        item.docNumber = n.value().toString();
                }
                break;
            case Title:
                if (v.isEmpty())
                    bad(Title, tr("The title is empty."));
                item.title = v;
                break;
            case GenreField: {
                bool found = v.isEmpty();
                for (Genre g : allGenres()) {
                    if (genreName(g) == v || genreCode(g) == v) {
                        item.genre = g;
                        found = true;
                    }
                }
                if (!found)
                    bad(GenreField, tr("“%1” is not one of the 15 genres.").arg(v));
                break;
            }
            case UrgencyField:
                if (auto u = urgencyFromCode(v))
                    item.urgency = *u;
                else
                    bad(UrgencyField, tr("Urgency is 特急, 加急 (急件) or 普通, not “%1”.").arg(v));
                break;
            case Secrecy: {
                const QHash<QString, Clearance> names = {{QString(), Clearance::None},
                                                         {QStringLiteral("无"), Clearance::None},
                                                         {QStringLiteral("秘密"), Clearance::Confidential},
                                                         {QStringLiteral("机密"), Clearance::Secret},
                                                         {QStringLiteral("绝密"), Clearance::TopSecret}};
                if (!names.contains(v))
                    bad(Secrecy, tr("Secrecy is 秘密, 机密 or 绝密, not “%1”.").arg(v));
                else if (!clearanceCovers(actor.clearance, names.value(v)))
                    bad(Secrecy, tr("Your clearance does not cover %1.").arg(v));
                else
                    item.secrecy = names.value(v);
                break;
            }
            case Copies: {
                bool ok = v.isEmpty();
                const int n = v.isEmpty() ? 1 : v.toInt(&ok);
                if (!ok || n < 1 || n > 9999)
                    bad(Copies, tr("The number of copies “%1” is not a number from 1 to 9999.").arg(v));
                item.copies = n;
                break;
            }
            case Received:
            case Due:
                if (!v.isEmpty()) {
                    const QDateTime t = parseTime(v);
                    if (!t.isValid())
                        bad(it.value(), tr("“%1” is not a date (2026-03-02 or 2026-03-02 09:30).").arg(v));
                    else if (it.value() == Received)
                        item.receivedAtMs = t.toMSecsSinceEpoch();
                    else
                        item.dueAtMs = t.toMSecsSinceEpoch();
                }
                break;
            }
        }
        if (problems.isEmpty() && !item.docNumber.isEmpty()) {
            const QString key = QString::number(item.senderUnitId) + QLatin1Char('|') + item.docNumber;
            if (seen.contains(key))
                bad(Number, tr("%1 appears twice in the file.").arg(item.docNumber));
            seen.insert(key);
        }
        if (problems.isEmpty()) {
            // The checks a registration one at a time passes, the same function: dates, the sender,
            // a registration there already (without naming one the user may not see).
            if (auto st = IncomingService::checkNew(ws.database(), actor, now, item); !st)
                problems.append(ImportProblem{r, QString(), st.error().message});
        }
        if (problems.isEmpty()) {
            out.good.append(item);
            out.goodRows.append(r);
        }
        out.problems += problems;
    }
    return out;
}

Result<int> IncomingImport::import(Workspace &ws, const Actor &actor, const ImportCheck &checked,
                                   bool goodOnly, const std::function<bool(int, int)> &progress)
{
    const ServiceContext ctx{ws.database(), ws.clock(), ws.hasher(), ws.changes()};
    auto who = ctx.authorize(actor, Action::RegisterIncoming);
    if (!who)
        return who.error();
    if (!checked.problems.isEmpty() && !goodOnly)
        return makeError(
            ErrorCode::Validation,
            tr("%n row(s) have problems: nothing was imported. Correct the file, or import only the good "
               "rows.",
               nullptr, int(checked.problems.size())));
    int done = 0;
    // Many new rows in one transaction, each checked again as the records stand now (a colleague may
    // have registered one since the file was read) and audited by its id like a registration.
    auto st = ctx.commit(who.value(), [&](WriteScope &w) -> Status {
        const IncomingRepository repo(w.db);
        const int total = int(checked.good.size());
        for (int i = 0; i < total; ++i) {
            IncomingItem item = checked.good.at(i);
            if (auto ok = IncomingService::checkNew(w.db, w.who, w.nowMs, item); !ok)
                return makeError(ok.error().code, tr("Row %1: %2 Nothing was imported.")
                                                      .arg(checked.goodRows.value(i))
                                                      .arg(ok.error().message));
            item.state = QString::fromLatin1(incoming::kRegistered);
            item.holder = w.who.displayName;
            item.holderSinceMs = w.nowMs;
            item.createdBy = w.who.userId;
            auto id = repo.insert(item, w.who.displayName, w.nowMs);
            if (!id)
                return id.error();
            item.id = id.value();
            item.version = 1;
            if (auto ev = repo.addEvent(item.id, QStringLiteral("register"), w.who.userId, w.who.displayName,
                                        w.nowMs, QString());
                !ev)
                return ev;
            AuditDiff diff = AuditDiff::created(Records<IncomingItem>::fields(item));
            diff.remark(QStringLiteral("import_row"), QString::number(checked.goodRows.value(i)));
            w.audit(AuditNote{QStringLiteral("incoming.register"), QStringLiteral("incoming"), item.id, {},
                              diff});
            ++done;
            if (progress && ((i + 1) % 500 == 0 || i + 1 == total) && !progress(i + 1, total))
                return makeError(ErrorCode::Validation, tr("Import cancelled: nothing was imported."));
        }
        AuditDiff diff;
        diff.remark(QStringLiteral("rows"), QString::number(checked.rows));
        diff.remark(QStringLiteral("imported"), QString::number(done));
        diff.remark(QStringLiteral("problems"), QString::number(checked.problems.size()));
        w.audit(AuditNote{QStringLiteral("incoming.import"), QStringLiteral("incoming"), 0, {}, diff});
        return {};
    });
    if (!st)
        return st.error();
    return done;
}

} // namespace gw
