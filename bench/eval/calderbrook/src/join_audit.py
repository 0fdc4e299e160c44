# Joins hand-written part files (parts/audit_*.json), checks every list value
# against the lists typed out from /work/shared/design/domain.md, shuffles case
# order with a fixed seed and numbers the cases ZR001.. . It writes no text.
import json, glob, random, re, collections
WHO = ["Child","Mother","Father","Parent or carer","Sibling","Whole family","Other"]
AREAS = ["Health","Education","Emotional and behavioural development","Identity",
 "Family and social relationships","Social presentation","Self-care skills",
 "Basic care","Ensuring safety","Emotional warmth","Stimulation","Guidance and boundaries","Stability",
 "Family history and functioning","Wider family","Housing","Employment","Income",
 "Family's social integration","Community resources"]
SER = ["1 Low","2 Moderate","3 Serious","4 Very serious"]
MET = ["Met","Partly met","Not met","Not known"]
LEGAL = ["Early help","Child in need","Child protection plan","Looked after","Care leaver","Closed","Other"]
PRIMARY = ["N1 Abuse or neglect","N2 Child's disability","N3 Parental disability or illness",
 "N4 Family in acute stress","N5 Family dysfunction","N6 Socially unacceptable behaviour",
 "N7 Low income","N8 Absent parenting","N9 Cases other than children in need","N0 Not stated"]
SEX = ["Female","Male","Not known"]
ETH = ["White","Mixed","Asian or Asian British","Black or Black British","Other ethnic group","Not known"]
SERVICES = ["Early help family support","Family hub or children's centre","Health visiting or school nursing",
 "Parenting programme","Child and adolescent mental health (CAMHS)","Adult mental health",
 "Substance misuse service (adult)","Substance misuse service (young person)","Domestic abuse support (victim)",
 "Domestic abuse perpetrator programme","Children's domestic abuse recovery","Youth justice","Youth work",
 "Educational support (SENCo, educational psychology)","Speech and language therapy",
 "Disabled children's service or short breaks","Young carers support","Housing support",
 "Welfare and debt advice","Family group conference","Intensive family intervention (edge of care)",
 "Social work (child in need or protection)","Foster, kinship or residential care","Other"]
# confirm the typed lists really appear in domain.md
dom = open("/work/shared/design/domain.md").read()
for v in WHO+AREAS+MET+LEGAL+PRIMARY+SEX+ETH+SERVICES:
    assert v in dom.replace("\n  "," ").replace("\n"," "), ("not in domain.md", v)
for s in SER:
    n, name = s.split(" ",1)
    assert f"{n} {name}:" in dom, s
def ok(v, allowed, blank=True):
    return (blank and v == "") or v in allowed
cases = []
errs = []
for p in sorted(glob.glob("parts/audit_p*.json")):
    for c in json.load(open(p)):
        c["_src"] = p
        cases.append(c)
for i,c in enumerate(cases):
    tag = (c["_src"], i, c["story"][:40])
    for k,allowed in [("sex",SEX),("ethnicity",ETH),("legal_status",LEGAL),("primary_need",PRIMARY)]:
        if c[k] not in allowed: errs.append((tag,k,c[k]))
    if c["disability"] not in ("Yes","No"): errs.append((tag,"disability"))
    if not isinstance(c["age"], int) or not 0 <= c["age"] <= 25: errs.append((tag,"age"))
    if not 1 <= len(c["needs"]) <= 5: errs.append((tag,"nneeds"))
    nsent = len(re.findall(r"[.!?](\s|$)", c["story"]))
    if not 3 <= nsent <= 8: errs.append((tag,"sentences",nsent))
    for n in c["needs"]:
        assert set(n) == {"who","area","need","if_not_met","seriousness","outcome","work","best_service","met"}, (tag, n.keys())
        if not ok(n["who"],WHO,False): errs.append((tag,"who",n["who"]))
        if not ok(n["area"],AREAS): errs.append((tag,"area",n["area"]))
        if not ok(n["seriousness"],SER): errs.append((tag,"ser",n["seriousness"]))
        if not ok(n["met"],MET): errs.append((tag,"met",n["met"]))
        if not ok(n["best_service"],SERVICES): errs.append((tag,"best",n["best_service"]))
    for s in c["services"]:
        assert set(s) == {"service","provider","still_open","matched"}, tag
        if s["service"] not in SERVICES: errs.append((tag,"service",s["service"]))
        if s["still_open"] not in ("Yes","No"): errs.append((tag,"open"))
        if s["matched"] not in ("Yes","No","Partly"): errs.append((tag,"matched"))
for e in errs: print("ERR", e)
assert not errs
random.Random(20240707).shuffle(cases)
out_cases = []
for i,c in enumerate(cases, 1):
    c.pop("_src")
    out_cases.append({"ref": f"ZR{i:03d}", **c})
patterns = json.load(open("parts/audit_header.json"))
patterns["cases"] = out_cases
json.dump(patterns, open("audit.json","w"), indent=1, ensure_ascii=False)
print("cases", len(out_cases))
print("by pattern", collections.Counter(c["pattern"] for c in out_cases))
print("hard", sum(c["hard"] for c in out_cases), collections.Counter(c["pattern"] for c in out_cases if c["hard"]))
print("auditors", collections.Counter(c["auditor"] for c in out_cases))
print("needs", sum(len(c["needs"]) for c in out_cases))
print("primary", collections.Counter(c["primary_need"] for c in out_cases))
print("legal", collections.Counter(c["legal_status"] for c in out_cases))
