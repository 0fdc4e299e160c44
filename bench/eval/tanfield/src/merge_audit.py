# Assembles the hand-written case part files into audit.json: shuffles cases with a fixed seed
# (so patterns are not in blocks), numbers them TF001..., and checks every dropdown value.
import json, glob, os, random, collections
d = os.path.dirname(os.path.abspath(__file__))
L = dict(
 who={"Child","Mother","Father","Parent or carer","Sibling","Whole family","Other"},
 area={"Health","Education","Emotional and behavioural development","Identity","Family and social relationships","Social presentation","Self-care skills","Basic care","Ensuring safety","Emotional warmth","Stimulation","Guidance and boundaries","Stability","Family history and functioning","Wider family","Housing","Employment","Income","Family's social integration","Community resources"},
 sev={"1 Low","2 Moderate","3 Serious","4 Very serious"},
 met={"Met","Partly met","Not met","Not known"},
 legal={"Early help","Child in need","Child protection plan","Looked after","Care leaver","Closed","Other"},
 pn={"N1 Abuse or neglect","N2 Child's disability","N3 Parental disability or illness","N4 Family in acute stress","N5 Family dysfunction","N6 Socially unacceptable behaviour","N7 Low income","N8 Absent parenting","N9 Cases other than children in need","N0 Not stated"},
 sex={"Female","Male","Not known"},
 eth={"White","Mixed","Asian or Asian British","Black or Black British","Other ethnic group","Not known"},
 svc={"Early help family support","Family hub or children's centre","Health visiting or school nursing","Parenting programme","Child and adolescent mental health (CAMHS)","Adult mental health","Substance misuse service (adult)","Substance misuse service (young person)","Domestic abuse support (victim)","Domestic abuse perpetrator programme","Children's domestic abuse recovery","Youth justice","Youth work","Educational support (SENCo, educational psychology)","Speech and language therapy","Disabled children's service or short breaks","Young carers support","Housing support","Welfare and debt advice","Family group conference","Intensive family intervention (edge of care)","Social work (child in need or protection)","Foster, kinship or residential care","Other"},
 yn={"Yes","No"}, matched={"Yes","Partly","No"}, dis={"Yes","No","Not known"})
KEYS = ["ref","pattern","hard","auditor","agency","age","sex","ethnicity","disability","legal_status","primary_need","story","needs","services","no_services","overall","matched","notes"]
NK = ["who","area","need","if_not_met","seriousness","outcome","work","best_service","met"]
SK = ["service","provider","still_open","matched"]
cases = []
for f in sorted(glob.glob(os.path.join(d, "a*.json"))):
    cs = json.load(open(f)); cases += cs; print(os.path.basename(f), len(cs))
for c in cases:
    c["ref"] = ""
    assert set(c) == set(KEYS), (c.get("story","")[:40], set(c) ^ set(KEYS))
    assert isinstance(c["hard"], bool) and isinstance(c["no_services"], bool) and isinstance(c["age"], int)
    assert c["sex"] in L["sex"] and c["ethnicity"] in L["eth"] and c["disability"] in L["dis"], c["story"][:40]
    assert c["legal_status"] in L["legal"] and c["primary_need"] in L["pn"], c["story"][:40]
    assert c["overall"] in L["sev"] and c["matched"] in L["matched"], c["story"][:40]
    assert 1 <= len(c["needs"]) <= 6
    for n in c["needs"]:
        assert list(n) == NK, n
        assert n["who"] in L["who"] and n["area"] in L["area"] and n["seriousness"] in L["sev"] and n["met"] in L["met"], n
        assert n["best_service"] in L["svc"], n["best_service"]
    for s in c["services"]:
        assert list(s) == SK and s["service"] in L["svc"] and s["still_open"] in L["yn"] and s["matched"] in L["matched"], s
    assert c["no_services"] == (len(c["services"]) == 0), c["story"][:40]
random.Random(2026).shuffle(cases)
out = []
for i, c in enumerate(cases, 1):
    c["ref"] = "TF%03d" % i
    out.append({k: c[k] for k in KEYS})
patterns = json.load(open(os.path.join(d, "patterns.json")))
assert {c["pattern"] for c in out} <= set(patterns), {c["pattern"] for c in out} - set(patterns)
doc = {"name": "Tanfield", "written_by": open(os.path.join(d, "written_by.txt")).read().strip(), "patterns": patterns, "cases": out}
json.dump(doc, open(os.path.join(d, "..", "audit.json"), "w"), ensure_ascii=False, indent=1)
print("cases", len(out), "hard", sum(c["hard"] for c in out), "needs", sum(len(c["needs"]) for c in out))
print(collections.Counter(c["pattern"] for c in out))
print(collections.Counter(c["auditor"] for c in out))
print(collections.Counter(c["primary_need"] for c in out))
