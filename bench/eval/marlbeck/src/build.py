#!/usr/bin/env python3
"""Join the hand-written part files, check them against domain.md's lists,
shuffle with a fixed seed, number the refs and write audit.json.
Generates no text: it only checks, shuffles and numbers."""
import json, random, re, sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PARTS = sorted((HERE / "parts").glob("p*.json"))
SEED = 1212
PREFIX = "MB"

NAME = "Marlbeck Borough Council"
WRITTEN_BY = ("Hand-written evaluation set: 28 invented case audit forms from 4 invented auditors "
              "(health visitor, school DSL, social worker, early help/youth worker), each typed case by case.")
PATTERNS = [
    "Young children living with a parent's mental ill-health",
    "Teenagers exploited outside the home",
    "Living with the aftermath of domestic abuse",
    "Disabled children and exhausted carers",
    "Anxious children out of school",
]

# Lists copied from /work/shared/design/domain.md
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
DISABILITY = ["Yes", "No", "Not known"]
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
YESNO = ["Yes", "No"]
MATCHED = ["Yes", "Partly", "No"]

CASE_KEYS = ["pattern", "hard", "auditor", "agency", "age", "sex", "ethnicity", "disability",
             "legal_status", "primary_need", "story", "needs", "services"]
NEED_KEYS = ["who", "area", "need", "if_not_met", "seriousness", "outcome", "work",
             "best_service", "met"]
SERVICE_KEYS = ["service", "provider", "still_open", "matched"]

PD_PATTERNS = {
    "date": re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b"),
    "date words": re.compile(r"\b\d{1,2}(st|nd|rd|th)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b", re.I),
    "month year": re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{2,4}\b"),
    "year": re.compile(r"\b(19|20)\d{2}\b"),
    "postcode": re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"),
    "phone": re.compile(r"(\+44|\b0)\d[\d ]{8,12}\d\b"),
    "nhs number": re.compile(r"\b\d{3}\s?\d{3}\s?\d{4}\b"),
    "email": re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"),
    "title + name": re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z]+"),
    "street": re.compile(r"\b\d+\s+[A-Z][a-z]+\s+(Street|Road|Lane|Avenue|Close|Drive|Way)\b"),
}

errors = []

def err(msg):
    errors.append(msg)

def check_in(value, allowed, where):
    if value not in allowed:
        err(f"{where}: {value!r} not in list")

def sentences(text):
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z0-9'?])", text.strip())
    return [p for p in parts if p]

cases = []
for part in PARTS:
    data = json.loads(part.read_text(encoding="utf-8"))
    for i, c in enumerate(data):
        c["_src"] = f"{part.name}#{i + 1}"
        cases.append(c)

seen_sentences = {}
for c in cases:
    w = c["_src"]
    if list(k for k in c if k != "_src") != CASE_KEYS:
        err(f"{w}: keys {list(c)}")
    check_in(c["pattern"], PATTERNS, w + " pattern")
    if not isinstance(c["hard"], bool):
        err(f"{w}: hard not bool")
    if not (c["age"] is None or (isinstance(c["age"], int) and 0 <= c["age"] <= 17)):
        err(f"{w}: age {c['age']!r}")
    check_in(c["sex"], SEX, w + " sex")
    check_in(c["ethnicity"], ETHNICITY, w + " ethnicity")
    check_in(c["disability"], DISABILITY, w + " disability")
    check_in(c["legal_status"], LEGAL, w + " legal_status")
    check_in(c["primary_need"], PRIMARY, w + " primary_need")
    ns = sentences(c["story"])
    if not 2 <= len(ns) <= 7:
        err(f"{w}: story has {len(ns)} sentences")
    for s in ns:
        key = s.lower()
        if len(key) > 25 and key in seen_sentences:
            err(f"{w}: sentence reused from {seen_sentences[key]}: {s[:40]}")
        seen_sentences[key] = w
    if not 1 <= len(c["needs"]) <= 4:
        err(f"{w}: {len(c['needs'])} needs")
    if not 0 <= len(c["services"]) <= 4:
        err(f"{w}: {len(c['services'])} services")
    texts = [c["story"], c["agency"]]
    for j, n in enumerate(c["needs"]):
        wn = f"{w} need {j + 1}"
        if list(n) != NEED_KEYS:
            err(f"{wn}: keys {list(n)}")
        check_in(n["who"], WHO, wn + " who")
        check_in(n["area"], AREAS, wn + " area")
        check_in(n["seriousness"], SERIOUSNESS, wn + " seriousness")
        check_in(n["met"], MET, wn + " met")
        if n["best_service"]:
            check_in(n["best_service"], SERVICES, wn + " best_service")
        if not n["need"].strip():
            err(f"{wn}: empty need")
        texts += [n["need"], n["if_not_met"], n["outcome"], n["work"]]
    for j, s in enumerate(c["services"]):
        ws = f"{w} service {j + 1}"
        if list(s) != SERVICE_KEYS:
            err(f"{ws}: keys {list(s)}")
        check_in(s["service"], SERVICES, ws + " service")
        check_in(s["still_open"], YESNO, ws + " still_open")
        check_in(s["matched"], MATCHED, ws + " matched")
        texts.append(s["provider"])
    for t in texts:
        for kind, rx in PD_PATTERNS.items():
            if rx.search(t):
                err(f"{w}: looks like {kind}")  # never echo the text itself

# duplicate need statements across the set
need_texts = Counter(n["need"].lower() for c in cases for n in c["needs"])
for t, k in need_texts.items():
    if k > 1:
        err(f"need statement used {k} times")

# auditor -> single agency
ag = {}
for c in cases:
    ag.setdefault(c["auditor"], set()).add(c["agency"])
for a, s in ag.items():
    if len(s) != 1:
        err(f"auditor {a} has {len(s)} agencies")

pc = Counter(c["pattern"] for c in cases)
for p in PATTERNS:
    if not 3 <= pc[p] <= 9:
        err(f"pattern {p!r} has {pc[p]} cases")
if len(cases) != 28:
    err(f"{len(cases)} cases, expected 28")
if len(set(pc.values())) < 3:
    err("pattern sizes not uneven enough")
aud_pat = {}
for c in cases:
    aud_pat.setdefault(c["auditor"], set()).add(c["pattern"])
for a, s in aud_pat.items():
    if len(s) < 2:
        err(f"auditor {a} writes in only {len(s)} pattern(s)")

if errors:
    print("ERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)

rng = random.Random(SEED)
rng.shuffle(cases)
out_cases = []
for i, c in enumerate(cases, 1):
    c.pop("_src")
    out_cases.append({"ref": f"{PREFIX}{i:03d}", **c})

out = {"name": NAME, "written_by": WRITTEN_BY, "patterns": PATTERNS, "cases": out_cases}
(HERE / "audit.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

print(f"{len(out_cases)} cases written to audit.json")
for p in PATTERNS:
    hard = sum(1 for c in out_cases if c["pattern"] == p and c["hard"])
    print(f"  {pc[p]:2d} cases, {hard} hard  {p}")
print("hard total:", sum(c["hard"] for c in out_cases))
print("auditors:", dict(Counter(c["auditor"] for c in out_cases)))
for a, s in aud_pat.items():
    print(f"  {a}: {len(s)} patterns")
print("primary:", dict(Counter(c["primary_need"] for c in out_cases)))
print("legal:", dict(Counter(c["legal_status"] for c in out_cases)))
print("order:", " ".join(f"{c['ref']}:{PATTERNS.index(c['pattern']) + 1}" for c in out_cases))
