// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/// The quick-filter semantics shared by the window, the command line and the search index: every
/// whitespace-separated term must occur, compared after NFKC folding (full/half width) and case folding.
/// A term of letters and digits only (no East Asian characters) matches the start of a word: "cy" and "cyber"
/// find "Cybercrime", not "anticyber"; any other term occurs as a substring: "日米", "豪", "u.s.", "g7伊勢".
class TextFilter
{
public:
    /// How the search index sees a character: East Asian characters are tokens of their own, letters and
    /// digits of other scripts make words, the rest separates.
    enum class CharClass { Separator, Word, Single };
    static CharClass charClass(char32_t c);
    /// True for a term matched at word starts (letters and digits of non-East-Asian scripts only).
    static bool isWordTerm(const QString& foldedTerm);

    TextFilter() = default;
    explicit TextFilter(const QString& text);
    /// A filter of terms that are already folded (as terms() gives them), taken as they are.
    static TextFilter fromFoldedTerms(const QStringList& foldedTerms);

    static QString fold(const QString& text);
    /// fold(), plus for each folded character the index in `text` it came from (and text.size() at the end),
    /// so a match in folded text can be highlighted in the original.
    static QString foldWithMap(const QString& text, QList<int>& map);

    bool isEmpty() const { return m_terms.isEmpty(); }
    const QStringList& terms() const { return m_terms; }
    /// `foldedHaystack` must already have gone through fold().
    bool matchesFolded(const QString& foldedHaystack) const;
    bool matches(const QString& haystack) const { return matchesFolded(fold(haystack)); }

private:
    QStringList m_terms;
};
