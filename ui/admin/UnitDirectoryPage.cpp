// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the unit directory's admin page.
#include "UnitDirectoryPage.h"

#include "ActionRow.h"
#include "Confirm.h"
#include "ErrorBanner.h"
#include "RecordTable.h"
#include "UnitDialog.h"
#include "UnitModel.h"

#include "services/UnitService.h"
#include "services/Workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace gw {

UnitDirectoryPage::UnitDirectoryPage(Workspace &ws, const Principal &actor, QWidget *parent)
    : QWidget(parent), m_ws(ws), m_actor(actor)
{
    setObjectName(QStringLiteral("unitDirectoryPage"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("unitSearch"));
    m_search->setPlaceholderText(tr("Search name or abbreviation (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_type = new QComboBox(this);
    m_type->addItem(tr("All kinds"), QString());
    for (UnitType t : allUnitTypes())
        m_type->addItem(unitTypeLabel(t), unitTypeCode(t));
    m_inactive = new QCheckBox(tr("Show retired"), this);
    auto *add = new QPushButton(tr("&New unit…"), this);
    add->setObjectName(QStringLiteral("addUnit"));
    addKeyShortcut(add, QKeySequence::New);
    auto *edit = new QPushButton(tr("&Edit…"), this);
    auto *toggle = new QPushButton(tr("&Retire / restore"), this);
    toggle->setObjectName(QStringLiteral("retireUnit"));
    bar->addWidget(m_search, 1);
    bar->addWidget(m_type);
    bar->addWidget(m_inactive);
    bar->addWidget(add);
    bar->addWidget(edit);
    bar->addWidget(toggle);
    layout->addLayout(bar);

    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);

    m_model = new UnitModel(ws.units(), actor, this);
    m_view = newRecordTable(QStringLiteral("unitTable"), this);
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::textChanged, this, &UnitDirectoryPage::applyFilter);
    connect(m_type, &QComboBox::currentIndexChanged, this, &UnitDirectoryPage::applyFilter);
    connect(m_inactive, &QCheckBox::toggled, this, &UnitDirectoryPage::applyFilter);
    connect(add, &QPushButton::clicked, this, &UnitDirectoryPage::addUnit);
    connect(edit, &QPushButton::clicked, this, &UnitDirectoryPage::editCurrent);
    connect(toggle, &QPushButton::clicked, this, &UnitDirectoryPage::toggleCurrentActive);
    connect(m_view, &QTableView::activated, this, &UnitDirectoryPage::editCurrent);
    connect(&ws.units(), &UnitService::unitChanged, this, [this] {
        if (auto st = m_model->refresh(); !st)
            m_error->showError(st.error());
    });
    applyFilter();
    m_view->resizeColumnsToContents();
}

void UnitDirectoryPage::applyFilter()
{
    UnitFilter f;
    f.text = m_search->text();
    if (const QString code = m_type->currentData().toString(); !code.isEmpty())
        f.type = unitTypeFromCode(code);
    f.includeInactive = m_inactive->isChecked();
    m_error->setStatus(m_model->setFilter(f));
}

void UnitDirectoryPage::addUnit()
{
    UnitDialog dialog(m_ws.units(), m_actor, Unit{}, this);
    dialog.exec();
}

void UnitDirectoryPage::editCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    UnitDialog dialog(m_ws.units(), m_actor, m_model->unitAt(current.row()), this);
    dialog.exec();
}

void UnitDirectoryPage::toggleCurrentActive()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const Unit u = m_model->unitAt(current.row());
    if (u.active && !confirm(this, tr("Retire the unit"),
                             tr("Retire %1? It stays in the records and in documents already registered, but is "
                                "no longer offered for new ones.")
                                 .arg(u.name),
                             tr("&Retire"), tr("Cancel")))
        return;
    m_error->setStatus(m_ws.units().setActive(m_actor, u.id, u.version, !u.active));
}

} // namespace gw
