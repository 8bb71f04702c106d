// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DatasetStore.h"

#include "storage/AgreementRepository.h"
#include "storage/CountryRepository.h"
#include "storage/Database.h"
#include "storage/DialogueRepository.h"
#include "storage/EventRepository.h"
#include "storage/ForumRepository.h"
#include "storage/PolicyRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

namespace {
template <typename Repo, typename T>
Status insertAll(const Repo& repo, QList<T>& records)
{
    for (T& r : records) {
        if (auto s = repo.insert(r); !s)
            return s;
    }
    return {};
}
} // namespace

Status DatasetStore::load(Dataset d)
{
    const QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    Status s = insertAll(CountryRepository(db), d.countries);
    if (s)
        s = insertAll(DialogueRepository(db), d.dialogues);
    if (s)
        s = insertAll(ForumRepository(db), d.fora);
    if (s)
        s = insertAll(EventRepository(db), d.events);
    if (s)
        s = insertAll(AgreementRepository(db), d.agreements);
    if (s)
        s = insertAll(PolicyRepository(db), d.policyItems);
    const QList<std::pair<QString, QString>> meta{{QStringLiteral("dataset.scope_note"), d.scopeNote},
                                                  {QStringLiteral("dataset.iso_reference"), d.isoReference},
                                                  {QStringLiteral("dataset.seed_correction"), d.seedCorrection}};
    for (const auto& [key, value] : meta) {
        if (!s)
            break;
        if (auto r = Sql::run(db, QStringLiteral("INSERT OR REPLACE INTO app_meta (key, value) VALUES (?, ?)"), {key, value}); !r)
            s = Status::failure(r.error());
    }
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
    for (const QString* e : {&countries.error(), &dialogues.error(), &fora.error(), &events.error(), &agreements.error(),
                             &policies.error()}) {
        if (!e->isEmpty())
            return Result<Dataset>::failure(*e);
    }
    d.countries = countries.value();
    d.dialogues = dialogues.value();
    d.fora = fora.value();
    d.events = events.value();
    d.agreements = agreements.value();
    d.policyItems = policies.value();
    return d;
}
