// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "models/EntityTableModel.h"

class Catalog;

/// Follow-up actions across all events; overdue ones are flagged.
class ActionTableModel : public EntityTableModel
{
    Q_OBJECT
public:
    enum Column { Due, Description, Owner, Status, Event };

    explicit ActionTableModel(QObject* parent = nullptr);
    void load(const Catalog& catalog) override;
    const Action* recordAt(const QModelIndex& index) const;

private:
    Row makeRow(const Action& record, const Catalog& catalog) const;
    QList<Action> m_records;
};
