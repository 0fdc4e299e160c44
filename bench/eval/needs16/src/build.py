#!/usr/bin/env python3
"""Join the hand-written part files into needs.json.

This script generates no text. It reads parts/<label>.txt (one statement a
line, `who | style code | text`), checks every line, and stops with an error
rather than dropping anything. It then shuffles with a fixed seed and writes
needs.json.
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PARTS = HERE / "parts"
OUT = HERE / "needs.json"
SEED = 16

LABELS = ["universal", "service", "assessment", "specific"]
WHO = ["Child", "Mother", "Father", "Parent or carer", "Sibling",
       "Whole family", "Other"]
STYLES = {
    "T": "terse with abbreviations",
    "V": "long and verbose",
    "Y": "typos, text-speak and no capitals",
    "P": "mainly about the parents",
    "X": "careful textbook or report language",
    "F": "first person of the child or parent",
    "L": "plain everyday",
    "W": "written by a school",
    "H": "written by a health professional",
}

MONTHS = ("January|February|March|April|June|July|August|September|"
          "October|November|December")
PERSONAL = [
    ("email address", re.compile(r"\S+@\S+")),
    ("web address", re.compile(r"(https?://|www\.)", re.I)),
    ("long digit run", re.compile(r"\d{6,}")),
    ("phone-like number", re.compile(r"(\+44|\b0)\s?\d{2,4}[\s-]?\d{3}[\s-]?\d{3,4}\b")),
    ("NHS-number-like", re.compile(r"\b\d{3}[\s-]\d{3}[\s-]\d{4}\b")),
    ("postcode-like", re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")),
    ("numeric date", re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")),
    ("day and month", re.compile(r"\b\d{1,2}(st|nd|rd|th)?\s+(" + MONTHS + r"|May)\b")),
    ("month and year/day", re.compile(r"\b(" + MONTHS + r"|May)\s+\d")),
    ("year", re.compile(r"\b(19|20)\d{2}\b")),
    ("date of birth", re.compile(r"\b(DOB|D\.O\.B|date of birth)\b", re.I)),
    ("title and surname", re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z]+")),
    ("NHS number", re.compile(r"NHS\s*(no|number)", re.I)),
]


def fail(msg):
    sys.exit("build.py: ERROR: " + msg)


def norm(text):
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def main():
    items = []
    seen = {}
    errors = []
    for label in LABELS:
        path = PARTS / (label + ".txt")
        if not path.is_file():
            fail(f"missing part file {path}")
        for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.name}:{n}"
            if not raw.strip():
                errors.append(f"{where}: blank line")
                continue
            bits = raw.split(" | ", 2)
            if len(bits) != 3:
                errors.append(f"{where}: not `who | style | text`")
                continue
            who, code, text = (b.strip() for b in bits)
            if who not in WHO:
                errors.append(f"{where}: unknown who {who!r}")
            if code not in STYLES:
                errors.append(f"{where}: unknown style code {code!r}")
            if not text:
                errors.append(f"{where}: empty text")
            if "|" in text:
                errors.append(f"{where}: stray '|' in text")
            for kind, rx in PERSONAL:
                if rx.search(text):
                    errors.append(f"{where}: looks like personal data ({kind})")
            key = norm(text)
            if key in seen:
                errors.append(f"{where}: duplicate of {seen[key]}")
            else:
                seen[key] = where
            items.append({"text": text, "label": label, "who": who,
                          "style": STYLES.get(code, code)})
    if errors:
        fail(f"{len(errors)} problem(s):\n  " + "\n  ".join(errors))

    random.Random(SEED).shuffle(items)
    OUT.write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n",
                   encoding="utf-8")

    # Check what was written.
    back = json.loads(OUT.read_text(encoding="utf-8"))
    if len(back) != len(items) or back != items:
        fail("needs.json does not read back as written")
    for it in back:
        if set(it) != {"text", "label", "who", "style"}:
            fail("wrong keys in an item")
        if it["label"] not in LABELS or it["who"] not in WHO \
                or it["style"] not in STYLES.values():
            fail("bad value in an item")

    total = len(back)
    print(f"total {total}")
    by_label = Counter(it["label"] for it in back)
    for lab in LABELS:
        print(f"label {lab}: {by_label[lab]} ({100 * by_label[lab] / total:.1f}%)")
    code_of = {v: k for k, v in STYLES.items()}
    by_style = Counter(it["style"] for it in back)
    for code, name in STYLES.items():
        print(f"style {code} {name}: {by_style[name]}")
    by_who = Counter(it["who"] for it in back)
    for w in WHO:
        print(f"who {w}: {by_who[w]}")
    print("label x style:")
    for lab in LABELS:
        c = Counter(code_of[it["style"]] for it in back if it["label"] == lab)
        print(f"  {lab:10s} " + " ".join(f"{k}={c[k]}" for k in STYLES))
        if any(c[k] == 0 for k in STYLES):
            fail(f"label {lab} is missing a style")
    print("label x who:")
    for lab in LABELS:
        c = Counter(it["who"] for it in back if it["label"] == lab)
        print(f"  {lab:10s} " + "; ".join(f"{w}={c[w]}" for w in WHO))
    lens = sorted(len(it["text"].split()) for it in back)
    print(f"words: min {lens[0]}, median {lens[len(lens)//2]}, max {lens[-1]}")


if __name__ == "__main__":
    main()
