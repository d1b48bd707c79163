// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the office's serial publications (刊物) and their issues.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace gw {

/// A serial publication: 《办文质量通报》, 《督查通报》. Its issues are numbered by year (2026年第3期)
/// or on from the first (第41期).
struct Serial
{
    qint64 id = 0;
    QString name; ///< without the book-title marks
    QString issuer;
    bool yearly = true;
    bool active = true;
    qint64 updatedAtMs = 0;
    QString updatedBy;
    qint64 version = 0;
};

/// One issue: the draft that carries it, and its number once the draft is registered (0 before).
struct SerialIssue
{
    Q_DECLARE_TR_FUNCTIONS(SerialIssue)
public:
    qint64 draftId = 0;
    qint64 serialId = 0;
    QString serialName;
    bool yearly = true;
    QString period; ///< what the issue covers, e.g. 2026年11月
    int year = 0;   ///< the year of its number (0: numbered on from the first, or not yet numbered)
    int number = 0;
    qint64 createdAtMs = 0;
    QString title; ///< the draft's
    QString state; ///< the draft's step
    QString docNumber;

    /// 《办文质量通报》2026年第3期, 《督查通报》第41期, or the name alone before the number is given.
    QString label() const;
};

} // namespace gw
