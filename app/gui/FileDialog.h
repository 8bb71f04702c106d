// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

/// File dialogs through one seam, so tests can choose a file without a modal loop.
namespace FileDialog {
QString openFile(QWidget* parent, const QString& title, const QString& dir, const QString& filter);
QString saveFile(QWidget* parent, const QString& title, const QString& dir, const QString& filter);
/// In tests: `chooser` answers instead of a dialog; pass {} to restore dialogs.
void setTestChooser(std::function<QString(const QString& title)> chooser);
} // namespace FileDialog
