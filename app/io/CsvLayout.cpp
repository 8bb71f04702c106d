// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvLayout.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <climits>

namespace {
enum class Cell { Text, List, Flag, Number, Json };

const QStringList kMeta{QStringLiteral("classification"), QStringLiteral("unconfirmed"),
                        QStringLiteral("unconfirmed_fields"), QStringLiteral("sources")};

Cell cellType(const QString& column)
{
    static const QStringList lists{QStringLiteral("parties"), QStringLiteral("delegation_heads"),
                                   QStringLiteral("sources"), QStringLiteral("unconfirmed_fields")};
    static const QStringList json{QStringLiteral("participants"), QStringLiteral("members")};
    if (lists.contains(column))
        return Cell::List;
    if (json.contains(column))
        return Cell::Json;
    if (column == QLatin1String("beyond_seed") || column == QLatin1String("unconfirmed"))
        return Cell::Flag;
    if (column == QLatin1String("round_number") || column == QLatin1String("classification") ||
        column == QLatin1String("id"))
        return Cell::Number;
    return Cell::Text;
}

QStringList split(const char* names)
{
    QStringList out = QString::fromLatin1(names).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return out + kMeta + QStringList{QStringLiteral("id")};
}
} // namespace

QStringList CsvLayout::kinds()
{
    return {QStringLiteral("countries"), QStringLiteral("dialogues"), QStringLiteral("fora"),
            QStringLiteral("events"),    QStringLiteral("actions"),   QStringLiteral("agreements")};
}

QStringList CsvLayout::columns(const QString& kind)
{
    if (kind == QLatin1String("countries"))
        return split("code name_en name_ja iso_name_en iso_name_ja region kind note beyond_seed");
    if (kind == QLatin1String("dialogues"))
        return split("key kind parties name_en name_ja first_held first_held_note agreed_date agreed_by status "
                     "lead_agency gaps note beyond_seed");
    if (kind == QLatin1String("fora"))
        return split("key acronym name_en name_ja former_name_en former_name_ja renamed kind level founded "
                     "incorporated url note japan_status japan_hosts gaps members");
    if (kind == QLatin1String("events"))
        return split("key dialogue forum kind kind_note round_number title_en title_ja start_date end_date date_note "
                     "place format level status summary outcome delegation_heads results_published note participants");
    if (kind == QLatin1String("actions"))
        return split("event description owner due_date status note");
    if (kind == QLatin1String("agreements"))
        return split("key kind title_en title_ja parties signed_date in_force_date expiry_date review_date status url "
                     "dialogue summary note");
    return {};
}

QString CsvLayout::kindOfHeader(const QStringList& header)
{
    QString best;
    for (const QString& kind : kinds()) {
        const QStringList cols = columns(kind);
        if (!header.contains(cols.first()))
            continue;
        bool all = true;
        for (const QString& h : header)
            all = all && cols.contains(h);
        // "key" starts several layouts: the one that knows every column wins; ties go to the earlier kind.
        if (all && best.isEmpty())
            best = kind;
    }
    return best;
}

QStringList CsvLayout::toRow(const QString& kind, const QJsonObject& record)
{
    QStringList row;
    for (const QString& c : columns(kind)) {
        const QJsonValue v = record.value(c);
        switch (cellType(c)) {
        case Cell::Flag:
            row << (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            break;
        case Cell::Number:
            row << (v.isDouble() ? QString::number(qint64(v.toDouble())) : QString());
            break;
        case Cell::List: {
            QStringList items;
            for (const QJsonValue& item : v.toArray())
                items << item.toString();
            row << items.join(QLatin1Char('\n'));
            break;
        }
        case Cell::Json:
            row << (v.isArray() && !v.toArray().isEmpty()
                        ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                        : QString());
            break;
        case Cell::Text:
            row << v.toString();
            break;
        }
    }
    return row;
}

QJsonObject CsvLayout::fromRow(const QString& kind, const QStringList& header, const QStringList& cells, QString* error)
{
    QJsonObject o;
    const QStringList known = columns(kind);
    for (int i = 0; i < header.size() && i < cells.size(); ++i) {
        const QString& c = header[i];
        if (!known.contains(c))
            continue;
        const QString& cell = cells[i];
        switch (cellType(c)) {
        case Cell::Text:
            o.insert(c, cell.isEmpty() ? QJsonValue() : QJsonValue(cell));
            break;
        case Cell::List: {
            // One item a line (LF or CRLF). Codes and field names are trimmed; a source or a name is kept exactly
            // as written, so that an exported list reads back the same.
            const bool names = c == QLatin1String("parties") || c == QLatin1String("unconfirmed_fields");
            QStringList items;
            for (QString item : cell.split(QLatin1Char('\n'))) {
                if (item.endsWith(QLatin1Char('\r')))
                    item.chop(1);
                if (!item.trimmed().isEmpty())
                    items << (names ? item.trimmed() : item);
            }
            o.insert(c, QJsonArray::fromStringList(items));
            break;
        }
        case Cell::Flag: {
            const QString t = cell.trimmed().toLower();
            if (t.isEmpty() || t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("no"))
                o.insert(c, false);
            else if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes"))
                o.insert(c, true);
            else
                o.insert(c, cell); // the validator names it: "expected true or false"
            break;
        }
        case Cell::Number: {
            bool ok = false;
            const qint64 n = cell.trimmed().toLongLong(&ok);
            const QJsonValue number = c == QLatin1String("id") ? QJsonValue(double(n)) : QJsonValue(int(n));
            ok = ok && (c == QLatin1String("id") || (n >= INT_MIN && n <= INT_MAX));
            o.insert(c, cell.trimmed().isEmpty() ? QJsonValue() : ok ? number : QJsonValue(cell));
            break;
        }
        case Cell::Json: {
            if (cell.trimmed().isEmpty()) {
                o.insert(c, QJsonArray());
                break;
            }
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(cell.toUtf8(), &pe);
            if (pe.error != QJsonParseError::NoError || !doc.isArray()) {
                if (error && error->isEmpty())
                    *error = QStringLiteral("field %1: expected a JSON list such as [{\"country\":\"JP\"}]").arg(c);
                break;
            }
            o.insert(c, doc.array());
            break;
        }
        }
    }
    return o;
}
