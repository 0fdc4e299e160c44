"""Join hand-written audit part files, shuffle case order with a fixed seed, number cases SX001...
No text is generated here; pattern descriptions below were written by hand."""
import json, glob, random
PATTERNS = [
 {"name": "Parent with a learning disability: care slips without steady help",
  "description": "A parent's learning disability or cognitive difficulty means meals, medicines, appointments, letters and money slip, despite warmth; the need is practical help that is shown, repeated and checked, not a course."},
 {"name": "Teenagers going missing and sleeping elsewhere",
  "description": "Adolescents staying out overnight, sofa-surfing or living at someone else's place, often with older people; the family has lost track of them and exploitation or homelessness is the risk."},
 {"name": "Grandparents and older relatives raising children, running out of road",
  "description": "Kinship care by grandparents or older relatives whose health, money, grief, housing or energy is running out, often with the birth parent still disrupting; the placement itself is what needs holding together."},
 {"name": "Newly arrived children, alone or with families far from home",
  "description": "Unaccompanied or newly arrived children and families: immigration status, age, language, trafficking, trauma from the journey and loneliness shape every other need."},
 {"name": "Babies born to parents whose earlier children were removed",
  "description": "Unborn and new babies whose parents have lost earlier children to care or adoption; the need is evidence of real change within the baby's timescale, and help that lasts after the assessment."},
 {"name": "Autistic children whose distress is breaking family life at home",
  "description": "Autistic or otherwise neurodivergent children whose distress at home (violence, withdrawal, sleeplessness, wandering) is exhausting parents and endangering siblings, whatever school sees."},
 {"name": "After the abuser has gone: recovering from domestic abuse",
  "description": "Families where the abusive partner has left: the children's fear and aggression, the mother's recovery, contact and court, debt and housing in the aftermath."},
 {"name": "Children holding up a parent who is ill or disabled",
  "description": "Children and young people doing care, medicines, household running or crisis management for a parent with physical or mental illness, at the cost of school, sleep and childhood."},
]
cases = []
for f in sorted(glob.glob('/work/evaldata/sixth/parts/audit_*.json')):
    cases += json.load(open(f))
names = {p["name"] for p in PATTERNS}
assert all(c["pattern"] in names for c in cases)
random.Random(20240617).shuffle(cases)
out = []
for i, c in enumerate(cases, 1):
    d = {"ref": "SX%03d" % i}
    d.update(c)
    out.append(d)
doc = {"name": "Ashmoor and Vale Council: needs-led case audit (hand-written evaluation sample, sixth set)",
       "written_by": "Written by hand, case by case, by an independent helper who read only /work/shared/design/domain.md; Ashmoor and Vale is an invented authority and every person and case is invented.",
       "patterns": PATTERNS, "cases": out}
json.dump(doc, open('/work/evaldata/sixth/audit.json', 'w'), ensure_ascii=False, indent=1)
print(len(out))
