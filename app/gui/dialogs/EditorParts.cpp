// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/EditorParts.h"

#include "core/Language.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
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
QListWidget* articleList(QWidget* parent, const QList<PolicyItem>& policies, const QList<qint64>& cited)
{
    constexpr int kKeyRole = Qt::UserRole + 2;
    auto* list = new QListWidget(parent);
    list->setObjectName(QStringLiteral("cited"));
    const Lang lang = uiLanguage();
    for (const PolicyItem& item : policies) {
        for (const Provision& pr : item.provisions) {
            const QString label = QStringLiteral("%1 \u2014 %2 %3")
                                      .arg(pickName(lang, item.titleEn, item.titleJa), pr.article,
                                           pickName(lang, pr.subjectEn, pr.subjectJa));
            auto* it = new QListWidgetItem(label, list);
            it->setData(Qt::UserRole, QVariant::fromValue(pr.id));
            it->setData(kKeyRole, pr.key);
            it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            it->setCheckState(cited.contains(pr.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    list->setMaximumHeight(list->fontMetrics().lineSpacing() * 6);
    return list;
}

void readArticles(const QListWidget* list, QList<qint64>& ids, QStringList& keys)
{
    constexpr int kKeyRole = Qt::UserRole + 2;
    ids.clear();
    keys.clear(); // the ids decide; stale keys would bring back an article the user unticked
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked) {
            ids << list->item(i)->data(Qt::UserRole).toLongLong();
            keys << list->item(i)->data(kKeyRole).toString();
        }
    }
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
