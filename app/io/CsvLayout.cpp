// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvLayout.h"

#include "core/RecordFields.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <climits>

namespace {
enum class Cell { Text, List, Flag, Number, Json };

// Meta columns of every layout, after the kind's own fields and its nested part; then "id".
const char* const kMeta[] = {"classification", "unconfirmed", "unconfirmed_fields", "sources"};

// The nested part of a kind, one JSON list in a cell; written by hand (RecordFields describes flat fields only).
const char* nestedColumn(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Forum:
        return "members";
    case RecordKind::Event:
        return "participants";
    default:
        return nullptr;
    }
}

RecordKind kindOf(const QString& name) { return Kinds::parse(name).value_or(RecordKind::None); }

Cell cellType(const QString& kind, const QString& column)
{
    using FieldTable::Type;
    const RecordKind k = kindOf(kind);
    if (column == QLatin1String("id"))
        return Cell::Number;
    if (k != RecordKind::None && nestedColumn(k) && column == QLatin1String(nestedColumn(k)))
        return Cell::Json;
    const FieldTable::Spec* s = k == RecordKind::None ? nullptr : RecordFields::spec(k, column);
    if (!s)
        return Cell::Text;
    switch (s->type) {
    case Type::List:
    case Type::References:
        return Cell::List;
    case Type::Flag:
        return Cell::Flag;
    case Type::Integer:
        return Cell::Number;
    default:
        return Cell::Text;
    }
}
} // namespace

QStringList CsvLayout::kinds() { return Kinds::namesWithCsv(); }

QStringList CsvLayout::columns(const QString& kind)
{
    const RecordKind k = kindOf(kind);
    if (k == RecordKind::None || !Kinds::of(k).csv)
        return {};
    QStringList out;
    const auto meta = RecordFields::meta();
    for (const FieldTable::Spec* s : RecordFields::specs(k)) {
        const bool isMeta = s >= meta.data() && s < meta.data() + meta.size();
        if (!isMeta && s->csv)
            out << s->keyName();
    }
    if (const char* nested = nestedColumn(k))
        out << QString::fromLatin1(nested);
    for (const char* m : kMeta)
        out << QString::fromLatin1(m);
    out << QStringLiteral("id");
    return out;
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
        switch (cellType(kind, c)) {
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
        switch (cellType(kind, c)) {
        case Cell::Text:
            o.insert(c, cell.isEmpty() ? QJsonValue() : QJsonValue(cell));
            break;
        case Cell::List: {
            // One item a line (LF or CRLF). Codes and field names are trimmed; a source or a name is kept exactly
            // as written, so that an exported list reads back the same.
            const FieldTable::Spec* spec = RecordFields::spec(kindOf(kind), c);
            const bool names = c == QLatin1String("unconfirmed_fields") ||
                               (spec && spec->type == FieldTable::Type::References);
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
