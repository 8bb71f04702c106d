// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/HistoryModel.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {
const QStringList kBookkeeping{QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("created_at"),
                               QStringLiteral("updated_at")};

QString shown(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()))
        return HistoryModel::tr("(empty)");
    QString text = v.isString() ? v.toString() : v.toVariant().toString();
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() > 80 ? text.left(79) + QChar(0x2026) : text;
}

QString partName(const QString& table)
{
    if (table == QLatin1String("participant"))
        return HistoryModel::tr("participant");
    if (table == QLatin1String("action"))
        return HistoryModel::tr("action");
    if (table == QLatin1String("source"))
        return HistoryModel::tr("source");
    if (table.endsWith(QLatin1String("_party")))
        return HistoryModel::tr("party");
    if (table == QLatin1String("forum_member"))
        return HistoryModel::tr("member");
    if (table == QLatin1String("provision"))
        return HistoryModel::tr("article");
    if (table == QLatin1String("event"))
        return HistoryModel::tr("event");
    if (table == QLatin1String("country"))
        return HistoryModel::tr("country");
    if (table == QLatin1String("dialogue"))
        return HistoryModel::tr("dialogue");
    if (table == QLatin1String("forum"))
        return HistoryModel::tr("forum");
    if (table == QLatin1String("agreement"))
        return HistoryModel::tr("agreement");
    if (table == QLatin1String("policy_item"))
        return HistoryModel::tr("policy item");
    if (table == QLatin1String("organization"))
        return HistoryModel::tr("organization");
    if (table == QLatin1String("citation"))
        return HistoryModel::tr("cited article");
    if (table == QLatin1String("entity_tag"))
        return HistoryModel::tr("tag");
    if (table == QLatin1String("attachment"))
        return HistoryModel::tr("attachment");
    return HistoryModel::tr("record");
}
} // namespace

void HistoryModel::setEntries(QList<HistoryEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_entries.size()); }

int HistoryModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString HistoryModel::changes(const HistoryEntry& e)
{
    const QJsonObject before = QJsonDocument::fromJson(e.beforeJson.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(e.afterJson.toUtf8()).object();
    QStringList out;
    if (e.action == QLatin1String("update")) {
        for (auto it = after.begin(); it != after.end(); ++it) {
            if (!kBookkeeping.contains(it.key()) && before.value(it.key()) != it.value())
                out << QStringLiteral("%1: %2 \u2192 %3").arg(it.key(), shown(before.value(it.key())), shown(it.value()));
        }
        return out.isEmpty() ? tr("no visible change") : out.join(QStringLiteral("; "));
    }
    const QJsonObject& row = e.action == QLatin1String("delete") ? before : after;
    for (const char* key : {"title_en", "title_ja", "name_en", "name_ja", "name", "description", "url", "article"}) {
        const QString text = row.value(QLatin1String(key)).toString();
        if (!text.isEmpty())
            out << text;
    }
    return out.join(QStringLiteral(" / "));
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const HistoryEntry& e = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case When: {
            const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs);
            return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : e.at;
        }
        case Who:
            return e.user;
        case What: {
            const QString part = partName(e.rowTable);
            if (e.action == QLatin1String("insert"))
                return tr("%1 added").arg(part);
            if (e.action == QLatin1String("delete"))
                return tr("%1 deleted").arg(part);
            return tr("%1 changed").arg(part);
        }
        case Changes:
            return changes(e);
        }
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case Changes:
        return tr("Changes");
    }
    return {};
}
