// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — marking up a draft's PDF.
#include "MarkupPanel.h"

#include "FileDialogs.h"
#include "ErrorBanner.h"
#include "PdfView.h"
#include "PdfViewer.h"
#include "TextPrompt.h"

#include "pdf/PdfWorkerClient.h"
#include "services/DraftingService.h"
#include "services/MarkupService.h"
#include "services/Workspace.h"
#include "storage/PrivateFiles.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace gw {

/// Adding an unsaved markup; undo takes it away again.
class AddMarkupCommand final : public QUndoCommand
{
public:
    AddMarkupCommand(MarkupPanel *panel, const Markup &m)
        : QUndoCommand(MarkupPanel::tr("Add %1").arg(markupKindLabel(m.kind))), m_panel(panel), m_markup(m)
    {
    }
    void redo() override { m_panel->insertPending(int(m_panel->m_pending.size()), m_markup); }
    void undo() override { m_panel->removePending(m_markup.id); }

private:
    MarkupPanel *m_panel;
    Markup m_markup;
};

namespace {
QColor colorOf(MarkupCategory c)
{
    switch (c) {
    case MarkupCategory::Policy:
        return QColor(200, 30, 40);
    case MarkupCategory::Format:
        return QColor(30, 90, 220);
    case MarkupCategory::Wording:
        return QColor(230, 140, 0);
    }
    return Qt::gray;
}

PdfView::Tool toolOf(MarkupKind k)
{
    switch (k) {
    case MarkupKind::Highlight:
        return PdfView::Tool::Highlight;
    case MarkupKind::StrikeOut:
        return PdfView::Tool::StrikeOut;
    case MarkupKind::Caret:
        return PdfView::Tool::Caret;
    case MarkupKind::Note:
        return PdfView::Tool::Note;
    case MarkupKind::Rectangle:
        return PdfView::Tool::Rectangle;
    }
    return PdfView::Tool::Rectangle;
}

PdfAnnotation::Type annotationOf(MarkupKind k)
{
    switch (k) {
    case MarkupKind::Highlight:
        return PdfAnnotation::Highlight;
    case MarkupKind::StrikeOut:
        return PdfAnnotation::StrikeOut;
    case MarkupKind::Caret:
        return PdfAnnotation::Caret;
    case MarkupKind::Note:
        return PdfAnnotation::Note;
    case MarkupKind::Rectangle:
        return PdfAnnotation::Rectangle;
    }
    return PdfAnnotation::Note;
}
} // namespace

MarkupPanel::MarkupPanel(Workspace &ws, const Principal &actor, PdfViewer *viewer, QWidget *parent)
    : QWidget(parent), m_ws(ws), m_actor(actor), m_viewer(viewer), m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("markupPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);

    auto *tools = new QHBoxLayout;
    m_tools = new QButtonGroup(this);
    const QList<QPair<PdfView::Tool, QString>> toolList = {
        {PdfView::Tool::Select, tr("Select")},    {PdfView::Tool::Highlight, tr("Highlight")},
        {PdfView::Tool::StrikeOut, tr("Strike")}, {PdfView::Tool::Caret, tr("Insert")},
        {PdfView::Tool::Note, tr("Note")},        {PdfView::Tool::Rectangle, tr("Box")},
    };
    for (const auto &[tool, label] : toolList) {
        auto *b = new QToolButton(this);
        b->setText(label);
        b->setCheckable(true);
        b->setObjectName(QStringLiteral("tool%1").arg(int(tool)));
        m_tools->addButton(b, int(tool));
        tools->addWidget(b);
    }
    m_tools->button(int(PdfView::Tool::Select))->setChecked(true);
    layout->addLayout(tools);
    m_readOnly = new QLabel(this);
    m_readOnly->setObjectName(QStringLiteral("markupReadOnly"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setStyleSheet(QStringLiteral("color: #555;"));
    m_readOnly->hide();
    layout->addWidget(m_readOnly);

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Category:"), this));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("markupCategory"));
    for (MarkupCategory c : allMarkupCategories())
        m_category->addItem(markupCategoryLabel(c), markupCategoryCode(c));
    row->addWidget(m_category, 1);
    layout->addLayout(row);

    auto *edit = new QHBoxLayout;
    auto *undo = new QToolButton(this);
    undo->setDefaultAction(m_undo->createUndoAction(this, tr("Undo")));
    undo->defaultAction()->setShortcut(QKeySequence::Undo);
    auto *redo = new QToolButton(this);
    redo->setDefaultAction(m_undo->createRedoAction(this, tr("Redo")));
    redo->defaultAction()->setShortcut(QKeySequence::Redo);
    m_drawing = {undo, redo};
    auto *save = new QPushButton(tr("&Save markup"), this);
    m_drawing.append(save);
    save->setObjectName(QStringLiteral("saveMarkup"));
    auto *exportButton = new QPushButton(tr("E&xport marked-up PDF…"), this);
    edit->addWidget(undo);
    edit->addWidget(redo);
    edit->addStretch(1);
    edit->addWidget(save);
    layout->addLayout(edit);
    layout->addWidget(exportButton);

    auto *filters = new QHBoxLayout;
    m_filterCategory = new QComboBox(this);
    m_filterCategory->addItem(tr("All categories"), QString());
    for (MarkupCategory c : allMarkupCategories())
        m_filterCategory->addItem(markupCategoryLabel(c), markupCategoryCode(c));
    m_filterStatus = new QComboBox(this);
    m_filterStatus->addItem(tr("Any state"), QString());
    for (MarkupStatus s :
         {MarkupStatus::Open, MarkupStatus::Fixed, MarkupStatus::Rejected, MarkupStatus::Closed})
        m_filterStatus->addItem(markupStatusLabel(s), markupStatusCode(s));
    m_filterAuthor = new QComboBox(this);
    m_filterAuthor->addItem(tr("Anyone"), QString());
    filters->addWidget(m_filterCategory);
    filters->addWidget(m_filterStatus);
    filters->addWidget(m_filterAuthor);
    layout->addLayout(filters);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("markupList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("State"), tr("Category"), tr("Kind"), tr("Page"), tr("Comment"), tr("By")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(4, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);

    auto *answers = new QHBoxLayout;
    auto *fixed = new QPushButton(tr("Fixed"), this);
    auto *notChanged = new QPushButton(tr("Not changed…"), this);
    auto *close = new QPushButton(tr("Close"), this);
    auto *reopen = new QPushButton(tr("Reopen"), this);
    fixed->setObjectName(QStringLiteral("markupFixed"));
    notChanged->setObjectName(QStringLiteral("markupNotChanged"));
    close->setObjectName(QStringLiteral("markupClose"));
    reopen->setObjectName(QStringLiteral("markupReopen"));
    for (QPushButton *b : {fixed, notChanged, close, reopen})
        answers->addWidget(b);
    layout->addLayout(answers);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);

    connect(m_tools, &QButtonGroup::idClicked, this,
            [this](int id) { m_viewer->view()->setTool(static_cast<PdfView::Tool>(id)); });
    connect(m_viewer->view(), &PdfView::markupDrawn, this,
            [this](int page, PdfView::Tool kind, const QList<QRectF> &rects, const QString &text) {
                onDrawn(page, int(kind), rects, text);
            });
    connect(m_viewer->view(), &PdfView::overlayClicked, this, &MarkupPanel::select);
    connect(save, &QPushButton::clicked, this, &MarkupPanel::save);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path =
            chooseFileToSave(this, tr("Export marked-up PDF"),
                                         m_draft.fields.title + tr("（批注）.pdf"), tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(fixed, &QPushButton::clicked, this, [this] { answerSelected(true, QString()); });
    connect(notChanged, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString why = askText(this, tr("Not changed"), tr("Why was the draft not changed?"), &ok);
        if (ok)
            answerSelected(false, why);
    });
    connect(close, &QPushButton::clicked, this, [this] { closeSelected(false); });
    connect(reopen, &QPushButton::clicked, this, [this] { closeSelected(true); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        m_selected = item->data(0, Qt::UserRole).toLongLong();
        for (const QList<Markup> *list : {&m_saved, &m_pending}) {
            for (const Markup &m : *list) {
                if (m.id == m_selected && m.versionNumber == m_version)
                    m_viewer->view()->showArea(m.page, m.bounds());
            }
        }
        refreshOverlays();
    });
    for (QComboBox *c : {m_filterCategory, m_filterStatus, m_filterAuthor})
        connect(c, &QComboBox::currentIndexChanged, this, &MarkupPanel::refreshList);
    connect(&ws.markups(), &MarkupService::markupsChanged, this, [this](qint64 draftId) {
        if (draftId == m_draft.id)
            reload();
    });
}

MarkupPanel::~MarkupPanel() = default;

QString MarkupPanel::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void MarkupPanel::setDraft(const Draft &draft, int versionNumber, const QByteArray &pdf)
{
    m_draft = draft;
    m_version = versionNumber;
    m_pdf = pdf;
    m_pending.clear();
    m_undo->clear();
    updateDraft(draft);
}

void MarkupPanel::updateDraft(const Draft &draft)
{
    m_draft = draft;
    // Drawing is for whoever acts on the draft at its review or sign-off step now (the core decides);
    // for everyone else the markups are there to read, answer or close.
    const bool canMark = m_ws.drafting().actionsFor(m_actor, m_draft).markup;
    for (QAbstractButton *b : m_tools->buttons()) {
        if (m_tools->id(b) != int(PdfView::Tool::Select))
            b->setEnabled(canMark);
    }
    for (QWidget *w : m_drawing)
        w->setEnabled(canMark);
    m_category->setEnabled(canMark);
    if (!canMark) {
        m_tools->button(int(PdfView::Tool::Select))->setChecked(true);
        m_viewer->view()->setTool(PdfView::Tool::Select);
        m_readOnly->setText(tr("Read only: new markups are drawn by whoever reviews or signs the draft at "
                               "its current step."));
    }
    m_readOnly->setVisible(!canMark);
    reload();
}

bool MarkupPanel::canMark() const
{
    return m_category->isEnabled();
}

void MarkupPanel::reload()
{
    auto all = m_ws.markups().forDraft(m_actor, m_draft.id);
    m_error->setStatus(all);
    m_saved = all ? all.value() : QList<Markup>();
    const QString author = m_filterAuthor->currentData().toString();
    {
        const QSignalBlocker block(m_filterAuthor);
        m_filterAuthor->clear();
        m_filterAuthor->addItem(tr("Anyone"), QString());
        QStringList names;
        for (const Markup &m : m_saved) {
            if (!names.contains(m.authorName))
                names.append(m.authorName);
        }
        for (const QString &n : names)
            m_filterAuthor->addItem(n, n);
        m_filterAuthor->setCurrentIndex(qMax(0, m_filterAuthor->findData(author)));
    }
    refreshList();
    refreshOverlays();
}

void MarkupPanel::refreshList()
{
    const QString category = m_filterCategory->currentData().toString();
    const QString status = m_filterStatus->currentData().toString();
    const QString author = m_filterAuthor->currentData().toString();
    m_list->clear();
    auto add = [&](const Markup &m, bool unsaved) {
        if (!category.isEmpty() && markupCategoryCode(m.category) != category)
            return;
        if (!status.isEmpty() && markupStatusCode(m.status) != status)
            return;
        if (!author.isEmpty() && m.authorName != author)
            return;
        QString state = unsaved ? tr("Unsaved") : markupStatusLabel(m.status);
        if (!unsaved && m.versionNumber != m_version)
            state += tr(" (v%1)").arg(m.versionNumber);
        QString comment = m.comment;
        if (!m.answer.isEmpty())
            comment += QStringLiteral(" — ") + m.answer;
        auto *item = new QTreeWidgetItem({state, markupCategoryLabel(m.category), markupKindLabel(m.kind),
                                          QString::number(m.page + 1), comment, m.authorName});
        item->setData(0, Qt::UserRole, m.id);
        item->setForeground(1, colorOf(m.category));
        item->setToolTip(4, comment);
        m_list->addTopLevelItem(item);
        if (m.id == m_selected)
            m_list->setCurrentItem(item);
    };
    for (const Markup &m : m_saved)
        add(m, false);
    for (const Markup &m : m_pending)
        add(m, true);
    for (int c = 0; c < 4; ++c)
        m_list->resizeColumnToContents(c);
}

void MarkupPanel::refreshOverlays()
{
    QList<PdfView::Overlay> overlays;
    auto add = [&](const Markup &m) {
        if (m.versionNumber != m_version)
            return; // earlier versions' markups are listed, not drawn: their places moved
        PdfView::Overlay o;
        o.key = m.id;
        o.page = m.page;
        o.kind = toolOf(m.kind);
        o.rects = m.rects;
        o.color = colorOf(m.category);
        o.selected = m.id == m_selected;
        o.tip = m.comment;
        overlays.append(o);
    };
    for (const Markup &m : m_saved)
        add(m);
    for (const Markup &m : m_pending)
        add(m);
    m_viewer->view()->setOverlays(overlays);
}

void MarkupPanel::onDrawn(int page, int kind, const QList<QRectF> &rects, const QString &text)
{
    Markup m;
    m.page = page;
    switch (static_cast<PdfView::Tool>(kind)) {
    case PdfView::Tool::Highlight:
        m.kind = MarkupKind::Highlight;
        break;
    case PdfView::Tool::StrikeOut:
        m.kind = MarkupKind::StrikeOut;
        break;
    case PdfView::Tool::Caret:
        m.kind = MarkupKind::Caret;
        break;
    case PdfView::Tool::Note:
        m.kind = MarkupKind::Note;
        break;
    default:
        m.kind = MarkupKind::Rectangle;
    }
    m.rects = rects;
    m.quotedText = text;
    m.category =
        markupCategoryFromCode(m_category->currentData().toString()).value_or(MarkupCategory::Wording);
    bool ok = false;
    m.comment = askText(this, markupKindLabel(m.kind),
                        text.isEmpty() ? tr("Comment:") : tr("Comment on “%1”:").arg(text), &ok);
    if (ok)
        addPending(m);
}

void MarkupPanel::addPending(const Markup &in)
{
    Markup m = in;
    m.id = m_nextKey--;
    m.versionNumber = m_version;
    m.authorName = m_actor.displayName;
    m_undo->push(new AddMarkupCommand(this, m));
}

void MarkupPanel::insertPending(int index, const Markup &m)
{
    m_pending.insert(qBound(0, index, int(m_pending.size())), m);
    refreshList();
    refreshOverlays();
    Q_EMIT pendingChanged(int(m_pending.size()));
}

void MarkupPanel::removePending(qint64 key)
{
    m_pending.removeIf([key](const Markup &m) { return m.id == key; });
    refreshList();
    refreshOverlays();
    Q_EMIT pendingChanged(int(m_pending.size()));
}

bool MarkupPanel::save()
{
    if (m_pending.isEmpty())
        return true;
    auto saved = m_ws.markups().add(m_actor, m_draft.id, m_version, m_pending);
    m_error->setStatus(saved);
    if (!saved)
        return false; // the unsaved markups stay, with their undo history
    m_pending.clear();
    m_undo->clear();
    reload();
    Q_EMIT pendingChanged(0);
    return true;
}

qint64 MarkupPanel::selectedKey() const
{
    return m_selected;
}

void MarkupPanel::select(qint64 markupId)
{
    m_selected = markupId;
    refreshList();
    refreshOverlays();
}

bool MarkupPanel::answerSelected(bool fixed, const QString &text)
{
    for (const Markup &m : m_saved) {
        if (m.id == m_selected) {
            auto r = m_ws.markups().answer(m_actor, m.id, m.version, fixed, text);
            m_error->setStatus(r);
            return r.ok();
        }
    }
    m_error->showMessage(tr("Choose a saved markup in the list first."));
    return false;
}

bool MarkupPanel::closeSelected(bool reopen)
{
    for (const Markup &m : m_saved) {
        if (m.id == m_selected) {
            auto r = m_ws.markups().close(m_actor, m.id, m.version, reopen);
            m_error->setStatus(r);
            return r.ok();
        }
    }
    m_error->showMessage(tr("Choose a saved markup in the list first."));
    return false;
}

bool MarkupPanel::exportTo(const QString &path)
{
    QList<PdfAnnotation> annotations;
    for (const Markup &m : m_saved) {
        if (m.versionNumber != m_version)
            continue;
        annotations.append(
            PdfAnnotation{annotationOf(m.kind), m.page, m.rects, m.authorName,
                          QStringLiteral("【%1】%2").arg(markupCategoryLabel(m.category), m.comment)});
    }
    // The copy is written by a worker process of its own: the PDF came from outside.
    auto client = PdfWorkerClient::forThisProgram();
    Result<QByteArray> copy = makeError(ErrorCode::Storage, QString());
    if (auto opened = client->open(m_pdf); !opened)
        copy = opened.error();
    else
        copy = client->annotatedCopy(annotations);
    if (!copy) {
        m_error->showError(copy.error());
        return false;
    }
    const Status written = privatefiles::write(path, copy.value()); // all or nothing, owner only
    m_error->setStatus(written);
    return written.ok();
}

} // namespace gw
