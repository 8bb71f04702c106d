// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/MessageBox.h"

#include <QMessageBox>

namespace {
std::function<void(const QString&, const QString&)> g_handler;
bool g_answer = false;
}

namespace MessageBox {
void critical(QWidget* parent, const QString& title, const QString& text)
{
    if (g_handler)
        return g_handler(title, text);
    QMessageBox::critical(parent, title, text);
}

void information(QWidget* parent, const QString& title, const QString& text)
{
    if (g_handler)
        return g_handler(title, text);
    QMessageBox::information(parent, title, text);
}

bool question(QWidget* parent, const QString& title, const QString& text)
{
    if (g_handler) {
        g_handler(title, text);
        return g_answer;
    }
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) ==
           QMessageBox::Yes;
}

void setTestAnswer(bool yes) { g_answer = yes; }

void setTestHandler(std::function<void(const QString&, const QString&)> handler) { g_handler = std::move(handler); }
} // namespace MessageBox
