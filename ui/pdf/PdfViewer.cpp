// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the PDF view with its tool bar and page thumbnails.
#include "PdfViewer.h"

#include "PdfView.h"

#include "pdf/PdfPageRenderer.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace gw {

PdfViewer::PdfViewer(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pdfViewer"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    auto button = [this, bar](const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        bar->addWidget(b);
        return b;
    };
    auto *out = button(QStringLiteral("−"), tr("Zoom out (Ctrl+-)"));
    m_zoom = new QComboBox(this);
    m_zoom->setEditable(false);
    m_zoom->addItem(tr("Fit width"), -1.0);
    m_zoom->addItem(tr("Fit page"), -2.0);
    for (int pct : {50, 75, 100, 125, 150, 200, 300})
        m_zoom->addItem(QStringLiteral("%1%").arg(pct), pct / 100.0);
    bar->addWidget(m_zoom);
    auto *in = button(QStringLiteral("+"), tr("Zoom in (Ctrl++)"));
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Page"), this));
    m_page = new QSpinBox(this);
    m_page->setObjectName(QStringLiteral("pdfPage"));
    m_page->setRange(1, 1);
    bar->addWidget(m_page);
    m_pages = new QLabel(this);
    bar->addWidget(m_pages);
    bar->addStretch(1);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("pdfSearch"));
    m_search->setPlaceholderText(tr("Find in the document (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    bar->addWidget(m_search);
    auto *prev = button(QStringLiteral("▲"), tr("Previous hit (Shift+F3)"));
    auto *next = button(QStringLiteral("▼"), tr("Next hit (F3)"));
    m_hits = new QLabel(this);
    m_hits->setObjectName(QStringLiteral("pdfHits"));
    bar->addWidget(m_hits);
    layout->addLayout(bar);

    auto *split = new QSplitter(this);
    m_thumbList = new QListWidget(split);
    m_thumbList->setObjectName(QStringLiteral("pdfThumbnails"));
    m_thumbList->setIconSize(QSize(96, 136));
    m_thumbList->setSpacing(4);
    m_thumbList->setFixedWidth(150);
    m_view = new PdfView(split);
    split->addWidget(m_thumbList);
    split->addWidget(m_view);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    m_thumbs = new PdfPageRenderer({}, this);
    connect(m_thumbs, &PdfPageRenderer::thumbnailReady, this, [this](quint64 g, int page, const QImage &img) {
        if (g != m_thumbGeneration || page >= m_thumbList->count())
            return;
        QImage framed = img.convertToFormat(QImage::Format_RGB32);
        QPainter frame(&framed);
        frame.setPen(QColor(150, 150, 150));
        frame.drawRect(framed.rect().adjusted(0, 0, -1, -1));
        frame.end();
        m_thumbList->item(page)->setIcon(QIcon(QPixmap::fromImage(framed)));
    });
    connect(m_thumbs, &PdfPageRenderer::opened, this, [this](quint64 g, const PdfDocumentInfo &) {
        if (g == m_thumbGeneration)
            m_thumbs->wantThumbnails(12);
    });

    connect(out, &QToolButton::clicked, m_view, &PdfView::zoomOut);
    connect(in, &QToolButton::clicked, m_view, &PdfView::zoomIn);
    connect(m_zoom, &QComboBox::activated, this, [this](int i) {
        const double z = m_zoom->itemData(i).toDouble();
        if (z == -1.0)
            m_view->setFit(PdfView::Fit::Width);
        else if (z == -2.0)
            m_view->setFit(PdfView::Fit::Page);
        else
            m_view->setZoom(z);
    });
    connect(m_view, &PdfView::zoomChanged, this, [this](double z) {
        m_zoom->setItemText(2, QStringLiteral("%1%").arg(qRound(z * 100))); // shows the zoom in use
    });
    connect(m_page, &QSpinBox::editingFinished, this, [this] { m_view->goToPage(m_page->value() - 1); });
    connect(m_view, &PdfView::currentPageChanged, this, [this](int page) {
        const QSignalBlocker block(m_page);
        m_page->setValue(page + 1);
        if (page < m_thumbList->count())
            m_thumbList->setCurrentRow(page);
    });
    connect(m_thumbList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { m_view->goToPage(m_thumbList->row(item)); });
    connect(m_view, &PdfView::documentOpened, this, [this](int count) {
        m_page->setRange(1, count);
        m_pages->setText(tr("of %1").arg(count));
        m_thumbList->clear();
        for (int i = 0; i < count; ++i)
            m_thumbList->addItem(new QListWidgetItem(QString::number(i + 1)));
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_search->text().trimmed() == m_view->property("query").toString() && m_view->hitCount() > 0) {
            m_view->nextHit();
            return;
        }
        m_view->setProperty("query", m_search->text().trimmed());
        m_view->search(m_search->text());
    });
    connect(m_view, &PdfView::passwordNeeded, this, [this](const QString &message) {
        bool ok = false;
        const QString password =
            QInputDialog::getText(this, tr("Password"), message + QLatin1Char('\n') + tr("Password:"),
                                  QLineEdit::Password, QString(), &ok);
        if (ok && !password.isEmpty())
            open(m_view->pdf(), password);
    });
    connect(next, &QToolButton::clicked, m_view, &PdfView::nextHit);
    connect(prev, &QToolButton::clicked, m_view, &PdfView::previousHit);
    connect(m_view, &PdfView::hitsChanged, this, &PdfViewer::updateHits);
    connect(m_view, &PdfView::findRequested, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto *f3 = new QShortcut(QKeySequence::FindNext, this);
    connect(f3, &QShortcut::activated, m_view, &PdfView::nextHit);
    auto *sf3 = new QShortcut(QKeySequence::FindPrevious, this);
    connect(sf3, &QShortcut::activated, m_view, &PdfView::previousHit);
}

PdfViewer::~PdfViewer() = default;

void PdfViewer::open(const QByteArray &pdf, const QString &password)
{
    m_view->open(pdf, password);
    m_thumbList->clear();
    m_thumbGeneration = m_thumbs->open(pdf, password);
    m_hits->clear();
}

void PdfViewer::updateHits(int count, int current)
{
    if (m_search->text().trimmed().isEmpty())
        m_hits->clear();
    else if (count == 0)
        m_hits->setText(tr("No hits"));
    else
        m_hits->setText(tr("%1 of %2").arg(current + 1).arg(count));
}

} // namespace gw
