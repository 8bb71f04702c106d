-- SPDX-License-Identifier: GPL-3.0-or-later
-- Liaison schema 4: indexes for country profiles at scale.
-- Did a country take part in this event? Asked while walking events in date order, and a forum's meetings.
CREATE INDEX participant_event_country ON participant(event_id, country_id);
-- Which events did a country take part in? Answered from the index alone (counts, per-country statistics).
DROP INDEX participant_country;
CREATE INDEX participant_country_event ON participant(country_id, event_id);
