#!/usr/bin/env python3
"""Join the hand-written part files, check them, shuffle with a fixed seed,
number the refs and write audit.json. Generates no text of its own."""
import json, re, random, sys, collections
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "Kestlebury Metropolitan Borough Council"
WRITTEN_BY = ("Hand-written evaluation set: 72 invented case audit forms by 6 invented "
              "auditors from 6 agencies, written case by case; read only domain.md.")
PATTERNS = [
    "Recovering from domestic abuse after the abuser has left",
    "Neglect driven by parental drug or alcohol misuse",
    "Poverty, debt and falling school attendance",
    "Parents with a learning disability who need help to parent",
    "Teenagers in conflict with parents, at risk of family breakdown",
    "Teenagers going missing and being exploited",
    "Disabled children and complex health needs, with exhausted carers",
    "Unaccompanied asylum-seeking young people",
]
PREFIX, SEED = "KB", 11

# Lists copied from /work/shared/design/domain.md
WHO = {"Child", "Mother", "Father", "Parent or carer", "Sibling", "Whole family", "Other"}
AREAS = {"Health", "Education", "Emotional and behavioural development", "Identity",
         "Family and social relationships", "Social presentation", "Self-care skills",
         "Basic care", "Ensuring safety", "Emotional warmth", "Stimulation",
         "Guidance and boundaries", "Stability",
         "Family history and functioning", "Wider family", "Housing", "Employment", "Income",
         "Family's social integration", "Community resources"}
SERIOUSNESS = {"1 Low", "2 Moderate", "3 Serious", "4 Very serious"}
MET = {"Met", "Partly met", "Not met", "Not known"}
LEGAL = {"Early help", "Child in need", "Child protection plan", "Looked after",
         "Care leaver", "Closed", "Other"}
PRIMARY = {"N1 Abuse or neglect", "N2 Child's disability", "N3 Parental disability or illness",
           "N4 Family in acute stress", "N5 Family dysfunction",
           "N6 Socially unacceptable behaviour", "N7 Low income", "N8 Absent parenting",
           "N9 Cases other than children in need", "N0 Not stated"}
SEX = {"Female", "Male", "Other", "Not known"}
ETHNICITY = {"White", "Mixed", "Asian or Asian British", "Black or Black British",
             "Other ethnic group", "Not known"}
DISABILITY = {"Yes", "No", "Not known"}
SERVICES = {"Early help family support", "Family hub or children's centre",
            "Health visiting or school nursing", "Parenting programme",
            "Child and adolescent mental health (CAMHS)", "Adult mental health",
            "Substance misuse service (adult)", "Substance misuse service (young person)",
            "Domestic abuse support (victim)", "Domestic abuse perpetrator programme",
            "Children's domestic abuse recovery", "Youth justice", "Youth work",
            "Educational support (SENCo, educational psychology)",
            "Speech and language therapy", "Disabled children's service or short breaks",
            "Young carers support", "Housing support", "Welfare and debt advice",
            "Family group conference", "Intensive family intervention (edge of care)",
            "Social work (child in need or protection)", "Foster, kinship or residential care",
            "Other"}
YN = {"Yes", "No"}
MATCHED = {"Yes", "Partly", "No"}

CASE_KEYS = ["pattern", "hard", "auditor", "agency", "age", "sex", "ethnicity", "disability",
             "legal_status", "primary_need", "story", "needs", "services"]
NEED_KEYS = ["who", "area", "need", "if_not_met", "seriousness", "outcome", "work",
             "best_service", "met"]
SERVICE_KEYS = ["service", "provider", "still_open", "matched"]

PERSONAL = [
    ("email", re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")),
    ("long number", re.compile(r"\d[\d ]{8,}\d")),
    ("date", re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")),
    ("date", re.compile(r"\b\d{1,2}(st|nd|rd|th)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\b", re.I)),
    ("month", re.compile(r"\b(January|February|March|April|June|July|August|September|October|November|December)\b")),
    ("postcode", re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")),
    ("phone", re.compile(r"\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b")),
    ("street", re.compile(r"\b\d+\s+\w+\s+(Road|Street|Lane|Avenue|Close|Drive)\b")),
    ("title+name", re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+[A-Z][a-z]+")),
]

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def main():
    cases = []
    for p in sorted((HERE / "parts").glob("p*.json")):
        part = json.loads(p.read_text(encoding="utf-8"))
        for i, c in enumerate(part):
            c["_src"] = f"{p.name}#{i + 1}"
            cases.append(c)

    sentences = collections.defaultdict(list)
    for c in cases:
        src = c["_src"]
        if list(k for k in c if k != "_src") != CASE_KEYS:
            err(f"{src}: keys {list(c)}")
        if c["pattern"] not in PATTERNS: err(f"{src}: pattern {c['pattern']!r}")
        if not isinstance(c["hard"], bool): err(f"{src}: hard")
        if c["age"] is not None and not (isinstance(c["age"], int) and 0 <= c["age"] <= 17):
            err(f"{src}: age")
        for k, allowed in (("sex", SEX), ("ethnicity", ETHNICITY), ("disability", DISABILITY),
                           ("legal_status", LEGAL), ("primary_need", PRIMARY)):
            if c[k] not in allowed: err(f"{src}: {k} {c[k]!r}")
        n_sent = len([s for s in re.split(r"(?<=[.!?])\s+", c["story"].strip()) if s])
        if not 3 <= n_sent <= 8:
            warnings.append(f"{src}: story has {n_sent} punctuated sentences ({c['auditor']})")
        if not 1 <= len(c["needs"]) <= 5: err(f"{src}: {len(c['needs'])} needs")
        if not 0 <= len(c["services"]) <= 4: err(f"{src}: {len(c['services'])} services")
        texts = [c["story"]]
        for j, n in enumerate(c["needs"]):
            if list(n) != NEED_KEYS: err(f"{src} need {j}: keys")
            if n["who"] not in WHO: err(f"{src} need {j}: who {n['who']!r}")
            if n["area"] not in AREAS: err(f"{src} need {j}: area {n['area']!r}")
            if n["seriousness"] not in SERIOUSNESS: err(f"{src} need {j}: seriousness {n['seriousness']!r}")
            if n["met"] not in MET: err(f"{src} need {j}: met {n['met']!r}")
            if n["best_service"] and n["best_service"] not in SERVICES:
                err(f"{src} need {j}: best_service {n['best_service']!r}")
            if not n["need"].strip(): err(f"{src} need {j}: empty need")
            texts += [n["need"], n["if_not_met"], n["outcome"], n["work"]]
        for j, s in enumerate(c["services"]):
            if list(s) != SERVICE_KEYS: err(f"{src} service {j}: keys")
            if s["service"] not in SERVICES: err(f"{src} service {j}: {s['service']!r}")
            if s["still_open"] not in YN: err(f"{src} service {j}: still_open")
            if s["matched"] not in MATCHED: err(f"{src} service {j}: matched")
        for t in texts + [s["provider"] for s in c["services"]]:
            for label, rx in PERSONAL:
                if rx.search(t):
                    err(f"{src}: looks like personal data ({label})")  # never echo the text
        for t in texts:  # reuse check on story and need texts only (providers repeat by design)
            for s in re.split(r"(?<=[.!?])\s+", t):
                s = s.strip().lower()
                if len(s) > 40:
                    sentences[s].append(src)
    for s, srcs in sentences.items():
        if len(set(srcs)) > 1:
            err(f"sentence reused across cases: {sorted(set(srcs))}")

    # counts
    by_pat = collections.Counter(c["pattern"] for c in cases)
    hard = collections.Counter(c["pattern"] for c in cases if c["hard"])
    by_aud = collections.Counter(c["auditor"] for c in cases)
    aud_pats = collections.defaultdict(set)
    agency = collections.defaultdict(set)
    for c in cases:
        aud_pats[c["auditor"]].add(c["pattern"])
        agency[c["auditor"]].add(c["agency"])
    if len(cases) != 72: err(f"{len(cases)} cases, want 72")
    if set(by_pat) != set(PATTERNS): err("not every pattern used")
    if len(by_aud) != 6: err(f"{len(by_aud)} auditors")
    for a, ags in agency.items():
        if len(ags) != 1: err(f"auditor {a} has several agencies")
    for a, ps in aud_pats.items():
        if len(ps) < 3: err(f"auditor {a} writes in only {len(ps)} patterns")

    print(f"{len(cases)} cases, {sum(hard.values())} hard")
    for p in PATTERNS:
        print(f"  {by_pat[p]:3d} ({hard[p]} hard)  {p}")
    for a, n in by_aud.most_common():
        print(f"  {n:3d} cases, {len(aud_pats[a])} patterns  {a} / {next(iter(agency[a]))}")
    print("primary needs:", dict(collections.Counter(c["primary_need"][:2] for c in cases)))
    for w in warnings: print("warn:", w)
    if errors:
        for e in errors: print("ERROR:", e)
        sys.exit(1)

    rng = random.Random(SEED)
    rng.shuffle(cases)
    out = []
    for i, c in enumerate(cases, 1):
        c.pop("_src")
        out.append({"ref": f"{PREFIX}{i:03d}", **c})
    doc = {"name": NAME, "written_by": WRITTEN_BY, "patterns": PATTERNS, "cases": out}
    (HERE / "audit.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    print("wrote audit.json")


if __name__ == "__main__":
    main()
