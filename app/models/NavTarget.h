// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

/// Where a link points: one record of one kind.
struct NavTarget
{
    enum class Kind { None, Country, Dialogue, Forum, Event, Agreement, Policy, Action };
    Kind kind = Kind::None;
    qint64 id = 0;

    bool isValid() const { return kind != Kind::None && id > 0; }
    bool operator==(const NavTarget&) const = default;

    /// "liaison:event/12" for links inside pages, and back.
    QString toUrl() const;
    static NavTarget fromUrl(const QString& url);
    static QString kindName(Kind kind);
};
Q_DECLARE_METATYPE(NavTarget)
