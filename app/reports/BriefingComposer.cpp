// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/BriefingComposer.h"

#include "core/PartialDate.h"
#include "core/Vocabulary.h"
#include "storage/AgreementRepository.h"
#include "storage/BriefingRepository.h"
#include "storage/CountryRepository.h"
#include "storage/DialogueRepository.h"
#include "storage/ForumRepository.h"
#include "storage/TimelineRepository.h"
#include "reports/FigurePainter.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <optional>
#include <numeric>

namespace {
// The pack is written in the language asked for, whatever the interface speaks, so its fixed words are a
// two-language table like the data's own vocabulary rather than tr().
struct Words
{
    Lang lang;
    QString operator()(const char* en, const char* ja) const
    {
        return lang == Lang::Ja ? QString::fromUtf8(ja) : QString::fromUtf8(en);
    }
};

/// Data as HTML text: markup in it shows as written and pulls nothing in.
QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString date(const QString& iso, Lang lang)
{
    const auto d = PartialDate::parse(iso);
    return d ? d->display(lang) : iso;
}

QString dateRange(const QString& start, const QString& end, Lang lang)
{
    const auto s = PartialDate::parse(start);
    const auto e = PartialDate::parse(end);
    if (!s || !e)
        return start;
    return PartialDate::displayRange(*s, *e, lang);
}

/// A table with a header row that repeats on every page it spans; cells are HTML already escaped.
QString table(const QString& cls, const QStringList& headers, const QList<int>& widths, const QList<QStringList>& rows)
{
    QString out =
        QStringLiteral("<table class=\"%1\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n"
                       "<thead><tr>")
            .arg(cls);
    for (int i = 0; i < headers.size(); ++i)
        out += QStringLiteral("<th width=\"%1%\">%2</th>").arg(widths.value(i)).arg(esc(headers[i]));
    out += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QStringList& row : rows) {
        out += QStringLiteral("<tr>");
        for (const QString& cell : row)
            out += QStringLiteral("<td>%1</td>").arg(cell);
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</tbody></table>\n");
    return out;
}

/// Label and value pairs, values escaped already; empty values are left out.
QString facts(const QList<std::pair<QString, QString>>& pairs)
{
    QString out =
        QStringLiteral("<table class=\"facts\" width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"3\">\n");
    for (const auto& [label, value] : pairs) {
        if (value.isEmpty())
            continue;
        out += QStringLiteral("<tr><td width=\"28%\" class=\"label\">%1</td><td>%2</td></tr>\n").arg(esc(label), value);
    }
    out += QStringLiteral("</table>\n");
    return out;
}

QString para(const QString& cls, const QString& escaped)
{
    return QStringLiteral("<p class=\"%1\">%2</p>\n").arg(cls, escaped);
}

template <typename T> void keepUnder(QList<T>& records, int ceiling)
{
    records.erase(
        std::remove_if(records.begin(), records.end(), [ceiling](const T& r) { return r.classification > ceiling; }),
        records.end());
}

template <typename T> void addUnique(QList<T>& into, const QList<T>& records)
{
    QSet<qint64> seen;
    for (const T& r : into)
        seen.insert(r.id);
    for (const T& r : records) {
        if (!seen.contains(r.id)) {
            seen.insert(r.id);
            into << r;
        }
    }
}

struct Builder
{
    const BriefingOptions& o;
    Words w;
    QHash<QString, Country> countries; ///< by code
    int highest = 0;
    QList<std::pair<QString, QString>> sources; ///< url, what it supports; first use wins
    QSet<QString> cited;

    void include(const RecordMeta& r) { highest = qMax(highest, r.classification); }
    void cite(const QStringList& urls, const QString& what)
    {
        for (const QString& url : urls) {
            if (!cited.contains(url)) {
                cited.insert(url);
                sources.append({url, what});
            }
        }
    }
    QString name(const QString& en, const QString& ja) const { return pickName(o.lang, en, ja); }
    /// A count as people write it, grouped by thousands ("93,512").
    QString number(qint64 n) const
    {
        return QLocale(o.lang == Lang::Ja ? QLocale::Japanese : QLocale::English).toString(n);
    }
    QString countryName(const QString& code) const
    {
        const auto it = countries.constFind(code);
        return it == countries.cend() ? code : name(it->nameEn, it->nameJa);
    }
    /// The parties' names; a party not among `countries` (one above the ceiling) is left out.
    QString parties(const QStringList& codes) const
    {
        QStringList names;
        for (const QString& c : codes) {
            if (countries.contains(c))
                names << countryName(c);
        }
        return names.join(o.lang == Lang::Ja ? QStringLiteral("、") : QStringLiteral(", "));
    }
    /// "Showing the latest N of M" under a table that was cut.
    QString capNote(qsizetype shown, qint64 total, bool latest) const
    {
        if (shown >= total)
            return {};
        return para(QStringLiteral("note"),
                    esc((latest ? w("Showing the latest %1 of %2.", "全%2件のうち最新の%1件を表示しています。")
                                : w("Showing the first %1 of %2.", "全%2件のうち最初の%1件を表示しています。"))
                            .arg(number(shown), number(total))));
    }
    QString marked(const RecordMeta& r, const QString& text) const
    {
        // Unconfirmed facts are flagged where they are printed, as on the record pages.
        return r.unconfirmed
                   ? text +
                         QStringLiteral(" <span class=\"unconfirmed\">(%1)</span>").arg(esc(w("unconfirmed", "未確認")))
                   : text;
    }
    QString eventRow(const Event& e) const { return esc(name(e.titleEn, e.titleJa)); }
};
/// The <img> that stands for a figure in the chapter's HTML, sized in CSS pixels as on paper.
QString figureImage(const BriefingFigure& f, const QString& alt)
{
    const double px = 96 / 25.4;
    return QStringLiteral("<p class=\"figure\"><img src=\"figure:%1\" width=\"%2\" height=\"%3\" alt=\"%4\"/></p>\n")
        .arg(f.id)
        .arg(qRound(f.widthMm * px))
        .arg(qRound(f.heightMm * px))
        .arg(esc(alt));
}

/// The timeline, events per year by kind and meetings per dialogue (or forum), as figures and the chapter's HTML.
QString figures(const TimelineSummary& s, const PartialDate& from, const PartialDate& to, const Builder& b,
                QList<BriefingFigure>& out)
{
    const Words& w = b.w;
    const Lang lang = b.o.lang;
    if (s.cells.isEmpty())
        return para(QStringLiteral("empty"), esc(w("No dated meeting in scope.", "日付のある会合はありません。")));
    // The time axis: the period asked for, or the years the meetings span.
    int firstYear = from.isNull() ? s.cells.first().year : from.year();
    int lastYear = to.isNull() ? s.cells.first().year : to.year();
    QList<qint64> perLane(s.lanes.size(), 0);
    QList<int> kindsUsed;
    for (const TimelineCell& c : s.cells) {
        if (from.isNull())
            firstYear = qMin(firstYear, c.year);
        if (to.isNull())
            lastYear = qMax(lastYear, c.year);
        perLane[c.lane] += c.count;
        if (!kindsUsed.contains(c.kind))
            kindsUsed << c.kind;
    }
    std::sort(kindsUsed.begin(), kindsUsed.end());
    QStringList kindLabels;
    for (int k : kindsUsed)
        kindLabels << Vocabulary::label(QStringLiteral("eventKind"), Vocabulary::eventKinds().value(k), lang);
    // The busiest lanes, kept in their own order (dialogues, then fora, by name).
    QList<int> byCount(s.lanes.size());
    std::iota(byCount.begin(), byCount.end(), 0);
    std::stable_sort(byCount.begin(), byCount.end(), [&](int a, int c) { return perLane[a] > perLane[c]; });
    const int limit = qMax(1, b.o.laneLimit);
    QList<int> kept = byCount.mid(0, limit);
    std::sort(kept.begin(), kept.end());
    QHash<int, int> laneIndex;
    BriefingFigure timeline;
    timeline.id = QStringLiteral("timeline");
    timeline.kinds = kindsUsed;
    timeline.kindLabels = kindLabels;
    timeline.statusLabels = QStringList{w("held", "開催済み"), w("planned", "予定"), w("cancelled", "中止")};
    timeline.firstYear = firstYear;
    timeline.lastYear = lastYear;
    for (int lane : kept) {
        laneIndex.insert(lane, int(timeline.laneNames.size()));
        const TimelineLane& l = s.lanes[lane];
        timeline.laneNames << (l.kind == TimelineLane::Kind::None || l.name.isEmpty() ? w("Other meetings", "その他の会合")
                                                                                       : l.name);
    }
    BriefingFigure columns = timeline;
    for (TimelineCell c : s.cells) {
        if (!laneIndex.contains(c.lane))
            continue;
        c.lane = laneIndex.value(c.lane);
        timeline.cells << c;
    }
    timeline.heightMm = FigurePainter::timelineHeight(int(timeline.laneNames.size()));

    columns.id = QStringLiteral("events-per-year");
    columns.kind = BriefingFigure::Kind::Columns;
    columns.laneNames.clear();
    columns.statusLabels.clear();
    columns.heightMm = FigurePainter::columnsHeight();
    for (int y = firstYear; y <= lastYear; ++y) {
        columns.categories << QString::number(y);
        columns.values << QList<int>(kindsUsed.size(), 0);
    }
    for (const TimelineCell& c : s.cells) {
        if (c.year >= firstYear && c.year <= lastYear)
            columns.values[c.year - firstYear][kindsUsed.indexOf(c.kind)] += c.count;
    }

    // Rounds per dialogue; a scope without dialogues shows its meetings per forum.
    const bool dialogues = std::any_of(s.lanes.cbegin(), s.lanes.cend(),
                                       [](const TimelineLane& l) { return l.kind == TimelineLane::Kind::Dialogue; });
    const TimelineLane::Kind barKind = dialogues ? TimelineLane::Kind::Dialogue : TimelineLane::Kind::Forum;
    BriefingFigure bars;
    bars.id = dialogues ? QStringLiteral("rounds-per-dialogue") : QStringLiteral("meetings-per-forum");
    bars.kind = BriefingFigure::Kind::Bars;
    qsizetype barLanes = 0;
    for (int lane : byCount) {
        if (s.lanes[lane].kind != barKind || perLane[lane] == 0)
            continue;
        ++barLanes;
        if (bars.categories.size() < limit) {
            bars.categories << s.lanes[lane].name;
            bars.values << QList<int>{int(perLane[lane])};
        }
    }
    bars.heightMm = FigurePainter::barsHeight(int(bars.categories.size()));

    const QString period = firstYear == lastYear ? QString::number(firstYear)
                                                 : w("%1–%2", "%1～%2").arg(firstYear).arg(lastYear);
    QString html = QStringLiteral("<h2>%1</h2>\n").arg(esc(w("Timeline, %1", "年表（%1年）").arg(period)));
    html += figureImage(timeline, w("Timeline of the meetings in scope, one lane per dialogue or forum",
                                    "対象の会合の年表（協議・枠組みごと）"));
    if (s.lanes.size() > kept.size())
        html += para(QStringLiteral("note"), esc(w("Showing the %1 busiest of %2 dialogues and fora.",
                                                   "全%2件の協議・枠組みのうち会合の多い%1件を表示しています。")
                                                     .arg(b.number(kept.size()), b.number(s.lanes.size()))));
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(w("Meetings per year, by kind", "年別・種別の会合数")));
    html += figureImage(columns, w("Meetings per year, stacked by kind", "年別の会合数（種別ごとの積み上げ）"));
    out << timeline << columns;
    if (!bars.categories.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n")
                    .arg(esc(dialogues ? w("Meetings per dialogue", "協議ごとの会合数")
                                       : w("Meetings per forum", "枠組みごとの会合数")));
        html += figureImage(bars, dialogues ? w("Meetings per dialogue, most first", "協議ごとの会合数（多い順）")
                                            : w("Meetings per forum, most first", "枠組みごとの会合数（多い順）"));
        if (barLanes > bars.categories.size())
            html += para(QStringLiteral("note"),
                         esc((dialogues ? w("Showing the %1 busiest of %2 dialogues.",
                                            "全%2件の協議のうち会合の多い%1件を表示しています。")
                                        : w("Showing the %1 busiest of %2 fora.",
                                            "全%2件の枠組みのうち会合の多い%1件を表示しています。"))
                                 .arg(b.number(bars.categories.size()), b.number(barLanes))));
        out << bars;
    }
    return html;
}

/// The options a pack cannot be written from; the message names the option as the command line spells it.
Status check(const BriefingOptions& o)
{
    if (!o.hasScope())
        return Status::failure(QStringLiteral("scope: give a country, a dialogue or a forum"));
    const auto from = PartialDate::parse(o.from);
    if (!from)
        return Status::failure(QStringLiteral("from: '%1' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)").arg(o.from));
    const auto to = PartialDate::parse(o.to);
    if (!to)
        return Status::failure(QStringLiteral("to: '%1' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)").arg(o.to));
    if (!from->isNull() && !to->isNull() && from->earliest() > to->earliest() && !o.to.startsWith(o.from))
        return Status::failure(QStringLiteral("from: %1 is after to: %2").arg(o.from, o.to));
    if (o.maxClassification < 0 || o.maxClassification > 3)
        return Status::failure(
            QStringLiteral("max classification: %1 is not between 0 and 3").arg(o.maxClassification));
    if (!o.asOf.isValid())
        return Status::failure(QStringLiteral("as of: no date given"));
    return {};
}

/// What the chapters are written from, all read before the first chapter is written.
struct Facts
{
    QHash<QString, Country> countries; ///< by code; a country above the ceiling does not exist for the pack
    PartialDate from, to;
    // The records the pack is about, as asked for.
    QList<Country> scopeCountries;
    QList<Dialogue> scopeDialogues;
    QList<Forum> scopeFora;
    BriefingScope scope;
    // Related records: the scope's own, then those of its countries; none above the ceiling.
    QList<Dialogue> dialogues;
    QList<Forum> fora;
    QList<Agreement> agreements;             ///< by date signed
    std::optional<TimelineSummary> timeline; ///< read only when the pack has figures
    Capped<Event> recent;
    Capped<Event> upcoming;
    Capped<BriefingAction> actions;
};

/// The facts for options that check() accepted; fails when a record the pack is about is missing or is marked above
/// the ceiling.
Result<Facts> gather(const QSqlDatabase& db, const BriefingOptions& o)
{
    using R = Result<Facts>;
    Facts f;
    // check() refused text that is not a date.
    f.from = PartialDate::parse(o.from).value_or(PartialDate());
    f.to = PartialDate::parse(o.to).value_or(PartialDate());
    QSet<QString> hidden; ///< codes of the countries above the ceiling
    auto allCountries = CountryRepository(db).all();
    if (!allCountries)
        return R::failure(allCountries.error());
    // Countries above the ceiling do not exist for this pack: not in scope, not among parties or members.
    for (const Country& c : *allCountries) {
        if (c.classification <= o.maxClassification)
            f.countries.insert(c.code, c);
        else
            hidden.insert(c.code);
    }

    const QString ceiling = Vocabulary::classificationLabel(o.maxClassification, Lang::En);
    auto tooHigh = [&](const RecordMeta& r, const QString& what) {
        return R::failure(QStringLiteral("%1 is marked %2, above the highest classification asked for (%3)")
                              .arg(what, Vocabulary::classificationLabel(r.classification, Lang::En), ceiling));
    };

    // The records the pack is about.
    for (const QString& code : o.countries) {
        const auto it = f.countries.constFind(code.toUpper());
        if (it == f.countries.cend()) {
            if (hidden.contains(code.toUpper())) {
                const auto c = std::find_if(allCountries->cbegin(), allCountries->cend(),
                                            [&](const Country& x) { return x.code == code.toUpper(); });
                return tooHigh(*c, QStringLiteral("country %1").arg(c->code));
            }
            return R::failure(QStringLiteral("country: no country with code '%1'").arg(code));
        }
        f.scopeCountries << *it;
    }
    const DialogueRepository dialogueRepo(db);
    for (qint64 id : o.dialogues) {
        auto d = dialogueRepo.byId(id);
        if (!d)
            return R::failure(QStringLiteral("dialogue: no dialogue with id %1").arg(id));
        if (d->classification > o.maxClassification)
            return tooHigh(*d, QStringLiteral("dialogue %1").arg(id));
        f.scopeDialogues << *d;
    }
    const ForumRepository forumRepo(db);
    for (qint64 id : o.fora) {
        auto fo = forumRepo.byId(id);
        if (!fo)
            return R::failure(QStringLiteral("forum: no forum with id %1").arg(id));
        if (fo->classification > o.maxClassification)
            return tooHigh(*fo, QStringLiteral("forum %1").arg(id));
        f.scopeFora << *fo;
    }

    BriefingScope& scope = f.scope;
    for (const Country& c : f.scopeCountries)
        scope.countries << c.code;
    for (const Dialogue& d : f.scopeDialogues)
        scope.dialogues << d.id;
    for (const Forum& fo : f.scopeFora)
        scope.fora << fo.id;
    scope.from = o.from;
    scope.to = o.to;
    scope.maxClassification = o.maxClassification;

    // Related records: the scope's own, then those of its countries.
    f.dialogues = f.scopeDialogues;
    f.fora = f.scopeFora;
    const AgreementRepository agreementRepo(db);
    const BriefingRepository repo(db);
    for (const Country& c : f.scopeCountries) {
        auto ds = dialogueRepo.forCountry(c.code);
        auto as = agreementRepo.forCountry(c.code);
        if (!ds || !as)
            return R::failure(!ds ? ds.error() : as.error());
        addUnique(f.dialogues, *ds);
        addUnique(f.agreements, *as);
    }
    if (!f.scopeCountries.isEmpty()) {
        // Fora the countries belong to or met in; the fora table is small, their meetings are not.
        auto all = forumRepo.all();
        auto met = repo.foraMetIn(scope.countries, o.maxClassification);
        if (!all || !met)
            return R::failure(!all ? all.error() : met.error());
        QList<Forum> ofCountries;
        for (const Forum& fo : *all) {
            const bool member = std::any_of(fo.members.cbegin(), fo.members.cend(),
                                            [&](const ForumMember& m) { return scope.countries.contains(m.country); });
            if (member || met->contains(fo.id))
                ofCountries << fo;
        }
        addUnique(f.fora, ofCountries);
    }
    if (!f.scopeDialogues.isEmpty()) {
        auto all = agreementRepo.all();
        if (!all)
            return R::failure(all.error());
        QList<Agreement> ofDialogues;
        for (const Agreement& a : *all) {
            for (const Dialogue& d : f.scopeDialogues) {
                if (!a.dialogue.isEmpty() && a.dialogue == d.key)
                    ofDialogues << a;
            }
        }
        addUnique(f.agreements, ofDialogues);
    }
    keepUnder(f.dialogues, o.maxClassification);
    keepUnder(f.fora, o.maxClassification);
    keepUnder(f.agreements, o.maxClassification);
    std::stable_sort(f.agreements.begin(), f.agreements.end(), [](const Agreement& a, const Agreement& c) {
        return PartialDate::parse(a.signedDate).value_or(PartialDate()).sortKey() <
               PartialDate::parse(c.signedDate).value_or(PartialDate()).sortKey();
    });

    // The figures' grouped query also counts the meetings held by the as-of date, which the summary would otherwise
    // count again over every event of the scope.
    if (o.sections & BriefingOptions::Figures) {
        EventFilter filter;
        filter.scopeCountries = scope.countries;
        filter.scopeDialogues = scope.dialogues;
        filter.scopeFora = scope.fora;
        filter.dateFrom = o.from;
        filter.dateTo = o.to;
        filter.maxClassification = o.maxClassification;
        auto read = TimelineRepository(db).summary(filter, o.lang, o.asOf.toString(Qt::ISODate));
        if (!read)
            return R::failure(read.error());
        f.timeline = std::move(*read);
    }
    auto recent = repo.events(scope, o.asOf.toString(Qt::ISODate), 10, !f.timeline);
    if (recent && f.timeline) {
        recent->total = 0;
        for (const TimelineCell& c : f.timeline->cells)
            recent->total += c.heldBy;
    }
    auto upcoming = repo.upcoming(scope, o.asOf.toString(Qt::ISODate), o.rowLimit);
    auto actions = repo.openActions(scope, o.rowLimit);
    if (!recent || !upcoming || !actions)
        return R::failure(!recent ? recent.error() : !upcoming ? upcoming.error() : actions.error());
    f.recent = std::move(*recent);
    f.upcoming = std::move(*upcoming);
    f.actions = std::move(*actions);
    return f;
}

/// What the cover, running header and footer print: the title, what the pack covers, its period and as-of date.
BriefingDocument cover(const Facts& f, const BriefingOptions& o)
{
    const Words w{o.lang};
    BriefingDocument doc;
    doc.lang = o.lang;
    doc.title = w("Briefing pack", "ブリーフィング資料");
    QStringList scopeNames;
    for (const Country& c : f.scopeCountries)
        scopeNames << pickName(o.lang, c.nameEn, c.nameJa);
    for (const Dialogue& d : f.scopeDialogues)
        scopeNames << pickName(o.lang, d.nameEn, d.nameJa);
    for (const Forum& fo : f.scopeFora)
        scopeNames << (fo.acronym.isEmpty() ? pickName(o.lang, fo.nameEn, fo.nameJa) : fo.acronym);
    doc.scope = scopeNames.join(o.lang == Lang::Ja ? QStringLiteral("・") : QStringLiteral(" / "));
    if (!f.from.isNull() || !f.to.isNull()) {
        const QString from = f.from.isNull() ? QString() : f.from.display(o.lang);
        const QString to = f.to.isNull() ? QString() : f.to.display(o.lang);
        doc.period = w("Meetings %1 – %2", "対象期間 %1～%2").arg(from, to).trimmed();
    }
    const PartialDate asOf(o.asOf.year(), o.asOf.month(), o.asOf.day());
    doc.asOf = asOf.display(o.lang);
    doc.asOfLabel = w("As of %1", "%1現在").arg(doc.asOf);
    doc.contentsTitle = w("Contents", "目次");
    doc.pageFormat = w("Page %1 of %2", "%1 / %2 ページ");
    return doc;
}

/// Writes the chapters from the facts, one function per chapter, each giving its chapter's HTML. What the chapters
/// print adds up in `b`: the highest marking and the sources cited, which the last chapter lists.
struct Writer
{
    Writer(const BriefingOptions& options, const Facts& facts, const QSqlDatabase& db, BriefingDocument& document)
        : o(options), f(facts), repo(db), w{options.lang}, b{options, w, facts.countries, 0, {}, {}}, doc(document)
    {
        // The records the pack is about count towards its marking whichever chapters are asked for.
        for (const Country& c : f.scopeCountries)
            b.include(c);
        for (const Dialogue& d : f.scopeDialogues)
            b.include(d);
        for (const Forum& fo : f.scopeFora)
            b.include(fo);
    }

    Result<QString> summary();
    Result<QString> timelineAndCharts();
    Result<QString> dialogueHistory();
    Result<QString> foraInCommon();
    Result<QString> agreements();
    Result<QString> policyBasis();
    Result<QString> openActions();
    Result<QString> upcomingEvents();
    Result<QString> sources();

    const BriefingOptions& o;
    const Facts& f;
    const BriefingRepository repo; ///< for the reads whose size depends on what a chapter shows
    const Words w;
    Builder b;
    BriefingDocument& doc; ///< where the figures go
};

/// A chapter of the pack: the option that asks for it, its id and title, and the function that writes it.
struct Chapter
{
    BriefingOptions::Section section;
    const char* id;
    const char* titleEn;
    const char* titleJa;
    Result<QString> (Writer::*write)();
};

// The table of contents, in the order the pack prints it. Sources comes last: it lists what the chapters before it
// were read from.
const Chapter kChapters[] = {
    {BriefingOptions::Summary, "summary", "Summary and key facts", "概要及び基本情報", &Writer::summary},
    {BriefingOptions::Figures, "figures", "Timeline and charts", "年表及びグラフ", &Writer::timelineAndCharts},
    {BriefingOptions::Dialogues, "dialogues", "Dialogue history", "協議の経緯", &Writer::dialogueHistory},
    {BriefingOptions::Fora, "fora", "Fora in common", "共通の多国間枠組み", &Writer::foraInCommon},
    {BriefingOptions::Agreements, "agreements", "Agreements", "合意文書", &Writer::agreements},
    {BriefingOptions::PolicyBasis, "policy", "Policy basis", "政策上の根拠", &Writer::policyBasis},
    {BriefingOptions::Actions, "actions", "Open actions", "未完了のフォローアップ事項", &Writer::openActions},
    {BriefingOptions::Upcoming, "upcoming", "Upcoming events", "今後の会合等", &Writer::upcomingEvents},
    {BriefingOptions::Sources, "sources", "Sources", "出典", &Writer::sources},
};

/// Summary and key facts: each record the pack is about, figures of the whole scope, the latest meetings.
Result<QString> Writer::summary()
{
    QString html;
    for (const Country& c : f.scopeCountries) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(b.marked(c, esc(b.name(c.nameEn, c.nameJa))));
        html += facts(
            {{w("Code", "コード"), esc(c.code)},
             {w("Name", "名称"), esc(c.nameEn == c.nameJa ? c.nameEn : c.nameEn + QStringLiteral(" / ") + c.nameJa)},
             {w("Region", "地域"), esc(Vocabulary::label(QStringLiteral("region"), c.region, o.lang))},
             {w("Kind", "種別"), esc(Vocabulary::label(QStringLiteral("countryKind"), c.kind, o.lang))},
             {w("Note", "備考"), esc(c.note)}});
        b.cite(c.sources, b.name(c.nameEn, c.nameJa));
    }
    for (const Dialogue& d : f.scopeDialogues) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(b.marked(d, esc(b.name(d.nameEn, d.nameJa))));
        html +=
            facts({{w("Kind", "種別"), esc(Vocabulary::label(QStringLiteral("dialogueKind"), d.kind, o.lang))},
                   {w("Parties", "参加国"), esc(b.parties(d.parties))},
                   {w("First held", "初回開催"), esc(date(d.firstHeld, o.lang))},
                   {w("Status", "状況"), esc(Vocabulary::label(QStringLiteral("dialogueStatus"), d.status, o.lang))},
                   {w("Lead agency", "主管"), esc(d.leadAgency)},
                   {w("Gaps in the record", "記録の欠落"), esc(d.gaps)},
                   {w("Note", "備考"), esc(d.note)}});
    }
    for (const Forum& fo : f.scopeFora) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(b.marked(fo, esc(b.name(fo.nameEn, fo.nameJa))));
        QStringList members;
        for (const ForumMember& m : fo.members) {
            if (b.countries.contains(m.country))
                members << b.countryName(m.country);
        }
        html += facts({{w("Acronym", "略称"), esc(fo.acronym)},
                       {w("Kind", "種別"), esc(fo.kind)},
                       {w("Level", "レベル"), esc(fo.level)},
                       {w("Founded", "設立"), esc(date(fo.founded, o.lang))},
                       {w("Japan's part", "日本の関与"), esc(fo.japanStatus)},
                       {w("Members", "構成国"),
                        esc(members.join(o.lang == Lang::Ja ? QStringLiteral("、") : QStringLiteral(", ")))},
                       {w("Web site", "ウェブサイト"), esc(fo.url)},
                       {w("Note", "備考"), esc(fo.note)}});
        b.cite(fo.sources, b.name(fo.nameEn, fo.nameJa));
    }
    // Key figures of the whole scope.
    QList<std::pair<QString, QString>> figures{
        {w("Dialogues", "協議"), b.number(f.dialogues.size())},
        {w("Fora", "多国間枠組み"), b.number(f.fora.size())},
        {w("Agreements", "合意文書"), b.number(f.agreements.size())},
        {w("Meetings held in the period", "期間中に開催された会合"), b.number(f.recent.total)},
        {w("Open actions", "未完了のフォローアップ事項"), b.number(f.actions.total)}};
    if (!f.recent.rows.isEmpty()) {
        const Event& last = f.recent.rows.first();
        figures.append({w("Latest meeting", "直近の会合"), esc(date(last.startDate, o.lang) + QStringLiteral(" — ") +
                                                               b.name(last.titleEn, last.titleJa))});
    }
    if (!f.upcoming.rows.isEmpty()) {
        const Event& next = f.upcoming.rows.first();
        figures.append({w("Next meeting", "次回の会合"), esc(date(next.startDate, o.lang) + QStringLiteral(" — ") +
                                                             b.name(next.titleEn, next.titleJa))});
    }
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(w("Key figures", "主な数字")));
    html += facts(figures);
    if (!f.recent.rows.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(esc(w("Latest meetings", "最近の会合")));
        QList<QStringList> rows;
        for (const Event& e : f.recent.rows) {
            b.include(e);
            rows << QStringList{esc(dateRange(e.startDate, e.endDate, o.lang)), b.marked(e, b.eventRow(e)),
                                esc(e.place), esc(Vocabulary::label(QStringLiteral("eventKind"), e.kind, o.lang))};
        }
        html += table(QStringLiteral("events"),
                      {w("Date", "日付"), w("Meeting", "会合"), w("Place", "場所"), w("Kind", "種別")},
                      {20, 50, 18, 12}, rows);
        html += b.capNote(f.recent.rows.size(), f.recent.total, true);
    }
    return html;
}

/// Timeline and charts, from the grouped query gather() read.
Result<QString> Writer::timelineAndCharts()
{
    // gather() read the timeline because the figures were asked for, which is why this chapter runs.
    b.highest = qMax(b.highest, f.timeline->classification);
    return figures(*f.timeline, f.from, f.to, b, doc.figures);
}

/// Dialogue history, every round, unless the scope has more dialogues than a pack can hold.
Result<QString> Writer::dialogueHistory()
{
    QString html;
    if (f.dialogues.isEmpty())
        html += para(QStringLiteral("empty"), esc(w("No dialogue in scope.", "対象となる協議はありません。")));
    const qsizetype shown = qMin<qsizetype>(f.dialogues.size(), qMax(1, o.dialogueLimit));
    const int perDialogue = qMin(o.roundLimit, qMax(5, o.roundBudget / int(qMax<qsizetype>(1, shown))));
    // Past the limit, the most recently active dialogues are kept, in their own order.
    QList<Dialogue> chosen = f.dialogues;
    if (f.dialogues.size() > shown) {
        QList<qint64> ids;
        for (const Dialogue& d : f.dialogues)
            ids << d.id;
        auto latest = repo.latestMeetings(ids, f.scope);
        if (!latest)
            return Result<QString>::failure(latest.error());
        QList<std::pair<QString, qsizetype>> order;
        for (qsizetype i = 0; i < f.dialogues.size(); ++i)
            order.append({latest->value(f.dialogues[i].id), i});
        std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& c) { return a.first > c.first; });
        QList<qsizetype> keep;
        for (qsizetype i = 0; i < shown; ++i)
            keep << order[i].second;
        std::sort(keep.begin(), keep.end());
        chosen.clear();
        for (qsizetype i : keep)
            chosen << f.dialogues[i];
        html += para(QStringLiteral("note"), esc(w("Showing the %1 most recently active of %2 dialogues.",
                                                   "全%2件の協議のうち、最近開催された%1件を表示しています。")
                                                     .arg(b.number(shown), b.number(f.dialogues.size()))));
    }
    QList<std::pair<Dialogue, Capped<Event>>> histories;
    for (const Dialogue& d : chosen) {
        auto rounds = repo.dialogueRounds(d.id, f.scope, perDialogue);
        if (!rounds)
            return Result<QString>::failure(rounds.error());
        histories.append({d, *rounds});
    }
    for (const auto& [d, rounds] : histories) {
        b.include(d);
        b.cite(d.sources, b.name(d.nameEn, d.nameJa));
        html += QStringLiteral("<h2>%1</h2>\n").arg(b.marked(d, esc(b.name(d.nameEn, d.nameJa))));
        QStringList line;
        line << esc(Vocabulary::label(QStringLiteral("dialogueKind"), d.kind, o.lang));
        line << esc(b.parties(d.parties));
        if (!d.firstHeld.isEmpty())
            line << esc(w("first held %1", "初回 %1").arg(date(d.firstHeld, o.lang)));
        line << esc(Vocabulary::label(QStringLiteral("dialogueStatus"), d.status, o.lang));
        html += para(QStringLiteral("meta"), line.join(QStringLiteral(" · ")));
        if (!d.gaps.isEmpty())
            html += para(QStringLiteral("note"), esc(w("Gaps in the record: %1", "記録の欠落: %1").arg(d.gaps)));
        if (rounds.rows.isEmpty()) {
            html += para(QStringLiteral("empty"), esc(w("No meeting in the period.", "期間中の会合はありません。")));
            continue;
        }
        QList<QStringList> rows;
        for (const Event& e : rounds.rows) {
            b.include(e);
            b.cite(e.sources, b.name(e.titleEn, e.titleJa));
            QString what = b.marked(e, b.eventRow(e));
            if (!e.outcome.isEmpty())
                what += QStringLiteral("<br/><span class=\"detail\">%1</span>").arg(esc(e.outcome));
            else if (!e.summary.isEmpty())
                what += QStringLiteral("<br/><span class=\"detail\">%1</span>").arg(esc(e.summary));
            rows << QStringList{e.roundNumber ? QString::number(*e.roundNumber) : QString(),
                                esc(dateRange(e.startDate, e.endDate, o.lang)), what, esc(e.place),
                                esc(Vocabulary::label(QStringLiteral("eventFormat"), e.format, o.lang))};
        }
        html += table(QStringLiteral("rounds"),
                      {w("No.", "回"), w("Date", "日付"), w("Meeting and outcome", "会合と成果"), w("Place", "場所"),
                       w("Format", "形式")},
                      {6, 20, 48, 14, 12}, rows);
        html += b.capNote(rounds.rows.size(), rounds.total, true);
    }
    return html;
}

Result<QString> Writer::foraInCommon()
{
    if (f.fora.isEmpty())
        return para(QStringLiteral("empty"), esc(w("No forum in scope.", "対象となる多国間枠組みはありません。")));
    QList<QStringList> rows;
    for (const Forum& fo : f.fora.mid(0, o.rowLimit)) {
        b.include(fo);
        b.cite(fo.sources, b.name(fo.nameEn, fo.nameJa));
        QStringList since;
        for (const ForumMember& m : fo.members) {
            if (f.scope.countries.contains(m.country))
                since << (m.since.isEmpty() ? w("member", "加盟") : date(m.since, o.lang));
        }
        QString title = esc(b.name(fo.nameEn, fo.nameJa));
        if (!fo.acronym.isEmpty())
            title = QStringLiteral("<b>%1</b> ").arg(esc(fo.acronym)) + title;
        rows << QStringList{b.marked(fo, title), esc(fo.kind), esc(fo.level), esc(since.join(QStringLiteral(", "))),
                            esc(fo.japanStatus)};
    }
    return table(QStringLiteral("fora"),
                 {w("Forum", "枠組み"), w("Kind", "種別"), w("Level", "レベル"), w("Member since", "加盟"),
                  w("Japan's part", "日本の関与")},
                 {38, 16, 16, 12, 18}, rows) +
           b.capNote(rows.size(), f.fora.size(), false);
}

Result<QString> Writer::agreements()
{
    if (f.agreements.isEmpty())
        return para(QStringLiteral("empty"), esc(w("No agreement in scope.", "対象となる合意文書はありません。")));
    QList<QStringList> rows;
    for (const Agreement& a : f.agreements.mid(0, o.rowLimit)) {
        b.include(a);
        b.cite(a.sources, b.name(a.titleEn, a.titleJa));
        QString title = b.marked(a, esc(b.name(a.titleEn, a.titleJa)));
        if (!a.summary.isEmpty())
            title += QStringLiteral("<br/><span class=\"detail\">%1</span>").arg(esc(a.summary));
        rows << QStringList{esc(date(a.signedDate, o.lang)), title, esc(a.kind), esc(b.parties(a.parties)),
                            esc(Vocabulary::label(QStringLiteral("agreementStatus"), a.status, o.lang))};
    }
    return table(QStringLiteral("agreements"),
                 {w("Signed", "署名"), w("Agreement", "文書"), w("Kind", "種別"), w("Parties", "当事者"),
                  w("Status", "状況")},
                 {15, 43, 14, 16, 12}, rows) +
           b.capNote(rows.size(), f.agreements.size(), false);
}

/// Policy basis: the articles the pack's meetings and agreements cite.
Result<QString> Writer::policyBasis()
{
    QList<qint64> agreementIds;
    for (const Agreement& a : f.agreements)
        agreementIds << a.id;
    auto cited = repo.citations(f.scope, agreementIds, o.rowLimit);
    if (!cited)
        return Result<QString>::failure(cited.error());
    if (cited->rows.isEmpty())
        return para(QStringLiteral("empty"), esc(w("No provision is cited by the meetings or agreements in scope.",
                                                   "対象の会合・合意文書が引用する条項はありません。")));
    QList<QStringList> rows;
    for (const BriefingCitation& c : cited->rows) {
        b.highest = qMax(b.highest, c.classification);
        QString article = esc(b.name(c.labelEn, c.labelJa).isEmpty() ? c.article : b.name(c.labelEn, c.labelJa));
        const QString subject = b.name(c.subjectEn, c.subjectJa);
        if (!subject.isEmpty())
            article += QStringLiteral("<br/><span class=\"detail\">%1</span>").arg(esc(subject));
        QString by = esc(b.name(c.citedByEn, c.citedByJa));
        if (!c.citedByDate.isEmpty())
            by += QStringLiteral(" (%1)").arg(esc(date(c.citedByDate, o.lang)));
        rows << QStringList{esc(b.name(c.policyTitleEn, c.policyTitleJa)), article, by, esc(c.note)};
    }
    return table(QStringLiteral("citations"),
                 {w("Policy", "政策・法令"), w("Article", "条項"), w("Cited by", "引用元"), w("Note", "備考")},
                 {28, 26, 28, 18}, rows) +
           b.capNote(cited->rows.size(), cited->total, false);
}

Result<QString> Writer::openActions()
{
    if (f.actions.rows.isEmpty())
        return para(QStringLiteral("empty"), esc(w("No open action.", "未完了のフォローアップはありません。")));
    QList<QStringList> rows;
    for (const BriefingAction& a : f.actions.rows) {
        b.include(a.action);
        rows << QStringList{esc(date(a.action.dueDate, o.lang)), esc(a.action.description), esc(a.action.owner),
                            esc(Vocabulary::label(QStringLiteral("actionStatus"), a.action.status, o.lang)),
                            esc(b.name(a.eventTitleEn, a.eventTitleJa))};
    }
    return table(QStringLiteral("actions"),
                 {w("Due", "期限"), w("Action", "内容"), w("Owner", "担当"), w("Status", "状況"),
                  w("From", "発端の会合")},
                 {14, 38, 14, 12, 22}, rows) +
           b.capNote(f.actions.rows.size(), f.actions.total, false);
}

Result<QString> Writer::upcomingEvents()
{
    if (f.upcoming.rows.isEmpty())
        return para(QStringLiteral("empty"), esc(w("Nothing scheduled.", "予定されている会合はありません。")));
    QList<QStringList> rows;
    for (const Event& e : f.upcoming.rows) {
        b.include(e);
        b.cite(e.sources, b.name(e.titleEn, e.titleJa));
        rows << QStringList{esc(dateRange(e.startDate, e.endDate, o.lang)), b.marked(e, b.eventRow(e)), esc(e.place),
                            esc(Vocabulary::label(QStringLiteral("eventFormat"), e.format, o.lang)),
                            esc(Vocabulary::label(QStringLiteral("eventStatus"), e.status, o.lang))};
    }
    return table(
               QStringLiteral("upcoming"),
               {w("Date", "日付"), w("Meeting", "会合"), w("Place", "場所"), w("Format", "形式"), w("Status", "状況")},
               {20, 42, 16, 11, 11}, rows) +
           b.capNote(f.upcoming.rows.size(), f.upcoming.total, false);
}

/// Sources, last: every address the facts of the chapters before it were read from.
Result<QString> Writer::sources()
{
    if (b.sources.isEmpty())
        return para(QStringLiteral("empty"),
                    esc(w("No source is recorded for these records.", "これらの記録に出典は登録されていません。")));
    QList<QStringList> rows;
    int n = 0;
    for (const auto& [url, what] : b.sources.mid(0, o.rowLimit))
        rows << QStringList{QString::number(++n), esc(url), esc(what)};
    return table(QStringLiteral("sources"), {w("#", "#"), w("Address", "URL"), w("Supports", "対象")}, {6, 56, 38},
                 rows) +
           b.capNote(rows.size(), b.sources.size(), false);
}
} // namespace

Result<BriefingDocument> BriefingComposer::compose(const BriefingOptions& o) const
{
    using R = Result<BriefingDocument>;
    if (auto s = check(o); !s)
        return R::failure(s.error());
    const auto facts = gather(m_db, o);
    if (!facts)
        return R::failure(facts.error());
    BriefingDocument doc = cover(*facts, o);
    Writer writer(o, *facts, m_db, doc);
    for (const Chapter& chapter : kChapters) {
        if (!(o.sections & chapter.section))
            continue;
        auto html = (writer.*chapter.write)();
        if (!html)
            return R::failure(html.error());
        doc.sections << BriefingSection{QString::fromLatin1(chapter.id), writer.w(chapter.titleEn, chapter.titleJa),
                                        std::move(*html)};
    }
    doc.classification = writer.b.highest;
    doc.marking = Vocabulary::classificationLabel(writer.b.highest, o.lang);
    if (o.lang == Lang::En)
        doc.marking = doc.marking.toUpper();
    return doc;
}
