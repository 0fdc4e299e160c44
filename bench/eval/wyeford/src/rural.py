from common import n, s, case
P = "rural_poverty"
CASES = [
case(P, False, "Tash W.", 5, "Male", "White", "No", "Early help", "N7 Low income",
 "Family of 6 in a rented cottage outside one of the villages, really damp with black mould in the kids bedroom. Dad does seasonal farm work so money goes right down in the winter "
 "and mum is low, she says she cant see the point some days. School says he comes in hungry, has had head lice for months, and his uniform is too small. "
 "The youngest has been on antibiotics 3 times this winter for his chest.",
 [n("Whole family", "Housing", "The cottage needs the damp and mould sorting, the youngest has had 3 chest infections",
    "Children will keep getting ill", 3, "Landlord does the work", "Housing standards officer to visit", "Housing support", "Not met"),
  n("Whole family", "Income", "Family need food bank vouchers", "", 2, "", "", "Welfare and debt advice", "Met"),
  n("Mother", "Family history and functioning", "Mum needs to see the GP about her depression", "", 2, "", "", "", "Not known"),
  n("Child", "Social presentation", "He needs clean clothes that fit and his hair free of nits so the other children will play with him",
    "He will be left out and teased", 2, "", "", "", "Partly met")],
 [s("Early help family support", "Early help", "Yes", "Partly"),
  s("Welfare and debt advice", "Citizens advice", "No", "Yes"),
  s("Housing support", "Environmental health", "Yes", "No")],
 2, "Partly"),

case(P, False, "Bev M.", 11, "Female", "White", "No", "Child protection plan", "N1 Abuse or neglect",
 "lives in hamlet, 1 bus a day. both parents unemployed, dad chronic back pain on high dose opioids, asleep most of day. mum does what she can but v low. "
 "home dirty, food runs out before payday. girl doing lots of caring for dad, att 76%. CP neglect.",
 [n("Child", "Education", "YP missing school to care for dad - 76% att", "", 3, "", "", "Young carers support", "Partly met"),
  n("Father", "Family history and functioning", "dad needs pain clinic review + reduce meds, asleep most of the day", "", 3, "", "", "", "Not met"),
  n("Parent or carer", "Basic care", "food in the house every day not just after payday", "", 3, "", "", "Welfare and debt advice", "Partly met")],
 [s("Social work (child in need or protection)", "CP team", "Yes", "Partly"),
  s("Young carers support", "YC project", "Yes", "Partly")],
 3, "Partly"),

case(P, True, "Anjali R.", 2, "Female", "White", "No", "Child in need", "N7 Low income",
 "The family live in a static caravan on relatives' land about seven miles from town, with no hot running water and a bottled-gas heater. Mum has a learning disability "
 "and a new baby (six weeks); her partner works casual shifts. The two-year-old has had no immunisations since eight weeks because appointments are in town and "
 "Mum cannot get there on her own. Both children are loved and Mum responds warmly to them.",
 [n("Child", "Health",
    "She needs her one-year and pre-school immunisations; she has had none since eight weeks because the clinic is in town and Mum cannot get there.",
    "Risk of serious preventable illness.", 3, "Fully immunised by the end of the year.", "Home immunisation visit by the practice nurse.",
    "Health visiting or school nursing", "Partly met"),
  n("Whole family", "Housing", "The caravan needs hot running water and safe heating before the winter.",
    "Risk to a newborn from cold and from the gas heater.", 4, "", "Housing and environmental health.", "Housing support", "Not met"),
  n("Mother", "Basic care",
    "Mum needs information about feeding and weaning given in pictures and practised with her, as she cannot read the leaflets.",
    "", 3, "", "", "Health visiting or school nursing", "Partly met")],
 [s("Health visiting or school nursing", "0-19 service", "Yes", "Partly"),
  s("Housing support", "Housing options", "Yes", "No")],
 3, "Partly", notes=""),

case(P, False, "Paul K.", 14, "Male", "White", "No", "Child in need", "N7 Low income",
 "A family of six in a village where Dad lost his job when the local factory closed last year. They are in serious rent arrears and the private landlord has served notice to end the "
 "tenancy in eight weeks. Dad has applied for a great many jobs but has no car and the industrial estate is not on a bus route. The eldest, aged fourteen, has been "
 "working cash in hand on a neighbouring farm before school and at weekends and hands the money to his mother; he is often absent and falling asleep in lessons.",
 [n("Whole family", "Housing",
    "The family need to be able to stay in or near the village when the tenancy ends, so the children keep their schools and their grandmother close by.",
    "Homelessness and a move to temporary accommodation in town, with four school moves.", 3, "Suitable tenancy secured locally.",
    "Housing options; landlord negotiation.", "Housing support", "Partly met"),
  n("Father", "Employment", "Dad needs work that pays, and a way of getting to it without a car.", "", 3, "", "", "Other", "Not met"),
  n("Child", "Education",
    "He needs to stop feeling he has to earn money for the family, and to be back in school full-time.", "He will leave school with nothing.", 3, "", "", "", "Not met")],
 [s("Welfare and debt advice", "Citizens advice", "Yes", "Partly"),
  s("Housing support", "Housing options", "Yes", "Partly"),
  s("Early help family support", "Early help", "Yes", "Partly")],
 3, "Partly"),

case(P, False, "Lee F.", 16, "Male", "White", "No", "", "N7 Low income",
 "left school in summer, got a place at college but its 20 odd miles, 2 buses + £8 a day, mum on UC cant afford it. stopped going after 3 weeks. "
 "now drinking in the park w older lads, 1 arrest for being drunk + disorderly (community resolution). not a bad kid, bored.",
 [n("Child", "Education", "needs a bus pass or a bike to get to college, its 2 buses + £8 a day", "NEET", 3, "", "bursary", "", "Not met"),
  n("Child", "Employment", "needs a job or apprenticeship", "", 2, "", "", "", "Not met"),
  n("Child", "Family and social relationships", "needs positive activities", "", 2, "", "", "Youth work", "Not met")],
 [s("Youth justice", "YOT prevention", "Yes", "Partly")],
 2, "Partly"),

case(P, False, "Bev M.", None, "Female", "White", "No", "Child in need", "N1 Abuse or neglect",
 "age 9, lives w dad on smallholding, mum left yrs ago. dad drinks, lots of dogs. she is unkempt + smells, kids at school wont sit next to her. never been to dentist. "
 "dad loves her, she loves him. no transport apart from dads van which he drives after drinking.",
 [n("Child", "Social presentation", "needs her clothes washing regularly - kids saying she smells", "bullying, isolation", 2, "", "", "", "Not met"),
  n("Father", "Ensuring safety", "dad needs to stop drinking before driving her to school", "crash", 4, "", "", "Substance misuse service (adult)", "Not met"),
  n("Child", "Health", "dentist - never been", "", 2, "", "", "", "Not met")],
 [s("Social work (child in need or protection)", "CIN", "Yes", "Partly")],
 3, "Partly"),

case(P, False, "Tash W.", 3, "Male", "White", "No", "Early help", "N3 Parental disability or illness",
 "Mum has agoraphobia and has not been further than the garden in about a year, dad works and the family have no car, they rely on nan for shopping. "
 "They are on a prepayment meter and the gas runs out most weeks before payday, last time they were 2 days with no heating. He is a lovely little boy but hasn't "
 "mixed with other children at all.",
 [n("Whole family", "Income", "The family need their fuel debt cleared and to be moved off the prepayment meter", "Cold house, kids ill", 3, "",
    "Fuel voucher + debt advice", "Welfare and debt advice", "Partly met"),
  n("Mother", "Family history and functioning", "Mum needs to be able to walk to the village shop and back by herself", "", 2, "", "", "Adult mental health", "Not met"),
  n("Child", "Stimulation", "needs his 3 year old nursery place but the nearest is 6 miles and no bus", "He will start school not used to other children", 2, "",
    "", "", "Not met")],
 [s("Welfare and debt advice", "Citizens advice", "No", "Yes"),
  s("Early help family support", "Early help", "Yes", "Partly")],
 2, "Partly"),

case(P, False, "Mel T.", 6, "Female", "White", "No", "Early help", "N1 Abuse or neglect",
 "Mum is on her own with 3 children and works early cleaning shifts, so the children are on their own from about 6 till school. Her brother who is 9 gets the little ones "
 "up and brings them to school, often late and without breakfast. Mum is very embarrassed, she says she cant lose the job and cant afford childcare, and there is nothing in the "
 "village before 8.",
 [n("Mother", "Ensuring safety", "Mum needs someone to be with the children from 6 till school", "Accident or fire with no adult there", 3, "",
    "childminder funding?", "Early help family support", "Partly met"),
  n("Child", "Health", "She needs breakfast - getting it at breakfast club now", "", 2, "", "", "Other", "Met"),
  n("Sibling", "Family and social relationships", "Her brother needs not to be responsible for getting the little ones ready", "", 3, "", "", "", "Not met")],
 [s("Other", "School breakfast club", "Yes", "Yes"),
  s("Early help family support", "Early help", "Yes", "Partly")],
 3, "Partly"),
]
