// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads PDFs the way a user's tools do: poppler-utils (pdfinfo, pdftotext, pdffonts).

#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QString>

namespace PdfText {
inline QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// The text of one page (1-based), or of the whole file when `page` is 0; each read once per test run.
inline QString text(const QString& pdf, int page = 0)
{
    static QHash<QString, QString> cache;
    const QString key = pdf + QLatin1Char('#') + QString::number(page);
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    const QString out = run(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
    cache.insert(key, out);
    return out;
}

inline int pages(const QString& pdf)
{
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

/// Whitespace removed: table cells wrap lines wherever the width ends.
inline QString squeezed(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    return s;
}

inline QStringList lines(const QString& text)
{
    QStringList out;
    for (const QString& l : text.split(QLatin1Char('\n')))
        out << l.trimmed();
    return out;
}

/// Code points in CJK Radicals Supplement and Kangxi Radicals, the look-alikes of ideographs.
inline QString radicals(const QString& text)
{
    QString out;
    for (QChar c : text) {
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            out += c;
    }
    return out;
}
} // namespace PdfText
