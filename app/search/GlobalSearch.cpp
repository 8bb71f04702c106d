// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/GlobalSearch.h"

#include "core/Language.h"
#include "core/TextFilter.h"
#include "storage/Database.h"
#include "storage/SearchRepository.h"

#include <QHash>

namespace {
enum Kind { Organization = 0, Country, Dialogue, Forum, Event, Agreement, Policy, Action };

/// The display name from an indexed title: "en\nja" for most kinds, "acronym\nen\nja" for fora and organizations.
QString displayTitle(int kind, const QString& title)
{
    const QStringList lines = title.split(QLatin1Char('\n'));
    if (kind == Action)
        return lines.value(0);
    if (kind == Forum || kind == Organization) {
        const QString name = bilingualName(lines.value(1), lines.value(2));
        if (name.isEmpty())
            return lines.value(0);
        return lines.value(0).isEmpty() || name.contains(lines.value(0)) ? name : lines.value(0) + QStringLiteral(" — ") + name;
    }
    return bilingualName(lines.value(0), lines.value(1));
}
} // namespace

SearchResult GlobalSearch::snippet(const QString& text, const QStringList& terms, int width)
{
    SearchResult r;
    QList<int> map;
    const QString folded = TextFilter::foldWithMap(text, map);
    int first = -1;
    for (const QString& t : terms) {
        const int at = int(folded.indexOf(t));
        if (at >= 0 && (first < 0 || at < first))
            first = at;
    }
    const int origFirst = first < 0 ? 0 : map[first];
    int start = text.size() <= width ? 0 : qMax(0, origFirst - width / 3);
    // Start at a word or line boundary when one is near, so the snippet does not open mid-word.
    for (int i = start; i < origFirst && i < start + 12; ++i) {
        if (text[i].isSpace()) {
            start = i + 1;
            break;
        }
    }
    const int end = qMin(int(text.size()), start + width);
    QString s = text.mid(start, end - start);
    const QString prefix = start > 0 ? QStringLiteral("…") : QString();
    const QString suffix = end < text.size() ? QStringLiteral("…") : QString();
    for (QChar& c : s) {
        if (c == QLatin1Char('\n'))
            c = QLatin1Char(' ');
    }
    r.snippet = prefix + s + suffix;
    for (const QString& t : terms) {
        for (int at = int(folded.indexOf(t)); at >= 0; at = int(folded.indexOf(t, at + 1))) {
            const int a = map[at];
            const int b = map[qMin(at + int(t.size()), int(map.size()) - 1)];
            if (a < start || b > end || b <= a)
                continue;
            r.highlights.append({a - start + int(prefix.size()), b - a});
        }
    }
    std::sort(r.highlights.begin(), r.highlights.end());
    return r;
}

Result<QList<SearchGroup>> GlobalSearch::search(const QString& text, int perKind) const
{
    using R = Result<QList<SearchGroup>>;
    const QStringList terms = TextFilter(text).terms();
    if (terms.isEmpty())
        return QList<SearchGroup>();
    SearchRepository repo(m_db.connection());
    auto hits = repo.find(terms, perKind);
    if (!hits)
        return R::failure(hits.error());
    QList<SearchGroup> groups;
    QHash<int, QList<qint64>> idsByKind;
    for (const SearchHit& h : *hits)
        idsByKind[h.kind] << h.id;
    for (const SearchHit& h : *hits) {
        if (groups.isEmpty() || groups.last().kind != h.kind)
            groups << SearchGroup{h.kind, h.kindTotal, {}};
        groups.last().results << SearchResult{h.kind, h.id, {}, {}, {}};
    }
    for (SearchGroup& g : groups) {
        auto texts = repo.texts(g.kind, idsByKind.value(g.kind));
        if (!texts)
            return R::failure(texts.error());
        for (SearchResult& r : g.results) {
            const SearchText st = texts->value(r.id);
            r.title = displayTitle(g.kind, st.title);
            // Show where the match is: in the name when it is there, else in the line of the body that has it.
            // The line (a name, a place, a summary…) that holds the most terms; names first on a tie.
            QString where = st.title;
            int best = 0;
            const QStringList lines = st.title.split(QLatin1Char('\n')) + st.body.split(QLatin1Char('\n'));
            for (const QString& line : lines) {
                const QString f = TextFilter::fold(line);
                const int n = int(std::count_if(terms.begin(), terms.end(), [&](const QString& t) { return f.contains(t); }));
                if (n > best) {
                    best = n;
                    where = line;
                }
            }
            const SearchResult s = snippet(where, terms);
            r.snippet = s.snippet;
            r.highlights = s.highlights;
        }
    }
    // Groups whose best hit is in a title come first; within that, the order of the sidebar, where organizations
    // (kind 0) come last.
    auto titled = [&](const SearchGroup& g) {
        for (const SearchHit& h : *hits) {
            if (h.kind == g.kind)
                return h.inTitle;
        }
        return false;
    };
    auto sidebar = [](const SearchGroup& g) { return g.kind == Organization ? 8 : g.kind; };
    std::sort(groups.begin(), groups.end(), [&](const SearchGroup& a, const SearchGroup& b) {
        return std::pair(!titled(a), sidebar(a)) < std::pair(!titled(b), sidebar(b));
    });
    return groups;
}
