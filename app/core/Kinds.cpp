// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Kinds.h"

#include <QCoreApplication>

#include <array>

namespace {
using K = RecordKind;
// Search kind numbers are written into the search triggers of migrations 2 and 9 (rowid = id * 8 + kind); the
// test tst_Kinds reads the view back and checks each number against its table here.
constexpr std::array<Kinds::Info, 10> kKinds{{
    {K::Country, "country", "countries", "", 0, 1, QT_TRANSLATE_NOOP("Kinds", "country"),
     QT_TRANSLATE_NOOP("Kinds", "Countries"), true, true, true, true},
    {K::Dialogue, "dialogue", "dialogues", "", 1, 2, QT_TRANSLATE_NOOP("Kinds", "dialogue"),
     QT_TRANSLATE_NOOP("Kinds", "Dialogues"), true, true, true, true},
    {K::Forum, "forum", "fora", "forums", 2, 3, QT_TRANSLATE_NOOP("Kinds", "forum"), QT_TRANSLATE_NOOP("Kinds", "Fora"),
     true, true, true, true},
    {K::Event, "event", "events", "", 3, 4, QT_TRANSLATE_NOOP("Kinds", "event"), QT_TRANSLATE_NOOP("Kinds", "Events"),
     true, true, true, true},
    {K::Agreement, "agreement", "agreements", "", 4, 5, QT_TRANSLATE_NOOP("Kinds", "agreement"),
     QT_TRANSLATE_NOOP("Kinds", "Agreements"), true, true, true, true},
    {K::Policy, "policy_item", "policy_items", "policies policy", 5, 6, QT_TRANSLATE_NOOP("Kinds", "policy reference"),
     QT_TRANSLATE_NOOP("Kinds", "Policy references"), false, true, true, true},
    {K::Action, "action", "actions", "", 6, 7, QT_TRANSLATE_NOOP("Kinds", "action"),
     QT_TRANSLATE_NOOP("Kinds", "Actions"), true, false, true, true},
    {K::Organization, "organization", "organizations", "", 7, 0, QT_TRANSLATE_NOOP("Kinds", "organization"),
     QT_TRANSLATE_NOOP("Kinds", "Organizations"), false, true, true, true},
    {K::Tag, "tag", "tags", "", -1, -1, QT_TRANSLATE_NOOP("Kinds", "tag"), QT_TRANSLATE_NOOP("Kinds", "Tags"), false,
     false, false, false},
    {K::Provision, "provision", nullptr, "", -1, -1, QT_TRANSLATE_NOOP("Kinds", "article"),
     QT_TRANSLATE_NOOP("Kinds", "Articles"), false, false, true, true},
}};

constexpr bool inOrder()
{
    for (std::size_t i = 0; i < kKinds.size(); ++i) {
        if (int(kKinds[i].kind) != int(i) + 1)
            return false;
    }
    return true;
}
static_assert(inOrder(), "kKinds lists the kinds in RecordKind order");
static_assert(kKinds[int(K::Organization) - 1].searchKind == 0 && kKinds[int(K::Country) - 1].searchKind == 1 &&
                  kKinds[int(K::Action) - 1].searchKind == 7,
              "search kind numbers are fixed by migrations 2 and 9");

bool same(const QString& text, const char* name) { return name && text == QLatin1String(name); }
} // namespace

namespace Kinds {
std::span<const Info> all() { return kKinds; }

const Info& of(RecordKind kind)
{
    Q_ASSERT(kind != RecordKind::None);
    return kKinds[std::size_t(kind) - 1];
}

std::optional<RecordKind> parse(const QString& text)
{
    for (const Info& k : kKinds) {
        if (same(text, k.table) || same(text, k.name) ||
            QString::fromLatin1(k.oldNames).split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(text))
            return k.kind;
    }
    return std::nullopt;
}

std::optional<RecordKind> ofTable(const QString& table)
{
    for (const Info& k : kKinds) {
        if (same(table, k.table))
            return k.kind;
    }
    return std::nullopt;
}

std::optional<RecordKind> ofSearchKind(int searchKind)
{
    for (const Info& k : kKinds) {
        if (k.searchKind >= 0 && k.searchKind == searchKind)
            return k.kind;
    }
    return std::nullopt;
}

QList<RecordKind> sections()
{
    QList<RecordKind> out;
    for (const Info& k : kKinds) {
        if (k.section >= 0)
            out << k.kind;
    }
    std::sort(out.begin(), out.end(), [](RecordKind a, RecordKind b) { return of(a).section < of(b).section; });
    return out;
}

QString table(RecordKind kind) { return kind == RecordKind::None ? QString() : QString::fromLatin1(of(kind).table); }
QString name(RecordKind kind)
{
    return kind == RecordKind::None || !of(kind).name ? QString() : QString::fromLatin1(of(kind).name);
}
QString singular(RecordKind kind) { return QCoreApplication::translate("Kinds", of(kind).singular); }
QString plural(RecordKind kind) { return QCoreApplication::translate("Kinds", of(kind).plural); }

QStringList tablesWithTags()
{
    QStringList out;
    for (const Info& k : kKinds) {
        if (k.tags)
            out << QString::fromLatin1(k.table);
    }
    return out;
}

QStringList tablesWithAttachments()
{
    QStringList out;
    for (const Info& k : kKinds) {
        if (k.attachments)
            out << QString::fromLatin1(k.table);
    }
    return out;
}

QStringList namesWithCsv()
{
    QStringList out;
    for (const Info& k : kKinds) {
        if (k.csv)
            out << QString::fromLatin1(k.name);
    }
    return out;
}
} // namespace Kinds
