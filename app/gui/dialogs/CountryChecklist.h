// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"

#include <QListWidget>

/// Picks the parties of a dialogue or agreement: every known country with a tick box, Japan on top.
/// codes() keeps the order the record had, Japan first, newly ticked countries after in list order.
class CountryChecklist : public QListWidget
{
    Q_OBJECT
public:
    CountryChecklist(const QList<Country>& countries, const QStringList& selected, QWidget* parent = nullptr);

    QStringList codes() const;
    void setChecked(const QString& code, bool checked);
    bool isChecked(const QString& code) const;

private:
    QStringList m_original;
};
