// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>
#include <QStringList>

class QCompleter;
class QStringListModel;

/// The tag field of every record editor: names separated by commas (、 and ， too), the one being typed completed
/// from the tags that exist already.
class TagEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit TagEdit(QWidget* parent = nullptr);

    /// The names offered for completion.
    void setKnownTags(const QStringList& names);
    QStringList knownTags() const;
    void setTags(const QStringList& names);
    /// The names typed, trimmed, blanks dropped, each once (the first spelling wins, regardless of case).
    QStringList tags() const;
    /// Splits text at commas the same way.
    static QStringList parse(const QString& text);

private:
    /// Puts the chosen completion in place of the name being typed, keeping the others.
    void insertCompletion(const QString& name);
    void updateCompletion();

    QStringListModel* m_known;
    QCompleter* m_completer;
};
