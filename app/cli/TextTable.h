// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/// Formats rows as an aligned text table (East Asian wide characters count two columns), CSV (RFC 4180) or JSON.
namespace TextTable {
int displayWidth(const QString& text);
QString table(const QStringList& headers, const QList<QStringList>& rows);
QString csv(const QStringList& headers, const QList<QStringList>& rows);
QString json(const QStringList& keys, const QList<QStringList>& rows);
} // namespace TextTable
