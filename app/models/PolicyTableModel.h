// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "models/EntityTableModel.h"

class Catalog;

/// Laws, strategies and declarations, with their number of cited articles.
class PolicyTableModel : public EntityTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Title, OtherTitle, Kind, IssuedBy, Articles };

    explicit PolicyTableModel(QObject* parent = nullptr);
    void load(const Catalog& catalog) override;
    const PolicyItem* recordAt(const QModelIndex& index) const;

private:
    Row makeRow(const PolicyItem& record, const Catalog& catalog) const;
    QList<PolicyItem> m_records;
};
