// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/CountryEditor.h"

#include "core/Vocabulary.h"
#include "gui/dialogs/EditorParts.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace EditorParts;

CountryEditor::CountryEditor(const Country& value, const QStringList& takenCodes, QWidget* parent)
    : FormDialog(value.id ? tr("Edit Country") : tr("New Country"), parent), m_value(value), m_takenCodes(takenCodes)
{
    setObjectName(QStringLiteral("CountryEditor"));
    m_takenCodes.removeAll(value.code); // its own code is not a clash
    // No maxLength: a code longer than the rule allows is named by Validation, never cut short in silence.
    m_code = lineEdit(this, value.code, tr("e.g. JP"));
    addField(QStringLiteral("code"), tr("Code"), m_code);
    addField(QStringLiteral("name"), tr("Name"),
             pair(this, QStringLiteral("name"), &m_nameEn, value.nameEn, &m_nameJa, value.nameJa));
    m_shortForms = textBox(this, 2);
    m_shortForms->setPlainText(value.shortForms.join(QLatin1Char('\n')));
    m_shortForms->setPlaceholderText(tr("One a line, e.g. 豪"));
    addField(QStringLiteral("short_forms"), tr("Short forms"), m_shortForms);
    m_isoEn = lineEdit(this, value.isoNameEn, tr("ISO 3166 name in English"));
    addField(QStringLiteral("iso_name_en"), tr("ISO name (English)"), m_isoEn);
    m_isoJa = lineEdit(this, value.isoNameJa, tr("ISO 3166 name in Japanese"));
    addField(QStringLiteral("iso_name_ja"), tr("ISO name (Japanese)"), m_isoJa);
    m_region = lineEdit(this, value.region, tr("e.g. Europe"));
    addField(QStringLiteral("region"), tr("Region"), m_region);
    m_kind = choiceBox(Vocabulary::countryKinds(), QStringLiteral("countryKind"), this);
    setChoice(m_kind, value.kind);
    addField(QStringLiteral("kind"), tr("Kind"), m_kind);
    m_note = textBox(this, 3);
    m_note->setPlainText(value.note);
    addField(QStringLiteral("note"), tr("Note"), m_note);
    addTags(value);
    addClassificationAndSources(value);
    resize(620, 480);
}

Country CountryEditor::value() const
{
    Country c = m_value;
    c.code = m_code->text().trimmed();
    c.nameEn = m_nameEn->text().trimmed();
    c.nameJa = m_nameJa->text().trimmed();
    c.shortForms = lines(m_shortForms);
    c.isoNameEn = m_isoEn->text().trimmed();
    c.isoNameJa = m_isoJa->text().trimmed();
    c.region = m_region->text().trimmed();
    c.kind = choice(m_kind);
    c.note = m_note->toPlainText().trimmed();
    readTags(c);
    readClassificationAndSources(c);
    return c;
}

QList<FieldError> CountryEditor::validate() const
{
    return Validation::country(value(), m_takenCodes);
}
