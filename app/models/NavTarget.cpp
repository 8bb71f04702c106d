// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/NavTarget.h"

#include <QStringList>

namespace {
const char* const kNames[] = {"",       "country", "dialogue", "forum", "event", "agreement", "policy", "action",
                              "organization", "tag"};
const char* const kTables[] = {"",       "country", "dialogue", "forum", "event", "agreement", "policy_item", "action",
                               "organization", "tag"};
} // namespace

QString NavTarget::tableName(Kind kind) { return QString::fromLatin1(kTables[int(kind)]); }

NavTarget::Kind NavTarget::kindOfTable(const QString& table)
{
    for (int k = 1; k < int(std::size(kTables)); ++k) {
        if (table == QLatin1String(kTables[k]))
            return Kind(k);
    }
    return Kind::None;
}

QString NavTarget::kindName(Kind kind) { return QString::fromLatin1(kNames[int(kind)]); }

QString NavTarget::toUrl() const { return QStringLiteral("liaison:%1/%2").arg(kindName(kind)).arg(id); }

NavTarget NavTarget::fromUrl(const QString& url)
{
    if (!url.startsWith(QStringLiteral("liaison:")))
        return {};
    const QStringList parts = url.mid(8).split(QLatin1Char('/'));
    if (parts.size() != 2)
        return {};
    bool ok = false;
    const qint64 id = parts[1].toLongLong(&ok);
    for (int k = 1; k < int(std::size(kNames)); ++k) {
        if (ok && id > 0 && parts[0] == QLatin1String(kNames[k]))
            return NavTarget{Kind(k), id};
    }
    return {};
}
