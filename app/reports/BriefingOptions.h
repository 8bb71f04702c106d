// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Language.h"

#include <QDate>
#include <QList>
#include <QStringList>

/// What a briefing pack is about and what goes in it; the as-of date is given, never read from the clock here.
struct BriefingOptions
{
    enum Section {
        Summary = 0x01,     ///< summary and key facts, with the latest meetings
        Dialogues = 0x02,   ///< dialogue history with every round
        Fora = 0x04,        ///< fora in common
        Agreements = 0x08,  ///< agreements
        PolicyBasis = 0x10, ///< provisions cited by the pack's meetings and agreements
        Actions = 0x20,     ///< open follow-up actions
        Upcoming = 0x40,    ///< what comes next
        Sources = 0x80,     ///< the addresses the facts were read from
        Figures = 0x100,    ///< timeline and charts of the scope's meetings
        AllSections = 0x1ff
    };

    QStringList countries;   ///< country codes
    QList<qint64> dialogues; ///< dialogue ids
    QList<qint64> fora;      ///< forum ids
    QString from;            ///< ISO date of any precision, empty for open
    QString to;              ///< ISO date of any precision, inclusive, empty for open
    int sections = AllSections;
    Lang lang = Lang::En;
    int maxClassification = 0; ///< records marked above this are left out
    QDate asOf;
    // Caps that keep the busiest country's pack near 50 pages; a cut list says "showing the latest N of M".
    int rowLimit = 60;      ///< longest table of a section
    int roundLimit = 100;   ///< rounds shown per dialogue
    int dialogueLimit = 20; ///< dialogues in the history; the most recently active are kept
    int roundBudget = 240;  ///< rounds in the whole history, shared out among the dialogues shown
    int laneLimit = 12;     ///< timeline lanes and chart bars; the busiest are kept

    bool hasScope() const { return !countries.isEmpty() || !dialogues.isEmpty() || !fora.isEmpty(); }
};
