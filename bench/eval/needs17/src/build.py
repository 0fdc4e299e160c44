#!/usr/bin/env python3
"""Join the hand-written part files into needs.json.

This script ONLY joins, checks and shuffles. It produces no statement text.
Each line of parts/<label>-<n>.txt is `who | style | text`; the label comes
from the file name. Checks: labels, who values, style codes, duplicates,
personal-data-looking text, coverage (every label in every style).
"""
import collections
import json
import pathlib
import random
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
PARTS = HERE / "parts"
OUT = HERE / "needs.json"
SEED = 17

LABELS = ("specific", "service", "universal", "assessment")
WHO = ("Child", "Mother", "Father", "Parent or carer", "Sibling", "Whole family", "Other")
STYLES = {
    "terse": "terse with abbreviations",
    "verbose": "long and verbose",
    "typos": "typos and no capitals",
    "parents": "mainly about the parents",
    "report": "careful report language",
    "firstperson": "first person of a child or parent",
    "school": "school's voice",
    "health": "health visitor's or GP's voice",
    "youth": "youth worker's voice",
    "foster": "foster carer's voice",
    "welsh": "Welsh service setting and terms (own style)",
    "crammed": "several needs crammed into one box (own style)",
    "sos": "Signs of Safety worry/goal wording (own style)",
    "minutes": "pasted from meeting minutes (own style)",
}
# The only invented first names allowed in the set.
NAMES = {"Jayden", "Ellie", "Kai", "Marcus", "Dafydd"}

PERSONAL = [
    ("email", re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")),
    ("phone", re.compile(r"(?:\+44|\b0)\s?\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b")),
    ("long number", re.compile(r"\d[\d\s-]{7,}\d")),
    ("NHS number", re.compile(r"\b\d{3}\s?\d{3}\s?\d{4}\b")),
    ("postcode", re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")),
    ("date", re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")),
    ("date", re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b", re.I)),
    ("date", re.compile(r"\b(?:19|20)\d{2}\b")),
    ("title and surname", re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z]+")),
    ("address", re.compile(r"\b\d+\s+[A-Z][a-z]+\s+(?:Road|Street|Avenue|Close|Lane|Drive|Way|Crescent)\b")),
]


def norm(text):
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def main():
    errors = []
    rows = []
    seen = {}
    files = sorted(PARTS.glob("*.txt"))
    if not files:
        sys.exit("no part files")
    for f in files:
        label = f.stem.split("-")[0]
        if label not in LABELS:
            errors.append(f"{f.name}: label {label!r} not known")
            continue
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{f.name}:{n}"
            bits = line.split(" | ")
            if len(bits) != 3:
                errors.append(f"{where}: expected 'who | style | text' with no extra ' | '")
                continue
            who, style, text = (b.strip() for b in bits)
            if who not in WHO:
                errors.append(f"{where}: who {who!r} not in the list")
            if style not in STYLES:
                errors.append(f"{where}: style {style!r} not known")
            if not text:
                errors.append(f"{where}: empty text")
            key = norm(text)
            if key in seen:
                errors.append(f"{where}: duplicate of {seen[key]}")
            seen[key] = where
            for kind, rx in PERSONAL:
                if rx.search(text):
                    errors.append(f"{where}: looks like personal data ({kind})")
            for a, b in re.findall(r"\b([A-Z][a-z]+)\s+([A-Z][a-z]+)\b", text):
                if a in NAMES:
                    errors.append(f"{where}: first name followed by a capitalised word (surname?)")
            rows.append({"text": text, "label": label, "who": who,
                         "style": STYLES.get(style, style), "_code": style})

    used_names = {w for r in rows for w in re.findall(r"\b[A-Z][a-z]+\b", r["text"]) if w in NAMES}

    # coverage: every label in every style, at least eight styles
    cover = collections.Counter((r["_code"], r["label"]) for r in rows)
    styles_used = {r["_code"] for r in rows}
    if len(styles_used) < 8:
        errors.append(f"only {len(styles_used)} styles")
    for s in styles_used:
        for lab in LABELS:
            if cover[(s, lab)] == 0:
                errors.append(f"style {s} has no {lab} statement")
    if len(rows) < 400:
        errors.append(f"only {len(rows)} statements")

    if errors:
        print("\n".join(errors))
        sys.exit(f"{len(errors)} problem(s); needs.json not written")

    for r in rows:
        del r["_code"]
    rows.sort(key=lambda r: (r["label"], r["text"]))  # stable order before the seeded shuffle
    random.Random(SEED).shuffle(rows)
    OUT.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    total = len(rows)
    print(f"{total} statements written to {OUT.name} (seed {SEED})")
    print(f"invented first names used: {sorted(used_names)}")
    for field in ("label", "style", "who"):
        c = collections.Counter(r[field] for r in rows)
        print(f"\nby {field}:")
        for k, v in c.most_common():
            print(f"  {k}: {v} ({100 * v / total:.1f}%)")
    print("\nlabel x style:")
    c = collections.Counter((r["style"], r["label"]) for r in rows)
    for s in STYLES.values():
        print(f"  {s}: " + ", ".join(f"{lab} {c[(s, lab)]}" for lab in LABELS))
    words = sorted(len(r["text"].split()) for r in rows)
    print(f"\nlength in words: min {words[0]}, median {words[total // 2]}, max {words[-1]}; "
          f"100+ words: {sum(w >= 100 for w in words)}")
    for lab in LABELS:
        ws = [len(r["text"].split()) for r in rows if r["label"] == lab]
        print(f"  {lab}: min {min(ws)}, max {max(ws)}, 100+ words {sum(w >= 100 for w in ws)}")


if __name__ == "__main__":
    main()
