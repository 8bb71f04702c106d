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
