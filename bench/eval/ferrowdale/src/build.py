"""Join the hand-written part files into audit.json.

This script writes no case text. It only: loads parts/*.py, checks list values,
key sets and counts, flags text that looks like personal data and any sentence
reused across cases, shuffles with a fixed seed, numbers the refs and writes
audit.json. It prints a table of hard cases (ref, pattern, alternative pattern)
for the hand-written README.
"""
import importlib.util
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PARTS = HERE / "parts"
OUT = HERE / "audit.json"
SEED = 14
PREFIX = "FD"

COUNCIL = "Ferrowdale Metropolitan Borough Council"
WRITTEN_BY = ("Written by hand, case by case, as invented audit forms from six invented auditors "
              "in different agencies, without reference to any tool, code or other data set.")

# Default lists, copied from /work/shared/design/domain.md
WHO = ["Child", "Mother", "Father", "Parent or carer", "Sibling", "Whole family", "Other"]
AREAS = ["Health", "Education", "Emotional and behavioural development", "Identity",
         "Family and social relationships", "Social presentation", "Self-care skills",
         "Basic care", "Ensuring safety", "Emotional warmth", "Stimulation",
         "Guidance and boundaries", "Stability",
         "Family history and functioning", "Wider family", "Housing", "Employment", "Income",
         "Family's social integration", "Community resources"]
SERIOUSNESS = ["1 Low", "2 Moderate", "3 Serious", "4 Very serious"]
MET = ["Met", "Partly met", "Not met", "Not known"]
LEGAL = ["Early help", "Child in need", "Child protection plan", "Looked after",
         "Care leaver", "Closed", "Other"]
PRIMARY = ["N1 Abuse or neglect", "N2 Child's disability", "N3 Parental disability or illness",
           "N4 Family in acute stress", "N5 Family dysfunction", "N6 Socially unacceptable behaviour",
           "N7 Low income", "N8 Absent parenting", "N9 Cases other than children in need",
           "N0 Not stated"]
SEX = ["Female", "Male", "Not known"]
ETHNICITY = ["White", "Mixed", "Asian or Asian British", "Black or Black British",
             "Other ethnic group", "Not known"]
SERVICES = ["Early help family support", "Family hub or children's centre",
            "Health visiting or school nursing", "Parenting programme",
            "Child and adolescent mental health (CAMHS)", "Adult mental health",
            "Substance misuse service (adult)", "Substance misuse service (young person)",
            "Domestic abuse support (victim)", "Domestic abuse perpetrator programme",
            "Children's domestic abuse recovery", "Youth justice", "Youth work",
            "Educational support (SENCo, educational psychology)", "Speech and language therapy",
            "Disabled children's service or short breaks", "Young carers support",
            "Housing support", "Welfare and debt advice", "Family group conference",
            "Intensive family intervention (edge of care)",
            "Social work (child in need or protection)", "Foster, kinship or residential care",
            "Other"]
# Not in domain.md: plain values chosen for this set (see README)
DISABILITY = ["Yes", "No", "Not known"]
YES_NO = ["Yes", "No"]
MATCHED = ["Yes", "Partly", "No"]

CASE_KEYS = ["ref", "pattern", "hard", "auditor", "agency", "age", "sex", "ethnicity",
             "disability", "legal_status", "primary_need", "story", "needs", "services"]
NEED_KEYS = ["who", "area", "need", "if_not_met", "seriousness", "outcome", "work",
             "best_service", "met"]
SERVICE_KEYS = ["service", "provider", "still_open", "matched"]

errors = []


def err(msg):
    errors.append(msg)


def load_parts():
    sys.path.insert(0, str(PARTS))
    common = importlib.import_module("_common")
    cases = []
    for path in sorted(PARTS.glob("[a-z]_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for c in mod.CASES:
            c = dict(c)
            c["pattern"] = mod.PATTERN
            cases.append(c)
    return common.PATTERNS, cases


PD_PATTERNS = [
    ("email", re.compile(r"\S+@\S+")),
    ("phone-like number", re.compile(r"(?<!\d)(?:\+?\d[\d \-]{8,}\d)(?!\d)")),
    ("NHS-number-like", re.compile(r"\b\d{3}\s?\d{3}\s?\d{4}\b")),
    ("postcode-like", re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")),
    ("date-like", re.compile(r"\b\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b|\b\d{1,2}-\d{1,2}-\d{2,4}\b")),
    ("year", re.compile(r"\b(?:19|20)\d{2}\b")),
    ("ordinal date", re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)),
    ("month name", re.compile(r"\b(?:january|february|march|april|june|july|august|"
                              r"september|october|november|december)\b|\bmay\s+\d|\d\s+may\b", re.I)),
    ("address word", re.compile(r"\b\d+\s+\w+\s+(?:street|road|avenue|lane|close|drive|"
                                r"crescent|terrace|grove)\b", re.I)),
    ("title + name", re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z]")),
    ("date of birth", re.compile(r"\b(?:dob|d\.o\.b|date of birth|born on)\b", re.I)),
    ("NI-number-like", re.compile(r"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b")),
]


def text_fields(c):
    yield "story", c["story"]
    for i, n in enumerate(c["needs"]):
        for k in ("need", "if_not_met", "outcome", "work"):
            yield f"needs[{i}].{k}", n[k]
    for i, s in enumerate(c["services"]):
        yield f"services[{i}].provider", s["provider"]


def sentences(text):
    for s in re.split(r"(?<=[.!?])\s+|;\s+", text):
        norm = re.sub(r"[^a-z0-9 ]", "", s.lower())
        norm = re.sub(r"\s+", " ", norm).strip()
        if norm:
            yield norm


def main():
    patterns, raw = load_parts()
    if len(patterns) != 7 or len(set(patterns)) != 7:
        err("need exactly 7 distinct patterns")
    if len(raw) != 66:
        err(f"expected 66 cases, found {len(raw)}")
    tags = Counter(c["_tag"] for c in raw)
    for t, k in tags.items():
        if k > 1:
            err(f"tag {t} used {k} times")

    per_pattern = Counter(c["pattern"] for c in raw)
    for p in patterns:
        if not 4 <= per_pattern[p] <= 14:
            err(f"pattern size out of range: {p} = {per_pattern[p]}")
    for p in per_pattern:
        if p not in patterns:
            err(f"unknown pattern {p}")

    for c in raw:
        t = c["_tag"]
        keys = set(c) - {"_tag", "_alt"}
        if keys != set(CASE_KEYS) - {"ref"}:
            err(f"{t}: key set {sorted(keys)}")
        if c["hard"] not in (True, False):
            err(f"{t}: hard not bool")
        if c["hard"] and (c["_alt"] not in patterns or c["_alt"] == c["pattern"]):
            err(f"{t}: hard case needs an alternative pattern different from its own")
        if not c["hard"] and c["_alt"] is not None:
            err(f"{t}: alt given for a case not marked hard")
        if not isinstance(c["age"], int) or not 0 <= c["age"] <= 18:
            err(f"{t}: age {c['age']!r}")
        for key, allowed in (("sex", SEX), ("ethnicity", ETHNICITY), ("disability", DISABILITY),
                             ("legal_status", LEGAL), ("primary_need", PRIMARY)):
            if c[key] not in allowed:
                err(f"{t}: {key} {c[key]!r} not in list")
        nsent = len([s for s in re.split(r"(?<=[.!?])\s+", c["story"].strip()) if s])
        if not 2 <= nsent <= 8:
            err(f"{t}: story has {nsent} sentences")
        if not 1 <= len(c["needs"]) <= 5:
            err(f"{t}: {len(c['needs'])} needs")
        if not 0 <= len(c["services"]) <= 4:
            err(f"{t}: {len(c['services'])} services")
        for i, n in enumerate(c["needs"]):
            if list(n) != NEED_KEYS:
                err(f"{t}: need {i} keys {list(n)}")
                continue
            for key, allowed in (("who", WHO), ("area", AREAS), ("seriousness", SERIOUSNESS),
                                 ("best_service", SERVICES), ("met", MET)):
                if n[key] not in allowed:
                    err(f"{t}: need {i} {key} {n[key]!r} not in list")
            if not n["need"].strip():
                err(f"{t}: need {i} empty")
        for i, s in enumerate(c["services"]):
            if list(s) != SERVICE_KEYS:
                err(f"{t}: service {i} keys {list(s)}")
                continue
            if s["service"] not in SERVICES:
                err(f"{t}: service {i} {s['service']!r} not in list")
            if s["still_open"] not in YES_NO:
                err(f"{t}: service {i} still_open {s['still_open']!r}")
            if s["matched"] not in MATCHED:
                err(f"{t}: service {i} matched {s['matched']!r}")
            if not s["provider"].strip():
                err(f"{t}: service {i} provider empty")

        for where, text in text_fields(c):
            for label, rx in PD_PATTERNS:
                if rx.search(text):
                    err(f"{t}: {where} looks like personal data ({label})")

    # sentence reuse across cases
    seen = defaultdict(set)
    for c in raw:
        for where, text in text_fields(c):
            if where.endswith("provider"):
                continue
            for s in sentences(text):
                seen[s].add(c["_tag"])
    for s, where in seen.items():
        if len(where) > 1:
            err(f"sentence reused in {sorted(where)}: {s!r}")

    # capitalised words inside sentences, listed for a human look at names
    caps = Counter()
    for c in raw:
        for where, text in text_fields(c):
            if where.endswith("provider"):
                continue
            for m in re.finditer(r"(?<=[a-z,;] )([A-Z][a-z][A-Za-z\-']+)", text):
                caps[m.group(1)] += 1

    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)

    rng = random.Random(SEED)
    order = list(range(len(raw)))
    rng.shuffle(order)
    out_cases = []
    hard_rows = []
    for n, idx in enumerate(order, start=1):
        c = raw[idx]
        ref = f"{PREFIX}{n:03d}"
        rec = {"ref": ref}
        for k in CASE_KEYS[1:]:
            rec[k] = c[k]
        out_cases.append(rec)
        if c["hard"]:
            hard_rows.append((ref, c["_tag"], c["pattern"], c["_alt"]))

    doc = {"name": COUNCIL, "written_by": WRITTEN_BY, "patterns": patterns, "cases": out_cases}
    OUT.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    # re-read and check
    back = json.loads(OUT.read_text(encoding="utf-8"))
    assert [c["ref"] for c in back["cases"]] == [f"{PREFIX}{i:03d}" for i in range(1, 67)]
    assert all(list(c) == CASE_KEYS for c in back["cases"])

    print(f"wrote {OUT} with {len(out_cases)} cases, seed {SEED}")
    print("\nPattern sizes (hard):")
    hard_pp = Counter(c["pattern"] for c in raw if c["hard"])
    for p in patterns:
        print(f"  {per_pattern[p]:3d} ({hard_pp[p]} hard)  {p}")
    print(f"  total hard: {sum(hard_pp.values())}")
    print("\nAuditors:")
    for (a, g), k in sorted(Counter((c["auditor"], c["agency"]) for c in raw).items()):
        print(f"  {k:3d}  {a} - {g}")
    print("\nHard cases:")
    for ref, tag, p, alt in sorted(hard_rows):
        print(f"  {ref} ({tag})  {p}  ->  {alt}")
    for key in ("sex", "ethnicity", "disability", "legal_status", "primary_need"):
        print(f"\n{key}: " + ", ".join(f"{v}={k}" for v, k in Counter(c[key] for c in raw).most_common()))
    print("\nneeds:", sum(len(c["needs"]) for c in raw), " services:", sum(len(c["services"]) for c in raw))
    print("\nCapitalised words inside sentences (check for names):")
    print("  " + ", ".join(sorted(caps)))


if __name__ == "__main__":
    main()
