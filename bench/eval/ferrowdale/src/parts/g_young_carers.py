from _common import N, S, case, P_G, P_B

PATTERN = P_G

CASES = [

case("G01", "J", 13, "Female", "White", "No", "Early help", "N3 Parental disability or illness",
     "maisie is 13 and her mum has MS and is in a wheelchair most of the time now. maisie helps her get washed and dressed in the morning and does most of the cooking, her dad works long hours on the lorries. "
     "she comes to young carers club on a thursday and loves it, its the only time she gets to just be a kid. "
     "she gets tired and snappy at school and shes had a few detentions for homework",
     [N("Child", "Family and social relationships",
        "she needs time for herself to see mates and not worry about mum", "", "2 Moderate", "", "",
        "Young carers support", "Met"),
      N("Mother", "Health",
        "mum needs carers coming in so maisie dosent have to do the personal stuff",
        "maisie keeps doing intimate care for her mum at 13", "3 Serious", "", "asked adult social care, no answer yet",
        "Other", "Not met"),
      N("Child", "Education",
        "school need to know shes a young carer and give her a bit of leeway with homework", "", "2 Moderate", "", "",
        "Educational support (SENCo, educational psychology)", "Partly met")],
     [S("Young carers support", "Ferrowdale Carers Hub", "Yes", "Yes")]),

case("G02", "P", 12, "Male", "Mixed", "No", "Early help", "N0 Not stated",
     "Pupil is currently in Year 8 at Ollerby High School. Father is undergoing treatment for cancer and mother is his main carer, attending hospital with him several days a week. "
     "Pupil has taken on responsibility for collecting his two younger siblings from primary school, which has resulted in him leaving lessons early on a number of occasions without authorisation. "
     "Pupil has become tearful in lessons and has told staff he 'looks things up' about his father's illness at night. "
     "Mother has been informed of the young carers offer and has consented to a referral. "
     "Attendance is currently 91%.",
     [N("Child", "Emotional and behavioural development",
        "Pupil to have accurate, age-appropriate information about his father's illness and an adult with whom to discuss his worries.",
        "Anxiety is likely to increase and affect sleep and learning.", "3 Serious",
        "Pupil reports feeling able to talk to a named adult.", "Young carers assessment; pastoral lead weekly.",
        "Young carers support", "Partly met"),
      N("Parent or carer", "Basic care",
        "Alternative arrangements to be in place for collecting the younger siblings on hospital days.",
        "", "2 Moderate", "", "", "Family group conference", "Not met"),
      N("Child", "Education",
        "Pupil to remain in lessons until the end of the school day.", "", "1 Low", "", "",
        "Educational support (SENCo, educational psychology)", "Partly met")],
     [S("Young carers support", "Ferrowdale Young Carers", "Yes", "Partly"),
      S("Educational support (SENCo, educational psychology)", "Ollerby High School pastoral team", "Yes", "Yes")]),

case("G03", "B", 10, "Female", "Asian or Asian British", "No", "Early help", "N3 Parental disability or illness",
     "Mum (Nasreen) has kidney failure and goes for dialysis three times a week and she is exhausted for most of the rest of the time, and since her husband passed away two years ago it has just been her and her three daughters. "
     "Nasreen's English is not strong and Zara who is ten goes with her to most of her appointments to translate, and she also fills in forms and rings the council for her, which Nasreen knows is not right but she has nobody else. "
     "Nasreen is a very proud lady and did not want any help at first as she was worried people would think she could not look after her girls, but the school nurse persuaded her to meet me. "
     "The house is immaculate and the girls are lovely and very polite. "
     "Zara has been missing school on dialysis days.",
     [N("Mother", "Health",
        "Nasreen needs a proper interpreter at all of her hospital and GP appointments so that Zara does not have to do it",
        "Zara will keep hearing things about her mum's illness that no ten year old should have to hear", "3 Serious",
        "interpreter booked for every appointment", "I have spoken to the renal unit", "Other", "Partly met"),
      N("Child", "Education", "Zara needs to be in school on dialysis days", "", "2 Moderate", "", "",
        "Young carers support", "Partly met"),
      N("Mother", "Income",
        "Nasreen needs help with the paperwork and benefits since her husband died", "", "2 Moderate",
        "", "", "Welfare and debt advice", "Met"),
      N("Child", "Emotional and behavioural development",
        "Zara needs to be allowed to be a little girl and not be worrying about her mum all the time, she is ten going on forty",
        "", "2 Moderate", "", "", "Young carers support", "Partly met")],
     [S("Early help family support", "Ferrowdale Early Help (Central)", "Yes", "Partly"),
      S("Young carers support", "Ferrowdale Young Carers", "Yes", "Partly"),
      S("Welfare and debt advice", "Turnstone Money Advice", "No", "Yes")]),

case("G04", "J", 15, "Male", "White", "No", "Early help", "N0 Not stated",
     "kyle is 15 and hes the main carer for his mum who has bipolar. when shes high hes up all night with her making sure she dosent go out spending or do anything stupid and when shes low he does everything. "
     "theres no one else, his brother is in the army. "
     "he got linked with young carers through us. "
     "hes pretty mature for his age but i think hes burnt out, hes stopped coming to football and says hes 'fine' about everything",
     [N("Child", "Emotional and behavioural development",
        "he needs a break and people to talk to who get it", "he'll crash", "3 Serious", "", "",
        "Young carers support", "Partly met"),
      N("Mother", "Health", "mum needs a crisis plan that dosent rely on kyle", "", "3 Serious", "", "",
        "Adult mental health", "Not met"),
      N("Child", "Family and social relationships", "back to football and seeing his mates", "", "2 Moderate", "", "",
        "Youth work", "Not met")],
     [S("Young carers support", "Ferrowdale Carers Hub", "Yes", "Partly"),
      S("Youth work", "Wrenholt Youth Project", "Yes", "Yes")],
     hard=True, alt=P_B),
]
