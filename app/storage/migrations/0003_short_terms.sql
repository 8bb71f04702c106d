-- SPDX-License-Identifier: GPL-3.0-or-later
-- Liaison schema 3: a second index over the same folded text for terms of one and two characters, which the
-- trigram index cannot serve. Its liaison_grams tokenizer (registered by the program; for the sqlite3 shell,
-- .load liaison_sqlite) makes every East Asian character a token, so 日米 is the phrase "日 米", and words of
-- other scripts tokens matched by prefix. It is contentless: the text is stored once, in search_fts, and
-- entries are removed with the 'delete' command and that text. The triggers of schema 2 are replaced by ones that
-- keep both indexes.

CREATE VIRTUAL TABLE search_gram USING fts5(title, body, content = '', tokenize = 'liaison_grams');
INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts;

DROP TRIGGER country_search_ai;
DROP TRIGGER country_search_au;
DROP TRIGGER country_search_ad;

CREATE TRIGGER country_search_ai AFTER INSERT ON country
BEGIN
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 1 AND id = NEW.id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.id * 8 + 1;
END;

CREATE TRIGGER country_search_au AFTER UPDATE ON country
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.id * 8 + 1;
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 1;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 1 AND id = NEW.id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.id * 8 + 1;
END;

CREATE TRIGGER country_search_ad AFTER DELETE ON country
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.id * 8 + 1;
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 1;
END;

DROP TRIGGER dialogue_search_ai;
DROP TRIGGER dialogue_search_au;
DROP TRIGGER dialogue_search_ad;

CREATE TRIGGER dialogue_search_ai AFTER INSERT ON dialogue
BEGIN
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 2 AND id = NEW.id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.id * 8 + 2;
END;

CREATE TRIGGER dialogue_search_au AFTER UPDATE ON dialogue
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.id * 8 + 2;
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 2;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 2 AND id = NEW.id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.id * 8 + 2;
END;

CREATE TRIGGER dialogue_search_ad AFTER DELETE ON dialogue
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.id * 8 + 2;
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 2;
END;

DROP TRIGGER forum_search_ai;
DROP TRIGGER forum_search_au;
DROP TRIGGER forum_search_ad;

CREATE TRIGGER forum_search_ai AFTER INSERT ON forum
BEGIN
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 3 AND id = NEW.id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.id * 8 + 3;
END;

CREATE TRIGGER forum_search_au AFTER UPDATE ON forum
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.id * 8 + 3;
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 3;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 3 AND id = NEW.id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.id * 8 + 3;
END;

CREATE TRIGGER forum_search_ad AFTER DELETE ON forum
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.id * 8 + 3;
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 3;
END;

DROP TRIGGER event_search_ai;
DROP TRIGGER event_search_au;
DROP TRIGGER event_search_ad;

CREATE TRIGGER event_search_ai AFTER INSERT ON event
BEGIN
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 4 AND id = NEW.id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.id * 8 + 4;
END;

CREATE TRIGGER event_search_au AFTER UPDATE ON event
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.id * 8 + 4;
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 4;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 4 AND id = NEW.id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.id * 8 + 4;
END;

CREATE TRIGGER event_search_ad AFTER DELETE ON event
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.id * 8 + 4;
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 4;
END;

DROP TRIGGER agreement_search_ai;
DROP TRIGGER agreement_search_au;
DROP TRIGGER agreement_search_ad;

CREATE TRIGGER agreement_search_ai AFTER INSERT ON agreement
BEGIN
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 5 AND id = NEW.id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.id * 8 + 5;
END;

CREATE TRIGGER agreement_search_au AFTER UPDATE ON agreement
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.id * 8 + 5;
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 5;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 5 AND id = NEW.id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.id * 8 + 5;
END;

CREATE TRIGGER agreement_search_ad AFTER DELETE ON agreement
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.id * 8 + 5;
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 5;
END;

DROP TRIGGER policy_item_search_ai;
DROP TRIGGER policy_item_search_au;
DROP TRIGGER policy_item_search_ad;

CREATE TRIGGER policy_item_search_ai AFTER INSERT ON policy_item
BEGIN
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 6 AND id = NEW.id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.id * 8 + 6;
END;

CREATE TRIGGER policy_item_search_au AFTER UPDATE ON policy_item
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.id * 8 + 6;
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 6;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 6 AND id = NEW.id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.id * 8 + 6;
END;

CREATE TRIGGER policy_item_search_ad AFTER DELETE ON policy_item
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.id * 8 + 6;
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 6;
END;

DROP TRIGGER action_search_ai;
DROP TRIGGER action_search_au;
DROP TRIGGER action_search_ad;

CREATE TRIGGER action_search_ai AFTER INSERT ON action
BEGIN
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 7 AND id = NEW.id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.id * 8 + 7;
END;

CREATE TRIGGER action_search_au AFTER UPDATE ON action
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.id * 8 + 7;
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 7;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 7 AND id = NEW.id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.id * 8 + 7;
END;

CREATE TRIGGER action_search_ad AFTER DELETE ON action
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.id * 8 + 7;
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 7;
END;

DROP TRIGGER participant_search_ai;
DROP TRIGGER participant_search_au;
DROP TRIGGER participant_search_ad;

-- Participants are part of their event's text.

CREATE TRIGGER participant_search_ai AFTER INSERT ON participant
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = NEW.event_id * 8 + 4;
    DELETE FROM search_fts WHERE rowid = NEW.event_id * 8 + 4;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 4 AND id = NEW.event_id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.event_id * 8 + 4;
END;

CREATE TRIGGER participant_search_au AFTER UPDATE ON participant
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid IN (OLD.event_id * 8 + 4, NEW.event_id * 8 + 4);
    DELETE FROM search_fts WHERE rowid IN (OLD.event_id * 8 + 4, NEW.event_id * 8 + 4);
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 4 AND id IN (OLD.event_id, NEW.event_id);
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid IN (OLD.event_id * 8 + 4, NEW.event_id * 8 + 4);
END;

CREATE TRIGGER participant_search_ad AFTER DELETE ON participant
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.event_id * 8 + 4;
    DELETE FROM search_fts WHERE rowid = OLD.event_id * 8 + 4;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 4 AND id = OLD.event_id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = OLD.event_id * 8 + 4;
END;

DROP TRIGGER provision_search_ai;
DROP TRIGGER provision_search_au;
DROP TRIGGER provision_search_ad;

-- Provisions are part of their policy item's text.

CREATE TRIGGER provision_search_ai AFTER INSERT ON provision
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = NEW.policy_item_id * 8 + 6;
    DELETE FROM search_fts WHERE rowid = NEW.policy_item_id * 8 + 6;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 6 AND id = NEW.policy_item_id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = NEW.policy_item_id * 8 + 6;
END;

CREATE TRIGGER provision_search_au AFTER UPDATE ON provision
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid IN (OLD.policy_item_id * 8 + 6, NEW.policy_item_id * 8 + 6);
    DELETE FROM search_fts WHERE rowid IN (OLD.policy_item_id * 8 + 6, NEW.policy_item_id * 8 + 6);
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 6 AND id IN (OLD.policy_item_id, NEW.policy_item_id);
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid IN (OLD.policy_item_id * 8 + 6, NEW.policy_item_id * 8 + 6);
END;

CREATE TRIGGER provision_search_ad AFTER DELETE ON provision
BEGIN
    INSERT INTO search_gram (search_gram, rowid, title, body)
        SELECT 'delete', rowid, title, body FROM search_fts WHERE rowid = OLD.policy_item_id * 8 + 6;
    DELETE FROM search_fts WHERE rowid = OLD.policy_item_id * 8 + 6;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 6 AND id = OLD.policy_item_id;
    INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts WHERE rowid = OLD.policy_item_id * 8 + 6;
END;
