// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/dialogs/FormDialog.h"

class CountryChecklist;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

/// Edits one agreement: titles, kind, parties, its dates (signed, in force, expiry, review), status, text
/// address, the dialogue it came from, the policy articles it rests on, summary. Never touches the database; the caller saves value().
class AgreementEditor : public FormDialog
{
    Q_OBJECT
public:
    /// `countries`: the choices for parties; `dialogues`: the choices for "came from" (none is offered too);
    /// `policies`: the articles it may cite.
    AgreementEditor(const Agreement& value, const QList<Country>& countries, const QList<Dialogue>& dialogues,
                    const QList<PolicyItem>& policies, QWidget* parent = nullptr);

    Agreement value() const;
    CountryChecklist* partyList() const { return m_parties; }

protected:
    QList<FieldError> validate() const override;

private:
    Agreement m_value;
    QLineEdit* m_titleEn;
    QLineEdit* m_titleJa;
    QLineEdit* m_kind;
    CountryChecklist* m_parties;
    QLineEdit* m_signed;
    QLineEdit* m_inForce;
    QLineEdit* m_expiry;
    QLineEdit* m_review;
    QComboBox* m_status;
    QLineEdit* m_url;
    QComboBox* m_dialogue;
    QListWidget* m_cited;
    QPlainTextEdit* m_summary;
    QPlainTextEdit* m_note;
};
