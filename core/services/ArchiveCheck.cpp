// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 四性 checks.
#include "services/ArchiveCheck.h"

#include "services/ArchivePdf.h"
#include "storage/ContentHash.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace gw {
namespace {
struct RuleName
{
    const char *rule;
    const char *label;
};
const RuleName kRules[] = {
    {"digest", QT_TRANSLATE_NOOP("ArchiveChecker", "digest differs (SHA-256/SM3)")},
    {"file_missing", QT_TRANSLATE_NOOP("ArchiveChecker", "stored file missing")},
    {"doc_number", QT_TRANSLATE_NOOP("ArchiveChecker", "document number differs from the file")},
    {"title", QT_TRANSLATE_NOOP("ArchiveChecker", "title differs from the file")},
    {"date", QT_TRANSLATE_NOOP("ArchiveChecker", "date differs from the file")},
    {"components", QT_TRANSLATE_NOOP("ArchiveChecker", "component missing")},
    {"metadata", QT_TRANSLATE_NOOP("ArchiveChecker", "metadata item empty")},
    {"item_gap", QT_TRANSLATE_NOOP("ArchiveChecker", "gap in the item numbers")},
    {"audit_trail", QT_TRANSLATE_NOOP("ArchiveChecker", "no audit trail")},
    {"opens", QT_TRANSLATE_NOOP("ArchiveChecker", "file does not open")},
    {"renders", QT_TRANSLATE_NOOP("ArchiveChecker", "page does not render")},
    {"encrypted", QT_TRANSLATE_NOOP("ArchiveChecker", "file is encrypted")},
    {"fonts", QT_TRANSLATE_NOOP("ArchiveChecker", "fonts not embedded")},
    {"format", QT_TRANSLATE_NOOP("ArchiveChecker", "not an archival format")},
    {"backup", QT_TRANSLATE_NOOP("ArchiveChecker", "no recent backup")},
};

const char *const kProperties[] = {QT_TRANSLATE_NOOP("ArchiveChecker", "authenticity (真实性)"),
                                   QT_TRANSLATE_NOOP("ArchiveChecker", "integrity (完整性)"),
                                   QT_TRANSLATE_NOOP("ArchiveChecker", "usability (可用性)"),
                                   QT_TRANSLATE_NOOP("ArchiveChecker", "safety (安全性)")};

QString folded(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s.normalized(QString::NormalizationForm_KC)) {
        if (c.isSpace())
            continue;
        switch (c.unicode()) {
        case 0x3014: // 〔
        case 0x3010: // 【
        case u'[':
        case u'(':
            out += QLatin1Char('(');
            break;
        case 0x3015: // 〕
        case 0x3011: // 】
        case u']':
        case u')':
            out += QLatin1Char(')');
            break;
        default:
            out += c;
        }
    }
    return out;
}

bool isPdf(const QByteArray &b)
{
    const qsizetype at = b.indexOf("%PDF-");
    return at >= 0 && at < 1024;
}
bool isOfd(const QByteArray &b)
{
    return b.startsWith("PK\x03\x04") && b.contains("OFD.xml");
}
} // namespace

QString archivePropertyLabel(ArchiveProperty p)
{
    return QCoreApplication::translate("ArchiveChecker", kProperties[int(p)]);
}

QString archiveRuleLabel(const QString &rule)
{
    for (const RuleName &r : kRules)
        if (rule == QLatin1String(r.rule))
            return QCoreApplication::translate("ArchiveChecker", r.label);
    return rule;
}

bool ArchiveChecker::textHolds(const QString &text, const QString &needle)
{
    const QString n = folded(needle);
    return !n.isEmpty() && folded(text).contains(n);
}

QString ArchiveChecker::printedDate(const QString &isoDate)
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    return d.isValid() ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day()) : QString();
}

QList<ArchiveFinding> ArchiveChecker::checkItem(const ArchiveItem &item, const Bytes &bytes, const Facts &facts,
                                                bool hasAuditTrail)
{
    QList<ArchiveFinding> out;
    const QString code = item.code.toString();
    auto fail = [&](ArchiveProperty p, const char *rule, const QString &message) {
        out << ArchiveFinding{item.id, code, p, QLatin1String(rule), message, item.secrecy};
    };
    // Integrity: what the 件 must hold.
    for (ComponentRole r : item.missingComponents())
        fail(ArchiveProperty::Integrity, "components", tr("The %1 is missing.").arg(componentRoleLabel(r)));
    for (const QString &m : item.missingMetadata())
        fail(ArchiveProperty::Integrity, "metadata", tr("The metadata item %1 is empty.").arg(m));
    if (!hasAuditTrail)
        fail(ArchiveProperty::Integrity, "audit_trail",
             tr("The audit log holds no history of the document this item was archived from."));

    bool mainChecked = false;
    for (const ArchiveComponent &c : item.components) {
        const QString which = tr("component %1 (%2, %3)").arg(c.position).arg(componentRoleLabel(c.role), c.name);
        const std::optional<QByteArray> stored = bytes(c.sha256);
        if (!stored) {
            fail(ArchiveProperty::Safety, "file_missing", tr("The stored file of %1 cannot be read.").arg(which));
            continue;
        }
        const ContentHash h = ContentHash::of(*stored);
        if (h.sha256 != c.sha256 || h.sm3 != c.sm3 || stored->size() != c.size) {
            fail(ArchiveProperty::Authenticity, "digest",
                 tr("The stored file of %1 no longer matches its SHA-256 and SM3 digests: it was changed.").arg(which));
            continue;
        }
        if (isOfd(*stored))
            continue;
        if (!isPdf(*stored)) {
            fail(ArchiveProperty::Usability, "format", tr("%1 is neither PDF nor OFD.").arg(which));
            continue;
        }
        const bool main = !mainChecked && (c.role == ComponentRole::Released || c.role == ComponentRole::Received);
        const auto [pdf, error] = facts(*stored, main);
        if (!pdf) {
            fail(ArchiveProperty::Usability, "opens", tr("%1 does not open: %2").arg(which, error));
            continue;
        }
        if (pdf->encrypted)
            fail(ArchiveProperty::Usability, "encrypted", tr("%1 is encrypted.").arg(which));
        if (!pdf->unembeddedFonts.isEmpty())
            fail(ArchiveProperty::Usability, "fonts",
                 tr("%1 uses fonts it does not carry: %2.").arg(which, pdf->unembeddedFonts.join(QStringLiteral(", "))));
        if (!pdf->firstPageRenders)
            fail(ArchiveProperty::Usability, "renders", tr("The first page of %1 does not render.").arg(which));
        // Authenticity: the record agrees with the document of record (正本 or 来文).
        if (!main)
            continue;
        mainChecked = true;
        if (!item.docNumber.isEmpty() && !textHolds(pdf->text, item.docNumber))
            fail(ArchiveProperty::Authenticity, "doc_number",
                 tr("The record gives the document number %1, which the document itself does not carry.")
                     .arg(item.docNumber));
        if (!item.title.isEmpty() && !textHolds(pdf->text, item.title))
            fail(ArchiveProperty::Authenticity, "title",
                 tr("The record gives the title “%1”, which the document itself does not carry.").arg(item.title));
        if (item.source == ArchiveSource::Outgoing && !textHolds(pdf->text, printedDate(item.date)))
            fail(ArchiveProperty::Authenticity, "date",
                 tr("The record gives the date %1, which the document itself does not carry.")
                     .arg(printedDate(item.date).isEmpty() ? item.date : printedDate(item.date)));
    }
    return out;
}

QList<ArchiveFinding> ArchiveChecker::checkGaps(const QList<QPair<QString, QList<int>>> &sequences)
{
    QList<ArchiveFinding> out;
    for (const auto &[key, numbers] : sequences) {
        const QList<int> gaps = itemNumberGaps(numbers);
        if (gaps.isEmpty())
            continue;
        QStringList shown;
        for (int g : gaps.mid(0, 20))
            shown << QStringLiteral("%1").arg(g, 4, 10, QLatin1Char('0'));
        if (gaps.size() > 20)
            shown << QStringLiteral("…");
        out << ArchiveFinding{0, key, ArchiveProperty::Integrity, QStringLiteral("item_gap"),
                              tr("The sequence %1 lacks the item numbers %2.").arg(key, shown.join(QStringLiteral(", ")))};
    }
    return out;
}

std::optional<ArchiveFinding> ArchiveChecker::checkBackup(qint64 lastBackupMs, qint64 nowMs, int maxDays)
{
    const qint64 limit = qint64(maxDays) * 24 * 3600 * 1000;
    if (lastBackupMs > 0 && nowMs - lastBackupMs <= limit)
        return std::nullopt;
    return ArchiveFinding{0, QString(), ArchiveProperty::Safety, QStringLiteral("backup"),
                          lastBackupMs > 0
                              ? tr("The last backup is %1 days old; the office asks for one every %2 days.")
                                    .arg((nowMs - lastBackupMs) / (24 * 3600 * 1000))
                                    .arg(maxDays)
                              : tr("No backup of the records has been made.")};
}

QByteArray ArchiveCheckReport::toJson() const
{
    QJsonArray list;
    for (const ArchiveFinding &f : findings)
        list.append(QJsonObject{{QStringLiteral("item"), f.itemId},
                                {QStringLiteral("code"), f.code},
                                {QStringLiteral("property"), int(f.property)},
                                {QStringLiteral("rule"), f.rule},
                                {QStringLiteral("message"), f.message},
                                {QStringLiteral("secrecy"), int(f.secrecy)}});
    return QJsonDocument(QJsonObject{{QStringLiteral("at"), atMs},
                                     {QStringLiteral("by"), byName},
                                     {QStringLiteral("reason"), reason},
                                     {QStringLiteral("items"), items},
                                     {QStringLiteral("complete"), complete},
                                     {QStringLiteral("findings"), list}})
        .toJson(QJsonDocument::Compact);
}

ArchiveCheckReport ArchiveCheckReport::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    ArchiveCheckReport r;
    r.atMs = o.value(QStringLiteral("at")).toInteger();
    r.byName = o.value(QStringLiteral("by")).toString();
    r.reason = o.value(QStringLiteral("reason")).toString();
    r.items = o.value(QStringLiteral("items")).toInt();
    r.complete = o.value(QStringLiteral("complete")).toBool(true);
    for (const QJsonValue &v : o.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        r.findings << ArchiveFinding{f.value(QStringLiteral("item")).toInteger(), f.value(QStringLiteral("code")).toString(),
                                     ArchiveProperty(std::clamp(f.value(QStringLiteral("property")).toInt(), 0, 3)),
                                     f.value(QStringLiteral("rule")).toString(),
                                     f.value(QStringLiteral("message")).toString(),
                                     Clearance(std::clamp(f.value(QStringLiteral("secrecy")).toInt(3), 0, 3))};
    }
    return r;
}

ArchiveCheckReport ArchiveCheckReport::within(Clearance clearance) const
{
    ArchiveCheckReport r = *this;
    r.findings.erase(std::remove_if(r.findings.begin(), r.findings.end(),
                                    [clearance](const ArchiveFinding &f) { return !clearanceCovers(clearance, f.secrecy); }),
                     r.findings.end());
    return r;
}

QString ArchiveCheckReport::toText() const
{
    QStringList lines;
    lines << QCoreApplication::translate("ArchiveChecker", "%n item(s) checked, %1 finding(s).", nullptr, items)
                 .arg(findings.size());
    if (!complete)
        lines << QCoreApplication::translate("ArchiveChecker", "The run was stopped before the end.");
    for (const ArchiveFinding &f : findings)
        lines << QStringLiteral("%1\t%2\t%3\t%4")
                     .arg(f.code, archivePropertyLabel(f.property), archiveRuleLabel(f.rule), f.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace gw
