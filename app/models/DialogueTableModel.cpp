// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/DialogueTableModel.h"

#include "core/Language.h"
#include "core/PartialDate.h"
#include "core/Vocabulary.h"
#include "models/Catalog.h"

DialogueTableModel::DialogueTableModel(QObject* parent) : CatalogTableModel(NavTarget::Kind::Dialogue, parent)
{
    setColumnKeys({QStringLiteral("name"), QStringLiteral("other_name"), QStringLiteral("kind"), QStringLiteral("parties"), QStringLiteral("first_held"), QStringLiteral("rounds"), QStringLiteral("last_round"), QStringLiteral("status")});
    setColumns({tr("Name"), tr("Other name"), tr("Kind"), tr("Parties"), tr("First held"), tr("Rounds"),
                tr("Last round"), tr("Status")});
    setFacets({tr("Kind"), tr("Status")});
    setYearTitle(tr("First held"));
    setDefaultSort(FirstHeld, Qt::AscendingOrder);
}

EntityTableModel::Row DialogueTableModel::makeRow(const Dialogue& d, const Catalog& catalog) const
{
    const Lang lang = uiLanguage();
    Row row;
    row.id = d.id;
    QStringList parties;
    for (const QString& code : d.parties)
        parties << catalog.countryName(code);
    const StatsRepository::Rounds stats = catalog.rounds(d.id);
    const QString last = stats.last;
    const int rounds = stats.count;
    const PartialDate first = PartialDate::parse(d.firstHeld).value_or(PartialDate());
    const bool nameUnconfirmed = d.isUnconfirmed(lang == Lang::Ja ? QStringLiteral("name_ja") : QStringLiteral("name_en"));
    row.cells = {Cell{pickName(lang, d.nameEn, d.nameJa), {}, nameUnconfirmed},
                 Cell{lang == Lang::Ja ? d.nameEn : d.nameJa},
                 Cell{Vocabulary::label(QStringLiteral("dialogueKind"), d.kind, lang)},
                 Cell{parties.join(lang == Lang::Ja ? QStringLiteral("・") : QStringLiteral(", "))},
                 dateCell(d.firstHeld, {}, d.isUnconfirmed(QStringLiteral("first_held"))),
                 Cell{QString::number(rounds), rounds},
                 dateCell(last, {}),
                 Cell{Vocabulary::label(QStringLiteral("dialogueStatus"), d.status, lang)}};
    row.facets = {row.cells[Kind].text, row.cells[Status].text};
    row.year = first.year();
    finish(row);
    return row;
}
