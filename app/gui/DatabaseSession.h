// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "gui/EditController.h"
#include "models/NavTarget.h"
#include "models/RecordPage.h"

#include <QObject>

#include <memory>
#include <vector>

class Catalog;
class Database;
class EntityTableModel;
class Housekeeping;
class RecordStore;

/// The open database and what reads and writes it for the window: its catalog, the record store with its undo
/// stack, the table models of the sections, the edit controller and the housekeeping. open() puts another database
/// under the same models, so the views built on them stay.
class DatabaseSession : public QObject
{
    Q_OBJECT
public:
    /// The models start on `databasePath`; nothing is open until open(). `window` parents the editors, which are
    /// shown through `runDialog`.
    DatabaseSession(const QString& databasePath, QWidget* window, EditController::DialogRunner runDialog,
                    QObject* parent = nullptr);
    ~DatabaseSession() override;

    /// Opens `db` in place of the database open now: its catalog is read (else the error, and nothing changes),
    /// the models load it, a new record store and edit controller work on it and the housekeeping watches it.
    /// Emits closing() before the earlier store goes and opened() when done.
    Status open(std::unique_ptr<Database> db);
    bool isOpen() const { return bool(m_db); }
    /// The open database; only while isOpen().
    Database& database() const { return *m_db; }
    const Catalog& catalog() const { return *m_catalog; }
    RecordStore* store() const { return m_store.get(); }
    EditController* edits() const { return m_edits.get(); }
    Housekeeping* housekeeping() const { return m_housekeeping.get(); }
    /// The table model of a section (Sections::Section); it stays across open().
    EntityTableModel* model(int section) const { return m_models[size_t(section)].get(); }
    /// The page of a record in the open database.
    Result<RecordPage> page(const NavTarget& target) const;
    /// Reads the catalog and the models again soon, once for however many calls come before; ends in refreshed()
    /// or refreshFailed(). Saves here and commits by others call it themselves.
    void scheduleRefresh();

signals:
    /// The store of the database open until now is about to go (its undo stack with it).
    void closing();
    /// A database was opened; store(), edits() and catalog() are the new ones.
    void opened();
    /// The catalog and the models were read again after a change here or elsewhere.
    void refreshed();
    void refreshFailed(const QString& error);
    /// A record was saved from its editor.
    void saved(const NavTarget& target);
    /// An undo or redo could not be applied; nothing was written.
    void undoFailed(const QString& message);

private:
    void refresh();

    QWidget* m_window;
    EditController::DialogRunner m_runDialog;
    // Declared in the order they depend on each other: each goes before what it reads.
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Catalog> m_catalog;
    std::vector<std::unique_ptr<EntityTableModel>> m_models;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<EditController> m_edits;
    std::unique_ptr<Housekeeping> m_housekeeping; ///< watches m_db, so it goes first
    bool m_refreshPending = false;
};
