// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Validation.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QVBoxLayout;
class TagEdit;

/// The frame of every record editor: labelled fields with each field's error message right under it, a
/// banner for problems the database reports (a conflicting save), and OK/Cancel. OK accepts only when
/// validate() finds nothing; whatever was typed stays in the form either way.
class FormDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FormDialog(const QString& title, QWidget* parent = nullptr);

    /// Shows `errors` beside their fields (and clears the others); focuses the first field in error.
    void showErrors(const QList<FieldError>& errors);
    /// The message shown for `field`, or empty; for tests and accessibility.
    QString errorText(const QString& field) const;
    /// A problem not tied to one field (e.g. someone else saved the record first); empty hides the banner.
    void showProblem(const QString& text);
    QString problemText() const;
    QDialogButtonBox* buttons() const { return m_buttons; }
    /// The tag names the tag field completes from (the editors of kinds that carry tags have one).
    void setKnownTags(const QStringList& names);

    void accept() override;

protected:
    virtual QList<FieldError> validate() const = 0;
    QFormLayout* form() const { return m_form; }
    /// Adds `editor` under `label`, with an error line for `field` under it; `editor` gets `field` as its object name.
    void addField(const QString& field, const QString& label, QWidget* editor);
    /// A full-width part below the form (tables of participants, actions…).
    void addWide(QWidget* widget);

    /// The fields every record has, last in every editor: its classification and its sources (one URL a line).
    void addClassificationAndSources(const RecordMeta& value);
    void readClassificationAndSources(RecordMeta& value) const;
    /// The tag field (named "tags"), for the kinds that carry tags.
    void addTags(const RecordMeta& value);
    void readTags(RecordMeta& value) const;

    static QComboBox* choiceBox(const QStringList& values, const QString& vocabularySet, QWidget* parent);
    static void setChoice(QComboBox* box, const QString& value);
    static QString choice(const QComboBox* box);
    static QComboBox* classificationBox(QWidget* parent);
    static QPlainTextEdit* textBox(QWidget* parent, int lines = 3);
    /// One entry per line, blank lines dropped.
    static QStringList lines(const QPlainTextEdit* box);

private:
    QVBoxLayout* m_layout;
    QFormLayout* m_form;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QHash<QString, QLabel*> m_errors;
    QHash<QString, QWidget*> m_editors;
    QComboBox* m_classification = nullptr;
    QPlainTextEdit* m_sources = nullptr;
    TagEdit* m_tags = nullptr;
};
