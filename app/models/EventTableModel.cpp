// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/EventTableModel.h"

#include "core/Language.h"
#include "core/PartialDate.h"
#include "core/Vocabulary.h"
#include "models/Catalog.h"

EventTableModel::EventTableModel(QObject* parent) : EntityTableModel(NavTarget::Kind::Event, parent)
{
    setColumnKeys({QStringLiteral("date"), QStringLiteral("title"), QStringLiteral("other_title"), QStringLiteral("series"), QStringLiteral("kind"), QStringLiteral("round"), QStringLiteral("place"), QStringLiteral("format"), QStringLiteral("level"), QStringLiteral("status")});
    setColumns({tr("Date"), tr("Title"), tr("Other title"), tr("Dialogue or forum"), tr("Kind"), tr("Round"),
                tr("Place"), tr("Format"), tr("Level"), tr("Status")});
    setFacets({tr("Kind"), tr("Status"), tr("Format")});
    setYearTitle(tr("Date"));
    setDefaultSort(Date, Qt::DescendingOrder);
    setHiddenColumns({OtherTitle, Format, Level});
}

EntityTableModel::Row EventTableModel::makeRow(const Event& e, const Catalog& catalog) const
{
    const Lang lang = uiLanguage();
    Row row;
    row.id = e.id;
    const bool titleUnconfirmed = e.isUnconfirmed(lang == Lang::Ja ? QStringLiteral("title_ja") : QStringLiteral("title_en"));
    Cell date = dateCell(e.startDate, e.endDate, e.isUnconfirmed(QStringLiteral("start_date")));
    if (date.text.isEmpty())
        date.text = e.dateNote.isEmpty() ? tr("date unknown") : tr("date unknown (%1)").arg(e.dateNote);
    row.cells = {date,
                 Cell{pickName(lang, e.titleEn, e.titleJa), {}, titleUnconfirmed},
                 Cell{lang == Lang::Ja ? e.titleEn : e.titleJa},
                 Cell{catalog.seriesName(e)},
                 Cell{Vocabulary::label(QStringLiteral("eventKind"), e.kind, lang)},
                 Cell{e.roundNumber ? QString::number(*e.roundNumber) : QString(),
                      e.roundNumber ? QVariant(*e.roundNumber) : QVariant(), e.isUnconfirmed(QStringLiteral("round_number"))},
                 Cell{e.place.isEmpty() && e.isUnconfirmed(QStringLiteral("place")) ? tr("unknown") : e.place, {},
                      e.isUnconfirmed(QStringLiteral("place"))},
                 Cell{Vocabulary::label(QStringLiteral("eventFormat"), e.format, lang)},
                 Cell{e.level},
                 Cell{Vocabulary::label(QStringLiteral("eventStatus"), e.status, lang)}};
    for (Cell& c : row.cells) {
        if (e.unconfirmed)
            c.unconfirmed = true;
    }
    row.facets = {row.cells[Kind].text, row.cells[Status].text, row.cells[Format].text};
    row.year = PartialDate::parse(e.startDate).value_or(PartialDate()).year();
    finish(row);
    return row;
}

void EventTableModel::load(const Catalog& catalog)
{
    m_records = catalog.events;
    QList<Row> rows;
    for (const Event& e : m_records)
        rows << makeRow(e, catalog);
    setRows(std::move(rows));
}

const Event* EventTableModel::recordAt(const QModelIndex& index) const
{
    return index.isValid() && index.model() == this ? &m_records[index.row()] : nullptr;
}
