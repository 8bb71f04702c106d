// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/TagEdit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QRegularExpression>
#include <QSet>
#include <QStringListModel>

TagEdit::TagEdit(QWidget* parent)
    : QLineEdit(parent), m_known(new QStringListModel(this)), m_completer(new QCompleter(m_known, this))
{
    setPlaceholderText(tr("Comma-separated, e.g. capacity building, CERT"));
    setClearButtonEnabled(true);
    // A QCompleter set on the line edit would complete the whole text; this one completes the last name only.
    m_completer->setWidget(this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &TagEdit::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, &TagEdit::updateCompletion);
}

void TagEdit::setKnownTags(const QStringList& names) { m_known->setStringList(names); }

QStringList TagEdit::knownTags() const { return m_known->stringList(); }

void TagEdit::setTags(const QStringList& names) { setText(names.join(QStringLiteral(", "))); }

QStringList TagEdit::tags() const { return parse(text()); }

namespace {
/// Names are separated by commas, the Japanese ones (、，) included, so no input-method switch is needed.
const QRegularExpression& separator()
{
    static const QRegularExpression re(QStringLiteral("[,\u3001\uff0c]"));
    return re;
}
} // namespace

QStringList TagEdit::parse(const QString& text)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString& part : text.split(separator())) {
        const QString name = part.trimmed();
        if (name.isEmpty() || seen.contains(name.toCaseFolded()))
            continue;
        seen.insert(name.toCaseFolded());
        out << name;
    }
    return out;
}

void TagEdit::updateCompletion()
{
    const QString typed = text().left(cursorPosition()).split(separator()).last().trimmed();
    if (typed.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(typed);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void TagEdit::insertCompletion(const QString& name)
{
    const QString before = text().left(cursorPosition());
    const QString after = text().mid(cursorPosition());
    const qsizetype comma = before.lastIndexOf(separator());
    const QString kept = comma < 0 ? QString() : before.left(comma + 1) + QLatin1Char(' ');
    const qsizetype next = after.indexOf(separator());
    QString result = kept + name;
    if (next >= 0)
        result += after.mid(next);
    setText(result);
    setCursorPosition(int((kept + name).size()));
}
