// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/AttachmentStore.h"

#include <QWidget>

#include <memory>

class Database;
class QPushButton;
class QTemporaryDir;
class QTreeWidget;

/// The files attached to one record: name, size and date added; Add…, Open (a read-only copy in the system's
/// viewer) and Remove (after a confirmation).
class AttachmentsPanel : public QWidget
{
    Q_OBJECT
public:
    /// `db` must outlive the panel; `entity` is the record's table (event, dialogue, country, ...).
    AttachmentsPanel(Database& db, const QString& entity, qint64 entityId, QWidget* parent = nullptr);
    ~AttachmentsPanel() override;

    QTreeWidget* list() const { return m_list; }
    /// The attachment of the current row; 0 when none is selected.
    qint64 selectedId() const;

public slots:
    void reload();
    void addFile();
    void openSelected();
    void removeSelected();

signals:
    /// An attachment was added or removed.
    void changed();

private:
    void updateButtons();
    void select(qint64 id);

    AttachmentStore m_store;
    QString m_entity;
    qint64 m_entityId = 0;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_remove = nullptr;
    std::unique_ptr<QTemporaryDir> m_viewFolder; ///< copies handed to viewers live as long as the panel
};
