// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/DialogueEditor.h"

#include "core/Vocabulary.h"
#include "gui/dialogs/CountryChecklist.h"
#include "gui/dialogs/EditorParts.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace EditorParts;

DialogueEditor::DialogueEditor(const Dialogue& value, const QList<Country>& countries, QWidget* parent)
    : FormDialog(value.id ? tr("Edit Dialogue") : tr("New Dialogue"), parent), m_value(value)
{
    setObjectName(QStringLiteral("DialogueEditor"));
    addField(QStringLiteral("name"), tr("Name"),
             pair(this, QStringLiteral("name"), &m_nameEn, value.nameEn, &m_nameJa, value.nameJa));
    m_kind = choiceBox(Vocabulary::dialogueKinds(), QStringLiteral("dialogueKind"), this);
    setChoice(m_kind, value.kind);
    addField(QStringLiteral("kind"), tr("Kind"), m_kind);
    m_parties = new CountryChecklist(countries, value.parties, this);
    addField(QStringLiteral("parties"), tr("Parties"), m_parties);
    m_firstHeld = lineEdit(this, value.firstHeld, tr("YYYY-MM-DD, YYYY-MM or YYYY"));
    addField(QStringLiteral("first_held"), tr("First held"), m_firstHeld);
    m_firstHeldNote = lineEdit(this, value.firstHeldNote, tr("How sure the date is, where it comes from"));
    addField(QStringLiteral("first_held_note"), tr("About the first meeting"), m_firstHeldNote);
    m_agreedDate = lineEdit(this, value.agreedDate, tr("YYYY-MM-DD, YYYY-MM or YYYY"));
    addField(QStringLiteral("agreed_date"), tr("Agreed on"), m_agreedDate);
    m_agreedBy = lineEdit(this, value.agreedBy, tr("e.g. the two foreign ministers"));
    addField(QStringLiteral("agreed_by"), tr("Agreed by"), m_agreedBy);
    m_status = choiceBox(Vocabulary::dialogueStatuses(), QStringLiteral("dialogueStatus"), this);
    setChoice(m_status, value.status);
    addField(QStringLiteral("status"), tr("Status"), m_status);
    m_leadAgency = lineEdit(this, value.leadAgency);
    addField(QStringLiteral("lead_agency"), tr("Lead agency"), m_leadAgency);
    m_gaps = textBox(this, 2);
    m_gaps->setPlainText(value.gaps);
    m_gaps->setPlaceholderText(tr("What is not known yet"));
    addField(QStringLiteral("gaps"), tr("Gaps"), m_gaps);
    m_note = textBox(this, 3);
    m_note->setPlainText(value.note);
    addField(QStringLiteral("note"), tr("Note"), m_note);
    addTags(value);
    addClassificationAndSources(value);
    resize(680, 700);
}

Dialogue DialogueEditor::value() const
{
    Dialogue d = m_value;
    d.nameEn = m_nameEn->text().trimmed();
    d.nameJa = m_nameJa->text().trimmed();
    d.kind = choice(m_kind);
    d.parties = m_parties->codes();
    d.firstHeld = m_firstHeld->text().trimmed();
    d.firstHeldNote = m_firstHeldNote->text().trimmed();
    d.agreedDate = m_agreedDate->text().trimmed();
    d.agreedBy = m_agreedBy->text().trimmed();
    d.status = choice(m_status);
    d.leadAgency = m_leadAgency->text().trimmed();
    d.gaps = m_gaps->toPlainText().trimmed();
    d.note = m_note->toPlainText().trimmed();
    readTags(d);
    readClassificationAndSources(d);
    return d;
}

QList<FieldError> DialogueEditor::validate() const
{
    return Validation::dialogue(value());
}
