// SPDX-License-Identifier: GPL-3.0-or-later
// The window driven offscreen: sections, quick filter, country profile, links, Back/Forward, saved layout.
#include "gui/FileDialog.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "gui/RecordPageView.h"
#include "gui/SectionView.h"
#include "gui/dialogs/CountryEditor.h"
#include "gui/dialogs/EventEditor.h"
#include "gui/dialogs/HistoryDialog.h"
#include "gui/dialogs/OrganizationEditor.h"
#include "gui/dialogs/TagsDialog.h"
#include "gui/widgets/TagEdit.h"
#include "models/RecordStore.h"
#include "storage/CountryRepository.h"
#include "storage/DialogueRepository.h"
#include "gui/views/ChartsSection.h"
#include "gui/views/TimelineSection.h"
#include "gui/widgets/EventFilterBar.h"
#include "gui/widgets/TimelineView.h"
#include "gui/widgets/SearchBox.h"
#include "io/DailyBackup.h"
#include "models/EntityTableModel.h"
#include "models/RecordFilterProxy.h"
#include "models/Sections.h"
#include "models/SqlListModel.h"
#include "storage/ActionRepository.h"
#include "storage/EventRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/Sql.h"
#include "support/TestDatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QScrollBar>
#include <QPointer>
#include <QTest>
#include <QTreeWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

class tst_MainWindow : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> openWindow()
    {
        auto db = Database::open(m_db->path(), Database::Mode::OpenExisting);
        if (!db)
            qFatal("%s", qPrintable(db.error()));
        auto w = std::make_unique<MainWindow>(std::move(db).value());
        w->resize(1400, 900);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            qWarning("window not exposed");
        waitForTables(w.get());
        return w;
    }

    /// Types text as a Japanese input method commits it (QTest::keyClicks handles ASCII only).
    static void typeText(QWidget* w, const QString& text)
    {
        QInputMethodEvent e;
        e.setCommitString(text);
        QApplication::sendEvent(w, &e);
    }

    /// The big tables load on a worker thread; the user sees them a moment after the window.
    static void waitForTables(MainWindow* w)
    {
        for (int s = 0; s < Sections::Count; ++s) {
            if (auto* sql = qobject_cast<SqlListModel*>(w->section(s)->model()))
                QVERIFY(sql->waitForIdle());
        }
    }

    /// Lets posted layout requests run, as the event loop does between a user's actions.
    static void settle()
    {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }

    /// A double-click as a mouse makes it: press and release, then a second press that is a double-click.
    static void doubleClick(QWidget* viewport, const QPoint& at)
    {
        QTest::mouseClick(viewport, Qt::LeftButton, {}, at);
        QTest::mouseDClick(viewport, Qt::LeftButton, {}, at);
        settle();
    }

    static int rowOf(SectionView* view, int column, const QString& text)
    {
        const QAbstractItemModel* m = view->table()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, column).data().toString() == text)
                return r;
        }
        return -1;
    }

    static QTreeWidgetItem* findItem(QTreeWidget* tree, const QString& text)
    {
        const auto items = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive, 0);
        return items.isEmpty() ? nullptr : items.first();
    }

    void snapshot(QWidget* w, const QString& name)
    {
        const QByteArray dir = qgetenv("LIAISON_SCREENSHOT_DIR");
        settle();
        if (!dir.isEmpty())
            w->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LiaisonTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_MainWindow"));
        QSettings().clear();
        MessageBox::setTestHandler([this](const QString& title, const QString& text) { m_messages << title + QStringLiteral(": ") + text; });
        m_db = std::make_unique<TestDatabase>();
        // The dataset has no follow-up actions; give the Actions section one, due in the past.
        auto events = EventRepository(m_db->db().connection()).all();
        QVERIFY(events);
        Action a;
        a.eventId = events->first().id;
        a.description = QStringLiteral("Share the points of contact list");
        a.owner = QStringLiteral("Cyber Policy Division");
        a.dueDate = QStringLiteral("2013-01-31");
        QVERIFY(ActionRepository(m_db->db().connection()).insert(a));
        // Nor any organization; give that section one too.
        Organization o;
        o.acronym = QStringLiteral("EXAMPLE-CSIRT");
        o.kind = QStringLiteral("CSIRT");
        QVERIFY(OrganizationRepository(m_db->db().connection()).insert(o));
    }

    void everySectionShowsRows()
    {
        auto w = openWindow();
        auto* sidebar = w->findChild<QListWidget*>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        QCOMPARE(sidebar->count(), int(Sections::Count) + 2); // the tables, then Timeline and Charts
        for (int s = 0; s < Sections::Count; ++s) {
            QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, sidebar->visualItemRect(sidebar->item(s)).center());
            QCOMPARE(w->currentSection(), w->section(s));
            QVERIFY2(w->currentSection()->table()->model()->rowCount() > 0, qPrintable(Sections::key(Sections::Section(s))));
            QVERIFY(w->currentSection()->isVisible());
        }
        auto* actions = w->section(Sections::Actions);
        const QModelIndex first = actions->table()->model()->index(0, 3);
        QVERIFY2(first.data().toString().contains(QStringLiteral("overdue")), qPrintable(first.data().toString()));
        snapshot(w.get(), QStringLiteral("actions"));
    }

    void quickFilterNarrowsTheTable()
    {
        auto w = openWindow();
        w->showSection(Sections::Dialogues);
        SectionView* view = w->section(Sections::Dialogues);
        QCOMPARE(view->countText(), QStringLiteral("16 of 16 shown"));
        typeText(view->filterEdit(), QStringLiteral("日米"));
        QCOMPARE(view->table()->model()->rowCount(), 3);
        QCOMPARE(view->findChild<QLabel*>(QStringLiteral("count"))->text(), QStringLiteral("3 of 16 shown"));
        view->filterEdit()->clear();
        typeText(view->filterEdit(), QStringLiteral("豪"));
        QVERIFY(rowOf(view, 0, QStringLiteral("Japan-Australia Cyber Policy Dialogue")) >= 0);
        QCOMPARE(view->table()->model()->rowCount(), 2);
        view->filterEdit()->clear();
        QCOMPARE(view->table()->model()->rowCount(), 16);
        snapshot(w.get(), QStringLiteral("dialogues"));
    }

    void countryProfileShowsTheRounds()
    {
        auto w = openWindow();
        w->showSection(Sections::Countries);
        SectionView* countries = w->section(Sections::Countries);
        const int row = rowOf(countries, 0, QStringLiteral("US"));
        QVERIFY(row >= 0);
        QTableView* table = countries->table();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(row, 1)).center());
        RecordPageView* page = w->pageView();
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("pageTitle"))->text(), QStringLiteral("United States (米国)"));
        QTreeWidget* tree = page->sectionTree(QStringLiteral("dialogues"));
        QVERIFY(tree);
        QTreeWidgetItem* jpus = findItem(tree, QStringLiteral("Japan-U.S. Cyber Dialogue"));
        QVERIFY(jpus);
        QStringList rounds;
        for (int i = 0; i < jpus->childCount(); ++i)
            rounds << jpus->child(i)->text(0) + QLatin1Char('|') + jpus->child(i)->text(1);
        QVERIFY2(rounds.contains(QStringLiteral("Round 1|9–10 May 2013")), qPrintable(rounds.join(QLatin1Char(','))));
        QVERIFY(rounds.contains(QStringLiteral("Round 9|26 Jun 2024")));
        QVERIFY(rounds.contains(QStringLiteral("Round 6|Jul 2018")));
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("sources")));
        snapshot(w.get(), QStringLiteral("country-profile"));

        // Double-click a round: the event opens, then Back and Forward move through the history.
        QTreeWidgetItem* round9 = nullptr;
        for (int i = 0; i < jpus->childCount(); ++i) {
            if (jpus->child(i)->text(0) == QLatin1String("Round 9"))
                round9 = jpus->child(i);
        }
        QVERIFY(round9);
        settle();
        doubleClick(tree->viewport(), tree->visualItemRect(round9).center());
        QCOMPARE(w->currentSection(), w->section(Sections::Events));
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("pageTitle"))->text(),
                 QStringLiteral("Japan-U.S. Cyber Dialogue — Round 9 (日米サイバー対話（第9回）)"));
        QCOMPARE(w->section(Sections::Events)->currentTarget().kind, NavTarget::Kind::Event);
        QVERIFY(w->canGoBack());
        w->goBack();
        QCOMPARE(w->currentSection(), w->section(Sections::Countries));
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("pageTitle"))->text(), QStringLiteral("United States (米国)"));
        QVERIFY(w->canGoForward());
        w->goForward();
        QCOMPARE(w->currentSection(), w->section(Sections::Events));

        // From the event, its dialogue, and from the dialogue, a party country.
        const PageField* series = nullptr;
        for (const PageField& f : page->page().fields) {
            if (f.target.kind == NavTarget::Kind::Dialogue)
                series = &f;
        }
        QVERIFY(series);
        w->navigate(series->target);
        QCOMPARE(w->currentSection(), w->section(Sections::Dialogues));
        settle();
        QTreeWidget* parties = page->sectionTree(QStringLiteral("parties"));
        QVERIFY(parties);
        QTreeWidgetItem* us = findItem(parties, QStringLiteral("United States"));
        QVERIFY(us);
        const NavTarget usTarget = us->data(0, Qt::UserRole + 1).value<NavTarget>();
        QCOMPARE(usTarget.kind, NavTarget::Kind::Country);
        doubleClick(parties->viewport(), parties->visualItemRect(us).center());
        QCOMPARE(w->currentSection(), w->section(Sections::Countries));
        QCOMPARE(w->section(Sections::Countries)->currentTarget(), usTarget);
    }

    void timelineOpensEventsBesideIt()
    {
        auto w = openWindow();
        auto* sidebar = w->findChild<QListWidget*>(QStringLiteral("sidebar"));
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {},
                          sidebar->visualItemRect(sidebar->item(MainWindow::timelineIndex())).center());
        TimelineSection* timeline = w->timelineSection();
        QVERIFY(timeline->isVisible());
        QCOMPARE(w->currentSection(), nullptr);
        QVERIFY(timeline->waitForLoaded());
        settle();
        auto count = Sql::run(m_db->db().connection(), QStringLiteral("SELECT count(*) FROM event WHERE start_date IS NOT NULL"));
        QVERIFY(count && count->next());
        QCOMPARE(timeline->view()->data()->rows.size(), count->value(0).toInt());
        snapshot(w.get(), QStringLiteral("timeline"));

        // Clicking a mark opens its event in the page beside the timeline, which stays.
        const auto marks = timeline->view()->marks();
        const auto mark = std::find_if(marks.begin(), marks.end(), [](const TimelineView::Mark& m) { return m.eventId > 0; });
        QVERIFY(mark != marks.end());
        QTest::mouseClick(timeline->view(), Qt::LeftButton, {}, mark->rect.center().toPoint());
        settle();
        QCOMPARE(w->pageView()->page().target, (NavTarget{NavTarget::Kind::Event, mark->eventId}));
        QVERIFY(timeline->isVisible());
        QCOMPARE(timeline->view()->selectedEvent(), mark->eventId);

        // The charts share the filters.
        QComboBox* kind = timeline->filterBar()->kindBox();
        kind->setCurrentIndex(kind->findData(QStringLiteral("round")));
        QCOMPARE(w->chartsSection()->filter().kind, QStringLiteral("round"));
        QCOMPARE(w->chartsSection()->filterBar()->kindBox()->currentData().toString(), QStringLiteral("round"));
        QVERIFY(timeline->waitForLoaded());
        for (const TimelineRow& r : timeline->view()->data()->rows)
            QCOMPARE(r.kind, quint8(0)); // "round" is the first kind
        w->showSection(MainWindow::chartsIndex());
        QVERIFY(w->chartsSection()->waitForLoaded());
        snapshot(w.get(), QStringLiteral("charts"));
        timeline->filterBar()->findChild<QPushButton*>(QStringLiteral("clearFilters"))->click();
        QCOMPARE(w->chartsSection()->filter(), EventFilter());
    }

    void countryProfileHasItsTimeline()
    {
        auto w = openWindow();
        auto us = Sql::run(m_db->db().connection(), QStringLiteral("SELECT id FROM country WHERE code = 'US'"));
        QVERIFY(us && us->next());
        const qint64 id = us->value(0).toLongLong();
        w->navigate({NavTarget::Kind::Country, id});
        TimelineSection* timeline = w->pageView()->timeline();
        QVERIFY(timeline);
        QCOMPARE(timeline->filter().countryId, id);
        QVERIFY(timeline->waitForLoaded());
        auto n = Sql::run(m_db->db().connection(),
                          QStringLiteral("SELECT count(DISTINCT e.id) FROM event e JOIN participant p ON p.event_id = e.id "
                                         "WHERE p.country_id = ? AND e.start_date IS NOT NULL"),
                          {id});
        QVERIFY(n && n->next());
        QVERIFY(n->value(0).toInt() > 0);
        QCOMPARE(timeline->view()->data()->rows.size(), n->value(0).toInt());
        snapshot(w.get(), QStringLiteral("country-timeline"));
    }

    void unconfirmedFactsAreVisible()
    {
        auto w = openWindow();
        w->showSection(Sections::Events);
        SectionView* events = w->section(Sections::Events);
        typeText(events->filterEdit(), QStringLiteral("日英サイバー協議（第2回）"));
        waitForTables(w.get());
        QCOMPARE(events->table()->model()->rowCount(), 1);
        QTableView* table = events->table();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 1)).center());
        bool marked = false;
        for (QLabel* l : w->pageView()->findChildren<QLabel*>())
            marked = marked || l->text().contains(QStringLiteral("(unconfirmed)"));
        QVERIFY(marked);
    }

    void globalSearchOpensTheBestMatch()
    {
        auto w = openWindow();
        SearchBox* box = w->searchBox();
        QVERIFY(box);
        QTest::keyClick(w.get(), Qt::Key_K, Qt::ControlModifier);
        QVERIFY(box->hasFocus());
        typeText(box, QStringLiteral("日米"));
        QVERIFY(box->waitForResults());
        QTreeWidget* results = box->results();
        QVERIFY(results->topLevelItemCount() > 2);
        QVERIFY2(results->topLevelItem(0)->text(0).startsWith(QStringLiteral("Dialogues")), qPrintable(results->topLevelItem(0)->text(0)));
        QCOMPARE(results->currentItem()->text(0), QStringLiteral("Japan-U.S. Cyber Dialogue (日米サイバー対話)"));
        QVERIFY(results->currentItem()->text(1).contains(QStringLiteral("<b")));
        snapshot(results->window(), QStringLiteral("search-popup"));
        QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(results->currentItem()->text(0), QStringLiteral("Quad Senior Cyber Group (日米豪印上級サイバーグループ)"));
        QTest::keyClick(box, Qt::Key_Up);
        QTest::keyClick(box, Qt::Key_Return);
        settle();
        QCOMPARE(w->currentSection(), w->section(Sections::Dialogues));
        QCOMPARE(w->pageView()->findChild<QLabel*>(QStringLiteral("pageTitle"))->text(),
                 QStringLiteral("Japan-U.S. Cyber Dialogue (日米サイバー対話)"));
        // User text is text: markup typed into a search shows literally.
        box->clear();
        typeText(box, QStringLiteral("<b>zz"));
        QVERIFY(box->waitForResults());
        QCOMPARE(results->topLevelItemCount(), 0);
        QVERIFY(box->findChild<QLabel*>(QStringLiteral("searchStatus"))->text().contains(QStringLiteral("<b>zz")));
    }

    // An organization found by the search box opens its own page in the Organizations section.
    void globalSearchOpensAnOrganization()
    {
        auto w = openWindow();
        SearchBox* box = w->searchBox();
        QTest::keyClick(w.get(), Qt::Key_K, Qt::ControlModifier);
        typeText(box, QStringLiteral("example-csirt"));
        QVERIFY(box->waitForResults());
        QTreeWidget* results = box->results();
        QVERIFY(results->topLevelItemCount() >= 1);
        QVERIFY2(results->topLevelItem(0)->text(0).startsWith(QStringLiteral("Organizations")),
                 qPrintable(results->topLevelItem(0)->text(0)));
        QCOMPARE(results->currentItem()->text(0), QStringLiteral("EXAMPLE-CSIRT"));
        QTest::keyClick(box, Qt::Key_Return);
        settle();
        QCOMPARE(w->currentSection(), w->section(Sections::Organizations));
        QCOMPARE(w->pageView()->findChild<QLabel*>(QStringLiteral("pageTitle"))->text(), QStringLiteral("EXAMPLE-CSIRT"));
    }

    // What another window or program commits shows up without a restart: here an organization added through a
    // connection of its own, as a second Liaison would.
    void commitsByOthersAreShown()
    {
        auto w = openWindow();
        QAbstractItemModel* organizations = w->section(Sections::Organizations)->model();
        const int before = organizations->rowCount();
        Organization o;
        o.acronym = QStringLiteral("ELSEWHERE-CERT");
        auto other = Database::open(m_db->path(), Database::Mode::OpenExisting);
        QVERIFY(other);
        QVERIFY(OrganizationRepository((*other)->connection()).insert(o));
        QTRY_COMPARE_WITH_TIMEOUT(organizations->rowCount(), before + 1, 10000);
        QVERIFY(Sql::run((*other)->connection(), QStringLiteral("DELETE FROM organization WHERE id = ?"), {o.id}));
        QTRY_COMPARE_WITH_TIMEOUT(organizations->rowCount(), before, 10000);
    }

    // A refresh for someone else's commit keeps the open page where the reader has scrolled to.
    void aRefreshKeepsThePageWhereItWasScrolled()
    {
        auto w = openWindow();
        w->resize(1000, 500);
        auto jp = Sql::run(m_db->db().connection(), QStringLiteral("SELECT id FROM country WHERE code = 'JP'"));
        QVERIFY(jp && jp->next());
        w->navigate({NavTarget::Kind::Country, jp->value(0).toLongLong()});
        settle();
        QScrollBar* bar = w->pageView()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 300);
        bar->setValue(300);
        QAbstractItemModel* organizations = w->section(Sections::Organizations)->model();
        const int before = organizations->rowCount();
        const QPointer<QWidget> shown = w->pageView()->widget();
        Organization o;
        o.acronym = QStringLiteral("SCROLL-CERT");
        auto other = Database::open(m_db->path(), Database::Mode::OpenExisting);
        QVERIFY(other);
        QVERIFY(OrganizationRepository((*other)->connection()).insert(o));
        QTRY_COMPARE_WITH_TIMEOUT(organizations->rowCount(), before + 1, 10000);
        // The page was built anew (its content is another widget), then laid out, parts of it later still: it ends
        // where it was, however long the layout takes on a busy machine.
        QTRY_VERIFY_WITH_TIMEOUT(w->pageView()->widget() != shown, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(bar->value(), 300, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(w->pageView()->isScrollSettled(), 10000);
        QCOMPARE(bar->value(), 300);
        QVERIFY(Sql::run((*other)->connection(), QStringLiteral("DELETE FROM organization WHERE id = ?"), {o.id}));
        QTRY_COMPARE_WITH_TIMEOUT(organizations->rowCount(), before, 10000);
    }

    void theFirstStartOfADaySavesABackup()
    {
        auto w = openWindow();
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups");
        const QString expected = DailyBackup::fileFor(folder, m_db->path(), QDate::currentDate());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(expected), 30000);
    }

    void layoutAndLastViewPersist()
    {
        {
            auto w = openWindow();
            w->showSection(Sections::Fora);
            w->section(Sections::Fora)->table()->setColumnHidden(3, true);
            w->close();
        }
        auto w = openWindow();
        QCOMPARE(w->currentSection(), w->section(Sections::Fora));
        QVERIFY(w->section(Sections::Fora)->table()->isColumnHidden(3));
    }

    void createAnEventWithParticipantsAndActionsThenUndoAndRedo()
    {
        auto w = openWindow();
        auto jpUs = DialogueRepository(m_db->db().connection()).all();
        QVERIFY(jpUs);
        qint64 dialogueId = 0;
        for (const Dialogue& d : *jpUs) {
            if (d.key == QLatin1String("jp-us"))
                dialogueId = d.id;
        }
        QVERIFY(dialogueId);
        w->navigate(NavTarget{NavTarget::Kind::Dialogue, dialogueId});
        int editors = 0;
        QString firstError;
        MainWindow::setDialogRunner([&](QDialog* d) {
            auto* editor = qobject_cast<EventEditor*>(d);
            if (!editor)
                return int(QDialog::Rejected);
            ++editors;
            d->show();
            QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("title_en")), QStringLiteral("Cyber consultations"));
            typeText(editor->findChild<QLineEdit*>(QStringLiteral("title_ja")), QStringLiteral("サイバー協議"));
            QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("start_date")), QStringLiteral("2026-12-03"));
            QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("end_date")), QStringLiteral("2026-12-01"));
            QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("participantTable_add")), Qt::LeftButton);
            editor->participantTable()->item(0, 1)->setText(QStringLiteral("Ambassador for Cyber Policy"));
            QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("actionTable_add")), Qt::LeftButton);
            editor->actionTable()->item(0, 0)->setText(QStringLiteral("Exchange contact points"));
            editor->actionTable()->item(0, 2)->setText(QStringLiteral("2027-01"));
            snapshot(editor, QStringLiteral("event-editor"));
            editor->accept(); // the end is before the start: refused, the form kept
            firstError = editor->errorText(QStringLiteral("end_date"));
            if (editor->result() == QDialog::Accepted)
                return int(QDialog::Accepted);
            snapshot(editor, QStringLiteral("event-editor-error"));
            auto* end = editor->findChild<QLineEdit*>(QStringLiteral("end_date"));
            end->clear();
            QTest::keyClicks(end, QStringLiteral("2026-12-04"));
            editor->accept();
            return editor->result();
        });
        w->newEvent();
        MainWindow::setDialogRunner({});
        QCOMPARE(editors, 1);
        QVERIFY2(firstError.contains(QStringLiteral("before the start")), qPrintable(firstError));
        const NavTarget created = w->currentRecord();
        QCOMPARE(created.kind, NavTarget::Kind::Event);
        auto event = w->store()->event(created.id);
        QVERIFY(event);
        QCOMPARE(event->titleJa, QStringLiteral("サイバー協議"));
        QCOMPARE(event->dialogueId, dialogueId);
        QCOMPARE(event->endDate, QStringLiteral("2026-12-04"));
        QCOMPARE(event->participants.size(), 1);
        auto actions = w->store()->actionsOf(created.id);
        QVERIFY(actions);
        QCOMPARE(actions->size(), 1);
        QCOMPARE(actions->first().dueDate, QStringLiteral("2027-01"));

        QAction* undo = w->findChild<QAction*>(QStringLiteral("undo"));
        QAction* redo = w->findChild<QAction*>(QStringLiteral("redo"));
        QVERIFY(undo && redo && undo->isEnabled());
        undo->trigger();
        QVERIFY(!w->store()->event(created.id));
        QVERIFY(w->store()->actionsOf(created.id)->isEmpty());
        QVERIFY(redo->isEnabled());
        redo->trigger();
        auto back = w->store()->event(created.id);
        QVERIFY2(back, "redo brings the event back under its id");
        QCOMPARE(back->titleEn, QStringLiteral("Cyber consultations"));
        QCOMPARE(w->store()->actionsOf(created.id)->size(), 1);

        // The History panel lists the insert of the event, its participant and its action.
        w->navigate(created);
        int rows = 0;
        QString what;
        MainWindow::setDialogRunner([&](QDialog* d) {
            if (auto* h = qobject_cast<HistoryDialog*>(d)) {
                rows = h->table()->model()->rowCount();
                for (int r = 0; r < rows; ++r)
                    what += h->table()->model()->index(r, 2).data().toString() + QLatin1Char(';');
                snapshot(h, QStringLiteral("history"));
            }
            return int(QDialog::Rejected);
        });
        w->showHistory();
        MainWindow::setDialogRunner({});
        QVERIFY2(rows >= 3, qPrintable(what));
        QVERIFY2(what.contains(QStringLiteral("participant added")), qPrintable(what));
        QVERIFY2(what.contains(QStringLiteral("action added")), qPrintable(what));
        QVERIFY2(what.contains(QStringLiteral("event deleted")), qPrintable(what)); // the undo
    }

    void aStaleSaveIsRefusedAndTheEditKept()
    {
        auto w = openWindow();
        auto events = EventRepository(m_db->db().connection()).all();
        QVERIFY(events);
        const Event target = events->last();
        w->navigate(NavTarget{NavTarget::Kind::Event, target.id});
        int editors = 0;
        QString problem, keptPlace;
        MainWindow::setDialogRunner([&](QDialog* d) {
            auto* editor = qobject_cast<EventEditor*>(d);
            if (!editor)
                return int(QDialog::Rejected);
            if (++editors == 1) {
                // Another Liaison process saves the same event while this form is open.
                auto other = Database::open(m_db->path(), Database::Mode::OpenExisting);
                if (!other)
                    return int(QDialog::Rejected);
                Event theirs = *EventRepository((*other)->connection()).byId(target.id);
                theirs.place = QStringLiteral("Their place");
                if (!EventRepository((*other)->connection()).update(theirs))
                    return int(QDialog::Rejected);
                auto* place = editor->findChild<QLineEdit*>(QStringLiteral("place"));
                place->clear();
                QTest::keyClicks(place, QStringLiteral("My place"));
                editor->accept();
                return editor->result();
            }
            problem = editor->problemText();
            keptPlace = editor->findChild<QLineEdit*>(QStringLiteral("place"))->text();
            snapshot(editor, QStringLiteral("event-editor-conflict"));
            return int(QDialog::Rejected); // keep theirs
        });
        w->editCurrent();
        MainWindow::setDialogRunner({});
        QCOMPARE(editors, 2);
        QVERIFY2(problem.contains(QStringLiteral("after you opened it")), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("Their place")) && problem.contains(QStringLiteral("My place")),
                 qPrintable(problem));
        QCOMPARE(keptPlace, QStringLiteral("My place"));
        QCOMPARE(w->store()->event(target.id)->place, QStringLiteral("Their place"));
    }

    void editAndDeleteACountryWithUndo()
    {
        auto w = openWindow();
        auto countries = CountryRepository(m_db->db().connection()).all();
        QVERIFY(countries);
        Country fr;
        for (const Country& c : *countries) {
            if (c.code == QLatin1String("FR"))
                fr = c;
        }
        w->navigate(NavTarget{NavTarget::Kind::Country, fr.id});
        MainWindow::setDialogRunner([](QDialog* d) {
            auto* editor = qobject_cast<CountryEditor*>(d);
            if (!editor)
                return int(QDialog::Rejected);
            editor->findChild<QPlainTextEdit*>(QStringLiteral("note"))->setPlainText(QStringLiteral("Edited <b>note</b>"));
            editor->accept();
            return editor->result();
        });
        w->editCurrent();
        MainWindow::setDialogRunner({});
        QCOMPARE(w->store()->country(fr.id)->note, QStringLiteral("Edited <b>note</b>"));
        w->findChild<QAction*>(QStringLiteral("undo"))->trigger();
        QCOMPARE(w->store()->country(fr.id)->note, fr.note);

        // A country that events refer to cannot go; the message says why and nothing changes.
        MessageBox::setTestAnswer(true);
        const qsizetype before = m_messages.size();
        w->deleteCurrent();
        QCOMPARE(m_messages.size(), before + 2); // the question, then why it could not be done
        QVERIFY2(m_messages.last().contains(QStringLiteral("other records still refer to it")), qPrintable(m_messages.last()));
        m_messages.resize(before);
        QVERIFY(w->store()->country(fr.id));
    }

    void tagARecordThenOpenTheTagFromEditTags()
    {
        auto w = openWindow();
        const Country fr = *CountryRepository(m_db->db().connection()).byCode(QStringLiteral("FR"));
        w->navigate(NavTarget{NavTarget::Kind::Country, fr.id});
        MainWindow::setDialogRunner([](QDialog* d) {
            auto* editor = qobject_cast<CountryEditor*>(d);
            if (!editor)
                return int(QDialog::Rejected);
            editor->findChild<TagEdit*>(QStringLiteral("tags"))->setText(QStringLiteral("Window test tag"));
            editor->accept();
            return editor->result();
        });
        w->editCurrent();
        QCOMPARE(w->store()->country(fr.id)->tags, QStringList{QStringLiteral("Window test tag")});
        QTRY_VERIFY(w->pageView()->findChild<QLabel*>(QStringLiteral("tagChips")));
        QVERIFY(w->pageView()->findChild<QLabel*>(QStringLiteral("tagChips"))->text().contains(QStringLiteral("Window test tag")));

        // Edit › Tags…: pick the tag and ask for its records; the window shows the tag's page.
        bool sawDialog = false;
        MainWindow::setDialogRunner([&](QDialog* d) {
            auto* tags = qobject_cast<TagsDialog*>(d);
            if (!tags)
                return int(QDialog::Rejected);
            sawDialog = true;
            tags->filterEdit()->setText(QStringLiteral("window test"));
            tags->table()->selectRow(0);
            QTest::mouseClick(tags->findChild<QPushButton*>(QStringLiteral("show")), Qt::LeftButton);
            return tags->result();
        });
        w->findChild<QAction*>(QStringLiteral("tags"))->trigger();
        MainWindow::setDialogRunner({});
        QVERIFY(sawDialog);
        QCOMPARE(w->currentRecord().kind, NavTarget::Kind::Tag);
        QCOMPARE(w->pageView()->findChild<QLabel*>(QStringLiteral("pageTitle"))->text(), QStringLiteral("Window test tag"));
        QVERIFY(w->pageView()->sectionTree(QStringLiteral("tagged-country")));
        QCOMPARE(w->currentSection(), w->section(Sections::Countries)); // the section stays as it was
        w->goBack();
        QCOMPARE(w->currentRecord(), (NavTarget{NavTarget::Kind::Country, fr.id}));
        w->findChild<QAction*>(QStringLiteral("undo"))->trigger();
        QVERIFY(w->store()->country(fr.id)->tags.isEmpty());
    }

    void theHistoryNamesTheConfiguredUser()
    {
        auto w = openWindow();
        MainWindow::setDialogRunner([](QDialog* d) {
            auto* name = d->findChild<QLineEdit*>(QStringLiteral("userName"));
            if (!name)
                return int(QDialog::Rejected);
            name->setText(QStringLiteral("佐藤"));
            return int(QDialog::Accepted);
        });
        w->askUserName();
        MainWindow::setDialogRunner({});
        QCOMPARE(QSettings().value(QStringLiteral("user/name")).toString(), QStringLiteral("佐藤"));
        auto fr = CountryRepository(m_db->db().connection()).byCode(QStringLiteral("FR"));
        QVERIFY(fr);
        Country edited = *fr;
        edited.note = QStringLiteral("by Sato");
        QVERIFY(w->store()->save(*fr, edited));
        auto history = w->store()->history(NavTarget{NavTarget::Kind::Country, fr->id});
        QVERIFY(history && !history->isEmpty());
        QCOMPARE(history->first().user, QStringLiteral("佐藤"));
        // A new window on the database keeps the name.
        w.reset();
        auto again = openWindow();
        QCOMPARE(again->store()->database().auditUser(), QStringLiteral("佐藤"));
        QSettings().remove(QStringLiteral("user/name"));
    }

    void importAndExportFromTheFileMenu()
    {
        auto w = openWindow();
        auto menuAction = [&](const QString& text) -> QAction* {
            for (QAction* top : w->menuBar()->actions()) {
                for (QAction* a : top->menu() ? top->menu()->actions() : QList<QAction*>()) {
                    if (a->text() == text)
                        return a;
                }
            }
            return nullptr;
        };
        QAction* import = menuAction(QStringLiteral("&Import…"));
        QAction* exportAction = menuAction(QStringLiteral("&Export…"));
        QVERIFY(import && exportAction);
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        const QString good = dir.filePath(QStringLiteral("good.csv"));
        for (const auto& [path, text] : {std::pair{bad, QByteArray("key,title_en,start_date\nmenu-1,A,2020-13\n")},
                                         std::pair{good, QByteArray("key,title_en,start_date\nmenu-1,Imported from the menu,2020-03\n")}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        // A bad file: the error names file, line and field; nothing is asked, nothing imported.
        FileDialog::setTestChooser([&](const QString&) { return bad; });
        import->trigger();
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.first().contains(bad + QStringLiteral(": line 2, field start_date")), qPrintable(m_messages.first()));
        m_messages.clear();
        // A good file: the dry-run summary is shown for confirmation, then the record is there.
        FileDialog::setTestChooser([&](const QString&) { return good; });
        MessageBox::setTestAnswer(true);
        import->trigger();
        QVERIFY2(m_messages.join(QLatin1Char('\n')).contains(QStringLiteral("events: 1 added, 0 changed")), qPrintable(m_messages.join(QLatin1Char('\n'))));
        m_messages.clear();
        auto events = EventRepository(m_db->db().connection()).all();
        QVERIFY(events);
        QVERIFY(std::any_of(events->cbegin(), events->cend(), [](const Event& e) {
            return e.key == QLatin1String("menu-1") && e.titleEn == QLatin1String("Imported from the menu");
        }));
        // Export as a calendar, chosen by the file's suffix.
        const QString ics = dir.filePath(QStringLiteral("events.ics"));
        FileDialog::setTestChooser([&](const QString&) { return ics; });
        exportAction->trigger();
        FileDialog::setTestChooser({});
        QVERIFY(QFile::exists(ics));
        m_messages.clear(); // the note on events without a start date
    }

    void anOrganizationIsCreatedNamedByAnEventAndKeptWhileNamed()
    {
        auto w = openWindow();
        QAction* newOrganization = nullptr;
        for (QAction* a : w->menuBar()->findChildren<QAction*>()) {
            if (a->text() == QStringLiteral("Organization…"))
                newOrganization = a;
        }
        QVERIFY(newOrganization);
        // Made from France's page, the new organization is France's.
        w->navigate(NavTarget{NavTarget::Kind::Country, CountryRepository(m_db->db().connection()).byCode(QStringLiteral("FR"))->id});
        MainWindow::setDialogRunner([](QDialog* d) {
            auto* editor = qobject_cast<OrganizationEditor*>(d);
            if (!editor || editor->findChild<QComboBox*>(QStringLiteral("country"))->currentData() != QStringLiteral("FR"))
                return int(QDialog::Rejected);
            QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("acronym")), QStringLiteral("MOT"));
            QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("name_en")), QStringLiteral("Ministry of Testing"));
            editor->accept();
            return editor->result();
        });
        newOrganization->trigger();
        MainWindow::setDialogRunner({});
        const NavTarget made = w->currentRecord();
        QCOMPARE(made.kind, NavTarget::Kind::Organization);
        QCOMPARE(w->currentSection(), w->section(Sections::Organizations));
        QCOMPARE(w->pageView()->page().title, QStringLiteral("Ministry of Testing"));
        QCOMPARE(w->store()->organization(made.id)->country, QStringLiteral("FR"));
        settle();
        QVERIFY(w->section(Sections::Organizations)->table()->model()->rowCount() >= 2);

        // In the event editor a participant can be the organization; its country comes with it.
        MainWindow::setDialogRunner([&](QDialog* d) {
            auto* editor = qobject_cast<EventEditor*>(d);
            if (!editor)
                return int(QDialog::Rejected);
            QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("title_en")), QStringLiteral("Testing workshop"));
            QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("participantTable_add")), Qt::LeftButton);
            auto* organization = qobject_cast<QComboBox*>(editor->participantTable()->cellWidget(0, 2));
            auto* country = qobject_cast<QComboBox*>(editor->participantTable()->cellWidget(0, 0));
            if (!organization || !country)
                return int(QDialog::Rejected);
            organization->setCurrentIndex(organization->findData(made.id));
            if (country->currentData().toString() != QLatin1String("FR"))
                return int(QDialog::Rejected);
            editor->accept();
            return editor->result();
        });
        w->newEvent();
        MainWindow::setDialogRunner({});
        const NavTarget event = w->currentRecord();
        QCOMPARE(event.kind, NavTarget::Kind::Event);
        const Event saved = *w->store()->event(event.id);
        QCOMPARE(saved.participants.size(), 1);
        QCOMPARE(saved.participants.first().organizationId, made.id);
        const PageSection* people = w->pageView()->page().section(QStringLiteral("participants"));
        QVERIFY(people);
        QCOMPARE(people->rows.first().cells.value(1), QStringLiteral("MOT \u2014 Ministry of Testing"));
        QCOMPARE(people->rows.first().target, made);

        // Named by the event, the organization cannot be deleted; the message says by how many events.
        w->navigate(made);
        MessageBox::setTestAnswer(true);
        const qsizetype before = m_messages.size();
        w->deleteCurrent();
        QCOMPARE(m_messages.size(), before + 2); // the question, then why it could not be done
        QVERIFY2(m_messages.last().contains(QStringLiteral("1 event name it")), qPrintable(m_messages.last()));
        m_messages.resize(before);
        QVERIFY(w->store()->organization(made.id));
        QCOMPARE(w->store()->event(event.id)->participants.first().organizationId, made.id);

        // Once the event is gone it can go, and Undo brings it back.
        QVERIFY(w->store()->deleteEvent(saved));
        w->deleteCurrent();
        QCOMPARE(m_messages.size(), before + 1); // the question only
        m_messages.resize(before);
        QVERIFY(!w->store()->organization(made.id));
        w->findChild<QAction*>(QStringLiteral("undo"))->trigger();
        QVERIFY(w->store()->organization(made.id));
    }

    void cleanupTestCase() { QCOMPARE(m_messages, QStringList()); }

private:
    std::unique_ptr<TestDatabase> m_db;
    QStringList m_messages;
};

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
