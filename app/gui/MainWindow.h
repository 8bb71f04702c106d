// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "models/NavTarget.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class Database;
class DatabaseSession;
class NavigationHistory;
class QAction;
class QDialog;
class QUndoGroup;
class RecordStore;
class QListWidget;
class QSplitter;
class QStackedWidget;
class RecordPageView;
class SearchBox;
class SectionView;
class TimelineSection;
class ChartsSection;

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
    TimelineSection* timelineSection() const { return m_timeline; }
    ChartsSection* chartsSection() const { return m_charts; }
    /// Sidebar rows of the timeline and the charts, after the table sections.
    static int timelineIndex();
    static int chartsIndex();
    SearchBox* searchBox() const { return m_search; }
    /// Opens a record: switches to its section, selects its row and shows its page; recorded in the history.
    void navigate(const NavTarget& target);
    bool canGoBack() const;
    bool canGoForward() const;
    void goBack();
    void goForward();

    RecordStore* store() const;
    /// The record on the page, or none.
    NavTarget currentRecord() const;
    void newEvent();
    /// A new country, dialogue, forum, agreement, policy item or organization in its editor.
    void newRecord(NavTarget::Kind kind);
    /// Opens the editor of the record on the page (an action opens its event).
    void editCurrent();
    void deleteCurrent();
    /// A new event for the round after the latest of the dialogue on the page (or of the event's dialogue).
    void nextRound();
    void showHistory();
    /// Files (minutes, statements) attached to the record on the page.
    void showAttachments();
    /// Asks for the name the history records for this user's changes (default: the OS account).
    void askUserName();
    /// Test seam: runs editors and the history panel instead of exec(); returns the dialog's result.
    static void setDialogRunner(std::function<int(QDialog*)> runner);

signals:
    /// The first-start-of-the-day backup ended: the copy made (empty when today's existed), or an error.
    void dailyBackupFinished(const QString& copy, const QString& error);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    bool loadDatabase(std::unique_ptr<Database> db);
    void openDatabase();
    /// Where the open database is: the file dialogs start there.
    QString databaseFolder() const;
    void importFile();
    void exportFile();
    /// Shows the record's page; `keepPlace` (a refresh of the same record) keeps where the page is scrolled to.
    void display(const NavTarget& target, bool keepPlace = false);
    void saveSettings() const;
    void restoreSettings();
    void setLanguage(const QString& code);
    int runDialog(QDialog* dialog);
    /// Points the views at the database just opened.
    void databaseOpened();
    /// Shows what the session read again after a change.
    void refreshViews();
    template <typename T>
    void confirmAndRemove(const Result<T>& record);
    void updateEditActions();

    QUndoGroup* m_undoGroup = nullptr;
    QAction* m_newEvent = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_nextRound = nullptr;
    QAction* m_historyAction = nullptr;
    QAction* m_attachments = nullptr;
    /// The open database with its catalog, store, models and editors; the views below show its models.
    std::unique_ptr<DatabaseSession> m_session;
    QListWidget* m_sidebar;
    QStackedWidget* m_stack;
    RecordPageView* m_page;
    QSplitter* m_splitter;
    QList<SectionView*> m_sections;
    TimelineSection* m_timeline = nullptr;
    ChartsSection* m_charts = nullptr;
    NavigationHistory* m_history;
    SearchBox* m_search = nullptr;
    QAction* m_back = nullptr;
    QAction* m_forward = nullptr;
};
