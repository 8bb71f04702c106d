// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/TextTable.h"

#include "io/CsvReader.h"

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
    s.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return printable(s, false);
}

bool isBidiControl(char16_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}
} // namespace

QString printable(const QString& text, bool keepLineBreaks)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (keepLineBreaks && (c == u'\n' || c == u'\t')) {
            out += ch;
        } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            out += QStringLiteral("\\x") + QString::number(c, 16).rightJustified(2, QLatin1Char('0'));
        } else if (isBidiControl(c)) {
            out += QStringLiteral("\\u") + QString::number(c, 16).rightJustified(4, QLatin1Char('0'));
        } else {
            out += ch;
        }
    }
    return out;
}

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
                c.chop(c.size() > 1 && c.back().isLowSurrogate() ? 2 : 1); // never half a character
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
    QString out = CsvReader::formatRow(headers) + QStringLiteral("\r\n");
    for (const QStringList& r : rows)
        out += CsvReader::formatRow(r) + QStringLiteral("\r\n");
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
