// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what an audited change did, field by field.
#include "security/AuditDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gw {

AuditDiff AuditDiff::between(const AuditFields &before, const AuditFields &after)
{
    AuditDiff d;
    for (const auto &[field, value] : after) {
        std::optional<QString> old;
        for (const auto &[f, v] : before) {
            if (f == field) {
                old = v;
                break;
            }
        }
        if (!old || *old != value)
            d.m_changes.append(FieldChange{field, old, value});
    }
    return d;
}

AuditDiff AuditDiff::created(const AuditFields &after)
{
    AuditDiff d;
    for (const auto &[field, value] : after) {
        if (!value.isEmpty())
            d.m_changes.append(FieldChange{field, std::nullopt, value});
    }
    return d;
}

AuditDiff &AuditDiff::remark(const QString &key, const QString &value)
{
    if (!value.isEmpty())
        m_changes.append(FieldChange{key, std::nullopt, value});
    return *this;
}

std::optional<FieldChange> AuditDiff::change(const QString &field) const
{
    for (const FieldChange &c : m_changes) {
        if (c.field == field)
            return c;
    }
    return std::nullopt;
}

QString AuditDiff::toText() const
{
    // An array of [field, before, after] keeps the order the fields were recorded in.
    QJsonArray rows;
    for (const FieldChange &c : m_changes)
        rows.append(QJsonArray{c.field, c.before ? QJsonValue(*c.before) : QJsonValue(), c.after});
    return QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
}

AuditDiff AuditDiff::fromText(const QString &text)
{
    AuditDiff d;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isArray()) {
        d.remark(QStringLiteral("summary"), text);
        return d;
    }
    for (const QJsonValue &row : doc.array()) {
        const QJsonArray r = row.toArray();
        if (r.size() != 3)
            continue;
        d.m_changes.append(FieldChange{r.at(0).toString(),
                                       r.at(1).isNull() ? std::nullopt : std::optional(r.at(1).toString()),
                                       r.at(2).toString()});
    }
    return d;
}

} // namespace gw
