// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/dialogs/FormDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

/// Edits one multilateral forum: names (and former names), kind, level, dates, web address, Japan's part,
/// and its members with the date each joined. Never touches the database; the caller saves value().
class ForumEditor : public FormDialog
{
    Q_OBJECT
public:
    /// `countries`: the choices for members.
    ForumEditor(const Forum& value, const QList<Country>& countries, QWidget* parent = nullptr);

    Forum value() const;
    QTableWidget* memberTable() const { return m_members; }
    void addMemberRow(const ForumMember& m = {});

protected:
    QList<FieldError> validate() const override;

private:
    Forum m_value;
    QList<Country> m_countries;
    QLineEdit* m_acronym;
    QLineEdit* m_nameEn;
    QLineEdit* m_nameJa;
    QLineEdit* m_formerEn;
    QLineEdit* m_formerJa;
    QLineEdit* m_renamed;
    QLineEdit* m_kind;
    QLineEdit* m_level;
    QLineEdit* m_founded;
    QLineEdit* m_incorporated;
    QLineEdit* m_url;
    QLineEdit* m_japanStatus;
    QLineEdit* m_japanHosts;
    QPlainTextEdit* m_gaps;
    QPlainTextEdit* m_note;
    QTableWidget* m_members;
};
