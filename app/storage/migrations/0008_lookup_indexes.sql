-- SPDX-License-Identifier: GPL-3.0-or-later
-- Liaison schema 8: two lookups that read whole tables get indexes of their own.
-- A dialogue's meetings are indexed with their marking as well as their date, so that counting the meetings
-- under a classification ceiling (the briefing pack's "showing the latest N of M") and finding a dialogue's
-- latest such meeting read the index alone instead of every meeting's row.
DROP INDEX event_dialogue;
CREATE INDEX event_dialogue ON event(dialogue_id, start_date, classification);
-- An organization's meetings (its record page, the count that refuses its deletion, the statistics) were found
-- by reading every participant; only participants that name an organization are indexed.
CREATE INDEX participant_organization ON participant(organization_id, event_id) WHERE organization_id IS NOT NULL;
