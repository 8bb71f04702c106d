// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/Catalog.h"
#include "models/EntityTableModel.h"

/// A table model over one of the catalog's lists (`List`: countries, fora…): one row per record, made by makeRow().
template <typename T, QList<T> Catalog::*List>
class CatalogTableModel : public EntityTableModel
{
public:
    using EntityTableModel::EntityTableModel;

    void load(const Catalog& catalog) override
    {
        m_records = catalog.*List;
        QList<Row> rows;
        rows.reserve(m_records.size());
        for (const T& r : std::as_const(m_records))
            rows << makeRow(r, catalog);
        setRows(std::move(rows));
    }
    const T* recordAt(const QModelIndex& index) const
    {
        return index.isValid() && index.model() == this ? &m_records[index.row()] : nullptr;
    }

protected:
    virtual Row makeRow(const T& record, const Catalog& catalog) const = 0;

private:
    QList<T> m_records;
};
