// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — review markup (核稿批注) on one version of a draft; the PDF itself is never changed.
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <optional>

namespace gw {

enum class MarkupKind
{
    Highlight,
    StrikeOut,
    Caret,
    Note,
    Rectangle
};
/// What the reviewer found: 政策 (content and policy), 文种格式 (genre and format), 文字 (wording).
enum class MarkupCategory
{
    Policy,
    Format,
    Wording
};
/// open → the drafter answers fixed, or rejected with a reason → the reviewer closes it.
enum class MarkupStatus
{
    Open,
    Fixed,
    Rejected,
    Closed
};

const QList<MarkupKind> &allMarkupKinds();
QString markupKindCode(MarkupKind k);
std::optional<MarkupKind> markupKindFromCode(const QString &code);
QString markupKindLabel(MarkupKind k);

const QList<MarkupCategory> &allMarkupCategories();
QString markupCategoryCode(MarkupCategory c);
std::optional<MarkupCategory> markupCategoryFromCode(const QString &code);
QString markupCategoryLabel(MarkupCategory c);

QString markupStatusCode(MarkupStatus s);
std::optional<MarkupStatus> markupStatusFromCode(const QString &code);
QString markupStatusLabel(MarkupStatus s);

/// One markup. Geometry is in PDF points from the page's top left.
struct Markup
{
    qint64 id = 0;
    qint64 draftId = 0;
    int versionNumber = 0;
    QString versionSha256; ///< the exact version the markup was made on
    int page = 0;
    MarkupKind kind = MarkupKind::Highlight;
    QList<QRectF> rects; ///< highlighted or struck text; the rectangle; a small box at a caret or note
    QString quotedText;  ///< the text under a highlight or strike-out
    MarkupCategory category = MarkupCategory::Wording;
    QString comment;
    qint64 authorId = 0;
    QString authorName;
    qint64 atMs = 0;
    QString step; ///< the chain step the draft stood at when the markup was made
    MarkupStatus status = MarkupStatus::Open;
    QString answer; ///< the drafter's answer (required when rejected)
    QString answeredBy;
    QString closedBy;
    QString updatedBy;
    qint64 updatedAtMs = 0;
    qint64 version = 0;

    QRectF bounds() const;
};

/// The markups `authorId` made that are not closed yet (open, or answered and not closed): what a
/// reviewer leaves behind by passing the draft on.
QList<Markup> unclosedMarkupsBy(const QList<Markup> &markups, qint64 authorId);

} // namespace gw
