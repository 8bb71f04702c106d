// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

/// A strict pass over JSON text before QJsonDocument reads it, for what QJsonDocument lets through silently:
/// a key given twice in one object (QJsonDocument keeps the last), a \u escape that is not a whole character
/// (a lone surrogate, which it turns into another character), an unknown escape, and bytes that are not UTF-8.
/// One pass in linear time; keys are compared where they lie in the text (decoded only when they hold escapes).
/// Syntax errors are left to QJsonDocument, which reports them.
class JsonStrict
{
    Q_DECLARE_TR_FUNCTIONS(JsonStrict)
public:
    /// Empty when the text has none of the problems above; otherwise "line L, column C: $.path: what" (columns
    /// count characters, from 1).
    static QString firstProblem(QByteArrayView utf8);
};
