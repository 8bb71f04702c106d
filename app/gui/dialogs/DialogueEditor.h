// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/dialogs/FormDialog.h"

class CountryChecklist;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

/// Edits one dialogue framework: names, kind, parties (Japan first), when it began and was agreed, status,
/// lead agency, known gaps. Never touches the database; the caller saves value().
class DialogueEditor : public FormDialog
{
    Q_OBJECT
public:
    /// `countries`: the choices for the parties.
    DialogueEditor(const Dialogue& value, const QList<Country>& countries, QWidget* parent = nullptr);

    Dialogue value() const;
    CountryChecklist* partyList() const { return m_parties; }

protected:
    QList<FieldError> validate() const override;

private:
    Dialogue m_value;
    QLineEdit* m_nameEn;
    QLineEdit* m_nameJa;
    QComboBox* m_kind;
    CountryChecklist* m_parties;
    QLineEdit* m_firstHeld;
    QLineEdit* m_firstHeldNote;
    QLineEdit* m_agreedDate;
    QLineEdit* m_agreedBy;
    QComboBox* m_status;
    QLineEdit* m_leadAgency;
    QPlainTextEdit* m_gaps;
    QPlainTextEdit* m_note;
};
