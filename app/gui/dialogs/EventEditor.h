// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "gui/dialogs/FormDialog.h"

#include <QHash>

#include <functional>

class Catalog;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

/// Records one meeting: where it belongs (dialogue or forum, round), when and where, how it went, who came, and
/// the follow-up actions it produced. Never touches the database: the caller saves value() and actions().
class EventEditor : public FormDialog
{
    Q_OBJECT
public:
    /// Answers whether another event of the same dialogue or forum already has the round number.
    using RoundCheck = std::function<Result<bool>(const Event&)>;

    EventEditor(const Event& value, const QList<Action>& actions, const Catalog& catalog, RoundCheck roundCheck,
                QWidget* parent = nullptr);

    /// A new event for the round after `last` of its dialogue: same dialogue, kind, format, level and
    /// participants, planned, with `openActions` (that round's open ones) listed to carry forward.
    static Event nextRoundOf(const Event& last);
    /// The open actions of `last`, to be moved to the next round (the caller saves only those still listed).
    static QList<Action> carriedForward(const QList<Action>& openActions, const Event& last);

    Event value() const;
    QList<Action> actions() const;

    QTableWidget* participantTable() const { return m_participants; }
    QTableWidget* actionTable() const { return m_actions; }
    void addParticipantRow(const Participant& p = {});
    void addActionRow(const Action& a = {});

protected:
    QList<FieldError> validate() const override;

private:
    Event m_value;
    const Catalog& m_catalog;
    RoundCheck m_roundCheck;
    QComboBox* m_context;
    QSpinBox* m_round;
    QComboBox* m_kind;
    QLineEdit* m_titleEn;
    QLineEdit* m_titleJa;
    QLineEdit* m_start;
    QLineEdit* m_end;
    QLineEdit* m_place;
    QComboBox* m_format;
    QLineEdit* m_level;
    QComboBox* m_status;
    QPlainTextEdit* m_summary;
    QPlainTextEdit* m_outcome;
    QPlainTextEdit* m_heads;
    QTableWidget* m_participants;
    QTableWidget* m_actions;
    QListWidget* m_cited;
    QPlainTextEdit* m_note;
    QHash<qint64, Action> m_originalActions;
};
