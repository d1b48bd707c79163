// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — a draft's kept versions and their differences.
#include "DraftVersionsView.h"

#include "DiffHtml.h"
#include "RecordTable.h"

#include "services/DraftingService.h"
#include "services/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gw {

DraftVersionsView::DraftVersionsView(Workspace &ws, const Principal &actor, qint64 draftId, QWidget *parent)
    : QWidget(parent), m_ws(ws), m_actor(actor), m_id(draftId)
{
    auto *vl = new QVBoxLayout(this);
    m_versions = new QTableWidget(0, 6, this);
    m_versions->setObjectName(QStringLiteral("versionTable"));
    m_versions->setHorizontalHeaderLabels(
        {tr("Version"), tr("Kind"), tr("Author"), tr("Time"), tr("SHA-256"), tr("Note")});
    m_versions->horizontalHeader()->setStretchLastSection(true);
    m_versions->verticalHeader()->hide();
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versions->setMaximumHeight(170);
    vl->addWidget(m_versions);
    auto *cmp = new QHBoxLayout;
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("compareFrom"));
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("compareTo"));
    auto *go = new QPushButton(tr("&Compare"), this);
    go->setObjectName(QStringLiteral("compareVersions"));
    cmp->addWidget(new QLabel(tr("Compare version"), this));
    cmp->addWidget(m_from);
    cmp->addWidget(new QLabel(tr("with"), this));
    cmp->addWidget(m_to);
    cmp->addWidget(go);
    m_inline = new QCheckBox(tr("&Inline"), this);
    m_inline->setObjectName(QStringLiteral("compareInline"));
    m_inline->setToolTip(tr("One text with the changes marked in it, instead of the two versions side by side."));
    cmp->addWidget(m_inline);
    cmp->addStretch(1);
    vl->addLayout(cmp);
    m_diff = new QTextBrowser(this);
    m_diff->setObjectName(QStringLiteral("diffView"));
    vl->addWidget(m_diff, 1);
    connect(go, &QPushButton::clicked, this,
            [this] { compare(m_from->currentData().toInt(), m_to->currentData().toInt()); });
    connect(m_inline, &QCheckBox::toggled, this, [this] {
        if (m_shownFrom > 0)
            compare(m_shownFrom, m_shownTo);
    });
}

void DraftVersionsView::show(int signedVersion)
{
    auto versions = m_ws.drafting().versions(m_actor, m_id);
    const QList<DraftVersion> rows = versions ? versions.value() : QList<DraftVersion>();
    m_versions->setRowCount(int(rows.size()));
    m_from->clear();
    m_to->clear();
    static const QHash<QString, const char *> kinds = {
        {QStringLiteral("draft"), QT_TRANSLATE_NOOP("DraftDialog", "draft")},
        {QStringLiteral("wording_fix"), QT_TRANSLATE_NOOP("DraftDialog", "wording fix")},
        {QStringLiteral("content_change"), QT_TRANSLATE_NOOP("DraftDialog", "content change")},
    };
    for (int i = 0; i < rows.size(); ++i) {
        const DraftVersion &v = rows.at(i);
        QString label = tr("v%1").arg(v.number);
        if (v.number == signedVersion)
            label += tr(" (signed)");
        const QStringList cells{label,
                                QCoreApplication::translate("DraftDialog", kinds.value(v.kind, "draft")),
                                v.authorName,
                                shortDateTime(v.atMs),
                                v.sha256.left(16),
                                v.note};
        for (int c = 0; c < cells.size(); ++c)
            m_versions->setItem(i, c, new QTableWidgetItem(cells.at(c)));
        m_from->addItem(label, v.number);
        m_to->addItem(label, v.number);
    }
    m_versions->resizeColumnsToContents();
    if (rows.size() > 1) {
        m_from->setCurrentIndex(int(rows.size()) - 2);
        m_to->setCurrentIndex(int(rows.size()) - 1);
        compare(rows.at(rows.size() - 2).number, rows.last().number);
    } else {
        m_diff->setPlainText(tr("Only one version so far."));
    }
}

void DraftVersionsView::compare(int from, int to)
{
    m_shownFrom = from;
    m_shownTo = to;
    auto diff = m_ws.drafting().diff(m_actor, m_id, from, to);
    if (!diff) {
        m_diff->setPlainText(diff.error().message);
        return;
    }
    // Removed characters struck through, added ones underlined, character by character.
    QString html;
    if (m_inline->isChecked()) {
        html = QStringLiteral("<div style='font-size:large'>");
        for (const DiffRow &r : diff.value()) {
            switch (r.kind) {
            case DiffRow::Same:
                html += QStringLiteral("<p>%1</p>").arg(r.before.toHtmlEscaped());
                break;
            case DiffRow::Changed:
                html += QStringLiteral("<p>%1</p>").arg(diffSpansHtml(r.spans, DiffSide::Inline));
                break;
            case DiffRow::Removed:
                html += QStringLiteral("<p style='background:#fde2e2;color:#8a1020'><s>%1</s></p>")
                            .arg(r.before.toHtmlEscaped());
                break;
            case DiffRow::Added:
                html += QStringLiteral("<p style='background:#e0f4e0;color:#145214'><u>%1</u></p>")
                            .arg(r.after.toHtmlEscaped());
                break;
            }
        }
        m_diff->setHtml(html + QStringLiteral("</div>"));
        return;
    }
    // Side by side: one row a paragraph, the old version left and the new right, scrolling together.
    html = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='6' style='font-size:large'>"
                          "<tr><th width='50%' align='left'>%1</th><th width='50%' align='left'>%2</th></tr>")
               .arg(tr("Version %1").arg(from), tr("Version %1").arg(to));
    for (const DiffRow &r : diff.value()) {
        QString left, right, shade;
        switch (r.kind) {
        case DiffRow::Same:
            left = right = r.before.toHtmlEscaped();
            break;
        case DiffRow::Changed:
            left = diffSpansHtml(r.spans, DiffSide::Old);
            right = diffSpansHtml(r.spans, DiffSide::New);
            shade = QStringLiteral(" style='background:#fff8e1'");
            break;
        case DiffRow::Removed:
            left = diffWholeHtml(r.before, DiffLine::Removed);
            shade = QStringLiteral(" style='background:#fde2e2'");
            break;
        case DiffRow::Added:
            right = diffWholeHtml(r.after, DiffLine::Added);
            shade = QStringLiteral(" style='background:#e0f4e0'");
            break;
        }
        html += QStringLiteral("<tr%1><td valign='top'>%2</td><td valign='top'>%3</td></tr>").arg(shade, left, right);
    }
    m_diff->setHtml(html + QStringLiteral("</table>"));
}

void DraftVersionsView::compareSignedWithCurrent(int signedVersion, int current)
{
    const int from = m_from->findData(signedVersion), to = m_to->findData(current);
    if (from >= 0)
        m_from->setCurrentIndex(from);
    if (to >= 0)
        m_to->setCurrentIndex(to);
    compare(signedVersion, current);
}

} // namespace gw
