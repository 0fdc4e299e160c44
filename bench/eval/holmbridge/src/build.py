"""Join part files, check list values against domain.md, shuffle with a fixed seed, number refs.
Produces no text of its own: every string comes from the hand-written part files."""
import json, glob, random, re, collections

WHO = {"Child","Mother","Father","Parent or carer","Sibling","Whole family","Other"}
AREAS = {"Health","Education","Emotional and behavioural development","Identity","Family and social relationships",
 "Social presentation","Self-care skills","Basic care","Ensuring safety","Emotional warmth","Stimulation",
 "Guidance and boundaries","Stability","Family history and functioning","Wider family","Housing","Employment",
 "Income","Family's social integration","Community resources"}
SER = {"1 Low","2 Moderate","3 Serious","4 Very serious"}
MET = {"Met","Partly met","Not met","Not known"}
LEGAL = {"Early help","Child in need","Child protection plan","Looked after","Care leaver","Closed","Other"}
PN = {"N1 Abuse or neglect","N2 Child's disability","N3 Parental disability or illness","N4 Family in acute stress",
 "N5 Family dysfunction","N6 Socially unacceptable behaviour","N7 Low income","N8 Absent parenting",
 "N9 Cases other than children in need","N0 Not stated"}
SEX = {"Female","Male","Not known"}
ETH = {"White","Mixed","Asian or Asian British","Black or Black British","Other ethnic group","Not known",""}
SERV = {"Early help family support","Family hub or children's centre","Health visiting or school nursing",
 "Parenting programme","Child and adolescent mental health (CAMHS)","Adult mental health",
 "Substance misuse service (adult)","Substance misuse service (young person)","Domestic abuse support (victim)",
 "Domestic abuse perpetrator programme","Children's domestic abuse recovery","Youth justice","Youth work",
 "Educational support (SENCo, educational psychology)","Speech and language therapy",
 "Disabled children's service or short breaks","Young carers support","Housing support",
 "Welfare and debt advice","Family group conference","Intensive family intervention (edge of care)",
 "Social work (child in need or protection)","Foster, kinship or residential care","Other"}
CASE_KEYS = ["ref","pattern","hard","auditor","agency","age","sex","ethnicity","disability","legal_status",
 "primary_need","story","needs","services"]
NEED_KEYS = {"who","area","need","if_not_met","seriousness","outcome","work","best_service","met"}
SVC_KEYS = {"service","provider","still_open","matched"}

errors = []
def err(m): errors.append(m)

patterns, cases = [], []
for f in sorted(glob.glob("parts/p*.json")):
    d = json.load(open(f, encoding="utf-8"))
    patterns.append(d["pattern"])
    for c in d["cases"]:
        if c["pattern"] != d["pattern"]["name"]:
            err(f"{f}: pattern name mismatch")
        cases.append(c)

pnames = {p["name"] for p in patterns}
auditor_agency = {}
for i, c in enumerate(cases):
    tag = f"case {i} ({c.get('auditor')}, {c.get('pattern')[:20]})"
    for k in CASE_KEYS[1:]:
        if k not in c: err(f"{tag}: missing {k}")
    extra = set(c) - set(CASE_KEYS)
    if extra: err(f"{tag}: extra keys {extra}")
    if c["pattern"] not in pnames: err(f"{tag}: unknown pattern")
    if not isinstance(c["hard"], bool): err(f"{tag}: hard not bool")
    a = c["age"]
    if a is not None and not (isinstance(a, int) and 0 <= a <= 17): err(f"{tag}: age {a}")
    if c["sex"] not in SEX: err(f"{tag}: sex")
    if c["ethnicity"] not in ETH: err(f"{tag}: ethnicity")
    if c["disability"] not in {"Yes","No","Not known"}: err(f"{tag}: disability")
    if c["legal_status"] not in LEGAL: err(f"{tag}: legal")
    if c["primary_need"] not in PN: err(f"{tag}: primary need")
    auditor_agency.setdefault(c["auditor"], set()).add(c["agency"])
    n_sent = len(re.findall(r"[.!?](\s|$)", c["story"].strip()))
    if not (3 <= n_sent <= 8): err(f"{tag}: story has ~{n_sent} sentences")
    if not (1 <= len(c["needs"]) <= 5): err(f"{tag}: needs count")
    for n in c["needs"]:
        if set(n) != NEED_KEYS: err(f"{tag}: need keys {set(n) ^ NEED_KEYS}")
        if n["who"] not in WHO | {""}: err(f"{tag}: who {n['who']}")
        if n["area"] not in AREAS | {""}: err(f"{tag}: area {n['area']}")
        if n["seriousness"] not in SER | {""}: err(f"{tag}: ser {n['seriousness']}")
        if n["met"] not in MET | {""}: err(f"{tag}: met {n['met']}")
        if n["best_service"] not in SERV | {""}: err(f"{tag}: best_service {n['best_service']}")
        if not n["need"].strip(): err(f"{tag}: empty need")
    if not (0 <= len(c["services"]) <= 4): err(f"{tag}: services count")
    for s in c["services"]:
        if set(s) != SVC_KEYS: err(f"{tag}: svc keys")
        if s["service"] not in SERV: err(f"{tag}: service {s['service']}")
        if s["still_open"] not in {"Yes","No",""}: err(f"{tag}: still_open")
        if s["matched"] not in {"Yes","Partly","No",""}: err(f"{tag}: matched")
    # personal-data patterns
    blob = json.dumps(c, ensure_ascii=False)
    for rx, what in [(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b","date"),(r"\b0\d{3}\s?\d{3}\s?\d{3,4}\b","phone"),
                     (r"[\w.]+@[\w.]+","email"),(r"\b[A-Z]{1,2}\d{1,2}[A-Z]?\s?\d[A-Z]{2}\b","postcode"),
                     (r"\b\d{3}\s?\d{3}\s?\d{4}\b","NHS no")]:
        if re.search(rx, blob): err(f"{tag}: looks like {what}")

for a, ags in auditor_agency.items():
    if len(ags) != 1: err(f"auditor {a} has agencies {ags}")

if errors:
    print("\n".join(errors)); raise SystemExit(1)

rng = random.Random(20240611)
rng.shuffle(cases)
out_cases = []
for i, c in enumerate(cases, 1):
    c2 = {"ref": f"HB{i:03d}"}
    for k in CASE_KEYS[1:]:
        c2[k] = c[k]
    out_cases.append(c2)

audit = {"name": "Holmbridge Borough Council children's needs-led case audit",
         "written_by": "Hand-written evaluation set (invented authority, invented cases); see README.md",
         "patterns": patterns, "cases": out_cases}
json.dump(audit, open("audit.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)

# summary
cnt = collections.Counter(c["pattern"] for c in out_cases)
hard = collections.Counter(c["pattern"] for c in out_cases if c["hard"])
print("cases", len(out_cases), "hard", sum(hard.values()))
for p in patterns: print(f"  {cnt[p['name']]:3d} ({hard[p['name']]} hard)  {p['name']}")
aud = collections.Counter(c["auditor"] for c in out_cases)
for a, n in aud.items():
    pats = {c["pattern"] for c in out_cases if c["auditor"] == a}
    print(f"  {a}: {n} cases, {len(pats)} patterns, {list(auditor_agency[a])[0]}")
