// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the text of a PDF.
#include "pdf/PdfText.h"

#include <QHash>

namespace gw {

QString normalizeExtractedText(const QString &text)
{
    // NFKC folds the Kangxi radicals (U+2F00–U+2FD5) and compatibility forms into the unified
    // ideographs; the CJK radicals supplement (U+2E80–U+2EFF) has no decomposition, so its common
    // look-alikes are mapped by hand.
    // Full-width punctuation (，：；（）！？…) is what the document says and what the user is shown: it is
    // kept as it is, and NFKC folds the runs between.
    auto keptPunctuation = [](char16_t c) {
        return (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
               (c >= 0xFF5B && c <= 0xFF5E);
    };
    QString s;
    s.reserve(text.size());
    qsizetype runStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !keptPunctuation(text.at(i).unicode()))
            continue;
        s += text.mid(runStart, i - runStart).normalized(QString::NormalizationForm_KC);
        if (i < text.size())
            s += text.at(i);
        runStart = i + 1;
    }
    static const QHash<char16_t, char16_t> kSupplement = {
        {0x2EA0, 0x6C11}, // ⺠ → 民
        {0x2ED8, 0x9752}, // ⻘ → 青
        {0x2EE2, 0x9A6C}, // ⻢ → 马
        {0x2EA8, 0x72AD}, // ⺨ → 犭
        {0x2ECF, 0x961D}, // ⻏ → 阝
        {0x2ED6, 0x961D}, // ⻖ → 阝
        {0x2EC4, 0x897F}, // ⻄ → 西
        {0x2EF3, 0x9F9F}, // ⻳ → 龟
    };
    for (QChar &c : s) {
        if (auto it = kSupplement.constFind(c.unicode()); it != kSupplement.constEnd())
            c = QChar(*it);
    }
    return s;
}

} // namespace gw
