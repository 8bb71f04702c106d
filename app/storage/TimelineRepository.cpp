// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/TimelineRepository.h"

#include "core/Vocabulary.h"
#include "storage/Sql.h"

#include <QCollator>
#include <QDate>
#include <QHash>

#include <algorithm>
#include <numeric>

namespace {
int digits(const QString& t, int from, int count)
{
    int v = 0;
    for (int i = from; i < from + count; ++i) {
        const QChar c = t.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        v = v * 10 + (c.unicode() - '0');
    }
    return v;
}

QHash<QString, quint8> indexOf(const QStringList& values)
{
    QHash<QString, quint8> out;
    for (int i = 0; i < values.size(); ++i)
        out.insert(values[i], quint8(i));
    return out;
}
/// Moves rows or cells to their lanes' places in the named order.
template <typename T> Status renumberLanes(const Result<QList<int>>& newIndex, QList<T>& items)
{
    if (!newIndex)
        return Status::failure(newIndex.error());
    for (T& item : items)
        item.lane = (*newIndex)[item.lane];
    return Status();
}
} // namespace

PartialDate TimelineRepository::quickParse(const QString& t)
{
    if (t.size() != 4 && t.size() != 7 && t.size() != 10)
        return {};
    const int y = digits(t, 0, 4);
    if (y < 1000)
        return {};
    if (t.size() == 4)
        return PartialDate(y);
    const int m = digits(t, 5, 2);
    if (t.at(4) != QLatin1Char('-') || m < 1 || m > 12)
        return {};
    if (t.size() == 7)
        return PartialDate(y, m);
    const int d = digits(t, 8, 2);
    if (t.at(7) != QLatin1Char('-') || !QDate(y, m, d).isValid())
        return {};
    return PartialDate(y, m, d);
}

std::pair<int, int> TimelineRepository::dayRange(const PartialDate& d)
{
    switch (d.precision()) {
    case PartialDate::Precision::None:
        return {0, 0};
    case PartialDate::Precision::Year:
        return {int(QDate(d.year(), 1, 1).toJulianDay()), int(QDate(d.year(), 12, 31).toJulianDay())};
    case PartialDate::Precision::Month: {
        const QDate first(d.year(), d.month(), 1);
        return {int(first.toJulianDay()), int(first.addMonths(1).addDays(-1).toJulianDay())};
    }
    case PartialDate::Precision::Day:
        break;
    }
    const int day = int(QDate(d.year(), d.month(), d.day()).toJulianDay());
    return {day, day};
}

Result<TimelineData> TimelineRepository::load(const EventFilter& filter, Lanes lanes, Lang lang) const
{
    using R = Result<TimelineData>;
    TimelineData data;
    QVariantList binds;
    const QString where = filter.where(QStringLiteral("e"), binds);
    const bool byCountry = lanes == Lanes::ByCountry;

    // Lane keys: dialogue d<id>, forum f<id>, country c<id>; events with none share the lane "".
    QHash<QString, int> laneOf;
    QList<QString> laneKeys;
    const QString laneCols =
        byCountry ? QStringLiteral("p.country_id, NULL") : QStringLiteral("e.dialogue_id, e.forum_id");
    const QString from =
        byCountry ? QStringLiteral("event e LEFT JOIN participant p ON p.event_id = e.id") : QStringLiteral("event e");
    auto q = Sql::run(m_db,
                      // DISTINCT only where a join can repeat a row: it costs a temporary b-tree over every row.
                      QStringLiteral("SELECT %1 e.id, %2, e.start_date, e.end_date, e.kind, e.status, e.title_en, "
                                     "e.title_ja, e.place FROM %3 WHERE e.start_date IS NOT NULL AND %4")
                          .arg(byCountry ? QStringLiteral("DISTINCT") : QString(), laneCols, from, where),
                      binds);
    if (!q)
        return R::failure(q.error());
    q->setForwardOnly(true);
    const QHash<QString, quint8> kinds = indexOf(Vocabulary::eventKinds());
    const QHash<QString, quint8> statuses = indexOf(Vocabulary::eventStatuses());
    while (q->next()) {
        QString key;
        if (!q->value(1).isNull())
            key = (byCountry ? QStringLiteral("c") : QStringLiteral("d")) + q->value(1).toString();
        else if (!q->value(2).isNull())
            key = QStringLiteral("f") + q->value(2).toString();
        auto lane = laneOf.constFind(key);
        if (lane == laneOf.cend()) {
            lane = laneOf.insert(key, int(laneKeys.size()));
            laneKeys << key;
        }
        TimelineRow row;
        row.id = q->value(0).toLongLong();
        row.lane = *lane;
        row.start = quickParse(q->value(3).toString());
        row.end = quickParse(q->value(4).toString());
        row.startDay = dayRange(row.start).first;
        row.endDay = qMax(row.startDay, row.end.isNull() ? dayRange(row.start).second : dayRange(row.end).second);
        row.kind = kinds.value(q->value(5).toString(), quint8(kinds.size() - 1));
        row.status = statuses.value(q->value(6).toString(), 1);
        row.title = pickName(lang, q->value(7).toString(), q->value(8).toString());
        row.place = q->value(9).toString();
        if (row.startDay > 0)
            data.rows.append(std::move(row));
    }

    if (const Status s = renumberLanes(nameLanes(laneKeys, byCountry, lang, data.lanes), data.rows); !s)
        return R::failure(s.error());
    std::sort(data.rows.begin(), data.rows.end(), [](const TimelineRow& a, const TimelineRow& b) {
        return a.lane != b.lane ? a.lane < b.lane : a.startDay != b.startDay ? a.startDay < b.startDay : a.id < b.id;
    });

    QVariantList countBinds;
    const QString countWhere = filter.where(QStringLiteral("e"), countBinds);
    auto undated =
        Sql::run(m_db, QStringLiteral("SELECT count(*) FROM event e WHERE e.start_date IS NULL AND %1").arg(countWhere),
                 countBinds);
    if (!undated)
        return R::failure(undated.error());
    data.undated = undated->next() ? undated->value(0).toInt() : 0;
    return data;
}

Result<QList<int>> TimelineRepository::nameLanes(const QList<QString>& laneKeys, bool byCountry, Lang lang,
                                                 QList<TimelineLane>& lanes) const
{
    using R = Result<QList<int>>;
    QHash<QString, int> laneOf;
    for (int i = 0; i < laneKeys.size(); ++i)
        laneOf.insert(laneKeys[i], i);
    // Names of the lanes that have rows, read from the small tables.
    QList<TimelineLane> named(laneKeys.size());
    auto name = [&](const QString& sql, const QString& prefix, TimelineLane::Kind kind, bool acronym) -> Status {
        auto n = Sql::run(m_db, sql);
        if (!n)
            return Status::failure(n.error());
        while (n->next()) {
            const int i = laneOf.value(prefix + n->value(0).toString(), -1);
            if (i < 0)
                continue;
            QString text = pickName(lang, n->value(1).toString(), n->value(2).toString());
            if (acronym && !n->value(3).toString().isEmpty())
                text = n->value(3).toString();
            named[i] = TimelineLane{kind, n->value(0).toLongLong(), text};
        }
        return Status();
    };
    Status s = byCountry ? name(QStringLiteral("SELECT id, name_en, name_ja FROM country"), QStringLiteral("c"),
                                TimelineLane::Kind::Country, false)
                         : name(QStringLiteral("SELECT id, name_en, name_ja FROM dialogue"), QStringLiteral("d"),
                                TimelineLane::Kind::Dialogue, false);
    if (s && !byCountry)
        s = name(QStringLiteral("SELECT id, name_en, name_ja, acronym FROM forum"), QStringLiteral("f"),
                 TimelineLane::Kind::Forum, true);
    if (!s)
        return R::failure(s.error());
    const int none = laneOf.value(QString(), -1);
    if (none >= 0)
        named[none] = TimelineLane{TimelineLane::Kind::None, 0, QString()};

    // Dialogues, then fora (or countries), by name; the lane of the rest comes last.
    QList<int> order(named.size());
    std::iota(order.begin(), order.end(), 0);
    QCollator collator(lang == Lang::Ja ? QLocale(QLocale::Japanese) : QLocale(QLocale::English));
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (named[a].kind != named[b].kind)
            return named[a].kind < named[b].kind;
        return collator.compare(named[a].name, named[b].name) < 0;
    });
    QList<int> newIndex(named.size());
    lanes.clear();
    for (int i = 0; i < order.size(); ++i) {
        newIndex[order[i]] = i;
        lanes << named[order[i]];
    }
    return newIndex;
}

Result<TimelineSummary> TimelineRepository::summary(const EventFilter& filter, Lang lang, const QString& until) const
{
    using R = Result<TimelineSummary>;
    QVariantList binds{until.isEmpty() ? QVariant(QString()) : QVariant(until)};
    const QString where = filter.where(QStringLiteral("e"), binds);
    // Grouped by liaison_cells in one pass, the lane as one integer (dialogue 2n, forum 2n + 1, neither 0): the
    // busiest country's 100,000 events come back as some 50,000 cells, which GROUP BY would sort three times slower.
    auto q = Sql::run(m_db,
                      QStringLiteral("SELECT liaison_cells(coalesce(e.dialogue_id * 2, e.forum_id * 2 + 1, 0), "
                                     "e.start_date, e.kind, e.status, e.classification, "
                                     "e.status <> 'cancelled' AND e.start_date <= ?) "
                                     "FROM event e WHERE e.start_date IS NOT NULL AND %1")
                          .arg(where),
                      binds);
    if (!q)
        return R::failure(q.error());
    const QHash<QString, quint8> kinds = indexOf(Vocabulary::eventKinds());
    const QHash<QString, quint8> statuses = indexOf(Vocabulary::eventStatuses());
    QList<QString> laneKeys;
    TimelineSummary out;
    QHash<qint64, int> laneOfNumber;
    const QByteArray lines = q->next() ? q->value(0).toByteArray() : QByteArray();
    // The kinds and statuses the cells name by index, then a line of integers per cell (see liaison_cells).
    const char* at = lines.constData();
    const char* const end = at + lines.size();
    auto codes = [&](const QHash<QString, quint8>& vocabulary, quint8 fallback) {
        const char* eol = std::find(at, end, '\n');
        QList<quint8> out;
        for (const QByteArray& code : QByteArray(at, eol - at).split('\t'))
            out << vocabulary.value(QString::fromUtf8(code), fallback);
        at = eol == end ? end : eol + 1;
        return out;
    };
    const QList<quint8> kindOf = codes(kinds, quint8(kinds.size() - 1));
    const QList<quint8> statusOf = codes(statuses, 1);
    auto number = [&]() {
        qint64 value = 0;
        const bool negative = at < end && *at == '-';
        for (at += negative ? 1 : 0; at < end && *at >= '0' && *at <= '9'; ++at)
            value = value * 10 + (*at - '0');
        if (at < end)
            ++at; // the tab or line break after it
        return negative ? -value : value;
    };
    while (at < end) {
        qint64 field[8];
        for (qint64& f : field)
            f = number();
        const qint64 laneNumber = field[0];
        TimelineCell c;
        c.year = int(field[1]);
        c.month = int(field[2]);
        if (c.year < 1000 || c.month < 0 || c.month > 12 || quint64(field[3]) >= quint64(kindOf.size()) ||
            quint64(field[4]) >= quint64(statusOf.size()))
            continue; // not a date: the timeline cannot place it either
        auto lane = laneOfNumber.constFind(laneNumber);
        if (lane == laneOfNumber.cend()) {
            const QString key = laneNumber == 0 ? QString()
                                                : (laneNumber % 2 ? QStringLiteral("f") : QStringLiteral("d")) +
                                                      QString::number(laneNumber / 2);
            lane = laneOfNumber.insert(laneNumber, int(laneKeys.size()));
            laneKeys << key;
        }
        c.lane = *lane;
        c.kind = kindOf[field[3]];
        c.status = statusOf[field[4]];
        c.count = int(field[5]);
        c.heldBy = int(field[7]);
        out.cells << c;
        out.classification = qMax(out.classification, int(field[6]));
    }
    if (const Status s = renumberLanes(nameLanes(laneKeys, false, lang, out.lanes), out.cells); !s)
        return R::failure(s.error());
    std::sort(out.cells.begin(), out.cells.end(), [](const TimelineCell& a, const TimelineCell& b) {
        return std::tie(a.lane, a.year, a.month, a.kind, a.status) < std::tie(b.lane, b.year, b.month, b.kind, b.status);
    });
    return out;
}
