// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Exporter.h"

#include "core/OutputFile.h"
#include "io/AttachmentStore.h"
#include "io/CsvLayout.h"
#include "io/CsvReader.h"
#include "io/DatasetJson.h"
#include "io/IcsWriter.h"
#include "storage/AttachmentRepository.h"
#include "storage/Database.h"
#include "storage/DatasetStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
const QString kAll = QStringLiteral("all");

template <typename T> QList<qint64> idsOf(const QList<T>& list)
{
    QList<qint64> out;
    out.reserve(list.size());
    for (const T& r : list)
        out << r.id;
    return out;
}

/// The ids of one CSV kind's records, in the order of DatasetJson::records().
QList<qint64> ids(const Dataset& d, const QString& kind)
{
    if (kind == QLatin1String("countries"))
        return idsOf(d.countries);
    if (kind == QLatin1String("dialogues"))
        return idsOf(d.dialogues);
    if (kind == QLatin1String("fora"))
        return idsOf(d.fora);
    if (kind == QLatin1String("events"))
        return idsOf(d.events);
    if (kind == QLatin1String("actions"))
        return idsOf(d.actions);
    if (kind == QLatin1String("agreements"))
        return idsOf(d.agreements);
    return {};
}
} // namespace

QStringList Exporter::formats() { return {QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("ics")}; }

QStringList Exporter::kinds(const QString& format)
{
    if (format == QLatin1String("csv"))
        return CsvLayout::kinds();
    if (format == QLatin1String("ics"))
        return {QStringLiteral("events")};
    return QStringList{kAll} + CsvLayout::kinds() + QStringList{QStringLiteral("policy_items"), QStringLiteral("organizations")};
}

Result<QByteArray> Exporter::render(const Dataset& d, const QString& format, const QString& what, QString* note)
{
    using R = Result<QByteArray>;
    if (!kinds(format).contains(what))
        return R::failure(tr("--what %1 does not apply to --format %2 (%3)")
                              .arg(what, format, kinds(format).join(QStringLiteral(", "))));
    if (format == QLatin1String("json")) {
        QJsonObject root = DatasetJson::toJson(d);
        if (what != kAll) {
            QJsonArray list;
            for (const QJsonObject& o : DatasetJson::records(d, what))
                list.append(o);
            root = QJsonObject{{QStringLiteral("format"), root.value(QStringLiteral("format"))},
                               {QStringLiteral("version"), root.value(QStringLiteral("version"))},
                               {what, list}};
        } else if (!root.contains(QStringLiteral("actions"))) {
            root.insert(QStringLiteral("actions"), QJsonArray());
        }
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }
    if (format == QLatin1String("csv")) {
        QByteArray out;
        out += CsvReader::formatRow(CsvLayout::columns(what)).toUtf8() + "\r\n";
        const QList<QJsonObject> records = DatasetJson::records(d, what);
        const QList<qint64> id = ids(d, what);
        for (qsizetype i = 0; i < records.size(); ++i) {
            QJsonObject o = records[i];
            if (id.value(i) != 0)
                o.insert(QStringLiteral("id"), double(id.value(i)));
            out += CsvReader::formatRow(CsvLayout::toRow(what, o)).toUtf8() + "\r\n";
        }
        return out;
    }
    QStringList skipped;
    QByteArray out = IcsWriter::calendar(d.events, &skipped);
    if (note && !skipped.isEmpty())
        *note = tr("%n event(s) without a start date left out of the calendar: %1", nullptr, int(skipped.size()))
                    .arg(skipped.mid(0, 10).join(QStringLiteral(", ")) + (skipped.size() > 10 ? QStringLiteral(", …") : QString()));
    return out;
}

Status Exporter::addAttachments(Dataset& d)
{
    auto rows = AttachmentRepository(m_db.connection()).all();
    if (!rows)
        return Status::failure(rows.error());
    if (rows->isEmpty())
        return {};
    const QHash<QString, QString> keys = DatasetJson::recordKeys(d);
    const AttachmentStore store(m_db);
    for (const Attachment& a : *rows) {
        const QString key = keys.value(a.entity + QLatin1Char(':') + QString::number(a.entityId));
        if (key.isEmpty())
            continue; // its record was deleted (the row stays, so that undoing the delete finds it)
        // Read once and checked against its SHA-256: a damaged file is reported, never exported as if it were whole.
        auto bytes = store.content(a);
        if (!bytes)
            return Status::failure(bytes.error());
        d.attachments << AttachedFile{a, key, std::move(bytes).value()};
    }
    return {};
}

Status Exporter::exportTo(const QString& format, const QString& what, const QString& path, QString* note)
{
    if (!formats().contains(format))
        return Status::failure(tr("unknown format '%1' (%2)").arg(format, formats().join(QStringLiteral(", "))));
    auto d = DatasetStore(m_db).read();
    if (!d)
        return Status::failure(d.error());
    DatasetJson::keyEvents(*d);
    if (format == QLatin1String("json") && what == kAll) {
        if (Status s = addAttachments(*d); !s)
            return s;
    }
    auto bytes = render(*d, format, what, note);
    if (!bytes)
        return Status::failure(bytes.error());
    return OutputFile::write(path, *bytes, m_db.path());
}
