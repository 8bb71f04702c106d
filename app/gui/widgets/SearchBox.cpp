// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/SearchBox.h"

#include "gui/delegates/HtmlDelegate.h"
#include "models/SearchRunner.h"
#include "models/Sections.h"

#include <QApplication>
#include <QEventLoop>
#include <QFrame>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int kTargetRole = Qt::UserRole + 1;

QString highlighted(const SearchResult& r)
{
    QString html;
    int at = 0;
    for (const auto& [start, length] : r.highlights) {
        if (start < at)
            continue;
        html += r.snippet.mid(at, start - at).toHtmlEscaped();
        html += QStringLiteral("<b style=\"background:#fff0a8\">") + r.snippet.mid(start, length).toHtmlEscaped() +
                QStringLiteral("</b>");
        at = start + length;
    }
    return html + r.snippet.mid(at).toHtmlEscaped();
}
} // namespace

SearchBox::SearchBox(QWidget* parent)
    : QLineEdit(parent), m_runner(new SearchRunner(this)), m_debounce(new QTimer(this)), m_popup(new QFrame(this)),
      m_results(new QTreeWidget(m_popup)), m_status(new QLabel(m_popup))
{
    setObjectName(QStringLiteral("globalSearch"));
    setPlaceholderText(tr("Search everything (Ctrl+K)"));
    setClearButtonEnabled(true);
    setMinimumWidth(320);
    setMaximumWidth(440);

    // A frameless tool window that never takes the focus: typing goes on in the field.
    m_popup->setWindowFlags(Qt::ToolTip | Qt::FramelessWindowHint);
    m_popup->setAttribute(Qt::WA_ShowWithoutActivating);
    m_popup->setFrameShape(QFrame::StyledPanel);
    m_popup->setObjectName(QStringLiteral("searchPopup"));
    auto* layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(2, 2, 2, 2);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setStyleSheet(QStringLiteral("color: #666; padding: 2px;"));
    layout->addWidget(m_status);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setColumnCount(2);
    m_results->setHeaderHidden(true);
    m_results->setRootIsDecorated(false);
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->setItemDelegateForColumn(1, new HtmlDelegate(m_results));
    m_results->setUniformRowHeights(false);
    m_results->header()->setStretchLastSection(true);
    layout->addWidget(m_results);
    connect(m_results, &QTreeWidget::itemClicked, this, [this] { openCurrent(); });

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_debounce, &QTimer::timeout, this, &SearchBox::startSearch);
    connect(this, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.trimmed().isEmpty()) {
            m_popup->hide();
            return;
        }
        m_debounce->start();
    });
    connect(m_runner, &SearchRunner::finished, this, &SearchBox::showResults);
    qApp->installEventFilter(this);
}

SearchBox::~SearchBox() { qApp->removeEventFilter(this); }

void SearchBox::setDatabasePath(const QString& path) { m_runner->setDatabasePath(path); }

bool SearchBox::isSearching() const { return m_debounce->isActive() || m_runner->isBusy(); }

bool SearchBox::waitForResults(int timeoutMs)
{
    if (!isSearching())
        return true;
    QEventLoop loop;
    connect(m_runner, &SearchRunner::finished, &loop, [&] { QTimer::singleShot(0, &loop, &QEventLoop::quit); });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return !isSearching();
}

void SearchBox::startSearch()
{
    m_status->setText(tr("Searching…"));
    m_runner->search(text());
}

void SearchBox::showResults(const QString& query, const QList<SearchGroup>& groups, const QString& error)
{
    if (query != text())
        return;
    m_results->clear();
    if (!error.isEmpty()) {
        m_status->setText(error);
    } else if (groups.isEmpty()) {
        m_status->setText(tr("Nothing found for “%1”").arg(query));
    } else {
        int total = 0;
        for (const SearchGroup& g : groups)
            total += g.total;
        m_status->setText(tr("%n match(es) — Enter opens, Esc closes", nullptr, total));
    }
    QTreeWidgetItem* first = nullptr;
    for (const SearchGroup& g : groups) {
        const QString title = Sections::title(Sections::forSearchKind(g.kind));
        auto* header = new QTreeWidgetItem(m_results, {g.total > g.results.size()
                                                            ? tr("%1 (%2 of %3)").arg(title).arg(g.results.size()).arg(g.total)
                                                            : tr("%1 (%2)").arg(title).arg(g.total),
                                                        QString()});
        header->setFlags(Qt::ItemIsEnabled);
        QFont f = header->font(0);
        f.setBold(true);
        header->setFont(0, f);
        header->setFirstColumnSpanned(true);
        for (const SearchResult& r : g.results) {
            auto* item = new QTreeWidgetItem(m_results, {r.title, highlighted(r)});
            item->setData(0, kTargetRole, QVariant::fromValue(Sections::targetOfSearchHit(r.kind, r.id)));
            item->setToolTip(0, r.title);
            if (!first)
                first = item;
        }
    }
    m_results->resizeColumnToContents(0);
    m_results->setColumnWidth(0, qMin(m_results->columnWidth(0), 360));
    if (first)
        m_results->setCurrentItem(first);
    placePopup();
}

void SearchBox::placePopup()
{
    const QPoint below = mapToGlobal(QPoint(0, height()));
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
    const int width = qMin(820, screen.width() - 20);
    const int height = qMin(520, qMax(120, screen.bottom() - below.y() - 20));
    m_popup->setGeometry(qBound(screen.left(), below.x(), screen.right() - width), below.y(), width, height);
    m_popup->show();
    m_popup->raise();
}

void SearchBox::moveSelection(int step)
{
    QTreeWidgetItem* item = m_results->currentItem();
    int index = item ? m_results->indexOfTopLevelItem(item) : -1;
    for (int i = index + step; i >= 0 && i < m_results->topLevelItemCount(); i += step) {
        QTreeWidgetItem* candidate = m_results->topLevelItem(i);
        if (candidate->data(0, kTargetRole).isValid()) {
            m_results->setCurrentItem(candidate);
            m_results->scrollToItem(candidate);
            return;
        }
    }
}

void SearchBox::openCurrent()
{
    QTreeWidgetItem* item = m_results->currentItem();
    if (!item || !item->data(0, kTargetRole).isValid())
        return;
    const NavTarget target = item->data(0, kTargetRole).value<NavTarget>();
    m_popup->hide();
    emit openRequested(target);
}

void SearchBox::keyPressEvent(QKeyEvent* event)
{
    if (m_popup->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Down:
            moveSelection(1);
            return;
        case Qt::Key_Up:
            moveSelection(-1);
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openCurrent();
            return;
        case Qt::Key_Escape:
            m_popup->hide();
            return;
        default:
            break;
        }
    } else if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !text().trimmed().isEmpty()) {
        startSearch();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

bool SearchBox::eventFilter(QObject* watched, QEvent* event)
{
    // A click anywhere outside the field and its results closes the results.
    if (event->type() == QEvent::MouseButtonPress && m_popup->isVisible()) {
        auto* w = qobject_cast<QWidget*>(watched);
        if (w && w != this && !m_popup->isAncestorOf(w) && w != m_popup)
            m_popup->hide();
    }
    return QLineEdit::eventFilter(watched, event);
}
