// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/MainWindow.h"

#include "core/Language.h"
#include "gui/DatabaseSession.h"
#include "gui/EditController.h"
#include "gui/FileDialog.h"
#include "gui/Housekeeping.h"
#include "gui/dialogs/BriefingDialog.h"
#include "gui/MessageBox.h"
#include "gui/RecordPageView.h"
#include "gui/SectionView.h"
#include "gui/widgets/AttachmentsPanel.h"
#include "gui/dialogs/TagsDialog.h"
#include "gui/dialogs/HistoryDialog.h"
#include "models/RecordStore.h"
#include "gui/views/ChartsSection.h"
#include "gui/views/TimelineSection.h"
#include "gui/widgets/TimelineView.h"
#include "gui/widgets/BusyCursor.h"
#include "gui/widgets/SearchBox.h"
#include "io/Exporter.h"
#include "io/Importer.h"
#include "models/Catalog.h"
#include "models/NavigationHistory.h"
#include "models/Sections.h"
#include "storage/Database.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QUndoGroup>
#include <QUndoStack>

namespace {
std::function<int(QDialog*)>& dialogRunner()
{
    static std::function<int(QDialog*)> runner;
    return runner;
}

QString displayName(const Country& r) { return pickName(uiLanguage(), r.nameEn, r.nameJa); }
QString displayName(const Dialogue& r) { return pickName(uiLanguage(), r.nameEn, r.nameJa); }
QString displayName(const Forum& r) { return pickName(uiLanguage(), r.nameEn, r.nameJa); }
QString displayName(const Agreement& r) { return pickName(uiLanguage(), r.titleEn, r.titleJa); }
QString displayName(const PolicyItem& r) { return pickName(uiLanguage(), r.titleEn, r.titleJa); }
QString displayName(const Organization& r) { return acronymAndName(uiLanguage(), r.acronym, r.nameEn, r.nameJa); }
} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget* parent)
    : QMainWindow(parent), m_sidebar(new QListWidget(this)), m_stack(new QStackedWidget(this)),
      m_page(new RecordPageView(this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_history(new NavigationHistory(NavigationHistory::kDefaultCap, this))
{
    m_session = std::make_unique<DatabaseSession>(db->path(), this, [this](QDialog* d) { return runDialog(d); });
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Liaison"));
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    QFont sf = m_sidebar->font();
    sf.setPointSizeF(sf.pointSizeF() * 1.1);
    m_sidebar->setFont(sf);

    for (int s = 0; s < Sections::Count; ++s) {
        auto* view = new SectionView(Sections::key(Sections::Section(s)), m_session->model(s), m_stack);
        m_stack->addWidget(view);
        m_sections << view;
        m_sidebar->addItem(Sections::title(Sections::Section(s)));
        connect(view, &SectionView::currentChanged, this, [this](const NavTarget& t) {
            if (currentRecord() != t)
                navigate(t);
        });
        connect(view, &SectionView::activated, this, &MainWindow::navigate);
    }
    // The timeline and the charts follow the tables; they share one set of filters.
    m_timeline = new TimelineSection(TimelineSection::Mode::Full, m_stack);
    m_charts = new ChartsSection(m_stack);
    m_timeline->setDeferredWhileHidden(true);
    m_charts->setDeferredWhileHidden(true);
    m_stack->addWidget(m_timeline);
    m_stack->addWidget(m_charts);
    m_sidebar->addItem(tr("Timeline"));
    m_sidebar->addItem(tr("Charts"));
    connect(m_timeline, &TimelineSection::eventActivated, this, &MainWindow::navigate);
    connect(m_timeline, &TimelineSection::filterEdited, m_charts, &ChartsSection::setFilter);
    connect(m_charts, &ChartsSection::filterEdited, m_timeline, &TimelineSection::setFilter);
    m_sidebar->setMaximumWidth(m_sidebar->sizeHintForColumn(0) + 40);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_page, &RecordPageView::navigateRequested, this, &MainWindow::navigate);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_page);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    connect(m_session.get(), &DatabaseSession::closing, this,
            [this] { m_undoGroup->removeStack(m_session->store()->undoStack()); });
    connect(m_session.get(), &DatabaseSession::opened, this, &MainWindow::databaseOpened);
    connect(m_session.get(), &DatabaseSession::refreshed, this, &MainWindow::refreshViews);
    connect(m_session.get(), &DatabaseSession::refreshFailed, this,
            [this](const QString& error) { MessageBox::critical(this, tr("Cannot read the database"), error); });
    connect(m_session.get(), &DatabaseSession::saved, this, &MainWindow::navigate);
    connect(m_session.get(), &DatabaseSession::undoFailed, this,
            [this](const QString& message) { MessageBox::critical(this, tr("Nothing was changed"), message); });
    Housekeeping* housekeeping = m_session->housekeeping();
    connect(housekeeping, &Housekeeping::backupFinished, this, [this](const QString& copy, const QString& error) {
        if (!error.isEmpty())
            statusBar()->showMessage(tr("The daily backup failed: %1").arg(error));
        emit dailyBackupFinished(copy, error);
    });
    connect(housekeeping, &Housekeeping::checked, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Database: %1 (checked)").arg(QDir::toNativeSeparators(path)), 0);
    });
    connect(housekeeping, &Housekeeping::damaged, this,
            [this](const QString& error) { MessageBox::critical(this, tr("The database is damaged"), error); });

    buildActions();
    loadDatabase(std::move(db));
    restoreSettings();
    updateEditActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    QAction* brief = file->addAction(tr("&Briefing pack…"), this, [this] {
        BriefingDialog dialog(m_session->database(), this);
        if (currentRecord().isValid())
            dialog.preselect(currentRecord());
        dialog.exec();
    });
    brief->setObjectName(QStringLiteral("briefingPack"));
    file->addAction(tr("&Import…"), this, &MainWindow::importFile);
    file->addAction(tr("&Export…"), this, &MainWindow::exportFile);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undoGroup = new QUndoGroup(this);
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undo"));
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    redo->setObjectName(QStringLiteral("redo"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_newEvent = edit->addAction(tr("&New Event…"), this, &MainWindow::newEvent);
    m_newEvent->setShortcut(QKeySequence::New);
    QMenu* newMenu = edit->addMenu(tr("New &Record"));
    const std::pair<NavTarget::Kind, QString> kinds[] = {{NavTarget::Kind::Country, tr("Country…")},
                                                         {NavTarget::Kind::Dialogue, tr("Dialogue…")},
                                                         {NavTarget::Kind::Forum, tr("Forum…")},
                                                         {NavTarget::Kind::Agreement, tr("Agreement…")},
                                                         {NavTarget::Kind::Policy, tr("Policy Item…")},
                                                         {NavTarget::Kind::Organization, tr("Organization…")}};
    for (const auto& [kind, label] : kinds)
        newMenu->addAction(label, this, [this, kind = kind] { newRecord(kind); });
    m_edit = edit->addAction(tr("&Edit Record…"), this, &MainWindow::editCurrent);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_nextRound = edit->addAction(tr("Ne&xt Round…"), this, &MainWindow::nextRound);
    m_nextRound->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_delete = edit->addAction(tr("&Delete Record…"), this, &MainWindow::deleteCurrent);
    m_delete->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    edit->addSeparator();
    m_historyAction = edit->addAction(tr("&History…"), this, &MainWindow::showHistory);
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_attachments = edit->addAction(tr("&Attachments…"), this, &MainWindow::showAttachments);
    m_attachments->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QAction* tags = edit->addAction(tr("&Tags…"), this, [this] {
        TagsDialog dialog(*m_session->store(), this);
        NavTarget open;
        connect(&dialog, &TagsDialog::openRequested, &dialog, [&](const NavTarget& t) {
            open = t;
            dialog.accept();
        });
        runDialog(&dialog);
        navigate(open);
    });
    tags->setObjectName(QStringLiteral("tags"));
    edit->addSeparator();
    edit->addAction(tr("Your &Name in the History…"), this, &MainWindow::askUserName);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    m_back = go->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Back"), this, &MainWindow::goBack);
    m_back->setShortcuts({QKeySequence::Back, QKeySequence(Qt::ALT | Qt::Key_Left)});
    m_back->setObjectName(QStringLiteral("back"));
    m_forward = go->addAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Forward"), this, &MainWindow::goForward);
    m_forward->setShortcuts({QKeySequence::Forward, QKeySequence(Qt::ALT | Qt::Key_Right)});
    m_forward->setObjectName(QStringLiteral("forward"));
    m_back->setEnabled(canGoBack());
    m_forward->setEnabled(canGoForward());
    connect(m_history, &NavigationHistory::availabilityChanged, this, [this](bool back, bool forward) {
        m_back->setEnabled(back);
        m_forward->setEnabled(forward);
    });
    go->addSeparator();
    for (int s = 0; s < Sections::Count; ++s) {
        QAction* a = go->addAction(Sections::title(Sections::Section(s)), this, [this, s] { showSection(s); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + s)));
    }
    for (int s : {timelineIndex(), chartsIndex()}) {
        QAction* a = go->addAction(m_sidebar->item(s)->text(), this, [this, s] { showSection(s); });
        // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth.
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(s < 9 ? Qt::Key_1 + s : Qt::Key_0)));
    }
    QAction* find = go->addAction(tr("Filter the &Current Table"), this, [this] {
        if (!currentSection())
            return;
        currentSection()->filterEdit()->setFocus();
        currentSection()->filterEdit()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QMenu* language = view->addMenu(tr("&Language"));
    auto* group = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
    const std::pair<QString, QString> choices[] = {{QStringLiteral("system"), tr("System default")},
                                                   {QStringLiteral("en"), QStringLiteral("English")},
                                                   {QStringLiteral("ja"), QStringLiteral("日本語")}};
    for (const auto& [code, label] : choices) {
        QAction* a = language->addAction(label, this, [this, code] { setLanguage(code); });
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Liaison"), this, [this] {
        const QString path = m_session->isOpen() ? m_session->database().path() : QString();
        MessageBox::information(this, tr("About Liaison"),
                                tr("Liaison %1\nA record of international cybersecurity relations: countries, dialogues, "
                                   "fora, events, agreements, policy references and follow-up actions.\n\nDatabase: %2")
                                    .arg(QStringLiteral(LIAISON_VERSION), path));
    });

    QToolBar* bar = addToolBar(tr("Navigation"));
    bar->setObjectName(QStringLiteral("navigationBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_back);
    bar->addAction(m_forward);
    bar->addSeparator();
    bar->addAction(m_newEvent);
    bar->addAction(m_edit);
    bar->addAction(m_historyAction);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_search = new SearchBox(bar);
    bar->addWidget(m_search);
    connect(m_search, &SearchBox::openRequested, this, &MainWindow::navigate);
    QAction* focusSearch = go->addAction(tr("&Search Everything"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    focusSearch->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
}

bool MainWindow::loadDatabase(std::unique_ptr<Database> db)
{
    if (const Status s = m_session->open(std::move(db)); !s) {
        MessageBox::critical(this, tr("Cannot read the database"), s.error());
        return false;
    }
    return true;
}

void MainWindow::databaseOpened()
{
    const QString path = m_session->database().path();
    m_undoGroup->addStack(m_session->store()->undoStack());
    m_undoGroup->setActiveStack(m_session->store()->undoStack());
    m_search->setDatabasePath(path);
    for (SectionView* section : std::as_const(m_sections)) {
        section->refreshFacets();
        section->fitColumns();
    }
    m_timeline->setDatabasePath(path);
    m_timeline->setCountries(m_session->catalog().countries);
    m_timeline->reload();
    m_charts->setDatabasePath(path);
    m_charts->setCountries(m_session->catalog().countries);
    m_charts->reload();
    m_page->setDatabasePath(path);
    m_history->clear();
    m_page->showMessage(tr("Select a record to see its details."));
    statusBar()->showMessage(tr("Database: %1").arg(QDir::toNativeSeparators(path)));
    setWindowTitle(tr("Liaison — %1").arg(QFileInfo(path).fileName()));
    updateEditActions();
}

void MainWindow::openDatabase()
{
    const QString path = FileDialog::openFile(this, tr("Open Database"), databaseFolder(),
                                              tr("Liaison databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    auto db = Database::open(path, Database::Mode::OpenExisting);
    if (!db) {
        MessageBox::critical(this, tr("Cannot open the database"), db.error());
        return;
    }
    loadDatabase(std::move(db).value());
}

QString MainWindow::databaseFolder() const { return QFileInfo(m_session->database().path()).absolutePath(); }

int MainWindow::timelineIndex() { return Sections::Count; }

int MainWindow::chartsIndex() { return Sections::Count + 1; }
void MainWindow::importFile()
{
    const QString path = FileDialog::openFile(this, tr("Import"), databaseFolder(),
                                              tr("CSV or JSON (*.csv *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    // A dry run first: the user sees what would be added and changed, then confirms.
    auto plan = whileBusy([&] { return Importer(m_session->database()).importFile(path, {}, true); });
    if (!plan) {
        MessageBox::critical(this, tr("Cannot import"), plan.error());
        return;
    }
    if (!MessageBox::question(this, tr("Import"), plan->summary() + QStringLiteral("\n\n") + tr("Import these records?")))
        return;
    auto done = whileBusy([&] { return Importer(m_session->database()).importFile(path, {}, false); });
    if (!done) {
        MessageBox::critical(this, tr("Cannot import"), done.error());
        return;
    }
    // The views read through their own connections: reopening the file shows the new records everywhere.
    if (auto db = whileBusy([&] { return Database::open(m_session->database().path(), Database::Mode::OpenExisting); }))
        loadDatabase(std::move(db).value());
    statusBar()->showMessage(tr("Imported %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::exportFile()
{
    const QString path = FileDialog::saveFile(this, tr("Export"), databaseFolder(),
                                              tr("Complete dump (*.json);;Events as CSV (*.csv);;Events as calendar (*.ics)"));
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString format = suffix == QLatin1String("csv") || suffix == QLatin1String("ics") ? suffix : QStringLiteral("json");
    QString note;
    const Status s = whileBusy([&] {
        const QString what = format == QLatin1String("json") ? QStringLiteral("all") : QStringLiteral("events");
        return Exporter(m_session->database()).exportTo(format, what, path, &note);
    });
    if (!s) {
        MessageBox::critical(this, tr("Cannot export"), s.error());
        return;
    }
    if (!note.isEmpty())
        MessageBox::information(this, tr("Export"), note);
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

SectionView* MainWindow::section(int index) const { return m_sections.value(index); }

SectionView* MainWindow::currentSection() const { return m_sections.value(m_stack->currentIndex()); }

void MainWindow::showSection(int index)
{
    m_sidebar->setCurrentRow(index);
}

void MainWindow::navigate(const NavTarget& target)
{
    if (!target.isValid())
        return;
    m_history->visit(target);
    display(target);
}

void MainWindow::display(const NavTarget& target, bool keepPlace)
{
    // A tag is no row of any table: its page opens beside whatever section is shown.
    if (target.kind != NavTarget::Kind::Tag) {
        const int s = Sections::forKind(target.kind);
        // From the timeline or the charts, the record opens beside them rather than taking their place.
        if (m_stack->currentIndex() < Sections::Count)
            showSection(s);
        m_sections[s]->selectId(target.id);
    }
    m_timeline->view()->setSelectedEvent(target.kind == NavTarget::Kind::Event ? target.id : 0);
    auto page = m_session->page(target);
    if (page && keepPlace)
        m_page->refreshPage(*page);
    else if (page)
        m_page->showPage(*page);
    else
        m_page->showMessage(page.error());
    updateEditActions();
}

void MainWindow::setDialogRunner(std::function<int(QDialog*)> runner) { dialogRunner() = std::move(runner); }

int MainWindow::runDialog(QDialog* dialog)
{
    return dialogRunner() ? dialogRunner()(dialog) : dialog->exec();
}

void MainWindow::updateEditActions()
{
    const NavTarget t = currentRecord();
    const bool known = t.isValid() && t.kind != NavTarget::Kind::Tag; // tags are edited in Edit › Tags…
    m_edit->setEnabled(known);
    m_delete->setEnabled(known);
    m_historyAction->setEnabled(t.isValid());
    m_attachments->setEnabled(known);
    m_nextRound->setEnabled(t.kind == NavTarget::Kind::Dialogue || t.kind == NavTarget::Kind::Event);
}

void MainWindow::refreshViews()
{
    for (SectionView* section : std::as_const(m_sections))
        section->refreshFacets();
    m_timeline->setCountries(m_session->catalog().countries);
    m_timeline->reload();
    m_charts->setCountries(m_session->catalog().countries);
    m_charts->reload();
    const NavTarget t = currentRecord();
    if (t.isValid())
        display(t, true);
}

RecordStore* MainWindow::store() const { return m_session->store(); }

void MainWindow::newEvent() { m_session->edits()->create(NavTarget::Kind::Event, currentRecord()); }

void MainWindow::newRecord(NavTarget::Kind kind) { m_session->edits()->create(kind, currentRecord()); }

void MainWindow::editCurrent() { m_session->edits()->edit(currentRecord()); }

template <typename T>
void MainWindow::confirmAndRemove(const Result<T>& record)
{
    if (!record)
        return MessageBox::critical(this, tr("Cannot delete"), record.error());
    const QString name = displayName(*record);
    if (!MessageBox::question(this, tr("Delete"),
                              tr("Delete \u201c%1\u201d? Undo (Ctrl+Z) brings it back.").arg(name)))
        return;
    if (auto s = m_session->store()->remove(*record); !s)
        return MessageBox::critical(this, tr("Nothing was deleted"), s.error());
    m_page->showMessage(tr("\u201c%1\u201d was deleted. Undo (Ctrl+Z) brings it back.").arg(name));
}

void MainWindow::deleteCurrent()
{
    const NavTarget t = currentRecord();
    switch (t.kind) {
    case NavTarget::Kind::Country:
        return confirmAndRemove(m_session->store()->country(t.id));
    case NavTarget::Kind::Dialogue:
        return confirmAndRemove(m_session->store()->dialogue(t.id));
    case NavTarget::Kind::Forum:
        return confirmAndRemove(m_session->store()->forum(t.id));
    case NavTarget::Kind::Agreement:
        return confirmAndRemove(m_session->store()->agreement(t.id));
    case NavTarget::Kind::Policy:
        return confirmAndRemove(m_session->store()->policyItem(t.id));
    case NavTarget::Kind::Organization:
        return confirmAndRemove(m_session->store()->organization(t.id));
    default:
        break;
    }
    if (t.kind == NavTarget::Kind::Event) {
        auto event = m_session->store()->event(t.id);
        if (!event)
            return MessageBox::critical(this, tr("Cannot delete"), event.error());
        const QString title = pickName(uiLanguage(), event->titleEn, event->titleJa);
        if (!MessageBox::question(this, tr("Delete Event"),
                                  tr("Delete \u201c%1\u201d with its participants and follow-up actions? Undo "
                                     "(Ctrl+Z) brings it back.")
                                      .arg(title)))
            return;
        if (auto s = m_session->store()->deleteEvent(*event); !s)
            return MessageBox::critical(this, tr("Nothing was deleted"), s.error());
        m_page->showMessage(tr("\u201c%1\u201d was deleted. Undo (Ctrl+Z) brings it back.").arg(title));
    } else if (t.kind == NavTarget::Kind::Action) {
        auto action = m_session->store()->action(t.id);
        if (!action)
            return MessageBox::critical(this, tr("Cannot delete"), action.error());
        if (!MessageBox::question(this, tr("Delete Action"),
                                  tr("Delete the action \u201c%1\u201d? Undo (Ctrl+Z) brings it back.")
                                      .arg(action->description.left(80))))
            return;
        if (auto s = m_session->store()->remove(*action); !s)
            return MessageBox::critical(this, tr("Nothing was deleted"), s.error());
    }
}

void MainWindow::nextRound() { m_session->edits()->nextRound(currentRecord()); }

void MainWindow::showAttachments()
{
    const NavTarget t = currentRecord();
    if (!t.isValid())
        return;
    const QString entity = NavTarget::tableName(t.kind);
    auto page = m_session->page(t);
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("AttachmentsDialog"));
    dialog.setWindowTitle(tr("Attachments of %1").arg(page ? page->title : entity));
    auto* layout = new QVBoxLayout(&dialog);
    auto* panel = new AttachmentsPanel(m_session->database(), entity, t.id, &dialog);
    layout->addWidget(panel);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(640, 360);
    runDialog(&dialog);
}

void MainWindow::askUserName()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("UserNameDialog"));
    dialog.setWindowTitle(tr("Your Name in the History"));
    auto* form = new QFormLayout(&dialog);
    auto* edit = new QLineEdit(m_session->database().auditUser(), &dialog);
    edit->setObjectName(QStringLiteral("userName"));
    form->addRow(new QLabel(tr("Every change you save is recorded in the history under this name. By default it is "
                               "your account name on this computer."),
                            &dialog));
    form->addRow(tr("Name"), edit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (runDialog(&dialog) != QDialog::Accepted)
        return;
    const QString name = edit->text().trimmed().isEmpty() ? Database::osAccountName() : edit->text().trimmed();
    if (auto s = m_session->database().setAuditUser(name); !s)
        return MessageBox::critical(this, tr("Name not changed"), s.error());
    QSettings().setValue(QStringLiteral("user/name"), name == Database::osAccountName() ? QString() : name);
}

void MainWindow::showHistory()
{
    const NavTarget t = currentRecord();
    if (!t.isValid())
        return;
    auto entries = m_session->store()->history(t);
    if (!entries)
        return MessageBox::critical(this, tr("Cannot read the history"), entries.error());
    auto page = m_session->page(t);
    HistoryDialog dialog(page ? page->title : NavTarget::kindName(t.kind), *entries, this);
    connect(&dialog, &HistoryDialog::restoreRequested, this, [this, &dialog, t](const HistoryEntry& entry) {
        if (!MessageBox::question(this, tr("Restore"),
                                  tr("Put back the value from before this change? The restore is recorded in the "
                                     "history too.")))
            return;
        if (auto s = m_session->store()->restore(entry); !s)
            return MessageBox::critical(this, tr("Nothing was restored"), s.error());
        if (auto again = m_session->store()->history(t))
            dialog.setEntries(*again);
    });
    runDialog(&dialog);
}

bool MainWindow::canGoBack() const { return m_history->canGoBack(); }

bool MainWindow::canGoForward() const { return m_history->canGoForward(); }

NavTarget MainWindow::currentRecord() const { return m_history->current(); }

void MainWindow::goBack()
{
    if (const NavTarget t = m_history->back(); t.isValid())
        display(t);
}

void MainWindow::goForward()
{
    if (const NavTarget t = m_history->forward(); t.isValid())
        display(t);
}

void MainWindow::setLanguage(const QString& code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
    MessageBox::information(this, tr("Language"), tr("The new language is used from the next start of Liaison."));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    event->accept();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/section"), m_stack->currentIndex());
    const NavTarget last = currentRecord();
    settings.setValue(QStringLiteral("window/lastRecord"), last.isValid() ? last.toUrl() : QString());
    for (SectionView* s : m_sections)
        s->saveState(settings);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 860);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({150, 640, 610});
    for (SectionView* s : m_sections)
        s->restoreState(settings);
    showSection(qBound(0, settings.value(QStringLiteral("window/section"), 0).toInt(), chartsIndex()));
    const NavTarget last = NavTarget::fromUrl(settings.value(QStringLiteral("window/lastRecord")).toString());
    if (last.isValid() && m_session->page(last))
        navigate(last);
}
