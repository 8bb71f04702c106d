// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/DataGenerator.h"

#include "core/Clock.h"
#include "core/Records.h"
#include "storage/BulkWriter.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"
#include "storage/Transaction.h"

#include <QDate>
#include <QRandomGenerator>

#include <algorithm>

namespace {
struct Pair
{
    const char* en;
    const char* ja;
};

const Pair kSyllables[] = {{"ka", "カ"}, {"ri", "リ"}, {"to", "ト"},  {"na", "ナ"},  {"mo", "モ"}, {"sa", "サ"},
                           {"ve", "ヴェ"}, {"lu", "ル"}, {"di", "ディ"}, {"po", "ポ"}, {"ne", "ネ"}, {"shi", "シ"},
                           {"ra", "ラ"}, {"ko", "コ"}, {"mi", "ミ"},  {"te", "テ"},  {"bu", "ブ"}, {"ga", "ガ"},
                           {"zu", "ズ"}, {"ho", "ホ"}, {"ta", "タ"},  {"ni", "ニ"},  {"ro", "ロ"}, {"se", "セ"}};
const Pair kEndings[] = {{"ia", "イア"}, {"land", "ランド"}, {"stan", "スタン"}, {"a", "ア"}, {"", ""}};
const char* const kRegions[] = {"East Asia",   "Southeast Asia", "South Asia", "Central Asia", "Middle East",
                                "Europe",      "Africa",         "North America", "Latin America", "Oceania"};
const Pair kTopics[] = {{"critical infrastructure protection", "重要インフラ防護"},
                        {"incident response", "インシデント対応"},
                        {"capacity building", "能力構築支援"},
                        {"norms of responsible state behaviour", "責任ある国家の行動規範"},
                        {"confidence-building measures", "信頼醸成措置"},
                        {"cybercrime", "サイバー犯罪対策"},
                        {"information sharing", "情報共有"},
                        {"supply chain security", "サプライチェーン・セキュリティ"},
                        {"5G and network security", "5G・ネットワークセキュリティ"},
                        {"ransomware", "ランサムウェア対策"},
                        {"election security", "選挙のセキュリティ"},
                        {"international law in cyberspace", "サイバー空間における国際法"},
                        {"public-private partnership", "官民連携"},
                        {"cyber exercises", "サイバー演習"},
                        {"data governance", "データガバナンス"}};
const Pair kCities[] = {{"Tokyo", "東京"},       {"Washington D.C.", "ワシントンDC"}, {"Brussels", "ブリュッセル"},
                        {"Singapore", "シンガポール"}, {"Geneva", "ジュネーブ"},   {"New York", "ニューヨーク"},
                        {"Canberra", "キャンベラ"}, {"New Delhi", "ニューデリー"}, {"Paris", "パリ"},
                        {"London", "ロンドン"},    {"Bangkok", "バンコク"},       {"Jakarta", "ジャカルタ"},
                        {"Berlin", "ベルリン"},    {"Seoul", "ソウル"},           {"Tallinn", "タリン"},
                        {"online", "オンライン"}};
const Pair kFamily[] = {{"Sato", "佐藤"}, {"Suzuki", "鈴木"}, {"Takahashi", "高橋"}, {"Tanaka", "田中"},
                        {"Ito", "伊藤"},  {"Watanabe", "渡辺"}, {"Yamamoto", "山本"}, {"Nakamura", "中村"},
                        {"Kobayashi", "小林"}, {"Kato", "加藤"}};
const Pair kGiven[] = {{"Hiroshi", "弘"}, {"Yuki", "由紀"}, {"Kenji", "健二"}, {"Akiko", "明子"}, {"Takeshi", "武"},
                       {"Naoko", "直子"}, {"Daisuke", "大輔"}, {"Mika", "美香"}};
const char* const kRoles[] = {"head of delegation", "deputy head", "delegate", "adviser", "observer"};
const char* const kOwners[] = {"Cyber Policy Division", "International Cooperation Office", "NISC International Unit",
                               "Legal Affairs Division", "Embassy desk"};
const Pair kForumWords[] = {{"Forum", "フォーラム"}, {"Group", "グループ"}, {"Network", "ネットワーク"},
                            {"Conference", "会議"}, {"Dialogue", "対話"}, {"Partnership", "パートナーシップ"}};
const char* const kForumKinds[] = {"UN", "intergovernmental", "regional", "CSIRT network", "multistakeholder conference"};
const char* const kForumLevels[] = {"leaders/ministerial", "senior officials", "working level"};

template <typename T, size_t N>
const T& pick(QRandomGenerator& rng, const T (&items)[N])
{
    return items[rng.bounded(int(N))];
}

QString capitalized(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

QString dateText(const QDate& d, QRandomGenerator& rng)
{
    const int p = int(rng.bounded(100));
    if (p < 5)
        return QString::number(d.year());
    if (p < 15)
        return d.toString(QStringLiteral("yyyy-MM"));
    return d.toString(Qt::ISODate);
}

struct SeriesInfo
{
    qint64 id = 0;
    bool dialogue = true;
    QString nameEn, nameJa;
    QList<qint64> countries;
};

/// The records themselves, written with the audit log off.
Status fill(Database& db, const DataGenerator::Options& o)
{
    QRandomGenerator rng(o.seed);
    const QSqlDatabase conn = db.connection();
    BulkWriter w(conn);
    auto fail = [](const QString& e) { return Status::failure(e); };

    // The search index is rebuilt once at the end rather than kept row by row: a hundred times faster. If the
    // load dies half way, Database::open() finds the index suspended and rebuilds it.
    {
        Transaction tx(conn);
        if (auto s = SearchIndex::suspend(conn); !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
    }

    QList<qint64> countryIds;
    QList<std::pair<QString, QString>> countryNames;
    {
        Transaction tx(conn);
        Country japan;
        japan.code = QStringLiteral("JP");
        japan.nameEn = QStringLiteral("Japan");
        japan.nameJa = QStringLiteral("日本");
        japan.region = QStringLiteral("East Asia");
        auto jp = w.addCountry(japan);
        if (!jp)
            return fail(jp.error());
        countryIds << *jp;
        countryNames.append({japan.nameEn, japan.nameJa});
        QSet<QString> used{japan.nameEn};
        for (int i = 1; i < o.countries; ++i) {
            Country c;
            QString en, ja;
            do {
                en.clear();
                ja.clear();
                const int n = 2 + int(rng.bounded(2));
                for (int s = 0; s < n; ++s) {
                    const Pair& p = pick(rng, kSyllables);
                    en += QString::fromUtf8(p.en);
                    ja += QString::fromUtf8(p.ja);
                }
                const Pair& end = pick(rng, kEndings);
                en = capitalized(en + QString::fromUtf8(end.en));
                ja += QString::fromUtf8(end.ja);
            } while (used.contains(en));
            used.insert(en);
            c.code = QStringLiteral("X%1").arg(i, 3, 10, QLatin1Char('0'));
            c.nameEn = en;
            c.nameJa = ja;
            c.region = QString::fromLatin1(pick(rng, kRegions));
            auto id = w.addCountry(c);
            if (!id)
                return fail(id.error());
            countryIds << *id;
            countryNames.append({en, ja});
        }
        if (auto s = tx.commit(); !s)
            return s;
    }

    // Dialogues: Japan with three in four of the countries, and some trilaterals.
    QList<SeriesInfo> series;
    {
        Transaction tx(conn);
        for (int i = 1; i < countryIds.size(); ++i) {
            if (rng.bounded(4) == 0)
                continue;
            Dialogue d;
            d.kind = QStringLiteral("bilateral");
            d.nameEn = QStringLiteral("Japan-%1 Cyber Dialogue").arg(countryNames[i].first);
            d.nameJa = QStringLiteral("日%1・サイバー協議").arg(countryNames[i].second);
            d.status = QStringLiteral("active");
            auto id = w.addDialogue(d, {countryIds[0], countryIds[i]});
            if (!id)
                return fail(id.error());
            series << SeriesInfo{*id, true, d.nameEn, d.nameJa, {countryIds[0], countryIds[i]}};
        }
        for (int t = 0; t < o.countries / 10; ++t) {
            const int a = 1 + int(rng.bounded(int(countryIds.size()) - 1));
            const int b = 1 + int(rng.bounded(int(countryIds.size()) - 1));
            if (a == b)
                continue;
            Dialogue d;
            d.kind = QStringLiteral("trilateral");
            d.nameEn = QStringLiteral("Japan-%1-%2 Trilateral Cyber Consultation").arg(countryNames[a].first, countryNames[b].first);
            d.nameJa = QStringLiteral("日%1%2サイバー協議").arg(countryNames[a].second, countryNames[b].second);
            d.status = QStringLiteral("active");
            auto id = w.addDialogue(d, {countryIds[0], countryIds[a], countryIds[b]});
            if (!id)
                return fail(id.error());
            series << SeriesInfo{*id, true, d.nameEn, d.nameJa, {countryIds[0], countryIds[a], countryIds[b]}};
        }
        for (int f = 0; f < o.fora; ++f) {
            Forum fo;
            const Pair& topic = pick(rng, kTopics);
            const Pair& word = pick(rng, kForumWords);
            QString acronym;
            for (int k = 0; k < 3 + int(rng.bounded(3)); ++k)
                acronym += QChar(u'A' + char16_t(rng.bounded(26)));
            fo.acronym = acronym;
            fo.nameEn = QStringLiteral("%1 %2 on %3").arg(acronym, QString::fromUtf8(word.en), QString::fromUtf8(topic.en));
            fo.nameJa = QStringLiteral("%1に関する%2（%3）").arg(QString::fromUtf8(topic.ja), QString::fromUtf8(word.ja), acronym);
            fo.kind = QString::fromLatin1(pick(rng, kForumKinds));
            fo.level = QString::fromLatin1(pick(rng, kForumLevels));
            fo.founded = QString::number(1990 + rng.bounded(30));
            QList<qint64> members{countryIds[0]};
            const int n = 5 + int(rng.bounded(35));
            for (int m = 0; m < n; ++m) {
                const qint64 c = countryIds[1 + int(rng.bounded(int(countryIds.size()) - 1))];
                if (!members.contains(c))
                    members << c;
            }
            auto id = w.addForum(fo, members);
            if (!id)
                return fail(id.error());
            series << SeriesInfo{*id, false, fo.acronym, fo.nameJa, members};
        }
        if (auto s = tx.commit(); !s)
            return s;
    }

    // Policy items with provisions, for citations.
    QList<qint64> provisionIds;
    {
        Transaction tx(conn);
        for (int p = 0; p < 30; ++p) {
            PolicyItem item;
            const Pair& topic = pick(rng, kTopics);
            item.kind = p % 3 == 0 ? QStringLiteral("statute") : QStringLiteral("strategy");
            item.titleEn = QStringLiteral("Policy on %1 (%2)").arg(QString::fromUtf8(topic.en)).arg(1995 + p);
            item.titleJa = QStringLiteral("%1に関する方針（%2年）").arg(QString::fromUtf8(topic.ja)).arg(1995 + p);
            item.issuedBy = QStringLiteral("Cabinet");
            item.date = QString::number(1995 + p);
            auto id = w.addPolicyItem(item);
            if (!id)
                return fail(id.error());
            for (int a = 1; a <= 5 + int(rng.bounded(15)); ++a) {
                Provision pr;
                pr.article = QString::number(a);
                pr.labelEn = QStringLiteral("Article %1").arg(a);
                pr.labelJa = QStringLiteral("第%1条").arg(a);
                pr.subjectEn = QString::fromUtf8(pick(rng, kTopics).en);
                auto pid = w.addProvision(*id, pr);
                if (!pid)
                    return fail(pid.error());
                provisionIds << *pid;
            }
        }
        if (auto s = tx.commit(); !s)
            return s;
    }

    // Events: nine in ten belong to a series and are numbered in date order within it.
    const QDate first(1995, 1, 1);
    const int span = int(first.daysTo(QDate(2027, 12, 31)));
    const QDate today = Clock::today();
    struct Planned
    {
        int series; // -1: standalone
        QDate date;
    };
    QList<Planned> planned;
    planned.reserve(o.events);
    constexpr int kMaxRounds = 9000;
    QList<int> seriesSize(series.size(), 0);
    for (int i = 0; i < o.events; ++i) {
        // A few busy series (the big partners) and a long tail, as in real relations.
        int s = -1;
        if (rng.bounded(10) != 0) {
            const double u = rng.generateDouble();
            s = int(u * u * double(series.size()));
            // Round numbers stay within the schema's bound however many events are asked for.
            for (int tries = 0; s >= 0 && seriesSize[s] >= kMaxRounds && tries < 20; ++tries)
                s = int(rng.bounded(int(series.size())));
            if (s >= 0 && seriesSize[s] >= kMaxRounds)
                s = -1;
            if (s >= 0)
                ++seriesSize[s];
        }
        planned << Planned{s, first.addDays(rng.bounded(span))};
    }
    std::stable_sort(planned.begin(), planned.end(), [](const Planned& a, const Planned& b) { return a.date < b.date; });
    QHash<int, int> rounds;
    const int batch = 5000;
    for (int start = 0; start < planned.size(); start += batch) {
        Transaction tx(conn);
        if (!tx.isActive())
            return fail(tx.error());
        for (int i = start; i < qMin(int(planned.size()), start + batch); ++i) {
            const Planned& p = planned[i];
            const Pair& topic = pick(rng, kTopics);
            const Pair& topic2 = pick(rng, kTopics);
            const Pair& city = pick(rng, kCities);
            Event e;
            qint64 dialogueId = 0, forumId = 0;
            QList<qint64> pool;
            if (p.series >= 0) {
                const SeriesInfo& si = series[p.series];
                const int n = ++rounds[p.series];
                e.kind = si.dialogue ? QStringLiteral("round") : QStringLiteral("meeting");
                e.roundNumber = n;
                e.titleEn = QStringLiteral("%1 — Round %2").arg(si.nameEn).arg(n);
                e.titleJa = QStringLiteral("%1（第%2回）").arg(si.nameJa).arg(n);
                (si.dialogue ? dialogueId : forumId) = si.id;
                pool = si.countries;
            } else {
                const bool workshop = rng.bounded(2) == 0;
                e.kind = workshop ? QStringLiteral("workshop") : QStringLiteral("training");
                e.titleEn = QStringLiteral("%1 on %2").arg(workshop ? QStringLiteral("Workshop") : QStringLiteral("Training"),
                                                           QString::fromUtf8(topic.en));
                e.titleJa = QStringLiteral("%1に関する%2").arg(QString::fromUtf8(topic.ja),
                                                               workshop ? QStringLiteral("ワークショップ") : QStringLiteral("研修"));
                pool = {countryIds[0], countryIds[1 + int(rng.bounded(int(countryIds.size()) - 1))]};
            }
            e.startDate = dateText(p.date, rng);
            if (e.startDate.size() == 10 && rng.bounded(4) == 0)
                e.endDate = p.date.addDays(1).toString(Qt::ISODate);
            const bool online = QLatin1String(city.en) == QLatin1String("online");
            e.place = QString::fromUtf8(city.en);
            e.format = online ? QStringLiteral("virtual") : QStringLiteral("in_person");
            e.level = QString::fromLatin1(pick(rng, kForumLevels));
            e.status = p.date > today ? QStringLiteral("planned")
                                      : (rng.bounded(30) == 0 ? QStringLiteral("cancelled") : QStringLiteral("held"));
            e.summary = QStringLiteral("Discussed %1 and %2 in %3. %4及び%5について%6で意見交換を行った。")
                            .arg(QString::fromUtf8(topic.en), QString::fromUtf8(topic2.en), QString::fromUtf8(city.en),
                                 QString::fromUtf8(topic.ja), QString::fromUtf8(topic2.ja), QString::fromUtf8(city.ja));
            e.outcome = rng.bounded(3) == 0 ? QStringLiteral("Agreed to continue work on %1.").arg(QString::fromUtf8(topic.en))
                                            : QString();
            e.classification = rng.bounded(10) == 0 ? 1 : 0;
            QList<std::pair<qint64, Participant>> people;
            const int n = 2 + int(rng.bounded(4));
            for (int k = 0; k < n; ++k) {
                const Pair& fam = pick(rng, kFamily);
                const Pair& giv = pick(rng, kGiven);
                const qint64 country = pool[k % pool.size()];
                Participant part;
                part.name = k % 2 == 0 ? QStringLiteral("%1 %2").arg(QString::fromUtf8(fam.ja), QString::fromUtf8(giv.ja))
                                       : QStringLiteral("%1 %2").arg(QString::fromUtf8(giv.en), QString::fromUtf8(fam.en));
                part.role = QString::fromLatin1(k == 0 ? kRoles[0] : pick(rng, kRoles));
                part.side = country == countryIds[0] ? QStringLiteral("Japan") : QStringLiteral("partner");
                people.append({country, part});
            }
            auto id = w.addEvent(e, dialogueId, forumId, people);
            if (!id)
                return fail(id.error());
            for (int a = 0; a < int(rng.bounded(3)); ++a) {
                Action act;
                act.eventId = *id;
                act.description = QStringLiteral("Follow up on %1 (%2)").arg(QString::fromUtf8(pick(rng, kTopics).en),
                                                                          QString::fromUtf8(pick(rng, kTopics).ja));
                act.owner = QString::fromLatin1(pick(rng, kOwners));
                act.classification = e.classification; // never below its meeting
                act.dueDate = p.date.addDays(30 + rng.bounded(180)).toString(Qt::ISODate);
                act.status = p.date.addDays(200) < today ? (rng.bounded(5) == 0 ? QStringLiteral("open") : QStringLiteral("done"))
                                                          : QStringLiteral("open");
                if (auto r = w.addAction(act); !r)
                    return fail(r.error());
            }
            if (!provisionIds.isEmpty() && rng.bounded(5) == 0) {
                if (auto c = w.addCitation(provisionIds[rng.bounded(int(provisionIds.size()))], *id); !c)
                    return c;
            }
            if (auto s = w.addSource(QStringLiteral("event"), *id, QStringLiteral("https://example.org/records/%1").arg(*id)); !s)
                return s;
        }
        if (auto s = tx.commit(); !s)
            return s;
        if (o.progress)
            o.progress(qMin(int(planned.size()), start + batch), int(planned.size()));
    }
    Transaction tx(conn);
    if (auto s = SearchIndex::rebuild(conn); !s)
        return s;
    return tx.commit();
}
} // namespace

Status DataGenerator::generate(Database& db, const Options& o)
{
    if (!db.isEmpty())
        return Status::failure(QStringLiteral("%1 already holds records; generate into an empty database").arg(db.path()));
    // Generated data has no history worth keeping; a million events would write millions of audit rows.
    if (auto s = db.setAuditing(false); !s)
        return s;
    Status result = fill(db, o);
    // The log comes back on whether or not the load worked. If it cannot, later edits through this connection would
    // go unaudited, so that is reported; a failed load's own error comes first, being the cause.
    if (auto s = db.setAuditing(true); !s && result)
        result = s;
    return result;
}
