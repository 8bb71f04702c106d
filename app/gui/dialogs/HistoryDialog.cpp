// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/HistoryDialog.h"

#include "models/HistoryModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

HistoryDialog::HistoryDialog(const QString& title, QList<HistoryEntry> entries, QWidget* parent)
    : QDialog(parent), m_model(new HistoryModel(this)), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("HistoryDialog"));
    setWindowTitle(tr("History of %1").arg(title));
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Every change, newest first. Select a change and choose Restore to put back the value "
                               "it replaced; the restore is recorded here too."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("Restore the Earlier Value"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restore"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            emit restoreRequested(m_model->entryAt(current.row()));
    });
    setEntries(std::move(entries));
    resize(900, 480);
}

void HistoryDialog::setEntries(QList<HistoryEntry> entries)
{
    m_model->setEntries(std::move(entries));
    m_table->resizeColumnsToContents();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryDialog::updateButton,
            Qt::UniqueConnection);
    updateButton();
}

void HistoryDialog::updateButton()
{
    const QModelIndex current = m_table->currentIndex();
    m_restore->setEnabled(current.isValid() && m_model->entryAt(current.row()).action != QLatin1String("insert"));
}
