// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <functional>

class Database;

/// Fills an empty database with a realistic, deterministic synthetic record: about 200 countries, 50 fora,
/// bilateral and trilateral dialogues with numbered rounds, and `events` events with participants, follow-up
/// actions and citations. The same seed gives the same database.
class DataGenerator
{
public:
    struct Options
    {
        int events = 1000;
        quint32 seed = 20261126;
        int countries = 200;
        int fora = 50;
        std::function<void(int done, int total)> progress;
    };
    static Status generate(Database& db, const Options& options);
};
