# Pattern 5: disabled children and carers at breaking point (hand-written)
PATTERN = "Disabled children and carers at breaking point"

CASES = [
dict(hard=False, alt="", auditor="Hilary Penhaligon-Reeve", agency="0-19 Public Health Nursing (Health Visiting)",
 age=3, sex="Female", ethnicity="Asian or Asian British", disability="Yes", legal_status="Child in need", primary_need="N2 Child's disability",
 story="Mum and Dad are devoted parents to their youngest daughter, who has a severe form of cerebral palsy, is fed by gastrostomy and has seizures most nights, and between them they have not had an unbroken night's sleep for three years. Mum gave up her job to care for her and tells me she now feels she is a nurse rather than a mother, and that she has nothing left for her two older children, who are nine and eleven. Dad works long shifts and comes home to take over so Mum can sleep for a few hours in the afternoon. Mum became tearful when she told me she sometimes wishes she could just walk out of the door, and then said how guilty that made her feel.",
 needs=[
  ("Mother", "Health", "Mum needs regular unbroken sleep and some time that is hers, so that she can go on caring for her daughter without becoming ill herself", "Mum's physical and mental health will break down and the family may not be able to continue caring at home", "4 Very serious", "Overnight care at least two nights a week and Mum reporting that she feels rested", "Overnight short breaks and a carer's assessment for Mum", "Disabled children's service or short breaks", "Not met"),
  ("Sibling", "Emotional warmth", "The older children need some time with Mum and Dad that is only about them", "They will grow up feeling invisible and may resent their sister", "2 Moderate", "A regular outing with each older child", "Sibling group", "Young carers support", "Not met"),
  ("Child", "Health", "Her seizures need to be better controlled at night", "", "3 Serious", "", "", "Other", "Partly met"),
 ],
 services=[
  ("Disabled children's service or short breaks", "Brackenmoor Disabled Children's Team", "Yes", "Partly"),
  ("Health visiting or school nursing", "Brackenmoor 0-19 Public Health Nursing", "Yes", "Yes"),
  ("Other", "Brackenmoor children's community nursing team", "Yes", "Yes"),
 ]),

dict(hard=False, alt="", auditor="Kez Barlow", agency="Early Help (Family Hub)",
 age=6, sex="Male", ethnicity="White", disability="Yes", legal_status="Early help", primary_need="N2 Child's disability",
 story="little boy is autistic and non verbal, sleeps about 3 hours a night. mum is on her own and she lost her job becuase she kept having to leave to pick him up from school. shes exausted, crying on the phone to me. hes smearing and climbing on everything and she cant take her eyes off him for a second. shes been waiting for short breaks since the summer.",
 needs=[
  ("Mother", "Health", "mum needs sleep, proper sleep", "she cant keep going, shes at breaking point", "4 Very serious", "mum getting some nights off", "", "Disabled children's service or short breaks", "Not met"),
  ("Child", "Self-care skills", "he needs to sleep longer at night", "everyones exausted and hes not learning", "3 Serious", "sleeping 6 hours", "sleep clinic or sleep advice", "Health visiting or school nursing", "Partly met"),
  ("Mother", "Income", "mum needs her carers allowance and DLA sorted now shes not working", "", "3 Serious", "claims in", "", "Welfare and debt advice", "Met"),
 ],
 services=[
  ("Family hub or children's centre", "Hollins Lane Family Hub", "Yes", "Partly"),
  ("Welfare and debt advice", "Moorside Money Advice", "No", "Yes"),
 ]),

dict(hard=False, alt="", auditor="Kez Barlow", agency="Early Help (Family Hub)",
 age=14, sex="Female", ethnicity="Black or Black British", disability="Yes", legal_status="Early help", primary_need="N2 Child's disability",
 story="shes got a learning disability and has started her periods, she dosent understand whats happening to her body and gets really distressed. shes bigger than mum now and when she gets upset she lashes out. mum has 3 other kids and no family round here. mum asked me is there anywhere she can go for a weekend now and then.",
 needs=[
  ("Child", "Self-care skills", "she needs to learn to manage her periods in a way she understands", "distress and lashing out every month", "3 Serious", "", "easy read resources, school nurse", "Health visiting or school nursing", "Partly met"),
  ("Mother", "Stability", "mum needs a regular break", "mum cant cope and the other 3 miss out", "3 Serious", "overnight short break once a month", "", "Disabled children's service or short breaks", "Not met"),
  ("Mother", "Guidance and boundaries", "mum needs ways to calm her down before it gets physical", "", "3 Serious", "", "", "Parenting programme", "Not met"),
 ],
 services=[
  ("Early help family support", "Hollins Lane Family Hub", "Yes", "Partly"),
  ("Health visiting or school nursing", "Brackenmoor 0-19 Public Health Nursing (school nursing)", "Yes", "Yes"),
 ]),

dict(hard=True, alt="Parent's mental ill health leaving the child without routine or warmth", auditor="Anwen Castleton", agency="Education (school Designated Safeguarding Lead)",
 age=9, sex="Male", ethnicity="White", disability="Yes", legal_status="Early help", primary_need="N3 Parental disability or illness",
 story="Pupil is in Year 4 and has a diagnosis of autism; an EHCP needs assessment has been requested by school. Attendance is 58% and absences are recorded as emotionally based school avoidance. Mother reports that pupil becomes extremely distressed on school mornings and that she is no longer able to get him into the car. Mother has given up her employment to manage pupil at home and disclosed at the attendance meeting that she has been signed off with depression by her GP. Father works away during the week.",
 needs=[
  ("Child", "Education", "Pupil to access education in a setting that meets his sensory and communication needs", "Pupil will remain out of education and his distress around school will become entrenched", "3 Serious", "Pupil attends a full timetable in an appropriate setting", "EHCP statutory process; interim reduced timetable", "Educational support (SENCo, educational psychology)", "Partly met"),
  ("Mother", "Health", "Mother to have respite from full-time care of pupil during the school day", "Mother's mental health deteriorates further", "3 Serious", "", "", "Disabled children's service or short breaks", "Not met"),
  ("Father", "Family and social relationships", "Father to take a share of the school morning routine when at home", "", "1 Low", "", "", "Early help family support", "Not known"),
 ],
 services=[
  ("Educational support (SENCo, educational psychology)", "Brackenmoor Educational Psychology Service", "Yes", "Partly"),
  ("Early help family support", "Kestrel Bank Academy family support worker", "Yes", "Partly"),
 ]),

dict(hard=False, alt="", auditor="Anwen Castleton", agency="Education (school Designated Safeguarding Lead)",
 age=12, sex="Male", ethnicity="White", disability="Yes", legal_status="Child in need", primary_need="N2 Child's disability",
 story="Pupil is in Year 7, has Down syndrome and an EHCP, and transferred to the school's additionally resourced provision this year. Father is pupil's sole carer following mother leaving the family home, and he works night shifts; pupil is cared for by an elderly neighbour overnight. Father has missed the last two annual review meetings and has told the SENCo that he is 'on his knees'. Pupil has arrived at school without medication for his thyroid condition on several occasions.",
 needs=[
  ("Child", "Health", "Pupil to receive his thyroid medication every morning", "Pupil's health and energy in school will be affected", "3 Serious", "Medication given daily and recorded", "", "Health visiting or school nursing", "Partly met"),
  ("Father", "Employment", "Father to have working hours that allow him to be at home overnight", "Overnight care arrangement may break down at short notice", "3 Serious", "", "", "Other", "Not met"),
  ("Father", "Stability", "Father to have a reliable overnight short break arrangement for pupil", "", "3 Serious", "", "", "Disabled children's service or short breaks", "Not met"),
 ],
 services=[
  ("Educational support (SENCo, educational psychology)", "Kestrel Bank Academy additionally resourced provision", "Yes", "Yes"),
  ("Social work (child in need or protection)", "Brackenmoor Disabled Children's Team", "Yes", "Partly"),
 ]),

dict(hard=False, alt="", auditor="Dev Marsh", agency="Children's Social Care",
 age=11, sex="Male", ethnicity="Mixed", disability="Yes", legal_status="Child in need", primary_need="N2 Child's disability",
 story="11yo M, ASD + ADHD, EHCP, special sch. Lives w M + 2 younger sibs. CAPVA: hits/bites M most days, sibs sleep in M's room for safety. M asking for him to be accommodated, says she 'can't do another year'. No short breaks in place, waiting list.",
 needs=[
  ("Mother", "Stability", "M to get regular breaks so she can keep him at home", "Accommodation request, family breakdown", "4 Very serious", "Short breaks in place, no s20 request", "Short breaks + edge of care", "Disabled children's service or short breaks", "Not met"),
  ("Sibling", "Ensuring safety", "Sibs to be safe from being hurt at home", "Sibs harmed, emotional harm", "3 Serious", "Sibs back in own room", "", "Intensive family intervention (edge of care)", "Partly met"),
  ("Child", "Emotional and behavioural development", "To have a way to show distress that isn't hitting/biting", "", "3 Serious", "", "PBS plan across home + sch", "Child and adolescent mental health (CAMHS)", "Partly met"),
 ],
 services=[
  ("Social work (child in need or protection)", "Brackenmoor Disabled Children's Team", "Yes", "Partly"),
  ("Intensive family intervention (edge of care)", "Brackenmoor Edge of Care Team", "Yes", "Partly"),
  ("Child and adolescent mental health (CAMHS)", "Kestrel CAMHS learning disability team", "Yes", "Partly"),
 ]),
]
