"""Convert the ninth writer's audit.json (its own schema: the brief's schema never reached it)
into the bench's schema. Only fields are moved; no text is changed."""
import json
from pathlib import Path

SRC = Path(__file__).with_name("writer-audit.json")  # the writer's own audit.json, unchanged
AGE = {"under 1": 0, "1-4": 3, "5-9": 7, "10-15": 13, "16 and over": 16}
SERIOUS = {1: "1 Low", 2: "2 Moderate", 3: "3 Serious", 4: "4 Very serious"}
a = json.loads(SRC.read_text("utf-8"))
names = {p["id"]: p["name"] for p in a["patterns"]}
auditors = {x["id"]: x for x in a["auditors"]}
cases = []
for c in a["cases"]:
    needed = list(c.get("services_needed", []))
    needs = []
    for i, n in enumerate(c["needs"]):
        needs.append({
            "who": n.get("who", ""), "area": n.get("area", ""), "need": n.get("need", ""),
            "if_not_met": n.get("if_not_met", ""),
            "seriousness": SERIOUS.get(n.get("seriousness"), "") if isinstance(n.get("seriousness"), int) else (n.get("seriousness") or ""),
            "outcome": n.get("outcome", ""), "work": n.get("work", ""),
            "best_service": needed[i] if i < len(needed) else "",
            "met": n.get("met", ""),
        })
    cases.append({
        "ref": c["ref"], "pattern": names[c["pattern"]], "hard": bool(c.get("key_note")),
        "auditor": auditors[c["auditor"]]["name"], "agency": auditors[c["auditor"]]["team"],
        "age": AGE.get(c.get("age_band")), "sex": c.get("sex", ""), "ethnicity": c.get("ethnicity", ""),
        "disability": c.get("disability", ""), "legal_status": c.get("legal_status", ""),
        "primary_need": c.get("primary_need", ""), "story": c.get("story", ""), "needs": needs,
        "services": [{"service": s, "provider": "", "still_open": "", "matched": ""} for s in c.get("services_received", [])],
    })
out = {"name": "Harrowby Vale (ninth hand-written set)", "patterns": [{"name": p["name"], "description": p["description"]} for p in a["patterns"]], "cases": cases}
Path(__file__).parent.parent.joinpath("audit.json").write_text(json.dumps(out, indent=1, ensure_ascii=False), "utf-8")
print(len(cases), "cases;", sum(c["hard"] for c in cases), "hard;", len(out["patterns"]), "patterns")
