# Pattern 6: families tipped into crisis by debt and housing loss (hand-written)
PATTERN = "Families tipped into crisis by debt and housing loss"

CASES = [
dict(hard=False, alt="", auditor="Dev Marsh", agency="Children's Social Care",
 age=9, sex="Female", ethnicity="Other ethnic group", disability="No", legal_status="Child in need", primary_need="N7 Low income",
 story="9yo F, 1 of 3. Family evicted after landlord sold up, now in 1 room in a hostel in Ravensby. No cooking facilities, shared bathroom w adults. M + F working zero-hrs, debt to 3 lenders. Parenting good, kids well cared for, no other concerns. Child 2 buses to sch, late daily.",
 needs=[
  ("Whole family", "Housing", "Self-contained accom w cooking facilities, within reach of sch", "Kids' health + schooling suffer, parents' relationship under strain", "3 Serious", "Move into self-contained TA within 6 wks", "", "Housing support", "Partly met"),
  ("Parent or carer", "Income", "Debts consolidated to a payable amount + all benefits claimed", "Arrears block future tenancies", "3 Serious", "Single repayment plan in place", "", "Welfare and debt advice", "Met"),
  ("Child", "Education", "To get to sch on time w/o 2 buses", "", "2 Moderate", "", "Travel pass", "Other", "Met"),
 ],
 services=[
  ("Housing support", "Brackenmoor Housing Options", "Yes", "Partly"),
  ("Welfare and debt advice", "Moorside Money Advice", "No", "Yes"),
  ("Social work (child in need or protection)", "Brackenmoor CSC Children in Need Team", "Yes", "No"),
 ]),

dict(hard=True, alt="Parent's mental ill health leaving the child without routine or warmth", auditor="Hilary Penhaligon-Reeve", agency="0-19 Public Health Nursing (Health Visiting)",
 age=1, sex="Male", ethnicity="White", disability="No", legal_status="Early help", primary_need="N3 Parental disability or illness",
 story="Mum scored highly on the mood questionnaire at the one-year review and told me she has been feeling hopeless and tearful for months, so I have recorded her low mood as the main concern. As we talked, however, it became clear that the family's difficulties began when Dad was made redundant and they fell behind on the rent, and that they are now facing a court hearing about possession of their home. Mum opens none of the post because she cannot bear to, and the household has been living on the prepayment meter's emergency credit. She says that if they could only keep the house she thinks she would be fine. The baby is well cared for, is a sociable little boy and is developing normally.",
 needs=[
  ("Whole family", "Housing", "The family need to keep their home, or to know where they will be living, so that Mum is no longer living in dread of the possession hearing", "Homelessness with a baby, and Mum's low mood deepening into depression", "3 Serious", "A repayment arrangement accepted by the landlord and the court", "Urgent housing and legal advice", "Housing support", "Partly met"),
  ("Mother", "Income", "Mum and Dad need the unopened letters gone through with someone so that they understand what they owe and to whom", "Arrears grow and further enforcement action follows", "3 Serious", "All debts listed with a plan for each", "", "Welfare and debt advice", "Partly met"),
  ("Father", "Employment", "Dad needs to find work again", "", "2 Moderate", "", "", "Other", "Not met"),
  ("Mother", "Health", "Mum needs to notice when her mood is low for reasons other than money", "", "1 Low", "", "", "Health visiting or school nursing", "Met"),
 ],
 services=[
  ("Health visiting or school nursing", "Brackenmoor 0-19 Public Health Nursing", "Yes", "Partly"),
  ("Adult mental health", "Talking Minds Brackenmoor (primary care psychological therapies)", "Yes", "No"),
  ("Welfare and debt advice", "Moorside Money Advice", "Yes", "Yes"),
 ]),

dict(hard=False, alt="", auditor="Kez Barlow", agency="Early Help (Family Hub)",
 age=4, sex="Female", ethnicity="White", disability="No", legal_status="Early help", primary_need="N7 Low income",
 story="dad lost his job at the warehouse and theres been a 5 week wait for universal credit. the electric was cut off last week, theyve been using the food bank, mums 7 months pregnant. they never needed help before and are really embarrased. little girl starts school after the summer and they cant afford the uniform.",
 needs=[
  ("Whole family", "Income", "they need money coming in while the claim gets sorted", "no food, no heating, mum pregnant and run down", "3 Serious", "advance payment and hardship fund", "", "Welfare and debt advice", "Met"),
  ("Whole family", "Basic care", "they need the electric back on", "cold house for a newborn", "3 Serious", "meter topped up and on a better tariff", "", "Welfare and debt advice", "Met"),
  ("Child", "Education", "she needs her uniform and shoes for starting school", "", "1 Low", "", "uniform bank", "Family hub or children's centre", "Met"),
 ],
 services=[
  ("Welfare and debt advice", "Moorside Money Advice", "No", "Yes"),
  ("Family hub or children's centre", "Hollins Lane Family Hub", "No", "Yes"),
 ]),

dict(hard=False, alt="", auditor="Gary Tolland", agency="Youth Justice and Targeted Youth Support",
 age=15, sex="Male", ethnicity="Black or Black British", disability="No", legal_status="Early help", primary_need="N7 Low income",
 story="Caught shoplifting food from a supermarket, first offence. Family were evicted and put in temporary accommodation in Ravensby which is an hour from his school, so he has mostly stopped going. Mum works nights and there is hardly any money for food. He says he was taking food for his little brothers.",
 needs=[
  ("Whole family", "Housing", "Needs housing near his school", "He drops out of school altogether", "3 Serious", "", "", "Housing support", "Not met"),
  ("Child", "Education", "Needs a bus pass", "", "2 Moderate", "", "", "Educational support (SENCo, educational psychology)", "Met"),
  ("Whole family", "Income", "Family need money advice and food parcels", "More shoplifting", "3 Serious", "", "", "Welfare and debt advice", "Partly met"),
 ],
 services=[
  ("Youth justice", "Brackenmoor Youth Justice Service (out of court team)", "No", "Partly"),
  ("Welfare and debt advice", "Moorside Money Advice", "Yes", "Yes"),
 ]),
]
