-- SPDX-License-Identifier: GPL-3.0-or-later
-- Liaison schema 8: a dialogue's meetings indexed with their marking as well as their date, so that counting
-- the meetings under a classification ceiling (the briefing pack's "showing the latest N of M") and finding a
-- dialogue's latest such meeting read the index alone instead of every meeting's row.
DROP INDEX event_dialogue;
CREATE INDEX event_dialogue ON event(dialogue_id, start_date, classification);
