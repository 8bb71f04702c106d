#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes audit triggers from the columns of an empty database (migration 0007's, and any later migration's that
adds a column: give the tables to rewrite, and DROP their triggers first).

Every row change of a record table is logged with the record it belongs to (entity, entity_id: a participant
belongs to its event, a provision to its policy item) and the row itself (row_table, row_id), before and
after as JSON. Usage: tools/gen_audit_triggers.py EMPTY_DB [TABLE...] > body of a migration
(tst_Migrator checks that every column of every audited table is in its triggers.)
"""
import sqlite3
import sys

# table -> (owner entity expression, owner id expression, row id expression); R is OLD or NEW.
OWNERS = {
    "country": ("'country'", "R.id", "R.id"),
    "organization": ("'organization'", "R.id", "R.id"),
    "dialogue": ("'dialogue'", "R.id", "R.id"),
    "dialogue_party": ("'dialogue'", "R.dialogue_id", "R.country_id"),
    "forum": ("'forum'", "R.id", "R.id"),
    "forum_member": ("'forum'", "R.forum_id", "R.country_id"),
    "event": ("'event'", "R.id", "R.id"),
    "participant": ("'event'", "R.event_id", "R.id"),
    "action": ("'event'", "R.event_id", "R.id"),
    "agreement": ("'agreement'", "R.id", "R.id"),
    "agreement_party": ("'agreement'", "R.agreement_id", "R.country_id"),
    "policy_item": ("'policy_item'", "R.id", "R.id"),
    "provision": ("'policy_item'", "R.policy_item_id", "R.id"),
    "citation": ("CASE WHEN R.event_id IS NOT NULL THEN 'event' ELSE 'agreement' END",
                 "coalesce(R.event_id, R.agreement_id)", "R.id"),
    "source": ("R.entity", "R.entity_id", "R.id"),
    "tag": ("'tag'", "R.id", "R.id"),
    "entity_tag": ("R.entity", "R.entity_id", "R.tag_id"),
    "attachment": ("R.entity", "R.entity_id", "R.id"),
}


def main():
    db = sqlite3.connect(sys.argv[1])
    out = []
    only = sys.argv[2:]
    for table, (entity, entity_id, row_id) in OWNERS.items():
        if only and table not in only:
            continue
        cols = [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
        if not cols:
            sys.exit(f"no table {table}")

        def obj(r):
            return "json_object(" + ", ".join(f"'{c}', {r}.{c}" for c in cols) + ")"

        for op, when, before, after, r in (
            ("insert", "INSERT", "NULL", obj("NEW"), "NEW"),
            ("update", "UPDATE", obj("OLD"), obj("NEW"), "NEW"),
            ("delete", "DELETE", obj("OLD"), "NULL", "OLD"),
        ):
            sub = lambda s: s.replace("R.", r + ".")
            out.append(
                f"CREATE TRIGGER {table}_audit_{op[0]} AFTER {when} ON {table} WHEN liaison_audit_user() IS NOT NULL\n"
                f"BEGIN\n"
                f"    INSERT INTO audit_log (user_name, entity, entity_id, row_table, row_id, action, before_json, after_json)\n"
                f"    VALUES (liaison_audit_user(), {sub(entity)}, {sub(entity_id)}, '{table}', {sub(row_id)}, '{op}',\n"
                f"            {before},\n            {after});\n"
                f"END;\n")
    print("\n".join(out), end="")


if __name__ == "__main__":
    main()
