"""Join hand-written part files, check them, shuffle with a fixed seed, number refs.
Generates no text of its own."""
import json, random, re, sys, importlib
from collections import Counter, defaultdict
sys.path.insert(0, "parts")

NAME = "Marrowfield Borough Council"
WRITTEN_BY = "Hand-written case by case by one evaluation author, posing as five auditors from five agencies; only domain.md was read."
PATTERNS = {
    "BAB": "Babies and toddlers with a parent who is struggling",
    "SUB": "Living with a parent's drink or drug use",
    "DA":  "Domestic abuse: living with it and getting over it",
    "SCH": "Not in school",
    "EXT": "Teenagers at risk outside the home",
    "KIN": "Grandparents and relatives raising children",
    "BRK": "Teenagers and parents at breaking point",
}
PART_FILES = ["bab", "sub", "da", "sch", "ext", "kin", "brk"]
AUDITORS = {
    "A": ("Jo Pennick", "Marrowfield 0-19 Healthy Child Service"),
    "B": ("Shelley Marsh", "Early Help, Eastgate Family Hub"),
    "C": ("Tom Aspinall", "Children's Social Care, Safeguarding and Assessment"),
    "D": ("Nadia Ferrante", "Brookside CAMHS"),
    "E": ("Keith Dunmore", "Virtual School and Education Welfare Service"),
}
PREFIX, SEED = "MB", 1313

WHO = ["Child", "Mother", "Father", "Parent or carer", "Sibling", "Whole family", "Other"]
AREAS = ["Health", "Education", "Emotional and behavioural development", "Identity",
         "Family and social relationships", "Social presentation", "Self-care skills",
         "Basic care", "Ensuring safety", "Emotional warmth", "Stimulation",
         "Guidance and boundaries", "Stability",
         "Family history and functioning", "Wider family", "Housing", "Employment", "Income",
         "Family's social integration", "Community resources"]
SER = ["1 Low", "2 Moderate", "3 Serious", "4 Very serious"]
MET = ["Met", "Partly met", "Not met", "Not known"]
LEGAL = ["Early help", "Child in need", "Child protection plan", "Looked after", "Care leaver", "Closed", "Other"]
PN = ["N1 Abuse or neglect", "N2 Child's disability", "N3 Parental disability or illness",
      "N4 Family in acute stress", "N5 Family dysfunction", "N6 Socially unacceptable behaviour",
      "N7 Low income", "N8 Absent parenting", "N9 Cases other than children in need", "N0 Not stated"]
SEX = ["Female", "Male", "Not known"]
ETH = ["White", "Mixed", "Asian or Asian British", "Black or Black British", "Other ethnic group", "Not known"]
DIS = ["Yes", "No", "Not known"]
SERVICES = ["Early help family support", "Family hub or children's centre", "Health visiting or school nursing",
    "Parenting programme", "Child and adolescent mental health (CAMHS)", "Adult mental health",
    "Substance misuse service (adult)", "Substance misuse service (young person)", "Domestic abuse support (victim)",
    "Domestic abuse perpetrator programme", "Children's domestic abuse recovery", "Youth justice", "Youth work",
    "Educational support (SENCo, educational psychology)", "Speech and language therapy",
    "Disabled children's service or short breaks", "Young carers support", "Housing support",
    "Welfare and debt advice", "Family group conference", "Intensive family intervention (edge of care)",
    "Social work (child in need or protection)", "Foster, kinship or residential care", "Other"]
YN = ["Yes", "No"]
MATCHED = ["Yes", "Partly", "No"]

errors = []
def err(msg): errors.append(msg)

# ---- join
raw = []
for f in PART_FILES:
    m = importlib.import_module(f)
    for i, c in enumerate(m.CASES):
        raw.append((f, i, c))

CASE_KEYS = {"p", "hard", "a", "age", "sex", "eth", "dis", "legal", "pn", "story", "needs", "services"}
NEED_KEYS = ["who", "area", "need", "if_not_met", "seriousness", "outcome", "work", "best_service", "met"]

def sentences(t):
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9'])", t.strip()) if s]

# personal-data-like patterns
PD = [
    ("email", r"[\w.+-]+@[\w-]+\.[\w.]+"),
    ("phone/long number", r"\b(?:\d[ -]?){6,}\d\b"),
    ("NHS number", r"\b\d{3}\s?\d{3}\s?\d{4}\b"),
    ("postcode", r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"),
    ("numeric date", r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b"),
    ("month date", r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b"),
    ("month name", r"\b(?:January|February|March|April|June|July|August|September|October|November|December)\b"),
    ("year", r"\b(?:19|20)\d{2}\b"),
    ("DOB", r"\b(?:DOB|d\.o\.b|date of birth)\b"),
    ("address", r"\b\d+\s+\w+\s+(?:Road|Street|Avenue|Lane|Close|Drive|Way|Crescent)\b"),
]

cases = []
sent_seen = defaultdict(list)
cap_words = Counter()
for f, i, c in raw:
    where = f"{f}[{i}]"
    if set(c) != CASE_KEYS: err(f"{where}: keys {sorted(set(c) ^ CASE_KEYS)}")
    if c["p"] not in PATTERNS or c["p"].lower() != f: err(f"{where}: pattern {c['p']}")
    if c["a"] not in AUDITORS: err(f"{where}: auditor")
    if not isinstance(c["hard"], bool): err(f"{where}: hard")
    if not (c["age"] is None or (isinstance(c["age"], int) and 0 <= c["age"] <= 17)): err(f"{where}: age")
    for k, lst in (("sex", SEX), ("eth", ETH), ("dis", DIS), ("legal", LEGAL), ("pn", PN)):
        if c[k] not in lst: err(f"{where}: {k}={c[k]!r}")
    ns = len(sentences(c["story"]))
    if not 2 <= ns <= 8: err(f"{where}: story has {ns} sentences")
    if not 1 <= len(c["needs"]) <= 5: err(f"{where}: {len(c['needs'])} needs")
    if not 0 <= len(c["services"]) <= 4: err(f"{where}: {len(c['services'])} services")
    for n in c["needs"]:
        if list(n) != NEED_KEYS: err(f"{where}: need keys")
        if n["who"] not in WHO: err(f"{where}: who {n['who']!r}")
        if n["area"] not in AREAS: err(f"{where}: area {n['area']!r}")
        if n["seriousness"] not in SER: err(f"{where}: seriousness {n['seriousness']!r}")
        if n["met"] not in MET: err(f"{where}: met {n['met']!r}")
        if n["best_service"] not in SERVICES + [""]: err(f"{where}: best_service {n['best_service']!r}")
        if not n["need"].strip(): err(f"{where}: empty need")
    for s in c["services"]:
        if set(s) != {"service", "provider", "still_open", "matched"}: err(f"{where}: service keys")
        if s["service"] not in SERVICES: err(f"{where}: service {s['service']!r}")
        if s["still_open"] not in YN: err(f"{where}: still_open {s['still_open']!r}")
        if s["matched"] not in MATCHED: err(f"{where}: matched {s['matched']!r}")
        if not s["provider"].strip(): err(f"{where}: provider empty")
    texts = [c["story"]] + [n[k] for n in c["needs"] for k in ("need", "if_not_met", "outcome", "work")] \
            + [s["provider"] for s in c["services"]]
    for t in texts:
        for label, rx in PD:
            if re.search(rx, t, flags=0 if label in ("postcode",) else re.I):
                err(f"{where}: possible {label}: (text withheld)")
        for w in re.findall(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}\b", t):
            cap_words[w] += 1
    for t in [c["story"]] + [n["need"] for n in c["needs"]]:
        for s in sentences(t):
            key = re.sub(r"\W+", " ", s.lower()).strip()
            if len(key.split()) >= 4:
                sent_seen[key].append(where)
    cases.append((where, c))

for key, wh in sent_seen.items():
    if len(set(wh)) > 1: err(f"sentence reused across cases {wh}: {key[:60]}")

# ---- counts
pc = Counter(c["p"] for _, c in cases)
if len(cases) != 60: err(f"{len(cases)} cases, want 60")
for p in PATTERNS:
    if not 4 <= pc[p] <= 13: err(f"pattern {p} has {pc[p]}")
if len(set(pc.values())) < 3: err("pattern sizes not uneven")
ap = defaultdict(set)
for _, c in cases: ap[c["a"]].add(c["p"])
for a, ps in ap.items():
    if len(ps) < 4: err(f"auditor {a} covers {len(ps)} patterns")
hard = sum(c["hard"] for _, c in cases)
if not 12 <= hard <= 18: err(f"hard = {hard}")

if "--review" in sys.argv:
    print("Capitalised words (review for names):")
    print(", ".join(f"{w}:{n}" for w, n in sorted(cap_words.items())))

if errors:
    print("\n".join(errors)); sys.exit(1)

# ---- shuffle and number
order = [c for _, c in cases]
random.Random(SEED).shuffle(order)
out_cases = []
for k, c in enumerate(order, 1):
    name, agency = AUDITORS[c["a"]]
    out_cases.append({"ref": f"{PREFIX}{k:03d}", "pattern": PATTERNS[c["p"]], "hard": c["hard"],
        "auditor": name, "agency": agency, "age": c["age"], "sex": c["sex"], "ethnicity": c["eth"],
        "disability": c["dis"], "legal_status": c["legal"], "primary_need": c["pn"],
        "story": c["story"], "needs": c["needs"], "services": c["services"]})
doc = {"name": NAME, "written_by": WRITTEN_BY, "patterns": list(PATTERNS.values()), "cases": out_cases}
with open("audit.json", "w", encoding="utf-8") as fh:
    json.dump(doc, fh, ensure_ascii=False, indent=1)
print("OK", len(out_cases), "cases; hard", hard)
for p, n in PATTERNS.items():
    print(f"  {n}: {pc[p]} cases, hard {sum(c['hard'] for _, c in cases if c['p']==p)}")
for a, (nm, ag) in AUDITORS.items():
    print(f"  {nm}: {sum(1 for _, c in cases if c['a']==a)} cases, {len(ap[a])} patterns")
print("  primary need:", dict(Counter(c["pn"][:2] for _, c in cases)))
