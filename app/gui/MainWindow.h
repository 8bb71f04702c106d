// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/NavTarget.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <vector>

class Database;
class EntityTableModel;
class QAction;
class QListWidget;
class QSplitter;
class QStackedWidget;
class RecordPageView;
class SearchBox;
class SectionView;

/// The main window: section sidebar, filterable tables, and the page of the selected record with Back/Forward.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget* parent = nullptr);
    ~MainWindow() override;

    SectionView* section(int index) const;
    SectionView* currentSection() const;
    void showSection(int index);
    RecordPageView* pageView() const { return m_page; }
    SearchBox* searchBox() const { return m_search; }
    /// Opens a record: switches to its section, selects its row and shows its page; recorded in the history.
    void navigate(const NavTarget& target);
    bool canGoBack() const { return m_historyPos > 0; }
    bool canGoForward() const { return m_historyPos + 1 < int(m_history.size()); }
    void goBack();
    void goForward();

signals:
    /// The first-start-of-the-day backup ended: the copy made (empty when today's existed), or an error.
    void dailyBackupFinished(const QString& copy, const QString& error);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    bool loadDatabase(std::unique_ptr<Database> db);
    void openDatabase();
    void importFile();
    void exportFile();
    void startIntegrityCheck(const QString& path);
    void startDailyBackup(const QString& path);
    void runInBackground(std::function<void()> work);
    void display(const NavTarget& target);
    void updateNavigation();
    void saveSettings() const;
    void restoreSettings();
    void setLanguage(const QString& code);

    std::unique_ptr<Database> m_db;
    std::vector<std::unique_ptr<EntityTableModel>> m_models;
    QListWidget* m_sidebar;
    QStackedWidget* m_stack;
    RecordPageView* m_page;
    QSplitter* m_splitter;
    QList<SectionView*> m_sections;
    QList<NavTarget> m_history;
    int m_historyPos = -1;
    SearchBox* m_search = nullptr;
    QAction* m_back = nullptr;
    QAction* m_forward = nullptr;
};
