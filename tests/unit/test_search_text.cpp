// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — text as the search index reads it: folding, tokens, and marking matches.
#include <catch2/catch.hpp>

#include "domain/SearchText.h"

using namespace gw;
using namespace gw::searchtext;

TEST_CASE("search folding: full-width as half-width, Kangxi radicals as the characters, case and punctuation "
          "dropped",
          "[search]")
{
    CHECK(folded(QStringLiteral("ＰＤＦ２０２６")) == QStringLiteral("pdf2026"));
    CHECK(folded(QStringLiteral("⼈民政府")) == QStringLiteral("人民政府")); // U+2F08 KANGXI RADICAL MAN
    // Radicals with no compatibility form: ⻔ (C-SIMPLIFIED GATE), ⺠ (CIVILIAN), ⻓ (C-SIMPLIFIED LONG).
    CHECK(folded(QStringLiteral("区⻔户网站")) == QStringLiteral("区门户网站"));
    CHECK(folded(QStringLiteral("⼈⺠政府⻓效")) == QStringLiteral("人民政府长效"));
    CHECK(folded(QStringLiteral("测政发〔2026〕5号")) == QStringLiteral("测政发20265号"));
    CHECK(folded(QStringLiteral("测政发[2026]5号")) == folded(QStringLiteral("测政发（2026）5号")));
    CHECK(folded(QStringLiteral("关于 做好\n防汛工作、的通知。")) == QStringLiteral("关于做好防汛工作的通知"));
    CHECK(folded(QStringLiteral("，。！？　")).isEmpty());
    // A character outside the basic plane is one character, not two halves.
    const QString rare = QString::fromUcs4(U"𠀋村");
    CHECK(folded(rare) == rare);
    CHECK(queryTokens(Field::Title, rare).size() == 1);
    CHECK(queryTokens(Field::Title, QString::fromUcs4(U"𠀋")).size() == 1);
}

TEST_CASE("search tokens: pairs in order then each character once, marked by field", "[search]")
{
    QString out;
    appendTokens(out, Field::Title, QStringLiteral("防汛防"));
    CHECK(out.split(QLatin1Char(' '), Qt::SkipEmptyParts) ==
          QStringList{QStringLiteral("t防汛"), QStringLiteral("t汛防"), QStringLiteral("t防"), QStringLiteral("t汛")});
    // One character: itself; two: their pair; more: the chain of pairs.
    CHECK(queryTokens(Field::Body, QStringLiteral("税")) == QStringList{QStringLiteral("b税")});
    CHECK(queryTokens(Field::Body, QStringLiteral("防汛")) == QStringList{QStringLiteral("b防汛")});
    CHECK(queryTokens(Field::Number, QStringLiteral("政发2")) ==
          QStringList{QStringLiteral("n政发"), QStringLiteral("n发2")});
    CHECK(queryTokens(Field::Number, QString()).isEmpty());
    CHECK(distinctTokens(QStringLiteral(" a b a  c b")) == QStringLiteral("a b c"));
}

TEST_CASE("search highlighting: each match in the original text, whatever its width or brackets", "[search]")
{
    const QString number = QStringLiteral("测政发〔2026〕5号");
    const auto m = matches(number, folded(QStringLiteral("政发2026")));
    REQUIRE(m.size() == 1);
    CHECK(number.mid(m.first().first, m.first().second - m.first().first) == QStringLiteral("政发〔2026"));
    CHECK(highlighted(QStringLiteral("防汛<抗旱>防汛"), QStringLiteral("防汛")) ==
          QStringLiteral("<b>防汛</b>&lt;抗旱&gt;<b>防汛</b>"));
    CHECK(highlighted(QStringLiteral("ＡＢ"), QStringLiteral("ab")) == QStringLiteral("<b>ＡＢ</b>"));
    CHECK(highlighted(QStringLiteral("无关"), QStringLiteral("防汛")) == QStringLiteral("无关"));
    // A long text is cut around its first match.
    const QString longText = QString(300, QChar(u'甲')) + QStringLiteral("征地补偿") + QString(300, QChar(u'乙'));
    const QString cut = excerpt(longText, QStringLiteral("征地"), 60);
    CHECK(cut.contains(QStringLiteral("征地补偿")));
    CHECK(cut.startsWith(QStringLiteral("…")));
    CHECK(cut.endsWith(QStringLiteral("…")));
    CHECK(cut.size() <= 62);
}
