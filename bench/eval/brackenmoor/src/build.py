"""Join the hand-written part files, check them, shuffle with a fixed seed, number refs, write audit.json.
Generates no text: every string comes from parts/*.py."""
import glob, importlib.util, json, os, random, re, sys
from collections import Counter, defaultdict

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20140614
PREFIX = "BM"
COUNCIL = "Brackenmoor Metropolitan Borough Council"
WRITTEN_BY = ("Hand-written, case by case, by one writer working blind from the domain description only, "
              "in the voices of five invented auditors from five agencies.")

WHO = ["Child", "Mother", "Father", "Parent or carer", "Sibling", "Whole family", "Other"]
AREAS = ["Health", "Education", "Emotional and behavioural development", "Identity", "Family and social relationships",
         "Social presentation", "Self-care skills", "Basic care", "Ensuring safety", "Emotional warmth", "Stimulation",
         "Guidance and boundaries", "Stability", "Family history and functioning", "Wider family", "Housing",
         "Employment", "Income", "Family's social integration", "Community resources"]
SERIOUSNESS = ["1 Low", "2 Moderate", "3 Serious", "4 Very serious"]
MET = ["Met", "Partly met", "Not met", "Not known"]
LEGAL = ["Early help", "Child in need", "Child protection plan", "Looked after", "Care leaver", "Closed", "Other"]
PRIMARY = ["N1 Abuse or neglect", "N2 Child's disability", "N3 Parental disability or illness", "N4 Family in acute stress",
           "N5 Family dysfunction", "N6 Socially unacceptable behaviour", "N7 Low income", "N8 Absent parenting",
           "N9 Cases other than children in need", "N0 Not stated"]
SEX = ["Female", "Male", "Not known"]
ETHNICITY = ["White", "Mixed", "Asian or Asian British", "Black or Black British", "Other ethnic group", "Not known"]
SERVICES = ["Early help family support", "Family hub or children's centre", "Health visiting or school nursing",
            "Parenting programme", "Child and adolescent mental health (CAMHS)", "Adult mental health",
            "Substance misuse service (adult)", "Substance misuse service (young person)", "Domestic abuse support (victim)",
            "Domestic abuse perpetrator programme", "Children's domestic abuse recovery", "Youth justice", "Youth work",
            "Educational support (SENCo, educational psychology)", "Speech and language therapy",
            "Disabled children's service or short breaks", "Young carers support", "Housing support",
            "Welfare and debt advice", "Family group conference", "Intensive family intervention (edge of care)",
            "Social work (child in need or protection)", "Foster, kinship or residential care", "Other"]
# not in domain.md: plain values
DISABILITY = ["Yes", "No", "Not known"]
YESNO = ["Yes", "No"]
MATCHED = ["Yes", "Partly", "No"]

PART_KEYS = {"hard", "alt", "auditor", "agency", "age", "sex", "ethnicity", "disability", "legal_status",
             "primary_need", "story", "needs", "services"}
CASE_KEYS = ["ref", "pattern", "hard", "auditor", "agency", "age", "sex", "ethnicity", "disability", "legal_status",
             "primary_need", "story", "needs", "services"]
NEED_KEYS = ["who", "area", "need", "if_not_met", "seriousness", "outcome", "work", "best_service", "met"]
SERVICE_KEYS = ["service", "provider", "still_open", "matched"]

errors, warnings = [], []

def load_parts():
    parts = []
    for path in sorted(glob.glob(os.path.join(HERE, "parts", "p[0-9]_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        parts.append((os.path.basename(path), mod.PATTERN, mod.CASES))
    return parts

def check(value, allowed, where):
    if value not in allowed:
        errors.append(f"{where}: {value!r} not in list")

PD_PATTERNS = [
    ("email", re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")),
    ("phone-like digits", re.compile(r"(?:\+44|\b0)\d[\d ]{8,}\d")),
    ("long number", re.compile(r"\d{6,}")),
    ("NHS-number-like", re.compile(r"\b\d{3}[ -]?\d{3}[ -]?\d{4}\b")),
    ("postcode-like", re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")),
    ("numeric date", re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")),
    ("month name", re.compile(r"\b(January|February|March|April|June|July|August|September|October|November|December)\b", re.I)),
    ("month name", re.compile(r"\bMay\b")),
    ("weekday", re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b", re.I)),
    ("year", re.compile(r"\b(19|20)\d{2}\b")),
    ("title + name", re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][a-z]+")),
    ("street address", re.compile(r"\b\d+ [A-Z][a-z]+ (Road|Street|Lane|Avenue|Close|Drive|Way)\b")),
    ("date of birth", re.compile(r"\b(DOB|d\.o\.b|date of birth)\b", re.I)),
]
# 'May' as a verb would be flagged; we accept those by eye if ever present.

def free_texts(case):
    yield "story", case["story"]
    for i, n in enumerate(case["needs"]):
        for k in ("need", "if_not_met", "outcome", "work"):
            yield f"needs[{i}].{k}", n[k]

def sentences(text):
    for s in re.split(r"(?<=[.!?])\s+", text):
        s = re.sub(r"\s+", " ", s.strip().lower()).strip(" .")
        if len(s) >= 12:
            yield s

def main():
    parts = load_parts()
    patterns, cases = [], []
    for fname, pattern, pcases in parts:
        if pattern in patterns:
            errors.append(f"{fname}: duplicate pattern {pattern}")
        patterns.append(pattern)
        for j, c in enumerate(pcases):
            where = f"{fname}[{j}]"
            if set(c) != PART_KEYS:
                errors.append(f"{where}: keys {sorted(set(c) ^ PART_KEYS)}")
                continue
            if not (1 <= len(c["needs"]) <= 5):
                errors.append(f"{where}: {len(c['needs'])} needs")
            if not (0 <= len(c["services"]) <= 4):
                errors.append(f"{where}: {len(c['services'])} services")
            needs = []
            for k, t in enumerate(c["needs"]):
                if len(t) != len(NEED_KEYS):
                    errors.append(f"{where} need {k}: {len(t)} fields")
                    continue
                n = dict(zip(NEED_KEYS, t))
                check(n["who"], WHO, f"{where} need {k} who")
                check(n["area"], AREAS, f"{where} need {k} area")
                check(n["seriousness"], SERIOUSNESS, f"{where} need {k} seriousness")
                check(n["best_service"], SERVICES, f"{where} need {k} best_service")
                check(n["met"], MET, f"{where} need {k} met")
                if not n["need"].strip():
                    errors.append(f"{where} need {k}: empty need")
                needs.append(n)
            services = []
            for k, t in enumerate(c["services"]):
                if len(t) != len(SERVICE_KEYS):
                    errors.append(f"{where} service {k}: {len(t)} fields")
                    continue
                s = dict(zip(SERVICE_KEYS, t))
                check(s["service"], SERVICES, f"{where} service {k}")
                check(s["still_open"], YESNO, f"{where} service {k} still_open")
                check(s["matched"], MATCHED, f"{where} service {k} matched")
                if not s["provider"].strip():
                    errors.append(f"{where} service {k}: empty provider")
                services.append(s)
            for key, allowed in (("sex", SEX), ("ethnicity", ETHNICITY), ("disability", DISABILITY),
                                 ("legal_status", LEGAL), ("primary_need", PRIMARY)):
                check(c[key], allowed, f"{where} {key}")
            if not isinstance(c["age"], int) or not (0 <= c["age"] <= 17):
                errors.append(f"{where}: age {c['age']!r}")
            if not isinstance(c["hard"], bool):
                errors.append(f"{where}: hard not bool")
            if c["hard"] and (c["alt"] == pattern or not c["alt"]):
                errors.append(f"{where}: hard case needs a different alternative pattern")
            if not c["hard"] and c["alt"]:
                errors.append(f"{where}: alt given on a non-hard case")
            nsent = len(re.findall(r"[.!?](?:\s|$)", c["story"].strip() + " "))
            if not (2 <= nsent <= 8):
                errors.append(f"{where}: story has {nsent} sentences")
            case = {"ref": None, "pattern": pattern, "hard": c["hard"], "auditor": c["auditor"], "agency": c["agency"],
                    "age": c["age"], "sex": c["sex"], "ethnicity": c["ethnicity"], "disability": c["disability"],
                    "legal_status": c["legal_status"], "primary_need": c["primary_need"], "story": c["story"],
                    "needs": needs, "services": services}
            cases.append((case, c["alt"], where))

    for _, alt, where in cases:
        if alt and alt not in patterns:
            errors.append(f"{where}: alt {alt!r} is not a pattern")

    # counts
    if len(patterns) != 6:
        errors.append(f"{len(patterns)} patterns")
    if len(cases) != 48:
        errors.append(f"{len(cases)} cases")
    per = Counter(c["pattern"] for c, _, _ in cases)
    for p in patterns:
        if not (4 <= per[p] <= 12):
            errors.append(f"pattern {p}: {per[p]} cases")
    auditors = Counter(c["auditor"] for c, _, _ in cases)
    if not (4 <= len(auditors) <= 5):
        errors.append(f"{len(auditors)} auditors")
    agency_of = defaultdict(set)
    for c, _, _ in cases:
        agency_of[c["auditor"]].add(c["agency"])
    for a, ags in agency_of.items():
        if len(ags) != 1:
            errors.append(f"auditor {a} has agencies {ags}")

    # personal-data-looking text (never echo the match itself beyond its kind and field)
    for c, _, where in cases:
        for field, text in list(free_texts(c)) + [(f"services[{i}].provider", s["provider"]) for i, s in enumerate(c["services"])]:
            for kind, rx in PD_PATTERNS:
                if rx.search(text):
                    warnings.append(f"{where} {field}: looks like {kind}")

    # sentences reused across cases
    seen = defaultdict(set)
    for c, _, where in cases:
        for field, text in free_texts(c):
            for s in sentences(text):
                seen[s].add(where)
    for s, wh in seen.items():
        if len(wh) > 1:
            errors.append(f"sentence reused across {sorted(wh)}: {s[:60]!r}")

    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
    if warnings:
        print("WARNINGS (personal-data-looking text):")
        for w in warnings:
            print("  " + w)
    if errors:
        sys.exit(1)

    # shuffle with a fixed seed, then number
    order = list(range(len(cases)))
    random.Random(SEED).shuffle(order)
    out_cases, hard_rows = [], []
    for n, i in enumerate(order, start=1):
        case, alt, where = cases[i]
        case = dict(case)
        case["ref"] = f"{PREFIX}{n:03d}"
        out_cases.append({k: case[k] for k in CASE_KEYS})
        if case["hard"]:
            hard_rows.append((case["ref"], case["pattern"], alt, case["auditor"]))
    doc = {"name": COUNCIL, "written_by": WRITTEN_BY, "patterns": patterns, "cases": out_cases}
    with open(os.path.join(HERE, "audit.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")

    # report for the README
    print(f"wrote audit.json: {len(out_cases)} cases, {len(patterns)} patterns, seed {SEED}")
    for p in patterns:
        h = sum(1 for c, _, _ in cases if c["pattern"] == p and c["hard"])
        print(f"  {per[p]:2d} cases, {h} hard  {p}")
    for a, k in sorted(auditors.items()):
        print(f"  {k:2d} cases  {a} ({next(iter(agency_of[a]))})")
    print("hard cases:")
    for r in hard_rows:
        print("  " + " | ".join(r))

if __name__ == "__main__":
    main()
