// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/EntityTableModel.h"
#include "storage/ListQuery.h"

#include <QThread>

#include <atomic>
#include <memory>

class ListWorker;

/// A table too big for memory (events, actions): filtered, sorted and counted in SQL on a worker thread with its
/// own connection, read a page at a time as the view scrolls. A new query interrupts the one running, so typing
/// never waits for a stale answer and the window never blocks on the database.
class SqlListModel : public EntityTableModel
{
    Q_OBJECT
public:
    SqlListModel(ListKind kind, NavTarget::Kind navKind, QObject* parent = nullptr);
    ~SqlListModel() override;

    /// The database file the worker reads; set before load().
    void setDatabasePath(const QString& path);
    /// Reads the first page again (after the database changed).
    void load(const Catalog& catalog) override;

    bool filtersInDatabase() const override { return true; }
    void setQuery(const QString& text, const QHash<int, QString>& facets, int yearFrom, int yearTo) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QStringList facetValues(int facet) const override;
    qint64 matchingCount() const override { return m_count; }
    qint64 totalCount() const override { return m_total; }

    bool isLoading() const { return m_loading; }
    /// Runs the event loop until the current page and count have arrived (tests, benchmark, command line).
    bool waitForIdle(int timeoutMs = 60000);
    QString lastError() const { return m_error; }

signals:
    /// The first page of a new query, or a further page, has arrived.
    void pageLoaded();

protected:
    virtual Row makeRow(const ListRow& raw) const = 0;
    /// The stored values a facet can take, and the label each is shown with.
    virtual QStringList facetRawValues(int facet) const = 0;
    virtual QString facetLabel(int facet, const QString& raw) const = 0;
    const ListRequest& request() const { return m_request; }

private:
    void start(bool firstPage);
    void receivePage(quint64 generation, bool firstPage, const QList<ListRow>& rows, const QString& error);
    void receiveCount(quint64 generation, qint64 count, bool total);

    ListKind m_kind;
    QString m_path;
    QThread m_thread;
    QThread m_countThread;
    ListWorker* m_worker = nullptr;
    ListWorker* m_counter = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    ListRequest m_request;
    quint64 m_generation = 0;
    bool m_started = false; ///< a query has been sent since the database was set
    bool m_loading = false;
    bool m_counting = false;
    bool m_atEnd = true;
    qint64 m_count = -1;
    qint64 m_total = -1;
    QVariant m_lastSortValue;
    qint64 m_lastId = 0;
    QString m_error;
};
