// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/NavTarget.h"

#include <QList>
#include <QStringList>

/// A labelled value of a record page; `target` makes it a link.
struct PageField
{
    QString label;
    QString value;
    bool unconfirmed = false;
    NavTarget target;
};

/// One row of a page section; children hang below it (a dialogue's rounds).
struct PageRow
{
    QStringList cells;
    NavTarget target;
    bool unconfirmed = false;
    bool note = false; ///< a remark such as "rounds 3-5 not found", not a record
    QList<PageRow> children;
};

/// A titled table of related records.
struct PageSection
{
    QString id; ///< stable name for tests and saved state ("dialogues", "events"…)
    QString title;
    QStringList headers;
    QList<PageRow> rows;
    QString emptyText;
    QString note = {}; ///< e.g. that only the latest rows are shown
};

/// A source address and the record it supports.
struct PageSource
{
    QString url;
    QString supports;
};

/// A tag on a record, shown as a coloured chip that opens the tag's page.
struct PageTag
{
    QString name;
    QString color; ///< "#rrggbb" or empty
    NavTarget target;
};

/// Everything a record page shows: the country profile and the detail page of every other record.
struct RecordPage
{
    NavTarget target;
    QString title;
    QString subtitle;
    bool unconfirmed = false;
    QList<PageField> fields;
    QList<PageSection> sections;
    QList<PageSource> sources;
    QList<PageTag> tags;

    const PageSection* section(const QString& id) const
    {
        for (const PageSection& s : sections) {
            if (s.id == id)
                return &s;
        }
        return nullptr;
    }
};
