// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DatasetStore.h"

#include "storage/ActionRepository.h"
#include "storage/AgreementRepository.h"
#include "storage/AppMeta.h"
#include "storage/AttachmentRepository.h"
#include "storage/CountryRepository.h"
#include "storage/Database.h"
#include "storage/DialogueRepository.h"
#include "storage/EventRepository.h"
#include "storage/ForumRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/PolicyRepository.h"
#include "storage/SearchIndex.h"
#include "storage/Sql.h"
#include "storage/StatementCache.h"
#include "storage/TagRepository.h"
#include "storage/Transaction.h"

namespace {
QString keyOf(const Country& c)
{
    return c.code;
}
QString keyOf(const Organization& o)
{
    return QString::number(o.id);
}
QString keyOf(const Action& a)
{
    return a.event + QLatin1Char('\n') + a.description;
}
template <typename T> QString keyOf(const T& r)
{
    return r.key;
}

/// Writes each record; a failure names the list and the record's key ("events “jp-gb-r1”: why"), so that
/// an import can say which record of its file the database refused.
template <typename Repo, typename T> Status writeAll(const Repo& repo, QList<T>& records, bool update, const char* list)
{
    for (T& r : records) {
        if (auto s = update ? repo.update(r) : repo.insert(r); !s)
            return Status::failure(
                QStringLiteral("%1 \u201c%2\u201d: %3").arg(QLatin1String(list), keyOf(r), s.error()));
    }
    return {};
}

/// Adds the tags of the list not there yet (matched by name in any case) and gives each its colour from the list;
/// before the records, which then find their tags by name.
Status writeTagList(const QSqlDatabase& db, const QList<Tag>& tags)
{
    const TagRepository repo(db);
    for (Tag t : tags) {
        auto existing = repo.byName(t.name);
        if (!existing)
            return Status::failure(existing.error());
        Status s;
        if (existing->id == 0) {
            t.id = 0;
            s = repo.insert(t);
        } else if (!t.color.isEmpty() && t.color != existing->color) {
            s = repo.setColor(existing->id, t.color);
        }
        if (!s)
            return Status::failure(QStringLiteral("tag \u201c%1\u201d: %2").arg(t.name, s.error()));
    }
    return {};
}

/// Inserts or (with `update`) rewrites every record of `d`, parents before children.
Status writeDataset(const QSqlDatabase& db, Dataset& d, bool update)
{
    Status s = writeTagList(db, d.tags);
    if (s)
        s = writeAll(CountryRepository(db), d.countries, update, "countries");
    if (s) // after countries, before events: an organization belongs to a country; participants name it
        s = writeAll(OrganizationRepository(db), d.organizations, update, "organizations");
    if (s)
        s = writeAll(DialogueRepository(db), d.dialogues, update, "dialogues");
    if (s)
        s = writeAll(ForumRepository(db), d.fora, update, "fora");
    if (s) // before events: events cite their articles
        s = writeAll(PolicyRepository(db), d.policyItems, update, "policy_items");
    if (s)
        s = writeAll(EventRepository(db), d.events, update, "events");
    if (s)
        s = writeAll(ActionRepository(db), d.actions, update, "actions");
    if (s)
        s = writeAll(AgreementRepository(db), d.agreements, update, "agreements");
    return s;
}

/// Whether writing `written` events into a database that holds `stored` costs less with the search index
/// rebuilt once at the end than kept up row by row by its triggers. A trigger re-indexes an event for the
/// event and again for each participant, about four times the per-event cost of a rebuild (a dump of 10,000
/// events into an empty database: 22 s of CPU with the triggers, 6 s with one rebuild), so the rebuild wins
/// once the written events are a third of the total or more.
bool rebuildIsCheaper(qsizetype written, qint64 stored)
{
    constexpr qsizetype kMinimum = 200; // below this either way takes milliseconds
    return written >= kMinimum && written * 3 >= stored + written;
}
} // namespace

namespace {
/// Every tag with its colour, used or not, by name.
Status readTagList(const QSqlDatabase& db, Dataset& d)
{
    auto tags = TagRepository(db).all();
    if (!tags)
        return Status::failure(tags.error());
    for (const TagUsage& u : std::as_const(*tags))
        d.tags << u.tag;
    return {};
}
} // namespace

Status DatasetStore::load(Dataset d) { return merge(std::move(d), {}); }

Status DatasetStore::merge(Dataset added, Dataset changed)
{
    const QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    const StatementCache cache(db);
    qint64 storedEvents = 0;
    {
        auto q = Sql::run(db, QStringLiteral("SELECT count(*) FROM event"));
        if (!q || !q->next())
            return Status::failure(q ? QStringLiteral("counting events: no row") : q.error());
        storedEvents = q->value(0).toLongLong();
    }
    // Suspended inside this transaction: a failed import rolls the suspension back with everything else.
    const bool rebuild = rebuildIsCheaper(added.events.size() + changed.events.size(), storedEvents);
    if (rebuild) {
        if (auto s = SearchIndex::suspend(db); !s)
            return s;
    }
    // Updates first: an added record may refer to a key an update gives (a renamed parent is not possible, keys
    // match), and added actions may belong to updated events.
    Status s = writeDataset(db, changed, true);
    if (s)
        s = writeDataset(db, added, false);
    // Attached files last, as they belong to the records above; the caller has put their content in the store.
    const AttachmentRepository attachments(db);
    for (AttachedFile& f : added.attachments) {
        if (!s)
            break;
        auto id = attachments.idOfDumpKey(f.meta.entity, f.recordKey);
        if (!id) {
            s = Status::failure(QStringLiteral("attachment %1: %2").arg(f.meta.originalName, id.error()));
            break;
        }
        f.meta.entityId = *id;
        s = attachments.insert(f.meta);
    }
    const QList<std::pair<QString, QString>> meta{{QStringLiteral("dataset.scope_note"), added.scopeNote},
                                                  {QStringLiteral("dataset.iso_reference"), added.isoReference},
                                                  {QStringLiteral("dataset.seed_correction"), added.seedCorrection}};
    for (const auto& [key, value] : meta) {
        if (!s)
            break;
        if (value.isEmpty())
            continue; // a partial import leaves the notes as they are
        s = AppMeta::set(db, key, value);
    }
    if (s && rebuild)
        s = SearchIndex::rebuild(db);
    if (!s)
        return s;
    return tx.commit();
}

Result<Dataset> DatasetStore::read() const
{
    const QSqlDatabase db = m_db.connection();
    Dataset d;
    auto meta = Sql::run(db, QStringLiteral("SELECT key, value FROM app_meta WHERE key LIKE 'dataset.%'"));
    if (!meta)
        return Result<Dataset>::failure(meta.error());
    while (meta->next()) {
        const QString key = meta->value(0).toString();
        const QString value = meta->value(1).toString();
        if (key == QLatin1String("dataset.scope_note"))
            d.scopeNote = value;
        else if (key == QLatin1String("dataset.iso_reference"))
            d.isoReference = value;
        else if (key == QLatin1String("dataset.seed_correction"))
            d.seedCorrection = value;
    }
    auto countries = CountryRepository(db).all();
    auto dialogues = DialogueRepository(db).all();
    auto fora = ForumRepository(db).all();
    auto events = EventRepository(db).all();
    auto agreements = AgreementRepository(db).all();
    auto policies = PolicyRepository(db).all();
    auto actions = ActionRepository(db).all();
    auto organizations = OrganizationRepository(db).all();
    for (const QString* e : {&countries.error(), &dialogues.error(), &fora.error(), &events.error(), &agreements.error(),
                             &policies.error(), &actions.error(), &organizations.error()}) {
        if (!e->isEmpty())
            return Result<Dataset>::failure(*e);
    }
    d.countries = countries.value();
    d.dialogues = dialogues.value();
    d.fora = fora.value();
    d.events = events.value();
    d.agreements = agreements.value();
    d.policyItems = policies.value();
    d.actions = actions.value();
    d.organizations = organizations.value();
    if (auto s = readTagList(db, d); !s)
        return Result<Dataset>::failure(s.error());
    return d;
}
