// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/FormDialog.h"

#include "core/Language.h"
#include "core/Vocabulary.h"
#include "gui/widgets/TagEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

FormDialog::FormDialog(const QString& title, QWidget* parent)
    : QDialog(parent), m_layout(new QVBoxLayout(this)), m_form(new QFormLayout), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #e0a39c; "
                                            "padding: 6px; }"));
    m_problem->hide();
    m_layout->addWidget(m_problem);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* inner = new QWidget;
    auto* innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(0, 0, 0, 0);
    innerLayout->addLayout(m_form);
    innerLayout->addStretch(1); // spare height goes below the form, not between a label and its field
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The form follows the dialog's width; wide tables scroll inside themselves.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(inner);
    m_layout->addWidget(scroll, 1);
    m_layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void FormDialog::addField(const QString& field, const QString& label, QWidget* editor)
{
    editor->setObjectName(field);
    auto* box = new QWidget;
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(editor);
    auto* error = new QLabel(box);
    error->setObjectName(field + QStringLiteral("_error"));
    error->setTextFormat(Qt::PlainText);
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    error->hide();
    v->addWidget(error);
    m_errors.insert(field, error);
    m_editors.insert(field, editor);
    m_form->addRow(label, box);
}

void FormDialog::addWide(QWidget* widget)
{
    m_form->addRow(widget);
}

void FormDialog::showErrors(const QList<FieldError>& errors)
{
    QWidget* first = nullptr;
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        const QString text = Validation::messageFor(errors, it.key());
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
    }
    // A field this form has no place for (a value imported into a field the form does not show) is still said.
    QStringList unplaced;
    for (const FieldError& e : errors) {
        if (QWidget* w = m_editors.value(e.field); w && !first)
            first = w;
        if (!m_errors.contains(e.field))
            unplaced << tr("%1: %2").arg(e.field, e.message);
    }
    if (!unplaced.isEmpty())
        showProblem(unplaced.join(QLatin1Char('\n')));
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

QString FormDialog::errorText(const QString& field) const
{
    const QLabel* l = m_errors.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

void FormDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QString FormDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void FormDialog::accept()
{
    const QList<FieldError> errors = validate();
    showErrors(errors);
    if (errors.isEmpty())
        QDialog::accept();
}

void FormDialog::addClassificationAndSources(const RecordMeta& value)
{
    m_classification = classificationBox(this);
    m_classification->setCurrentIndex(qBound(0, value.classification, 3));
    addField(QStringLiteral("classification"), tr("Classification"), m_classification);
    m_sources = textBox(this, 2);
    m_sources->setPlainText(value.sources.join(QLatin1Char('\n')));
    m_sources->setPlaceholderText(tr("One web address per line"));
    addField(QStringLiteral("sources"), tr("Sources"), m_sources);
}

void FormDialog::readClassificationAndSources(RecordMeta& value) const
{
    value.classification = m_classification->currentData().toInt();
    value.sources = lines(m_sources);
}

void FormDialog::addTags(const RecordMeta& value)
{
    m_tags = new TagEdit(this);
    m_tags->setTags(value.tags);
    addField(QStringLiteral("tags"), tr("Tags"), m_tags);
}

void FormDialog::readTags(RecordMeta& value) const
{
    if (m_tags)
        value.tags = m_tags->tags();
}

void FormDialog::setKnownTags(const QStringList& names)
{
    if (m_tags)
        m_tags->setKnownTags(names);
}

QComboBox* FormDialog::choiceBox(const QStringList& values, const QString& set, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    for (const QString& v : values)
        box->addItem(Vocabulary::label(set, v, uiLanguage()), v);
    return box;
}

void FormDialog::setChoice(QComboBox* box, const QString& value)
{
    const int i = box->findData(value);
    if (i >= 0) {
        box->setCurrentIndex(i);
    } else if (!value.isEmpty()) {
        // A value the vocabulary does not know (older data) is kept, not silently changed.
        box->addItem(value, value);
        box->setCurrentIndex(box->count() - 1);
    }
}

QString FormDialog::choice(const QComboBox* box)
{
    return box->currentData().toString();
}

QComboBox* FormDialog::classificationBox(QWidget* parent)
{
    auto* box = new QComboBox(parent);
    for (int level = 0; level <= 3; ++level)
        box->addItem(Vocabulary::classificationLabel(level, uiLanguage()), level);
    return box;
}

QPlainTextEdit* FormDialog::textBox(QWidget* parent, int lines)
{
    auto* box = new QPlainTextEdit(parent);
    box->setTabChangesFocus(true);
    box->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // lines wrap, so it is never needed
    box->setFixedHeight(box->fontMetrics().lineSpacing() * lines + 12);
    return box;
}

QStringList FormDialog::lines(const QPlainTextEdit* box)
{
    QStringList out;
    for (const QString& line : box->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}
