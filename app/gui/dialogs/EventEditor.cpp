// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/EventEditor.h"

#include "core/Language.h"
#include "core/RecordFields.h"
#include "core/Vocabulary.h"
#include "gui/dialogs/EditorParts.h"
#include "models/Catalog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
// The organization follows the name: a person of that body; the columns before it keep their places.
enum ParticipantColumn { PCountry, PName, POrganization, PSide, PRole, PCount };
enum ActionColumn { ADescription, AOwner, ADue, AStatus, ACount };
constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

EventEditor::EventEditor(const Event& value, const QList<Action>& actions, const Catalog& catalog, RoundCheck roundCheck,
                         QWidget* parent)
    : FormDialog(value.id ? tr("Edit Event") : tr("New Event"), parent), m_value(value), m_catalog(catalog),
      m_roundCheck(std::move(roundCheck))
{
    setObjectName(QStringLiteral("EventEditor"));
    const Lang lang = uiLanguage();
    m_context = new QComboBox(this);
    m_context->addItem(tr("(none)"), QString());
    for (const Dialogue& d : catalog.dialogues)
        m_context->addItem(tr("Dialogue: %1").arg(pickName(lang, d.nameEn, d.nameJa)), QStringLiteral("d:%1").arg(d.id));
    for (const Forum& f : catalog.fora) {
        const QString name = pickName(lang, f.nameEn, f.nameJa);
        m_context->addItem(tr("Forum: %1").arg(f.acronym.isEmpty() ? name : f.acronym + QStringLiteral(" — ") + name),
                           QStringLiteral("f:%1").arg(f.id));
    }
    m_context->setCurrentIndex(qMax(0, m_context->findData(value.dialogueId ? QStringLiteral("d:%1").arg(value.dialogueId)
                                                          : value.forumId    ? QStringLiteral("f:%1").arg(value.forumId)
                                                                             : QString())));
    addField(QStringLiteral("context"), tr("Dialogue or forum"), m_context);

    m_round = new QSpinBox(this);
    // 0 is "none"; the rest is the rule's range (RecordFields), so the box never allows what Validation refuses.
    const FieldTable::Spec* round = RecordFields::spec(RecordKind::Event, QStringLiteral("round_number"));
    m_round->setRange(round->minimum - 1, round->maximum);
    m_round->setSpecialValueText(tr("none"));
    m_round->setValue(value.roundNumber.value_or(0));
    addField(QStringLiteral("round_number"), tr("Round"), m_round);

    m_kind = choiceBox(Vocabulary::eventKinds(), QStringLiteral("eventKind"), this);
    setChoice(m_kind, value.kind);
    addField(QStringLiteral("kind"), tr("Kind"), m_kind);

    QWidget* titles = EditorParts::pair(this, QStringLiteral("title"), &m_titleEn, value.titleEn, &m_titleJa, value.titleJa);
    m_titleEn->setPlaceholderText(tr("Title in English"));
    m_titleJa->setPlaceholderText(tr("Title in Japanese"));
    addField(QStringLiteral("title"), tr("Title"), titles);

    m_start = EditorParts::lineEdit(this, value.startDate, tr("YYYY-MM-DD, YYYY-MM or YYYY"));
    addField(QStringLiteral("start_date"), tr("Start"), m_start);
    m_end = EditorParts::lineEdit(this, value.endDate, tr("empty for a one-day event"));
    addField(QStringLiteral("end_date"), tr("End"), m_end);
    m_place = EditorParts::lineEdit(this, value.place);
    addField(QStringLiteral("place"), tr("Place"), m_place);
    m_format = choiceBox(Vocabulary::eventFormats(), QStringLiteral("eventFormat"), this);
    setChoice(m_format, value.format);
    addField(QStringLiteral("format"), tr("Format"), m_format);
    m_level = EditorParts::lineEdit(this, value.level, tr("e.g. director-general"));
    addField(QStringLiteral("level"), tr("Level"), m_level);
    m_status = choiceBox(Vocabulary::eventStatuses(), QStringLiteral("eventStatus"), this);
    setChoice(m_status, value.status);
    addField(QStringLiteral("status"), tr("Status"), m_status);
    m_summary = textBox(this, 4);
    m_summary->setPlainText(value.summary);
    addField(QStringLiteral("summary"), tr("Summary"), m_summary);
    m_outcome = textBox(this, 3);
    m_outcome->setPlainText(value.outcome);
    addField(QStringLiteral("outcome"), tr("Outcome"), m_outcome);
    m_heads = textBox(this, 2);
    m_heads->setPlainText(value.delegationHeads.join(QLatin1Char('\n')));
    m_heads->setPlaceholderText(tr("One per line"));
    addField(QStringLiteral("delegation_heads"), tr("Heads of delegation"), m_heads);

    m_participants = new QTableWidget(0, PCount, this);
    m_participants->setObjectName(QStringLiteral("participantTable"));
    m_participants->setHorizontalHeaderLabels({tr("Country"), tr("Name"), tr("Organization"), tr("Side"), tr("Role")});
    for (const Participant& p : value.participants)
        addParticipantRow(p);
    m_participants->setColumnWidth(PCountry, 170);
    m_participants->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // wide tables scroll inside
    m_participants->setColumnWidth(PName, 200);
    m_participants->setColumnWidth(POrganization, 200);
    addField(QStringLiteral("participants"), tr("Participants"),
             EditorParts::withButtons(m_participants, tr("Add participant"), tr("Remove participant"), [this] {
                 addParticipantRow();
                 m_participants->setCurrentCell(m_participants->rowCount() - 1, PName);
             }));

    m_actions = new QTableWidget(0, ACount, this);
    m_actions->setObjectName(QStringLiteral("actionTable"));
    m_actions->setHorizontalHeaderLabels({tr("Action"), tr("Owner"), tr("Due"), tr("Status")});
    for (const Action& a : actions)
        addActionRow(a);
    m_actions->setColumnWidth(ADescription, 280);
    m_actions->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    addField(QStringLiteral("actions"), tr("Follow-up actions"),
             EditorParts::withButtons(m_actions, tr("Add action"), tr("Remove action"), [this] {
                 addActionRow();
                 m_actions->setCurrentCell(m_actions->rowCount() - 1, ADescription);
             }));

    m_cited = EditorParts::articleList(this, catalog.policyItems, value.citedProvisions);
    addField(QStringLiteral("cited"), tr("Cited articles"), m_cited);
    addTags(value);

    addClassificationAndSources(value);
    m_note = textBox(this, 2);
    m_note->setPlainText(value.note);
    addField(QStringLiteral("note"), tr("Note"), m_note);
    resize(760, 820);
}

void EventEditor::addParticipantRow(const Participant& p)
{
    const int row = m_participants->rowCount();
    m_participants->insertRow(row);
    auto* country = EditorParts::countryBox(m_participants, m_catalog.countries, p.country, tr("(none)"));
    m_participants->setCellWidget(row, PCountry, country);
    m_participants->setItem(row, PName, new QTableWidgetItem(p.name));
    auto* organization =
        EditorParts::organizationBox(m_participants, m_catalog.organizations, p.organizationId, tr("(none)"));
    // Choosing an organization fills in its country when none is chosen yet; a chosen country is left alone.
    connect(organization, &QComboBox::currentIndexChanged, country, [this, organization, country] {
        const Organization* o = m_catalog.organization(organization->currentData().toLongLong());
        if (o && !o->country.isEmpty() && country->currentData().toString().isEmpty())
            setChoice(country, o->country);
    });
    m_participants->setCellWidget(row, POrganization, organization);
    m_participants->setItem(row, PSide, new QTableWidgetItem(p.side));
    m_participants->setItem(row, PRole, new QTableWidgetItem(p.role));
}

void EventEditor::addActionRow(const Action& a)
{
    const int row = m_actions->rowCount();
    m_actions->insertRow(row);
    auto* description = new QTableWidgetItem(a.description);
    // The whole action travels with the row, so fields the table does not show (note, sources) are kept.
    description->setData(kIdRole, QVariant::fromValue(a.id));
    m_actions->setItem(row, ADescription, description);
    m_actions->setItem(row, AOwner, new QTableWidgetItem(a.owner));
    m_actions->setItem(row, ADue, new QTableWidgetItem(a.dueDate));
    auto* status = choiceBox(Vocabulary::actionStatuses(), QStringLiteral("actionStatus"), m_actions);
    setChoice(status, a.status);
    m_actions->setCellWidget(row, AStatus, status);
    m_originalActions.insert(a.id, a);
}

Event EventEditor::value() const
{
    Event e = m_value;
    const QString context = m_context->currentData().toString();
    e.dialogueId = context.startsWith(QLatin1String("d:")) ? context.mid(2).toLongLong() : 0;
    e.forumId = context.startsWith(QLatin1String("f:")) ? context.mid(2).toLongLong() : 0;
    e.dialogue.clear();
    e.forum.clear();
    for (const Dialogue& d : m_catalog.dialogues) {
        if (d.id == e.dialogueId)
            e.dialogue = d.key;
    }
    for (const Forum& f : m_catalog.fora) {
        if (f.id == e.forumId)
            e.forum = f.key;
    }
    e.roundNumber = m_round->value() > 0 ? std::optional<int>(m_round->value()) : std::nullopt;
    e.kind = choice(m_kind);
    e.titleEn = m_titleEn->text().trimmed();
    e.titleJa = m_titleJa->text().trimmed();
    e.startDate = m_start->text().trimmed();
    e.endDate = m_end->text().trimmed();
    e.place = m_place->text().trimmed();
    e.format = choice(m_format);
    e.level = m_level->text().trimmed();
    e.status = choice(m_status);
    e.summary = m_summary->toPlainText().trimmed();
    e.outcome = m_outcome->toPlainText().trimmed();
    e.delegationHeads = lines(m_heads);
    e.participants.clear();
    for (int r = 0; r < m_participants->rowCount(); ++r) {
        Participant p;
        p.country = static_cast<QComboBox*>(m_participants->cellWidget(r, PCountry))->currentData().toString();
        p.name = EditorParts::cellText(m_participants, r, PName);
        p.side = EditorParts::cellText(m_participants, r, PSide);
        p.role = EditorParts::cellText(m_participants, r, PRole);
        p.organizationId = static_cast<QComboBox*>(m_participants->cellWidget(r, POrganization))->currentData().toLongLong();
        if (!p.country.isEmpty() || !p.name.isEmpty() || !p.side.isEmpty() || !p.role.isEmpty() || p.organizationId != 0)
            e.participants << p;
    }
    EditorParts::readArticles(m_cited, e.citedProvisions, e.citedKeys);
    readTags(e);
    readClassificationAndSources(e);
    e.note = m_note->toPlainText().trimmed();
    return e;
}

QList<Action> EventEditor::actions() const
{
    QList<Action> out;
    for (int r = 0; r < m_actions->rowCount(); ++r) {
        const qint64 id = m_actions->item(r, ADescription)->data(kIdRole).toLongLong();
        Action a = m_originalActions.value(id);
        a.id = id;
        a.eventId = m_value.id;
        a.description = EditorParts::cellText(m_actions, r, ADescription);
        a.owner = EditorParts::cellText(m_actions, r, AOwner);
        a.dueDate = EditorParts::cellText(m_actions, r, ADue);
        a.status = choice(static_cast<QComboBox*>(m_actions->cellWidget(r, AStatus)));
        if (id != 0 || !a.description.isEmpty() || !a.owner.isEmpty() || !a.dueDate.isEmpty())
            out << a;
    }
    return out;
}

QList<FieldError> EventEditor::validate() const
{
    const Event e = value();
    QList<FieldError> errors = Validation::event(e);
    if (e.roundNumber && Validation::messageFor(errors, QStringLiteral("round_number")).isEmpty() && m_roundCheck) {
        const Result<bool> taken = m_roundCheck(e);
        if (!taken)
            errors << FieldError{QStringLiteral("round_number"), taken.error()};
        else if (*taken)
            errors << FieldError{QStringLiteral("round_number"),
                                 tr("Round %1 of this dialogue or forum is already recorded.").arg(*e.roundNumber)};
    }
    const QList<Action> list = actions();
    for (int i = 0; i < list.size(); ++i) {
        const QList<FieldError> bad = Validation::action(list[i]);
        if (!bad.isEmpty()) {
            errors << FieldError{QStringLiteral("actions"), tr("Action %1: %2").arg(i + 1).arg(bad.first().message)};
            break;
        }
    }
    return errors;
}

Event EventEditor::nextRoundOf(const Event& last)
{
    Event e;
    e.dialogue = last.dialogue;
    e.dialogueId = last.dialogueId;
    e.forum = last.forum;
    e.forumId = last.forumId;
    e.kind = last.kind;
    if (last.roundNumber)
        e.roundNumber = *last.roundNumber + 1;
    e.titleEn = last.titleEn;
    e.titleJa = last.titleJa;
    e.format = last.format;
    e.level = last.level;
    e.status = QStringLiteral("planned");
    e.classification = last.classification;
    e.participants = last.participants;
    for (Participant& p : e.participants)
        p.id = 0;
    return e;
}

QList<Action> EventEditor::carriedForward(const QList<Action>& openActions, const Event& last)
{
    // Carried actions move to the new event (same record, its history kept); rows removed in the editor stay
    // with the old round.
    QList<Action> out;
    for (const Action& a : openActions) {
        if (a.status != QLatin1String("open") && a.status != QLatin1String("in_progress"))
            continue;
        Action moved = a;
        const QString from = last.roundNumber ? tr("Carried forward from round %1.").arg(*last.roundNumber)
                                              : tr("Carried forward from the previous meeting.");
        moved.note = moved.note.isEmpty() ? from : moved.note + QLatin1Char('\n') + from;
        out << moved;
    }
    return out;
}
