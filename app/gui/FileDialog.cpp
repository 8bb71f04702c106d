// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/FileDialog.h"

#include <QFileDialog>

namespace {
std::function<QString(const QString&)> g_chooser;
}

namespace FileDialog {
QString openFile(QWidget* parent, const QString& title, const QString& dir, const QString& filter)
{
    if (g_chooser)
        return g_chooser(title);
    return QFileDialog::getOpenFileName(parent, title, dir, filter);
}

QString saveFile(QWidget* parent, const QString& title, const QString& dir, const QString& filter)
{
    if (g_chooser)
        return g_chooser(title);
    return QFileDialog::getSaveFileName(parent, title, dir, filter);
}

void setTestChooser(std::function<QString(const QString&)> chooser) { g_chooser = std::move(chooser); }
} // namespace FileDialog
