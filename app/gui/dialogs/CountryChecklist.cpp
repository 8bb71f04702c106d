// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/CountryChecklist.h"

#include "core/Language.h"

namespace {
const QString kJapan = QStringLiteral("JP");
constexpr int kCodeRole = Qt::UserRole;
} // namespace

CountryChecklist::CountryChecklist(const QList<Country>& countries, const QStringList& selected, QWidget* parent)
    : QListWidget(parent), m_original(selected)
{
    QList<Country> ordered = countries;
    std::stable_partition(ordered.begin(), ordered.end(), [](const Country& c) { return c.code == kJapan; });
    QStringList known;
    for (const Country& c : ordered) {
        const QString name = pickName(uiLanguage(), c.nameEn, c.nameJa);
        // Some names already carry the code ("欧州連合（EU）"); it is not repeated.
        const bool hasCode = name.contains(QLatin1Char('(') + c.code) || name.contains(QChar(0xFF08) + c.code);
        auto* item = new QListWidgetItem(hasCode ? name : QStringLiteral("%1 (%2)").arg(name, c.code), this);
        item->setData(kCodeRole, c.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(selected.contains(c.code) ? Qt::Checked : Qt::Unchecked);
        known << c.code;
    }
    // A party the list does not know (a country since removed from the catalogue) stays, and can be unticked.
    for (const QString& code : selected) {
        if (known.contains(code))
            continue;
        auto* item = new QListWidgetItem(code, this);
        item->setData(kCodeRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    setMinimumHeight(fontMetrics().lineSpacing() * 7);
    setMaximumHeight(fontMetrics().lineSpacing() * 10);
}

QStringList CountryChecklist::codes() const
{
    QStringList ticked;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            ticked << item(i)->data(kCodeRole).toString();
    }
    QStringList out;
    if (ticked.contains(kJapan))
        out << kJapan;
    for (const QString& code : m_original) {
        if (ticked.contains(code) && !out.contains(code))
            out << code;
    }
    for (const QString& code : ticked) {
        if (!out.contains(code))
            out << code;
    }
    return out;
}

void CountryChecklist::setChecked(const QString& code, bool checked)
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(kCodeRole).toString() == code)
            item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

bool CountryChecklist::isChecked(const QString& code) const
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(kCodeRole).toString() == code)
            return item(i)->checkState() == Qt::Checked;
    }
    return false;
}
