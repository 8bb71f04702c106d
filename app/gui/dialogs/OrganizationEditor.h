// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/dialogs/FormDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

/// Edits one organization: acronym, names, kind, country, web site, note, marking and sources. Never touches the
/// database; the caller saves value().
class OrganizationEditor : public FormDialog
{
    Q_OBJECT
public:
    /// `kinds`: the kinds other organizations use, offered as the kind is typed.
    OrganizationEditor(const Organization& value, const QList<Country>& countries, const QStringList& kinds,
                       QWidget* parent = nullptr);

    Organization value() const;

protected:
    QList<FieldError> validate() const override;

private:
    Organization m_value;
    QLineEdit* m_acronym;
    QLineEdit* m_nameEn;
    QLineEdit* m_nameJa;
    QLineEdit* m_kind;
    QComboBox* m_country;
    QLineEdit* m_url;
    QPlainTextEdit* m_note;
};
