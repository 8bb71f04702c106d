// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PolicyTableModel.h"

#include "core/Language.h"
#include "core/PartialDate.h"
#include "models/Catalog.h"

PolicyTableModel::PolicyTableModel(QObject* parent) : CatalogTableModel(NavTarget::Kind::Policy, parent)
{
    setColumnKeys({QStringLiteral("date"), QStringLiteral("title"), QStringLiteral("other_title"), QStringLiteral("kind"), QStringLiteral("issued_by"), QStringLiteral("articles")});
    setColumns({tr("Date"), tr("Title"), tr("Other title"), tr("Kind"), tr("Issued by"), tr("Articles")});
    setFacets({tr("Kind")});
    setYearTitle(tr("Date"));
    setDefaultSort(Date, Qt::AscendingOrder);
}

EntityTableModel::Row PolicyTableModel::makeRow(const PolicyItem& p, const Catalog&) const
{
    const Lang lang = uiLanguage();
    Row row;
    row.id = p.id;
    const bool titleUnconfirmed = p.isUnconfirmed(lang == Lang::Ja ? QStringLiteral("title_ja") : QStringLiteral("title_en"));
    row.cells = {dateCell(p.date, {}, p.isUnconfirmed(QStringLiteral("date"))),
                 Cell{pickName(lang, p.titleEn, p.titleJa), {}, titleUnconfirmed},
                 Cell{lang == Lang::Ja ? p.titleEn : p.titleJa},
                 Cell{p.kind},
                 Cell{p.issuedBy, {}, p.isUnconfirmed(QStringLiteral("issued_by"))},
                 Cell{p.provisions.isEmpty() ? QString() : QString::number(p.provisions.size()), int(p.provisions.size())}};
    row.facets = {p.kind};
    row.year = PartialDate::parse(p.date).value_or(PartialDate()).year();
    finish(row);
    return row;
}
