from common import n, s, case
P = "anxious_out_of_school"
CASES = [
case(P, False, "Gareth P.", 13, "Female", "White", "Not known", "Early help", "N0 Not stated",
 "She has not attended school regularly since the Christmas of Year 7 and is now on the roll in Year 9 with attendance of 18%. She describes feeling sick and "
 "shaky on school mornings and Mum, who is very supportive and communicates well with us, is unable to get her out of bed on most days. There are features that "
 "suggest she may be autistic (difficulty with noise in corridors, very literal, few friendships), and she has been on the waiting list for an assessment for two years. "
 "At home she is calm and spends her time drawing.",
 [n("Child", "Education", "She needs an EHCP.", "Her needs will not be properly met and she will fall further behind.", 3, "",
    "Request for statutory assessment.", "Educational support (SENCo, educational psychology)", "Not met"),
  n("Child", "Health", "She needs an ASD assessment.", "", 3, "Diagnosis or not.", "", "", "Not met"),
  n("Child", "Education", "She needs to be in school for at least one lesson a day, starting with art, which she still enjoys.",
    "Complete disengagement from education.", 3, "One lesson a day, four days a week, by the end of term.",
    "Reduced timetable with art first; meet-and-greet by a named adult.", "", "Partly met"),
  n("Mother", "Guidance and boundaries", "Mum needs to feel confident to hold to the morning routine when her daughter becomes distressed.", "", 2, "", "", "", "Not met")],
 [s("Educational support (SENCo, educational psychology)", "SENCo", "Yes", "Partly"),
  s("Other", "Attendance officer", "Yes", "No")],
 3, "Partly", notes="Attendance officer has issued warning letters to Mum, which she found very upsetting."),

case(P, True, "Imogen S.", 11, "Male", "White", "Yes", "Child in need", "N2 Child's disability",
 "Diagnosed autistic at six. Since transition to secondary in September he has refused to go, and meltdowns at home have become more frequent and more violent: "
 "he has hit Mother, thrown a chair, and pulled his seven-year-old sister's hair. Mother is a single parent and says she is 'walking on eggshells'. "
 "He is calm on days when nothing changes and when he knows what will happen next.",
 [n("Child", "Emotional and behavioural development",
    "He needs a predictable morning, with a visual warning of any change, as unexpected change is the main trigger for his meltdowns.",
    "Continued violence at home; risk of placement breakdown.", 3, "Meltdowns reduced from daily to twice a week.",
    "Visual timetable; PBS plan with Mother.", "Child and adolescent mental health (CAMHS)", "Partly met"),
  n("Sibling", "Ensuring safety",
    "His sister needs a room she can go to and lock from the inside when he is dysregulated.", "She will keep getting hurt.", 3,
    "Lock fitted and plan rehearsed.", "", "", "Met"),
  n("Mother", "Family history and functioning", "Mother needs respite.", "Carer breakdown.", 3, "", "",
    "Disabled children's service or short breaks", "Not met"),
  n("Child", "Education", "He needs a specialist school place.", "", 3, "", "", "Educational support (SENCo, educational psychology)", "Not met")],
 [s("Child and adolescent mental health (CAMHS)", "CAMHS neurodevelopmental team", "Yes", "Partly"),
  s("Educational support (SENCo, educational psychology)", "SEN team", "Yes", "Partly")],
 3, "Partly", notes=""),

case(P, True, "Mel T.", 9, "Female", "White", "No", "Early help", "N4 Family in acute stress",
 "Dad went to prison in the summer holidays (we don't know what for, mum won't say). Since September she has been clingy at the gate, has tummy aches most mornings "
 "and mum often keeps her at home, attendance 61%. Some children in her class said things about her dad in the playground. Mum is on her own with 3 children now "
 "and struggling with money.",
 [n("Child", "Family and social relationships", "Needs to be able to speak to dad on the phone/visit, she is worried hes not ok", "", 2, "",
    "", "Other", "Partly met"),
  n("Mother", "Family history and functioning", "Mum needs a support worker to help with the mornings", "", 2, "", "",
    "Early help family support", "Met"),
  n("Child", "Education",
    "She needs to come into school through the side door with her TA, as the playground is where the other children said things about her dad",
    "Attendance will keep dropping", 2, "attendance over 90%", "TA meets her at 8.45", "", "Partly met")],
 [s("Early help family support", "Early help", "Yes", "Partly"),
  s("Other", "Prisoners' families charity", "Yes", "Yes")],
 2, "Partly", notes="Mum has asked us not to tell other parents about dad."),

case(P, True, "Paul K.", 14, "Male", "White", "No", "", "N0 Not stated",
 "He lives on a dairy farm several miles from the nearest village; both parents work from before five in the morning until late. He was bullied on the school bus "
 "last year, including having his bag thrown off the bus, and since then has refused to get on it. There is no other way to school that the family can manage. "
 "He now games through most of the night and sleeps through the day, and has not been in school for eleven weeks. His parents are worried but say they "
 "'cannot leave the cows'.",
 [n("Child", "Education",
    "He needs a way of getting to school that does not involve the bus where he was bullied; the only alternative is a forty-minute drive his parents cannot do because of milking.",
    "He will drop out of education altogether.", 3, "Back in school three days a week.", "Taxi or alternative transport application.", "", "Not met"),
  n("Child", "Health", "He needs to be asleep before one in the morning; at present he games through the night and cannot get up.",
    "", 2, "", "", "", "Not met"),
  n("Parent or carer", "Guidance and boundaries", "His parents need to agree a time the internet goes off at night, and stick to it.", "", 2, "", "", "", "Not met"),
  n("Child", "Emotional and behavioural development", "He needs CAMHS.", "", 3, "", "Referral rejected - 'not severe enough'.",
    "Child and adolescent mental health (CAMHS)", "Not met")],
 [],
 3, "No", notes="No services at all at time of audit."),

case(P, False, "Bev M.", None, "Female", "Mixed", "No", "Early help", "N3 Parental disability or illness",
 "15ish. self harm + anxiety, not in school 4 mths, school talking about off-rolling to home ed. mum has MH (bipolar?) + is often in bed. dad not around.",
 [n("Child", "Emotional and behavioural development", "CAMHS", "", 3, "", "", "Child and adolescent mental health (CAMHS)", "Partly met"),
  n("Child", "Education", "back to school or alt provision", "", 3, "", "", "", "Not met"),
  n("Mother", "Family history and functioning", "mum MH - needs own support", "", 3, "", "", "Adult mental health", "Not known")],
 [s("Child and adolescent mental health (CAMHS)", "CAMHS", "Yes", "Partly")],
 3, "Partly"),

case(P, False, "Imogen S.", 10, "Male", "Asian or Asian British", "Not known", "Other", "N0 Not stated",
 "Has not spoken at school since reception, though he speaks freely at home in Urdu and English. This year he has started refusing to go in, crying at the door. "
 "Parents are supportive but their English is limited and they have missed two school meetings about him because no interpreter was arranged. "
 "Query selective mutism versus autism.",
 [n("Child", "Emotional and behavioural development",
    "He needs a small number of adults at school to stop asking him to speak, and to accept nods and pointing, so that the pressure lowers.",
    "Mutism becomes entrenched; refusal increases.", 3, "Attending every day; some whispered speech to one adult by the summer.",
    "Small-steps programme with his TA.", "Speech and language therapy", "Partly met"),
  n("Child", "Health", "Needs assessment for selective mutism vs ASC.", "", 2, "", "", "", "Partly met"),
  n("Parent or carer", "Family's social integration",
    "His parents need school letters and meetings in Urdu, or with an interpreter, as they have missed two meetings about him.",
    "Parents shut out of decisions about him.", 2, "", "", "", "Not met")],
 [s("Child and adolescent mental health (CAMHS)", "CAMHS", "Yes", "Partly"),
  s("Speech and language therapy", "SALT", "Yes", "Partly")],
 2, "Partly"),

case(P, False, "Gareth P.", 12, "Male", "White", "Not known", "Early help", "N6 Socially unacceptable behaviour",
 "He has had four fixed-term exclusions this year for defiance and leaving lessons, and is now on a reduced timetable of two hours a day, finishing at 11am. "
 "Staff suspect ADHD. Mum works in a care home and has had to cut her hours to have him at home, and has now lost her job. When in school he is anxious about "
 "being sent out and often pre-empts it by walking out himself.",
 [n("Child", "Education", "He needs a PRU place.", "He will be permanently excluded.", 3, "", "", "Educational support (SENCo, educational psychology)", "Not met"),
  n("Child", "Health", "He needs to be assessed for ADHD.", "", 3, "", "Referral to paediatrics.", "", "Not met"),
  n("Mother", "Employment",
    "Mum needs to be able to keep working, which she cannot do while he is sent home at 11am every day.",
    "Loss of income; family poverty.", 3, "", "", "", "Not met")],
 [s("Educational support (SENCo, educational psychology)", "SENCo", "Yes", "Partly")],
 3, "No"),

case(P, False, "Tash W.", 8, "Female", "White", "No", "Early help", "N3 Parental disability or illness",
 "Mum was diagnosed with breast cancer in the spring and is having chemo. Since then she will not leave mum, has panic attacks at the school gates and has missed "
 "a lot of school. She helps mum a lot at home. Dad works away during the week. Nobody has really explained to her what is going on with mums illness.",
 [n("Child", "Emotional and behavioural development",
    "She needs to know who will look after her and mum if mum gets worse, because nobody has told her", "Her anxiety will carry on growing", 3,
    "", "Macmillan family worker to help mum talk to her", "", "Partly met"),
  n("Child", "Family and social relationships", "needs Young Carers", "", 2, "", "", "Young carers support", "Met"),
  n("Mother", "Basic care", "MUM needs help with the school run on chemo days", "", 2, "", "", "Early help family support", "Partly met")],
 [s("Young carers support", "Young carers project", "Yes", "Yes"),
  s("Early help family support", "Early help", "Yes", "Partly")],
 2, "Partly"),

case(P, False, "Paul K.", 15, "Female", "White", "No", "Early help", "N0 Not stated",
 "Assigned female at birth; for the past year has asked to be known as Sam and to use he/him. He has stopped going to school after a term of comments in corridors "
 "and the canteen, and some staff still use his old name. His parents are trying to be supportive but are struggling, and conversations at home about it often end in a row. "
 "He is anxious and low but not self-harming.",
 [n("Child", "Identity", "He needs all staff to use his preferred name and pronouns consistently.",
    "He will continue to feel unsafe and unwelcome at school.", 2, "No incidents of deadnaming reported over a half term.", "", "", "Partly met"),
  n("Child", "Education",
    "He needs a place in school to go at break and lunch, as the corridors and canteen are where the comments happen.",
    "Continued non-attendance.", 3, "Back in school full time.", "", "", "Partly met"),
  n("Parent or carer", "Emotional warmth",
    "His parents need time and information to talk about his identity without it becoming a row every evening.", "", 2, "", "", "Youth work", "Partly met")],
 [s("Youth work", "LGBT+ youth group", "Yes", "Yes"),
  s("Health visiting or school nursing", "School nurse", "Yes", "Partly")],
 2, "Partly"),
]
