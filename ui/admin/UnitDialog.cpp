// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — add or edit one unit of the directory.
#include "UnitDialog.h"

#include "ErrorBanner.h"

#include "services/UnitService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gw {

UnitDialog::UnitDialog(UnitService &service, const Principal &actor, const Unit &unit, QWidget *parent)
    : QDialog(parent), m_service(service), m_actor(actor), m_unit(unit)
{
    setObjectName(QStringLiteral("unitDialog"));
    setProperty("helpPage", QStringLiteral("admin"));
    setWindowTitle(unit.id == 0 ? tr("New unit") : tr("Edit unit"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(unit.name, this);
    m_name->setObjectName(QStringLiteral("unitName"));
    m_short = new QLineEdit(unit.shortName, this);
    m_short->setObjectName(QStringLiteral("unitShortName"));
    m_short->setPlaceholderText(tr("Standard abbreviation, used in 抄送"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("unitType"));
    for (UnitType t : allUnitTypes())
        m_type->addItem(unitTypeLabel(t), unitTypeCode(t));
    m_type->setCurrentIndex(m_type->findData(unitTypeCode(unit.type)));
    m_superior = new QComboBox(this);
    m_superior->setObjectName(QStringLiteral("unitSuperior"));
    m_superior->setEditable(true);
    m_superior->setInsertPolicy(QComboBox::NoInsert);
    m_superior->addItem(tr("(none)"), qint64(0));
    UnitFilter all;
    all.limit = 100000;
    all.includeInactive = true;
    if (auto units = service.list(actor, all)) {
        for (const Unit &u : units.value()) {
            if (u.id != unit.id && (u.active || u.id == unit.superiorId))
                m_superior->addItem(u.name, u.id);
        }
    }
    m_superior->setCurrentIndex(qMax(0, m_superior->findData(unit.superiorId)));
    m_superior->completer()->setFilterMode(Qt::MatchContains);
    m_superior->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_key =
        new QCheckBox(tr("Key enterprise supported by the district (exempt from the skip-level rule)"), this);
    m_key->setObjectName(QStringLiteral("unitKey"));
    m_key->setChecked(unit.keyEnterprise);
    form->addRow(tr("Full &name:"), m_name);
    form->addRow(tr("&Abbreviation:"), m_short);
    form->addRow(tr("&Kind:"), m_type);
    form->addRow(tr("Su&perior unit:"), m_superior);
    form->addRow(QString(), m_key);
    layout->addLayout(form);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UnitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UnitDialog::reject);
    layout->addWidget(buttons);
    connect(m_type, &QComboBox::currentIndexChanged, this, &UnitDialog::updateKeyEnterprise);
    updateKeyEnterprise();
    setMinimumWidth(560);
}

QString UnitDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void UnitDialog::updateKeyEnterprise()
{
    const bool enterprise = m_type->currentData().toString() == unitTypeCode(UnitType::Enterprise);
    m_key->setEnabled(enterprise);
    if (!enterprise)
        m_key->setChecked(false);
}

Unit UnitDialog::fromForm() const
{
    Unit u = m_unit;
    u.name = m_name->text();
    u.shortName = m_short->text();
    u.type = unitTypeFromCode(m_type->currentData().toString()).value_or(UnitType::Department);
    // A typed name that matches an entry counts as choosing it.
    const int typed = m_superior->findText(m_superior->currentText().trimmed());
    u.superiorId = typed >= 0 ? m_superior->itemData(typed).toLongLong() : -1;
    u.keyEnterprise = m_key->isChecked();
    return u;
}

void UnitDialog::accept()
{
    Unit u = fromForm();
    if (u.superiorId < 0) {
        m_error->showMessage(tr("“%1” is not in the directory. Choose the superior unit from the list.")
                                 .arg(m_superior->currentText()));
        return;
    }
    auto saved = u.id == 0 ? m_service.create(m_actor, u) : m_service.update(m_actor, u);
    if (!saved) {
        if (saved.error().code == ErrorCode::Conflict) {
            // Keep the user's input; the next save applies it over the newer version on purpose.
            if (auto latest = m_service.get(m_actor, u.id)) {
                m_unit.version = latest.value().version;
                m_unit.active = latest.value().active; // not on the form: keep what is stored
                m_error->showMessage(
                    saved.error().message + QLatin1Char('\n') +
                    tr("Now saved: %1, abbreviation %2, %3. Press Save again to replace it with your input.")
                        .arg(latest.value().name, latest.value().shortName,
                             unitTypeLabel(latest.value().type)));
                return;
            }
        }
        m_error->showError(saved.error());
        return;
    }
    m_unit = saved.value();
    QDialog::accept();
}

} // namespace gw
