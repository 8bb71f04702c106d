// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SqlListModel.h"

#include "core/Language.h"
#include "core/TextFilter.h"
#include "models/BackgroundPriority.h"
#include "models/ListWorker.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

SqlListModel::SqlListModel(ListKind kind, NavTarget::Kind navKind, QObject* parent)
    : EntityTableModel(navKind, parent), m_kind(kind), m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread.setObjectName(QStringLiteral("list-pages"));
    m_countThread.setObjectName(QStringLiteral("list-counts"));
    m_request.kind = kind;
}

SqlListModel::~SqlListModel()
{
    m_latest->store(~quint64(0));
    for (ListWorker* w : {m_worker, m_counter}) {
        if (w) {
            w->interrupt();
            QMetaObject::invokeMethod(w, &QObject::deleteLater, Qt::QueuedConnection);
        }
    }
    for (QThread* t : {&m_thread, &m_countThread}) {
        t->quit();
        t->wait();
    }
}

void SqlListModel::setDatabasePath(const QString& path)
{
    m_latest->store(++m_generation);
    for (ListWorker** w : {&m_worker, &m_counter}) {
        if (*w) {
            (*w)->interrupt();
            QMetaObject::invokeMethod(*w, &QObject::deleteLater, Qt::QueuedConnection);
            *w = nullptr;
        }
    }
    m_path = path;
    m_started = false;
    // Pages and counts run on threads and connections of their own, so a page never waits behind a count.
    m_worker = new ListWorker(path, m_latest);
    m_worker->moveToThread(&m_thread);
    m_counter = new ListWorker(path, m_latest);
    m_counter->moveToThread(&m_countThread);
    for (QThread* t : {&m_thread, &m_countThread}) {
        if (!t->isRunning())
            t->start();
    }
    // A count of a common term reads its whole match set; on two cores it slowed the next keystroke's page.
    QMetaObject::invokeMethod(m_counter, [] { BackgroundPriority::lowerCurrentThread(); }, Qt::QueuedConnection);
}

void SqlListModel::load(const Catalog&)
{
    m_total = -1;
    m_request.japaneseFirst = uiLanguage() == Lang::Ja;
    start(true);
}

void SqlListModel::setQuery(const QString& text, const QHash<int, QString>& facets, int yearFrom, int yearTo)
{
    m_request.terms = TextFilter(text).terms();
    m_request.facets.clear();
    for (auto it = facets.cbegin(); it != facets.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        QString raw = it.value();
        for (const QString& candidate : facetRawValues(it.key())) {
            if (facetLabel(it.key(), candidate) == it.value())
                raw = candidate;
        }
        m_request.facets.append({it.key(), raw});
    }
    m_request.yearFrom = yearFrom;
    m_request.yearTo = yearTo;
    start(true);
}

void SqlListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ListQuery::sortableColumns(m_kind))
        return;
    if (column == m_request.sortColumn && (order == Qt::DescendingOrder) == m_request.descending && m_started)
        return;
    m_request.sortColumn = column;
    m_request.descending = order == Qt::DescendingOrder;
    start(true);
}

bool SqlListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void SqlListModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        start(false);
}

void SqlListModel::start(bool firstPage)
{
    if (!m_worker)
        return;
    ListRequest r = m_request;
    if (firstPage) {
        m_count = -1;
        m_lastSortValue = {};
        m_lastId = 0;
        m_atEnd = false;
    } else {
        r.afterValue = m_lastSortValue;
        r.afterId = m_lastId;
    }
    const quint64 generation = ++m_generation;
    m_started = true;
    if (firstPage) {
        // Whatever runs now answers a question nobody asks any more.
        m_latest->store(generation);
        m_worker->interrupt();
        m_counter->interrupt();
    }
    m_loading = true;
    m_error.clear();
    const bool wantTotal = firstPage && m_total < 0;
    ListWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, generation, r, firstPage] {
            worker->page(generation, r, [this, generation, firstPage](const QList<ListRow>& rows, const QString& error) {
                QMetaObject::invokeMethod(
                    this, [this, generation, firstPage, rows, error] { receivePage(generation, firstPage, rows, error); },
                    Qt::QueuedConnection);
            });
        },
        Qt::QueuedConnection);
    if (!firstPage)
        return;
    m_counting = true;
    ListWorker* counter = m_counter;
    QMetaObject::invokeMethod(
        counter,
        [this, worker = counter, generation, r, wantTotal] {
            worker->count(generation, r, [this, generation](qint64 n) {
                QMetaObject::invokeMethod(this, [this, generation, n] { receiveCount(generation, n, false); },
                                          Qt::QueuedConnection);
            });
            if (wantTotal) {
                ListRequest all;
                all.kind = r.kind;
                worker->count(generation, all, [this, generation](qint64 n) {
                    QMetaObject::invokeMethod(this, [this, generation, n] { receiveCount(generation, n, true); },
                                              Qt::QueuedConnection);
                });
            }
        },
        Qt::QueuedConnection);
}

void SqlListModel::receivePage(quint64 generation, bool firstPage, const QList<ListRow>& rows, const QString& error)
{
    // Only the newest request's pages count; a page of an older query would mix two answers.
    if (generation != m_generation)
        return;
    m_loading = false;
    m_error = error;
    QList<Row> formatted;
    formatted.reserve(rows.size());
    for (const ListRow& r : rows)
        formatted << makeRow(r);
    if (!rows.isEmpty()) {
        m_lastSortValue = rows.last().sortValue;
        m_lastId = rows.last().id;
    }
    m_atEnd = rows.size() < m_request.limit;
    if (firstPage)
        setRows(std::move(formatted));
    else
        appendRows(std::move(formatted));
    if (m_atEnd && m_count < 0) {
        m_count = rowCount();
        m_counting = false;
        emit countsChanged();
    }
    emit pageLoaded();
}

void SqlListModel::receiveCount(quint64 generation, qint64 count, bool total)
{
    if (total) {
        m_total = count;
        emit countsChanged();
        return;
    }
    // Counts answer the query they were asked with; later pages of that query share its generation only at the start.
    if (generation > m_generation || m_latest->load() != generation)
        return;
    m_count = count;
    m_counting = false;
    emit countsChanged();
}

QStringList SqlListModel::facetValues(int facet) const
{
    QStringList labels;
    for (const QString& raw : facetRawValues(facet))
        labels << facetLabel(facet, raw);
    return labels;
}

bool SqlListModel::waitForIdle(int timeoutMs)
{
    auto idle = [this] { return !m_loading && !m_counting && m_total >= 0; };
    if (idle())
        return true;
    QEventLoop loop;
    auto check = [&] {
        if (idle())
            loop.quit();
    };
    const auto a = connect(this, &SqlListModel::pageLoaded, &loop, check);
    const auto b = connect(this, &EntityTableModel::countsChanged, &loop, check);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    disconnect(a);
    disconnect(b);
    return idle();
}
