// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the fields of the office's identity.
#include "OfficeForm.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QRegularExpression>

namespace gw {

OfficeForm::OfficeForm(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_fullName = new QLineEdit(this);
    m_fullName->setObjectName(QStringLiteral("officeFullName"));
    m_fullName->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("黄州区人民政府办公室")));
    m_signMark = new QLineEdit(this);
    m_signMark->setObjectName(QStringLiteral("officeSignMark"));
    m_signMark->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("黄州区人民政府")));
    m_fonds = new QLineEdit(this);
    m_fonds->setObjectName(QStringLiteral("officeFonds"));
    m_fonds->setPlaceholderText(tr("e.g. J012"));
    m_prefixes = new QPlainTextEdit(this);
    m_prefixes->setObjectName(QStringLiteral("officePrefixes"));
    m_prefixes->setPlaceholderText(
        tr("One prefix a line, then what it is for:\n黄政发 区政府发文\n黄政办发 区政府办公室发文"));
    m_prefixes->setTabChangesFocus(true);
    m_prefixes->setMinimumHeight(90);
    form->addRow(tr("Office's full &name:"), m_fullName);
    form->addRow(tr("Issuing authority's &mark (发文机关标志):"), m_signMark);
    form->addRow(tr("F&onds number (全宗号):"), m_fonds);
    form->addRow(tr("Document number &prefixes:"), m_prefixes);
    m_contactPerson = new QLineEdit(this);
    m_contactPerson->setObjectName(QStringLiteral("officeContactPerson"));
    m_contactPerson->setPlaceholderText(tr("printed on notices of return, transfer and urging, e.g. 李文秀"));
    m_contactPhone = new QLineEdit(this);
    m_contactPhone->setObjectName(QStringLiteral("officeContactPhone"));
    m_contactPhone->setPlaceholderText(tr("e.g. 0712-2345678"));
    form->addRow(tr("&Contact person (联系人):"), m_contactPerson);
    form->addRow(tr("Contact te&lephone (联系电话):"), m_contactPhone);
    m_warningDays = new QSpinBox(this);
    m_warningDays->setObjectName(QStringLiteral("officeWarningDays"));
    m_warningDays->setRange(1, 20);
    m_warningDays->setValue(3);
    m_warningDays->setSuffix(tr(" working days"));
    m_warningDays->setToolTip(tr("A supervised matter turns yellow when its deadline is this close."));
    form->addRow(tr("Supervision &warning (督查预警):"), m_warningDays);
}

Office OfficeForm::office() const
{
    Office o;
    o.fullName = m_fullName->text();
    o.signMark = m_signMark->text();
    o.fondsNo = m_fonds->text();
    o.contactPerson = m_contactPerson->text().trimmed();
    o.contactPhone = m_contactPhone->text().trimmed();
    o.warningDays = m_warningDays->value();
    o.version = m_version;
    static const QRegularExpression kSpace(QStringLiteral("\\s+"));
    const QStringList lines = m_prefixes->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (t.isEmpty())
            continue;
        const int cut = t.indexOf(kSpace);
        DocPrefix p;
        p.prefix = cut < 0 ? t : t.left(cut);
        p.description = cut < 0 ? QString() : t.mid(cut).trimmed();
        o.prefixes.append(p);
    }
    return o;
}

void OfficeForm::setOffice(const Office &o)
{
    m_fullName->setText(o.fullName);
    m_signMark->setText(o.signMark);
    m_fonds->setText(o.fondsNo);
    m_contactPerson->setText(o.contactPerson);
    m_contactPhone->setText(o.contactPhone);
    m_warningDays->setValue(o.warningDays);
    m_version = o.version;
    QStringList lines;
    for (const DocPrefix &p : o.prefixes)
        lines.append(p.description.isEmpty() ? p.prefix : p.prefix + QLatin1Char(' ') + p.description);
    m_prefixes->setPlainText(lines.join(QLatin1Char('\n')));
}

} // namespace gw
