// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/// The quick-filter semantics shared by the window and the command line: every whitespace-separated term
/// must occur as a substring, compared after NFKC folding (full/half width) and case folding.
class TextFilter
{
public:
    TextFilter() = default;
    explicit TextFilter(const QString& text);

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
