// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/PolicyItemEditor.h"

#include "gui/dialogs/EditorParts.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>

using namespace EditorParts;

namespace {
enum ProvisionColumn { PArticle, PLabelEn, PLabelJa, PSubjectEn, PSubjectJa, PCount };
constexpr int kIdRole = Qt::UserRole + 1;
} // namespace

PolicyItemEditor::PolicyItemEditor(const PolicyItem& value, QWidget* parent)
    : FormDialog(value.id ? tr("Edit Policy Item") : tr("New Policy Item"), parent), m_value(value)
{
    setObjectName(QStringLiteral("PolicyItemEditor"));
    addField(QStringLiteral("title"), tr("Title"),
             pair(this, QStringLiteral("title"), &m_titleEn, value.titleEn, &m_titleJa, value.titleJa));
    m_kind = lineEdit(this, value.kind, tr("e.g. statute, strategy"));
    addField(QStringLiteral("kind"), tr("Kind"), m_kind);
    m_lawNumber = lineEdit(this, value.lawNumber, tr("e.g. Act No. 104 of 2014"));
    addField(QStringLiteral("law_number"), tr("Law number"), m_lawNumber);
    m_issuedBy = lineEdit(this, value.issuedBy);
    addField(QStringLiteral("issued_by"), tr("Issued by"), m_issuedBy);
    m_date = lineEdit(this, value.date, tr("YYYY-MM-DD, YYYY-MM or YYYY"));
    addField(QStringLiteral("date"), tr("Date"), m_date);
    m_dateNote = lineEdit(this, value.dateNote, tr("What the date is (adopted, promulgated…) and how sure"));
    addField(QStringLiteral("date_note"), tr("About the date"), m_dateNote);
    m_note = textBox(this, 3);
    m_note->setPlainText(value.note);
    addField(QStringLiteral("note"), tr("Note"), m_note);

    m_provisions = new QTableWidget(0, PCount, this);
    m_provisions->setObjectName(QStringLiteral("provisionTable"));
    m_provisions->setHorizontalHeaderLabels(
        {tr("Article"), tr("Label (English)"), tr("Label (Japanese)"), tr("Subject (English)"), tr("Subject (Japanese)")});
    for (const Provision& p : value.provisions)
        addProvisionRow(p);
    m_provisions->setColumnWidth(PArticle, 70);
    m_provisions->setColumnWidth(PLabelEn, 110);
    m_provisions->setColumnWidth(PLabelJa, 110);
    m_provisions->setColumnWidth(PSubjectEn, 260);
    addField(QStringLiteral("provisions"), tr("Provisions"),
             withButtons(m_provisions, tr("Add provision"), tr("Remove provision"), [this] {
                 addProvisionRow();
                 m_provisions->setCurrentCell(m_provisions->rowCount() - 1, PArticle);
             }));

    addTags(value);
    addClassificationAndSources(value);
    resize(820, 740);
}

void PolicyItemEditor::addProvisionRow(const Provision& p)
{
    const int row = m_provisions->rowCount();
    m_provisions->insertRow(row);
    auto* article = new QTableWidgetItem(p.article);
    // The id rides on the row so an edited provision stays the same record (citations point at it).
    article->setData(kIdRole, QVariant::fromValue(p.id));
    m_provisions->setItem(row, PArticle, article);
    m_provisions->setItem(row, PLabelEn, new QTableWidgetItem(p.labelEn));
    m_provisions->setItem(row, PLabelJa, new QTableWidgetItem(p.labelJa));
    m_provisions->setItem(row, PSubjectEn, new QTableWidgetItem(p.subjectEn));
    m_provisions->setItem(row, PSubjectJa, new QTableWidgetItem(p.subjectJa));
    if (p.id != 0)
        m_originalProvisions.insert(p.id, p);
}

PolicyItem PolicyItemEditor::value() const
{
    PolicyItem p = m_value;
    p.titleEn = m_titleEn->text().trimmed();
    p.titleJa = m_titleJa->text().trimmed();
    p.kind = m_kind->text().trimmed();
    p.lawNumber = m_lawNumber->text().trimmed();
    p.issuedBy = m_issuedBy->text().trimmed();
    p.date = m_date->text().trimmed();
    p.dateNote = m_dateNote->text().trimmed();
    p.note = m_note->toPlainText().trimmed();
    p.provisions.clear();
    for (int r = 0; r < m_provisions->rowCount(); ++r) {
        const QTableWidgetItem* article = m_provisions->item(r, PArticle);
        const qint64 id = article ? article->data(kIdRole).toLongLong() : 0;
        // Fields the table does not show (key, sources, marking, version) come from the original provision.
        Provision v = m_originalProvisions.value(id);
        v.id = id;
        v.article = cellText(m_provisions, r, PArticle);
        v.labelEn = cellText(m_provisions, r, PLabelEn);
        v.labelJa = cellText(m_provisions, r, PLabelJa);
        v.subjectEn = cellText(m_provisions, r, PSubjectEn);
        v.subjectJa = cellText(m_provisions, r, PSubjectJa);
        const bool blank = v.article.isEmpty() && v.labelEn.isEmpty() && v.labelJa.isEmpty() && v.subjectEn.isEmpty()
                           && v.subjectJa.isEmpty();
        if (id != 0 || !blank)
            p.provisions << v;
    }
    readTags(p);
    readClassificationAndSources(p);
    return p;
}

QList<FieldError> PolicyItemEditor::validate() const
{
    return Validation::policyItem(value());
}
