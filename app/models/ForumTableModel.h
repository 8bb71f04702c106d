// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "models/EntityTableModel.h"

class Catalog;

/// Multilateral fora and networks.
class ForumTableModel : public EntityTableModel
{
    Q_OBJECT
public:
    enum Column { Acronym, Name, OtherName, Kind, Level, Founded, Meetings };

    explicit ForumTableModel(QObject* parent = nullptr);
    void load(const Catalog& catalog) override;
    const Forum* recordAt(const QModelIndex& index) const;

private:
    Row makeRow(const Forum& record, const Catalog& catalog) const;
    QList<Forum> m_records;
};
