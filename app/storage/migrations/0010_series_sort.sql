-- SPDX-License-Identifier: GPL-3.0-or-later
-- Liaison schema 10: the events' sort key by dialogue or forum, kept by triggers in a table of its own, so that
-- sorting the events by their series reads an index in order instead of sorting every event (2.6 s at 1,000,000
-- events). The key is the list's: a forum's acronym, else the dialogue's or forum's name, else ''. Its own table
-- keeps the key's upkeep out of the events' audit log, and there is no foreign key so that it needs no lookup
-- when an event goes: the delete trigger removes the row.
CREATE TABLE event_series (
    event_id  INTEGER PRIMARY KEY,
    series_en TEXT NOT NULL,
    series_ja TEXT NOT NULL
);

-- The key of each event as the list computed it, for the table and its triggers.
CREATE VIEW event_series_source (event_id, series_en, series_ja) AS
    SELECT x.id, coalesce(nullif(f.acronym, ''), d.name_en, f.name_en, ''),
           coalesce(nullif(f.acronym, ''), d.name_ja, f.name_ja, '')
    FROM event x LEFT JOIN dialogue d ON d.id = x.dialogue_id LEFT JOIN forum f ON f.id = x.forum_id;

INSERT INTO event_series (event_id, series_en, series_ja) SELECT event_id, series_en, series_ja FROM event_series_source;

CREATE INDEX event_series_en ON event_series(series_en);
CREATE INDEX event_series_ja ON event_series(series_ja);

CREATE TRIGGER event_series_ai AFTER INSERT ON event
BEGIN
    INSERT OR REPLACE INTO event_series (event_id, series_en, series_ja)
        SELECT event_id, series_en, series_ja FROM event_series_source WHERE event_id = NEW.id;
END;

CREATE TRIGGER event_series_au AFTER UPDATE OF id, dialogue_id, forum_id ON event
BEGIN
    DELETE FROM event_series WHERE event_id = OLD.id;
    INSERT OR REPLACE INTO event_series (event_id, series_en, series_ja)
        SELECT event_id, series_en, series_ja FROM event_series_source WHERE event_id = NEW.id;
END;

CREATE TRIGGER event_series_ad AFTER DELETE ON event
BEGIN
    DELETE FROM event_series WHERE event_id = OLD.id;
END;

-- A renamed dialogue or forum (or a forum's new acronym) is the new key of all its meetings.
CREATE TRIGGER dialogue_series_au AFTER UPDATE OF name_en, name_ja ON dialogue
BEGIN
    INSERT OR REPLACE INTO event_series (event_id, series_en, series_ja)
        SELECT event_id, series_en, series_ja FROM event_series_source
        WHERE event_id IN (SELECT id FROM event WHERE dialogue_id = NEW.id);
END;

CREATE TRIGGER forum_series_au AFTER UPDATE OF acronym, name_en, name_ja ON forum
BEGIN
    INSERT OR REPLACE INTO event_series (event_id, series_en, series_ja)
        SELECT event_id, series_en, series_ja FROM event_series_source
        WHERE event_id IN (SELECT id FROM event WHERE forum_id = NEW.id);
END;
