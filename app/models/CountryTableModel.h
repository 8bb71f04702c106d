// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "models/EntityTableModel.h"

class Catalog;

/// Countries and groupings, with how many dialogues and events each takes part in.
class CountryTableModel : public EntityTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Name, OtherName, Region, Kind, Dialogues, Events };

    explicit CountryTableModel(QObject* parent = nullptr);
    void load(const Catalog& catalog) override;
    const Country* recordAt(const QModelIndex& index) const;

private:
    Row makeRow(const Country& record, const Catalog& catalog) const;
    QList<Country> m_records;
};
