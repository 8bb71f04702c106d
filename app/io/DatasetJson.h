// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QSet>

/// The bundled data file's format (data/dataset.json): reading with validation, and writing.
class DatasetJson
{
public:
    /// Keys already stored, for a partial file (an import) whose records refer to them.
    struct Known
    {
        QSet<QString> countries, dialogues, fora, events, agreements, policyItems, provisions;
        QSet<QString> actions;      ///< "event key\ndescription", as attachments name them
        QSet<qint64> organizations; ///< by id: organizations have no key
    };
    /// Parses and validates; every error names the file and the JSON path ("$.events[3].start_date").
    /// With `known`, any list may be missing and references may name the known keys.
    static Result<Dataset> parse(const QByteArray& json, const QString& fileName, const Known* known = nullptr);
    /// The root object of JSON text, read strictly: a key given twice in one object, an escape that is not a whole
    /// character (a lone surrogate) and bytes that are not UTF-8 are refused with line, column and path (see
    /// JsonStrict), where QJsonDocument alone would keep the last key or alter the text.
    static Result<QJsonObject> readDocument(const QByteArray& json, const QString& fileName);
    static Result<Dataset> parseObject(const QJsonObject& root, const QString& fileName, const Known* known = nullptr);
    static Result<Dataset> readFile(const QString& path);
    /// The bundled dataset compiled into the program.
    static Result<Dataset> bundled();
    static QJsonObject toJson(const Dataset& d);
    /// Gives every dialogue, forum, event, agreement and policy item without a key the key "<kind>-<id>"
    /// ("event-42") and the references to it that key, so that a file can name it: generated and hand-entered
    /// records may have no key.
    static void keyEvents(Dataset& d);
    /// The records of one list ("events", "policy_items"…) in their JSON form; empty for an unknown list.
    static QList<QJsonObject> records(const Dataset& d, const QString& list);
    /// One record in the file's form; also the field-by-field form an import compares.
    static QJsonObject toJson(const Country& c);
    static QJsonObject toJson(const Dialogue& x);
    static QJsonObject toJson(const Forum& x);
    static QJsonObject toJson(const Event& e);
    static QJsonObject toJson(const Action& a);
    static QJsonObject toJson(const Agreement& a);
    static QJsonObject toJson(const Organization& o);
    static QJsonObject toJson(const PolicyItem& p);
    static QJsonObject toJson(const AttachedFile& a);
    /// The tables whose records a dump's attachments may belong to.
    static QStringList attachableTables();
    /// Every record's dump key by "table:id" ("event:42" → "jp-gb-r1"), as attachments name their records.
    static QHash<QString, QString> recordKeys(const Dataset& d);
};
