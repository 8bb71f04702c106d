// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "models/EntityTableModel.h"

class Catalog;

/// Bilateral and minilateral dialogues with their parties and rounds.
class DialogueTableModel : public EntityTableModel
{
    Q_OBJECT
public:
    enum Column { Name, OtherName, Kind, Parties, FirstHeld, Rounds, LastRound, Status };

    explicit DialogueTableModel(QObject* parent = nullptr);
    void load(const Catalog& catalog) override;
    const Dialogue* recordAt(const QModelIndex& index) const;

private:
    Row makeRow(const Dialogue& record, const Catalog& catalog) const;
    QList<Dialogue> m_records;
};
