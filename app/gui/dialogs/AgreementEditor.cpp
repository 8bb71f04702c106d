// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/AgreementEditor.h"

#include "core/Language.h"
#include "core/Vocabulary.h"
#include "gui/dialogs/CountryChecklist.h"
#include "gui/dialogs/EditorParts.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace EditorParts;

AgreementEditor::AgreementEditor(const Agreement& value, const QList<Country>& countries,
                                 const QList<Dialogue>& dialogues, const QList<PolicyItem>& policies, QWidget* parent)
    : FormDialog(value.id ? tr("Edit Agreement") : tr("New Agreement"), parent), m_value(value)
{
    setObjectName(QStringLiteral("AgreementEditor"));
    addField(QStringLiteral("title"), tr("Title"),
             pair(this, QStringLiteral("title"), &m_titleEn, value.titleEn, &m_titleJa, value.titleJa));
    m_kind = lineEdit(this, value.kind, tr("e.g. memorandum of cooperation"));
    addField(QStringLiteral("kind"), tr("Kind"), m_kind);
    m_parties = new CountryChecklist(countries, value.parties, this);
    addField(QStringLiteral("parties"), tr("Parties"), m_parties);
    const QString datePlaceholder = tr("YYYY-MM-DD, YYYY-MM or YYYY");
    m_signed = lineEdit(this, value.signedDate, datePlaceholder);
    addField(QStringLiteral("signed_date"), tr("Signed"), m_signed);
    m_inForce = lineEdit(this, value.inForceDate, datePlaceholder);
    addField(QStringLiteral("in_force_date"), tr("In force"), m_inForce);
    m_expiry = lineEdit(this, value.expiryDate, datePlaceholder);
    addField(QStringLiteral("expiry_date"), tr("Expires"), m_expiry);
    m_review = lineEdit(this, value.reviewDate, datePlaceholder);
    addField(QStringLiteral("review_date"), tr("Review due"), m_review);
    m_status = choiceBox(Vocabulary::agreementStatuses(), QStringLiteral("agreementStatus"), this);
    setChoice(m_status, value.status);
    addField(QStringLiteral("status"), tr("Status"), m_status);
    m_url = lineEdit(this, value.url, QStringLiteral("https://"));
    addField(QStringLiteral("url"), tr("Text online"), m_url);
    m_dialogue = new QComboBox(this);
    m_dialogue->addItem(tr("(none)"), QString());
    for (const Dialogue& d : dialogues)
        m_dialogue->addItem(pickName(uiLanguage(), d.nameEn, d.nameJa), d.key);
    setChoice(m_dialogue, value.dialogue);
    addField(QStringLiteral("dialogue"), tr("Dialogue"), m_dialogue);
    m_cited = articleList(this, policies, value.citedProvisions);
    addField(QStringLiteral("cited"), tr("Cited articles"), m_cited);
    m_summary = textBox(this, 3);
    m_summary->setPlainText(value.summary);
    addField(QStringLiteral("summary"), tr("Summary"), m_summary);
    m_note = textBox(this, 2);
    m_note->setPlainText(value.note);
    addField(QStringLiteral("note"), tr("Note"), m_note);
    addTags(value);
    addClassificationAndSources(value);
    resize(680, 820);
}

Agreement AgreementEditor::value() const
{
    Agreement a = m_value;
    a.titleEn = m_titleEn->text().trimmed();
    a.titleJa = m_titleJa->text().trimmed();
    a.kind = m_kind->text().trimmed();
    a.parties = m_parties->codes();
    a.signedDate = m_signed->text().trimmed();
    a.inForceDate = m_inForce->text().trimmed();
    a.expiryDate = m_expiry->text().trimmed();
    a.reviewDate = m_review->text().trimmed();
    a.status = choice(m_status);
    a.url = m_url->text().trimmed();
    a.dialogue = choice(m_dialogue);
    readArticles(m_cited, a.citedProvisions, a.citedKeys);
    a.summary = m_summary->toPlainText().trimmed();
    a.note = m_note->toPlainText().trimmed();
    readTags(a);
    readClassificationAndSources(a);
    return a;
}

QList<FieldError> AgreementEditor::validate() const
{
    return Validation::agreement(value());
}
