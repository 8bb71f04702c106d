// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "reports/BriefingDocument.h"
#include "reports/BriefingOptions.h"

#include <QSqlDatabase>

/// Gathers a briefing pack's facts from the database and writes them as escaped, structured HTML chapters.
class BriefingComposer
{
public:
    explicit BriefingComposer(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The pack for `options`; fails, naming the option, when the scope or a date is wrong or when a record the
    /// pack is about is marked above the highest classification asked for.
    Result<BriefingDocument> compose(const BriefingOptions& options) const;

private:
    QSqlDatabase m_db;
};
