// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Language.h"

namespace {
Lang g_uiLanguage = Lang::En;
}

Lang uiLanguage() { return g_uiLanguage; }
void setUiLanguage(Lang lang) { g_uiLanguage = lang; }
QString langCode(Lang lang) { return lang == Lang::Ja ? QStringLiteral("ja") : QStringLiteral("en"); }

QString pickName(Lang lang, const QString& en, const QString& ja)
{
    const QString& first = lang == Lang::Ja ? ja : en;
    return first.isEmpty() ? (lang == Lang::Ja ? en : ja) : first;
}

QString bilingualName(const QString& en, const QString& ja)
{
    const Lang lang = uiLanguage();
    const QString primary = pickName(lang, en, ja);
    const QString other = lang == Lang::Ja ? en : ja;
    if (other.isEmpty() || other == primary)
        return primary;
    return primary + QStringLiteral(" (") + other + QLatin1Char(')');
}

QString acronymAndName(Lang lang, const QString& acronym, const QString& en, const QString& ja)
{
    const QString name = pickName(lang, en, ja);
    if (acronym.isEmpty() || name.isEmpty() || name == acronym)
        return acronym.isEmpty() ? name : acronym;
    return acronym + QStringLiteral(" \u2014 ") + name;
}
