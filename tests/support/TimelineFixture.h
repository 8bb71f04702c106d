// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

/// A few invented countries, a dialogue, a forum and events of every date precision and status, for the
/// timeline and chart tests. Returns false (with a test failure message) when an insert fails.
namespace TimelineFixture {
bool fill(Database& db);
/// Adds `count` day-precise events to the dialogue, one a day from 1 Jan 2010, with participant country AA.
bool addCrowd(Database& db, int count);
} // namespace TimelineFixture
