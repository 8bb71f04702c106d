// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ActionTableModel.h"

#include "core/Clock.h"
#include "core/Language.h"
#include "core/PartialDate.h"
#include "core/Vocabulary.h"
#include "models/Catalog.h"

ActionTableModel::ActionTableModel(QObject* parent) : EntityTableModel(NavTarget::Kind::Action, parent)
{
    setColumnKeys({QStringLiteral("due"), QStringLiteral("description"), QStringLiteral("owner"), QStringLiteral("status"), QStringLiteral("event")});
    setColumns({tr("Due"), tr("Description"), tr("Owner"), tr("Status"), tr("Event")});
    setFacets({tr("Status"), tr("Owner")});
    setYearTitle(tr("Due"));
    setDefaultSort(Due, Qt::AscendingOrder);
}

EntityTableModel::Row ActionTableModel::makeRow(const Action& a, const Catalog& catalog) const
{
    const Lang lang = uiLanguage();
    Row row;
    row.id = a.id;
    const ::Event* e = catalog.event(a.eventId);
    const PartialDate due = PartialDate::parse(a.dueDate).value_or(PartialDate());
    const bool open = a.status == QLatin1String("open") || a.status == QLatin1String("in_progress");
    // A due month or year is overdue only once all of it has passed.
    QDate lastDay = due.earliest();
    if (due.precision() == PartialDate::Precision::Month)
        lastDay = lastDay.addMonths(1).addDays(-1);
    else if (due.precision() == PartialDate::Precision::Year)
        lastDay = QDate(due.year(), 12, 31);
    row.alert = open && lastDay.isValid() && lastDay < Clock::today();
    if (row.alert)
        row.toolTip = tr("Overdue");
    row.cells = {dateCell(a.dueDate, {}),
                 Cell{a.description},
                 Cell{a.owner},
                 Cell{Vocabulary::label(QStringLiteral("actionStatus"), a.status, lang) +
                      (row.alert ? tr(" (overdue)") : QString())},
                 Cell{e ? pickName(lang, e->titleEn, e->titleJa) : QString()}};
    row.facets = {Vocabulary::label(QStringLiteral("actionStatus"), a.status, lang), a.owner};
    row.year = due.year();
    finish(row);
    return row;
}

void ActionTableModel::load(const Catalog& catalog)
{
    m_records = catalog.actions;
    QList<Row> rows;
    for (const Action& a : m_records)
        rows << makeRow(a, catalog);
    setRows(std::move(rows));
}

const Action* ActionTableModel::recordAt(const QModelIndex& index) const
{
    return index.isValid() && index.model() == this ? &m_records[index.row()] : nullptr;
}
