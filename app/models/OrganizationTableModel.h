// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "models/CatalogTableModel.h"

/// Agencies, CERTs, companies and secretariats, with their country and how many events each took part in.
class OrganizationTableModel : public CatalogTableModel<Organization, &Catalog::organizations>
{
    Q_OBJECT
public:
    enum Column { Acronym, Name, OtherName, Country, Kind, Events };

    explicit OrganizationTableModel(QObject* parent = nullptr);

private:
    Row makeRow(const Organization& record, const Catalog& catalog) const override;
};
