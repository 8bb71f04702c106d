// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/OrganizationEditor.h"

#include "gui/dialogs/EditorParts.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace EditorParts;

OrganizationEditor::OrganizationEditor(const Organization& value, const QList<Country>& countries,
                                       const QStringList& kinds, QWidget* parent)
    : FormDialog(value.id ? tr("Edit Organization") : tr("New Organization"), parent), m_value(value)
{
    setObjectName(QStringLiteral("OrganizationEditor"));
    m_acronym = lineEdit(this, value.acronym, tr("e.g. JPCERT/CC"));
    addField(QStringLiteral("acronym"), tr("Acronym"), m_acronym);
    addField(QStringLiteral("name"), tr("Name"),
             pair(this, QStringLiteral("name"), &m_nameEn, value.nameEn, &m_nameJa, value.nameJa));
    // Kinds are free text (CERT, ministry, company, secretariat…); the ones in use are offered so they stay alike.
    m_kind = lineEdit(this, value.kind, tr("e.g. national CERT, ministry, company"));
    auto* completer = new QCompleter(kinds, m_kind);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_kind->setCompleter(completer);
    addField(QStringLiteral("kind"), tr("Kind"), m_kind);
    m_country = countryBox(this, countries, value.country, tr("(none)"));
    addField(QStringLiteral("country"), tr("Country"), m_country);
    m_url = lineEdit(this, value.url, QStringLiteral("https://"));
    addField(QStringLiteral("url"), tr("Web site"), m_url);
    m_note = textBox(this, 3);
    m_note->setPlainText(value.note);
    addField(QStringLiteral("note"), tr("Note"), m_note);
    addTags(value);
    addClassificationAndSources(value);
    resize(620, 520);
}

Organization OrganizationEditor::value() const
{
    Organization o = m_value;
    o.acronym = m_acronym->text().trimmed();
    o.nameEn = m_nameEn->text().trimmed();
    o.nameJa = m_nameJa->text().trimmed();
    o.kind = m_kind->text().trimmed();
    o.country = choice(m_country);
    o.url = m_url->text().trimmed();
    o.note = m_note->toPlainText().trimmed();
    readTags(o);
    readClassificationAndSources(o);
    return o;
}

QList<FieldError> OrganizationEditor::validate() const { return Validation::organization(value()); }
