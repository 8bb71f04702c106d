// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "models/EntityTableModel.h"

class Catalog;

/// Agencies, CERTs, companies and secretariats, with their country and how many events each took part in.
class OrganizationTableModel : public EntityTableModel
{
    Q_OBJECT
public:
    enum Column { Acronym, Name, OtherName, Country, Kind, Events };

    explicit OrganizationTableModel(QObject* parent = nullptr);
    void load(const Catalog& catalog) override;
    const Organization* recordAt(const QModelIndex& index) const;

private:
    Row makeRow(const Organization& record, const Catalog& catalog) const;
    QList<Organization> m_records;
};
