// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvReader.h"

#include "io/TextDecoder.h"

Result<QList<CsvRow>> CsvReader::read(const QByteArray& bytes, const QString& fileName)
{
    auto text = TextDecoder::decode(bytes, fileName);
    if (!text)
        return Result<QList<CsvRow>>::failure(text.error());
    return parse(text->text, fileName);
}

Result<QList<CsvRow>> CsvReader::parse(const QString& text, const QString& fileName)
{
    using R = Result<QList<CsvRow>>;
    auto fail = [&](int line, int column, const QString& why) {
        return R::failure(QStringLiteral("%1: line %2, column %3: %4").arg(fileName).arg(line).arg(column).arg(why));
    };
    QList<CsvRow> rows;
    CsvRow row;
    QString field;
    bool quoted = false;      // inside a quoted field
    bool wasQuoted = false;   // the current field was quoted and has been closed
    bool rowStarted = false;  // anything (even an empty field) seen on this record
    int line = 1, column = 0; // of the character being read
    int quoteLine = 0, quoteColumn = 0;
    const qsizetype n = text.size();
    auto endField = [&] {
        row.fields << unguardFormula(field);
        field.clear();
        wasQuoted = false;
    };
    auto endRow = [&]() -> QString {
        if (rowStarted) {
            endField();
            if (!rows.isEmpty() && row.fields.size() != rows.first().fields.size())
                return QStringLiteral("%1: line %2: %3 fields where the header has %4")
                    .arg(fileName)
                    .arg(row.line)
                    .arg(row.fields.size())
                    .arg(rows.first().fields.size());
            rows << row;
        }
        row = CsvRow();
        rowStarted = false;
        return {};
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        ++column;
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                    ++column;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                    column = 0;
                }
                field += c; // a CRLF inside a quoted field is kept as it is: the value's own line end
            }
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (const QString e = endRow(); !e.isEmpty())
                return R::failure(e);
            ++line;
            column = 0;
            continue;
        }
        if (!rowStarted) {
            rowStarted = true;
            row.line = line;
        }
        if (c == QLatin1Char(',')) {
            endField();
            continue;
        }
        if (wasQuoted)
            return fail(line, column,
                        QStringLiteral("'%1' after the closing quote of a field; expected a comma or a line end").arg(c));
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty())
                return fail(line, column, QStringLiteral("a quote inside an unquoted field; quote the whole field and "
                                                         "double the quote (\"\")"));
            quoted = true;
            quoteLine = line;
            quoteColumn = column;
            continue;
        }
        field += c;
    }
    if (quoted)
        return fail(quoteLine, quoteColumn, QStringLiteral("the quoted field that starts here is never closed"));
    if (const QString e = endRow(); !e.isEmpty())
        return R::failure(e);
    if (rows.isEmpty())
        return R::failure(fileName + QStringLiteral(": the file is empty"));
    return rows;
}

namespace {
/// Whether `cell`, after any apostrophes, starts with a character that makes a spreadsheet read a formula.
bool formulaAfterApostrophes(const QString& cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == QLatin1Char('\''))
        ++i;
    if (i >= cell.size())
        return false;
    const QChar c = cell.at(i);
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}
} // namespace

QString CsvReader::guardFormula(const QString& cell)
{
    return formulaAfterApostrophes(cell) ? QLatin1Char('\'') + cell : cell;
}

QString CsvReader::unguardFormula(const QString& cell)
{
    return cell.startsWith(QLatin1Char('\'')) && formulaAfterApostrophes(cell) ? cell.mid(1) : cell;
}

QString CsvReader::formatRow(const QStringList& fields)
{
    if (fields.size() == 1 && fields.first().isEmpty())
        return QStringLiteral("\"\""); // an empty line would be skipped
    QStringList out;
    out.reserve(fields.size());
    for (const QString& raw : fields) {
        const QString f = guardFormula(raw);
        if (f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n')) ||
            f.contains(QLatin1Char('\r')) || (!f.isEmpty() && (isBlank(f.front()) || isBlank(f.back()))))
            out << QLatin1Char('"') + QString(f).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        else
            out << f;
    }
    return out.join(QLatin1Char(','));
}
