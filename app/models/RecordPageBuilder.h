// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Records.h"
#include "models/RecordPage.h"

#include <QCoreApplication>

class Database;

/// Composes the page of any record from the repositories: the country profile and every detail page.
class RecordPageBuilder
{
    Q_DECLARE_TR_FUNCTIONS(RecordPageBuilder)
public:
    explicit RecordPageBuilder(Database& db) : m_db(db) {}
    Result<RecordPage> build(const NavTarget& target) const;

private:
    Result<RecordPage> country(qint64 id) const;
    Result<RecordPage> dialogue(qint64 id) const;
    Result<RecordPage> forum(qint64 id) const;
    Result<RecordPage> event(qint64 id) const;
    Result<RecordPage> agreement(qint64 id) const;
    Result<RecordPage> policy(qint64 id) const;
    Result<RecordPage> action(qint64 id) const;
    /// Adds the "Cited articles" section for the provisions `ids`, when there are any.
    Status addCited(RecordPage& page, const QList<qint64>& ids) const;
    Result<RecordPage> organization(qint64 id) const;
    /// A tag and the records of every kind that carry it.
    Result<RecordPage> tag(qint64 id) const;
    Result<RecordPage> compose(const NavTarget& target) const;
    static QString dateRange(const QString& start, const QString& end);
    static QString roundLabel(const Event& e);
    static QString place(const Event& e);
    Database& m_db;
};
