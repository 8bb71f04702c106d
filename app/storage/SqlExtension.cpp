// SPDX-License-Identifier: GPL-3.0-or-later
// The SQL functions and the FTS5 tokenizer the schema relies on. Compiled twice: into the program, and as
// a loadable extension (liaison_sqlite.so) so that the sqlite3 shell can read and write a Liaison database:
//     sqlite3 liaison.sqlite -cmd '.load /path/to/liaison_sqlite'
#ifdef LIAISON_SQLITE_EXTENSION
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1
#else
#include <sqlite3.h>
#endif

#include "core/TextFilter.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <pwd.h>
#include <unistd.h>

namespace {
// liaison_audit_user(): who the audit triggers (migration 0007) record; NULL switches auditing off.
void auditUser(sqlite3_context* context, int, sqlite3_value**)
{
    const auto* name = static_cast<const std::string*>(sqlite3_user_data(context));
    if (!name)
        sqlite3_result_null(context);
    else
        sqlite3_result_text(context, name->data(), int(name->size()), SQLITE_TRANSIENT);
}

void deleteName(void* p) { delete static_cast<std::string*>(p); }


// liaison_fold(text): TextFilter::fold, so stored text and typed queries fold alike.
void fold(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const int bytes = sqlite3_value_bytes(argv[0]);
    const QByteArray folded = TextFilter::fold(QString::fromUtf8(text, bytes)).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

// liaison_match(title, body, terms): whether the folded title and body hold every folded term (terms joined by
// spaces) as the search index would find them (TextFilter::matchesFolded, the reference the index is tested
// against). The list's first page tests rows read in sort order with it when a term is in most records, which
// is cheaper than reading the index's whole match set. The parsed terms are kept with the statement.
void match(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    if (argc != 3 || sqlite3_value_type(argv[2]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    auto* filter = static_cast<TextFilter*>(sqlite3_get_auxdata(context, 2));
    if (!filter) {
        const auto* terms = reinterpret_cast<const char*>(sqlite3_value_text(argv[2]));
        filter = new TextFilter(TextFilter::fromFoldedTerms(
            QString::fromUtf8(terms, sqlite3_value_bytes(argv[2])).split(QLatin1Char(' '), Qt::SkipEmptyParts)));
        sqlite3_set_auxdata(context, 2, filter, [](void* p) { delete static_cast<TextFilter*>(p); });
        // SQLite may have freed it at once (out of memory); fetch it back rather than keep a dangling pointer.
        filter = static_cast<TextFilter*>(sqlite3_get_auxdata(context, 2));
        if (!filter) {
            sqlite3_result_error_nomem(context);
            return;
        }
    }
    auto text = [&](int i) {
        return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_value_text(argv[i])), sqlite3_value_bytes(argv[i]));
    };
    sqlite3_result_int(context, filter->matchesFolded(text(0) + QLatin1Char('\n') + text(1)) ? 1 : 0);
}

// liaison_kind_top(rowid, n), an aggregate over search index rowids (id * 8 + kind): for each kind, how many rows
// there were and the n largest rowids (the newest records), as lines "kind count rowid rowid …", kinds ascending and
// rowids descending. One pass with no sort, where GROUP BY or a window function sorts the whole match set.
struct KindTop
{
    qint64 counts[8] = {};
    std::vector<sqlite3_int64> top[8]; // min-heaps of the largest rowids
    int n = 0;
};

void kindTopStep(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    auto** state = static_cast<KindTop**>(sqlite3_aggregate_context(context, sizeof(KindTop*)));
    if (!state)
        return sqlite3_result_error_nomem(context);
    if (!*state) {
        *state = new KindTop;
        (*state)->n = argc == 2 ? qMax(0, sqlite3_value_int(argv[1])) : 0;
    }
    if (sqlite3_value_type(argv[0]) != SQLITE_INTEGER)
        return;
    KindTop& t = **state;
    const sqlite3_int64 rowid = sqlite3_value_int64(argv[0]);
    const int kind = int(rowid & 7);
    ++t.counts[kind];
    auto& heap = t.top[kind];
    if (int(heap.size()) < t.n) {
        heap.push_back(rowid);
        std::push_heap(heap.begin(), heap.end(), std::greater<>());
    } else if (!heap.empty() && rowid > heap.front()) {
        std::pop_heap(heap.begin(), heap.end(), std::greater<>());
        heap.back() = rowid;
        std::push_heap(heap.begin(), heap.end(), std::greater<>());
    }
}

void kindTopFinal(sqlite3_context* context)
{
    auto** state = static_cast<KindTop**>(sqlite3_aggregate_context(context, 0));
    std::string out;
    if (state && *state) {
        KindTop& t = **state;
        for (int kind = 0; kind < 8; ++kind) {
            if (t.counts[kind] == 0)
                continue;
            auto& heap = t.top[kind];
            std::sort(heap.begin(), heap.end(), std::greater<>());
            out += std::to_string(kind) + ' ' + std::to_string(t.counts[kind]);
            for (sqlite3_int64 r : heap)
                out += ' ' + std::to_string(r);
            out += '\n';
        }
        delete *state;
        *state = nullptr;
    }
    sqlite3_result_text(context, out.data(), int(out.size()), SQLITE_TRANSIENT);
}

// liaison_cells(lane, start_date, kind, status, classification, held), an aggregate that groups events into the
// timeline's cells: lane (an integer), the start date's year and month (0 when it is known only to the year), kind
// and status. Per cell, how many events, the highest classification and how many had `held` true. The result, a
// blob of text lines: the kinds met, tab-separated; the statuses met; then one line per cell, in no particular
// order, of integers only: "lane\tyear\tmonth\tkind\tstatus\tcount\tclassification\theld", kind and status as
// indexes into the first two lines. A blob, so that no driver converts its megabytes of text. One pass with a
// hash table, where GROUP BY sorts every event into a temporary B-tree (three times slower at the
// busiest country's 100,000 events, which make some 50,000 cells).
struct CellKey
{
    sqlite3_int64 lane = 0;
    quint64 rest = 0; ///< (year * 100 + month) << 16 | kind << 8 | status, the two as indexes into Cells' codes
    bool operator==(const CellKey& o) const { return lane == o.lane && rest == o.rest; }
};
struct CellKeyHash
{
    size_t operator()(const CellKey& k) const
    {
        return std::hash<quint64>()(quint64(k.lane) * 0x9e3779b97f4a7c15ULL ^ k.rest);
    }
};
struct CellValue
{
    sqlite3_int64 count = 0, held = 0;
    int classification = 0;
};
struct Cells
{
    std::unordered_map<CellKey, CellValue, CellKeyHash> cells;
    std::vector<std::string> kinds, statuses; ///< the codes met so far; a cell names them by index

    /// The index of a code, with tabs and line breaks (which would break the result's lines) made '?'; a 256th
    /// distinct code shares the last index.
    static quint64 intern(std::vector<std::string>& codes, sqlite3_value* value)
    {
        const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
        const std::string_view code(text ? text : "", text ? size_t(sqlite3_value_bytes(value)) : 0);
        for (size_t i = 0; i < codes.size(); ++i) {
            if (codes[i] == code)
                return i;
        }
        if (codes.size() == 255)
            return 254;
        std::string clean(code);
        std::replace_if(clean.begin(), clean.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, '?');
        codes.push_back(std::move(clean));
        return codes.size() - 1;
    }
};

/// The leading digits of text[from, from + n), as CAST(substr(…) AS INTEGER) reads them.
quint64 leadingNumber(const unsigned char* text, int size, int from, int n)
{
    quint64 value = 0;
    for (int i = from; i < qMin(size, from + n) && text[i] >= '0' && text[i] <= '9'; ++i)
        value = value * 10 + quint64(text[i] - '0');
    return value;
}

void cellsStep(sqlite3_context* context, int, sqlite3_value** argv)
{
    auto** state = static_cast<Cells**>(sqlite3_aggregate_context(context, sizeof(Cells*)));
    if (!state)
        return sqlite3_result_error_nomem(context);
    if (!*state)
        *state = new Cells;
    if (sqlite3_value_type(argv[1]) == SQLITE_NULL)
        return;
    Cells& t = **state;
    const auto* date = sqlite3_value_text(argv[1]);
    const int size = sqlite3_value_bytes(argv[1]);
    const quint64 yearMonth = leadingNumber(date, size, 0, 4) * 100 + leadingNumber(date, size, 5, 2);
    const CellKey key{sqlite3_value_int64(argv[0]),
                      yearMonth << 16 | Cells::intern(t.kinds, argv[2]) << 8 | Cells::intern(t.statuses, argv[3])};
    CellValue& cell = t.cells[key];
    ++cell.count;
    cell.held += sqlite3_value_int(argv[5]) ? 1 : 0;
    cell.classification = qMax(cell.classification, sqlite3_value_int(argv[4]));
}

void cellsFinal(sqlite3_context* context)
{
    auto** state = static_cast<Cells**>(sqlite3_aggregate_context(context, 0));
    std::string out;
    if (state && *state) {
        const Cells& t = **state;
        for (const auto* codes : {&t.kinds, &t.statuses}) {
            for (size_t i = 0; i < codes->size(); ++i)
                out += (i ? "\t" : "") + (*codes)[i];
            out += '\n';
        }
        out.reserve(out.size() + t.cells.size() * 32);
        char number[24];
        auto put = [&](auto value, char after) {
            out.append(number, size_t(std::to_chars(number, number + sizeof number, value).ptr - number));
            out += after;
        };
        for (const auto& [k, v] : t.cells) {
            const quint64 yearMonth = k.rest >> 16;
            put(k.lane, '\t');
            put(yearMonth / 100, '\t');
            put(yearMonth % 100, '\t');
            put((k.rest >> 8) & 0xff, '\t');
            put(k.rest & 0xff, '\t');
            put(v.count, '\t');
            put(v.classification, '\t');
            put(v.held, '\n');
        }
        delete *state;
        *state = nullptr;
    }
    sqlite3_result_blob(context, out.data(), int(out.size()), SQLITE_TRANSIENT);
}

// The "liaison_grams" tokenizer: every East Asian character is a token of its own, so any run of them is a
// phrase of adjacent tokens (日米 = "日 米"); runs of letters and digits of other scripts are word tokens, matched
// by prefix (TextFilter::charClass decides which is which). A marker token stands between two characters that a
// space or punctuation separates, so a phrase never spans a gap the text has. Text is already folded.
using CharClass = TextFilter::CharClass;

int decode(const unsigned char* p, int n, char32_t& out)
{
    if (p[0] < 0x80) {
        out = p[0];
        return 1;
    }
    int len = (p[0] & 0xE0) == 0xC0 ? 2 : (p[0] & 0xF0) == 0xE0 ? 3 : (p[0] & 0xF8) == 0xF0 ? 4 : 1;
    if (len > n)
        len = 1;
    char32_t c = len == 2 ? (p[0] & 0x1F) : len == 3 ? (p[0] & 0x0F) : len == 4 ? (p[0] & 0x07) : p[0];
    for (int i = 1; i < len; ++i)
        c = (c << 6) | (p[i] & 0x3F);
    out = c;
    return len;
}

int gramCreate(void*, const char**, int, Fts5Tokenizer** out)
{
    static int instance = 0;
    *out = reinterpret_cast<Fts5Tokenizer*>(&instance);
    return SQLITE_OK;
}

void gramDelete(Fts5Tokenizer*) {}

int gramTokenize(Fts5Tokenizer*, void* ctx, int, const char* text, int n,
                 int (*addToken)(void*, int, const char*, int, int, int))
{
    static const char kGap[] = "\x01";
    const auto* p = reinterpret_cast<const unsigned char*>(text);
    int wordStart = -1;
    bool lastSingle = false;
    bool gap = false;
    int rc = SQLITE_OK;
    auto flushWord = [&](int end) {
        if (wordStart >= 0 && rc == SQLITE_OK) {
            rc = addToken(ctx, 0, text + wordStart, end - wordStart, wordStart, end);
            lastSingle = false;
        }
        wordStart = -1;
    };
    for (int i = 0; i < n && rc == SQLITE_OK;) {
        char32_t c = 0;
        const int len = decode(p + i, n - i, c);
        switch (TextFilter::charClass(c)) {
        case CharClass::Word:
            if (wordStart < 0)
                wordStart = i;
            break;
        case CharClass::Single:
            flushWord(i);
            if (lastSingle && gap && rc == SQLITE_OK)
                rc = addToken(ctx, 0, kGap, 1, i, i);
            if (rc == SQLITE_OK)
                rc = addToken(ctx, 0, text + i, len, i, i + len);
            lastSingle = true;
            gap = false;
            break;
        case CharClass::Separator:
            flushWord(i);
            gap = true;
            break;
        }
        i += len;
    }
    flushWord(n);
    return rc;
}

fts5_api* fts5Api(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    return api;
}
} // namespace

/// The OS account that runs the program, for the audit log; the Database uses it too.
std::string liaisonAccountName()
{
    for (const char* var : {"LOGNAME", "USER", "USERNAME"}) {
        if (const char* v = std::getenv(var); v && *v)
            return v;
    }
    if (const passwd* pw = getpwuid(getuid()); pw && pw->pw_name && *pw->pw_name)
        return pw->pw_name;
    return "unknown";
}

/// Sets who liaison_audit_user() names on this connection; nullptr switches auditing off.
int liaisonSetAuditUser(sqlite3* db, const char* name)
{
    // Not deterministic: the value changes when the user name is configured.
    return sqlite3_create_function_v2(db, "liaison_audit_user", 0, SQLITE_UTF8, name ? new std::string(name) : nullptr,
                                      auditUser, nullptr, nullptr, deleteName);
}

/// Registers liaison_fold(), liaison_match(), liaison_kind_top(), liaison_cells(), liaison_audit_user() (the OS account) and the liaison_grams tokenizer on a
/// connection; an SQLite result code.
int liaisonRegister(sqlite3* db)
{
    int rc = sqlite3_create_function_v2(db, "liaison_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                        nullptr, fold, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return rc;
    rc = sqlite3_create_function_v2(db, "liaison_kind_top", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                    nullptr, nullptr, kindTopStep, kindTopFinal, nullptr);
    if (rc != SQLITE_OK)
        return rc;
    rc = sqlite3_create_function_v2(db, "liaison_cells", 6, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                    nullptr, nullptr, cellsStep, cellsFinal, nullptr);
    if (rc != SQLITE_OK)
        return rc;
    rc = sqlite3_create_function_v2(db, "liaison_match", 3, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                    nullptr, match, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return rc;
    rc = liaisonSetAuditUser(db, liaisonAccountName().c_str());
    if (rc != SQLITE_OK)
        return rc;
    fts5_api* api = fts5Api(db);
    if (!api)
        return SQLITE_ERROR;
    fts5_tokenizer tokenizer{gramCreate, gramDelete, gramTokenize};
    return api->xCreateTokenizer(api, "liaison_grams", nullptr, &tokenizer, nullptr);
}

#ifdef LIAISON_SQLITE_EXTENSION
extern "C" __attribute__((visibility("default"))) int sqlite3_liaisonsqlite_init(sqlite3* db, char**,
                                                                                   const sqlite3_api_routines* api)
{
    SQLITE_EXTENSION_INIT2(api);
    return liaisonRegister(db);
}
#endif
