#!/usr/bin/env python3
"""Convert the reference fact file (facts.yaml) into Liaison's bundled dataset.

Usage:
    convert_facts.py [--input FACTS.yaml] [--output dataset.json]
    convert_facts.py --check [--input FACTS.yaml] [--output dataset.json]

Without --check the dataset is (re)written and then checked.  With --check the
existing dataset is only checked against the fact file (exit status 1 on any
problem).

Rules followed by the conversion:
  * nothing is invented: every value comes from facts.yaml; titles of rounds
    are only derived from the dialogue/forum names and the round numbers;
  * no source URL is dropped: a "source" string holding several URLs
    separated by "; " becomes several entries of the record's "sources";
  * notes, gaps and date notes are kept; unverified records are kept and
    flagged ("unconfirmed"), unverified fields are listed in
    "unconfirmed_fields";
  * every key of every YAML mapping must be consumed by the converter, so a
    field added to facts.yaml later cannot be silently lost (the converter
    stops with an error naming the field).

Requires PyYAML (Debian: python3-yaml).
"""

import argparse
import json
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_INPUT = os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "shared", "reference", "facts.yaml"))
DEFAULT_OUTPUT = os.path.normpath(os.path.join(HERE, "..", "dataset.json"))

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
URL_RE = re.compile(r"https?://[^\s;\"]+")

EVENT_KINDS = {
    "round", "meeting", "summit", "ministerial", "intersessional",
    "conference", "exercise", "training", "mission", "seminar", "secondment",
    "programme", "announcement", "agreement", "other",
}

# Comment in facts.yaml above the ASEAN-Japan policy meeting rounds; YAML
# comments are not visible to the parser, so it is carried over here.
ASEAN_JAPAN_POLICY_MEETING_GAPS = "rounds 4, 8, 15, 16 not found; 6 only announced"

# Fora whose membership is Japan plus the ASEAN member states (the countries
# listed under the "# ASEAN member states" comment of facts.yaml).
ASEAN_JAPAN_FORA = ("asean-japan-policy-meeting", "asean-japan-cybercrime",
                    "asean-japan-summit")

# Parties of the two minilateral dialogues, derived only from what their
# names state (jp-us-kr-ci: "Japan-U.S.-ROK"; quad-scg: 日米豪印).
OTHER_DIALOGUE_PARTIES = {
    "jp-us-kr-ci": ["JP", "US", "KR"],
    "quad-scg": ["JP", "US", "AU", "IN"],
}

# Related events that are the signing of an agreement go to "agreements".
# (dialogue id, date) -> agreement key, kind, short title.
AGREEMENT_EVENTS = {
    ("jp-il", "2014-05-12"): ("jp-il-joint-statement-2014-05-12",
                              "joint statement", "Japan-Israel joint statement"),
    ("jp-il", "2018-11-29"): ("jp-il-mic-incd-moc-2018-11-29",
                              "memorandum of cooperation",
                              "MIC-Israel National Cyber Directorate MoC on cybersecurity cooperation"),
    ("jp-gb", "2024-01-17"): ("jp-gb-ncab-keidanren-moc-2024-01-17",
                              "memorandum of cooperation",
                              "UK NCAB-Keidanren Memorandum of Cooperation on cyber public-private partnership"),
    ("jp-gb", "2023-05"): ("jp-gb-hiroshima-accord-2023-05", "accord",
                           "Hiroshima Accord"),
}

# Structure read from the free text of related events (place / level / kind
# stated in the event text itself).  (dialogue id, date) -> overrides.
RELATED_EVENT_DETAILS = {
    ("jp-gb", "2026-01-31"): {"kind": "other",
                              "kind_note": "press report of a planned partnership (reported plan)"},
    ("jp-eu", "2014-05-07"): {"kind": "summit", "place": "Brussels"},
    ("jp-ee", "2013-12"): {"kind": "meeting", "place": "Tokyo",
                           "level": "division-director level"},
    ("jp-ru", "2013-11-02"): {"kind": "ministerial", "kind_note": "2+2",
                              "place": "Tokyo"},
    ("jp-ua", "2016-04-29"): {"kind": "announcement"},
    ("jp-ua", "2018-10-12"): {"kind": "meeting",
                              "kind_note": "security consultations (not cyber-specific)",
                              "place": "Tokyo"},
}

# Capacity-building items: event kind, and the countries stated in the text.
CB_KIND = {
    "ajccbc": "programme",
    "jasper": "programme",
    "asean-japan-collaborative-activities": "programme",
    "jica-cybercrime-training-2015": "training",
    "vn-survey-2015": "mission",
    "mod-vn-seminars": "seminar",
    "mod-ccdcoe": "secondment",
    "ua-cyberpolice": "programme",
}
CB_PARTICIPANTS = {
    "vn-survey-2015": [{"country": "VN", "role": "recipient"}],
    "mod-vn-seminars": [{"country": "VN", "role": "recipient"}],
    "ua-cyberpolice": [{"country": "UA", "role": "recipient"}],
}
CB_PLACE_FROM_NAME = {
    # "MOD staff seconded to NATO CCDCOE (Tallinn)"
    "mod-ccdcoe": "Tallinn",
}


class Fields:
    """A YAML mapping whose keys must all be consumed."""

    def __init__(self, mapping, where):
        self.d = dict(mapping)
        self.where = where

    def take(self, key, default=None):
        return self.d.pop(key, default)

    def done(self):
        if self.d:
            raise SystemExit("convert_facts: unhandled field(s) %s in %s"
                             % (sorted(self.d), self.where))


def split_sources(value):
    if value is None:
        return []
    if isinstance(value, list):
        out = []
        for v in value:
            out.extend(split_sources(v))
        return out
    return [part.strip() for part in str(value).split(";") if part.strip()]


def text(value):
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip()
    return str(value)


def is_virtual(location):
    if not location:
        return False
    low = location.lower()
    return "online" in low or "video conference" in low


def fmt_of(location, explicit=None):
    if explicit:
        return explicit
    return "virtual" if is_virtual(location) else "unknown"


def repair_flow_commas(obj, raw, repairs):
    """Undo a YAML pitfall of facts.yaml.

    In a flow mapping ``{subject: a (b, c), source: ...}`` an unquoted value
    holding ", " is cut at the comma: YAML reads ``subject: "a (b"`` followed
    by the key ``"c)"`` with a null value.  Such a value is recognisable by an
    unclosed parenthesis; it is rebuilt by joining the following null-valued
    keys back with ", " until the parenthesis closes.  The rebuilt text must
    occur verbatim in the fact file, otherwise the converter stops.
    """
    if isinstance(obj, list):
        return [repair_flow_commas(v, raw, repairs) for v in obj]
    if not isinstance(obj, dict):
        return obj
    items = list(obj.items())
    out = {}
    i = 0
    while i < len(items):
        k, v = items[i]
        i += 1
        if isinstance(v, str) and v.count("(") > v.count(")"):
            parts = [v]
            while (i < len(items) and items[i][1] is None
                   and "".join(parts).count("(") > "".join(parts).count(")")):
                parts.append(str(items[i][0]))
                i += 1
            joined = ", ".join(parts)
            if joined.count("(") != joined.count(")") or \
                    re.sub(r"\s+", " ", joined) not in re.sub(r"\s+", " ", raw):
                raise SystemExit("convert_facts: cannot repair value %r of %r" % (v, k))
            if len(parts) > 1:
                repairs.append("%s: %r -> %r" % (k, v, joined))
            v = joined
        out[k] = repair_flow_commas(v, raw, repairs)
    return out


# --------------------------------------------------------------------------
# conversion
# --------------------------------------------------------------------------

def convert_countries(src):
    out = []
    for c in src:
        f = Fields(c, "countries/%s" % c.get("code"))
        code = f.take("code")
        rec = {
            "code": code,
            "name_en": text(f.take("name_en")),
            "name_ja": text(f.take("name_ja")),
            "iso_name_en": text(f.take("iso_name_en")),
            "iso_name_ja": text(f.take("iso_ja")),
            "region": text(f.take("region")),
            "kind": "union" if code == "EU" else "state",
            "note": text(f.take("note")),
            "beyond_seed": bool(f.take("beyond_seed", False)),
            "sources": split_sources(f.take("source")),
            "unconfirmed": bool(f.take("unverified", False)),
            "unconfirmed_fields": [],
        }
        f.done()
        out.append(rec)
    return out


def round_titles(name_en, name_ja, number, kind_note):
    if number is not None:
        if kind_note:
            en = "%s — %s, Round %d" % (name_en, kind_note, number)
            ja = "%s（%s 第%d回）" % (name_ja, kind_note, number) if name_ja else None
        else:
            en = "%s — Round %d" % (name_en, number)
            ja = "%s（第%d回）" % (name_ja, number) if name_ja else None
    else:
        en = "%s — %s" % (name_en, kind_note or "meeting")
        ja = "%s（回次不明）" % name_ja if name_ja else None
    return en, ja


def new_event(key):
    return {
        "key": key,
        "dialogue": None,
        "forum": None,
        "kind": None,
        "kind_note": None,
        "round_number": None,
        "title_en": None,
        "title_ja": None,
        "start_date": None,
        "end_date": None,
        "date_note": None,
        "place": None,
        "format": "unknown",
        "level": None,
        "status": "held",
        "summary": None,
        "outcome": None,
        "delegation_heads": [],
        "results_published": None,
        "note": None,
        "participants": [],
        "sources": [],
        "unconfirmed": False,
        "unconfirmed_fields": [],
    }


def convert_round(rnd, dlg_key, name_en, name_ja, parties, where):
    f = Fields(rnd, where)
    number = f.take("number")
    yaml_kind = text(f.take("kind"))
    date = text(f.take("date"))
    if number is not None:
        key = "%s-r%d" % (dlg_key, number)
    elif yaml_kind and "intersessional" in yaml_kind:
        key = "%s-intersessional-%s" % (dlg_key, date)
    else:
        key = "%s-%s" % (dlg_key, date)
    ev = new_event(key)
    ev["dialogue"] = dlg_key
    ev["round_number"] = number
    if yaml_kind and "intersessional" in yaml_kind:
        ev["kind"] = "intersessional"
    else:
        ev["kind"] = "round"
    ev["kind_note"] = yaml_kind
    ev["title_en"], ev["title_ja"] = round_titles(name_en, name_ja, number, yaml_kind)
    ev["start_date"] = date
    ev["end_date"] = text(f.take("end_date"))
    ev["date_note"] = text(f.take("date_note"))
    location = text(f.take("location"))
    ev["place"] = location
    ev["format"] = fmt_of(location)
    ev["level"] = text(f.take("level"))
    ev["note"] = text(f.take("note"))
    ev["participants"] = [{"country": c, "role": "party"} for c in parties]
    ev["sources"] = split_sources(f.take("source"))
    ev["unconfirmed"] = bool(f.take("unverified", False))
    uf = []
    if f.take("location_unverified", False):
        uf.append("place")
    if f.take("number_unverified", False):
        uf.append("round_number")
    du = f.take("date_unverified")
    if du:
        uf.append("start_date")
        ev["date_note"] = "; ".join(x for x in (ev["date_note"], text(du)) if x)
    ev["unconfirmed_fields"] = uf
    f.done()
    return ev


def convert_dialogues(bilateral, other):
    dialogues, events, agreements = [], [], []
    for d in bilateral:
        f = Fields(d, "bilateral_dialogues/%s" % d.get("id"))
        key = f.take("id")
        partners = list(f.take("partners") or [])
        parties = ["JP"] + partners
        kind = {1: "bilateral", 2: "trilateral"}.get(len(partners))
        if kind is None:
            raise SystemExit("convert_facts: %s has %d partners" % (key, len(partners)))
        name_en = text(f.take("name_en"))
        name_ja = text(f.take("name_ja"))
        uf = []
        if f.take("name_en_unverified", False):
            uf.append("name_en")
        if f.take("name_ja_unverified", False):
            uf.append("name_ja")
        agreed = f.take("agreed")
        sources = []
        agreed_date = agreed_by = None
        if agreed:
            af = Fields(agreed, "%s/agreed" % key)
            agreed_date = text(af.take("date"))
            agreed_by = text(af.take("by"))
            sources.extend(split_sources(af.take("source")))
            af.done()
        sources.extend(split_sources(f.take("source")))
        rounds = f.take("rounds") or []
        round_events = []
        for i, r in enumerate(rounds):
            round_events.append(convert_round(
                r, key, name_en, name_ja, parties, "%s/rounds[%d]" % (key, i)))
        related = f.take("related_events") or []
        related_events = []
        for i, r in enumerate(related):
            rf = Fields(r, "%s/related_events[%d]" % (key, i))
            date = text(rf.take("date"))
            event_text = text(rf.take("event"))
            srcs = split_sources(rf.take("source"))
            unverified = bool(rf.take("unverified", False))
            note = text(rf.take("note"))
            yaml_status = text(rf.take("status"))
            rf.done()
            if (key, date) in AGREEMENT_EVENTS:
                akey, akind, atitle = AGREEMENT_EVENTS[(key, date)]
                agreements.append({
                    "key": akey,
                    "kind": akind,
                    "title_en": atitle,
                    "title_ja": None,
                    "parties": parties,
                    "signed_date": date,
                    "in_force_date": None,
                    "expiry_date": None,
                    "review_date": None,
                    "status": "signed",
                    "url": None,
                    "dialogue": key,
                    "summary": event_text,
                    "note": note,
                    "sources": srcs,
                    "unconfirmed": unverified,
                    "unconfirmed_fields": [],
                })
                continue
            det = RELATED_EVENT_DETAILS.get((key, date))
            if det is None:
                raise SystemExit("convert_facts: no mapping for related event %s %s"
                                 % (key, date))
            ev = new_event("%s-rel-%s" % (key, date))
            ev["dialogue"] = key
            ev["kind"] = det["kind"]
            ev["kind_note"] = det.get("kind_note")
            ev["title_en"] = event_text
            ev["start_date"] = date
            ev["place"] = det.get("place")
            ev["level"] = det.get("level")
            ev["status"] = "planned" if yaml_status == "reported_plan" else "held"
            if yaml_status not in (None, "reported_plan"):
                raise SystemExit("convert_facts: unknown status %r" % yaml_status)
            ev["summary"] = event_text
            ev["note"] = note
            ev["participants"] = [{"country": c, "role": "party"} for c in parties]
            ev["sources"] = srcs
            ev["unconfirmed"] = unverified
            related_events.append(ev)
        held_dates = [e["start_date"] for e in round_events if e["start_date"]]
        status = "active" if any(dt[:4] >= "2019" for dt in held_dates) else "unknown"
        rec = {
            "key": key,
            "kind": kind,
            "parties": parties,
            "name_en": name_en,
            "name_ja": name_ja,
            "first_held": text(f.take("first_held")),
            "first_held_note": text(f.take("first_held_note")),
            "agreed_date": agreed_date,
            "agreed_by": agreed_by,
            "status": status,
            "gaps": text(f.take("gaps")),
            "note": text(f.take("note")),
            "beyond_seed": bool(f.take("beyond_seed", False)),
            "sources": sources,
            "unconfirmed": bool(f.take("unverified", False)),
            "unconfirmed_fields": uf,
        }
        f.done()
        dialogues.append(rec)
        events.extend(round_events)
        events.extend(related_events)

    # other_dialogues: "# beyond_seed, minilateral" (YAML comment)
    for d in other:
        f = Fields(d, "other_dialogues/%s" % d.get("id"))
        key = f.take("id")
        parties = OTHER_DIALOGUE_PARTIES[key]
        name_en_full = text(f.take("name_en"))
        name_ja = text(f.take("name_ja"))
        # "Quad Senior Cyber Group (3rd in-person meeting)": the parenthesis
        # describes the meeting, not the group.
        m = re.match(r"^(.*?) \((\d+\w* in-person meeting)\)$", name_en_full)
        if m:
            dlg_name_en, meeting_note = m.group(1), m.group(2)
        else:
            dlg_name_en, meeting_note = name_en_full, None
        date = text(f.take("date"))
        location = text(f.take("location"))
        srcs = split_sources(f.take("source"))
        ev = new_event("%s-%s" % (key, date))
        ev["dialogue"] = key
        ev["kind"] = "meeting"
        ev["kind_note"] = meeting_note
        ev["title_en"] = name_en_full
        ev["title_ja"] = name_ja
        ev["start_date"] = date
        ev["end_date"] = text(f.take("end_date"))
        ev["place"] = location
        ev["format"] = fmt_of(location, "in_person" if meeting_note and "in-person" in meeting_note else None)
        ev["participants"] = [{"country": c, "role": "party"} for c in parties]
        ev["sources"] = list(srcs)
        rec = {
            "key": key,
            "kind": "minilateral",
            "parties": parties,
            "name_en": dlg_name_en,
            "name_ja": name_ja,
            "first_held": None,
            "first_held_note": None,
            "agreed_date": None,
            "agreed_by": None,
            "status": "active" if date and date[:4] >= "2019" else "unknown",
            "gaps": None,
            "note": None,
            "beyond_seed": True,
            "sources": list(srcs),
            "unconfirmed": bool(f.take("unverified", False)),
            "unconfirmed_fields": [],
        }
        f.done()
        dialogues.append(rec)
        events.append(ev)
    return dialogues, events, agreements


def acronym_of(name_en, name_ja):
    for name, pat in ((name_en, r"\(([^()]*)\)"), (name_ja, r"（([^（）]*)）")):
        if not name:
            continue
        for cand in re.findall(pat, name):
            # a single word starting with a capital: "G7", "T-CY", "NatCSIRT";
            # not "London Process" or "Meridian CIIP Conference"
            if re.fullmatch(r"[A-Z][A-Za-z0-9-]+", cand):
                return cand
    return None


def convert_fora(src, countries):
    asean = [c["code"] for c in countries if c["region"] == "Southeast Asia"]
    out = []
    for d in src:
        f = Fields(d, "fora/%s" % d.get("id"))
        key = f.take("id")
        name_en = text(f.take("name_en"))
        name_ja = text(f.take("name_ja"))
        uf = []
        if f.take("name_ja_unverified", False):
            uf.append("name_ja")
        if f.take("founded_unverified", False):
            uf.append("founded")
        if f.take("url_unverified", False):
            uf.append("url")
        hosts = f.take("hosts_jp")
        members = []
        if key in ASEAN_JAPAN_FORA:
            members = [{"country": c, "since": None} for c in ["JP"] + asean]
        rec = {
            "key": key,
            "acronym": acronym_of(name_en, name_ja),
            "name_en": name_en,
            "name_ja": name_ja,
            "former_name_en": text(f.take("former_name_en")),
            "former_name_ja": text(f.take("former_name_ja")),
            "renamed": text(f.take("renamed")),
            "kind": text(f.take("kind")),
            "level": text(f.take("level")),
            "founded": text(f.take("founded")),
            "incorporated": text(f.take("incorporated")),
            "url": text(f.take("url")),
            "note": text(f.take("note")),
            "japan_status": text(f.take("japan_status")),
            "japan_hosts": ", ".join(hosts) if hosts else None,
            "gaps": ASEAN_JAPAN_POLICY_MEETING_GAPS if key == "asean-japan-policy-meeting" else None,
            "members": members,
            "sources": split_sources(f.take("source")),
            "unconfirmed": bool(f.take("unverified", False)),
            "unconfirmed_fields": uf,
        }
        f.done()
        out.append(rec)
    return out


FORUM_MEETING_KIND = {
    "london-process": "conference",
    "meridian": "conference",
    "arf": "meeting",
}
ARF_SERIES = {"ARF ISM on ICTs Security": "ism",
              "Open Ended Study Group on CBMs": "oesg"}


def convert_forum_meetings(src, fora):
    by_key = {fo["key"]: fo for fo in fora}
    out = []
    for i, m in enumerate(src):
        f = Fields(m, "forum_meetings[%d]" % i)
        forum = f.take("forum")
        fo = by_key[forum]
        number = f.take("number")
        yaml_kind = text(f.take("kind"))
        own_name = text(f.take("name_en"))
        date = text(f.take("date"))
        if yaml_kind in ("ministerial", "summit"):
            kind, kind_note = yaml_kind, None
        elif yaml_kind:
            kind, kind_note = FORUM_MEETING_KIND.get(forum, "meeting"), yaml_kind
        elif number is not None:
            kind, kind_note = FORUM_MEETING_KIND.get(forum, "round"), None
        else:
            kind, kind_note = FORUM_MEETING_KIND.get(forum, "meeting"), None
        if number is not None:
            if forum == "arf":
                key = "%s-%s-r%d" % (forum, ARF_SERIES[yaml_kind], number)
            else:
                key = "%s-r%d" % (forum, number)
        elif kind in ("ministerial", "summit"):
            key = "%s-%s-%s" % (forum, kind, date)
        else:
            key = "%s-%s" % (forum, date)
        ev = new_event(key)
        ev["forum"] = forum
        ev["kind"] = kind
        ev["kind_note"] = kind_note
        ev["round_number"] = number
        if own_name:
            ev["title_en"], ev["title_ja"] = own_name, None
        else:
            ev["title_en"], ev["title_ja"] = round_titles(
                fo["name_en"], fo["name_ja"], number, kind_note or (kind if number is None else None))
        ev["start_date"] = date
        ev["end_date"] = text(f.take("end_date"))
        ev["date_note"] = text(f.take("date_note"))
        location = text(f.take("location"))
        ev["place"] = location
        ev["format"] = fmt_of(location)
        ev["results_published"] = text(f.take("results_published"))
        note = text(f.take("note"))
        if forum == "g7" or (forum == "asean-japan-policy-meeting" and number == 10):
            # these notes state what the meeting decided
            ev["outcome"] = note
        else:
            ev["note"] = note
        rep = text(f.take("japan_rep"))
        if rep:
            ev["delegation_heads"] = ["Japan: %s" % rep]
            ev["participants"] = [{"country": "JP", "role": "participant"}]
        co = f.take("co_chairs") or []
        if co:
            ev["participants"] = [{"country": c, "role": "co-chair"} for c in co]
        if forum == "meridian":
            # fora/meridian note: "Japan hosted Nov 2014"
            ev["participants"] = [{"country": "JP", "role": "host"}]
        ev["sources"] = split_sources(f.take("source"))
        unverified = bool(f.take("unverified", False))
        ev["unconfirmed"] = unverified
        if forum == "asean-japan-policy-meeting" and number == 6 and date is None:
            ev["status"] = "planned"     # "announced as next venue at 5th meeting"
        uf = []
        du = f.take("date_unverified")
        if du:
            uf.append("start_date")
            ev["date_note"] = "; ".join(x for x in (ev["date_note"], text(du)) if x)
        if f.take("location_unverified", False):
            uf.append("place")
        ev["unconfirmed_fields"] = uf
        f.done()
        out.append(ev)
    return out


def convert_capacity_building(src):
    out = []
    for d in src:
        f = Fields(d, "capacity_building/%s" % d.get("id"))
        cid = f.take("id")
        name_en = text(f.take("name_en"))
        name_ja = text(f.take("name_ja"))
        srcs = split_sources(f.take("source"))
        location = text(f.take("location"))
        established = text(f.take("established"))
        announced = text(f.take("announced"))
        agreed_at = text(f.take("agreed_at"))
        date = text(f.take("date"))
        end_date = text(f.take("end_date"))
        dates = f.take("dates")
        note = text(f.take("note"))

        parts = []
        facts = f.take("facts") or []
        parts.extend(text(x) for x in facts)
        target = text(f.take("target"))
        if target:
            parts.append("target: %s" % target)
        activities = f.take("activities") or []
        if activities:
            parts.append("activities: %s" % ", ".join(text(x) for x in activities))
        added = text(f.take("added_2020"))
        if added:
            parts.append("added in 2020: %s" % added)
        notes = f.take("notes") or []
        parts.extend(text(x) for x in notes)
        summary = "; ".join(parts) if parts else None

        date_note = None
        start = date
        if established:
            start, date_note = established, "established %s" % established
        elif announced:
            start, date_note = announced, "announced %s" % announced
        elif agreed_at:
            m = re.search(r"\((\d{4}(?:-\d{2})?)\)", agreed_at)
            start = m.group(1) if m else None
            date_note = "agreed at %s" % agreed_at
        note_parts = [note] if note else []

        starts = list(dates) if dates else [start]
        for dt in starts:
            key = "cb-%s" % cid if not dates else "cb-%s-%s" % (cid, dt)
            ev = new_event(key)
            ev["kind"] = CB_KIND[cid]
            ev["title_en"] = name_en
            ev["title_ja"] = name_ja
            ev["start_date"] = text(dt)
            ev["end_date"] = end_date
            ev["date_note"] = date_note
            if dates:
                ev["date_note"] = ("facts.yaml gives %d dates for this item (%s); one event per date"
                                   % (len(dates), ", ".join(dates)))
            ev["place"] = location or CB_PLACE_FROM_NAME.get(cid)
            ev["summary"] = summary
            ev["note"] = "; ".join(note_parts) if note_parts else None
            ev["participants"] = list(CB_PARTICIPANTS.get(cid, []))
            ev["sources"] = list(srcs)
            ev["unconfirmed"] = bool(d.get("unverified", False))
            out.append(ev)
        f.take("unverified")
        f.done()
    return out


def convert_policy(src):
    out = []
    for d in src:
        f = Fields(d, "policy_documents/%s" % d.get("id"))
        key = f.take("id")
        uf = []
        if f.take("issued_by_unverified", False):
            uf.append("issued_by")
        if f.take("title_en_unverified", False):
            uf.append("title_en")
        dates = f.take("dates")
        if dates:
            df = Fields(dates, "%s/dates" % key)
            dates = {k: text(df.take(k)) for k in
                     ("adopted", "opened_for_signature", "in_force",
                      "japan_acceptance", "in_force_for_japan")}
            df.done()
        provisions = []
        for j, a in enumerate(f.take("articles") or []):
            af = Fields(a, "%s/articles[%d]" % (key, j))
            art = str(af.take("article"))
            provisions.append({
                "key": "%s-art%s" % (key, art),
                "article": art,
                "label_en": "Article %s" % art,
                "label_ja": "第%s条" % art,
                "subject_en": text(af.take("subject")),
                "sources": split_sources(af.take("source")),
            })
            af.done()
        rec = {
            "key": key,
            "kind": text(f.take("kind")),
            "title_en": text(f.take("title_en")),
            "title_ja": text(f.take("title_ja")),
            "law_number": text(f.take("law_number")),
            "issued_by": text(f.take("issued_by")),
            "date": text(f.take("date")),
            "date_note": text(f.take("date_note")),
            "dates": dates or None,
            "revisions": [text(x) for x in (f.take("revisions") or [])],
            "note": text(f.take("note")),
            "sources": split_sources(f.take("source")),
            "unconfirmed": bool(f.take("unverified", False)),
            "unconfirmed_fields": uf,
            "provisions": provisions,
        }
        f.done()
        out.append(rec)
    return out


def convert(facts):
    f = Fields(facts, "top level")
    meta_src = Fields(f.take("meta"), "meta")
    meta = {k: text(meta_src.take(k)) for k in ("scope_note", "iso_reference", "seed_correction")}
    meta_src.done()
    countries = convert_countries(f.take("countries"))
    dialogues, d_events, agreements = convert_dialogues(
        f.take("bilateral_dialogues"), f.take("other_dialogues"))
    fora = convert_fora(f.take("fora"), countries)
    fm_events = convert_forum_meetings(f.take("forum_meetings"), fora)
    cb_events = convert_capacity_building(f.take("capacity_building"))
    policy = convert_policy(f.take("policy_documents"))
    f.done()
    return {
        "format": "liaison-dataset",
        "version": 1,
        "meta": meta,
        "countries": countries,
        "dialogues": dialogues,
        "fora": fora,
        "events": d_events + fm_events + cb_events,
        "agreements": agreements,
        "policy_items": policy,
    }


# --------------------------------------------------------------------------
# check
# --------------------------------------------------------------------------

def check(facts_path, data):
    problems = []
    with open(facts_path, encoding="utf-8") as fh:
        raw = fh.read()
    dumped = json.dumps(data, ensure_ascii=False)

    # (1) every URL of facts.yaml is in the dataset, in some record's sources
    all_sources = set()

    def collect(x):
        if isinstance(x, dict):
            for k, v in x.items():
                if k == "sources":
                    all_sources.update(v)
                else:
                    collect(v)
        elif isinstance(x, list):
            for v in x:
                collect(v)
    collect(data)
    for url in sorted(set(URL_RE.findall(raw))):
        if url not in dumped:
            problems.append("URL missing from dataset: %s" % url)
        elif url not in all_sources and not any(url == r.get("url") for r in data["fora"]):
            problems.append("URL not in any 'sources' list: %s" % url)
    for s in all_sources:
        if not URL_RE.fullmatch(s):
            problems.append("source entry is not a single URL: %r" % s)

    # (2) counts
    expected = {"countries": 25, "dialogues": 16, "fora": 15, "policy_items": 17}
    for lst, n in expected.items():
        if len(data[lst]) != n:
            problems.append("%s: %d records, expected %d" % (lst, len(data[lst]), n))
    nprov = sum(len(p["provisions"]) for p in data["policy_items"])
    if nprov != 2:
        problems.append("provisions: %d, expected 2" % nprov)

    # (3) references
    ccodes = {c["code"] for c in data["countries"]}
    dkeys = {d["key"] for d in data["dialogues"]}
    fkeys = {f["key"] for f in data["fora"]}
    for lst, keyname in (("countries", "code"), ("dialogues", "key"), ("fora", "key"),
                         ("events", "key"), ("agreements", "key"), ("policy_items", "key")):
        seen = set()
        for r in data[lst]:
            k = r[keyname]
            if not k or k in seen:
                problems.append("%s: missing or duplicate key %r" % (lst, k))
            seen.add(k)
            for fld in ("sources", "unconfirmed", "unconfirmed_fields"):
                if fld not in r:
                    problems.append("%s/%s: no %s" % (lst, k, fld))
            for fld in r.get("unconfirmed_fields", []):
                if fld not in r:
                    problems.append("%s/%s: unconfirmed field %r is not a field" % (lst, k, fld))
    pkeys = [p["key"] for p in data["policy_items"]]
    provkeys = [pv["key"] for p in data["policy_items"] for pv in p["provisions"]]
    if len(set(provkeys)) != len(provkeys):
        problems.append("duplicate provision keys")
    for d in data["dialogues"]:
        for c in d["parties"]:
            if c not in ccodes:
                problems.append("dialogue %s: unknown party %s" % (d["key"], c))
    for fo in data["fora"]:
        for m in fo["members"]:
            if m["country"] not in ccodes:
                problems.append("forum %s: unknown member %s" % (fo["key"], m["country"]))
    for e in data["events"]:
        if e["dialogue"] is not None and e["dialogue"] not in dkeys:
            problems.append("event %s: unknown dialogue %s" % (e["key"], e["dialogue"]))
        if e["forum"] is not None and e["forum"] not in fkeys:
            problems.append("event %s: unknown forum %s" % (e["key"], e["forum"]))
        if e["kind"] not in EVENT_KINDS:
            problems.append("event %s: bad kind %r" % (e["key"], e["kind"]))
        if e["status"] not in ("held", "planned"):
            problems.append("event %s: bad status %r" % (e["key"], e["status"]))
        if e["format"] not in ("virtual", "in_person", "unknown"):
            problems.append("event %s: bad format %r" % (e["key"], e["format"]))
        for p in e["participants"]:
            if p["country"] not in ccodes:
                problems.append("event %s: unknown country %s" % (e["key"], p["country"]))
    for a in data["agreements"]:
        if a["dialogue"] is not None and a["dialogue"] not in dkeys:
            problems.append("agreement %s: unknown dialogue %s" % (a["key"], a["dialogue"]))
        for c in a["parties"]:
            if c not in ccodes:
                problems.append("agreement %s: unknown party %s" % (a["key"], c))
    del pkeys

    # (4) dates
    date_fields = {
        "dialogues": ("first_held", "agreed_date"),
        "fora": ("founded", "incorporated"),
        "events": ("start_date", "end_date", "results_published"),
        "agreements": ("signed_date", "in_force_date", "expiry_date", "review_date"),
        "policy_items": ("date",),
    }
    for lst, fields in date_fields.items():
        for r in data[lst]:
            for fld in fields:
                v = r[fld]
                if v is not None and not DATE_RE.match(v):
                    problems.append("%s/%s: bad date %s=%r" % (lst, r["key"], fld, v))
    for p in data["policy_items"]:
        for k, v in (p["dates"] or {}).items():
            if v is not None and not DATE_RE.match(v):
                problems.append("policy %s: bad date dates.%s=%r" % (p["key"], k, v))
    for e in data["events"]:
        if e["start_date"] and e["end_date"] and e["end_date"] < e["start_date"]:
            problems.append("event %s: end before start" % e["key"])
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", default=DEFAULT_INPUT)
    ap.add_argument("--output", default=DEFAULT_OUTPUT)
    ap.add_argument("--check", action="store_true",
                    help="only check an existing dataset against the fact file")
    args = ap.parse_args()

    if not args.check:
        with open(args.input, encoding="utf-8") as fh:
            raw = fh.read()
        repairs = []
        facts = repair_flow_commas(yaml.safe_load(raw), raw, repairs)
        for r in repairs:
            print("repaired unquoted comma value: %s" % r, file=sys.stderr)
        data = convert(facts)
        with open(args.output, "w", encoding="utf-8", newline="\n") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote %s" % args.output)

    with open(args.output, encoding="utf-8") as fh:
        data = json.load(fh)
    problems = check(args.input, data)
    for lst in ("countries", "dialogues", "fora", "events", "agreements", "policy_items"):
        print("%-13s %d" % (lst, len(data[lst])))
    print("%-13s %d" % ("provisions", sum(len(p["provisions"]) for p in data["policy_items"])))
    if problems:
        for p in problems:
            print("PROBLEM: %s" % p, file=sys.stderr)
        return 1
    print("check: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
