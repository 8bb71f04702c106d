-- SPDX-License-Identifier: GPL-3.0-or-later
-- Liaison schema 9: organizations in the search index, as kind 0 (rowid = id * 8), with their acronym and names as
-- the title and their kind, address and note as the body (not their country's name, which a renamed country
-- would leave stale); and an event's text names the organizations
-- its participants stand for, so that a search for an organization finds its meetings. The view is the one of
-- schema 2 with both added; the triggers follow schema 5's (search_gram kept in step, nothing done while a bulk
-- load has the index suspended). Renaming an organization re-indexes its meetings.

DROP VIEW search_source;
CREATE VIEW search_source (kind, id, title, body) AS
    SELECT 1, id, name_en || char(10) || name_ja,
           code || char(10) || iso_name_en || char(10) || iso_name_ja || char(10) || region || char(10) || note
    FROM country
    UNION ALL
    SELECT 2, id, name_en || char(10) || name_ja,
           first_held_note || char(10) || agreed_by || char(10) || lead_agency || char(10) || gaps || char(10) || note
    FROM dialogue
    UNION ALL
    SELECT 3, id, acronym || char(10) || name_en || char(10) || name_ja,
           former_name_en || char(10) || former_name_ja || char(10) || kind || char(10) || level || char(10) ||
           japan_status || char(10) || japan_hosts || char(10) || note
    FROM forum
    UNION ALL
    SELECT 4, e.id, e.title_en || char(10) || e.title_ja,
           e.place || char(10) || e.summary || char(10) || e.outcome || char(10) || e.delegation_heads || char(10) ||
           e.level || char(10) || e.kind_note || char(10) || e.note || char(10) ||
           coalesce((SELECT group_concat(p.name || ' ' || p.side || ' ' || p.role ||
                                         coalesce(' ' || o.acronym || ' ' || o.name_en || ' ' || o.name_ja, ''),
                                         char(10))
                     FROM participant p LEFT JOIN organization o ON o.id = p.organization_id
                     WHERE p.event_id = e.id), '')
    FROM event e
    UNION ALL
    SELECT 5, id, title_en || char(10) || title_ja, kind || char(10) || summary || char(10) || note
    FROM agreement
    UNION ALL
    SELECT 6, pi.id, pi.title_en || char(10) || pi.title_ja,
           pi.kind || char(10) || pi.law_number || char(10) || pi.issued_by || char(10) || pi.note || char(10) ||
           coalesce((SELECT group_concat(pr.label_en || ' ' || pr.label_ja || ' ' || pr.subject_en || ' ' ||
                            pr.subject_ja, char(10))
                     FROM provision pr WHERE pr.policy_item_id = pi.id), '')
    FROM policy_item pi
    UNION ALL
    SELECT 7, id, description, owner || char(10) || note
    FROM action
    UNION ALL
    SELECT 0, o.id, o.acronym || char(10) || o.name_en || char(10) || o.name_ja,
           o.kind || char(10) || o.url || char(10) || o.note
    FROM organization o;

-- The organizations, and the meetings whose text now names one.
INSERT INTO search_fts (rowid, title, body)
    SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 0;
INSERT INTO search_gram (rowid, title, body)
    SELECT rowid, title, body FROM search_fts WHERE rowid IN (SELECT id * 8 FROM organization);
INSERT INTO search_gram (search_gram, rowid, title, body)
    SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid IN (SELECT event_id * 8 + 4 FROM participant WHERE organization_id IS NOT NULL);
DELETE FROM search_fts WHERE rowid IN (SELECT event_id * 8 + 4 FROM participant WHERE organization_id IS NOT NULL);
INSERT INTO search_fts (rowid, title, body)
    SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source
    WHERE kind = 4 AND id IN (SELECT event_id FROM participant WHERE organization_id IS NOT NULL);
INSERT INTO search_gram (rowid, title, body)
    SELECT rowid, title, body FROM search_fts WHERE rowid IN (SELECT event_id * 8 + 4 FROM participant WHERE organization_id IS NOT NULL);

CREATE TRIGGER organization_search_ai AFTER INSERT ON organization WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 0 AND id = NEW.id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.id * 8;
END;

CREATE TRIGGER organization_search_au AFTER UPDATE ON organization WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.id * 8;
    DELETE FROM search_fts WHERE rowid = OLD.id * 8;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 0 AND id = NEW.id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.id * 8;
END;

-- A new acronym or name is in the text of every meeting the organization took part in.
CREATE TRIGGER organization_search_au_events AFTER UPDATE OF acronym, name_en, name_ja ON organization WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid IN (SELECT event_id * 8 + 4 FROM participant WHERE organization_id = NEW.id);
    DELETE FROM search_fts WHERE rowid IN (SELECT event_id * 8 + 4 FROM participant WHERE organization_id = NEW.id);
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source
        WHERE kind = 4 AND id IN (SELECT event_id FROM participant WHERE organization_id = NEW.id);
    INSERT INTO search_gram (rowid, title, body)
        SELECT rowid, title, body FROM search_fts WHERE rowid IN (SELECT event_id * 8 + 4 FROM participant WHERE organization_id = NEW.id);
END;

CREATE TRIGGER organization_search_ad AFTER DELETE ON organization WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.id * 8;
    DELETE FROM search_fts WHERE rowid = OLD.id * 8;
END;
