// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ForumTableModel.h"

#include "core/Language.h"
#include "core/PartialDate.h"
#include "models/Catalog.h"

ForumTableModel::ForumTableModel(QObject* parent) : CatalogTableModel(NavTarget::Kind::Forum, parent)
{
    setColumnKeys({QStringLiteral("acronym"), QStringLiteral("name"), QStringLiteral("other_name"), QStringLiteral("kind"), QStringLiteral("level"), QStringLiteral("founded"), QStringLiteral("meetings")});
    setColumns({tr("Acronym"), tr("Name"), tr("Other name"), tr("Kind"), tr("Level"), tr("Founded"), tr("Meetings")});
    setFacets({tr("Kind"), tr("Level")});
    setYearTitle(tr("Founded"));
    setDefaultSort(Name, Qt::AscendingOrder);
}

EntityTableModel::Row ForumTableModel::makeRow(const Forum& f, const Catalog& catalog) const
{
    const Lang lang = uiLanguage();
    Row row;
    row.id = f.id;
    const int meetings = catalog.meetingCount(f.id);
    const bool nameUnconfirmed = f.isUnconfirmed(lang == Lang::Ja ? QStringLiteral("name_ja") : QStringLiteral("name_en"));
    row.cells = {Cell{f.acronym},
                 Cell{pickName(lang, f.nameEn, f.nameJa), {}, nameUnconfirmed},
                 Cell{lang == Lang::Ja ? f.nameEn : f.nameJa},
                 Cell{f.kind},
                 Cell{f.level},
                 dateCell(f.founded, {}, f.isUnconfirmed(QStringLiteral("founded"))),
                 Cell{QString::number(meetings), meetings}};
    row.facets = {f.kind, f.level};
    row.year = PartialDate::parse(f.founded).value_or(PartialDate()).year();
    finish(row);
    return row;
}
