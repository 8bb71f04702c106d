// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Language.h"

#include <QString>
#include <QStringList>

/// The closed value sets of the data model (event kinds, statuses, formats…) and their names in both languages.
namespace Vocabulary {
QStringList eventKinds();
QStringList eventStatuses();
QStringList eventFormats();
QStringList dialogueKinds();
QStringList dialogueStatuses();
QStringList actionStatuses();
QStringList agreementStatuses();
QStringList countryKinds();

/// The label of `value` in `set` ("eventKind", "eventStatus", …), or the value itself when unknown.
QString label(const QString& set, const QString& value, Lang lang);
QString classificationLabel(int level, Lang lang);
} // namespace Vocabulary
