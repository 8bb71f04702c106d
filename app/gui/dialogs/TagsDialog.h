// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/NavTarget.h"

#include <QColor>
#include <QDialog>

#include <functional>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class RecordStore;
class TagListModel;

/// Edit › Tags…: every tag with its colour and use; new, rename, colour, merge and delete, each undoable.
class TagsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TagsDialog(RecordStore& store, QWidget* parent = nullptr);

    /// Picks a colour starting from `initial`; an invalid colour means "cancelled". QColorDialog unless a test
    /// sets another (pass {} to restore it).
    using ColorChooser = std::function<QColor(const QColor& initial, QWidget* parent)>;
    static void setColorChooser(ColorChooser chooser);

    /// The id of the selected tag, 0 when none.
    qint64 selectedId() const;
    /// Selects the tag with `id` (when the filter shows it).
    void select(qint64 id);

    QTableView* table() const { return m_table; }
    TagListModel* model() const { return m_model; }
    QLineEdit* filterEdit() const { return m_filter; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* mergeTarget() const { return m_mergeTarget; }

signals:
    /// The user asked to see the records carrying a tag (double-click or "Show Records").
    void openRequested(const NavTarget& target);

private:
    void reload();
    void selectionChanged();
    void createTag();
    void renameTag();
    void chooseColor();
    void clearColor();
    void mergeTag();
    void deleteTag();
    bool report(const class Status& status, const QString& title);

    RecordStore& m_store;
    TagListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLineEdit* m_filter;
    QLineEdit* m_name;
    QComboBox* m_mergeTarget;
    QList<QPushButton*> m_needSelection;
    QPushButton* m_merge;
};
