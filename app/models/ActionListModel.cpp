// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ActionListModel.h"

#include "core/Clock.h"
#include "core/Language.h"
#include "core/PartialDate.h"
#include "core/Vocabulary.h"

namespace {
// Raw columns, in ListQuery::rawColumns(ListKind::Actions) order.
enum Raw { DueRaw, DescriptionRaw, OwnerRaw, StatusRaw, EventTitleEn, EventTitleJa, EventId };
} // namespace

ActionListModel::ActionListModel(QObject* parent) : SqlListModel(ListKind::Actions, NavTarget::Kind::Action, parent)
{
    setColumnKeys({QStringLiteral("due"), QStringLiteral("description"), QStringLiteral("owner"), QStringLiteral("status"),
                   QStringLiteral("event")});
    setColumns({tr("Due"), tr("Description"), tr("Owner"), tr("Status"), tr("Event")});
    setFacets({tr("Status")});
    setYearTitle(tr("Due"));
    setDefaultSort(Due, Qt::AscendingOrder);
}

QStringList ActionListModel::facetRawValues(int) const { return Vocabulary::actionStatuses(); }

QString ActionListModel::facetLabel(int, const QString& raw) const
{
    return Vocabulary::label(QStringLiteral("actionStatus"), raw, uiLanguage());
}

EntityTableModel::Row ActionListModel::makeRow(const ListRow& raw) const
{
    const Lang lang = uiLanguage();
    const QVariantList& v = raw.values;
    Row row;
    row.id = raw.id;
    const QString status = v[StatusRaw].toString();
    const PartialDate due = PartialDate::parse(v[DueRaw].toString()).value_or(PartialDate());
    const bool open = status == QLatin1String("open") || status == QLatin1String("in_progress");
    // A due month or year is overdue only once all of it has passed.
    QDate lastDay = due.earliest();
    if (due.precision() == PartialDate::Precision::Month)
        lastDay = lastDay.addMonths(1).addDays(-1);
    else if (due.precision() == PartialDate::Precision::Year)
        lastDay = QDate(due.year(), 12, 31);
    row.alert = open && lastDay.isValid() && lastDay < Clock::today();
    if (row.alert)
        row.toolTip = tr("Overdue");
    row.cells = {dateCell(v[DueRaw].toString(), {}),
                 Cell{v[DescriptionRaw].toString()},
                 Cell{v[OwnerRaw].toString()},
                 Cell{Vocabulary::label(QStringLiteral("actionStatus"), status, lang) + (row.alert ? tr(" (overdue)") : QString())},
                 Cell{pickName(lang, v[EventTitleEn].toString(), v[EventTitleJa].toString())}};
    row.year = due.year();
    return row;
}
