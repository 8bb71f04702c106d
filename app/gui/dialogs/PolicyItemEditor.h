// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/dialogs/FormDialog.h"

#include <QHash>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

/// Edits one law, strategy or other policy item and its provisions (article, label, subject). Provisions
/// keep their ids so citations of them stay valid. Never touches the database; the caller saves value().
class PolicyItemEditor : public FormDialog
{
    Q_OBJECT
public:
    explicit PolicyItemEditor(const PolicyItem& value, QWidget* parent = nullptr);

    PolicyItem value() const;
    QTableWidget* provisionTable() const { return m_provisions; }
    void addProvisionRow(const Provision& p = {});

protected:
    QList<FieldError> validate() const override;

private:
    PolicyItem m_value;
    QHash<qint64, Provision> m_originalProvisions;
    QLineEdit* m_titleEn;
    QLineEdit* m_titleJa;
    QLineEdit* m_kind;
    QLineEdit* m_lawNumber;
    QLineEdit* m_issuedBy;
    QLineEdit* m_date;
    QLineEdit* m_dateNote;
    QPlainTextEdit* m_note;
    QTableWidget* m_provisions;
};
