import json, random
import babies, teens, da, anxious, rural, online, kinship
PATTERNS = {
 "babies_parent_history": "Babies and toddlers where the main risk comes from the parents' own histories (care, abuse, earlier removals), often young, isolated parents known before the birth.",
 "teens_edge_of_care": "Teenagers whose relationship with their parents or carers has broken down to the point of being told to leave, going missing or asking to go into care.",
 "after_domestic_abuse": "Children and mothers living with the aftermath of domestic abuse, mostly once the abuser has left: fear, contact, money, the child's behaviour and Mum's own confidence.",
 "anxious_out_of_school": "Anxious children out of school or on part-time timetables, often with undiagnosed autism or ADHD, whose parents cannot get them in.",
 "rural_poverty": "Families in the villages and outlying places where low income, poor housing and no transport add up to basic care slipping.",
 "online_exploitation": "Young people groomed or sexually exploited online, sending images to or meeting older men.",
 "kinship_strain": "Children living with grandparents or other relatives who are struggling with money, their own health, the child's behaviour and contact with the parents.",
}
cases = []
for m in (babies, teens, da, anxious, rural, online, kinship):
    cases += m.CASES
rng = random.Random(4417)
rng.shuffle(cases)
out = []
for i, c in enumerate(cases, 1):
    d = {"ref": f"WY{i:03d}"}
    d.update(c)
    out.append(d)
doc = {"name": "Wyeford hand-written audit",
       "written_by": "Written by hand by one person (an assistant helper session) from domain.md and defaults.py only, imagining ten auditors from seven agencies; cases drafted pattern by pattern, then refs assigned in a shuffled order.",
       "patterns": PATTERNS, "cases": out}
json.dump(doc, open("/work/evaldata/heldout/audit.json", "w"), indent=1, ensure_ascii=False)
print(len(out))
