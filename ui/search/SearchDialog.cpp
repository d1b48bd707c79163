// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the search window.
#include "SearchDialog.h"

#include "ArchiveDialogs.h"
#include "DraftDialog.h"
#include "ErrorBanner.h"
#include "IncomingActions.h"
#include "MatterView.h"
#include "RichTextDelegate.h"
#include "WindowFit.h"
#include "services/SearchService.h"
#include "domain/SearchText.h"
#include "services/ArchiveService.h"
#include "services/IncomingService.h"
#include "services/UnitService.h"
#include "services/Workspace.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gw {
namespace {
constexpr int kPage = 20;
enum Role { KindRole = Qt::UserRole + 1, IdRole, MoreRole };

QString plainNumber(const QString &n)
{
    return QString(n).replace(SearchDoc::kPart, QStringLiteral("　"));
}
} // namespace

SearchDialog::SearchDialog(Workspace &ws, const Principal &actor, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_actor(actor)
{
    setObjectName(QStringLiteral("searchDialog"));
    setWindowTitle(tr("Search (搜索)"));
    setProperty("helpPage", QStringLiteral("search"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setPlaceholderText(tr("A 文号 or part of one, words of a title, a sender, words in the text"));
    m_query->setClearButtonEnabled(true);
    m_query->setMaxLength(200);
    form->addRow(tr("&Find:"), m_query);
    auto *filters = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("searchKind"));
    m_kind->addItem(tr("Every kind"), -1);
    for (SearchKind k : SearchService::scopeOf(actor).kinds)
        m_kind->addItem(searchKindLabel(k), int(k));
    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("searchYear"));
    m_year->addItem(tr("Any year"), 0);
    const int thisYear = QDate::currentDate().year();
    for (int y = thisYear; y >= thisYear - 20; --y)
        m_year->addItem(QString::number(y), y);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("searchUnit"));
    m_unit->addItem(tr("Any unit"), 0);
    UnitFilter active;
    active.limit = 2000;
    if (auto units = ws.units().list(actor, active))
        for (const Unit &u : units.value())
            m_unit->addItem(u.name, u.id);
    const auto labelled = [this, filters](const QString &text, QWidget *w) {
        auto *l = new QLabel(text, this);
        l->setBuddy(w);
        filters->addWidget(l);
        filters->addWidget(w);
    };
    labelled(tr("&Kind:"), m_kind);
    labelled(tr("&Year:"), m_year);
    labelled(tr("&Unit:"), m_unit);
    filters->addStretch(1);
    form->addRow(filters);
    layout->addLayout(form);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("searchSummary"));
    layout->addWidget(m_summary);
    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setColumnCount(4);
    m_results->setHeaderLabels({tr("Doc. number (文号)"), tr("Title (题名)"), tr("Sender or responsible"), tr("Date")});
    m_results->setItemDelegate(new RichTextDelegate(m_results));
    m_results->setRootIsDecorated(false);
    m_results->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_results->header()->setStretchLastSection(false);
    m_results->setColumnWidth(0, 200);
    m_results->setColumnWidth(2, 170);
    m_results->setColumnWidth(3, 96);
    layout->addWidget(m_results, 1);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto *open = buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openResult"));
    open->setAutoDefault(false);
    connect(open, &QPushButton::clicked, this, [this] { openItem(m_results->currentItem()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &SearchDialog::runSearch);
    connect(m_query, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    // Enter in the box searches (or goes to the results when they are the box's); Enter on a result
    // opens it. Neither closes the window.
    m_query->installEventFilter(this);
    m_results->installEventFilter(this);
    for (QComboBox *c : {m_kind, m_year, m_unit})
        connect(c, &QComboBox::currentIndexChanged, this, &SearchDialog::runSearch);
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { openItem(item); });
    connect(&ws.search(), &SearchService::indexChanged, this, &SearchDialog::showIndexState);
    showIndexState();
    fitWindow(this, QSize(1180, 680));
}

bool SearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (key != Qt::Key_Return && key != Qt::Key_Enter)
        return QDialog::eventFilter(watched, event);
    if (watched == m_results) {
        openItem(m_results->currentItem());
        return true;
    }
    if (watched == m_query) {
        if (m_typing->isActive() || m_groups.isEmpty()) {
            m_typing->stop();
            runSearch();
        }
        if (m_results->currentItem()) {
            m_results->setFocus();
        }
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void SearchDialog::showIndexState()
{
    auto current = m_ws.search().isCurrent();
    auto waiting = m_ws.search().pendingTexts();
    if (current && !current.value())
        m_error->showNotice(tr("The search index is being built for these records; results may be incomplete "
                               "until it is done."));
    else if (waiting && waiting.value() > 0)
        m_error->showNotice(tr("The text of %n file(s) is still being read; words inside them are found once "
                               "it is.",
                               nullptr, int(waiting.value())));
    else
        m_error->clear();
}

void SearchDialog::runSearch()
{
    m_shown.clear();
    m_groups.clear();
    fill();
}

void SearchDialog::showMore(SearchKind kind)
{
    m_shown[kind] = m_shown.value(kind, kPage) + kPage;
    fill();
}

void SearchDialog::fill()
{
    SearchRequest r;
    r.text = m_query->text();
    if (m_kind->currentData().toInt() >= 0)
        r.kinds = {SearchKind(m_kind->currentData().toInt())};
    r.year = m_year->currentData().toInt();
    r.unitId = m_unit->currentData().toLongLong();
    int most = kPage;
    for (int n : std::as_const(m_shown))
        most = std::max(most, n);
    r.perKind = most;
    m_folded = searchtext::folded(r.text);
    m_results->clear();
    if (m_folded.isEmpty()) {
        m_summary->setText(r.text.trimmed().isEmpty() ? QString()
                                                      : tr("Type letters, digits or characters to look for."));
        return;
    }
    auto found = m_ws.search().search(m_actor, r);
    if (!found) {
        m_error->showError(found.error());
        return;
    }
    m_groups = found.value();
    qint64 total = 0;
    QTreeWidgetItem *first = nullptr;
    for (const SearchGroup &g : std::as_const(m_groups)) {
        total += g.total;
        auto *head = new QTreeWidgetItem(m_results);
        head->setText(0, tr("%1 — %n found", nullptr, int(g.total)).arg(searchKindLabel(g.kind)));
        head->setFirstColumnSpanned(true);
        head->setFlags(Qt::ItemIsEnabled);
        QFont bold = head->font(0);
        bold.setBold(true);
        head->setFont(0, bold);
        const int shown = std::min(int(g.hits.size()), m_shown.value(g.kind, kPage));
        for (int i = 0; i < shown; ++i) {
            const SearchHit &h = g.hits.at(i);
            auto *row = new QTreeWidgetItem(m_results);
            row->setData(0, KindRole, int(h.kind));
            row->setData(0, IdRole, h.refId);
            row->setText(0, searchtext::highlighted(plainNumber(h.number), m_folded));
            // A match in the text shows the stretch around it under the title.
            row->setText(1, searchtext::highlighted(h.title, m_folded) +
                                (h.excerpt.isEmpty() ? QString()
                                                     : QStringLiteral("<br><span style=\"color:#555\">%1</span>")
                                                           .arg(searchtext::highlighted(h.excerpt, m_folded))));
            row->setText(2, searchtext::highlighted(plainNumber(h.party), m_folded));
            row->setText(3, h.day.toHtmlEscaped());
            row->setToolTip(1, h.title);
            if (!first)
                first = row;
        }
        if (g.total > shown) {
            auto *more = new QTreeWidgetItem(m_results);
            more->setData(0, MoreRole, int(g.kind));
            more->setText(0, tr("Show more (%n more)…", nullptr, int(g.total - shown)).toHtmlEscaped());
            more->setFirstColumnSpanned(true);
        }
    }
    m_summary->setText(total == 0 ? tr("Nothing found for “%1”.").arg(r.text.trimmed())
                                  : tr("%n document(s) found for “%1”.", nullptr, int(total)).arg(r.text.trimmed()));
    if (first)
        m_results->setCurrentItem(first);
}

bool SearchDialog::openItem(QTreeWidgetItem *item)
{
    if (!item)
        return false;
    if (item->data(0, MoreRole).isValid()) {
        showMore(SearchKind(item->data(0, MoreRole).toInt()));
        return false;
    }
    if (!item->data(0, IdRole).isValid())
        return false;
    const auto kind = SearchKind(item->data(0, KindRole).toInt());
    const qint64 id = item->data(0, IdRole).toLongLong();
    switch (kind) {
    case SearchKind::Draft: {
        DraftDialog dialog(m_ws, m_actor, id, this);
        dialog.exec();
        return true;
    }
    case SearchKind::Incoming: {
        auto found = m_ws.incoming().get(m_actor, id);
        if (!found) {
            m_error->showError(found.error());
            return false;
        }
        openIncomingItem(m_ws, m_actor, found.value(), this);
        return true;
    }
    case SearchKind::Archive: {
        auto found = m_ws.archive().get(m_actor, id);
        if (!found) {
            m_error->showError(found.error());
            return false;
        }
        ArchiveItemDialog dialog(m_ws, m_actor, found.value(), this);
        dialog.exec();
        return true;
    }
    case SearchKind::Matter:
        openMatter(m_ws, m_actor, id, this);
        return true;
    }
    return false;
}

} // namespace gw
