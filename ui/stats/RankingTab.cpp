// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — 评比与通报.
#include "RankingTab.h"

#include "BulletinDialogs.h"
#include "DataTableModel.h"
#include "ErrorBanner.h"
#include "ExportMenu.h"
#include "RecordTable.h"
#include "TablePrint.h"

#include "Clock.h"
#include "domain/Clearance.h"
#include "services/BulletinService.h"
#include "services/RankingTables.h"
#include "services/RatingService.h"
#include "services/StatsService.h"
#include "services/StatsTables.h"
#include "services/Workspace.h"
#include "workflow/WorkCalendar.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace gw {

RankingTab::RankingTab(Workspace &ws, const Principal &actor, std::function<StatsPeriod()> period,
                       std::function<void(const QList<qint64> &, const QString &)> drill, QWidget *parent)
    : QWidget(parent), m_ws(ws), m_actor(actor), m_period(std::move(period)), m_drill(std::move(drill))
{
    setObjectName(QStringLiteral("rankingTab"));
    auto *layout = new QVBoxLayout(this);
    m_error = new ErrorBanner(this);

    // The ranking: the year, the scheme's version, export and print.
    auto *bar = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("rankingYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(WorkCalendar::localDate(ws.clock().now()).year());
    yearLabel->setBuddy(m_year);
    auto *schemeLabel = new QLabel(tr("Sc&oring scheme:"), this);
    m_scheme = new QComboBox(this);
    m_scheme->setObjectName(QStringLiteral("scheme"));
    schemeLabel->setBuddy(m_scheme);
    for (QWidget *w : std::initializer_list<QWidget *>{yearLabel, m_year, schemeLabel, m_scheme})
        bar->addWidget(w);
    if (Permissions::allows(actor.roles, Action::EditRatingScheme)) {
        auto *edit = new QPushButton(tr("Set the sche&me…"), this);
        edit->setObjectName(QStringLiteral("editScheme"));
        bar->addWidget(edit);
        connect(edit, &QPushButton::clicked, this, [this] {
            RatingScheme from = m_rating.scheme;
            RatingSchemeDialog dialog(m_ws, m_actor, from, this);
            if (dialog.exec() == QDialog::Accepted) {
                m_scheme->setProperty("choose", dialog.saved().number);
                reloadRanking();
            }
        });
    }
    addExportButton(
        this, bar, m_error,
        [this] { return QList<DataTable>{RankingTables::table(m_rating, clearanceNote())}; },
        [this] { return tr("Annual ranking %1").arg(m_rating.year); });
    auto *print = new QPushButton(tr("Print previe&w…"), this);
    print->setObjectName(QStringLiteral("printRanking"));
    bar->addWidget(print);
    connect(print, &QPushButton::clicked, this,
            [this] { previewTable(this, RankingTables::table(m_rating, clearanceNote())); });
    bar->addStretch(1);
    layout->addLayout(bar);
    layout->addWidget(m_error);

    m_formula = new QLabel(this);
    m_formula->setObjectName(QStringLiteral("formula"));
    m_formula->setWordWrap(true);
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_formula);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_model = new DataTableModel(this);
    m_model->setCellHint(tr("Enter or double-click: the documents behind this number"));
    m_view = newRecordTable(QStringLiteral("ranking"), split);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setWordWrap(false); // the working on one line, the table scrolling sideways when it must
    m_view->setModel(m_model);
    split->addWidget(m_view);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &i) { drillRanking(i.row(), i.column()); });

    // The register of serials and their issues.
    auto *box = new QGroupBox(tr("Serials and their issues (刊物)"), split);
    auto *boxLayout = new QVBoxLayout(box);
    auto *serialBar = new QHBoxLayout;
    auto *serialLabel = new QLabel(tr("Seria&l:"), box);
    m_serial = new QComboBox(box);
    m_serial->setObjectName(QStringLiteral("serial"));
    m_serial->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_serial->setMinimumContentsLength(16); // counted in Latin letters: room for 《》 and a name of seven or eight characters
    serialLabel->setBuddy(m_serial);
    serialBar->addWidget(serialLabel);
    serialBar->addWidget(m_serial);
    if (Permissions::allows(actor.roles, Action::ManageSerials)) {
        auto *add = new QPushButton(tr("&New serial…"), box);
        add->setObjectName(QStringLiteral("newSerial"));
        m_editSerial = new QPushButton(tr("Ed&it serial…"), box);
        m_editSerial->setObjectName(QStringLiteral("editSerial"));
        serialBar->addWidget(add);
        serialBar->addWidget(m_editSerial);
        connect(add, &QPushButton::clicked, this, [this] { editSerial(true); });
        connect(m_editSerial, &QPushButton::clicked, this, [this] { editSerial(false); });
    }
    // Composed in the composer's name and carried by them: for one who also drafts.
    if (Permissions::allows(actor.roles, Action::ComposeBulletin) && Permissions::allows(actor.roles, Action::CreateDraft)) {
        auto *compose = new QPushButton(tr("Compose &bulletin…"), box);
        compose->setObjectName(QStringLiteral("composeBulletin"));
        serialBar->addWidget(compose);
        connect(compose, &QPushButton::clicked, this, [this] { composeBulletin(); });
    }
    serialBar->addStretch(1);
    boxLayout->addLayout(serialBar);
    m_issuesModel = new DataTableModel(this);
    m_issuesModel->setCellHint(tr("Enter or double-click: open the issue's document"));
    m_issuesView = newRecordTable(QStringLiteral("issues"), box);
    m_issuesView->setModel(m_issuesModel);
    boxLayout->addWidget(m_issuesView, 1);
    split->addWidget(box);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    connect(m_issuesView, &QTableView::activated, this, [this](const QModelIndex &i) {
        if (i.row() >= 0 && i.row() < m_issues.size())
            m_drill({m_issues.at(i.row()).draftId}, m_issues.at(i.row()).label());
    });

    connect(m_year, &QSpinBox::valueChanged, this, &RankingTab::reloadRanking);
    connect(m_scheme, &QComboBox::activated, this, &RankingTab::reloadRanking);
    connect(m_serial, &QComboBox::activated, this, &RankingTab::reloadIssues);
    reload();
}

QString RankingTab::clearanceNote() const
{
    return tr("Only documents within your clearance (%1) are counted.").arg(clearanceLabel(m_actor.clearance));
}

void RankingTab::reload()
{
    reloadRanking();
    auto serials = m_ws.bulletins().serials(m_actor);
    m_serials = serials ? serials.value() : QList<Serial>();
    if (!serials)
        m_error->showError(serials.error());
    const qint64 was = chosenSerial();
    m_serial->clear();
    for (const Serial &s : m_serials)
        m_serial->addItem(s.active ? QStringLiteral("《%1》").arg(s.name)
                                   : tr("《%1》 (no longer in use)").arg(s.name),
                          s.id);
    m_serial->setCurrentIndex(std::max(0, m_serial->findData(was)));
    reloadIssues();
}

void RankingTab::reloadRanking()
{
    // The versions on offer, the one asked for (or just saved) chosen; the newest by default.
    auto schemes = m_ws.rating().schemes(m_actor);
    const int wanted = m_scheme->property("choose").isValid() ? m_scheme->property("choose").toInt()
                                                              : m_scheme->currentData().toInt();
    m_scheme->setProperty("choose", QVariant());
    m_scheme->clear();
    for (const RatingScheme &s : schemes ? schemes.value() : QList<RatingScheme>()) {
        const QString when = s.createdAtMs > 0 ? shortDateTime(s.createdAtMs) : tr("as installed");
        m_scheme->addItem(tr("Version %1 (%2%3)")
                              .arg(s.number)
                              .arg(when, s.createdByName.isEmpty() ? QString() : QStringLiteral(", ") + s.createdByName),
                          s.number);
        m_scheme->setItemData(m_scheme->count() - 1, s.note, Qt::ToolTipRole);
    }
    m_scheme->setCurrentIndex(std::max(0, m_scheme->findData(wanted)));
    auto rating = m_ws.rating().rating(m_actor, m_year->value(), m_scheme->currentData().toInt());
    m_error->setStatus(rating);
    m_rating = rating ? rating.value() : Rating{};
    if (!rating)
        m_rating.year = m_year->value();
    m_formula->setText(rating ? tr("Version %1 of the scoring scheme%2. %3 %4")
                                    .arg(m_rating.scheme.number)
                                    .arg(m_rating.scheme.note.isEmpty() ? QString()
                                                                        : QStringLiteral("（%1）").arg(m_rating.scheme.note))
                                    .arg(m_rating.scheme.formula(), clearanceNote())
                              : QString());
    m_model->setTable(RankingTables::table(m_rating, clearanceNote()), false);
    QList<int> counts;
    const QList<RankingColumn> columns = RankingTables::columns();
    for (int c = 0; c < columns.size(); ++c) {
        if (columns.at(c) != RankingColumn::Rank && columns.at(c) != RankingColumn::Unit &&
            columns.at(c) != RankingColumn::Score && columns.at(c) != RankingColumn::Working)
            counts.append(c);
    }
    m_model->setHintedColumns(counts);
    fitColumnsToText(m_view, -1);
}

qint64 RankingTab::chosenSerial() const
{
    return m_serial->currentIndex() >= 0 ? m_serial->currentData().toLongLong() : 0;
}

void RankingTab::reloadIssues()
{
    const qint64 serial = chosenSerial();
    if (m_editSerial)
        m_editSerial->setEnabled(serial > 0);
    auto issues = serial > 0 ? m_ws.bulletins().issues(m_actor, serial) : Result<QList<SerialIssue>>(QList<SerialIssue>());
    if (!issues)
        m_error->showError(issues.error());
    m_issues = issues ? issues.value() : QList<SerialIssue>();
    DataTable t;
    t.title = m_serial->currentText();
    t.headers = {tr("Issue"), tr("Title"), tr("Covers"), tr("Where it is"), tr("Document number")};
    for (const SerialIssue &i : m_issues)
        t.rows.append({i.number > 0 ? i.label() : tr("(numbered at registration)"), i.title, i.period,
                       StatsTables::stepName(i.state), i.docNumber});
    m_issuesModel->setTable(t, false);
    m_issuesModel->setHintedColumns({0, 1});
    fitColumnsToText(m_issuesView, 1);
}

void RankingTab::editSerial(bool create)
{
    Serial s;
    if (!create) {
        for (const Serial &x : m_serials) {
            if (x.id == chosenSerial())
                s = x;
        }
    }
    SerialDialog dialog(m_ws, m_actor, s, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    m_serial->setCurrentIndex(std::max(0, m_serial->findData(dialog.saved().id)));
    reloadIssues();
}

qint64 RankingTab::composeBulletin()
{
    ComposeBulletinDialog dialog(m_ws, m_actor, chosenSerial(), m_period(), this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    reloadIssues();
    m_error->showNotice(dialog.message());
    return dialog.draftId();
}

void RankingTab::drillRanking(int row, int column)
{
    const QList<RankingColumn> columns = RankingTables::columns();
    if (row < 0 || row >= m_rating.lines.size() || column < 0 || column >= columns.size())
        return;
    const RatingLine &line = m_rating.lines.at(row);
    const RankingColumn c = columns.at(column);
    const QString what = QStringLiteral("%1 · %2 · %3").arg(line.name, RankingTables::header(c)).arg(m_rating.year);
    if (c == RankingColumn::OnTime) {
        auto ids = m_ws.rating().timedDrafts(m_actor, m_rating.year, line.unitId);
        if (!ids) {
            m_error->showError(ids.error());
            return;
        }
        m_drill(ids.value(), what);
        return;
    }
    const auto cell = RankingTables::cell(m_rating.year, line, c);
    if (!cell)
        return;
    auto ids = m_ws.stats().draftsBehind(m_actor, *cell);
    if (!ids) {
        m_error->showError(ids.error());
        return;
    }
    m_drill(ids.value(), what);
}

} // namespace gw
