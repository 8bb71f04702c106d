// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/NavTarget.h"
#include "search/GlobalSearch.h"

#include <QLineEdit>

class QFrame;
class QLabel;
class QTimer;
class QTreeWidget;
class SearchRunner;

/// The global search field (Ctrl+K): results grouped by kind under the field, matches highlighted; Up/Down
/// choose, Enter opens, Escape closes.
class SearchBox : public QLineEdit
{
    Q_OBJECT
public:
    explicit SearchBox(QWidget* parent = nullptr);
    ~SearchBox() override;

    void setDatabasePath(const QString& path);
    QTreeWidget* results() const { return m_results; }
    bool isSearching() const;
    /// Runs the event loop until the current search has answered (tests).
    bool waitForResults(int timeoutMs = 30000);

signals:
    void openRequested(const NavTarget& target);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void startSearch();
    void showResults(const QString& text, const QList<SearchGroup>& groups, const QString& error);
    void placePopup();
    void openCurrent();
    void moveSelection(int step);

    SearchRunner* m_runner;
    QTimer* m_debounce;
    QFrame* m_popup;
    QTreeWidget* m_results;
    QLabel* m_status;
};
