// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — numbered printing and the first reader.
#include "domain/Printing.h"

#include "domain/EnumTable.h"

namespace gw {
namespace {
const enumtable::Entry<FirstReadingReturn> kReturns[] = {
    {FirstReadingReturn::Secretariat, "secretariat", ""},
    {FirstReadingReturn::Signer, "signer", ""},
};
} // namespace

QStringList FirstReaderChecklist::codes()
{
    return {QStringLiteral("text_matches"),   QStringLiteral("header"),   QStringLiteral("title"),
            QStringLiteral("signature_seal"), QStringLiteral("colophon"), QStringLiteral("page_numbers"),
            QStringLiteral("print_quality")};
}

QString FirstReaderChecklist::label(const QString &code)
{
    if (code == QLatin1String("text_matches"))
        return tr("The printed text matches the signed version (differences read and explained)");
    if (code == QLatin1String("header"))
        return tr("版头: 份号, 密级, 紧急程度, red 标志, 发文字号 and the red line in place");
    if (code == QLatin1String("title"))
        return tr("Title, 主送机关 and headings as written");
    if (code == QLatin1String("signature_seal"))
        return tr("署名, 成文日期 and the seal: clear, upright, over the date");
    if (code == QLatin1String("colophon"))
        return tr("版记: 抄送, 印发机关 and 印发日期 between the rules");
    if (code == QLatin1String("page_numbers"))
        return tr("Page numbers complete and in order; attachments follow the text");
    if (code == QLatin1String("print_quality"))
        return tr("Print quality: no smudges, missing strokes or skewed pages");
    return code;
}

QString firstReadingReturnCode(FirstReadingReturn r)
{
    return enumtable::code(kReturns, r);
}

FirstReadingReturn firstReadingReturnFromCode(const QString &code)
{
    return enumtable::fromCode(kReturns, code).value_or(FirstReadingReturn::Secretariat);
}

} // namespace gw
