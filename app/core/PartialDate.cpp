// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/PartialDate.h"

#include <QRegularExpression>

namespace {
const char* const kMonthsEn[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
}

PartialDate::PartialDate(int year, int month, int day) : m_year(year), m_month(month), m_day(day) {}

std::optional<PartialDate> PartialDate::parse(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return PartialDate();
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const int y = m.captured(1).toInt();
    const int mo = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    const int d = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    if (y < 1000 || y > 2999) // the years the database's CHECK constraints accept ([12][0-9][0-9][0-9])
        return std::nullopt;
    if (!m.captured(2).isEmpty() && (mo < 1 || mo > 12))
        return std::nullopt;
    if (!m.captured(3).isEmpty() && !QDate(y, mo, d).isValid())
        return std::nullopt;
    return PartialDate(y, mo, d);
}

PartialDate::Precision PartialDate::precision() const
{
    if (m_year == 0)
        return Precision::None;
    if (m_month == 0)
        return Precision::Year;
    return m_day == 0 ? Precision::Month : Precision::Day;
}

QString PartialDate::toIso() const
{
    switch (precision()) {
    case Precision::None:
        return {};
    case Precision::Year:
        return QStringLiteral("%1").arg(m_year, 4, 10, QLatin1Char('0'));
    case Precision::Month:
        return QStringLiteral("%1-%2").arg(m_year, 4, 10, QLatin1Char('0')).arg(m_month, 2, 10, QLatin1Char('0'));
    case Precision::Day:
        break;
    }
    return QStringLiteral("%1-%2-%3")
        .arg(m_year, 4, 10, QLatin1Char('0'))
        .arg(m_month, 2, 10, QLatin1Char('0'))
        .arg(m_day, 2, 10, QLatin1Char('0'));
}

QString PartialDate::display(Lang lang) const
{
    const Precision p = precision();
    if (p == Precision::None)
        return {};
    if (lang == Lang::Ja) {
        QString s = QString::number(m_year) + QStringLiteral("年");
        if (p != Precision::Year)
            s += QString::number(m_month) + QStringLiteral("月");
        if (p == Precision::Day)
            s += QString::number(m_day) + QStringLiteral("日");
        return s;
    }
    const QString month = p == Precision::Year ? QString() : QString::fromLatin1(kMonthsEn[m_month - 1]);
    switch (p) {
    case Precision::Year:
        return QString::number(m_year);
    case Precision::Month:
        return month + QLatin1Char(' ') + QString::number(m_year);
    default:
        return QString::number(m_day) + QLatin1Char(' ') + month + QLatin1Char(' ') + QString::number(m_year);
    }
}

QString PartialDate::displayRange(const PartialDate& start, const PartialDate& end, Lang lang)
{
    if (end.isNull() || end == start)
        return start.display(lang);
    if (start.isNull())
        return QStringLiteral("– ") + end.display(lang);
    const bool days = start.precision() == Precision::Day && end.precision() == Precision::Day;
    if (days && start.m_year == end.m_year && start.m_month == end.m_month) {
        if (lang == Lang::Ja)
            return start.display(lang) + QStringLiteral("–") + QString::number(end.m_day) + QStringLiteral("日");
        return QString::number(start.m_day) + QStringLiteral("–") + end.display(lang);
    }
    return start.display(lang) + QStringLiteral(" – ") + end.display(lang);
}

QDate PartialDate::earliest() const
{
    if (isNull())
        return {};
    return QDate(m_year, m_month == 0 ? 1 : m_month, m_day == 0 ? 1 : m_day);
}
