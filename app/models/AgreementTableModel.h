// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "models/EntityTableModel.h"

class Catalog;

/// Memoranda, joint statements and accords.
class AgreementTableModel : public EntityTableModel
{
    Q_OBJECT
public:
    enum Column { Signed, Title, OtherTitle, Kind, Parties, Status, Dialogue };

    explicit AgreementTableModel(QObject* parent = nullptr);
    void load(const Catalog& catalog) override;
    const Agreement* recordAt(const QModelIndex& index) const;

private:
    Row makeRow(const Agreement& record, const Catalog& catalog) const;
    QList<Agreement> m_records;
};
