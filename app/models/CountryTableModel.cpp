// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CountryTableModel.h"

#include "core/Language.h"
#include "core/Vocabulary.h"
#include "models/Catalog.h"

CountryTableModel::CountryTableModel(QObject* parent) : CatalogTableModel(NavTarget::Kind::Country, parent)
{
    setColumnKeys({QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("other_name"), QStringLiteral("region"), QStringLiteral("kind"), QStringLiteral("dialogues"), QStringLiteral("events")});
    setColumns({tr("Code"), tr("Name"), tr("Other name"), tr("Region"), tr("Kind"), tr("Dialogues"), tr("Events")});
    setFacets({tr("Region"), tr("Kind")});
    setDefaultSort(Name, Qt::AscendingOrder);
    setHiddenColumns({Kind});
}

EntityTableModel::Row CountryTableModel::makeRow(const Country& c, const Catalog& catalog) const
{
    const Lang lang = uiLanguage();
    Row row;
    row.id = c.id;
    const int dialogues = catalog.dialogueCount(c.id);
    const int events = catalog.eventCount(c.id);
    row.cells = {Cell{c.code},
                 Cell{pickName(lang, c.nameEn, c.nameJa), {}, c.isUnconfirmed(lang == Lang::Ja ? QStringLiteral("name_ja") : QStringLiteral("name_en"))},
                 Cell{lang == Lang::Ja ? c.nameEn : c.nameJa},
                 Cell{Vocabulary::label(QStringLiteral("region"), c.region, lang)},
                 Cell{Vocabulary::label(QStringLiteral("countryKind"), c.kind, lang)},
                 Cell{QString::number(dialogues), dialogues},
                 Cell{QString::number(events), events}};
    row.facets = {row.cells[Region].text, row.cells[Kind].text};
    finish(row, c.shortForms);
    return row;
}
