// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Language.h"

#include <QList>
#include <QString>

/// One chapter of a briefing pack: a heading and its body as HTML whose every piece of data is escaped.
struct BriefingSection
{
    QString id;    ///< stable name: "summary", "dialogues", …
    QString title; ///< the heading, in the pack's language
    QString html;  ///< the body, without the heading
};

/// A composed briefing pack: what the cover, running header and footer show, and the chapters.
struct BriefingDocument
{
    Lang lang = Lang::En;
    QString title;          ///< "Briefing pack"
    QString scope;          ///< the names of what the pack covers, for the cover and running header
    QString period;         ///< the date range, or empty when open
    QString asOf;           ///< the as-of date as people write it
    QString asOfLabel;      ///< "As of 26 Nov 2026"
    int classification = 0; ///< the highest marking among the records included
    QString marking;        ///< that marking as printed on every page
    QString contentsTitle;  ///< "Contents"
    QString pageFormat;     ///< "Page %1 of %2" or "%1 / %2 ページ"
    QList<BriefingSection> sections;

    /// The whole pack as one HTML document: the cover facts, then each section under an <h1>.
    QString toHtml() const;
    /// The body chapters only, as laid out in the PDF after the cover and contents.
    QString bodyHtml() const;
};
