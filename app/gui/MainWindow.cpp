// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/MainWindow.h"

#include "core/Language.h"
#include "gui/FileDialog.h"
#include "gui/MessageBox.h"
#include "gui/RecordPageView.h"
#include "gui/SectionView.h"
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
    file->addAction(tr("&Import…"), this, &MainWindow::importFile);
    file->addAction(tr("&Export…"), this, &MainWindow::exportFile);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

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
    QAction* find = go->addAction(tr("Filter the &Current Table"), this, [this] {
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
    m_db = std::move(db);
    m_search->setDatabasePath(m_db->path());
    for (size_t i = 0; i < m_models.size(); ++i) {
        if (auto* sql = qobject_cast<SqlListModel*>(m_models[i].get()))
            sql->setDatabasePath(m_db->path());
        m_models[i]->load(*catalog);
        m_sections[int(i)]->refreshFacets();
        m_sections[int(i)]->fitColumns();
    }
    m_history.clear();
    m_historyPos = -1;
    m_page->showMessage(tr("Select a record to see its details."));
    statusBar()->showMessage(tr("Database: %1").arg(QDir::toNativeSeparators(m_db->path())));
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

void MainWindow::importFile()
{
    const QString path = FileDialog::openFile(this, tr("Import"), QFileInfo(m_db->path()).absolutePath(),
                                              tr("CSV or JSON (*.csv *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    // A dry run first: the user sees what would be added and changed, then confirms.
    auto plan = Importer(*m_db).importFile(path, {}, true);
    if (!plan) {
        MessageBox::critical(this, tr("Cannot import"), plan.error());
        return;
    }
    if (!MessageBox::question(this, tr("Import"), plan->summary() + QStringLiteral("\n\n") + tr("Import these records?")))
        return;
    auto done = Importer(*m_db).importFile(path, {}, false);
    if (!done) {
        MessageBox::critical(this, tr("Cannot import"), done.error());
        return;
    }
    // The views read through their own connections: reopening the file shows the new records everywhere.
    if (auto db = Database::open(m_db->path(), Database::Mode::OpenExisting))
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
    if (auto s = Exporter(*m_db).exportTo(format, format == QLatin1String("json") ? QStringLiteral("all") : QStringLiteral("events"),
                                          path, &note);
        !s) {
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

void MainWindow::display(const NavTarget& target)
{
    const int s = Sections::forKind(target.kind);
    showSection(s);
    m_sections[s]->selectId(target.id);
    auto page = RecordPageBuilder(*m_db).build(target);
    if (page)
        m_page->showPage(*page);
    else
        m_page->showMessage(page.error());
    updateNavigation();
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
    showSection(qBound(0, settings.value(QStringLiteral("window/section"), 0).toInt(), int(Sections::Count) - 1));
    const NavTarget last = NavTarget::fromUrl(settings.value(QStringLiteral("window/lastRecord")).toString());
    if (last.isValid() && RecordPageBuilder(*m_db).build(last))
        navigate(last);
}
