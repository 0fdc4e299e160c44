# Merges the hand-written part files, checks dropdown values, orders cases as a
# shuffled sample (fixed seed) and assigns EM refs. No text is generated here.
import json, random, collections
import h
import p1_da_aftermath, p2_exploitation, p3_young_carers, p4_disability, p5_infant_neglect
import p6_teen_breakdown, p7_housing, p8_uasc, p9_extra_hard

WHO = {"Child", "Mother", "Father", "Parent or carer", "Sibling", "Whole family", "Other"}
AREAS = {"Health", "Education", "Emotional and behavioural development", "Identity",
         "Family and social relationships", "Social presentation", "Self-care skills",
         "Basic care", "Ensuring safety", "Emotional warmth", "Stimulation",
         "Guidance and boundaries", "Stability", "Family history and functioning", "Wider family",
         "Housing", "Employment", "Income", "Family's social integration", "Community resources", ""}
SERVICES = {"Early help family support", "Family hub or children's centre", "Health visiting or school nursing",
  "Parenting programme", "Child and adolescent mental health (CAMHS)", "Adult mental health",
  "Substance misuse service (adult)", "Substance misuse service (young person)",
  "Domestic abuse support (victim)", "Domestic abuse perpetrator programme",
  "Children's domestic abuse recovery", "Youth justice", "Youth work",
  "Educational support (SENCo, educational psychology)", "Speech and language therapy",
  "Disabled children's service or short breaks", "Young carers support", "Housing support",
  "Welfare and debt advice", "Family group conference", "Intensive family intervention (edge of care)",
  "Social work (child in need or protection)", "Foster, kinship or residential care", "Other"}
PATTERNS = {
 "Aftermath of domestic abuse": "The abusive adult has left or been removed; the pressing need is the aftermath: the child's trauma, aggression or anxiety, the non-abusive parent's recovery and confidence, and contact being used to continue control.",
 "Exploitation and missing": "Adolescents going missing and being groomed or used by adults, online or in person: sexual exploitation, county lines and drug debt, with parents struggling to protect.",
 "Young carers of ill parents": "Children carrying care for a parent (or sibling) with physical illness, disability or mental illness, at a cost to school, friendships and childhood.",
 "Disabled child, exhausted family": "A disabled or neurodivergent child whose needs (distress, aggression, sleep, complex health, school failure) are wearing the parents out; short breaks, school place and a coordinated plan are the gaps.",
 "Infant neglect and parental substances": "Babies and under-fives whose basic care, safety and growth are compromised by parental drug or alcohol use.",
 "Teen-parent breakdown": "Teenagers whose relationship with parents or step-parents has broken down: asked to leave, running to relatives, physical punishment, risk of homelessness or care at 15 to 17.",
 "Housing and poverty": "Families whose main need is a secure, adequate home and enough income: temporary accommodation, eviction, no recourse to public funds, debt and fuel poverty.",
 "Unaccompanied asylum seekers": "Young people who arrived alone seeking asylum: trauma, legal status, language and identity, isolation and trafficking risk.",
}
cases = list(h.CASES)
tmpids = [c["ref"] for c in cases]
assert len(tmpids) == len(set(tmpids))
errs = []
for c in cases:
    assert c["pattern"] in PATTERNS, c["pattern"]
    if not 1 <= len(c["needs"]) <= 6: errs.append((c["ref"], "needs count"))
    for n in c["needs"]:
        if n["who"] not in WHO: errs.append((c["ref"], "who", n["who"]))
        if n["area"] not in AREAS: errs.append((c["ref"], "area", n["area"]))
    for s in c["services"]:
        if s["service"] not in SERVICES: errs.append((c["ref"], "service", s["service"]))
print("errors:", errs)
random.seed(20240611)
random.shuffle(cases)
mapping = {}
for i, c in enumerate(cases, 1):
    mapping[c["ref"]] = "EM%03d" % i
    c["ref"] = "EM%03d" % i
out = {"name": "Eastmere",
       "written_by": "Written by hand by a helper session (an AI assistant acting as a practitioner), case by case in seven auditor voices; no text generator or templates. Cases are fictional.",
       "patterns": PATTERNS, "cases": cases}
json.dump(out, open("../audit.json", "w"), indent=1, ensure_ascii=False)
json.dump(mapping, open("tmp_to_ref.json", "w"), indent=1)
cnt = collections.Counter(c["pattern"] for c in cases)
hard = collections.Counter(c["pattern"] for c in cases if c["hard"])
for p in PATTERNS: print(f"{cnt[p]:3d} hard {hard[p]}  {p}")
print("total", len(cases), "hard", sum(hard.values()))
print(collections.Counter(c["auditor"] for c in cases))
print("hard refs:", sorted((c["ref"], c["pattern"], c["auditor"]) for c in cases if c["hard"]))
