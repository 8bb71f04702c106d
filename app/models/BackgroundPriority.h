// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Background work (counts, the integrity check) yields the cores to the work someone waits for (the page of
/// a keystroke). QThread priorities do nothing for ordinary Linux threads, so this sets the thread's nice value.
namespace BackgroundPriority {
/// Lowers the calling thread's CPU priority (nice 10 on Linux; nothing elsewhere). Cannot be undone.
void lowerCurrentThread();
} // namespace BackgroundPriority
