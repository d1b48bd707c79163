// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the dialogs of 评比与通报.
#include "BulletinDialogs.h"

#include "ErrorBanner.h"

#include "services/BulletinService.h"
#include "services/DraftingService.h"
#include "services/RatingService.h"
#include "services/Workspace.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gw {

RatingSchemeDialog::RatingSchemeDialog(Workspace &ws, const Principal &actor, const RatingScheme &from,
                                       QWidget *parent)
    : QDialog(parent), m_ws(ws), m_actor(actor), m_from(from)
{
    setObjectName(QStringLiteral("ratingSchemeDialog"));
    setWindowTitle(tr("Scoring scheme of the annual ranking"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Starting from version %1. Saving stores a new version; rankings made with "
                                "earlier versions keep theirs.")
                                 .arg(from.number),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    const QList<std::tuple<QString, double RatingScheme::*, QString>> rows{
        {tr("&Base points:"), &RatingScheme::base, QStringLiteral("base")},
        {tr("&Policy error, per document:"), &RatingScheme::policy, QStringLiteral("policy")},
        {tr("&Genre/format error, per document:"), &RatingScheme::format, QStringLiteral("format")},
        {tr("&Wording error, per document:"), &RatingScheme::wording, QStringLiteral("wording")},
        {tr("&Return (倒流), per document:"), &RatingScheme::backflow, QStringLiteral("backflow")},
        {tr("&First-reader failure, per document:"), &RatingScheme::firstRead, QStringLiteral("firstRead")},
        {tr("&On time (points at 100%):"), &RatingScheme::onTime, QStringLiteral("onTime")},
        {tr("&Volume (points at the target):"), &RatingScheme::volume, QStringLiteral("volume")},
    };
    for (const auto &[label, member, name] : rows) {
        auto *spin = new QDoubleSpinBox(this);
        spin->setObjectName(name);
        spin->setRange(0, 1000);
        spin->setDecimals(2);
        spin->setValue(from.*member);
        form->addRow(label, spin);
        m_weights.append({spin, member});
        connect(spin, &QDoubleSpinBox::valueChanged, this, &RatingSchemeDialog::showFormula);
    }
    m_volumeFull = new QSpinBox(this);
    m_volumeFull->setObjectName(QStringLiteral("volumeFull"));
    m_volumeFull->setRange(1, 100000);
    m_volumeFull->setValue(from.volumeFull);
    m_volumeFull->setSuffix(tr(" documents"));
    form->addRow(tr("Volume &target:"), m_volumeFull);
    connect(m_volumeFull, &QSpinBox::valueChanged, this, &RatingSchemeDialog::showFormula);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("Why the weights changed, e.g. the office meeting's decision"));
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    m_formula = new QLabel(this);
    m_formula->setObjectName(QStringLiteral("formula"));
    m_formula->setWordWrap(true);
    m_formula->setStyleSheet(QStringLiteral("color: #333;"));
    layout->addWidget(m_formula);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save as new version"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RatingSchemeDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showFormula();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

RatingScheme RatingSchemeDialog::scheme() const
{
    RatingScheme s = m_from;
    for (const auto &[spin, member] : m_weights)
        s.*member = spin->value();
    s.volumeFull = m_volumeFull->value();
    s.note = m_note->text();
    return s;
}

void RatingSchemeDialog::showFormula()
{
    m_formula->setText(scheme().formula());
}

void RatingSchemeDialog::save()
{
    auto saved = m_ws.rating().saveScheme(m_actor, scheme());
    if (!saved) {
        m_error->showError(saved.error());
        return;
    }
    m_saved = saved.value();
    accept();
}

SerialDialog::SerialDialog(Workspace &ws, const Principal &actor, const Serial &serial, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_actor(actor), m_serial(serial)
{
    setObjectName(QStringLiteral("serialDialog"));
    setWindowTitle(serial.id > 0 ? tr("Serial 《%1》").arg(serial.name) : tr("New serial"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(serial.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. 督查通报 (without 《》)"));
    form->addRow(tr("&Name:"), m_name);
    m_issuer = new QLineEdit(serial.issuer, this);
    m_issuer->setObjectName(QStringLiteral("issuer"));
    form->addRow(tr("&Issued by (编印单位):"), m_issuer);
    m_yearly = new QRadioButton(tr("&Yearly: 2026年第1期, 第2期 …, from 1 again each year"), this);
    m_yearly->setObjectName(QStringLiteral("yearly"));
    auto *running = new QRadioButton(tr("&Running: 第1期, 第2期 … on from the first issue"), this);
    running->setObjectName(QStringLiteral("running"));
    (serial.yearly ? m_yearly : running)->setChecked(true);
    auto *numbering = new QVBoxLayout;
    numbering->addWidget(m_yearly);
    numbering->addWidget(running);
    form->addRow(tr("Issue numbers:"), numbering);
    m_active = new QCheckBox(tr("In &use (new issues can be composed)"), this);
    m_active->setObjectName(QStringLiteral("active"));
    m_active->setChecked(serial.id == 0 || serial.active);
    form->addRow(QString(), m_active);
    layout->addLayout(form);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SerialDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

void SerialDialog::save()
{
    Serial s = m_serial;
    s.name = m_name->text();
    s.issuer = m_issuer->text();
    s.yearly = m_yearly->isChecked();
    s.active = m_active->isChecked();
    auto saved = m_ws.bulletins().saveSerial(m_actor, s);
    if (!saved) {
        m_error->showError(saved.error());
        return;
    }
    m_serial = saved.value();
    accept();
}

ComposeBulletinDialog::ComposeBulletinDialog(Workspace &ws, const Principal &actor, qint64 serialId,
                                             const StatsPeriod &period, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_actor(actor), m_period(period)
{
    setObjectName(QStringLiteral("composeBulletin"));
    setWindowTitle(tr("Compose a bulletin"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_serial = new QComboBox(this);
    m_serial->setObjectName(QStringLiteral("serial"));
    auto serials = ws.bulletins().serials(actor);
    for (const Serial &s : serials ? serials.value() : QList<Serial>()) {
        if (s.active)
            m_serial->addItem(QStringLiteral("《%1》").arg(s.name), s.id);
    }
    m_serial->setCurrentIndex(std::max(0, m_serial->findData(serialId)));
    form->addRow(tr("&Serial:"), m_serial);
    auto *periodLabel = new QLabel(tr("%1 (the period chosen at the top of the page)").arg(period.label()), this);
    periodLabel->setObjectName(QStringLiteral("period"));
    form->addRow(tr("Period:"), periodLabel);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unit"));
    if (auto units = ws.drafting().draftingUnits(actor)) {
        for (const Unit &u : units.value()) {
            if (u.type == UnitType::Section)
                m_unit->addItem(u.name, u.id);
        }
    }
    // The composer's own section; else the one the chosen serial names as its issuer (编印单位).
    const QList<Serial> known = serials ? serials.value() : QList<Serial>();
    auto chooseUnit = [this, known, own = m_unit->findData(actor.unitId)] {
        int index = own;
        for (const Serial &s : known) {
            if (index < 0 && s.id == m_serial->currentData().toLongLong())
                index = m_unit->findText(s.issuer);
        }
        if (index >= 0)
            m_unit->setCurrentIndex(index);
    };
    chooseUnit();
    connect(m_serial, &QComboBox::currentIndexChanged, this, chooseUnit);
    form->addRow(tr("Drafting &unit:"), m_unit);
    auto *anonymous = new QRadioButton(tr("&Anonymised: the comments without unit or reviewer"), this);
    anonymous->setObjectName(QStringLiteral("anonymised"));
    anonymous->setChecked(true);
    m_attributed = new QRadioButton(tr("A&ttributed: each comment with its unit and reviewer"), this);
    m_attributed->setObjectName(QStringLiteral("attributed"));
    auto *quoting = new QVBoxLayout;
    quoting->addWidget(anonymous);
    quoting->addWidget(m_attributed);
    form->addRow(tr("Quoted comments:"), quoting);
    m_ranking = new QCheckBox(tr("Include the annual &ranking of %1").arg(period.first.year()), this);
    m_ranking->setObjectName(QStringLiteral("withRanking"));
    // The ranking is a whole year's: offered with a bulletin on a year only.
    const bool wholeYear = period == StatsPeriod::year(period.first.year());
    m_ranking->setChecked(wholeYear);
    m_ranking->setEnabled(wholeYear && Permissions::allows(actor.roles, Action::ViewRanking));
    if (!wholeYear)
        m_ranking->setToolTip(tr("Choose a whole year as the period to include the ranking."));
    form->addRow(QString(), m_ranking);
    layout->addLayout(form);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setReadOnly(true);
    layout->addWidget(new QLabel(tr("The text as it will be drafted (edit it in the draft afterwards):"), this));
    layout->addWidget(m_preview, 1);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Draft it"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("draftIt"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ComposeBulletinDialog::compose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QComboBox *c : {m_serial, m_unit})
        connect(c, &QComboBox::currentIndexChanged, this, &ComposeBulletinDialog::showPreview);
    connect(m_attributed, &QRadioButton::toggled, this, &ComposeBulletinDialog::showPreview);
    connect(m_ranking, &QCheckBox::toggled, this, &ComposeBulletinDialog::showPreview);
    showPreview();
    resize(760, 620);
}

namespace {
BulletinRequest requestOf(qint64 serial, const StatsPeriod &period, qint64 unit, bool attributed, bool ranking)
{
    BulletinRequest r;
    r.serialId = serial;
    r.period = period;
    r.draftingUnitId = unit;
    r.attributed = attributed;
    r.withRanking = ranking;
    return r;
}
} // namespace

void ComposeBulletinDialog::showPreview()
{
    const BulletinRequest r = requestOf(m_serial->currentData().toLongLong(), m_period,
                                        m_unit->currentData().toLongLong(), m_attributed->isChecked(),
                                        m_ranking->isChecked());
    auto text = m_ws.bulletins().composeText(m_actor, r);
    if (!text) {
        m_preview->clear();
        m_error->showError(text.error());
        return;
    }
    m_error->clear();
    m_preview->setPlainText(text.value().title + QStringLiteral("\n\n") + text.value().body);
}

void ComposeBulletinDialog::compose()
{
    const BulletinRequest r = requestOf(m_serial->currentData().toLongLong(), m_period,
                                        m_unit->currentData().toLongLong(), m_attributed->isChecked(),
                                        m_ranking->isChecked());
    auto draft = m_ws.bulletins().compose(m_actor, r);
    if (!draft) {
        m_error->showError(draft.error());
        return;
    }
    m_draftId = draft.value().id;
    m_message = tr("“%1” is drafted as an issue of %2. It waits at drafting in Outgoing (发文): check it there and "
                   "submit it. Its issue number is given at registration.")
                    .arg(draft.value().fields.title, m_serial->currentText());
    accept();
}

} // namespace gw
