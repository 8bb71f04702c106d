// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "models/CatalogTableModel.h"

/// Multilateral fora and networks.
class ForumTableModel : public CatalogTableModel<Forum, &Catalog::fora>
{
    Q_OBJECT
public:
    enum Column { Acronym, Name, OtherName, Kind, Level, Founded, Meetings };

    explicit ForumTableModel(QObject* parent = nullptr);

private:
    Row makeRow(const Forum& record, const Catalog& catalog) const override;
};
