// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what an audited change did, field by field.
#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace gw {

/// An object's audited fields as stable text (codes, not labels), in a fixed order.
using AuditFields = QList<QPair<QString, QString>>;

/// One field an audit entry records: its value before (none for a new object or a remark) and after.
struct FieldChange
{
    QString field;
    std::optional<QString> before;
    QString after;
};

/// The field-by-field before → after of one change, stored as the audit entry's summary.
class AuditDiff final
{
public:
    /// The fields whose values differ between the two snapshots.
    static AuditDiff between(const AuditFields &before, const AuditFields &after);
    /// Every field of a new object.
    static AuditDiff created(const AuditFields &after);
    /// Reads a summary written by toText(); an older free-text summary becomes one "summary" remark.
    static AuditDiff fromText(const QString &text);

    /// Something said with the change that is not a field of the object (an opinion, a reason).
    AuditDiff &remark(const QString &key, const QString &value);
    const QList<FieldChange> &changes() const { return m_changes; }
    std::optional<FieldChange> change(const QString &field) const;
    bool isEmpty() const { return m_changes.isEmpty(); }
    /// Compact JSON: [["field","before","after"], …]; null where there was no value before.
    QString toText() const;

private:
    QList<FieldChange> m_changes;
};

} // namespace gw
