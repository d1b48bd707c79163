// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the user manual.
#include "ManualWindow.h"

#include "Localization.h"
#include "WindowFit.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace gw {

namespace {
QString pageUrl(const QString &language, const QString &page)
{
    return QStringLiteral("qrc:/manual/%1/%2.html").arg(language, page);
}

QString plainTextOf(const QString &language, const QString &page)
{
    QFile f(QStringLiteral(":/manual/%1/%2.html").arg(language, page));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QTextDocument doc;
    doc.setHtml(QString::fromUtf8(f.readAll()));
    return doc.toPlainText();
}

/// F1 anywhere: the manual at the page of the window in front.
class HelpKey final : public QObject
{
protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
            return false;
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() != Qt::Key_F1 || key->modifiers() != Qt::NoModifier || !watched->isWidgetType())
            return false;
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept(); // a key press follows, for this filter
            return true;
        }
        ManualWindow::openFor(static_cast<QWidget *>(watched));
        return true;
    }
};
} // namespace

ManualWindow::ManualWindow(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("manualWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Manual — Gongwen Desk"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *home = new QPushButton(tr("&Contents"), this);
    home->setObjectName(QStringLiteral("manualContents"));
    auto *back = new QPushButton(tr("&Back"), this);
    auto *label = new QLabel(tr("&Search the manual:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("manualSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("a word, e.g. 退文 or password"));
    label->setBuddy(m_search);
    bar->addWidget(home);
    bar->addWidget(back);
    bar->addSpacing(12);
    bar->addWidget(label);
    bar->addWidget(m_search, 1);
    layout->addLayout(bar);

    auto *split = new QSplitter(this);
    m_results = new QListWidget(split);
    m_results->setObjectName(QStringLiteral("manualResults"));
    m_results->hide();
    m_browser = new QTextBrowser(split);
    m_browser->setObjectName(QStringLiteral("manualPage"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false);
    QFont font = m_browser->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_browser->setFont(font);
    split->addWidget(m_results);
    split->addWidget(m_browser);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(home, &QPushButton::clicked, this, [this] { showPage(QStringLiteral("index")); });
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    back->setEnabled(false);
    connect(m_search, &QLineEdit::returnPressed, this, &ManualWindow::runSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (t.trimmed().isEmpty())
            m_results->hide();
    });
    connect(m_results, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        showPage(item->data(Qt::UserRole).toString());
        m_browser->find(m_search->text().trimmed());
    });
    fitWindow(this, QSize(900, 700));
}

QString ManualWindow::language()
{
    return currentLanguage();
}

QStringList ManualWindow::pages(const QString &language)
{
    QStringList out;
    for (const QString &file : QDir(QStringLiteral(":/manual/%1").arg(language))
                                   .entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name)) {
        out.append(file.chopped(5));
    }
    // The contents first.
    if (out.removeOne(QStringLiteral("index")))
        out.prepend(QStringLiteral("index"));
    return out;
}

void ManualWindow::showPage(const QString &page)
{
    const QString lang = language();
    const QString id = pages(lang).contains(page) ? page : QStringLiteral("index");
    m_browser->setSource(QUrl(pageUrl(lang, id)));
}

QString ManualWindow::currentPage() const
{
    return QFileInfo(m_browser->source().path()).completeBaseName();
}

QStringList ManualWindow::search(const QString &text) const
{
    QStringList out;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return out;
    const QString lang = language();
    for (const QString &page : pages(lang)) {
        if (plainTextOf(lang, page).contains(needle, Qt::CaseInsensitive))
            out.append(page);
    }
    return out;
}

void ManualWindow::runSearch()
{
    const QString needle = m_search->text().trimmed();
    m_results->clear();
    if (needle.isEmpty()) {
        m_results->hide();
        return;
    }
    const QString lang = language();
    for (const QString &page : search(needle)) {
        QTextDocument doc;
        QFile f(QStringLiteral(":/manual/%1/%2.html").arg(lang, page));
        if (f.open(QIODevice::ReadOnly))
            doc.setHtml(QString::fromUtf8(f.readAll()));
        const QString title = doc.metaInformation(QTextDocument::DocumentTitle);
        auto *item = new QListWidgetItem(title.isEmpty() ? page : title, m_results);
        item->setData(Qt::UserRole, page);
    }
    if (m_results->count() == 0)
        new QListWidgetItem(tr("Nothing found for “%1”.").arg(needle), m_results);
    m_results->show();
    if (m_results->count() > 0 && m_results->item(0)->data(Qt::UserRole).isValid())
        m_results->setCurrentRow(0);
}

QString ManualWindow::pageFor(const QWidget *from)
{
    for (const QWidget *w = from; w; w = w->parentWidget()) {
        const QVariant page = w->property("helpPage");
        if (page.isValid() && !page.toString().isEmpty())
            return page.toString();
    }
    return QStringLiteral("index");
}

ManualWindow *ManualWindow::openFor(QWidget *from)
{
    static QPointer<ManualWindow> open;
    QWidget *owner = QApplication::activeModalWidget();
    if (!owner && from)
        owner = from->window();
    if (open && open->parentWidget() != owner && QApplication::activeModalWidget()) {
        open->close(); // a manual opened behind a modal dialog could not be read: reopened within it
        open = nullptr;
    }
    if (!open)
        open = new ManualWindow(owner);
    open->showPage(pageFor(from));
    open->show();
    open->raise();
    open->activateWindow();
    return open;
}

void ManualWindow::installHelpKey()
{
    static HelpKey *key = nullptr;
    if (!key) {
        key = new HelpKey;
        key->setParent(QCoreApplication::instance());
        QCoreApplication::instance()->installEventFilter(key);
    }
}

} // namespace gw
