# Pattern 2: parent's mental ill health leaving the child without routine or warmth (hand-written)
PATTERN = "Parent's mental ill health leaving the child without routine or warmth"

CASES = [
dict(hard=False, alt="", auditor="Dev Marsh", agency="Children's Social Care",
 age=8, sex="Female", ethnicity="White", disability="No", legal_status="Child in need", primary_need="N3 Parental disability or illness",
 story="8yo F, only child, lives w M. M has bipolar dx, 3 inpatient admissions in 2 yrs, each time child goes to MGM under s20 for a few wks. Between admissions M well-ish but early warning signs missed (no sleep, spending). Child tells sch she has to 'watch mummy'. No F involvement.",
 needs=[
  ("Child", "Stability", "Same carer + same routine when M becomes unwell, planned not crisis", "Repeated emergency moves, child feels responsible for M's relapses", "3 Serious", "Written contingency plan agreed by M, MGM, AMH", "Joint crisis/relapse plan", "Family group conference", "Partly met"),
  ("Mother", "Health", "M + MGM to spot M's early warning signs + act before admission", "Further admissions in crisis", "3 Serious", "Next relapse caught at home w/o admission", "CPN + relapse signature work", "Adult mental health", "Partly met"),
  ("Child", "Emotional and behavioural development", "To understand M's illness in words for an 8yo + know it isn't her job to watch her", "Parentified, anxious, hypervigilant", "2 Moderate", "", "Young carers group", "Young carers support", "Not met"),
 ],
 services=[
  ("Social work (child in need or protection)", "Brackenmoor CSC Children in Need Team", "Yes", "Partly"),
  ("Adult mental health", "Brackenmoor Community Mental Health Team", "Yes", "Partly"),
  ("Foster, kinship or residential care", "Brackenmoor Kinship Care Team", "No", "Yes"),
 ]),

dict(hard=False, alt="", auditor="Dev Marsh", agency="Children's Social Care",
 age=14, sex="Male", ethnicity="White", disability="No", legal_status="Child in need", primary_need="N3 Parental disability or illness",
 story="14yo M, lives w F (lone parent) + younger sis. F lost job 18 mths ago, PTSD + severe depression, mostly in bed, no food shop, bills unopened. Boy self-harming (cutting), seen in A&E x1, CAMHS assessed + discharged as low risk. Boy says F 'just isn't there anymore'. Referred by sch nurse.",
 needs=[
  ("Father", "Emotional warmth", "F to be up + present for the kids at least tea time + bedtime", "Boy's self-harm escalates, sis left w nobody", "4 Very serious", "F up most evenings, eats w kids", "AMH treatment for F, home visits", "Adult mental health", "Not met"),
  ("Child", "Emotional and behavioural development", "To have a trusted adult he'll tell before he cuts", "Escalating SH, possible suicide risk", "4 Very serious", "Names 1 adult + uses them", "Sch nurse + CIN SW", "Health visiting or school nursing", "Partly met"),
  ("Whole family", "Basic care", "Food in the house + bills opened/paid", "Kids go hungry, debt builds", "2 Moderate", "", "", "Welfare and debt advice", "Partly met"),
 ],
 services=[
  ("Social work (child in need or protection)", "Brackenmoor CSC Children in Need Team", "Yes", "Partly"),
  ("Child and adolescent mental health (CAMHS)", "Kestrel CAMHS", "No", "No"),
  ("Health visiting or school nursing", "Brackenmoor 0-19 Public Health Nursing (school nursing)", "Yes", "Partly"),
 ]),

dict(hard=False, alt="", auditor="Hilary Penhaligon-Reeve", agency="0-19 Public Health Nursing (Health Visiting)",
 age=0, sex="Male", ethnicity="Black or Black British", disability="No", legal_status="Early help", primary_need="N3 Parental disability or illness",
 story="Mum is a first-time mother who had a traumatic emergency delivery and who, from the first new birth visit onwards, has seemed to me to be frightened of her own baby. She has now shared with me that she has intrusive thoughts about harming him, which horrify her, and which mean that she will not bath him or be alone with him; her partner has taken extended leave from work to cover, but his leave is coming to an end. Mum moved to this country only a few years ago and has no family here, and she is terrified that if she tells anyone else about her thoughts her baby will be taken away. Baby himself is thriving, is feeding well and is a contented little boy, and I would like that to be recorded alongside my worries about Mum.",
 needs=[
  ("Mother", "Health", "Mum needs to understand that intrusive thoughts of this kind are a recognised part of perinatal anxiety and do not mean that she will act on them, so that she can begin to care for her baby on her own", "Mum will not be able to care for baby alone once her partner returns to work, and her bond with him may not develop", "3 Serious", "Mum baths and settles baby on her own and says the thoughts no longer frighten her", "Specialist perinatal mental health input alongside health visitor listening visits", "Adult mental health", "Partly met"),
  ("Mother", "Family's social integration", "Mum would benefit enormously from knowing other new mothers nearby who she could spend the day with", "Long lonely days at home alone with baby and her fears", "2 Moderate", "Mum attends a baby group with her baby", "", "Family hub or children's centre", "Not met"),
  ("Father", "Employment", "Dad needs some flexibility at work for the next few months so that Mum is not left alone before she is ready", "", "2 Moderate", "", "", "Other", "Not known"),
 ],
 services=[
  ("Health visiting or school nursing", "Brackenmoor 0-19 Public Health Nursing", "Yes", "Yes"),
  ("Adult mental health", "Brackenmoor Perinatal Mental Health Team", "Yes", "Yes"),
 ]),

dict(hard=False, alt="", auditor="Hilary Penhaligon-Reeve", agency="0-19 Public Health Nursing (Health Visiting)",
 age=2, sex="Female", ethnicity="White", disability="No", legal_status="Early help", primary_need="N3 Parental disability or illness",
 story="Mum has lived with severe obsessive-compulsive disorder for many years, and it has worsened a great deal since her daughter became mobile, because Mum cannot bear her to touch the floor, the door handles or other children. In practice this means that the little girl spends most of the day in her highchair or her cot, that she has never been to a playgroup or a park, and that Mum spends hours every day cleaning while feeling exhausted and ashamed. Mum is a very intelligent and articulate woman who understands exactly what is happening and cries when she talks about it. At the two-year review her daughter had only a handful of words and her gross motor skills were behind what I would expect.",
 needs=[
  ("Mother", "Health", "Mum needs her compulsions to loosen their grip enough that she can let her daughter crawl, climb and play on the floor at home", "Her daughter's physical development and speech will fall further behind and Mum's distress will deepen", "3 Serious", "Her daughter has free floor play every day", "Specialist psychological treatment for Mum's OCD", "Adult mental health", "Not met"),
  ("Child", "Stimulation", "The little girl needs to play with other children and explore outdoor spaces", "Delay in speech, movement and social skills becomes entrenched before nursery", "3 Serious", "Takes up a funded nursery place for two-year-olds", "", "Family hub or children's centre", "Partly met"),
  ("Child", "Education", "She needs many more words by the time she turns three", "", "2 Moderate", "", "", "Speech and language therapy", "Not met"),
 ],
 services=[
  ("Health visiting or school nursing", "Brackenmoor 0-19 Public Health Nursing", "Yes", "Partly"),
  ("Adult mental health", "Talking Minds Brackenmoor (primary care psychological therapies)", "No", "No"),
 ]),

dict(hard=False, alt="", auditor="Hilary Penhaligon-Reeve", agency="0-19 Public Health Nursing (Health Visiting)",
 age=4, sex="Male", ethnicity="Mixed", disability="No", legal_status="Child in need", primary_need="N5 Family dysfunction",
 story="Mum has been given a diagnosis of emotionally unstable personality disorder, and her life moves from crisis to crisis; in the past year she has taken two overdoses, each after an argument with a partner, and on one of those occasions her son found her. She loves him fiercely and can be a wonderful, playful mother on a good day, but on a bad day he is left in front of the television, meals are missed and bedtime does not happen. Mum has a great deal of insight but very little help, because she has been discharged from the community team twice for missing appointments. He is due to start Reception and Mum is anxious about the school run.",
 needs=[
  ("Mother", "Health", "Mum needs a reliable way of getting through the worst moments without harming herself, and a worker who will not discharge her when she cannot face an appointment", "Further overdoses, with her son again at risk of finding her", "4 Very serious", "No overdoses over six months and a crisis plan Mum has written herself", "Structured therapy for Mum with flexible engagement", "Adult mental health", "Not met"),
  ("Child", "Stability", "Her son needs the same bedtime and mealtimes whatever kind of day Mum is having", "He will start school tired and unsettled and may be late or absent", "3 Serious", "", "A named back-up adult for bad days", "Early help family support", "Partly met"),
  ("Child", "Emotional and behavioural development", "He needs to know what to do and who to call if Mum becomes unwell", "", "3 Serious", "", "", "Social work (child in need or protection)", "Partly met"),
 ],
 services=[
  ("Social work (child in need or protection)", "Brackenmoor CSC Children in Need Team", "Yes", "Partly"),
  ("Health visiting or school nursing", "Brackenmoor 0-19 Public Health Nursing", "Yes", "Partly"),
 ]),

dict(hard=True, alt="Adolescents being exploited outside the home", auditor="Gary Tolland", agency="Youth Justice and Targeted Youth Support",
 age=16, sex="Male", ethnicity="White", disability="No", legal_status="Other", primary_need="N6 Socially unacceptable behaviour",
 story="On a youth conditional caution for possession of cannabis with intent to supply, small amounts to mates. Lives with his dad who has schizophrenia and has stopped taking his meds, dad thinks the neighbours are watching them. Lad does all the shopping and cooking and says the weed helps him sleep. No sign of anyone older running him, he was selling to pay for his own. He has dropped out of college.",
 needs=[
  ("Child", "Health", "Needs a drugs worker", "Use goes up, more offending", "3 Serious", "Cuts down", "", "Substance misuse service (young person)", "Partly met"),
  ("Father", "Health", "Dad needs to be seen by his mental health team", "Dad gets worse, lad carries on on his own", "4 Very serious", "Dad back on treatment", "", "Adult mental health", "Not met"),
  ("Child", "Family and social relationships", "Needs young carers", "", "2 Moderate", "", "", "Young carers support", "Not met"),
  ("Child", "Education", "Needs to get back into college or a course", "NEET", "2 Moderate", "", "", "Youth work", "Not met"),
 ],
 services=[
  ("Youth justice", "Brackenmoor Youth Justice Service", "Yes", "Partly"),
  ("Substance misuse service (young person)", "Millgate young people's drug and alcohol service", "Yes", "Partly"),
 ]),

dict(hard=False, alt="", auditor="Kez Barlow", agency="Early Help (Family Hub)",
 age=5, sex="Male", ethnicity="White", disability="No", legal_status="Early help", primary_need="N5 Family dysfunction",
 story="mum has depression really bad since her mum died last year. the kids are late for school most days or not in at all, no breakfast, uniform not washed. house is a state, pots everywhere, mum says she cant face any of it. she does love the kids you can see that, she just has nothing left. the little one is in reception and school say hes hungry when he comes in.",
 needs=[
  ("Mother", "Health", "mum needs to get some help with her grief and depression so she can get up in the mornings", "kids keep missing school and going hungry", "3 Serious", "mum up and doing the school run most days", "", "Adult mental health", "Partly met"),
  ("Child", "Basic care", "he needs breakfast before school and clean clothes", "hes hungry and getting picked on for being smelly", "3 Serious", "comes in fed and clean", "breakfast club place", "Early help family support", "Partly met"),
  ("Mother", "Stability", "mum needs a morning routine thats doable on a bad day", "", "2 Moderate", "", "", "Early help family support", "Partly met"),
 ],
 services=[
  ("Early help family support", "Hollins Lane Family Hub", "Yes", "Yes"),
  ("Other", "Kestrel Bank Academy breakfast club", "Yes", "Yes"),
 ]),

dict(hard=False, alt="", auditor="Kez Barlow", agency="Early Help (Family Hub)",
 age=11, sex="Female", ethnicity="Asian or Asian British", disability="No", legal_status="Early help", primary_need="N3 Parental disability or illness",
 story="lives with her dad, mums not around. dad has anxiety and agarophobia, he hasnt left the house in nearly 2 years. she does all the shopping, takes the letters to the post office, goes to the doctors for his prescriptions. shes just started high school and has no friends yet, goes straight home every day becuase she worrys about him.",
 needs=[
  ("Child", "Family and social relationships", "she needs time to be a kid and make friends at her new school", "she ends up isolated and carrying all of it", "2 Moderate", "goes to an after school club once a week", "", "Young carers support", "Partly met"),
  ("Father", "Health", "dad needs to be able to get out the house on his own", "she keeps doing everything and it gets worse when shes older", "3 Serious", "dad does his own prescription pick up", "home based therapy", "Adult mental health", "Not met"),
  ("Child", "Emotional and behavioural development", "she needs to stop feeling its her job to keep dad ok", "", "2 Moderate", "", "", "Young carers support", "Not met"),
 ],
 services=[
  ("Young carers support", "Millgate Young Carers", "Yes", "Yes"),
  ("Early help family support", "Hollins Lane Family Hub", "No", "Partly"),
 ]),

dict(hard=True, alt="Neglect linked to parental drug or alcohol use", auditor="Anwen Castleton", agency="Education (school Designated Safeguarding Lead)",
 age=13, sex="Female", ethnicity="White", disability="No", legal_status="Child in need", primary_need="N1 Abuse or neglect",
 story="Pupil is in Year 9 and her attendance is currently 64%, which is below the severe absence threshold. The pupil has informed her head of year that she stays at home to look after her mother, who has severe depression and 'sleeps all day'. At a home visit the attendance officer noted several empty wine bottles in the kitchen; mother stated that she drinks only in the evenings to help her sleep. Pupil has been late on 22 occasions this term and has missed two internal assessments. Referral made to Children's Social Care following the home visit and a child in need plan is now in place.",
 needs=[
  ("Child", "Education", "Pupil to attend school on a full-time basis with punctuality improved", "Pupil will fall further behind ahead of her options choices and may become disengaged from education", "3 Serious", "Attendance above 85% by the next review", "Attendance support plan and a reduced timetable with planned increase", "Educational support (SENCo, educational psychology)", "Partly met"),
  ("Mother", "Health", "Mother to receive treatment for her depression that does not depend on pupil being at home", "Pupil continues to be kept from school in a caring role", "3 Serious", "", "", "Adult mental health", "Not known"),
  ("Child", "Family and social relationships", "Pupil to have access to a young carers group and a named member of staff", "", "2 Moderate", "", "", "Young carers support", "Not met"),
 ],
 services=[
  ("Social work (child in need or protection)", "Brackenmoor CSC Children in Need Team", "Yes", "Partly"),
  ("Educational support (SENCo, educational psychology)", "Kestrel Bank Academy attendance team", "Yes", "Partly"),
 ]),

dict(hard=False, alt="", auditor="Anwen Castleton", agency="Education (school Designated Safeguarding Lead)",
 age=8, sex="Male", ethnicity="Other ethnic group", disability="No", legal_status="Early help", primary_need="N1 Abuse or neglect",
 story="Pupil is in Year 3. Staff have recorded on several occasions that pupil arrives late without a packed lunch, in uniform that has not been washed, and without his reading record. When the class teacher raised this with mother at parents' evening, mother became tearful and disclosed that she has had panic attacks most days since the family arrived in the area and that she finds it very hard to leave the house. An Early Help Assessment has been completed by school with mother's consent. Pupil is making expected progress academically but is frequently tired in afternoon lessons.",
 needs=[
  ("Child", "Basic care", "Pupil to arrive at school with a lunch and in clean uniform each day", "Pupil will be hungry in the afternoons and vulnerable to comments from peers", "2 Moderate", "Lunch provided daily for a full half term", "Free school meals eligibility to be checked", "Early help family support", "Met"),
  ("Mother", "Health", "Mother to be able to manage her panic attacks well enough to complete the school run", "Late arrival and missed learning continue", "2 Moderate", "Mother completes the school run at least four days a week", "", "Adult mental health", "Partly met"),
  ("Mother", "Family's social integration", "Mother to have contact with other parents and local groups in her community", "", "1 Low", "", "", "Family hub or children's centre", "Not met"),
 ],
 services=[
  ("Early help family support", "Kestrel Bank Academy family support worker", "Yes", "Yes"),
  ("Adult mental health", "Talking Minds Brackenmoor (primary care psychological therapies)", "Yes", "Partly"),
 ]),
]
