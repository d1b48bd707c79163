// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — reading the registration fields off a document's text.
#include "workflow/DocumentReading.h"

#include "domain/DocNumber.h"

#include <QRegularExpression>
#include <QStringList>

namespace gw {

DocumentProposals readDocument(const QString &input)
{
    DocumentProposals p;
    const QString text = input.normalized(QString::NormalizationForm_KC);
    QStringList lines;
    for (const QString &l : text.split(QRegularExpression(QStringLiteral("[\\n\\f]")))) {
        const QString t = l.simplified();
        if (!t.isEmpty())
            lines.append(t);
    }

    static const QRegularExpression kNumber(QStringLiteral(
        "(\\p{Han}[\\p{Han}A-Za-z]{0,15})\\s*[\\[［〔(（【]\\s*(\\d{4})\\s*[\\]］〕)）】]\\s*(\\d+)\\s*号"));
    if (auto m = kNumber.match(text); m.hasMatch()) {
        if (auto n = DocNumber::parse(m.captured(0)))
            p.docNumber = n.value().toString();
    }

    static const QRegularExpression kMasthead(QStringLiteral("^(\\p{Han}{2,30}?)(文件|公文)$"));
    for (const QString &l : lines) {
        if (auto m = kMasthead.match(QString(l).remove(QLatin1Char(' '))); m.hasMatch()) {
            p.sender = m.captured(1);
            break;
        }
    }

    static const QRegularExpression kTitle(QStringLiteral("^关于.{2,80}的(\\p{Han}{1,3})$"));
    for (const QString &l : lines) {
        if (auto m = kTitle.match(l); m.hasMatch()) {
            p.title = l;
            for (Genre g : allGenres()) {
                if (genreName(g) == m.captured(1) ||
                    (g == Genre::Order && m.captured(1) == QStringLiteral("令")))
                    p.genre = g;
            }
            break;
        }
    }

    // Marks in the header: 特急 / 加急 (急件), and 秘密★1年.
    const QString head = lines.mid(0, 8).join(QLatin1Char('\n'));
    if (head.contains(QStringLiteral("特急")))
        p.urgency = Urgency::VeryUrgent;
    else if (head.contains(QStringLiteral("加急")) || head.contains(QStringLiteral("急件")))
        p.urgency = Urgency::Urgent;
    static const QRegularExpression kSecrecy(QStringLiteral("(绝密|机密|秘密)\\s*(★\\s*([^\\s]{1,8}))?"));
    if (auto m = kSecrecy.match(head); m.hasMatch()) {
        const QString level = m.captured(1);
        p.secrecy = level == QStringLiteral("绝密")   ? Clearance::TopSecret
                    : level == QStringLiteral("机密") ? Clearance::Secret
                                                      : Clearance::Confidential;
        if (!m.captured(3).isEmpty())
            p.secrecyPeriod = m.captured(3);
    }

    // 成文日期: the last full date in the text, where the signature and seal stand.
    static const QRegularExpression kDate(
        QStringLiteral("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"));
    auto it = kDate.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid())
            p.writtenDate = d;
    }
    return p;
}

} // namespace gw
