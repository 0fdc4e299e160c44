"""Assemble the ninth evaluation set from the hand-written forms in p1..p9.

Run:  cd /work/evaldata/ninth/src && python3 build.py
Writes ../audit.json (with the key), ../forms_blind.json (no key), ../key.csv, ../needs.csv
"""
import csv, json, random, sys
from collections import Counter
from pathlib import Path
import common, p1, p2, p3, p4, p5, p6, p7, p8, p9

OUT = Path(__file__).resolve().parent.parent
SEED = 9

AUDITORS = [
 {"id": "A1", "name": "Dawn Featherstone", "role": "Social worker", "team": "Vale North Children in Need Team",
  "style": "Terse case-recording shorthand: CIN, CPP, MFH, NFA, ch, hx, PLO, s.47."},
 {"id": "A2", "name": "Marcus Oyelaran", "role": "Designated safeguarding lead",
  "team": "St Aldric's CE Primary School",
  "style": "Writes about the child in class: behaviour, attendance, uniform, breakfast, what staff see at the gate."},
 {"id": "A3", "name": "Sian Mallory", "role": "Family support worker", "team": "Brookmere Family Hub (Early Help)",
  "style": "Warm, first-person, strengths-based narrative. Usually names what the family does well."},
 {"id": "A4", "name": "Gareth Pennick", "role": "Think Family practitioner",
  "team": "Harrowby Vale Community Mental Health Team (linked to Vale Pathways drug and alcohol service)",
  "style": "Writes about the parent as 'client' or 'service user': diagnosis, treatment, relapse. The children come second and are often seen only through the parent."},
 {"id": "A5", "name": "Helen Tsang-Whitfield", "role": "Specialist community public health nurse",
  "team": "Ashcombe 0-19 Health Team (health visiting and school nursing)",
  "style": "Health language and abbreviations: centiles, EPDS, ASQ, imms, DNA, NBV, 6/12 for months."},
 {"id": "A6", "name": "Leon Barraclough", "role": "Senior youth worker", "team": "The Forge youth centre, Harrowby Vale Youth Service",
  "style": "Informal, young-person-centred, 'YP', the young person's own words; contextual safeguarding terms."},
 {"id": "A7", "name": "Ruth Adeyemi-Cole", "role": "Head of Year and pastoral lead", "team": "Kingsmere Academy (11-18)",
  "style": "School pastoral voice: year groups, attendance percentages, suspensions, timetables, what tutors report."},
]

PATTERNS = [
 {"id": "P1", "name": "Recovering after domestic abuse has ended",
  "description": "The abusive partner has gone: left, in prison, or kept away by an order. The pressing need is the aftermath, not current violence in the home. "
   "Children show fear, bed-wetting, school refusal, somatic complaints, or anger turned on the mother. Mothers are rebuilding confidence and authority as parents, "
   "or living with trauma. Control often carries on through contact and handovers, money (economic abuse), or the threat of release from prison.",
  "outcomes": "Children can talk about what happened and are settled at school; mother sets limits with confidence; handovers and contact happen without conflict; money and housing are in the family's own control.",
  "neighbours": ["P6", "P4", "P9", "P3"]},
 {"id": "P2", "name": "Neglect where a parent's drinking or drug use makes care unreliable",
  "description": "Care rises and falls with a parent's use of alcohol or drugs: hunger after weekends, lateness, children putting younger ones to bed or finding their own food, "
   "drug equipment or using adults in the home, unsafe sleeping or driving while intoxicated. The use is often minimised or hidden from agencies. "
   "The need is for sober, predictable care with a plan for when the parent is intoxicated; the parent's treatment is necessary but not enough on its own.",
  "outcomes": "A sober adult is responsible for the children at all times; regular meals and school attendance; no drugs or equipment within reach; a named safe adult in the family.",
  "neighbours": ["P3", "P8"]},
 {"id": "P3", "name": "Care worn down by a parent's mental ill-health or limited capacity",
  "description": "A loving parent, or a kinship carer, whose depression, psychosis, OCD, anxiety or learning disability means that basic care, play, boundaries or school attendance "
   "slip through omission. There is no substance misuse (in some cases it has been tested and excluded). Parents often ask for help themselves but fear the children will be removed. "
   "The need is the parent's recovery plus practical help, and a plan for the child when the parent relapses.",
  "outcomes": "The parent's illness is treated; daily routines (meals, school run, play) are kept going; a written plan says where the child goes and who steps in when the parent is unwell.",
  "neighbours": ["P2", "P8", "P7"]},
 {"id": "P4", "name": "Young person's own anxiety, low mood or self-harm",
  "description": "The distress starts in the young person: perfectionism, bullying, bereavement, a hard move to secondary school, an eating disorder, suicidal thoughts. "
   "The family is broadly able and supportive but does not know how to respond. School avoidance and somatic complaints are common, and so is a long wait for specialist help. "
   "The pressing need is help to cope in the gap, and parents and school knowing how to respond.",
  "outcomes": "The young person has ways to cope and a trusted adult; gradual return to full-time education; parents know what to do in a crisis.",
  "neighbours": ["P1", "P6", "P5", "P3"]},
 {"id": "P5", "name": "Harm outside the home: exploitation of adolescents",
  "description": "Criminal, sexual, online or labour exploitation by older young people or adults: missing episodes, unexplained money, phones and clothes, county lines, debt bondage, "
   "sextortion. Parents are usually frightened and asking for help, and may be blaming each other; the danger is in the community, not in the family.",
  "outcomes": "Contact with the exploiters is disrupted; the young person keeps one trusted adult and has a full day of education or activity; parents know what to do when the young person goes missing.",
  "neighbours": ["P6", "P4"]},
 {"id": "P6", "name": "Breakdown between parents and teenagers",
  "description": "Escalating conflict at home between a teenager and a parent or step-parent: rows over phones, curfews, new partners; adolescent-to-parent violence; "
   "young people thrown out or asking to go into care. There is no exploitation, no history of domestic abuse and no disability driving it. The need is to hold or repair the relationship and keep a stable home.",
  "outcomes": "The young person stays at home or moves out in a planned way; agreed house rules; no violence to family members.",
  "neighbours": ["P5", "P1", "P7", "P4"]},
 {"id": "P7", "name": "Caring for a disabled child is wearing the family down",
  "description": "A child with severe learning disability, autism, physical disability or complex health needs. The parents are sleep-deprived and exhausted, sometimes hurt by the child, "
   "and waiting for adaptations, short breaks or a care package; siblings are affected. The need is the family's capacity to keep caring, not parenting skills.",
  "outcomes": "Regular breaks and overnight help; the home is adapted; a behaviour plan shared between home and school; siblings protected and given time.",
  "neighbours": ["P6", "P3", "P8"]},
 {"id": "P8", "name": "Children caring for an ill or disabled parent",
  "description": "A parent with a physical illness or disability, or a well-managed mental illness, and warm, adequate care. The child has taken on adult tasks: personal care, medication, "
   "interpreting, running the house. Their schooling, friendships and plans for the future are being squeezed.",
  "outcomes": "Adult care arrangements take over personal care and crisis duties; the child has time of their own; school and college make allowances; the child understands the parent's condition.",
  "neighbours": ["P3", "P2", "P7"]},
 {"id": "P9", "name": "Homelessness and lack of money",
  "description": "Temporary accommodation, no recourse to public funds, rent arrears, overcrowded or mouldy housing. Parenting is good enough. The children's needs are practical "
   "(a cot, breakfast, a way to get to school, space) and follow from housing and income.",
  "outcomes": "Settled, adequate housing; income maximised and debts managed; children fed and able to get to school.",
  "neighbours": ["P1", "P7"]},
]


def main():
    mods = [p1, p2, p3, p4, p5, p6, p7, p8, p9]
    allc = []
    for m in mods:
        for c in m.CASES:
            c = dict(c); c["pattern"] = m.PATTERN; allc.append(c)
    random.Random(SEED).shuffle(allc)
    for i, c in enumerate(allc, 1):
        c["ref"] = f"HV{i:03d}"
    sizes = Counter(c["pattern"] for c in allc)
    errs = []
    if len(allc) != 84: errs.append(f"{len(allc)} cases")
    ids = {a["id"] for a in AUDITORS}
    for c in allc:
        if c["auditor"] not in ids: errs.append(c["ref"] + " auditor")
        if not 2 <= len(c["needs"]) <= 5: errs.append(c["ref"] + " needs count")
        for n in c["needs"]:
            if n["seriousness"] not in (1, 2, 3, 4): errs.append(c["ref"] + " sev")
        if c["overall_seriousness"] < max(n["seriousness"] for n in c["needs"]) - 1:
            errs.append(c["ref"] + " overall seriousness low")
    if errs: sys.exit("\n".join(errs))
    pats = []
    for p in PATTERNS:
        q = dict(p); q["size"] = sizes[p["id"]]; pats.append(q)

    order = ["ref", "auditor", "age_band", "sex", "ethnicity", "legal_status", "primary_need", "story", "needs",
             "overall_seriousness", "services_received", "services_needed"]
    blind = [{k: c[k] for k in order} for c in sorted(allc, key=lambda c: c["ref"])]
    keyed = []
    for c in sorted(allc, key=lambda c: c["ref"]):
        d = {k: c[k] for k in order}; d["pattern"] = c["pattern"]
        if c["_note"]: d["key_note"] = c["_note"]
        keyed.append(d)
    meta = {
        "authority": "Harrowby Vale Council",
        "audit": "Needs-led case audit of children's services (Matching Needs and Services method)",
        "set": "ninth evaluation set, hand-written",
        "case_prefix": "HV",
        "n_cases": len(allc),
        "sample": "Each of the seven partner agencies drew about a dozen current cases at random from its own caseload of children with additional needs. "
                  "So the sample is over-weighted towards agencies, not towards a census of children in need.",
        "lists": "Default lists from the project domain note (Who, Areas, Seriousness 1-4, Met, Legal status, Primary need, Sex, Ethnicity, Services, Age bands).",
        "seed_for_ref_order": SEED,
    }
    audit = dict(meta, auditors=AUDITORS, patterns=pats, cases=keyed)
    (OUT / "audit.json").write_text(json.dumps(audit, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (OUT / "forms_blind.json").write_text(json.dumps(dict(meta, auditors=AUDITORS, cases=blind), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    with open(OUT / "key.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(["ref", "pattern", "pattern_name", "auditor", "key_note"])
        names = {p["id"]: p["name"] for p in PATTERNS}
        for c in keyed:
            w.writerow([c["ref"], c["pattern"], names[c["pattern"]], c["auditor"], c.get("key_note", "")])
    with open(OUT / "needs.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["ref", "auditor", "age_band", "sex", "ethnicity", "legal_status", "primary_need", "overall_seriousness",
                    "need_no", "who", "area", "need", "seriousness", "outcome", "work", "met", "services_received", "services_needed", "story"])
        for c in blind:
            for i, n in enumerate(c["needs"], 1):
                w.writerow([c["ref"], c["auditor"], c["age_band"], c["sex"], c["ethnicity"], c["legal_status"], c["primary_need"],
                            c["overall_seriousness"], i, n["who"], n["area"], n["need"], n["seriousness"], n["outcome"], n["work"], n["met"],
                            "; ".join(c["services_received"]), "; ".join(c["services_needed"]), c["story"] if i == 1 else ""])
    print("sizes", dict(sorted(sizes.items())))
    print("auditors", dict(sorted(Counter(c["auditor"] for c in allc).items())))
    print("auditor x pattern")
    for a in sorted(ids):
        print(a, {p: sum(1 for c in allc if c["auditor"] == a and c["pattern"] == p) for p in sorted(sizes)})


if __name__ == "__main__":
    main()
