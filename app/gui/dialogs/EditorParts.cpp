// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/EditorParts.h"

#include "core/Language.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace EditorParts {
QLineEdit* lineEdit(QWidget* parent, const QString& text, const QString& placeholder)
{
    auto* e = new QLineEdit(text, parent);
    e->setPlaceholderText(placeholder);
    return e;
}

QWidget* pair(QWidget* parent, const QString& field, QLineEdit** en, const QString& enText, QLineEdit** ja,
              const QString& jaText)
{
    auto* box = new QWidget(parent);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(4);
    *en = lineEdit(box, enText, QCoreApplication::translate("EditorParts", "English"));
    (*en)->setObjectName(field + QStringLiteral("_en"));
    *ja = lineEdit(box, jaText, QCoreApplication::translate("EditorParts", "Japanese"));
    (*ja)->setObjectName(field + QStringLiteral("_ja"));
    v->addWidget(*en);
    v->addWidget(*ja);
    // Focus goes to the holder's error target (showErrors) and from there into the English line.
    box->setFocusProxy(*en);
    return box;
}

QWidget* withButtons(QTableWidget* table, const QString& addText, const QString& removeText,
                     const std::function<void()>& add)
{
    auto* box = new QWidget;
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(table);
    auto* row = new QHBoxLayout;
    auto* addButton = new QPushButton(addText, box);
    auto* removeButton = new QPushButton(removeText, box);
    addButton->setObjectName(table->objectName() + QStringLiteral("_add"));
    removeButton->setObjectName(table->objectName() + QStringLiteral("_remove"));
    QObject::connect(addButton, &QPushButton::clicked, box, add);
    QObject::connect(removeButton, &QPushButton::clicked, table, [table] {
        const int r = table->currentRow();
        if (r >= 0)
            table->removeRow(r);
    });
    row->addWidget(addButton);
    row->addWidget(removeButton);
    row->addStretch();
    v->addLayout(row);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setTabKeyNavigation(false); // Tab leaves the table, so the form's tab order stays usable
    table->setMinimumHeight(table->fontMetrics().lineSpacing() * 8);
    box->setFocusProxy(table);
    return box;
}

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QComboBox* countryBox(QWidget* parent, const QList<Country>& countries, const QString& current, const QString& noneText)
{
    auto* box = new QComboBox(parent);
    box->addItem(noneText, QString());
    for (const Country& c : countries)
        box->addItem(QStringLiteral("%1 (%2)").arg(pickName(uiLanguage(), c.nameEn, c.nameJa), c.code), c.code);
    const int i = box->findData(current);
    if (i >= 0) {
        box->setCurrentIndex(i);
    } else if (!current.isEmpty()) { // a code not in the list is kept, not silently dropped
        box->addItem(current, current);
        box->setCurrentIndex(box->count() - 1);
    }
    return box;
}

QComboBox* organizationBox(QWidget* parent, const QList<Organization>& organizations, qint64 current,
                           const QString& noneText)
{
    auto* box = new QComboBox(parent);
    box->addItem(noneText, qint64(0));
    for (const Organization& o : organizations)
        box->addItem(acronymAndName(uiLanguage(), o.acronym, o.nameEn, o.nameJa), o.id);
    box->setCurrentIndex(qMax(0, box->findData(current)));
    return box;
}
} // namespace EditorParts
