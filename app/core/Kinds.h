// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <span>

/// Every kind of record Liaison keeps; links, the audit log, tags, attachments and the search index name a kind by
/// its row in Kinds::all(). Values are positions in that table (static_asserts in Kinds.cpp keep them so).
enum class RecordKind { None, Country, Dialogue, Forum, Event, Agreement, Policy, Action, Organization, Tag, Provision };

/// The one table of record kinds: for each its table, file and command-line name, sidebar section, search-index
/// number and labels, and what it carries. Every other list of kinds is read from here.
namespace Kinds {
struct Info
{
    RecordKind kind;
    const char* table;    ///< SQL table, and the name the audit log, tags and attachments use ("policy_item")
    const char* name;     ///< the one name in JSON files and on the command line ("policy_items"); null: none
    const char* oldNames; ///< earlier spellings accepted on input, space-separated ("policies policy")
    int section;          ///< position in the sidebar, -1 when not browsable on its own
    int searchKind;       ///< rowid = id * 8 + searchKind in search_fts; -1 when not indexed on its own
    const char* singular; ///< untranslated (context "Kinds"): "policy reference"
    const char* plural;   ///< untranslated (context "Kinds"), a section title: "Policy references"
    bool csv;             ///< has a CSV layout
    bool tags;            ///< its records carry tags
    bool attachments;     ///< files can be attached to its records
    bool history;         ///< the audit log records its rows
};

/// Every kind but None, in RecordKind order.
std::span<const Info> all();
const Info& of(RecordKind kind);
/// The kind named `text` by its table, its name or an old spelling; nullopt for anything else.
std::optional<RecordKind> parse(const QString& text);
std::optional<RecordKind> ofTable(const QString& table);
std::optional<RecordKind> ofSearchKind(int searchKind);
/// The browsable kinds in sidebar order.
QList<RecordKind> sections();
QString table(RecordKind kind);
QString name(RecordKind kind);
/// Labels in the interface language (QCoreApplication::translate, context "Kinds").
QString singular(RecordKind kind);
QString plural(RecordKind kind);
/// Tables of the kinds that carry tags, attachments; names of the kinds with a CSV layout: in table order.
QStringList tablesWithTags();
QStringList tablesWithAttachments();
QStringList namesWithCsv();
} // namespace Kinds
