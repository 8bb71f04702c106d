// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "models/CatalogTableModel.h"

/// Memoranda, joint statements and accords.
class AgreementTableModel : public CatalogTableModel<Agreement, &Catalog::agreements>
{
    Q_OBJECT
public:
    enum Column { Signed, Title, OtherTitle, Kind, Parties, Status, Dialogue };

    explicit AgreementTableModel(QObject* parent = nullptr);

private:
    Row makeRow(const Agreement& record, const Catalog& catalog) const override;
};
