// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AgreementTableModel.h"

#include "core/Language.h"
#include "core/PartialDate.h"
#include "core/Vocabulary.h"
#include "models/Catalog.h"

AgreementTableModel::AgreementTableModel(QObject* parent) : CatalogTableModel(NavTarget::Kind::Agreement, parent)
{
    setColumnKeys({QStringLiteral("signed"), QStringLiteral("title"), QStringLiteral("other_title"), QStringLiteral("kind"), QStringLiteral("parties"), QStringLiteral("status"), QStringLiteral("dialogue")});
    setColumns({tr("Signed"), tr("Title"), tr("Other title"), tr("Kind"), tr("Parties"), tr("Status"), tr("Dialogue")});
    setFacets({tr("Kind"), tr("Status")});
    setYearTitle(tr("Signed"));
    setDefaultSort(Signed, Qt::DescendingOrder);
    setHiddenColumns({OtherTitle});
}

EntityTableModel::Row AgreementTableModel::makeRow(const Agreement& a, const Catalog& catalog) const
{
    const Lang lang = uiLanguage();
    Row row;
    row.id = a.id;
    QStringList parties;
    for (const QString& code : a.parties)
        parties << catalog.countryName(code);
    const ::Dialogue* d = catalog.dialogue(a.dialogue);
    row.cells = {dateCell(a.signedDate, {}, a.isUnconfirmed(QStringLiteral("signed_date"))),
                 Cell{pickName(lang, a.titleEn, a.titleJa), {}, a.unconfirmed},
                 Cell{lang == Lang::Ja ? a.titleEn : a.titleJa},
                 Cell{a.kind},
                 Cell{parties.join(lang == Lang::Ja ? QStringLiteral("・") : QStringLiteral(", "))},
                 Cell{Vocabulary::label(QStringLiteral("agreementStatus"), a.status, lang)},
                 Cell{d ? pickName(lang, d->nameEn, d->nameJa) : QString()}};
    row.facets = {a.kind, row.cells[Status].text};
    row.year = PartialDate::parse(a.signedDate).value_or(PartialDate()).year();
    finish(row);
    return row;
}
