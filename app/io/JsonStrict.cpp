// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/JsonStrict.h"

#include "io/TextDecoder.h"

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace {
struct Position
{
    qsizetype line = 1;
    qsizetype column = 1;
};

/// One open object or array: the keys an object has had (where they lie in the text, or decoded) and where
/// each was, or the index an array is at.
struct Level
{
    bool object = false;
    qsizetype index = -1;
    std::string_view key; ///< the member being read, for the path
    std::unordered_map<std::string_view, Position> keys;
    std::deque<std::string> decoded; ///< keys that held escapes, decoded (a deque never moves them)
};

class Scanner
{
public:
    explicit Scanner(QByteArrayView text) : m_s(text.data()), m_n(text.size()) {}

    QString run()
    {
        enum class Expect { Value, ValueOrClose, Key, KeyOrClose, Colon, CommaOrClose, End };
        Expect expect = Expect::Value;
        while (m_problem.isEmpty()) {
            skipSpace();
            if (m_i >= m_n)
                break; // an unfinished document is QJsonDocument's to report
            const char c = m_s[m_i];
            switch (expect) {
            case Expect::Value:
            case Expect::ValueOrClose:
                if (expect == Expect::ValueOrClose && c == ']') {
                    advance();
                    close();
                    expect = m_depth == 0 ? Expect::End : Expect::CommaOrClose;
                    break;
                }
                if (m_depth > 0 && !top().object)
                    ++top().index;
                if (c == '{' || c == '[') {
                    advance();
                    open(c == '{');
                    expect = c == '{' ? Expect::KeyOrClose : Expect::ValueOrClose;
                    break;
                }
                if (c == '"') {
                    if (!string(nullptr))
                        return m_problem;
                } else if (!scalar()) {
                    return {}; // a syntax error
                }
                expect = m_depth == 0 ? Expect::End : Expect::CommaOrClose;
                break;
            case Expect::Key:
            case Expect::KeyOrClose: {
                if (expect == Expect::KeyOrClose && c == '}') {
                    advance();
                    close();
                    expect = m_depth == 0 ? Expect::End : Expect::CommaOrClose;
                    break;
                }
                if (c != '"')
                    return {};
                const Position at = m_pos;
                std::string_view key;
                if (!string(&key))
                    return m_problem;
                Level& level = top();
                const auto [it, fresh] = level.keys.try_emplace(key, at);
                level.key = key;
                if (!fresh) {
                    m_problem = JsonStrict::tr("line %1, column %2: %3: the key \"%4\" appears twice in one object "
                                               "(first at line %5, column %6); a file must say each thing once")
                                    .arg(at.line)
                                    .arg(at.column)
                                    .arg(path())
                                    .arg(QString::fromUtf8(key.data(), qsizetype(key.size())))
                                    .arg(it->second.line)
                                    .arg(it->second.column);
                    return m_problem;
                }
                expect = Expect::Colon;
                break;
            }
            case Expect::Colon:
                if (c != ':')
                    return {};
                advance();
                expect = Expect::Value;
                break;
            case Expect::CommaOrClose:
                if (c == ',') {
                    advance();
                    expect = top().object ? Expect::Key : Expect::Value;
                } else if (c == (top().object ? '}' : ']')) {
                    advance();
                    close();
                    expect = m_depth == 0 ? Expect::End : Expect::CommaOrClose;
                } else {
                    return {};
                }
                break;
            case Expect::End:
                return {}; // text after the document: QJsonDocument reports it
            }
        }
        return m_problem;
    }

private:
    Level& top() { return m_levels[size_t(m_depth - 1)]; }

    void open(bool object)
    {
        if (size_t(m_depth) == m_levels.size())
            m_levels.emplace_back();
        Level& level = m_levels[size_t(m_depth)];
        ++m_depth;
        level.object = object;
        level.index = -1;
        level.key = {};
        level.keys.clear(); // keeps its buckets for the next object at this depth
        level.decoded.clear();
    }
    void close() { --m_depth; }

    /// "$.events[3].participants[0]" for the value being read; `withKey` adds the member of the innermost object.
    QString path(bool withKey = false) const
    {
        QString out = QStringLiteral("$");
        for (qsizetype d = 0; d < m_depth; ++d) {
            const Level& level = m_levels[size_t(d)];
            if (!level.object)
                out += QStringLiteral("[%1]").arg(level.index);
            else if (d + 1 < m_depth || withKey)
                out += QLatin1Char('.') + QString::fromUtf8(level.key.data(), qsizetype(level.key.size()));
        }
        return out;
    }

    /// One byte forward; a column is one character, so UTF-8 continuation bytes do not count.
    void advance()
    {
        const auto b = static_cast<unsigned char>(m_s[m_i++]);
        if (b == '\n') {
            ++m_pos.line;
            m_pos.column = 1;
        } else if ((b & 0xC0) != 0x80) {
            ++m_pos.column;
        }
    }

    void skipSpace()
    {
        while (m_i < m_n && (m_s[m_i] == ' ' || m_s[m_i] == '\t' || m_s[m_i] == '\n' || m_s[m_i] == '\r'))
            advance();
    }

    bool fail(const Position& at, const QString& why)
    {
        m_problem = JsonStrict::tr("line %1, column %2: %3: %4").arg(at.line).arg(at.column).arg(path(!m_inKey), why);
        return false;
    }

    /// A number, true, false or null; false (and no problem) on anything else, which QJsonDocument reports.
    bool scalar()
    {
        const qsizetype start = m_i;
        while (m_i < m_n) {
            const char c = m_s[m_i];
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '-' || c == '+' || c == '.' || c == 'E'))
                break;
            advance();
        }
        return m_i > start;
    }

    int hex4(qsizetype at) const
    {
        if (at + 4 > m_n)
            return -1;
        int v = 0;
        for (qsizetype k = at; k < at + 4; ++k) {
            const char c = m_s[k];
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= c - '0';
            else if (c >= 'a' && c <= 'f')
                v |= c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                v |= c - 'A' + 10;
            else
                return -1;
        }
        return v;
    }

    static void appendUtf8(std::string& out, char32_t cp)
    {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }

    /// A string from its opening quote; with `key`, its text (decoded only when it holds escapes). False with
    /// m_problem set on an escape or byte that is not a character; false without on an unfinished string.
    bool string(std::string_view* key)
    {
        advance(); // the opening quote
        m_inKey = key != nullptr;
        const qsizetype start = m_i;
        std::string* decoded = nullptr;
        qsizetype copiedUpTo = start;
        auto flushInto = [&](qsizetype upTo) {
            if (!decoded)
                decoded = &top().decoded.emplace_back();
            decoded->append(m_s + copiedUpTo, size_t(upTo - copiedUpTo));
        };
        while (m_i < m_n) {
            const Position at = m_pos;
            const auto b = static_cast<unsigned char>(m_s[m_i]);
            if (b == '"') {
                if (key) {
                    if (decoded) {
                        flushInto(m_i);
                        *key = *decoded;
                    } else {
                        *key = std::string_view(m_s + start, size_t(m_i - start));
                    }
                }
                advance();
                return true;
            }
            if (b < 0x20)
                return false; // a raw control character: QJsonDocument reports it
            if (b == '\\') {
                if (key)
                    flushInto(m_i);
                if (m_i + 1 >= m_n)
                    return false;
                const char e = m_s[m_i + 1];
                if (e != 'u') {
                    static constexpr std::string_view simple = "\"\\/bfnrt";
                    static constexpr std::string_view meaning = "\"\\/\b\f\n\r\t";
                    const size_t k = simple.find(e);
                    if (k == std::string_view::npos)
                        return fail(at, JsonStrict::tr("\\%1 is not an escape JSON knows").arg(QLatin1Char(e)));
                    if (key)
                        *decoded += meaning[k];
                    advance();
                    advance();
                    copiedUpTo = m_i;
                    continue;
                }
                const int u = hex4(m_i + 2);
                if (u < 0)
                    return fail(at, JsonStrict::tr("\\u must be followed by four hexadecimal digits"));
                char32_t cp = char32_t(u);
                qsizetype length = 6;
                if (u >= 0xDC00 && u <= 0xDFFF)
                    return fail(at, JsonStrict::tr("\\u%1 is half of a character (a lone low surrogate): the text is "
                                                   "not valid Unicode")
                                        .arg(u, 4, 16, QLatin1Char('0')));
                if (u >= 0xD800 && u <= 0xDBFF) {
                    const int low = m_i + 7 < m_n && m_s[m_i + 6] == '\\' && m_s[m_i + 7] == 'u' ? hex4(m_i + 8) : -1;
                    if (low < 0xDC00 || low > 0xDFFF)
                        return fail(at, JsonStrict::tr("\\u%1 is half of a character (a high surrogate not followed "
                                                       "by a low one): the text is not valid Unicode")
                                            .arg(u, 4, 16, QLatin1Char('0')));
                    cp = 0x10000 + ((char32_t(u) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
                    length = 12;
                }
                if (key)
                    appendUtf8(*decoded, cp);
                for (qsizetype k = 0; k < length; ++k)
                    advance();
                copiedUpTo = m_i;
                continue;
            }
            if (b >= 0x80) {
                const qsizetype length = TextDecoder::utf8SequenceLength(m_s, m_n, m_i);
                if (length == 0)
                    return fail(at,
                                JsonStrict::tr("byte 0x%1 is not valid UTF-8").arg(int(b), 2, 16, QLatin1Char('0')));
                for (qsizetype k = 0; k < length; ++k)
                    advance();
                continue;
            }
            advance();
        }
        return false; // unfinished: QJsonDocument reports it
    }

    const char* m_s;
    qsizetype m_n;
    qsizetype m_i = 0;
    Position m_pos;
    std::vector<Level> m_levels;
    qsizetype m_depth = 0;
    QString m_problem;
    bool m_inKey = false;
};
} // namespace

QString JsonStrict::firstProblem(QByteArrayView utf8)
{
    // A UTF-8 byte-order mark is not part of the document.
    if (utf8.startsWith("\xEF\xBB\xBF"))
        utf8 = utf8.sliced(3);
    return Scanner(utf8).run();
}
