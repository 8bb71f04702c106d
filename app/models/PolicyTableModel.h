// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "models/CatalogTableModel.h"

/// Laws, strategies and declarations, with their number of cited articles.
class PolicyTableModel : public CatalogTableModel<PolicyItem, &Catalog::policyItems>
{
    Q_OBJECT
public:
    enum Column { Date, Title, OtherTitle, Kind, IssuedBy, Articles };

    explicit PolicyTableModel(QObject* parent = nullptr);

private:
    Row makeRow(const PolicyItem& record, const Catalog& catalog) const override;
};
