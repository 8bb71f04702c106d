-- SPDX-License-Identifier: GPL-3.0-or-later
-- Liaison schema 6: an index for every sortable column of the big tables, so the first page of any sort is read
-- in order instead of sorting every row. Title sorts use the interface language's form with the other as
-- fallback, exactly as ListQuery orders them.
CREATE INDEX event_title_en_sort ON event(coalesce(nullif(title_en, ''), title_ja));
CREATE INDEX event_title_ja_sort ON event(coalesce(nullif(title_ja, ''), title_en));
CREATE INDEX event_round ON event(round_number);
CREATE INDEX event_place ON event(place);
CREATE INDEX event_format ON event(format);
CREATE INDEX event_level ON event(level);
CREATE INDEX action_due ON action(due_date);
CREATE INDEX action_description ON action(description);
CREATE INDEX action_owner ON action(owner);
CREATE INDEX action_status ON action(status);
