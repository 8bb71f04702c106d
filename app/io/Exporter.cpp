// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Exporter.h"

#include "io/CsvLayout.h"
#include "io/CsvReader.h"
#include "io/DatasetJson.h"
#include "io/IcsWriter.h"
#include "storage/DatasetStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {
const QString kAll = QStringLiteral("all");

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
        for (const QJsonObject& o : DatasetJson::records(d, what))
            out += CsvReader::formatRow(CsvLayout::toRow(what, o)).toUtf8() + "\r\n";
        return out;
    }
    QStringList skipped;
    QByteArray out = IcsWriter::calendar(d.events, &skipped);
    if (note && !skipped.isEmpty())
        *note = tr("%n event(s) without a start date left out of the calendar: %1", nullptr, int(skipped.size()))
                    .arg(skipped.mid(0, 10).join(QStringLiteral(", ")) + (skipped.size() > 10 ? QStringLiteral(", …") : QString()));
    return out;
}

Status Exporter::exportTo(const QString& format, const QString& what, const QString& path, QString* note)
{
    if (!formats().contains(format))
        return Status::failure(tr("unknown format '%1' (%2)").arg(format, formats().join(QStringLiteral(", "))));
    auto d = DatasetStore(m_db).read();
    if (!d)
        return Status::failure(d.error());
    DatasetJson::keyEvents(*d);
    auto bytes = render(*d, format, what, note);
    if (!bytes)
        return Status::failure(bytes.error());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Status::failure(tr("%1: cannot be written (%2)").arg(path, f.errorString()));
    if (f.write(*bytes) != bytes->size())
        return Status::failure(tr("%1: cannot be written (%2)").arg(path, f.errorString()));
    if (!f.commit())
        return Status::failure(tr("%1: cannot be written (%2)").arg(path, f.errorString()));
    return {};
}
