-- SPDX-License-Identifier: GPL-3.0-or-later
-- Liaison schema 12: a country's short forms and aliases (豪 for Australia, 米 for the United States), one a line.
-- They join the country's title in the search index, so that 豪 finds Australia first; the audit triggers of the
-- country table are rewritten to record the new column (tools/gen_audit_triggers.py EMPTY_DB country).
ALTER TABLE country ADD COLUMN short_forms TEXT NOT NULL DEFAULT '' CHECK (length(short_forms) <= 2000);

DROP TRIGGER country_audit_i;
DROP TRIGGER country_audit_u;
DROP TRIGGER country_audit_d;
CREATE TRIGGER country_audit_i AFTER INSERT ON country WHEN liaison_audit_user() IS NOT NULL
BEGIN
    INSERT INTO audit_log (user_name, entity, entity_id, row_table, row_id, action, before_json, after_json)
    VALUES (liaison_audit_user(), 'country', NEW.id, 'country', NEW.id, 'insert',
            NULL,
            json_object('id', NEW.id, 'code', NEW.code, 'name_en', NEW.name_en, 'name_ja', NEW.name_ja, 'iso_name_en', NEW.iso_name_en, 'iso_name_ja', NEW.iso_name_ja, 'region', NEW.region, 'kind', NEW.kind, 'note', NEW.note, 'beyond_seed', NEW.beyond_seed, 'classification', NEW.classification, 'unconfirmed', NEW.unconfirmed, 'unconfirmed_fields', NEW.unconfirmed_fields, 'version', NEW.version, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'short_forms', NEW.short_forms));
END;

CREATE TRIGGER country_audit_u AFTER UPDATE ON country WHEN liaison_audit_user() IS NOT NULL
BEGIN
    INSERT INTO audit_log (user_name, entity, entity_id, row_table, row_id, action, before_json, after_json)
    VALUES (liaison_audit_user(), 'country', NEW.id, 'country', NEW.id, 'update',
            json_object('id', OLD.id, 'code', OLD.code, 'name_en', OLD.name_en, 'name_ja', OLD.name_ja, 'iso_name_en', OLD.iso_name_en, 'iso_name_ja', OLD.iso_name_ja, 'region', OLD.region, 'kind', OLD.kind, 'note', OLD.note, 'beyond_seed', OLD.beyond_seed, 'classification', OLD.classification, 'unconfirmed', OLD.unconfirmed, 'unconfirmed_fields', OLD.unconfirmed_fields, 'version', OLD.version, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'short_forms', OLD.short_forms),
            json_object('id', NEW.id, 'code', NEW.code, 'name_en', NEW.name_en, 'name_ja', NEW.name_ja, 'iso_name_en', NEW.iso_name_en, 'iso_name_ja', NEW.iso_name_ja, 'region', NEW.region, 'kind', NEW.kind, 'note', NEW.note, 'beyond_seed', NEW.beyond_seed, 'classification', NEW.classification, 'unconfirmed', NEW.unconfirmed, 'unconfirmed_fields', NEW.unconfirmed_fields, 'version', NEW.version, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'short_forms', NEW.short_forms));
END;

CREATE TRIGGER country_audit_d AFTER DELETE ON country WHEN liaison_audit_user() IS NOT NULL
BEGIN
    INSERT INTO audit_log (user_name, entity, entity_id, row_table, row_id, action, before_json, after_json)
    VALUES (liaison_audit_user(), 'country', OLD.id, 'country', OLD.id, 'delete',
            json_object('id', OLD.id, 'code', OLD.code, 'name_en', OLD.name_en, 'name_ja', OLD.name_ja, 'iso_name_en', OLD.iso_name_en, 'iso_name_ja', OLD.iso_name_ja, 'region', OLD.region, 'kind', OLD.kind, 'note', OLD.note, 'beyond_seed', OLD.beyond_seed, 'classification', OLD.classification, 'unconfirmed', OLD.unconfirmed, 'unconfirmed_fields', OLD.unconfirmed_fields, 'version', OLD.version, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'short_forms', OLD.short_forms),
            NULL);
END;

-- The view of schema 9, with the short forms in a country's title.
DROP VIEW search_source;
CREATE VIEW search_source (kind, id, title, body) AS
    SELECT 1, id, name_en || char(10) || name_ja || char(10) || short_forms,
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

-- Every country again, with its (still empty) short forms; the bundled dataset fills them on a new database.
INSERT INTO search_gram (search_gram, rowid, title, body)
    SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid IN (SELECT id * 8 + 1 FROM country);
DELETE FROM search_fts WHERE rowid IN (SELECT id * 8 + 1 FROM country);
INSERT INTO search_fts (rowid, title, body)
    SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 1;
INSERT INTO search_gram (rowid, title, body)
    SELECT rowid, title, body FROM search_fts WHERE rowid IN (SELECT id * 8 + 1 FROM country);
