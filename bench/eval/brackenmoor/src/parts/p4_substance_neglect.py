# Pattern 4: neglect linked to parental drug or alcohol use (hand-written)
PATTERN = "Neglect linked to parental drug or alcohol use"

CASES = [
dict(hard=False, alt="", auditor="Dev Marsh", agency="Children's Social Care",
 age=6, sex="Male", ethnicity="White", disability="No", legal_status="Child protection plan", primary_need="N1 Abuse or neglect",
 story="6yo M, eldest of 3. Both parents opiate users, on script but topping up. Home conds poor: no food in fridge, dog mess, needles found in a kitchen drawer at unannounced visit. Child attends sch 89%, often hungry + in same clothes. CPP neglect, 2nd time, PLO letter being considered.",
 needs=[
  ("Child", "Basic care", "Fed, clean clothes, safe home w nothing dangerous in reach, every day not just visit days", "Cumulative neglect, sibs at risk of accidental ingestion", "4 Very serious", "Home conds maintained over 12 wks of unannounced visits", "", "Social work (child in need or protection)", "Partly met"),
  ("Parent or carer", "Health", "Parents to stop using on top of script", "Continued neglect, likely proceedings", "4 Very serious", "Clean tox screens for 3 mths", "Drug treatment, tox testing", "Substance misuse service (adult)", "Partly met"),
  ("Child", "Emotional and behavioural development", "To stop being the one who gets the younger two up + fed", "Parentified at 6", "3 Serious", "", "", "Intensive family intervention (edge of care)", "Not met"),
 ],
 services=[
  ("Social work (child in need or protection)", "Brackenmoor CSC Safeguarding Team", "Yes", "Partly"),
  ("Substance misuse service (adult)", "Riverside Recovery Brackenmoor", "Yes", "Partly"),
 ]),

dict(hard=False, alt="", auditor="Dev Marsh", agency="Children's Social Care",
 age=10, sex="Female", ethnicity="White", disability="No", legal_status="Child protection plan", primary_need="N1 Abuse or neglect",
 story="10yo F, lives w M. M alcohol dependent, drinking from morning. Police called by sch when M arrived for pickup unable to stand. Historic DA w ex-partner, he's not been around for 5 yrs, not current. Child puts M to bed, hides bottles, tells no one. Grandad nearby + willing.",
 needs=[
  ("Mother", "Health", "M to stop drinking during the day", "Child left alone w intoxicated carer, accidents, fire risk", "4 Very serious", "M sober on all unannounced visits", "Detox + community alcohol treatment", "Substance misuse service (adult)", "Not met"),
  ("Child", "Ensuring safety", "Named sober adult she can go to (grandad) + knows when to call", "Child keeps covering, nobody knows when it's bad", "3 Serious", "Safety plan known to child + grandad", "", "Family group conference", "Met"),
  ("Child", "Emotional and behavioural development", "To stop hiding bottles + know M's drinking isn't her fault", "", "2 Moderate", "", "Group for children of drinking parents", "Young carers support", "Not met"),
 ],
 services=[
  ("Social work (child in need or protection)", "Brackenmoor CSC Safeguarding Team", "Yes", "Partly"),
  ("Family group conference", "Brackenmoor FGC Service", "No", "Yes"),
  ("Substance misuse service (adult)", "Riverside Recovery Brackenmoor", "Yes", "Partly"),
 ]),

dict(hard=False, alt="", auditor="Hilary Penhaligon-Reeve", agency="0-19 Public Health Nursing (Health Visiting)",
 age=0, sex="Female", ethnicity="White", disability="No", legal_status="Child protection plan", primary_need="N1 Abuse or neglect",
 story="Mum is a woman in her thirties who has been on a methadone programme for several years and who worked very hard during pregnancy to reduce her dose, which I think deserves to be recognised. Baby was born with withdrawal symptoms and spent two weeks on the neonatal unit, and she is still an unsettled baby who cries a great deal and feeds slowly. Since coming home Mum has found the crying almost unbearable, and she has admitted to me, with great honesty, that on two occasions she has used heroin to cope. Mum's own childhood was spent mostly in care and she has no-one to show her how to look after a baby. Her partner is also on a script and is supportive, but he is frequently out of the house.",
 needs=[
  ("Mother", "Health", "Mum needs a way of coping with baby's crying that does not involve using on top of her script, so that she is always able to respond safely to her daughter", "Baby may be left with an intoxicated carer or come to harm during a night feed", "4 Very serious", "No further on-top use and clean tests", "Specialist midwife and drug worker working jointly with the health visitor", "Substance misuse service (adult)", "Partly met"),
  ("Mother", "Basic care", "Mum needs to learn how to settle and feed an unsettled baby, since she never saw this modelled in her own childhood", "Baby's weight gain falters and Mum's confidence collapses", "3 Serious", "Baby gaining weight along her centile", "Enhanced health visiting contacts", "Health visiting or school nursing", "Partly met"),
  ("Father", "Basic care", "Dad needs to share the night feeds and be at home more in the evenings", "", "2 Moderate", "", "", "Social work (child in need or protection)", "Not met"),
 ],
 services=[
  ("Health visiting or school nursing", "Brackenmoor 0-19 Public Health Nursing", "Yes", "Yes"),
  ("Substance misuse service (adult)", "Riverside Recovery Brackenmoor", "Yes", "Partly"),
  ("Social work (child in need or protection)", "Brackenmoor CSC Safeguarding Team", "Yes", "Partly"),
 ]),

dict(hard=True, alt="Parent's mental ill health leaving the child without routine or warmth", auditor="Hilary Penhaligon-Reeve", agency="0-19 Public Health Nursing (Health Visiting)",
 age=2, sex="Male", ethnicity="White", disability="No", legal_status="Early help", primary_need="N3 Parental disability or illness",
 story="Mum describes herself as having 'bad nerves' and she has been prescribed diazepam on and off for many years for anxiety, which she tells me is the main reason she finds motherhood so hard. When I visited mid-morning Mum was very drowsy and slurring her words, and there was a smell of alcohol in the flat; she said she had had a bad night and taken an extra tablet. The little boy was still in a night nappy that had not been changed, and he was eating dry cereal from the floor. Mum was upset and ashamed, and told me her own mother had been 'a drinker' and she had sworn never to be the same. I have shared my concerns with her GP and with the early help team.",
 needs=[
  ("Mother", "Health", "Mum needs to stop combining alcohol with her prescribed tablets so that she is awake and alert enough to care for her son during the day", "Her son will be left unsupervised with a sedated carer and will come to harm", "4 Very serious", "Mum is alert and sober at every visit, including unannounced ones", "GP medication review and alcohol treatment", "Substance misuse service (adult)", "Not met"),
  ("Child", "Basic care", "The little boy needs regular meals and changes throughout the day", "Nappy rash, poor nutrition and neglect", "3 Serious", "", "", "Early help family support", "Partly met"),
  ("Mother", "Health", "Mum needs help with the anxiety underneath all of this that does not rely on sedatives", "", "3 Serious", "", "", "Adult mental health", "Not met"),
 ],
 services=[
  ("Health visiting or school nursing", "Brackenmoor 0-19 Public Health Nursing", "Yes", "Partly"),
  ("Early help family support", "Brackenmoor Early Help Service", "Yes", "Partly"),
 ]),

dict(hard=True, alt="Families tipped into crisis by debt and housing loss", auditor="Kez Barlow", agency="Early Help (Family Hub)",
 age=8, sex="Male", ethnicity="Mixed", disability="No", legal_status="Early help", primary_need="N7 Low income",
 story="family got a section 21 for rent arrears and are now in a b and b, 4 of them in one room. mum told me in the end that dad has been using cocaine most weekends and thats where the rent money went, he spends it before it even hits the account. when hes coming down hes horrible to be around and the kids keep out of his way. the boy is 8 and has started wetting the bed again.",
 needs=[
  ("Father", "Health", "dad needs to stop using, its where all the money is going", "they lose the next place as well and mum might leave", "4 Very serious", "dad getting help and money not going on drugs", "", "Substance misuse service (adult)", "Not met"),
  ("Whole family", "Housing", "they need somewhere with more than one room", "kids cant sleep or do homework, everyone on top of each other", "3 Serious", "moved into a proper flat", "", "Housing support", "Partly met"),
  ("Mother", "Income", "mum needs to have control of the money", "", "3 Serious", "", "separate account for the benefits", "Welfare and debt advice", "Partly met"),
  ("Child", "Emotional and behavioural development", "he needs to stop wetting and feel ok at home", "", "2 Moderate", "", "", "Health visiting or school nursing", "Not met"),
 ],
 services=[
  ("Housing support", "Brackenmoor Housing Options", "Yes", "Partly"),
  ("Welfare and debt advice", "Moorside Money Advice", "Yes", "Yes"),
  ("Family hub or children's centre", "Hollins Lane Family Hub", "Yes", "Partly"),
 ]),

dict(hard=False, alt="", auditor="Gary Tolland", agency="Youth Justice and Targeted Youth Support",
 age=13, sex="Male", ethnicity="White", disability="No", legal_status="Early help", primary_need="N6 Socially unacceptable behaviour",
 story="Out of court disposal for criminal damage, he smashed bus shelters with mates while drunk. Dad is an alcoholic and there is drink in the house all the time, lad just helps himself. Nobody at home notices when he is out or when he gets in. He is often in the same clothes for days.",
 needs=[
  ("Father", "Health", "Dad needs alcohol services", "Lad carries on raised by nobody", "3 Serious", "", "", "Substance misuse service (adult)", "Not met"),
  ("Child", "Health", "Needs a young persons drug and alcohol worker", "Drinking gets worse", "3 Serious", "", "", "Substance misuse service (young person)", "Partly met"),
  ("Child", "Basic care", "Needs someone to check on him at home", "", "3 Serious", "", "", "Social work (child in need or protection)", "Not met"),
 ],
 services=[
  ("Youth justice", "Brackenmoor Youth Justice Service (out of court team)", "Yes", "Partly"),
  ("Substance misuse service (young person)", "Millgate young people's drug and alcohol service", "Yes", "Partly"),
 ]),

dict(hard=False, alt="", auditor="Anwen Castleton", agency="Education (school Designated Safeguarding Lead)",
 age=7, sex="Female", ethnicity="White", disability="No", legal_status="Child in need", primary_need="N1 Abuse or neglect",
 story="Pupil is in Year 2. Staff have recorded on eleven occasions this term that pupil's clothing smells strongly of cannabis, and pupil has untreated head lice and dental pain. Pupil has told her teaching assistant that 'mummy and daddy smoke the funny cigarettes in the living room'. An early help plan was put in place last term but parents did not engage and the case was escalated to Children's Social Care. Pupil is below age-related expectations in reading and writing.",
 needs=[
  ("Child", "Health", "Pupil to be registered with a dentist and to have head lice treated", "Ongoing pain and discomfort affecting concentration and peer relationships", "3 Serious", "Dental treatment completed", "", "Health visiting or school nursing", "Partly met"),
  ("Parent or carer", "Basic care", "Parents to keep cannabis use away from pupil and the family home", "Pupil's exposure continues and basic care remains poor", "3 Serious", "No reports of cannabis smell for a half term", "", "Substance misuse service (adult)", "Not met"),
  ("Child", "Education", "Pupil to read at home at least three times per week", "", "2 Moderate", "", "", "Educational support (SENCo, educational psychology)", "Not met"),
 ],
 services=[
  ("Social work (child in need or protection)", "Brackenmoor CSC Children in Need Team", "Yes", "Partly"),
  ("Health visiting or school nursing", "Brackenmoor 0-19 Public Health Nursing (school nursing)", "Yes", "Partly"),
 ]),
]
