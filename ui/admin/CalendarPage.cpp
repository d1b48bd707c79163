// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the work calendar page.
#include "CalendarPage.h"

#include "ErrorBanner.h"

#include "Clock.h"
#include "services/CalendarService.h"
#include "services/Workspace.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gw {

CalendarPage::CalendarPage(Workspace &ws, const Principal &actor, QWidget *parent)
    : QWidget(parent), m_ws(ws), m_actor(actor)
{
    setObjectName(QStringLiteral("calendarPage"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Weekdays are working days and weekends are not, except the days listed here. "
                      "The statutory holidays are filled in; add the bridge days and swapped working days "
                      "(调休) as they are announced. Review time limits count working days."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year:"), this));
    m_year = new QSpinBox(this);
    m_year->setRange(2000, 2100);
    m_year->setValue(WorkCalendar::localDate(ws.clock().now()).year());
    top->addWidget(m_year);
    top->addStretch(1);
    layout->addLayout(top);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("calendarTable"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Name")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 1);

    auto *edit = new QHBoxLayout;
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(WorkCalendar::localDate(ws.clock().now()));
    m_working = new QCheckBox(tr("Working day (调休上班)"), this);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("Name, e.g. 国庆节 or 国庆调休"));
    auto *save = new QPushButton(tr("&Save day"), this);
    edit->addWidget(m_date);
    edit->addWidget(m_working);
    edit->addWidget(m_name, 1);
    edit->addWidget(save);
    layout->addLayout(edit);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);

    connect(m_year, &QSpinBox::valueChanged, this, &CalendarPage::reload);
    connect(save, &QPushButton::clicked, this,
            [this] { saveDay(m_date->date(), m_working->isChecked(), m_name->text()); });
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row) {
        m_date->setDate(m_table->item(row, 0)->data(Qt::UserRole).toDate());
        m_working->setChecked(m_table->item(row, 1)->data(Qt::UserRole).toBool());
        m_name->setText(m_table->item(row, 2)->text());
    });
    connect(&ws.calendar(), &CalendarService::calendarChanged, this, &CalendarPage::reload);
    reload();
}

void CalendarPage::reload()
{
    auto days = m_ws.calendar().exceptions(m_year->value());
    m_error->setStatus(days);
    const QList<CalendarDay> rows = days ? days.value() : QList<CalendarDay>();
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const CalendarDay &d = rows.at(i);
        auto *date = new QTableWidgetItem(QLocale().toString(d.date, QStringLiteral("yyyy-MM-dd ddd")));
        date->setData(Qt::UserRole, d.date);
        auto *kind = new QTableWidgetItem(d.working ? tr("Working day") : tr("Holiday"));
        kind->setData(Qt::UserRole, d.working);
        m_table->setItem(i, 0, date);
        m_table->setItem(i, 1, kind);
        m_table->setItem(i, 2, new QTableWidgetItem(d.name));
    }
    m_table->resizeColumnsToContents();
}

bool CalendarPage::saveDay(const QDate &date, bool working, const QString &name)
{
    const Status st = m_ws.calendar().setDay(m_actor, CalendarDay{date, working, name});
    m_error->setStatus(st);
    return st.ok();
}

} // namespace gw
