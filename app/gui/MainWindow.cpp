// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/MainWindow.h"

#include "core/Language.h"
#include "gui/FileDialog.h"
#include "gui/dialogs/BriefingDialog.h"
#include "gui/MessageBox.h"
#include "gui/RecordPageView.h"
#include "gui/SectionView.h"
#include "gui/dialogs/AgreementEditor.h"
#include "gui/dialogs/CountryEditor.h"
#include "gui/dialogs/DialogueEditor.h"
#include "gui/dialogs/EventEditor.h"
#include "gui/widgets/AttachmentsPanel.h"
#include "gui/dialogs/ForumEditor.h"
#include "gui/dialogs/OrganizationEditor.h"
#include "gui/dialogs/PolicyItemEditor.h"
#include "gui/dialogs/TagsDialog.h"
#include "io/DatasetJson.h"
#include "gui/dialogs/HistoryDialog.h"
#include "models/BackgroundPriority.h"
#include "models/RecordStore.h"
#include "gui/views/ChartsSection.h"
#include "gui/views/TimelineSection.h"
#include "gui/widgets/TimelineView.h"
#include "gui/widgets/BusyCursor.h"
#include "gui/widgets/SearchBox.h"
#include "io/DailyBackup.h"
#include "io/Exporter.h"
#include "io/Importer.h"
#include "models/Catalog.h"
#include "models/EntityTableModel.h"
#include "models/RecordPageBuilder.h"
#include "models/Sections.h"
#include "storage/Backup.h"
#include "models/SqlListModel.h"
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
#include <QStandardPaths>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QVBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoGroup>
#include <QUndoStack>

namespace {
std::function<int(QDialog*)>& dialogRunner()
{
    static std::function<int(QDialog*)> runner;
    return runner;
}


/// The names the editors' tag field completes from; none when they cannot be read (typing still works).
QStringList tagNames(const RecordStore& store)
{
    QStringList names;
    if (auto tags = store.tags()) {
        for (const TagUsage& t : std::as_const(*tags))
            names << t.tag.name;
    }
    return names;
}

QString displayName(const Country& r) { return pickName(uiLanguage(), r.nameEn, r.nameJa); }
QString displayName(const Dialogue& r) { return pickName(uiLanguage(), r.nameEn, r.nameJa); }
QString displayName(const Forum& r) { return pickName(uiLanguage(), r.nameEn, r.nameJa); }
QString displayName(const Agreement& r) { return pickName(uiLanguage(), r.titleEn, r.titleJa); }
QString displayName(const PolicyItem& r) { return pickName(uiLanguage(), r.titleEn, r.titleJa); }
QString displayName(const Organization& r) { return acronymAndName(uiLanguage(), r.acronym, r.nameEn, r.nameJa); }

void put(Dataset& d, const Country& r) { d.countries << r; }
void put(Dataset& d, const Dialogue& r) { d.dialogues << r; }
void put(Dataset& d, const Forum& r) { d.fora << r; }
void put(Dataset& d, const Agreement& r) { d.agreements << r; }
void put(Dataset& d, const PolicyItem& r) { d.policyItems << r; }
void put(Dataset& d, const Organization& r) { d.organizations << r; }

// Field by field where two versions of a record differ, in the data file's terms (one serializer for all kinds).
template <typename T>
QString differences(const T& theirs, const T& mine)
{
    const auto object = [](const T& r) {
        Dataset d;
        put(d, r);
        const QJsonObject root = DatasetJson::toJson(d);
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (it.value().isArray() && it.value().toArray().size() == 1)
                return it.value().toArray().first().toObject();
        }
        return QJsonObject();
    };
    const QJsonObject a = object(theirs), b = object(mine);
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    QStringList out;
    const auto text = [](const QJsonValue& v) {
        if (v.isString())
            return v.toString();
        if (v.isNull() || v.isUndefined())
            return QString();
        return QString::fromUtf8(QJsonDocument::fromVariant(QVariantList{v.toVariant()}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    };
    for (const QString& k : std::as_const(keys)) {
        if (a.value(k) != b.value(k))
            out << MainWindow::tr("%1 \u2014 theirs: \u201c%2\u201d; yours: \u201c%3\u201d")
                       .arg(k, text(a.value(k)).left(120), text(b.value(k)).left(120));
    }
    return out.join(QLatin1Char('\n'));
}
} // namespace

namespace {
/// How often the window asks whether another window or program has committed (PRAGMA data_version, one read).
constexpr int kExternalChangePollMs = 2000;
} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget* parent)
    : QMainWindow(parent), m_sidebar(new QListWidget(this)), m_stack(new QStackedWidget(this)),
      m_page(new RecordPageView(this)), m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Liaison"));
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    QFont sf = m_sidebar->font();
    sf.setPointSizeF(sf.pointSizeF() * 1.1);
    m_sidebar->setFont(sf);

    for (int s = 0; s < Sections::Count; ++s) {
        m_models.push_back(Sections::createModel(Sections::Section(s), db->path()));
        auto* view = new SectionView(Sections::key(Sections::Section(s)), m_models.back().get(), m_stack);
        m_stack->addWidget(view);
        m_sections << view;
        m_sidebar->addItem(Sections::title(Sections::Section(s)));
        connect(view, &SectionView::currentChanged, this, [this](const NavTarget& t) {
            if (!(m_historyPos >= 0 && m_history[m_historyPos] == t))
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

    buildActions();
    loadDatabase(std::move(db));
    restoreSettings();
    updateNavigation();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    QAction* brief = file->addAction(tr("&Briefing pack…"), this, [this] {
        BriefingDialog dialog(*m_db, this);
        if (m_historyPos >= 0)
            dialog.preselect(m_history[m_historyPos]);
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
        TagsDialog dialog(*m_store, this);
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
        MessageBox::information(this, tr("About Liaison"),
                                tr("Liaison %1\nA record of international cybersecurity relations: countries, dialogues, "
                                   "fora, events, agreements, policy references and follow-up actions.\n\nDatabase: %2")
                                    .arg(QStringLiteral(LIAISON_VERSION), m_db ? m_db->path() : QString()));
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
    auto catalog = Catalog::load(*db);
    if (!catalog) {
        MessageBox::critical(this, tr("Cannot read the database"), catalog.error());
        return false;
    }
    if (m_store) {
        m_undoGroup->removeStack(m_store->undoStack());
        delete m_store;
    }
    m_db = std::move(db);
    m_catalog = std::make_unique<Catalog>(std::move(catalog).value());
    if (auto user = QSettings().value(QStringLiteral("user/name")).toString(); !user.trimmed().isEmpty()) {
        // The database stays usable, but the history would name someone else for every change: the user is told.
        if (auto s = m_db->setAuditUser(user); !s)
            MessageBox::critical(this, tr("Name not changed"),
                                 tr("Changes are recorded in the history under %1, not under %2: %3")
                                     .arg(m_db->auditUser(), user.trimmed(), s.error()));
    }
    m_store = new RecordStore(*m_db, this);
    m_undoGroup->addStack(m_store->undoStack());
    m_undoGroup->setActiveStack(m_store->undoStack());
    connect(m_store, &RecordStore::changed, this, &MainWindow::recordChanged);
    connect(m_store, &RecordStore::failed, this,
            [this](const QString& message) { MessageBox::critical(this, tr("Nothing was changed"), message); });
    m_search->setDatabasePath(m_db->path());
    for (size_t i = 0; i < m_models.size(); ++i) {
        if (auto* sql = qobject_cast<SqlListModel*>(m_models[i].get()))
            sql->setDatabasePath(m_db->path());
        m_models[i]->load(*m_catalog);
        m_sections[int(i)]->refreshFacets();
        m_sections[int(i)]->fitColumns();
    }
    m_timeline->setDatabasePath(m_db->path());
    m_timeline->setCountries(m_catalog->countries);
    m_timeline->reload();
    m_charts->setDatabasePath(m_db->path());
    m_charts->setCountries(m_catalog->countries);
    m_charts->reload();
    m_page->setDatabasePath(m_db->path());
    m_history.clear();
    m_historyPos = -1;
    m_page->showMessage(tr("Select a record to see its details."));
    statusBar()->showMessage(tr("Database: %1").arg(QDir::toNativeSeparators(m_db->path())));
    // Commits by other windows and programs are shown as a save here is: the lists and the page are read again.
    m_dataVersion = m_db->dataVersion();
    if (!m_externalChanges) {
        m_externalChanges = new QTimer(this);
        m_externalChanges->setInterval(kExternalChangePollMs);
        connect(m_externalChanges, &QTimer::timeout, this, [this] {
            const qint64 version = m_db->dataVersion();
            if (version < 0 || version == m_dataVersion)
                return;
            m_dataVersion = version;
            recordChanged({});
        });
        m_externalChanges->start();
    }
    startDailyBackup(m_db->path());
    if (m_db->checkDeferred()) {
        // After the window has painted and the tables have their first pages: the check reads every page.
        const QString path = m_db->path();
        QTimer::singleShot(3000, this, [this, path] { startIntegrityCheck(path); });
    }
    setWindowTitle(tr("Liaison — %1").arg(QFileInfo(m_db->path()).fileName()));
    updateNavigation();
    return true;
}

void MainWindow::startDailyBackup(const QString& path)
{
    // The first start of a day saves a verified copy, on a thread: a big database takes a while to copy.
    QSettings settings;
    if (!settings.value(QStringLiteral("backup/daily"), true).toBool())
        return;
    const int keep = qBound(1, settings.value(QStringLiteral("backup/keep"), 7).toInt(), 365);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups");
    const QDate today = QDate::currentDate();
    runInBackground([this, path, folder, keep, today] {
        auto made = DailyBackup::run(path, folder, keep, today);
        QMetaObject::invokeMethod(this, [this, made] {
            if (!made)
                statusBar()->showMessage(tr("The daily backup failed: %1").arg(made.error()));
            emit dailyBackupFinished(made ? *made : QString(), made ? QString() : made.error());
        }, Qt::QueuedConnection);
    });
}

void MainWindow::startIntegrityCheck(const QString& path)
{
    // A big database is checked page by page on a thread of its own, so the window opens at once.
    runInBackground([this, path] {
        BackgroundPriority::lowerCurrentThread(); // it reads the whole file while someone types
        const Status s = Backup::verify(path);
        QMetaObject::invokeMethod(this, [this, path, s] {
            if (!s && m_db && m_db->path() == path)
                MessageBox::critical(this, tr("The database is damaged"), s.error());
            else if (s)
                statusBar()->showMessage(tr("Database: %1 (checked)").arg(QDir::toNativeSeparators(path)), 0);
        }, Qt::QueuedConnection);
    });
}

void MainWindow::runInBackground(std::function<void()> work)
{
    // Results come back through queued calls on this window; the window waits for the thread when it goes.
    QThread* thread = QThread::create(std::move(work));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(this, &QObject::destroyed, thread, [guard = QPointer<QThread>(thread)] {
        if (guard)
            guard->wait();
    });
    thread->start(QThread::LowPriority);
}

void MainWindow::openDatabase()
{
    const QString path = FileDialog::openFile(this, tr("Open Database"), QFileInfo(m_db->path()).absolutePath(),
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

int MainWindow::timelineIndex() { return Sections::Count; }

int MainWindow::chartsIndex() { return Sections::Count + 1; }
void MainWindow::importFile()
{
    const QString path = FileDialog::openFile(this, tr("Import"), QFileInfo(m_db->path()).absolutePath(),
                                              tr("CSV or JSON (*.csv *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    // A dry run first: the user sees what would be added and changed, then confirms.
    auto plan = whileBusy([&] { return Importer(*m_db).importFile(path, {}, true); });
    if (!plan) {
        MessageBox::critical(this, tr("Cannot import"), plan.error());
        return;
    }
    if (!MessageBox::question(this, tr("Import"), plan->summary() + QStringLiteral("\n\n") + tr("Import these records?")))
        return;
    auto done = whileBusy([&] { return Importer(*m_db).importFile(path, {}, false); });
    if (!done) {
        MessageBox::critical(this, tr("Cannot import"), done.error());
        return;
    }
    // The views read through their own connections: reopening the file shows the new records everywhere.
    if (auto db = whileBusy([&] { return Database::open(m_db->path(), Database::Mode::OpenExisting); }))
        loadDatabase(std::move(db).value());
    statusBar()->showMessage(tr("Imported %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::exportFile()
{
    const QString path = FileDialog::saveFile(this, tr("Export"), QFileInfo(m_db->path()).absolutePath(),
                                              tr("Complete dump (*.json);;Events as CSV (*.csv);;Events as calendar (*.ics)"));
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString format = suffix == QLatin1String("csv") || suffix == QLatin1String("ics") ? suffix : QStringLiteral("json");
    QString note;
    const Status s = whileBusy([&] {
        return Exporter(*m_db).exportTo(format, format == QLatin1String("json") ? QStringLiteral("all") : QStringLiteral("events"),
                                        path, &note);
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
    // Going somewhere new drops the forward history, as in a browser.
    while (int(m_history.size()) > m_historyPos + 1)
        m_history.removeLast();
    m_history << target;
    m_historyPos = int(m_history.size()) - 1;
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
    auto page = RecordPageBuilder(*m_db).build(target);
    if (page && keepPlace)
        m_page->refreshPage(*page);
    else if (page)
        m_page->showPage(*page);
    else
        m_page->showMessage(page.error());
    updateNavigation();
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

void MainWindow::recordChanged(const NavTarget&)
{
    // One refresh for the several records a command touches; the small tables are read again, the big ones
    // re-run their current query on their worker.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QMetaObject::invokeMethod(this, [this] {
        m_refreshPending = false;
        auto catalog = Catalog::load(*m_db);
        if (!catalog) {
            MessageBox::critical(this, tr("Cannot read the database"), catalog.error());
            return;
        }
        *m_catalog = std::move(catalog).value();
        for (size_t i = 0; i < m_models.size(); ++i) {
            m_models[i]->load(*m_catalog);
            m_sections[int(i)]->refreshFacets();
        }
        m_timeline->setCountries(m_catalog->countries);
        m_timeline->reload();
        m_charts->setCountries(m_catalog->countries);
        m_charts->reload();
        const NavTarget t = currentRecord();
        if (t.isValid())
            display(t, true);
    }, Qt::QueuedConnection);
}

void MainWindow::newEvent()
{
    Event draft;
    draft.status = QStringLiteral("planned");
    const NavTarget t = currentRecord();
    if (t.kind == NavTarget::Kind::Dialogue)
        draft.dialogueId = t.id;
    else if (t.kind == NavTarget::Kind::Forum)
        draft.forumId = t.id;
    editEvent(std::nullopt, draft, {}, {});
}

void MainWindow::editCurrent()
{
    NavTarget t = currentRecord();
    if (t.kind == NavTarget::Kind::Action) {
        auto action = m_store->action(t.id);
        if (!action) {
            MessageBox::critical(this, tr("Cannot edit"), action.error());
            return;
        }
        t = NavTarget{NavTarget::Kind::Event, action->eventId};
    }
    const auto fail = [this](const QString& error) { MessageBox::critical(this, tr("Cannot edit"), error); };
    switch (t.kind) {
    case NavTarget::Kind::Country: {
        auto r = m_store->country(t.id);
        if (!r)
            return fail(r.error());
        QStringList codes;
        for (const Country& c : m_catalog->countries)
            codes << c.code;
        return editRecord<Country>(*r, *r, [codes, this](const Country& v) { return new CountryEditor(v, codes, this); },
                                   [this](qint64 id) { return m_store->country(id); });
    }
    case NavTarget::Kind::Dialogue: {
        auto r = m_store->dialogue(t.id);
        if (!r)
            return fail(r.error());
        return editRecord<Dialogue>(*r, *r,
                                    [this](const Dialogue& v) { return new DialogueEditor(v, m_catalog->countries, this); },
                                    [this](qint64 id) { return m_store->dialogue(id); });
    }
    case NavTarget::Kind::Forum: {
        auto r = m_store->forum(t.id);
        if (!r)
            return fail(r.error());
        return editRecord<Forum>(*r, *r, [this](const Forum& v) { return new ForumEditor(v, m_catalog->countries, this); },
                                 [this](qint64 id) { return m_store->forum(id); });
    }
    case NavTarget::Kind::Agreement: {
        auto r = m_store->agreement(t.id);
        if (!r)
            return fail(r.error());
        return editRecord<Agreement>(
            *r, *r,
            [this](const Agreement& v) { return new AgreementEditor(v, m_catalog->countries, m_catalog->dialogues, m_catalog->policyItems, this); },
            [this](qint64 id) { return m_store->agreement(id); });
    }
    case NavTarget::Kind::Policy: {
        auto r = m_store->policyItem(t.id);
        if (!r)
            return fail(r.error());
        return editRecord<PolicyItem>(*r, *r, [this](const PolicyItem& v) { return new PolicyItemEditor(v, this); },
                                      [this](qint64 id) { return m_store->policyItem(id); });
    }
    case NavTarget::Kind::Organization: {
        auto r = m_store->organization(t.id);
        if (!r)
            return fail(r.error());
        return editOrganization(*r, *r);
    }
    default:
        break;
    }
    if (t.kind != NavTarget::Kind::Event)
        return;
    auto event = m_store->event(t.id);
    auto actions = m_store->actionsOf(t.id);
    if (!event || !actions) {
        MessageBox::critical(this, tr("Cannot edit"), event ? actions.error() : event.error());
        return;
    }
    editEvent(*event, *event, *actions, *actions);
}

void MainWindow::editEvent(std::optional<Event> before, Event draft, QList<Action> actionsBefore,
                           QList<Action> draftActions)
{
    QString problem;
    for (;;) {
        EventEditor editor(draft, draftActions, *m_catalog, [this](const Event& e) { return m_store->roundTaken(e); },
                           this);
        editor.showProblem(problem);
        editor.setKnownTags(tagNames(*m_store));
        if (runDialog(&editor) != QDialog::Accepted)
            return;
        draft = editor.value();
        draftActions = editor.actions();
        // Only actions the form listed are touched: carried ones still there move, removed ones stay behind.
        QList<Action> touched;
        for (const Action& a : std::as_const(actionsBefore)) {
            const bool listed = std::any_of(draftActions.cbegin(), draftActions.cend(),
                                            [&](const Action& d) { return d.id == a.id; });
            if (listed || (before && a.eventId == before->id))
                touched << a;
        }
        Event saving = draft;
        const Status s = m_store->saveEvent(before, saving, touched, draftActions);
        if (s) {
            navigate(NavTarget{NavTarget::Kind::Event, saving.id});
            return;
        }
        if (!s.isConflict()) {
            problem = s.error();
            continue; // the form comes back as typed, with the reason on top
        }
        // Someone saved first. Their version is shown against the form, which keeps every change typed here;
        // saving again is a deliberate choice to put these values over theirs.
        auto theirs = m_store->event(draft.id);
        if (theirs) {
            problem = tr("%1\n\nWhere their version differs from yours:\n%2\n\nYour changes are still in the form. "
                         "Save again to replace their version with yours, or Cancel to keep theirs.")
                          .arg(s.error(), m_store->differences(*theirs, draft));
            before = *theirs;
            draft.version = theirs->version;
            if (auto current = m_store->actionsOf(draft.id)) {
                for (Action& a : actionsBefore) {
                    for (const Action& c : *current) {
                        if (c.id == a.id)
                            a = c;
                    }
                }
                for (Action& d : draftActions) {
                    for (const Action& c : *current) {
                        if (c.id == d.id)
                            d.version = c.version;
                    }
                }
            }
        } else {
            problem = tr("%1\n\nYour changes are still in the form; saving again records them as a new event.")
                          .arg(s.error());
            before.reset();
            draft.id = 0;
            for (Action& d : draftActions)
                d.id = 0;
            actionsBefore.clear();
        }
    }
}

template <typename T, typename MakeEditor, typename Load>
void MainWindow::editRecord(std::optional<T> before, T draft, MakeEditor make, Load load)
{
    QString problem;
    for (;;) {
        std::unique_ptr<FormDialog> editor(make(draft));
        editor->showProblem(problem);
        editor->setKnownTags(tagNames(*m_store));
        if (runDialog(editor.get()) != QDialog::Accepted)
            return;
        draft = static_cast<decltype(make(draft))>(editor.get())->value();
        T saving = draft;
        const Status s = m_store->save(before, saving);
        if (s) {
            navigate(NavTarget{NavTarget::kindOf(saving), saving.id});
            return;
        }
        if (!s.isConflict()) {
            problem = s.error();
            continue; // the form comes back as typed, with the reason on top
        }
        auto theirs = load(draft.id);
        if (theirs) {
            problem = tr("%1\n\nWhere their version differs from yours:\n%2\n\nYour changes are still in the form. "
                         "Save again to replace their version with yours, or Cancel to keep theirs.")
                          .arg(s.error(), differences(*theirs, draft));
            before = *theirs;
            draft.version = theirs->version;
        } else {
            problem = tr("%1\n\nYour changes are still in the form; saving again records them as a new record.")
                          .arg(s.error());
            before.reset();
            draft.id = 0;
        }
    }
}

void MainWindow::editOrganization(std::optional<Organization> before, const Organization& draft)
{
    editRecord<Organization>(
        std::move(before), draft,
        [this](const Organization& v) {
            return new OrganizationEditor(v, m_catalog->countries, m_catalog->organizationKinds(), this);
        },
        [this](qint64 id) { return m_store->organization(id); });
}

void MainWindow::newRecord(NavTarget::Kind kind)
{
    switch (kind) {
    case NavTarget::Kind::Country: {
        QStringList codes;
        for (const Country& c : m_catalog->countries)
            codes << c.code;
        return editRecord<Country>(std::nullopt, Country{}, [codes, this](const Country& v) { return new CountryEditor(v, codes, this); },
                                   [this](qint64 id) { return m_store->country(id); });
    }
    case NavTarget::Kind::Dialogue: {
        Dialogue d;
        d.parties = {QStringLiteral("JP")};
        return editRecord<Dialogue>(std::nullopt, d,
                                    [this](const Dialogue& v) { return new DialogueEditor(v, m_catalog->countries, this); },
                                    [this](qint64 id) { return m_store->dialogue(id); });
    }
    case NavTarget::Kind::Forum:
        return editRecord<Forum>(std::nullopt, Forum{},
                                 [this](const Forum& v) { return new ForumEditor(v, m_catalog->countries, this); },
                                 [this](qint64 id) { return m_store->forum(id); });
    case NavTarget::Kind::Agreement:
        return editRecord<Agreement>(
            std::nullopt, Agreement{},
            [this](const Agreement& v) { return new AgreementEditor(v, m_catalog->countries, m_catalog->dialogues, m_catalog->policyItems, this); },
            [this](qint64 id) { return m_store->agreement(id); });
    case NavTarget::Kind::Policy:
        return editRecord<PolicyItem>(std::nullopt, PolicyItem{}, [this](const PolicyItem& v) { return new PolicyItemEditor(v, this); },
                                      [this](qint64 id) { return m_store->policyItem(id); });
    case NavTarget::Kind::Organization: {
        Organization draft;
        // From a country's page the new organization is that country's.
        if (const NavTarget t = currentRecord(); t.kind == NavTarget::Kind::Country) {
            if (auto c = m_store->country(t.id))
                draft.country = c->code;
        }
        return editOrganization(std::nullopt, draft);
    }
    case NavTarget::Kind::Event:
        return newEvent();
    default:
        return;
    }
}

template <typename T>
void MainWindow::confirmAndRemove(const Result<T>& record)
{
    if (!record)
        return MessageBox::critical(this, tr("Cannot delete"), record.error());
    const QString name = displayName(*record);
    if (!MessageBox::question(this, tr("Delete"),
                              tr("Delete \u201c%1\u201d? Undo (Ctrl+Z) brings it back.").arg(name)))
        return;
    if (auto s = m_store->remove(*record); !s)
        return MessageBox::critical(this, tr("Nothing was deleted"), s.error());
    m_page->showMessage(tr("\u201c%1\u201d was deleted. Undo (Ctrl+Z) brings it back.").arg(name));
}

void MainWindow::deleteCurrent()
{
    const NavTarget t = currentRecord();
    switch (t.kind) {
    case NavTarget::Kind::Country:
        return confirmAndRemove(m_store->country(t.id));
    case NavTarget::Kind::Dialogue:
        return confirmAndRemove(m_store->dialogue(t.id));
    case NavTarget::Kind::Forum:
        return confirmAndRemove(m_store->forum(t.id));
    case NavTarget::Kind::Agreement:
        return confirmAndRemove(m_store->agreement(t.id));
    case NavTarget::Kind::Policy:
        return confirmAndRemove(m_store->policyItem(t.id));
    case NavTarget::Kind::Organization:
        return confirmAndRemove(m_store->organization(t.id));
    default:
        break;
    }
    if (t.kind == NavTarget::Kind::Event) {
        auto event = m_store->event(t.id);
        if (!event)
            return MessageBox::critical(this, tr("Cannot delete"), event.error());
        const QString title = pickName(uiLanguage(), event->titleEn, event->titleJa);
        if (!MessageBox::question(this, tr("Delete Event"),
                                  tr("Delete \u201c%1\u201d with its participants and follow-up actions? Undo "
                                     "(Ctrl+Z) brings it back.")
                                      .arg(title)))
            return;
        if (auto s = m_store->deleteEvent(*event); !s)
            return MessageBox::critical(this, tr("Nothing was deleted"), s.error());
        m_page->showMessage(tr("\u201c%1\u201d was deleted. Undo (Ctrl+Z) brings it back.").arg(title));
    } else if (t.kind == NavTarget::Kind::Action) {
        auto action = m_store->action(t.id);
        if (!action)
            return MessageBox::critical(this, tr("Cannot delete"), action.error());
        if (!MessageBox::question(this, tr("Delete Action"),
                                  tr("Delete the action \u201c%1\u201d? Undo (Ctrl+Z) brings it back.")
                                      .arg(action->description.left(80))))
            return;
        if (auto s = m_store->remove(*action); !s)
            return MessageBox::critical(this, tr("Nothing was deleted"), s.error());
    }
}

void MainWindow::nextRound()
{
    const NavTarget t = currentRecord();
    qint64 dialogueId = 0;
    if (t.kind == NavTarget::Kind::Dialogue) {
        dialogueId = t.id;
    } else if (t.kind == NavTarget::Kind::Event) {
        if (auto e = m_store->event(t.id))
            dialogueId = e->dialogueId;
    }
    if (dialogueId == 0) {
        MessageBox::information(this, tr("Next Round"), tr("Open a dialogue (or one of its meetings) first."));
        return;
    }
    auto last = m_store->lastRoundOf(dialogueId);
    if (!last) {
        MessageBox::information(this, tr("Next Round"), last.error());
        return;
    }
    auto open = m_store->actionsOf(last->id);
    const QList<Action> carried = EventEditor::carriedForward(open ? *open : QList<Action>{}, *last);
    editEvent(std::nullopt, EventEditor::nextRoundOf(*last), open ? *open : QList<Action>{}, carried);
}

void MainWindow::showAttachments()
{
    const NavTarget t = currentRecord();
    if (!t.isValid())
        return;
    const QString entity = NavTarget::tableName(t.kind);
    auto page = RecordPageBuilder(*m_db).build(t);
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("AttachmentsDialog"));
    dialog.setWindowTitle(tr("Attachments of %1").arg(page ? page->title : entity));
    auto* layout = new QVBoxLayout(&dialog);
    auto* panel = new AttachmentsPanel(*m_db, entity, t.id, &dialog);
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
    auto* edit = new QLineEdit(m_db->auditUser(), &dialog);
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
    if (auto s = m_db->setAuditUser(name); !s)
        return MessageBox::critical(this, tr("Name not changed"), s.error());
    QSettings().setValue(QStringLiteral("user/name"), name == Database::osAccountName() ? QString() : name);
}

void MainWindow::showHistory()
{
    const NavTarget t = currentRecord();
    if (!t.isValid())
        return;
    auto entries = m_store->history(t);
    if (!entries)
        return MessageBox::critical(this, tr("Cannot read the history"), entries.error());
    auto page = RecordPageBuilder(*m_db).build(t);
    HistoryDialog dialog(page ? page->title : NavTarget::kindName(t.kind), *entries, this);
    connect(&dialog, &HistoryDialog::restoreRequested, this, [this, &dialog, t](const HistoryEntry& entry) {
        if (!MessageBox::question(this, tr("Restore"),
                                  tr("Put back the value from before this change? The restore is recorded in the "
                                     "history too.")))
            return;
        if (auto s = m_store->restore(entry); !s)
            return MessageBox::critical(this, tr("Nothing was restored"), s.error());
        if (auto again = m_store->history(t))
            dialog.setEntries(*again);
    });
    runDialog(&dialog);
}

void MainWindow::goBack()
{
    if (!canGoBack())
        return;
    display(m_history[--m_historyPos]);
}

void MainWindow::goForward()
{
    if (!canGoForward())
        return;
    display(m_history[++m_historyPos]);
}

void MainWindow::updateNavigation()
{
    m_back->setEnabled(canGoBack());
    m_forward->setEnabled(canGoForward());
    updateEditActions();
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
    const NavTarget last = m_historyPos >= 0 ? m_history[m_historyPos] : NavTarget{};
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
    if (last.isValid() && RecordPageBuilder(*m_db).build(last))
        navigate(last);
}
