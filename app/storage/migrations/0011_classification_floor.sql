-- SPDX-License-Identifier: GPL-3.0-or-later
-- Liaison schema 11: a child is never marked lower than its parent. A meeting is at least as high as its dialogue
-- or forum, a follow-up action at least as high as its meeting, a provision at least as high as its policy item.
-- Output at a ceiling (a briefing pack, an export, a listing) filters a meeting by its own marking only, so a
-- Secret dialogue's unclassified meeting would have printed the dialogue's name; with this rule a meeting under the
-- ceiling always belongs to a dialogue or forum under it.
--
-- Existing rows: each child below its parent is raised to the parent's level here, with a version bump. From now on
-- the database keeps the rule itself, whatever writes (editor, import, command line, bulk load, sync):
--   * a child written below its parent is refused ("classification: a meeting may not be marked lower than its
--     dialogue or forum"); the program writes new actions and provisions at least at their parent's level;
--   * raising a parent raises its children with it, down the tree (dialogue → meetings → their actions). These
--     raises leave the children's versions alone, so that an aggregate saved in one go (a policy item and its
--     provisions) does not conflict with itself; the history records them.
-- Participants have no marking of their own in the program (they are part of their meeting); attachments are
-- removed with their record at a ceiling, and their own marking counts too. See docs/RELIABILITY.md.

UPDATE event SET classification = max(classification,
                                      coalesce((SELECT d.classification FROM dialogue d WHERE d.id = event.dialogue_id), 0),
                                      coalesce((SELECT f.classification FROM forum f WHERE f.id = event.forum_id), 0)),
                 version = version + 1,
                 updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE classification < max(coalesce((SELECT d.classification FROM dialogue d WHERE d.id = event.dialogue_id), 0),
                               coalesce((SELECT f.classification FROM forum f WHERE f.id = event.forum_id), 0));

UPDATE action SET classification = (SELECT e.classification FROM event e WHERE e.id = action.event_id),
                  version = version + 1,
                  updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE classification < (SELECT e.classification FROM event e WHERE e.id = action.event_id);

UPDATE provision SET classification = (SELECT p.classification FROM policy_item p WHERE p.id = provision.policy_item_id),
                     version = version + 1,
                     updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE classification < (SELECT p.classification FROM policy_item p WHERE p.id = provision.policy_item_id);

-- A child written below its parent is refused, with a message that says why. (Raising it instead, in an AFTER
-- trigger, ran before the older search-index triggers of the same row and broke them: SQLite runs the newest
-- trigger first.)
CREATE TRIGGER event_classification_floor_i BEFORE INSERT ON event
    WHEN NEW.classification < max(coalesce((SELECT d.classification FROM dialogue d WHERE d.id = NEW.dialogue_id), 0),
                                  coalesce((SELECT f.classification FROM forum f WHERE f.id = NEW.forum_id), 0))
BEGIN
    SELECT RAISE(ABORT, 'classification: a meeting may not be marked lower than its dialogue or forum');
END;
CREATE TRIGGER event_classification_floor_u BEFORE UPDATE OF classification, dialogue_id, forum_id ON event
    WHEN NEW.classification < max(coalesce((SELECT d.classification FROM dialogue d WHERE d.id = NEW.dialogue_id), 0),
                                  coalesce((SELECT f.classification FROM forum f WHERE f.id = NEW.forum_id), 0))
BEGIN
    SELECT RAISE(ABORT, 'classification: a meeting may not be marked lower than its dialogue or forum');
END;

CREATE TRIGGER action_classification_floor_i BEFORE INSERT ON action
    WHEN NEW.classification < coalesce((SELECT e.classification FROM event e WHERE e.id = NEW.event_id), 0)
BEGIN
    SELECT RAISE(ABORT, 'classification: an action may not be marked lower than its meeting');
END;
CREATE TRIGGER action_classification_floor_u BEFORE UPDATE OF classification, event_id ON action
    WHEN NEW.classification < coalesce((SELECT e.classification FROM event e WHERE e.id = NEW.event_id), 0)
BEGIN
    SELECT RAISE(ABORT, 'classification: an action may not be marked lower than its meeting');
END;

CREATE TRIGGER provision_classification_floor_i BEFORE INSERT ON provision
    WHEN NEW.classification < coalesce((SELECT p.classification FROM policy_item p WHERE p.id = NEW.policy_item_id), 0)
BEGIN
    SELECT RAISE(ABORT, 'classification: a provision may not be marked lower than its policy item');
END;
CREATE TRIGGER provision_classification_floor_u BEFORE UPDATE OF classification, policy_item_id ON provision
    WHEN NEW.classification < coalesce((SELECT p.classification FROM policy_item p WHERE p.id = NEW.policy_item_id), 0)
BEGIN
    SELECT RAISE(ABORT, 'classification: a provision may not be marked lower than its policy item');
END;

-- A parent raised raises its children (each such update runs the child's own triggers, so a meeting raised by its
-- dialogue raises its actions in turn).
CREATE TRIGGER dialogue_classification_raise AFTER UPDATE OF classification ON dialogue
    WHEN NEW.classification > OLD.classification
BEGIN
    UPDATE event SET classification = NEW.classification
        WHERE dialogue_id = NEW.id AND classification < NEW.classification;
END;
CREATE TRIGGER forum_classification_raise AFTER UPDATE OF classification ON forum
    WHEN NEW.classification > OLD.classification
BEGIN
    UPDATE event SET classification = NEW.classification
        WHERE forum_id = NEW.id AND classification < NEW.classification;
END;
CREATE TRIGGER event_classification_raise AFTER UPDATE OF classification ON event
    WHEN NEW.classification > OLD.classification
BEGIN
    UPDATE action SET classification = NEW.classification
        WHERE event_id = NEW.id AND classification < NEW.classification;
END;
CREATE TRIGGER policy_item_classification_raise AFTER UPDATE OF classification ON policy_item
    WHEN NEW.classification > OLD.classification
BEGIN
    UPDATE provision SET classification = NEW.classification
        WHERE policy_item_id = NEW.id AND classification < NEW.classification;
END;
