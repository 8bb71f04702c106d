// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/TextFilter.h"

TextFilter::TextFilter(const QString& text)
{
    m_terms = fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
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

bool TextFilter::matchesFolded(const QString& foldedHaystack) const
{
    for (const QString& term : m_terms) {
        if (!foldedHaystack.contains(term))
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
