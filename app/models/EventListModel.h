// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/SqlListModel.h"

/// Every meeting, round, exercise and training, dated as precisely as known; read from the database a page at a time.
class EventListModel : public SqlListModel
{
    Q_OBJECT
public:
    enum Column { Date, Title, OtherTitle, Series, Kind, Round, Place, Format, Level, Status };
    explicit EventListModel(QObject* parent = nullptr);

protected:
    Row makeRow(const ListRow& raw) const override;
    QStringList facetRawValues(int facet) const override;
    QString facetLabel(int facet, const QString& raw) const override;
};
