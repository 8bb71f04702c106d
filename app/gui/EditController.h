// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "core/Result.h"
#include "models/NavTarget.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class Catalog;
class FormDialog;
class QDialog;
class QWidget;
class RecordStore;

/// Opens records in their editors and saves them: the edit → save → conflict → retry loop, one copy for every kind.
class EditController : public QObject
{
    Q_OBJECT
public:
    /// Shows a dialog and returns its result: QDialog::exec(), or in tests whatever drives the dialog.
    using DialogRunner = std::function<int(QDialog*)>;

    /// One record in its editor: what the loop asks of each kind.
    class Draft
    {
    public:
        virtual ~Draft() = default;
        /// A new editor showing the draft as it stands.
        virtual std::unique_ptr<FormDialog> makeEditor(QWidget* parent) const = 0;
        /// Takes what an accepted editor holds as the draft.
        virtual void take(const FormDialog& editor) = 0;
        /// Saves the draft over the version it was read from; on success target() names the saved record.
        virtual Status save() = 0;
        virtual NavTarget target() const = 0;
        /// After a conflict: reads the version someone else saved, which saving again then replaces, and returns
        /// where it differs from the draft. None when their record is gone: the draft then becomes a new record.
        virtual std::optional<QString> rebase() = 0;
        /// The problem shown when rebase() found no record: `error`, and that saving again makes a new one.
        virtual QString savesAsNew(const QString& error) const = 0;
    };

    /// `window` parents the editors and the messages; `catalog` fills the editors' lists and must outlive this.
    EditController(RecordStore& store, const Catalog& catalog, QWidget* window, DialogRunner runDialog,
                   QObject* parent = nullptr);

    /// Opens the editor of the record `target` names (an action's opens its event); says why when it cannot.
    void edit(const NavTarget& target);
    /// A new record of `kind` in its editor; `context`, the record on the page, fills in what it implies: the
    /// dialogue or forum of a new event, the country of a new organization.
    void create(NavTarget::Kind kind, const NavTarget& context = {});
    /// A new event for the round after the latest of the dialogue `context` is (or the dialogue of the event it is).
    void nextRound(const NavTarget& context);
    /// Edits an event and its follow-up actions; `before` is empty for a new event (see RecordStore::saveEvent).
    void editEvent(std::optional<Event> before, Event draft, QList<Action> actionsBefore, QList<Action> draftActions);

    /// The loop: shows the draft's editor until the draft is saved (returns true, after saved()) or the editor is
    /// cancelled. A refused save brings the form back as typed with the reason on top; a conflict shows where the
    /// version saved meanwhile differs, and saving again puts the form's values over it.
    bool run(Draft& draft);

signals:
    /// A record was saved from its editor.
    void saved(const NavTarget& target);

private:
    template <typename T>
    void editRecord(std::optional<T> before, const T& draft);
    /// The editor of a record of one kind, filled from the catalog.
    template <typename T>
    FormDialog* makeEditor(const T& value, QWidget* parent) const;

    RecordStore& m_store;
    const Catalog& m_catalog;
    QWidget* m_window;
    DialogRunner m_runDialog;
};
