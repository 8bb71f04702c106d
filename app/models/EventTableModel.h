// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "models/EntityTableModel.h"

class Catalog;

/// Every meeting, round, exercise and training, dated as precisely as known.
class EventTableModel : public EntityTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Title, OtherTitle, Series, Kind, Round, Place, Format, Level, Status };

    explicit EventTableModel(QObject* parent = nullptr);
    void load(const Catalog& catalog) override;
    const Event* recordAt(const QModelIndex& index) const;

private:
    Row makeRow(const Event& record, const Catalog& catalog) const;
    QList<Event> m_records;
};
