// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

/// Message boxes through one seam, so tests can answer them without a modal loop.
namespace MessageBox {
void critical(QWidget* parent, const QString& title, const QString& text);
void information(QWidget* parent, const QString& title, const QString& text);
/// A yes/no question; in tests the handler's answer is `testAnswer`.
bool question(QWidget* parent, const QString& title, const QString& text);
void setTestAnswer(bool yes);
/// In tests: every message goes to `handler` instead of a dialog; pass {} to restore dialogs.
void setTestHandler(std::function<void(const QString& title, const QString& text)> handler);
} // namespace MessageBox
