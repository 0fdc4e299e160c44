import json, sys, re, collections, importlib.util, os

spec = importlib.util.spec_from_file_location("defaults", "/work/main/needsaudit/defaults.py")
D = importlib.util.module_from_spec(spec)
spec.loader.exec_module(D)
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
a = json.load(open(os.path.join(HERE, "audit.json")))
n = json.load(open(os.path.join(HERE, "needs.json")))
areas = {x for _, x in D.AREAS}
ser = {f"{i} {lab}" for i, lab, _ in D.SERIOUSNESS}
errs = []


def chk(v, allowed, what, ref, empty_ok=True):
    if v == "" and empty_ok:
        return
    if v not in allowed:
        errs.append(f"{ref}: {what}={v!r}")


keys = [
    "ref",
    "pattern",
    "hard",
    "auditor",
    "agency",
    "age",
    "sex",
    "ethnicity",
    "disability",
    "legal_status",
    "primary_need",
    "story",
    "needs",
    "services",
    "no_services",
    "overall",
    "matched",
    "notes",
]
for c in a["cases"]:
    r = c["ref"]
    if list(c) != keys:
        errs.append(f"{r}: keys {list(c)}")
    if c["pattern"] not in a["patterns"]:
        errs.append(f"{r}: pattern")
    chk(c["sex"], D.SEX, "sex", r)
    chk(c["ethnicity"], D.ETHNICITY, "eth", r)
    chk(c["disability"], {"Yes", "No", "Not known"}, "dis", r)
    chk(c["legal_status"], D.LEGAL_STATUS, "legal", r)
    chk(c["primary_need"], D.PRIMARY_NEED, "pn", r)
    chk(c["overall"], ser, "overall", r)
    chk(c["matched"], {"Yes", "Partly", "No"}, "matched", r)
    if not (c["age"] is None or isinstance(c["age"], int)):
        errs.append(f"{r}: age")
    if not 1 <= len(c["needs"]) <= 5:
        errs.append(f"{r}: needs count {len(c['needs'])}")
    ns = len(re.findall(r"[.!?](?:['\"]?)(?:\s|$)", c["story"]))
    if not 2 <= ns <= 6:
        errs.append(f"{r}: story sentences ~{ns}")
    if c["no_services"] and c["services"]:
        errs.append(f"{r}: no_services but services")
    for x in c["needs"]:
        chk(x["who"], D.WHO, "who", r)
        chk(x["area"], areas, "area", r)
        chk(x["seriousness"], ser, "ser", r)
        chk(x["best_service"], D.SERVICES, "best", r)
        chk(x["met"], D.MET, "met", r)
        if not x["need"].strip():
            errs.append(f"{r}: empty need")
    for s in c["services"]:
        chk(s["service"], D.SERVICES, "service", r, empty_ok=False)
        chk(s["still_open"], {"Yes", "No"}, "open", r, empty_ok=False)
        chk(s["matched"], {"Yes", "Partly", "No"}, "smatched", r, empty_ok=False)
for s in n:
    if s["label"] not in {"universal", "service", "assessment", "specific"}:
        errs.append(f"label {s}")
    chk(s["who"], D.WHO, "who", s["text"], empty_ok=False)
print("ERRORS:", errs or "none")
print("cases", len(a["cases"]))
pc = collections.Counter(c["pattern"] for c in a["cases"])
hc = collections.Counter(c["pattern"] for c in a["cases"] if c["hard"])
for k in a["patterns"]:
    print(f"  {k:25s} {pc[k]:3d}  hard {hc[k]}")
print("auditors", collections.Counter(c["auditor"] + " / " + c["agency"] for c in a["cases"]))
print("needs in cases", sum(len(c["needs"]) for c in a["cases"]))
print("primary need by pattern:")
for k in a["patterns"]:
    print(
        " ",
        k,
        dict(collections.Counter(c["primary_need"][:2] for c in a["cases"] if c["pattern"] == k)),
    )
print("statements", len(n), collections.Counter(s["label"] for s in n))
print("who in statements", collections.Counter(s["who"] for s in n))


# rule-phrase check against the project's phrase list, to document how hard the set is
def kinds(t):
    out = set()
    for ph, kind in D.PHRASES:
        if re.search(r"(?<![\w-])" + re.escape(ph.lower()) + r"(?![\w-])", t.lower()):
            out.add(kind)
    return out


tab = collections.Counter()
for s in n:
    k = kinds(s["text"])
    tab[(s["label"], "hit:" + ",".join(sorted(k)) if k else "no hit")] += 1
for k, v in sorted(tab.items()):
    print("  ", k, v)
