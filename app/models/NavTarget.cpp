// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/NavTarget.h"

#include <QStringList>

QString NavTarget::tableName(Kind kind) { return Kinds::table(kind); }

NavTarget::Kind NavTarget::kindOfTable(const QString& table) { return Kinds::ofTable(table).value_or(Kind::None); }

QString NavTarget::kindName(Kind kind) { return kind == Kind::None ? QString() : Kinds::singular(kind); }

QString NavTarget::toUrl() const { return QStringLiteral("liaison:%1/%2").arg(Kinds::table(kind)).arg(id); }

NavTarget NavTarget::fromUrl(const QString& url)
{
    if (!url.startsWith(QStringLiteral("liaison:")))
        return {};
    const QStringList parts = url.mid(8).split(QLatin1Char('/'));
    if (parts.size() != 2)
        return {};
    bool ok = false;
    const qint64 id = parts[1].toLongLong(&ok);
    const std::optional<Kind> kind = Kinds::parse(parts[0]);
    if (!ok || id <= 0 || !kind || *kind == Kind::Provision)
        return {};
    return NavTarget{*kind, id};
}
