// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/TextFilter.h"

TextFilter::TextFilter(const QString& text)
{
    m_terms = fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

TextFilter TextFilter::fromFoldedTerms(const QStringList& foldedTerms)
{
    TextFilter f;
    f.m_terms = foldedTerms;
    return f;
}

QString TextFilter::fold(const QString& text)
{
    // NFKC maps ＡＳＥＡＮ to ASEAN and ｻｲﾊﾞｰ to サイバー; the ideographic space becomes a plain one.
    QString s = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    for (QChar& c : s) {
        if (c.isSpace())
            c = QLatin1Char(' ');
    }
    return s;
}

TextFilter::CharClass TextFilter::charClass(char32_t c)
{
    if (c < 0x80) {
        const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        return alnum ? CharClass::Word : CharClass::Separator;
    }
    // CJK radicals onwards (kana, kanji, hangul, full-width forms), less the ideographic space and marks.
    if (c >= 0x2E80 && !(c >= 0x3000 && c <= 0x3003) && c != 0xFEFF && !(c >= 0xFE10 && c <= 0xFE1F))
        return CharClass::Single;
    return QChar::isLetterOrNumber(c) ? CharClass::Word : CharClass::Separator;
}

bool TextFilter::isWordTerm(const QString& term)
{
    const QList<uint> cps = term.toUcs4();
    if (cps.isEmpty())
        return false;
    for (uint c : cps) {
        if (charClass(c) != CharClass::Word)
            return false;
    }
    return true;
}

namespace {
/// Whether the code point before `at` is a word character (so `at` does not start a word).
bool afterWordChar(const QString& s, qsizetype at)
{
    if (at <= 0)
        return false;
    char32_t c = s[at - 1].unicode();
    if (s[at - 1].isLowSurrogate() && at >= 2 && s[at - 2].isHighSurrogate())
        c = QChar::surrogateToUcs4(s[at - 2], s[at - 1]);
    return TextFilter::charClass(c) == TextFilter::CharClass::Word;
}
} // namespace

bool TextFilter::matchesFolded(const QString& foldedHaystack) const
{
    for (const QString& term : m_terms) {
        qsizetype at = foldedHaystack.indexOf(term);
        if (isWordTerm(term)) {
            while (at >= 0 && afterWordChar(foldedHaystack, at))
                at = foldedHaystack.indexOf(term, at + 1);
        }
        if (at < 0)
            return false;
    }
    return true;
}

QString TextFilter::foldWithMap(const QString& text, QList<int>& map)
{
    QString out;
    map.clear();
    for (int i = 0; i < text.size();) {
        // Fold a character together with what composes with it (combining marks, half-width voicing marks,
        // surrogate pairs), as NFKC would: ﾊﾞ is one バ.
        int j = i + 1;
        if (text[i].isHighSurrogate() && j < text.size() && text[j].isLowSurrogate())
            ++j;
        while (j < text.size() && (text[j].isMark() || text[j].unicode() == 0xFF9E || text[j].unicode() == 0xFF9F))
            ++j;
        const QString part = fold(text.mid(i, j - i));
        for (int k = 0; k < part.size(); ++k)
            map << i;
        out += part;
        i = j;
    }
    map << int(text.size());
    return out;
}
