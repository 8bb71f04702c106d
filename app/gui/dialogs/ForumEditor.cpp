// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/ForumEditor.h"

#include "gui/dialogs/EditorParts.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>

using namespace EditorParts;

namespace {
enum MemberColumn { MCountry, MSince, MCount };
}

ForumEditor::ForumEditor(const Forum& value, const QList<Country>& countries, QWidget* parent)
    : FormDialog(value.id ? tr("Edit Forum") : tr("New Forum"), parent), m_value(value), m_countries(countries)
{
    setObjectName(QStringLiteral("ForumEditor"));
    m_acronym = lineEdit(this, value.acronym, tr("e.g. ARF"));
    addField(QStringLiteral("acronym"), tr("Acronym"), m_acronym);
    addField(QStringLiteral("name"), tr("Name"),
             pair(this, QStringLiteral("name"), &m_nameEn, value.nameEn, &m_nameJa, value.nameJa));
    addField(QStringLiteral("former_name"), tr("Former name"),
             pair(this, QStringLiteral("former_name"), &m_formerEn, value.formerNameEn, &m_formerJa,
                  value.formerNameJa));
    m_renamed = lineEdit(this, value.renamed, tr("When and why it was renamed"));
    addField(QStringLiteral("renamed"), tr("Renamed"), m_renamed);
    m_kind = lineEdit(this, value.kind, tr("e.g. working group"));
    addField(QStringLiteral("kind"), tr("Kind"), m_kind);
    m_level = lineEdit(this, value.level, tr("e.g. senior officials"));
    addField(QStringLiteral("level"), tr("Level"), m_level);
    m_founded = lineEdit(this, value.founded, tr("YYYY-MM-DD, YYYY-MM or YYYY"));
    addField(QStringLiteral("founded"), tr("Founded"), m_founded);
    m_incorporated = lineEdit(this, value.incorporated, tr("YYYY-MM-DD, YYYY-MM or YYYY"));
    addField(QStringLiteral("incorporated"), tr("Incorporated"), m_incorporated);
    m_url = lineEdit(this, value.url, QStringLiteral("https://"));
    addField(QStringLiteral("url"), tr("Web site"), m_url);
    m_japanStatus = lineEdit(this, value.japanStatus, tr("e.g. member since 2004"));
    addField(QStringLiteral("japan_status"), tr("Japan's status"), m_japanStatus);
    m_japanHosts = lineEdit(this, value.japanHosts, tr("Meetings Japan hosted"));
    addField(QStringLiteral("japan_hosts"), tr("Japan hosted"), m_japanHosts);
    m_gaps = textBox(this, 2);
    m_gaps->setPlainText(value.gaps);
    m_gaps->setPlaceholderText(tr("What is not known yet"));
    addField(QStringLiteral("gaps"), tr("Gaps"), m_gaps);
    m_note = textBox(this, 3);
    m_note->setPlainText(value.note);
    addField(QStringLiteral("note"), tr("Note"), m_note);

    m_members = new QTableWidget(0, MCount, this);
    m_members->setObjectName(QStringLiteral("memberTable"));
    m_members->setHorizontalHeaderLabels({tr("Country"), tr("Member since")});
    for (const ForumMember& m : value.members)
        addMemberRow(m);
    m_members->setColumnWidth(MCountry, 260);
    addField(QStringLiteral("members"), tr("Members"), withButtons(m_members, tr("Add member"), tr("Remove member"), [this] {
                 addMemberRow();
                 m_members->setCurrentCell(m_members->rowCount() - 1, MCountry);
             }));

    addTags(value);
    addClassificationAndSources(value);
    resize(720, 860);
}

void ForumEditor::addMemberRow(const ForumMember& m)
{
    const int row = m_members->rowCount();
    m_members->insertRow(row);
    m_members->setCellWidget(row, MCountry, countryBox(m_members, m_countries, m.country, tr("(choose)")));
    m_members->setItem(row, MSince, new QTableWidgetItem(m.since));
}

Forum ForumEditor::value() const
{
    Forum f = m_value;
    f.acronym = m_acronym->text().trimmed();
    f.nameEn = m_nameEn->text().trimmed();
    f.nameJa = m_nameJa->text().trimmed();
    f.formerNameEn = m_formerEn->text().trimmed();
    f.formerNameJa = m_formerJa->text().trimmed();
    f.renamed = m_renamed->text().trimmed();
    f.kind = m_kind->text().trimmed();
    f.level = m_level->text().trimmed();
    f.founded = m_founded->text().trimmed();
    f.incorporated = m_incorporated->text().trimmed();
    f.url = m_url->text().trimmed();
    f.japanStatus = m_japanStatus->text().trimmed();
    f.japanHosts = m_japanHosts->text().trimmed();
    f.gaps = m_gaps->toPlainText().trimmed();
    f.note = m_note->toPlainText().trimmed();
    f.members.clear();
    for (int r = 0; r < m_members->rowCount(); ++r) {
        ForumMember m;
        m.country = choice(static_cast<QComboBox*>(m_members->cellWidget(r, MCountry)));
        m.since = cellText(m_members, r, MSince);
        if (!m.country.isEmpty() || !m.since.isEmpty()) // a row added and left blank is not a member
            f.members << m;
    }
    readTags(f);
    readClassificationAndSources(f);
    return f;
}

QList<FieldError> ForumEditor::validate() const
{
    return Validation::forum(value());
}
