// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/IcsWriter.h"

#include "core/PartialDate.h"

#include <QDateTime>

namespace {
/// The domain of every UID: reserved (RFC 2606), so it can never clash with a real calendar's.
const QString kUidDomain = QStringLiteral("liaison.invalid");

struct Span
{
    QDate first;      ///< DTSTART
    QDate afterLast;  ///< DTEND, exclusive
    QString precision;
};

/// The all-day span a partial date covers: a day, a whole month or a whole year.
std::optional<Span> span(const QString& text)
{
    const auto d = PartialDate::parse(text);
    if (!d || d->isNull())
        return std::nullopt;
    switch (d->precision()) {
    case PartialDate::Precision::Day: {
        const QDate day(d->year(), d->month(), d->day());
        if (!day.isValid())
            return std::nullopt;
        return Span{day, day.addDays(1), {}};
    }
    case PartialDate::Precision::Month: {
        const QDate first(d->year(), d->month(), 1);
        return Span{first, first.addMonths(1), QStringLiteral("month")};
    }
    case PartialDate::Precision::Year: {
        const QDate first(d->year(), 1, 1);
        return Span{first, first.addYears(1), QStringLiteral("year")};
    }
    case PartialDate::Precision::None:
        break;
    }
    return std::nullopt;
}

QString icsDate(const QDate& d) { return d.toString(QStringLiteral("yyyyMMdd")); }

QString stamp(const QString& iso)
{
    // DTSTAMP from the record's last change keeps the file identical for unchanged data.
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(iso, Qt::ISODate);
    if (!t.isValid())
        t = QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}
} // namespace

QString IcsWriter::uid(const Event& e)
{
    const QString local = e.key.isEmpty() ? QStringLiteral("event-%1").arg(e.id) : e.key;
    return local + QLatin1Char('@') + kUidDomain;
}

QString IcsWriter::escape(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QStringLiteral("\\n");
        } else if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7F) {
            continue; // other controls are not allowed in TEXT
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray IcsWriter::fold(const QString& line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 70 * 3 + 2);
    qsizetype lineOctets = 0;
    for (qsizetype i = 0; i < utf8.size();) {
        // The whole UTF-8 sequence starting at i.
        qsizetype len = 1;
        while (i + len < utf8.size() && (quint8(utf8[i + len]) & 0xC0) == 0x80)
            ++len;
        if (lineOctets + len > 75) {
            out += "\r\n ";
            lineOctets = 1; // the leading space counts
        }
        out += utf8.mid(i, len);
        lineOctets += len;
        i += len;
    }
    out += "\r\n";
    return out;
}

QByteArray IcsWriter::calendar(const QList<Event>& events, QStringList* skipped)
{
    QByteArray out;
    auto line = [&](const QString& l) { out += fold(l); };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//Liaison//Liaison//EN"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    for (const Event& e : events) {
        const auto start = span(e.startDate);
        if (!start) {
            if (skipped)
                *skipped << (e.key.isEmpty() ? QStringLiteral("event %1").arg(e.id) : e.key);
            continue;
        }
        const auto end = span(e.endDate);
        const QDate afterLast = end && end->afterLast > start->first ? end->afterLast : start->afterLast;
        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:") + escape(uid(e)));
        line(QStringLiteral("DTSTAMP:") + stamp(e.updatedAt));
        line(QStringLiteral("DTSTART;VALUE=DATE:") + icsDate(start->first));
        line(QStringLiteral("DTEND;VALUE=DATE:") + icsDate(afterLast));
        line(QStringLiteral("SUMMARY:") + escape(e.titleEn.isEmpty() ? e.titleJa : e.titleEn));
        if (!e.place.isEmpty())
            line(QStringLiteral("LOCATION:") + escape(e.place));
        QStringList description;
        if (!e.titleJa.isEmpty() && !e.titleEn.isEmpty())
            description << e.titleJa;
        if (!start->precision.isEmpty())
            description << QStringLiteral("Date known only to the %1: %2").arg(start->precision, e.startDate);
        if (!e.summary.isEmpty())
            description << e.summary;
        if (!e.outcome.isEmpty())
            description << e.outcome;
        if (!description.isEmpty())
            line(QStringLiteral("DESCRIPTION:") + escape(description.join(QLatin1Char('\n'))));
        const QString status = e.status == QLatin1String("cancelled") ? QStringLiteral("CANCELLED")
                               : e.status == QLatin1String("planned") ? QStringLiteral("TENTATIVE")
                                                                      : QStringLiteral("CONFIRMED");
        line(QStringLiteral("STATUS:") + status);
        line(QStringLiteral("CLASS:") + (e.classification == 0 ? QStringLiteral("PUBLIC") : QStringLiteral("CONFIDENTIAL")));
        line(QStringLiteral("END:VEVENT"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}
