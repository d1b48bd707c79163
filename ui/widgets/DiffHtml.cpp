// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — character runs of a comparison as HTML.
#include "DiffHtml.h"

namespace gw {

QString diffWholeHtml(const QString &text, DiffLine::Kind kind)
{
    const QString t = text.toHtmlEscaped();
    switch (kind) {
    case DiffLine::Removed:
        return QStringLiteral("<span style='background:#f6b8b8;color:#8a1020'><s>%1</s></span>").arg(t);
    case DiffLine::Added:
        return QStringLiteral("<span style='background:#b9e6b9;color:#145214'><u>%1</u></span>").arg(t);
    case DiffLine::Same:
        break;
    }
    return t;
}

QString diffSpansHtml(const QList<DiffSpan> &spans, DiffSide side)
{
    QString html;
    for (const DiffSpan &sp : spans) {
        if ((sp.kind == DiffLine::Removed && side == DiffSide::New) ||
            (sp.kind == DiffLine::Added && side == DiffSide::Old))
            continue;
        html += diffWholeHtml(sp.text, sp.kind);
    }
    return html;
}

} // namespace gw
