-- SPDX-License-Identifier: GPL-3.0-or-later
-- Liaison schema 1. Dates are ISO text of year, month or day precision ("2012", "2009-02", "2012-06-19"),
-- which sorts chronologically as text. Names are empty strings rather than NULL when unknown.
PRAGMA application_id = 1279869249;

CREATE TABLE app_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE country (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 2 AND 8 AND code = upper(code)),
    name_en     TEXT NOT NULL DEFAULT '' CHECK (length(name_en) <= 200),
    name_ja     TEXT NOT NULL DEFAULT '' CHECK (length(name_ja) <= 200),
    iso_name_en TEXT NOT NULL DEFAULT '',
    iso_name_ja TEXT NOT NULL DEFAULT '',
    region      TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL DEFAULT 'state' CHECK (kind IN ('state', 'union', 'grouping', 'other')),
    note        TEXT NOT NULL DEFAULT '',
    beyond_seed INTEGER NOT NULL DEFAULT 0 CHECK (beyond_seed IN (0, 1)),
    classification     INTEGER NOT NULL DEFAULT 0 CHECK (classification BETWEEN 0 AND 3),
    unconfirmed        INTEGER NOT NULL DEFAULT 0 CHECK (unconfirmed IN (0, 1)),
    unconfirmed_fields TEXT    NOT NULL DEFAULT '',
    version            INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at         TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at         TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (name_en <> '' OR name_ja <> '')
);
CREATE INDEX country_region ON country(region);

CREATE TABLE organization (
    id         INTEGER PRIMARY KEY,
    country_id INTEGER REFERENCES country(id) ON DELETE SET NULL,
    acronym    TEXT NOT NULL DEFAULT '',
    name_en    TEXT NOT NULL DEFAULT '',
    name_ja    TEXT NOT NULL DEFAULT '',
    kind       TEXT NOT NULL DEFAULT '',
    url        TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    classification     INTEGER NOT NULL DEFAULT 0 CHECK (classification BETWEEN 0 AND 3),
    unconfirmed        INTEGER NOT NULL DEFAULT 0 CHECK (unconfirmed IN (0, 1)),
    unconfirmed_fields TEXT    NOT NULL DEFAULT '',
    version            INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at         TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at         TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (name_en <> '' OR name_ja <> '' OR acronym <> '')
);
CREATE INDEX organization_country ON organization(country_id);

CREATE TABLE dialogue (
    id              INTEGER PRIMARY KEY,
    key             TEXT UNIQUE,
    kind            TEXT NOT NULL DEFAULT 'bilateral' CHECK (kind IN ('bilateral', 'trilateral', 'minilateral')),
    name_en         TEXT NOT NULL DEFAULT '' CHECK (length(name_en) <= 300),
    name_ja         TEXT NOT NULL DEFAULT '' CHECK (length(name_ja) <= 300),
    first_held TEXT CHECK (first_held IS NULL OR first_held GLOB '[12][0-9][0-9][0-9]' OR first_held GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR first_held GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    first_held_note TEXT NOT NULL DEFAULT '',
    agreed_date TEXT CHECK (agreed_date IS NULL OR agreed_date GLOB '[12][0-9][0-9][0-9]' OR agreed_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR agreed_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    agreed_by       TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'unknown' CHECK (status IN ('active', 'dormant', 'ended', 'unknown')),
    lead_agency     TEXT NOT NULL DEFAULT '',
    gaps            TEXT NOT NULL DEFAULT '',
    note            TEXT NOT NULL DEFAULT '',
    beyond_seed     INTEGER NOT NULL DEFAULT 0 CHECK (beyond_seed IN (0, 1)),
    classification     INTEGER NOT NULL DEFAULT 0 CHECK (classification BETWEEN 0 AND 3),
    unconfirmed        INTEGER NOT NULL DEFAULT 0 CHECK (unconfirmed IN (0, 1)),
    unconfirmed_fields TEXT    NOT NULL DEFAULT '',
    version            INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at         TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at         TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (name_en <> '' OR name_ja <> '')
);
CREATE INDEX dialogue_status ON dialogue(status);

CREATE TABLE dialogue_party (
    dialogue_id INTEGER NOT NULL REFERENCES dialogue(id) ON DELETE CASCADE,
    country_id  INTEGER NOT NULL REFERENCES country(id) ON DELETE RESTRICT,
    position    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (dialogue_id, country_id)
) WITHOUT ROWID;
CREATE INDEX dialogue_party_country ON dialogue_party(country_id);

CREATE TABLE forum (
    id             INTEGER PRIMARY KEY,
    key            TEXT UNIQUE,
    acronym        TEXT NOT NULL DEFAULT '',
    name_en        TEXT NOT NULL DEFAULT '' CHECK (length(name_en) <= 300),
    name_ja        TEXT NOT NULL DEFAULT '' CHECK (length(name_ja) <= 300),
    former_name_en TEXT NOT NULL DEFAULT '',
    former_name_ja TEXT NOT NULL DEFAULT '',
    renamed        TEXT NOT NULL DEFAULT '',
    kind           TEXT NOT NULL DEFAULT '',
    level          TEXT NOT NULL DEFAULT '',
    founded TEXT CHECK (founded IS NULL OR founded GLOB '[12][0-9][0-9][0-9]' OR founded GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR founded GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    incorporated TEXT CHECK (incorporated IS NULL OR incorporated GLOB '[12][0-9][0-9][0-9]' OR incorporated GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR incorporated GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    url            TEXT NOT NULL DEFAULT '' CHECK (url = '' OR url GLOB 'http*://*'),
    note           TEXT NOT NULL DEFAULT '',
    japan_status   TEXT NOT NULL DEFAULT '',
    japan_hosts    TEXT NOT NULL DEFAULT '',
    gaps           TEXT NOT NULL DEFAULT '',
    classification     INTEGER NOT NULL DEFAULT 0 CHECK (classification BETWEEN 0 AND 3),
    unconfirmed        INTEGER NOT NULL DEFAULT 0 CHECK (unconfirmed IN (0, 1)),
    unconfirmed_fields TEXT    NOT NULL DEFAULT '',
    version            INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at         TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at         TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (name_en <> '' OR name_ja <> '')
);
CREATE INDEX forum_kind ON forum(kind);

CREATE TABLE forum_member (
    forum_id   INTEGER NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
    country_id INTEGER NOT NULL REFERENCES country(id) ON DELETE RESTRICT,
    since TEXT CHECK (since IS NULL OR since GLOB '[12][0-9][0-9][0-9]' OR since GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR since GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    position   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (forum_id, country_id)
) WITHOUT ROWID;
CREATE INDEX forum_member_country ON forum_member(country_id);

CREATE TABLE event (
    id                INTEGER PRIMARY KEY,
    key               TEXT UNIQUE,
    dialogue_id       INTEGER REFERENCES dialogue(id) ON DELETE RESTRICT,
    forum_id          INTEGER REFERENCES forum(id) ON DELETE RESTRICT,
    kind              TEXT NOT NULL DEFAULT 'meeting' CHECK (kind IN ('round', 'meeting', 'summit', 'ministerial',
                          'intersessional', 'conference', 'exercise', 'training', 'mission', 'seminar', 'secondment',
                          'programme', 'announcement', 'agreement', 'workshop', 'other')),
    kind_note         TEXT NOT NULL DEFAULT '',
    round_number      INTEGER CHECK (round_number IS NULL OR round_number BETWEEN 1 AND 10000),
    title_en          TEXT NOT NULL DEFAULT '' CHECK (length(title_en) <= 500),
    title_ja          TEXT NOT NULL DEFAULT '' CHECK (length(title_ja) <= 500),
    start_date TEXT CHECK (start_date IS NULL OR start_date GLOB '[12][0-9][0-9][0-9]' OR start_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR start_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    end_date TEXT CHECK (end_date IS NULL OR end_date GLOB '[12][0-9][0-9][0-9]' OR end_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR end_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    date_note         TEXT NOT NULL DEFAULT '',
    place             TEXT NOT NULL DEFAULT '',
    format            TEXT NOT NULL DEFAULT 'unknown' CHECK (format IN ('in_person', 'virtual', 'hybrid', 'unknown')),
    level             TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL DEFAULT 'held' CHECK (status IN ('planned', 'held', 'cancelled')),
    summary           TEXT NOT NULL DEFAULT '',
    outcome           TEXT NOT NULL DEFAULT '',
    delegation_heads  TEXT NOT NULL DEFAULT '',
    results_published TEXT CHECK (results_published IS NULL OR results_published GLOB '[12][0-9][0-9][0-9]' OR results_published GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR results_published GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    note              TEXT NOT NULL DEFAULT '',
    classification     INTEGER NOT NULL DEFAULT 0 CHECK (classification BETWEEN 0 AND 3),
    unconfirmed        INTEGER NOT NULL DEFAULT 0 CHECK (unconfirmed IN (0, 1)),
    unconfirmed_fields TEXT    NOT NULL DEFAULT '',
    version            INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at         TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at         TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (dialogue_id IS NULL OR forum_id IS NULL),
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
    CHECK (title_en <> '' OR title_ja <> '')
);
CREATE INDEX event_start ON event(start_date);
CREATE INDEX event_dialogue ON event(dialogue_id, start_date);
CREATE INDEX event_forum ON event(forum_id, start_date);
CREATE INDEX event_kind ON event(kind);
CREATE INDEX event_status ON event(status);
CREATE UNIQUE INDEX event_dialogue_round ON event(dialogue_id, round_number)
    WHERE dialogue_id IS NOT NULL AND round_number IS NOT NULL;

CREATE TABLE participant (
    id         INTEGER PRIMARY KEY,
    event_id   INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    country_id INTEGER REFERENCES country(id) ON DELETE RESTRICT,
    organization_id INTEGER REFERENCES organization(id) ON DELETE SET NULL,
    name       TEXT NOT NULL DEFAULT '',
    side       TEXT NOT NULL DEFAULT '',
    role       TEXT NOT NULL DEFAULT '',
    position   INTEGER NOT NULL DEFAULT 0,
    classification     INTEGER NOT NULL DEFAULT 0 CHECK (classification BETWEEN 0 AND 3),
    unconfirmed        INTEGER NOT NULL DEFAULT 0 CHECK (unconfirmed IN (0, 1)),
    unconfirmed_fields TEXT    NOT NULL DEFAULT '',
    version            INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at         TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at         TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (country_id IS NOT NULL OR organization_id IS NOT NULL OR name <> '')
);
CREATE INDEX participant_event ON participant(event_id);
CREATE INDEX participant_country ON participant(country_id);

CREATE TABLE action (
    id          INTEGER PRIMARY KEY,
    event_id    INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    description TEXT NOT NULL CHECK (description <> '' AND length(description) <= 4000),
    owner       TEXT NOT NULL DEFAULT '',
    due_date TEXT CHECK (due_date IS NULL OR due_date GLOB '[12][0-9][0-9][0-9]' OR due_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR due_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')),
    note        TEXT NOT NULL DEFAULT '',
    classification     INTEGER NOT NULL DEFAULT 0 CHECK (classification BETWEEN 0 AND 3),
    unconfirmed        INTEGER NOT NULL DEFAULT 0 CHECK (unconfirmed IN (0, 1)),
    unconfirmed_fields TEXT    NOT NULL DEFAULT '',
    version            INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at         TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at         TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX action_event ON action(event_id);
CREATE INDEX action_status_due ON action(status, due_date);

CREATE TABLE agreement (
    id            INTEGER PRIMARY KEY,
    key           TEXT UNIQUE,
    kind          TEXT NOT NULL DEFAULT '',
    title_en      TEXT NOT NULL DEFAULT '' CHECK (length(title_en) <= 500),
    title_ja      TEXT NOT NULL DEFAULT '' CHECK (length(title_ja) <= 500),
    signed_date TEXT CHECK (signed_date IS NULL OR signed_date GLOB '[12][0-9][0-9][0-9]' OR signed_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR signed_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    in_force_date TEXT CHECK (in_force_date IS NULL OR in_force_date GLOB '[12][0-9][0-9][0-9]' OR in_force_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR in_force_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    expiry_date TEXT CHECK (expiry_date IS NULL OR expiry_date GLOB '[12][0-9][0-9][0-9]' OR expiry_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR expiry_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    review_date TEXT CHECK (review_date IS NULL OR review_date GLOB '[12][0-9][0-9][0-9]' OR review_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR review_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    status        TEXT NOT NULL DEFAULT 'signed' CHECK (status IN ('draft', 'signed', 'in_force', 'expired', 'terminated', 'unknown')),
    url           TEXT NOT NULL DEFAULT '' CHECK (url = '' OR url GLOB 'http*://*'),
    dialogue_id   INTEGER REFERENCES dialogue(id) ON DELETE SET NULL,
    summary       TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    classification     INTEGER NOT NULL DEFAULT 0 CHECK (classification BETWEEN 0 AND 3),
    unconfirmed        INTEGER NOT NULL DEFAULT 0 CHECK (unconfirmed IN (0, 1)),
    unconfirmed_fields TEXT    NOT NULL DEFAULT '',
    version            INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at         TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at         TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (title_en <> '' OR title_ja <> ''),
    CHECK (expiry_date IS NULL OR signed_date IS NULL OR expiry_date >= signed_date)
);
CREATE INDEX agreement_signed ON agreement(signed_date);
CREATE INDEX agreement_dialogue ON agreement(dialogue_id);

CREATE TABLE agreement_party (
    agreement_id INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
    country_id   INTEGER NOT NULL REFERENCES country(id) ON DELETE RESTRICT,
    position     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (agreement_id, country_id)
) WITHOUT ROWID;
CREATE INDEX agreement_party_country ON agreement_party(country_id);

CREATE TABLE policy_item (
    id          INTEGER PRIMARY KEY,
    key         TEXT UNIQUE,
    kind        TEXT NOT NULL DEFAULT '',
    title_en    TEXT NOT NULL DEFAULT '' CHECK (length(title_en) <= 500),
    title_ja    TEXT NOT NULL DEFAULT '' CHECK (length(title_ja) <= 500),
    law_number  TEXT NOT NULL DEFAULT '',
    issued_by   TEXT NOT NULL DEFAULT '',
    issued_date TEXT CHECK (issued_date IS NULL OR issued_date GLOB '[12][0-9][0-9][0-9]' OR issued_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR issued_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    date_note   TEXT NOT NULL DEFAULT '',
    dates_json  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(dates_json)),
    revisions_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(revisions_json)),
    note        TEXT NOT NULL DEFAULT '',
    classification     INTEGER NOT NULL DEFAULT 0 CHECK (classification BETWEEN 0 AND 3),
    unconfirmed        INTEGER NOT NULL DEFAULT 0 CHECK (unconfirmed IN (0, 1)),
    unconfirmed_fields TEXT    NOT NULL DEFAULT '',
    version            INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at         TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at         TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (title_en <> '' OR title_ja <> '')
);
CREATE INDEX policy_item_date ON policy_item(issued_date);

CREATE TABLE provision (
    id             INTEGER PRIMARY KEY,
    policy_item_id INTEGER NOT NULL REFERENCES policy_item(id) ON DELETE CASCADE,
    key            TEXT UNIQUE,
    article        TEXT NOT NULL DEFAULT '',
    label_en       TEXT NOT NULL DEFAULT '',
    label_ja       TEXT NOT NULL DEFAULT '',
    subject_en     TEXT NOT NULL DEFAULT '',
    subject_ja     TEXT NOT NULL DEFAULT '',
    position       INTEGER NOT NULL DEFAULT 0,
    classification     INTEGER NOT NULL DEFAULT 0 CHECK (classification BETWEEN 0 AND 3),
    unconfirmed        INTEGER NOT NULL DEFAULT 0 CHECK (unconfirmed IN (0, 1)),
    unconfirmed_fields TEXT    NOT NULL DEFAULT '',
    version            INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at         TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at         TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (policy_item_id, article)
);

CREATE TABLE citation (
    id           INTEGER PRIMARY KEY,
    provision_id INTEGER NOT NULL REFERENCES provision(id) ON DELETE RESTRICT,
    event_id     INTEGER REFERENCES event(id) ON DELETE CASCADE,
    agreement_id INTEGER REFERENCES agreement(id) ON DELETE CASCADE,
    note         TEXT NOT NULL DEFAULT '',
    CHECK ((event_id IS NULL) <> (agreement_id IS NULL))
);
CREATE INDEX citation_provision ON citation(provision_id);
CREATE INDEX citation_event ON citation(event_id);
CREATE INDEX citation_agreement ON citation(agreement_id);

-- Provenance: the addresses a record was read from, in order.
CREATE TABLE source (
    id        INTEGER PRIMARY KEY,
    entity    TEXT NOT NULL CHECK (entity IN ('country', 'organization', 'dialogue', 'forum', 'event', 'action',
                  'agreement', 'policy_item', 'provision')),
    entity_id INTEGER NOT NULL,
    position  INTEGER NOT NULL DEFAULT 0,
    url       TEXT NOT NULL CHECK (url <> '' AND length(url) <= 2000),
    note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX source_entity ON source(entity, entity_id, position);

CREATE TABLE tag (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> '' AND length(name) <= 100),
    color TEXT NOT NULL DEFAULT ''
);

CREATE TABLE entity_tag (
    tag_id    INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    PRIMARY KEY (tag_id, entity, entity_id)
) WITHOUT ROWID;
CREATE INDEX entity_tag_entity ON entity_tag(entity, entity_id);

CREATE TABLE attachment (
    id             INTEGER PRIMARY KEY,
    entity         TEXT NOT NULL,
    entity_id      INTEGER NOT NULL,
    sha256         TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    original_name  TEXT NOT NULL DEFAULT '',
    mime_type      TEXT NOT NULL DEFAULT '',
    size_bytes     INTEGER NOT NULL CHECK (size_bytes >= 0),
    added_by       TEXT NOT NULL DEFAULT '',
    classification     INTEGER NOT NULL DEFAULT 0 CHECK (classification BETWEEN 0 AND 3),
    unconfirmed        INTEGER NOT NULL DEFAULT 0 CHECK (unconfirmed IN (0, 1)),
    unconfirmed_fields TEXT    NOT NULL DEFAULT '',
    version            INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at         TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at         TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX attachment_entity ON attachment(entity, entity_id);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    user_name   TEXT NOT NULL DEFAULT '',
    entity      TEXT NOT NULL,
    entity_id   INTEGER NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'restore')),
    before_json TEXT CHECK (before_json IS NULL OR json_valid(before_json)),
    after_json  TEXT CHECK (after_json IS NULL OR json_valid(after_json))
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, at);

CREATE TABLE saved_view (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (name <> ''),
    section     TEXT NOT NULL,
    filter_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(filter_json)),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (section, name)
);
