"""Join the hand-written part files into needs.json.

Only joins, checks and shuffles: it writes no statement text of its own.
Any malformed line, unknown label/who/style, or duplicate text stops the build
with an error (nothing is dropped silently).
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
LABELS = ["universal", "service", "assessment", "specific"]
WHO = {"Child", "Mother", "Father", "Parent or carer", "Sibling", "Whole family", "Other"}
STYLES = {
    "T": "terse with abbreviations",
    "V": "long and verbose",
    "Y": "typos and no capitals",
    "P": "mainly about the parents",
    "X": "careful textbook",
    "F": "first person of the child",
    "L": "plain everyday",
}
MIN_TOTAL = 320
SEED = 14

errors, rows, seen = [], [], {}
for label in LABELS:
    path = HERE / "parts" / f"{label}.txt"
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 3:
            errors.append(f"{path.name}:{n}: expected 'who | style | text': {line!r}")
            continue
        who, style, text = parts
        if who not in WHO:
            errors.append(f"{path.name}:{n}: unknown who {who!r}")
        if style not in STYLES:
            errors.append(f"{path.name}:{n}: unknown style {style!r}")
        if not text:
            errors.append(f"{path.name}:{n}: empty text")
        key = re.sub(r"\W+", " ", text.lower()).strip()
        if key in seen:
            errors.append(f"{path.name}:{n}: duplicate of {seen[key]}: {text!r}")
        seen[key] = f"{path.name}:{n}"
        if re.search(r"@|\b\d{5,}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b", text):
            errors.append(f"{path.name}:{n}: looks like personal data: {text!r}")
        rows.append({"text": text, "label": label, "who": who, "style": STYLES.get(style, style)})

if len(rows) < MIN_TOTAL:
    errors.append(f"only {len(rows)} statements, need at least {MIN_TOTAL}")
if errors:
    sys.exit("build failed:\n" + "\n".join(errors))

random.Random(SEED).shuffle(rows)
(HERE / "needs.json").write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

total = len(rows)
print(f"total {total}")
for name, field in (("label", "label"), ("style", "style"), ("who", "who")):
    print(f"-- per {name}")
    for k, v in sorted(Counter(r[field] for r in rows).items(), key=lambda kv: -kv[1]):
        print(f"  {k}: {v} ({100 * v / total:.1f}%)")
print("-- label x style")
for lab in LABELS:
    c = Counter(r["style"] for r in rows if r["label"] == lab)
    print(f"  {lab}: " + ", ".join(f"{s}={c[s]}" for s in STYLES.values()))
words = [len(r["text"].split()) for r in rows]
print(f"-- words per statement: min {min(words)}, max {max(words)}, mean {sum(words)/total:.1f}")
