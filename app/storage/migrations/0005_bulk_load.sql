-- SPDX-License-Identifier: GPL-3.0-or-later
-- Liaison schema 5: bulk loads may suspend the search index. While app_meta holds 'search_index_suspended' the
-- triggers do nothing; the loader then rebuilds both indexes in one pass and removes the mark in the same
-- transaction. A mark left by a crash is found when the database is next opened and the index is rebuilt then.

DROP TRIGGER country_search_ai;
CREATE TRIGGER country_search_ai AFTER INSERT ON country WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 1 AND id = NEW.id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.id * 8 + 1;
END;

DROP TRIGGER country_search_au;
CREATE TRIGGER country_search_au AFTER UPDATE ON country WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.id * 8 + 1;
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 1;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 1 AND id = NEW.id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.id * 8 + 1;
END;

DROP TRIGGER country_search_ad;
CREATE TRIGGER country_search_ad AFTER DELETE ON country WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.id * 8 + 1;
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 1;
END;

DROP TRIGGER dialogue_search_ai;
CREATE TRIGGER dialogue_search_ai AFTER INSERT ON dialogue WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 2 AND id = NEW.id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.id * 8 + 2;
END;

DROP TRIGGER dialogue_search_au;
CREATE TRIGGER dialogue_search_au AFTER UPDATE ON dialogue WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.id * 8 + 2;
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 2;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 2 AND id = NEW.id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.id * 8 + 2;
END;

DROP TRIGGER dialogue_search_ad;
CREATE TRIGGER dialogue_search_ad AFTER DELETE ON dialogue WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.id * 8 + 2;
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 2;
END;

DROP TRIGGER forum_search_ai;
CREATE TRIGGER forum_search_ai AFTER INSERT ON forum WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 3 AND id = NEW.id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.id * 8 + 3;
END;

DROP TRIGGER forum_search_au;
CREATE TRIGGER forum_search_au AFTER UPDATE ON forum WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.id * 8 + 3;
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 3;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 3 AND id = NEW.id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.id * 8 + 3;
END;

DROP TRIGGER forum_search_ad;
CREATE TRIGGER forum_search_ad AFTER DELETE ON forum WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.id * 8 + 3;
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 3;
END;

DROP TRIGGER event_search_ai;
CREATE TRIGGER event_search_ai AFTER INSERT ON event WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 4 AND id = NEW.id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.id * 8 + 4;
END;

DROP TRIGGER event_search_au;
CREATE TRIGGER event_search_au AFTER UPDATE ON event WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.id * 8 + 4;
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 4;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 4 AND id = NEW.id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.id * 8 + 4;
END;

DROP TRIGGER event_search_ad;
CREATE TRIGGER event_search_ad AFTER DELETE ON event WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.id * 8 + 4;
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 4;
END;

DROP TRIGGER agreement_search_ai;
CREATE TRIGGER agreement_search_ai AFTER INSERT ON agreement WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 5 AND id = NEW.id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.id * 8 + 5;
END;

DROP TRIGGER agreement_search_au;
CREATE TRIGGER agreement_search_au AFTER UPDATE ON agreement WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.id * 8 + 5;
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 5;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 5 AND id = NEW.id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.id * 8 + 5;
END;

DROP TRIGGER agreement_search_ad;
CREATE TRIGGER agreement_search_ad AFTER DELETE ON agreement WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.id * 8 + 5;
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 5;
END;

DROP TRIGGER policy_item_search_ai;
CREATE TRIGGER policy_item_search_ai AFTER INSERT ON policy_item WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 6 AND id = NEW.id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.id * 8 + 6;
END;

DROP TRIGGER policy_item_search_au;
CREATE TRIGGER policy_item_search_au AFTER UPDATE ON policy_item WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.id * 8 + 6;
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 6;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 6 AND id = NEW.id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.id * 8 + 6;
END;

DROP TRIGGER policy_item_search_ad;
CREATE TRIGGER policy_item_search_ad AFTER DELETE ON policy_item WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.id * 8 + 6;
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 6;
END;

DROP TRIGGER action_search_ai;
CREATE TRIGGER action_search_ai AFTER INSERT ON action WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 7 AND id = NEW.id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.id * 8 + 7;
END;

DROP TRIGGER action_search_au;
CREATE TRIGGER action_search_au AFTER UPDATE ON action WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.id * 8 + 7;
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 7;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 7 AND id = NEW.id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.id * 8 + 7;
END;

DROP TRIGGER action_search_ad;
CREATE TRIGGER action_search_ad AFTER DELETE ON action WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.id * 8 + 7;
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 7;
END;

DROP TRIGGER participant_search_ai;
CREATE TRIGGER participant_search_ai AFTER INSERT ON participant WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = NEW.event_id * 8 + 4;
    DELETE FROM search_fts WHERE rowid = NEW.event_id * 8 + 4;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 4 AND id = NEW.event_id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.event_id * 8 + 4;
END;

DROP TRIGGER participant_search_au;
CREATE TRIGGER participant_search_au AFTER UPDATE ON participant WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid IN (OLD.event_id * 8 + 4, NEW.event_id * 8 + 4);
    DELETE FROM search_fts WHERE rowid IN (OLD.event_id * 8 + 4, NEW.event_id * 8 + 4);
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 4 AND id IN (OLD.event_id, NEW.event_id);
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid IN (OLD.event_id * 8 + 4, NEW.event_id * 8 + 4);
END;

DROP TRIGGER participant_search_ad;
CREATE TRIGGER participant_search_ad AFTER DELETE ON participant WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.event_id * 8 + 4;
    DELETE FROM search_fts WHERE rowid = OLD.event_id * 8 + 4;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 4 AND id = OLD.event_id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = OLD.event_id * 8 + 4;
END;

DROP TRIGGER provision_search_ai;
CREATE TRIGGER provision_search_ai AFTER INSERT ON provision WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = NEW.policy_item_id * 8 + 6;
    DELETE FROM search_fts WHERE rowid = NEW.policy_item_id * 8 + 6;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 6 AND id = NEW.policy_item_id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.policy_item_id * 8 + 6;
END;

DROP TRIGGER provision_search_au;
CREATE TRIGGER provision_search_au AFTER UPDATE ON provision WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid IN (OLD.policy_item_id * 8 + 6, NEW.policy_item_id * 8 + 6);
    DELETE FROM search_fts WHERE rowid IN (OLD.policy_item_id * 8 + 6, NEW.policy_item_id * 8 + 6);
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 6 AND id IN (OLD.policy_item_id, NEW.policy_item_id);
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid IN (OLD.policy_item_id * 8 + 6, NEW.policy_item_id * 8 + 6);
END;

DROP TRIGGER provision_search_ad;
CREATE TRIGGER provision_search_ad AFTER DELETE ON provision WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.policy_item_id * 8 + 6;
    DELETE FROM search_fts WHERE rowid = OLD.policy_item_id * 8 + 6;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 6 AND id = OLD.policy_item_id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = OLD.policy_item_id * 8 + 6;
END;
