// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — text as the search index reads it. Chinese has no spaces between words, so the index
// keeps every character and every pair of neighbouring characters of each field: a query of one
// character is looked up as that character, a longer one as the chain of its pairs in a row, which
// finds exactly the documents that contain it, whatever its length.
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace gw::searchtext {

/// A text folded for matching: letters and digits only (punctuation, brackets and spaces dropped, so
/// 〔2026〕 and [2026] both read 2026), each in its compatibility form (NFKC: full-width Ａ１ as A1, the
/// Kangxi radical ⼈ as 人, ㈠ as (一)) and case-folded. `origin[i]` is the index in the original text
/// of the character folded code unit i came from.
struct Folded
{
    QString text;
    QList<int> origin;
};

Folded fold(const QString &text);
/// fold(text).text, without the origins.
QString folded(const QString &text);

/// The fields of a document the index keeps apart, each with the letter that marks its tokens.
enum class Field : char {
    Number = 'n', ///< 文号 (or 档号)
    Title = 't',  ///< 题名
    Party = 'p',  ///< 来文机关, 责任者, the unit that drafts
    Body = 'b',   ///< the text of the document
};
const QList<Field> &allFields();

/// The index tokens of one field of folded text: its character pairs in order (so a chain of them is a
/// phrase), then each distinct character once; each token starts with the field's letter.
void appendTokens(QString &out, Field field, const QString &foldedText);
/// Each distinct token of appendTokens(), space-separated (for an index that keeps no positions).
QString distinctTokens(const QString &tokens);

/// The tokens a folded query is looked up by in one field: its one character, or its pairs in order.
QStringList queryTokens(Field field, const QString &foldedQuery);

/// Where the folded query occurs in `original`, as [start, end) ranges of the original text.
QList<QPair<int, int>> matches(const QString &original, const QString &foldedQuery, int max = 64);

/// The stretch of `original` of about `width` characters around the query's first match, with “…”
/// where it was cut; line breaks read as spaces.
QString excerpt(const QString &original, const QString &foldedQuery, int width);

/// `original` with every match wrapped in <b>…</b> and the rest HTML-escaped.
QString highlighted(const QString &original, const QString &foldedQuery);

} // namespace gw::searchtext
