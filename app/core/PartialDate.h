// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Language.h"

#include <QDate>
#include <QString>

#include <compare>
#include <optional>

/// A calendar date known to the year, the month or the day ("2012", "2009-02", "2012-06-19").
class PartialDate
{
public:
    enum class Precision { None, Year, Month, Day };

    PartialDate() = default;
    PartialDate(int year, int month = 0, int day = 0);

    /// Parses ISO text of one of the three precisions, years 1000 to 2999 (what the database accepts); empty text
    /// gives a null date, bad text nullopt. Spaces around the text are ignored here (an editor's field); an import
    /// refuses them, as the database would.
    static std::optional<PartialDate> parse(const QString& text);
    static bool isValidText(const QString& text) { return parse(text).has_value(); }

    bool isNull() const { return m_year == 0; }
    Precision precision() const;
    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }

    QString toIso() const;
    /// As people write it: "19 Jun 2012", "Feb 2009", "2012" / "2012年6月19日", "2009年2月", "2012年".
    QString display(Lang lang) const;
    /// A start and an optional end, collapsed where they share a month or year.
    static QString displayRange(const PartialDate& start, const PartialDate& end, Lang lang);
    /// First day the date can mean; for a year, 1 January.
    QDate earliest() const;
    /// Text that sorts chronologically, unknown dates last.
    QString sortKey() const { return isNull() ? QStringLiteral("9999-99-99") : toIso(); }

    friend std::strong_ordering operator<=>(const PartialDate&, const PartialDate&) = default;
    friend bool operator==(const PartialDate&, const PartialDate&) = default;

private:
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};
