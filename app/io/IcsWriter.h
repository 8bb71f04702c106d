// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

/// Events as an RFC 5545 calendar: CRLF lines folded at 75 octets, TEXT escaped, all-day dates, stable UIDs.
/// A date known only to the month or year becomes an all-day entry over that month or year, marked as such in
/// the description; an event without a start date is left out and named in `skipped`.
class IcsWriter
{
public:
    static QByteArray calendar(const QList<Event>& events, QStringList* skipped = nullptr);
    /// "jp-gb-r1@liaison.invalid"; events without a key use "event-<id>".
    static QString uid(const Event& e);
    /// Escapes backslash, semicolon, comma and newlines for a TEXT value.
    static QString escape(const QString& text);
    /// One content line, folded so no line exceeds 75 octets (never inside a UTF-8 sequence), CRLF-terminated.
    static QByteArray fold(const QString& line);
};
