"""Check audit.json and needs.json against the default lists in needsaudit/defaults.py."""
import importlib.util, json, re, sys, collections, pathlib
HERE = pathlib.Path(__file__).parent
spec = importlib.util.spec_from_file_location("defaults", "/work/main/needsaudit/defaults.py")
D = importlib.util.module_from_spec(spec); spec.loader.exec_module(D)
AREAS = {a for _, a in D.AREAS}
SER = {f"{n} {l}" for n, l, _ in D.SERIOUSNESS}
errs = []
def chk(cond, msg):
    if not cond: errs.append(msg)
doc = json.load(open(HERE / "audit.json"))
chk(set(doc) == {"name", "written_by", "patterns", "cases"}, "top keys")
keys = ["ref","pattern","hard","auditor","agency","age","sex","ethnicity","disability","legal_status",
        "primary_need","story","needs","services","no_services","overall","matched","notes"]
nkeys = ["who","area","need","if_not_met","seriousness","outcome","work","best_service","met"]
skeys = ["service","provider","still_open","matched"]
refs = set()
for c in doc["cases"]:
    r = c["ref"]; chk(list(c) == keys, f"{r} keys {list(c)}"); chk(r not in refs, f"dup {r}"); refs.add(r)
    chk(c["pattern"] in doc["patterns"], f"{r} pattern")
    chk(isinstance(c["hard"], bool), f"{r} hard")
    chk(c["age"] is None or (isinstance(c["age"], int) and 0 <= c["age"] <= 18), f"{r} age")
    chk(c["sex"] in D.SEX + ("",), f"{r} sex"); chk(c["ethnicity"] in D.ETHNICITY + ("",), f"{r} eth")
    chk(c["disability"] in ("Yes","No","Not known",""), f"{r} dis")
    chk(c["legal_status"] in D.LEGAL_STATUS + ("",), f"{r} legal")
    chk(c["primary_need"] in D.PRIMARY_NEED + ("",), f"{r} pn")
    chk(c["overall"] in SER | {""}, f"{r} overall"); chk(c["matched"] in ("Yes","Partly","No",""), f"{r} matched")
    chk(1 <= len(c["needs"]) <= 5, f"{r} n needs")
    sents = len(re.findall(r"[.!?](\s|$)", c["story"].strip()+" "))
    chk(2 <= sents <= 6, f"{r} story sentences {sents}")
    for nd in c["needs"]:
        chk(list(nd) == nkeys, f"{r} need keys"); chk(nd["who"] in D.WHO, f"{r} who {nd['who']}")
        chk(nd["area"] in AREAS, f"{r} area {nd['area']}"); chk(nd["seriousness"] in SER | {""}, f"{r} ser")
        chk(nd["met"] in D.MET + ("",), f"{r} met"); chk(nd["best_service"] in D.SERVICES + ("",), f"{r} best {nd['best_service']}")
        chk(nd["need"].strip() != "", f"{r} empty need")
    for sv in c["services"]:
        chk(list(sv) == skeys, f"{r} svc keys"); chk(sv["service"] in D.SERVICES, f"{r} svc {sv['service']}")
        chk(sv["still_open"] in ("Yes","No"), f"{r} open"); chk(sv["matched"] in ("Yes","Partly","No"), f"{r} svc matched")
    chk(c["no_services"] == (not c["services"]), f"{r} no_services")
needs = json.load(open(HERE / "needs.json"))
for x in needs:
    chk(set(x) <= {"text","label","who","note"} and {"text","label","who"} <= set(x), f"needs keys {x}")
    chk(x["label"] in ("universal","service","assessment","specific"), f"label {x}"); chk(x["who"] in D.WHO, f"who {x}")
if errs:
    print("\n".join(errs)); sys.exit(1)
pc = collections.Counter(c["pattern"] for c in doc["cases"])
print("cases", len(doc["cases"]), dict(pc))
print("hard", sum(c["hard"] for c in doc["cases"]), "auditors", len({c["auditor"] for c in doc["cases"]}))
print("primary need", dict(collections.Counter(c["primary_need"] for c in doc["cases"])))
print("needs", len(needs), dict(collections.Counter(x["label"] for x in needs)))
print("OK")
