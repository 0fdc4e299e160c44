"""Join the hand-written part files, check list values against domain.md,
shuffle with a fixed seed and number the refs. Produces no text of its own."""
import json, glob, os, random, re, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOMAIN = "/work/shared/design/domain.md"
md = open(DOMAIN, encoding="utf-8").read()
flat = re.sub(r"\s+", " ", md)

def grab(label):
    m = re.search(r"\*\*" + re.escape(label) + r"\*\*[^:]*:(.*?)(?:\. - \*\*|\. - Welsh|$)", flat)
    return m.group(1)

def split_items(text):
    return [t.strip().rstrip(".") for t in text.split(";") if t.strip()]

who = split_items(grab("Who"))
areas_txt = re.search(r"\*\*Areas\*\*.*?:(.*?)- \*\*Seriousness", flat).group(1)
areas = []
for part in re.findall(r"- [^:]+:(.*?)(?=- |$)", areas_txt):
    areas += split_items(part)
met = split_items(grab("Met"))
legal = split_items(grab("Legal status"))
pn_txt = re.search(r"\*\*Primary need\*\*[^:]*:(.*?)- \*\*Sex", flat).group(1)
primary = split_items(pn_txt)
sex = split_items(grab("Sex"))
eth = split_items(re.search(r"\*\*Ethnicity\*\*[^:]*:(.*?)- \*\*Services", flat).group(1))
serv_txt = re.search(r"\*\*Services\*\*[^:]*:(.*?)- \*\*Age bands", flat).group(1)
services = split_items(serv_txt)
ser_lv = re.findall(r"([1-4] (?:Low|Moderate|Serious|Very serious)):", flat)

LISTS = dict(who=who, area=areas, met=met, legal=legal, primary=primary, sex=sex,
             eth=eth, services=services, seriousness=ser_lv)
for k, v in LISTS.items():
    for item in v:
        assert item in md.replace("\n  ", " ").replace("\n", " ") or item in flat, (k, item)

errors = []
def check(cond, msg):
    if not cond:
        errors.append(msg)

patterns, cases = [], []
for path in sorted(glob.glob(os.path.join(HERE, "parts", "*.json"))):
    part = json.load(open(path, encoding="utf-8"))
    patterns.append(part["pattern"])
    for c in part["cases"]:
        c = dict(c)
        c["pattern"] = part["pattern"]["name"]
        cases.append(c)

PII = [(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b", "postcode"), (r"\S+@\S+\.\w+", "email"),
       (r"\b0\d{3,4} ?\d{3} ?\d{3,4}\b", "phone"), (r"\b\d{3} ?\d{3} ?\d{4}\b", "nhs"),
       (r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", "date")]

for i, c in enumerate(cases):
    tag = f"{c['pattern'][:20]}#{i} {c['auditor']}"
    keys = {"hard", "auditor", "agency", "age", "sex", "ethnicity", "disability", "legal_status",
            "primary_need", "story", "needs", "services", "pattern"}
    check(set(c) == keys, f"{tag}: keys {set(c) ^ keys}")
    check(isinstance(c["hard"], bool), f"{tag}: hard")
    check(c["age"] is None or (isinstance(c["age"], int) and 0 <= c["age"] <= 17), f"{tag}: age")
    check(c["sex"] in sex, f"{tag}: sex {c['sex']}")
    check(c["ethnicity"] in eth + [""], f"{tag}: eth {c['ethnicity']}")
    check(c["disability"] in ("Yes", "No", "Not known"), f"{tag}: disability")
    check(c["legal_status"] in legal, f"{tag}: legal {c['legal_status']}")
    check(c["primary_need"] in primary, f"{tag}: primary {c['primary_need']}")
    nsent = len([s for s in re.split(r"(?<=[.!?])\s+", c["story"].strip()) if s])
    check(3 <= nsent <= 8, f"{tag}: story sentences {nsent}")
    check(1 <= len(c["needs"]) <= 5, f"{tag}: needs count")
    for n in c["needs"]:
        nk = {"who", "area", "need", "if_not_met", "seriousness", "outcome", "work", "best_service", "met"}
        check(set(n) == nk, f"{tag}: need keys {set(n) ^ nk}")
        check(n["who"] in who + [""], f"{tag}: who {n['who']}")
        check(n["area"] in areas + [""], f"{tag}: area {n['area']}")
        check(n["seriousness"] in ser_lv + [""], f"{tag}: seriousness {n['seriousness']}")
        check(n["best_service"] in services + [""], f"{tag}: best_service {n['best_service']}")
        check(n["met"] in met + [""], f"{tag}: met {n['met']}")
    check(0 <= len(c["services"]) <= 4, f"{tag}: services count")
    for s in c["services"]:
        check(set(s) == {"service", "provider", "still_open", "matched"}, f"{tag}: service keys")
        check(s["service"] in services, f"{tag}: service {s['service']}")
        check(s["still_open"] in ("Yes", "No", ""), f"{tag}: still_open")
        check(s["matched"] in ("Yes", "Partly", "No", ""), f"{tag}: matched")
    text = json.dumps(c)
    for rx, kind in PII:
        if re.search(rx, text):
            errors.append(f"{tag}: possible {kind}")

names = [p["name"] for p in patterns]
check(len(set(names)) == len(names), "duplicate pattern names")
check(6 <= len(patterns) <= 7, "pattern count")
check(50 <= len(cases) <= 60, f"case count {len(cases)}")
for p in names:
    n = sum(c["pattern"] == p for c in cases)
    check(3 <= n <= 14, f"size of {p}: {n}")
check(5 <= len({c['auditor'] for c in cases}) <= 6, "auditor count")

if errors:
    print("\n".join(errors)); sys.exit(1)

rng = random.Random(20240611)
rng.shuffle(cases)
out = []
for k, c in enumerate(cases, 1):
    order = ["ref", "pattern", "hard", "auditor", "agency", "age", "sex", "ethnicity", "disability",
             "legal_status", "primary_need", "story", "needs", "services"]
    c["ref"] = f"DH{k:03d}"
    out.append({key: c[key] for key in order})

audit = {"name": "Dunholm City Council needs-led case audit (children's services)",
         "written_by": "Hand-written evaluation set; six invented auditors; see README.md",
         "patterns": patterns, "cases": out}
json.dump(audit, open(os.path.join(HERE, "audit.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
print("ok", len(out), "cases,", sum(c["hard"] for c in out), "hard")
print("lists:", {k: len(v) for k, v in LISTS.items()})
