// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "models/NavTarget.h"
#include "reports/BriefingOptions.h"

#include <QDialog>
#include <QList>

class Database;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPagedPaintDevice;
class QPushButton;
struct BriefingDocument;

/// Chooses what a briefing pack covers (countries, dialogues, fora, dates, chapters, language, marking ceiling)
/// and previews, prints or saves it as PDF.
class BriefingDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BriefingDialog(Database& db, QWidget* parent = nullptr);

    /// Ticks the country with `code` in the scope list, as when the dialog opens on a country's page.
    void setCountry(const QString& code);
    /// Ticks the country, dialogue or forum being viewed; other targets tick nothing.
    void preselect(const NavTarget& target);
    /// The options the widgets hold; the error names the field that is wrong.
    Result<BriefingOptions> options() const;

    QPushButton* previewButton() const { return m_preview; }
    QPushButton* printButton() const { return m_print; }
    QPushButton* saveButton() const { return m_save; }
    QListWidget* scopeList() const { return m_scope; }
    QLineEdit* fromEdit() const { return m_from; }
    QLineEdit* toEdit() const { return m_to; }
    QComboBox* languageBox() const { return m_language; }
    QComboBox* classificationBox() const { return m_classification; }

    /// Asks for a file (through the FileDialog seam) and writes the pack there; false when nothing was written.
    bool savePdf();
    void printPreview();
    void print();

private:
    Result<BriefingDocument> compose();
    void paintOn(QPagedPaintDevice& device);

    Database& m_db;
    QListWidget* m_scope;
    QLineEdit* m_from;
    QLineEdit* m_to;
    QList<QCheckBox*> m_sections;
    QComboBox* m_language;
    QComboBox* m_classification;
    QPushButton* m_preview;
    QPushButton* m_print;
    QPushButton* m_save;
};
