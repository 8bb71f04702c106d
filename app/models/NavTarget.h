// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Kinds.h"
#include "core/Records.h"

#include <QMetaType>
#include <QString>

/// Where a link points: one record of one kind.
struct NavTarget
{
    using Kind = RecordKind; ///< the kinds of core/Kinds.h
    Kind kind = Kind::None;
    qint64 id = 0;

    bool isValid() const { return kind != Kind::None && id > 0; }
    bool operator==(const NavTarget&) const = default;

    /// "liaison:event/12" (the kind's table) for links inside pages, and back; old links ("liaison:policy/3") too.
    QString toUrl() const;
    static NavTarget fromUrl(const QString& url);
    /// The kind's label in the interface language ("policy reference").
    static QString kindName(Kind kind);
    /// The database table of a kind's records ("policy_item"), as the audit log and attachments name them.
    static QString tableName(Kind kind);
    static Kind kindOfTable(const QString& table);
    static Kind kindOf(const Country&) { return Kind::Country; }
    static Kind kindOf(const Dialogue&) { return Kind::Dialogue; }
    static Kind kindOf(const Forum&) { return Kind::Forum; }
    static Kind kindOf(const Event&) { return Kind::Event; }
    static Kind kindOf(const Agreement&) { return Kind::Agreement; }
    static Kind kindOf(const PolicyItem&) { return Kind::Policy; }
    static Kind kindOf(const Action&) { return Kind::Action; }
    static Kind kindOf(const Organization&) { return Kind::Organization; }
};
Q_DECLARE_METATYPE(NavTarget)
