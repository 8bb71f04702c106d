// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/dialogs/FormDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

/// Edits one country: code, names, ISO names, region, kind, note, marking and sources. Never touches the
/// database; the caller saves value().
class CountryEditor : public FormDialog
{
    Q_OBJECT
public:
    /// `takenCodes`: the codes of the other countries, so a duplicate is caught before saving.
    CountryEditor(const Country& value, const QStringList& takenCodes, QWidget* parent = nullptr);

    Country value() const;

protected:
    QList<FieldError> validate() const override;

private:
    Country m_value;
    QStringList m_takenCodes;
    QLineEdit* m_code;
    QLineEdit* m_nameEn;
    QLineEdit* m_nameJa;
    QPlainTextEdit* m_shortForms;
    QLineEdit* m_isoEn;
    QLineEdit* m_isoJa;
    QLineEdit* m_region;
    QComboBox* m_kind;
    QPlainTextEdit* m_note;
};
