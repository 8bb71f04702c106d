// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/TextTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace TextTable {
namespace {
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

QString oneLine(QString s)
{
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')) &&
        !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}
} // namespace

int displayWidth(const QString& text)
{
    int w = 0;
    for (char32_t c : text.toUcs4())
        w += isWide(c) ? 2 : 1;
    return w;
}

QString table(const QStringList& headers, const QList<QStringList>& rows)
{
    QList<int> widths;
    for (const QString& h : headers)
        widths << displayWidth(h);
    for (const QStringList& r : rows) {
        for (int i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], qMin(displayWidth(oneLine(r[i])), 60));
    }
    auto line = [&](const QStringList& cells) {
        QString out;
        for (int i = 0; i < cells.size(); ++i) {
            QString c = oneLine(cells[i]);
            while (displayWidth(c) > widths[i])
                c.chop(1);
            out += c;
            if (i + 1 < cells.size())
                out += QString(widths[i] - displayWidth(c) + 2, QLatin1Char(' '));
        }
        return out + QLatin1Char('\n');
    };
    QString out = line(headers);
    QStringList rule;
    for (int w : widths)
        rule << QString(w, QLatin1Char('-'));
    out += line(rule);
    for (const QStringList& r : rows)
        out += line(r);
    return out;
}

QString csv(const QStringList& headers, const QList<QStringList>& rows)
{
    QString out;
    QStringList h;
    for (const QString& s : headers)
        h << csvField(s);
    out += h.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QStringList& r : rows) {
        QStringList cells;
        for (const QString& s : r)
            cells << csvField(s);
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

QString json(const QStringList& keys, const QList<QStringList>& rows)
{
    QJsonArray a;
    for (const QStringList& r : rows) {
        QJsonObject o;
        for (int i = 0; i < keys.size() && i < r.size(); ++i)
            o.insert(keys[i], r[i]);
        a.append(o);
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
}
} // namespace TextTable
