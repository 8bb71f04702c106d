// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/DatabaseSession.h"

#include "gui/Housekeeping.h"
#include "gui/MessageBox.h"
#include "models/Catalog.h"
#include "models/EntityTableModel.h"
#include "models/RecordPageBuilder.h"
#include "models/RecordStore.h"
#include "models/Sections.h"
#include "models/SqlListModel.h"
#include "storage/Database.h"

#include <QSettings>

DatabaseSession::DatabaseSession(const QString& databasePath, QWidget* window, EditController::DialogRunner runDialog,
                                 QObject* parent)
    : QObject(parent), m_window(window), m_runDialog(std::move(runDialog)), m_housekeeping(new Housekeeping)
{
    for (int s = 0; s < Sections::Count; ++s)
        m_models.push_back(Sections::createModel(Sections::Section(s), databasePath));
    // Commits by other windows and programs are shown as a save here is: the lists and the page are read again.
    connect(m_housekeeping.get(), &Housekeeping::changedOutside, this, &DatabaseSession::scheduleRefresh);
}

DatabaseSession::~DatabaseSession() = default;

Status DatabaseSession::open(std::unique_ptr<Database> db)
{
    auto catalog = Catalog::load(*db);
    if (!catalog)
        return Status::failure(catalog.error());
    if (m_store) {
        emit closing();
        m_edits.reset();
        m_store.reset();
    }
    m_db = std::move(db);
    m_catalog = std::make_unique<Catalog>(std::move(catalog).value());
    if (auto user = QSettings().value(QStringLiteral("user/name")).toString(); !user.trimmed().isEmpty()) {
        // The database stays usable, but the history would name someone else for every change: the user is told.
        if (auto s = m_db->setAuditUser(user); !s)
            MessageBox::critical(m_window, tr("Name not changed"),
                                 tr("Changes are recorded in the history under %1, not under %2: %3")
                                     .arg(m_db->auditUser(), user.trimmed(), s.error()));
    }
    m_store = std::make_unique<RecordStore>(*m_db);
    connect(m_store.get(), &RecordStore::changed, this, &DatabaseSession::scheduleRefresh);
    connect(m_store.get(), &RecordStore::failed, this, &DatabaseSession::undoFailed);
    m_edits = std::make_unique<EditController>(*m_store, *m_catalog, m_window, m_runDialog);
    connect(m_edits.get(), &EditController::saved, this, &DatabaseSession::saved);
    for (const auto& model : m_models) {
        if (auto* sql = qobject_cast<SqlListModel*>(model.get()))
            sql->setDatabasePath(m_db->path());
        model->load(*m_catalog);
    }
    m_housekeeping->watch(*m_db);
    emit opened();
    return {};
}

Result<RecordPage> DatabaseSession::page(const NavTarget& target) const { return RecordPageBuilder(*m_db).build(target); }

void DatabaseSession::scheduleRefresh()
{
    // One refresh for the several records a command touches; the small tables are read again, the big ones
    // re-run their current query on their worker.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QMetaObject::invokeMethod(this, &DatabaseSession::refresh, Qt::QueuedConnection);
}

void DatabaseSession::refresh()
{
    m_refreshPending = false;
    auto catalog = Catalog::load(*m_db);
    if (!catalog) {
        emit refreshFailed(catalog.error());
        return;
    }
    *m_catalog = std::move(catalog).value();
    for (const auto& model : m_models)
        model->load(*m_catalog);
    emit refreshed();
}
