-- SPDX-License-Identifier: GPL-3.0-or-later
-- Liaison schema 2: one full-text index over every record kind, kept current by triggers.
-- Text is stored folded by liaison_fold() (NFKC + case folding, registered by the program on every
-- connection), so ＡＳＥＡＮ finds ASEAN and ｻｲﾊﾞｰ finds サイバー. The trigram tokenizer serves
-- terms of three characters or more; shorter terms (日米, 豪) are matched by a scan of the same text.
-- rowid = record id * 8 + kind: 1 country, 2 dialogue, 3 forum, 4 event, 5 agreement, 6 policy item,
-- 7 action. Provisions are indexed with their policy item.

CREATE VIRTUAL TABLE search_fts USING fts5(title, body, tokenize = 'trigram');

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
           coalesce((SELECT group_concat(p.name || ' ' || p.side || ' ' || p.role, char(10))
                     FROM participant p WHERE p.event_id = e.id), '')
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
    FROM action;

INSERT INTO search_fts (rowid, title, body)
    SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source;

CREATE TRIGGER country_search_ai AFTER INSERT ON country
BEGIN
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 1 AND id = NEW.id;
END;
CREATE TRIGGER country_search_au AFTER UPDATE ON country
BEGIN
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 1;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 1 AND id = NEW.id;
END;
CREATE TRIGGER country_search_ad AFTER DELETE ON country
BEGIN
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 1;
END;

CREATE TRIGGER dialogue_search_ai AFTER INSERT ON dialogue
BEGIN
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 2 AND id = NEW.id;
END;
CREATE TRIGGER dialogue_search_au AFTER UPDATE ON dialogue
BEGIN
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 2;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 2 AND id = NEW.id;
END;
CREATE TRIGGER dialogue_search_ad AFTER DELETE ON dialogue
BEGIN
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 2;
END;

CREATE TRIGGER forum_search_ai AFTER INSERT ON forum
BEGIN
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 3 AND id = NEW.id;
END;
CREATE TRIGGER forum_search_au AFTER UPDATE ON forum
BEGIN
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 3;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 3 AND id = NEW.id;
END;
CREATE TRIGGER forum_search_ad AFTER DELETE ON forum
BEGIN
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 3;
END;

CREATE TRIGGER event_search_ai AFTER INSERT ON event
BEGIN
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 4 AND id = NEW.id;
END;
CREATE TRIGGER event_search_au AFTER UPDATE ON event
BEGIN
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 4;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 4 AND id = NEW.id;
END;
CREATE TRIGGER event_search_ad AFTER DELETE ON event
BEGIN
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 4;
END;

-- Participants are part of their event's text.
CREATE TRIGGER participant_search_ai AFTER INSERT ON participant
BEGIN
    DELETE FROM search_fts WHERE rowid = NEW.event_id * 8 + 4;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 4 AND id = NEW.event_id;
END;
CREATE TRIGGER participant_search_au AFTER UPDATE ON participant
BEGIN
    DELETE FROM search_fts WHERE rowid IN (OLD.event_id * 8 + 4, NEW.event_id * 8 + 4);
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source
        WHERE kind = 4 AND id IN (OLD.event_id, NEW.event_id);
END;
CREATE TRIGGER participant_search_ad AFTER DELETE ON participant
BEGIN
    DELETE FROM search_fts WHERE rowid = OLD.event_id * 8 + 4;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 4 AND id = OLD.event_id;
END;

CREATE TRIGGER agreement_search_ai AFTER INSERT ON agreement
BEGIN
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 5 AND id = NEW.id;
END;
CREATE TRIGGER agreement_search_au AFTER UPDATE ON agreement
BEGIN
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 5;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 5 AND id = NEW.id;
END;
CREATE TRIGGER agreement_search_ad AFTER DELETE ON agreement
BEGIN
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 5;
END;

CREATE TRIGGER policy_item_search_ai AFTER INSERT ON policy_item
BEGIN
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 6 AND id = NEW.id;
END;
CREATE TRIGGER policy_item_search_au AFTER UPDATE ON policy_item
BEGIN
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 6;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 6 AND id = NEW.id;
END;
CREATE TRIGGER policy_item_search_ad AFTER DELETE ON policy_item
BEGIN
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 6;
END;

-- Provisions are part of their policy item's text.
CREATE TRIGGER provision_search_ai AFTER INSERT ON provision
BEGIN
    DELETE FROM search_fts WHERE rowid = NEW.policy_item_id * 8 + 6;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source
        WHERE kind = 6 AND id = NEW.policy_item_id;
END;
CREATE TRIGGER provision_search_au AFTER UPDATE ON provision
BEGIN
    DELETE FROM search_fts WHERE rowid IN (OLD.policy_item_id * 8 + 6, NEW.policy_item_id * 8 + 6);
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source
        WHERE kind = 6 AND id IN (OLD.policy_item_id, NEW.policy_item_id);
END;
CREATE TRIGGER provision_search_ad AFTER DELETE ON provision
BEGIN
    DELETE FROM search_fts WHERE rowid = OLD.policy_item_id * 8 + 6;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source
        WHERE kind = 6 AND id = OLD.policy_item_id;
END;

CREATE TRIGGER action_search_ai AFTER INSERT ON action
BEGIN
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 7 AND id = NEW.id;
END;
CREATE TRIGGER action_search_au AFTER UPDATE ON action
BEGIN
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 7;
    INSERT INTO search_fts (rowid, title, body)
        SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source WHERE kind = 7 AND id = NEW.id;
END;
CREATE TRIGGER action_search_ad AFTER DELETE ON action
BEGIN
    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 7;
END;
