// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// The two languages every name is kept in.
enum class Lang { En, Ja };

/// The language the interface shows names in first; set once at start-up.
Lang uiLanguage();
void setUiLanguage(Lang lang);
QString langCode(Lang lang);

/// The form in `lang`, falling back to the other form when that one is empty.
QString pickName(Lang lang, const QString& en, const QString& ja);
/// "primary (other)" in the interface language, or just one form when the other is empty or equal.
QString bilingualName(const QString& en, const QString& ja);
/// "ACRONYM — name" (the name in `lang`), or whichever of the two there is; for organizations and fora.
QString acronymAndName(Lang lang, const QString& acronym, const QString& en, const QString& ja);
