// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — 文号 (document numbers).
#include "domain/DocNumber.h"

#include <QRegularExpression>

namespace gw {

Result<DocNumber> DocNumber::parse(const QString &input)
{
    QString t = input.normalized(QString::NormalizationForm_KC); // full-width digits and letters fold
    static const QRegularExpression kSpace(QStringLiteral("\\s"));
    t.remove(kSpace);
    if (t.isEmpty())
        return makeError(ErrorCode::Validation, tr("Enter the document number (文号)."));
    // Every look-alike bracket becomes 〔 〕.
    static const QRegularExpression kOpen(QStringLiteral("[\\[［〔(（【]"));
    static const QRegularExpression kClose(QStringLiteral("[\\]］〕)）】]"));
    t.replace(kOpen, QStringLiteral("〔")).replace(kClose, QStringLiteral("〕"));
    if (t.contains(QChar(0x7B2C))) // 第
        return makeError(ErrorCode::Validation, tr("A document number has no 第: write 黄政发〔2026〕12号."));
    static const QRegularExpression kForm(
        QStringLiteral("^(\\p{Han}[\\p{Han}A-Za-z]{0,15})〔(\\d{4})〕(\\d+)号$"));
    const auto m = kForm.match(t);
    if (!m.hasMatch()) {
        if (!t.endsWith(QChar(0x53F7)))
            return makeError(ErrorCode::Validation, tr("“%1” does not end with 号.").arg(input.trimmed()));
        if (!t.contains(QStringLiteral("〔")))
            return makeError(
                ErrorCode::Validation,
                tr("“%1” has no year in brackets: write 黄政发〔2026〕12号.").arg(input.trimmed()));
        return makeError(
            ErrorCode::Validation,
            tr("“%1” is not a document number of the form 黄政发〔2026〕12号.").arg(input.trimmed()));
    }
    DocNumber n;
    n.prefix = m.captured(1);
    n.year = m.captured(2).toInt();
    const QString digits = m.captured(3);
    if (n.year < 1949 || n.year > 2100)
        return makeError(ErrorCode::Validation,
                         tr("The year %1 in the document number is impossible.").arg(n.year));
    if (digits.startsWith(QLatin1Char('0')))
        return makeError(ErrorCode::Validation,
                         tr("The number in a document number has no leading zeros: %1 → %2.")
                             .arg(digits, QString::number(digits.toInt())));
    bool ok = false;
    n.number = digits.toInt(&ok);
    if (!ok || n.number <= 0 || n.number > 99999)
        return makeError(ErrorCode::Validation,
                         tr("The number %1 in the document number is impossible.").arg(digits));
    return n;
}

QString DocNumber::toString() const
{
    return prefix + QStringLiteral("〔") + QString::number(year) + QStringLiteral("〕") +
           QString::number(number) + QStringLiteral("号");
}

} // namespace gw
