// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include "core/Records.h"

#include <QString>
#include <QStringList>

#include <functional>

class QComboBox;
class QLineEdit;
class QListWidget;
struct PolicyItem;
class QTableWidget;
class QWidget;

/// Small builders the record editors share: one-line fields, English/Japanese pairs, tables with Add/Remove.
namespace EditorParts {
QLineEdit* lineEdit(QWidget* parent, const QString& text, const QString& placeholder = {});
/// Two line edits stacked, English over Japanese, named `<field>_en` and `<field>_ja`; returns the holder.
QWidget* pair(QWidget* parent, const QString& field, QLineEdit** en, const QString& enText, QLineEdit** ja,
              const QString& jaText);
/// `table` with Add/Remove buttons under it (named `<table>_add`, `<table>_remove`); Remove drops the current row.
QWidget* withButtons(QTableWidget* table, const QString& addText, const QString& removeText,
                     const std::function<void()>& add);
QString cellText(const QTableWidget* table, int row, int column);
/// Every article of `policies` as a checkable list ("Policy — Art. 3 Subject"), those in `cited` ticked.
QListWidget* articleList(QWidget* parent, const QList<PolicyItem>& policies, const QList<qint64>& cited);
/// The ticked articles of an articleList(), ids and keys in list order.
void readArticles(const QListWidget* list, QList<qint64>& ids, QStringList& keys);
/// A choice of country, "Name (CODE)" in the interface language, the code as data; `noneText` first, for no country.
QComboBox* countryBox(QWidget* parent, const QList<Country>& countries, const QString& current, const QString& noneText);
/// A choice of organization, "ACRONYM — Name", the id as data; `noneText` first (data 0), for none.
QComboBox* organizationBox(QWidget* parent, const QList<Organization>& organizations, qint64 current,
                           const QString& noneText);
} // namespace EditorParts
