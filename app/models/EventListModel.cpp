// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/EventListModel.h"

#include "core/Language.h"
#include "core/PartialDate.h"
#include "core/Vocabulary.h"
#include "storage/RecordColumns.h"

namespace {
// Raw columns, in ListQuery::rawColumns(ListKind::Events) order.
enum Raw { Start, End, DateNote, TitleEn, TitleJa, SeriesEn, SeriesJa, Acronym, KindRaw, RoundRaw, PlaceRaw, FormatRaw,
           LevelRaw, StatusRaw, Unconfirmed, UnconfirmedFields };
const char* const kFacetSets[] = {"eventKind", "eventStatus", "eventFormat"};
} // namespace

EventListModel::EventListModel(QObject* parent) : SqlListModel(ListKind::Events, NavTarget::Kind::Event, parent)
{
    setColumnKeys({QStringLiteral("date"), QStringLiteral("title"), QStringLiteral("other_title"), QStringLiteral("series"),
                   QStringLiteral("kind"), QStringLiteral("round"), QStringLiteral("place"), QStringLiteral("format"),
                   QStringLiteral("level"), QStringLiteral("status")});
    setColumns({tr("Date"), tr("Title"), tr("Other title"), tr("Dialogue or forum"), tr("Kind"), tr("Round"), tr("Place"),
                tr("Format"), tr("Level"), tr("Status")});
    setFacets({tr("Kind"), tr("Status"), tr("Format")});
    setYearTitle(tr("Date"));
    setDefaultSort(Date, Qt::DescendingOrder);
    setHiddenColumns({OtherTitle, Format, Level});
}

QStringList EventListModel::facetRawValues(int facet) const
{
    switch (facet) {
    case 0:
        return Vocabulary::eventKinds();
    case 1:
        return Vocabulary::eventStatuses();
    default:
        return Vocabulary::eventFormats();
    }
}

QString EventListModel::facetLabel(int facet, const QString& raw) const
{
    return Vocabulary::label(QString::fromLatin1(kFacetSets[qBound(0, facet, 2)]), raw, uiLanguage());
}

EntityTableModel::Row EventListModel::makeRow(const ListRow& raw) const
{
    const Lang lang = uiLanguage();
    const QVariantList& v = raw.values;
    const QString titleEn = v[TitleEn].toString();
    const QString titleJa = v[TitleJa].toString();
    const bool all = v[Unconfirmed].toInt() != 0;
    const QStringList fields = RecordColumns::splitList(v[UnconfirmedFields].toString());
    auto unconfirmed = [&](const char* field) { return all || fields.contains(QLatin1String(field)); };
    Row row;
    row.id = raw.id;
    Cell date = dateCell(v[Start].toString(), v[End].toString(), unconfirmed("start_date"));
    if (date.text.isEmpty())
        date.text = v[DateNote].toString().isEmpty() ? tr("date unknown") : tr("date unknown (%1)").arg(v[DateNote].toString());
    const QString acronym = v[Acronym].toString();
    const QString series = acronym.isEmpty() ? pickName(lang, v[SeriesEn].toString(), v[SeriesJa].toString()) : acronym;
    const QString place = v[PlaceRaw].toString();
    const QVariant round = v[RoundRaw];
    row.cells = {date,
                 Cell{pickName(lang, titleEn, titleJa), {}, unconfirmed(lang == Lang::Ja ? "title_ja" : "title_en")},
                 Cell{lang == Lang::Ja ? titleEn : titleJa, {}, all},
                 Cell{series, {}, all},
                 Cell{Vocabulary::label(QStringLiteral("eventKind"), v[KindRaw].toString(), lang), {}, all},
                 Cell{round.isNull() ? QString() : round.toString(), round.isNull() ? QVariant() : QVariant(round.toInt()),
                      unconfirmed("round_number")},
                 Cell{place.isEmpty() && unconfirmed("place") ? tr("unknown") : place, {}, unconfirmed("place")},
                 Cell{Vocabulary::label(QStringLiteral("eventFormat"), v[FormatRaw].toString(), lang), {}, all},
                 Cell{v[LevelRaw].toString(), {}, all},
                 Cell{Vocabulary::label(QStringLiteral("eventStatus"), v[StatusRaw].toString(), lang), {}, all}};
    row.year = PartialDate::parse(v[Start].toString()).value_or(PartialDate()).year();
    row.unconfirmed = all;
    return row;
}
