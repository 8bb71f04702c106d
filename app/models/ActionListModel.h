// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/SqlListModel.h"

/// Follow-up actions across all events, overdue ones flagged; read from the database a page at a time.
class ActionListModel : public SqlListModel
{
    Q_OBJECT
public:
    enum Column { Due, Description, Owner, Status, Event };
    explicit ActionListModel(QObject* parent = nullptr);

protected:
    Row makeRow(const ListRow& raw) const override;
    QStringList facetRawValues(int facet) const override;
    QString facetLabel(int facet, const QString& raw) const override;
};
