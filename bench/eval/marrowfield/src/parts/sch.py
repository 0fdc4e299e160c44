from _form import *

CASES = [
# ---- Jo Pennick
dict(p="SCH", hard=False, a="A", age=12, sex="Female", eth="White", dis="No", legal="Early help",
 pn="N0 Not stated",
 story="Y7 girl, frequent visits to medical room with stomach ache and nausea, sent home most times. Attendance 71% and falling. GP found nothing physical. Describes her heart racing in corridors and the canteen. Mum has anxiety herself and keeps her off when she is 'bad', says she can't bear to see her upset. Now on a part-time timetable, mornings only.",
 needs=[
  N("Child","Emotional and behavioural development","Girl needs to manage her panic in school using strategies she has practised, without going home","School avoidance becomes entrenched.",L3,"Full days back within half a term.","Anxiety 1:1 sessions, safe space pass.",HV,"Partly met"),
  N("Mother","Guidance and boundaries","Mum needs to feel able to send her in on a bad morning","",L2,"","",EHFS,"Not met"),
  N("Child","Education","Needs CAMHS","",L2,"","Referral declined, below threshold.",CAMHS,"Not met"),
 ],
 services=[S(HV,"Marrowfield 0-19 Healthy Child Service","Yes","Partly")]),

# ---- Shelley Marsh
dict(p="SCH", hard=True, a="B", age=7, sex="Male", eth="White", dis="Not known", legal="Early help",
 pn="N4 Family in acute stress",
 story="The boy has been on a part time timetable since reception, he is in year 2 now and he is only in school from 9 till 11 every day because the school say they cant keep him or the other children safe in the afternoons. He runs out of class, climbs on things and bit a TA last term. Mum thinks he is autistic and so does the nursery he went to but he is on a waiting list for the neurodevelopmental pathway that they say is two years. Mum had to give up her job because she has to collect him at 11 and now Universal Credit have sanctioned her for not doing her work search. She is at the end of her tether and crys every time I go round.",
 needs=[
  N("Child","Education","He needs a full day in school with the right support in place and needs an EHCP","he misses years of school and gets labelled the naughty kid",L3,"full time in school with support","I went to the school meetings with Mum, EHCP request",EDU,"Partly met"),
  N("Child","Health","Needs his autism assessment","",L2,"","on waiting list",OTH,"Not met"),
  N("Mother","Employment","Mum needs UC to understand she cant work while he is on part time hours","more debt, stress",L2,"sanction overturned","letter from school and me",WEL,"Met"),
  N("Mother","Health","Mum needs a break","",L2,"","",DCS,"Not met"),
 ],
 services=[S(EHFS,"Eastgate Family Hub","Yes","Partly"), S(EDU,"Marrowfield SEND Team","Yes","Partly")]),

# ---- Nadia Ferrante
dict(p="SCH", hard=False, a="D", age=14, sex="Female", eth="Mixed", dis="No", legal="Early help",
 pn="N4 Family in acute stress",
 story="She has not attended school for two terms following sustained online bullying by a group of girls in her year, including the circulation of an edited photograph. She now experiences marked anticipatory anxiety at the thought of the school site and of seeing peers in town, and has withdrawn almost entirely into her bedroom and her phone. Her parents are supportive but divided: her father wants her 'made to go', her mother wants her home educated. She remains academically able and says she wants to sit her exams.",
 needs=[
  N("Child","Emotional and behavioural development","She needs to be able to tolerate the anxiety of being in a school setting and of seeing peers, building up gradually.","Prolonged absence, loss of qualifications, social withdrawal.",L3,"Attending some lessons in a supported base.","Graded exposure work jointly planned with the school.",CAMHS,"Partly met"),
  N("Parent or carer","Guidance and boundaries","Her parents need a shared view of how to help her back, so that she is not caught between them.","",L2,"","Joint parent sessions.",CAMHS,"Partly met"),
  N("Child","Education","She needs to keep learning while she is out of school so that she is not further behind when she returns.","",L2,"","Online tuition via medical needs service.",EDU,"Met"),
 ],
 services=[S(CAMHS,"Brookside CAMHS","Yes","Yes"), S(EDU,"Marrowfield Medical Needs Tuition Service","Yes","Yes")]),

dict(p="SCH", hard=False, a="D", age=11, sex="Male", eth="White", dis="Yes", legal="Early help",
 pn="N2 Child's disability",
 story="Diagnosed with autism in primary school, where he was well held by a small setting with a consistent teaching assistant. The move to a large secondary has gone badly: he reports the noise and the movement between rooms as overwhelming and has had daily shutdowns and several meltdowns, one of which led to a fixed-term exclusion. He now refuses to put his uniform on and his parents, both working, cannot get him out of the house. He is not depressed, but he is exhausted and frightened.",
 needs=[
  N("Child","Education","He needs a school day built around his sensory needs, with a predictable base and a known adult.","Long-term school refusal; deterioration in mental health.",L3,"Attending daily with a reduced sensory load.","Sensory profile shared with school; EHCP application supported.",EDU,"Partly met"),
  N("Parent or carer","Employment","His parents need flexibility to keep working while he is out of school.","",L2,"","",OTH,"Not met"),
 ],
 services=[S(CAMHS,"Brookside CAMHS (neurodevelopmental)","No","Partly"), S(EDU,"Marrowfield Educational Psychology","Yes","Yes")]),

# ---- Keith Dunmore
dict(p="SCH", hard=False, a="E", age=15, sex="Male", eth="White", dis="No", legal="Early help",
 pn="N6 Socially unacceptable behaviour",
 story="Permanently excluded from Y10 for persistent disruption and an assault on a peer. Placed at the Pupil Referral Unit; attendance there 34%. Now on 10 hours per week alternative provision (construction skills), which he attends more reliably. No GCSE entries at present. Mother reports he is up late gaming and will not get up; no concerns re criminal activity known.",
 needs=[
  N("Child","Education","Pupil needs a full-time education offer he will attend and needs a mentor.","NEET at 16.",L3,"Attending 25 hours by summer; entered for English and maths.","Increase AP hours; careers guidance.",EDU,"Partly met"),
  N("Parent or carer","Guidance and boundaries","Mother needs support to set a routine at home.","",L2,"","Parenting programme offered.",PP,"Not met"),
 ],
 services=[S(EDU,"Marrowfield Pupil Referral Unit","Yes","Partly"), S(OTH,"Skillbuild alternative provision","Yes","Yes")]),

dict(p="SCH", hard=False, a="E", age=9, sex="Female", eth="Black or Black British", dis="No", legal="Looked after",
 pn="N1 Abuse or neglect",
 story="Child Looked After, moved to a new foster placement outside the borough following an unplanned placement ending. Out of education for six weeks awaiting a school place in the receiving authority. Virtual School involved from day one; PEP overdue. Carer providing some home learning. Child is reported to be bright and to enjoy reading.",
 needs=[
  N("Child","Education","Child needs a school place without further delay and a PEP.","Further gaps in learning, placement stability affected.",L3,"On roll and attending within two weeks.","Virtual School escalation to receiving authority admissions.",EDU,"Met"),
  N("Child","Stability","Child needs her placement to hold.","",L3,"","",CARE,"Partly met"),
 ],
 services=[S(CARE,"Marrowfield Fostering","Yes","Yes"), S(EDU,"Marrowfield Virtual School","Yes","Yes"), S(SW,"Marrowfield CSC Children in Care Team","Yes","Yes")]),

dict(p="SCH", hard=False, a="E", age=13, sex="Male", eth="Asian or Asian British", dis="No", legal="Early help",
 pn="N3 Parental disability or illness",
 story="Deregistered for Elective Home Education after parents received a warning letter about penalty notices. EHE visit: no evidence of education taking place, pupil spending days at home with father, who is on dialysis three times a week and cannot drive himself. Pupil escorts father to hospital by taxi. Mother works long shifts. Family says pupil 'wants to go back' but worries about his father.",
 needs=[
  N("Child","Education","Pupil needs a school place and needs to be back on roll.","Loss of secondary education.",L3,"Back on roll and attending.","School Attendance Order process explained; readmission requested.",EDU,"Partly met"),
  N("Father","Health","Father needs transport to dialysis that doesn't rely on his son.","",L2,"","Hospital transport referral.",OTH,"Met"),
  N("Child","Family and social relationships","Young carers.","",L2,"","",YC,"Not met"),
 ],
 services=[S(EDU,"Marrowfield Education Welfare Service","Yes","Yes")]),

dict(p="SCH", hard=False, a="E", age=6, sex="Male", eth="White", dis="No", legal="Early help",
 pn="N7 Low income",
 story="Family recently arrived in the area, Roma heritage, speaking Romanian at home. Y1 attendance 67% with two extended absences abroad. Older sibling still awaiting a secondary place so Mother keeps both at home on some days. Family living in an overcrowded private let with another family.",
 needs=[
  N("Child","Education","Needs EAL support and regular attendance.","",L2,"Attendance above 90%.","EAL team, attendance meeting with interpreter.",EDU,"Partly met"),
  N("Whole family","Housing","Overcrowding.","",L2,"","",HOUS,"Not met"),
  N("Parent or carer","Community resources","Parents need to understand what the school expects and who to ask.","",L1,"","Community link worker.",OTH,"Met"),
 ],
 services=[S(EDU,"Marrowfield EAL and Traveller Education Team","Yes","Yes")]),
]
