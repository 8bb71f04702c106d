// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Language.h"
#include "storage/TimelineRepository.h"

#include <QList>
#include <QString>

/// One chapter of a briefing pack: a heading and its body as HTML whose every piece of data is escaped.
struct BriefingSection
{
    QString id;    ///< stable name: "summary", "dialogues", …
    QString title; ///< the heading, in the pack's language
    QString html;  ///< the body, without the heading
};

/// A picture in a chapter, painted as vector graphics where its <img src="figure:ID"> stands in the chapter's HTML.
struct BriefingFigure
{
    enum class Kind {
        Timeline, ///< lanes of events over the years
        Columns,  ///< a column per year, stacked by event kind
        Bars      ///< a horizontal bar per named category
    };
    Kind kind = Kind::Timeline;
    QString id;             ///< the <img> source after "figure:"
    double widthMm = 170;   ///< the size on paper
    double heightMm = 60;
    QList<int> kinds;       ///< event kinds shown (Vocabulary::eventKinds() indexes), in legend order
    QStringList kindLabels; ///< their names in the pack's language
    QStringList statusLabels; ///< timeline: held, planned, cancelled in the pack's language
    int firstYear = 0, lastYear = 0; ///< the time axis (timeline and columns)
    QStringList laneNames;       ///< timeline: one per lane, top to bottom
    QList<TimelineCell> cells;   ///< timeline: lanes index laneNames
    QStringList categories;      ///< columns: one per year from firstYear; bars: one per bar, top to bottom
    QList<QList<int>> values;    ///< columns: [year][index into kinds]; bars: [bar][0]

    /// Every piece of text the figure draws, so that the PDF's text layer can map it back.
    QString texts() const;
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
    QList<BriefingFigure> figures; ///< the pictures the chapters' <img src="figure:ID"> refer to

    /// The whole pack as one HTML document: the cover facts, then each section under an <h1>.
    QString toHtml() const;
    /// The body chapters only, as laid out in the PDF after the cover and contents.
    QString bodyHtml() const;
};
