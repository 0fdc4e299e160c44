#!/usr/bin/env python3
"""Join the hand-written part files into needs.json.

This script generates no text. It only reads parts/<label>.txt (one statement a
line, `who | style code | text`), checks every line, shuffles with a fixed seed
and writes needs.json. Any problem stops the build with an error; nothing is
silently dropped or repaired.
"""
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PARTS = os.path.join(HERE, "parts")
OUT = os.path.join(HERE, "needs.json")
SEED = 15

LABELS = ["universal", "service", "assessment", "specific"]
WHO = ["Child", "Mother", "Father", "Parent or carer", "Sibling", "Whole family", "Other"]
STYLES = {
    "T": "terse with abbreviations",
    "V": "long and verbose",
    "Y": "typos and no capitals",
    "P": "mainly about the parents",
    "X": "careful textbook",
    "F": "first person",
    "L": "plain everyday",
    "W": "written by a school",
}

MONTHS = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
PERSONAL = [
    ("email address", re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")),
    ("web address", re.compile(r"(https?://|www\.)", re.I)),
    ("phone or long number", re.compile(r"\+?\d[\d \-]{6,}\d")),
    ("NHS-number-like", re.compile(r"\b\d{3}[ -]?\d{3}[ -]?\d{4}\b")),
    ("numeric date", re.compile(r"\b\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}\b")),
    ("day and month", re.compile(r"\b\d{1,2}(st|nd|rd|th)?\s+(of\s+)?" + MONTHS + r"\b", re.I)),
    ("month and year", re.compile(r"\b" + MONTHS + r"\s+\d{4}\b", re.I)),
    ("postcode", re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.I)),
    ("street address", re.compile(r"\b\d+[a-z]?\s+\w+\s+(road|rd|street|st|avenue|ave|lane|close|drive|way|crescent|court|gardens|terrace)\b", re.I)),
    ("titled surname", re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z]+")),
    ("date of birth", re.compile(r"\b(dob|d\.o\.b)\b", re.I)),
]
FIRST_PERSON = re.compile(r"\b(i|i'm|i've|i'll|me|my|we|us|our)\b", re.I)


def die(msg):
    sys.exit("build.py: ERROR: " + msg)


def norm(text):
    t = text.lower()
    t = re.sub(r"[^a-z0-9 ]+", " ", t)
    return " ".join(t.split())


def main():
    found = sorted(f for f in os.listdir(PARTS) if not f.startswith("."))
    expected = sorted(l + ".txt" for l in LABELS)
    if found != expected:
        die("parts/ must hold exactly %s, found %s" % (expected, found))

    items, seen, errors = [], {}, []
    for label in LABELS:
        path = os.path.join(PARTS, label + ".txt")
        with open(path, encoding="utf-8") as fh:
            for n, raw in enumerate(fh, 1):
                line = raw.rstrip("\n")
                where = "%s.txt line %d" % (label, n)
                if not line.strip():
                    errors.append(where + ": blank line")
                    continue
                fields = [f.strip() for f in line.split("|")]
                if len(fields) != 3:
                    errors.append(where + ": expected 3 fields separated by '|', got %d" % len(fields))
                    continue
                who, code, text = fields
                if who not in WHO:
                    errors.append(where + ": unknown who %r" % who)
                if code not in STYLES:
                    errors.append(where + ": unknown style code %r" % code)
                if not text:
                    errors.append(where + ": empty text")
                    continue
                if text != " ".join(text.split()):
                    errors.append(where + ": stray whitespace in text")
                for kind, rx in PERSONAL:
                    if rx.search(text):
                        errors.append(where + ": looks like personal data (%s)" % kind)
                if code == "Y" and re.search(r"[A-Z]", text):
                    errors.append(where + ": style Y must have no capitals")
                if code == "F" and not FIRST_PERSON.search(text):
                    errors.append(where + ": style F must be in the first person")
                key = norm(text)
                if key in seen:
                    errors.append(where + ": duplicate of " + seen[key])
                else:
                    seen[key] = where
                items.append({"text": text, "label": label, "who": who,
                              "style": STYLES.get(code, code), "_code": code})

    # every label must be spread over every style
    for label in LABELS:
        codes = {i["_code"] for i in items if i["label"] == label}
        missing = sorted(set(STYLES) - codes)
        if missing:
            errors.append("label %s has no statements in style(s) %s" % (label, missing))

    if errors:
        for e in errors:
            print("build.py: " + e, file=sys.stderr)
        die("%d problem(s); needs.json not written" % len(errors))

    for i in items:
        del i["_code"]
    random.Random(SEED).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as fh:
        json.dump(items, fh, ensure_ascii=False, indent=1)
        fh.write("\n")

    # re-read and verify what was written
    with open(OUT, encoding="utf-8") as fh:
        back = json.load(fh)
    if len(back) != len(items) or back != items:
        die("needs.json does not read back identically")
    for rec in back:
        if set(rec) != {"text", "label", "who", "style"}:
            die("record with wrong keys: %r" % sorted(rec))

    total = len(back)
    print("wrote %s: %d statements" % (OUT, total))
    print("by label:")
    for l, c in sorted(Counter(r["label"] for r in back).items()):
        print("  %-11s %4d  %5.1f%%" % (l, c, 100.0 * c / total))
    print("by style:")
    for s, c in sorted(Counter(r["style"] for r in back).items()):
        print("  %-26s %4d" % (s, c))
    print("by who:")
    for w, c in sorted(Counter(r["who"] for r in back).items()):
        print("  %-16s %4d" % (w, c))
    print("label x style:")
    for l in LABELS:
        row = Counter(r["style"] for r in back if r["label"] == l)
        print("  %-11s " % l + " ".join("%s=%d" % (k, row[STYLES[k]]) for k in STYLES))
    print("label x who:")
    for l in LABELS:
        row = Counter(r["who"] for r in back if r["label"] == l)
        print("  %-11s " % l + "; ".join("%s=%d" % (w, row[w]) for w in WHO))


if __name__ == "__main__":
    main()
