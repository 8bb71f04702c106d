// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/BriefingDocument.h"

QString BriefingDocument::bodyHtml() const
{
    QString out;
    for (const BriefingSection& s : sections)
        out += QStringLiteral("<h1>%1</h1>\n%2").arg(s.title.toHtmlEscaped(), s.html);
    return out;
}

QString BriefingDocument::toHtml() const
{
    QString out = QStringLiteral("<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title></head><body>\n")
                      .arg(langCode(lang), title.toHtmlEscaped());
    out += QStringLiteral("<p class=\"marking\">%1</p>\n<p class=\"title\">%2</p>\n<p class=\"scope\">%3</p>\n")
               .arg(marking.toHtmlEscaped(), title.toHtmlEscaped(), scope.toHtmlEscaped());
    if (!period.isEmpty())
        out += QStringLiteral("<p class=\"period\">%1</p>\n").arg(period.toHtmlEscaped());
    out += QStringLiteral("<p class=\"asof\">%1</p>\n").arg(asOfLabel.toHtmlEscaped());
    out += bodyHtml();
    out += QStringLiteral("</body></html>\n");
    return out;
}

QString BriefingFigure::texts() const
{
    return kindLabels.join(QLatin1Char(' ')) + statusLabels.join(QLatin1Char(' ')) + laneNames.join(QLatin1Char(' ')) +
           categories.join(QLatin1Char(' '));
}
