// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"

#include <QDialog>

class HistoryModel;
class QPushButton;
class QTableView;

/// A record's History panel: every change, newest first, with "Restore" for a value before a change.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(const QString& title, QList<HistoryEntry> entries, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QPushButton* restoreButton() const { return m_restore; }
    void setEntries(QList<HistoryEntry> entries);

signals:
    void restoreRequested(const HistoryEntry& entry);

private:
    void updateButton();
    HistoryModel* m_model;
    QTableView* m_table;
    QPushButton* m_restore;
};
