// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/OrganizationTableModel.h"

#include "core/Language.h"
#include "models/Catalog.h"

OrganizationTableModel::OrganizationTableModel(QObject* parent)
    : CatalogTableModel(NavTarget::Kind::Organization, parent)
{
    setColumnKeys({QStringLiteral("acronym"), QStringLiteral("name"), QStringLiteral("other_name"),
                   QStringLiteral("country"), QStringLiteral("kind"), QStringLiteral("events")});
    setColumns({tr("Acronym"), tr("Name"), tr("Other name"), tr("Country"), tr("Kind"), tr("Events")});
    setFacets({tr("Country"), tr("Kind")});
    setDefaultSort(Name, Qt::AscendingOrder);
    setHiddenColumns({OtherName});
}

EntityTableModel::Row OrganizationTableModel::makeRow(const Organization& o, const Catalog& catalog) const
{
    const Lang lang = uiLanguage();
    Row row;
    row.id = o.id;
    const int events = catalog.organizationEventCount(o.id);
    row.cells = {Cell{o.acronym, {}, o.isUnconfirmed(QStringLiteral("acronym"))},
                 Cell{pickName(lang, o.nameEn, o.nameJa), {},
                      o.isUnconfirmed(lang == Lang::Ja ? QStringLiteral("name_ja") : QStringLiteral("name_en"))},
                 Cell{lang == Lang::Ja ? o.nameEn : o.nameJa},
                 Cell{o.country.isEmpty() ? QString() : catalog.countryName(o.country)},
                 Cell{o.kind},
                 Cell{QString::number(events), events}};
    row.facets = {row.cells[Country].text, o.kind};
    finish(row);
    return row;
}
