// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "models/CatalogTableModel.h"

/// Countries and groupings, with how many dialogues and events each takes part in.
class CountryTableModel : public CatalogTableModel<Country, &Catalog::countries>
{
    Q_OBJECT
public:
    enum Column { Code, Name, OtherName, Region, Kind, Dialogues, Events };

    explicit CountryTableModel(QObject* parent = nullptr);

private:
    Row makeRow(const Country& record, const Catalog& catalog) const override;
};
