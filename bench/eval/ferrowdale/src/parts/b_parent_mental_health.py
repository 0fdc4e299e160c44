from _common import N, S, case, P_B, P_A, P_C, P_G

PATTERN = P_B

CASES = [

case("B01", "H", 0, "Male", "White", "No", "Early help", "N3 Parental disability or illness",
     "Infant aged seven weeks, first child of a couple in their early thirties. "
     "Mother has a history of depression in her teens and scored highly on the postnatal mood screen at the six-week contact; she describes feeling detached from the baby and 'going through the motions'. "
     "Father works away during the week and mother is alone with the infant four nights out of seven. "
     "Feeding is established and weight gain is appropriate. "
     "Mother has had fleeting thoughts that the baby would be better off without her but denies any plan or intent.",
     [N("Mother", "Health",
        "Mother needs her low mood and intrusive thoughts to lift so that she can enjoy and engage with her baby.",
        "Risk of deterioration into severe postnatal illness, with a potential risk to mother's own life.",
        "3 Serious", "Mood screen score within the normal range at the twelve-week contact.",
        "Same-day GP appointment arranged; perinatal mental health team accepted the referral.",
        "Adult mental health", "Partly met"),
      N("Mother", "Emotional warmth",
        "Mother needs to recognise and respond to the infant's cues for interaction, and not only to his physical needs.",
        "The infant may experience a prolonged period of low responsiveness at a sensitive stage of development.",
        "3 Serious", "Mother observed talking to and smiling with the infant during routine care.",
        "Listening visits and promotional interaction work by the health visitor.",
        "Health visiting or school nursing", "Partly met"),
      N("Father", "Family history and functioning",
        "Father needs to understand the signs of deterioration in mother's mental health and know whom to contact.",
        "", "2 Moderate", "Father able to name warning signs and the crisis number.", "Joint visit when father is home.",
        "Health visiting or school nursing", "Met"),
      N("Whole family", "Wider family",
        "The family needs another adult to be present on the nights father is away for the next few weeks.",
        "", "2 Moderate", "Maternal aunt staying two nights a week.", "Discussed with the family.",
        "Other", "Partly met")],
     [S("Health visiting or school nursing", "Ferrowdale 0-19 Service (Health Visiting)", "Yes", "Yes"),
      S("Adult mental health", "Ferrowdale Perinatal Mental Health Team", "Yes", "Yes")]),

case("B02", "B", 7, "Female", "White", "No", "Early help", "N3 Parental disability or illness",
     "Mum (Nicola) has suffered with her nerves for as long as she can remember but it has got a lot worse since her own mum passed away, and she now cannot leave the house at all unless someone is with her, and she has had panic attacks at the school gate which the other parents have seen. "
     "This means that Mia, who is seven, either misses school or gets there late with a neighbour, and her attendance is down to about 80 per cent which the school are now writing to Nicola about, and that is making her anxiety even worse. "
     "Nicola is a really caring mum, the house is lovely and Mia is well looked after in every other way. "
     "She is on the waiting list for help through her GP but has been told it could be months. "
     "Mia's dad is not involved and there is no other family nearby.",
     [N("Mother", "Health",
        "Nicola needs to be able to get out of the house on her own, even just to the school and back, without having a panic attack",
        "she will get more and more stuck in the house and Mia will end up stuck there with her", "3 Serious",
        "Nicola doing the school run on her own two or three times a week", "",
        "Adult mental health", "Not met"),
      N("Child", "Education",
        "Mia needs a reliable way of getting to school on time every day that does not depend on how her mum is feeling that morning",
        "she will fall behind and the school will go down the fines route", "2 Moderate",
        "attendance back up to where it was", "walking bus from the end of the road, breakfast club place",
        "Early help family support", "Partly met"),
      N("Mother", "Family's social integration",
        "Nicola needs one or two people she can ring when it is bad, at the moment the only one she rings is me",
        "", "2 Moderate", "", "", "Family hub or children's centre", "Not met")],
     [S("Early help family support", "Ferrowdale Early Help (South)", "Yes", "Partly")]),

case("B03", "T", 4, "Male", "White", "No", "Child protection plan", "N3 Parental disability or illness",
     "Mum dx bipolar, 2 hospital admissions in last 2 yrs (1 under MHA). "
     "When unwell home conditions go downhill fast, child (4) not fed reg, not taken to nursery. "
     "Dad lives separately, has child wknds, willing to step up but works shifts. "
     "CP plan - neglect. Mum currently stable on meds, engaging w/ CMHT.",
     [N("Mother", "Health",
        "mum to recognise early signs of relapse + act on them - relapse signature shared w/ dad + nursery",
        "next relapse unnoticed, child left w/out care", "4 Very serious",
        "written relapse plan, everyone has copy", "CMHT care coordinator + SW",
        "Adult mental health", "Partly met"),
      N("Father", "Stability",
        "dad to be able to take child at short notice when mum unwell", "", "3 Serious",
        "plan agreed at FGC", "FGC held", "Family group conference", "Met"),
      N("Child", "Education",
        "child in nursery every day - only place he gets a consistent routine", "", "2 Moderate", "", "",
        "Early help family support", "Partly met")],
     [S("Social work (child in need or protection)", "Ferrowdale CSC Safeguarding Team 1", "Yes", "Yes"),
      S("Adult mental health", "Ferrowdale Community Mental Health Team (West)", "Yes", "Yes"),
      S("Family group conference", "Ferrowdale FGC Service", "No", "Yes")]),

case("B04", "H", 2, "Female", "Black or Black British", "No", "Child in need", "N3 Parental disability or illness",
     "Child aged two, lives with both parents; father works long hours as a delivery driver. "
     "Mother has obsessive-compulsive disorder which has worsened since the birth and she now spends many hours a day cleaning. "
     "The child is rarely allowed to play on the floor or outside, and at the developmental review she was not yet walking steadily and had very little experience of messy or exploratory play. "
     "The relationship between mother and child appears warm, and mother is distressed by the effect of her difficulties on her daughter. "
     "Mother has previously declined psychological treatment because of worries about stigma in her community.",
     [N("Child", "Health",
        "The child needs daily opportunities for free movement and physical play in order to develop walking and balance.",
        "Delay in gross motor development is likely to persist and affect her confidence with other children.",
        "3 Serious", "Child walking steadily and climbing at her next review.",
        "Health visitor to model floor play at home visits; physiotherapy advice.",
        "Health visiting or school nursing", "Partly met"),
      N("Mother", "Health",
        "Mother needs her compulsive cleaning to reduce to a level at which it no longer restricts the child's play.",
        "", "3 Serious", "Mother reports cleaning rituals taking less than two hours a day.",
        "GP to re-offer psychological treatment; culturally sensitive explanation of what treatment involves.",
        "Adult mental health", "Not met"),
      N("Father", "Stimulation",
        "Father needs to take the child out to play regularly, at least at weekends.",
        "", "2 Moderate", "Father and child attending a weekend stay-and-play session.", "",
        "Family hub or children's centre", "Partly met")],
     [S("Health visiting or school nursing", "Ferrowdale 0-19 Service (Health Visiting)", "Yes", "Partly"),
      S("Family hub or children's centre", "Ollerby Family Hub", "Yes", "Partly")]),

case("B05", "P", 13, "Male", "White", "No", "Early help", "N0 Not stated",
     "Pupil is in Year 8. Attendance has declined over two terms and currently stands at 83%; punctuality is also a concern, with 23 late marks recorded. "
     "Pupil has disclosed to his form tutor that his mother 'stays in bed a lot' and that he gets his younger sister up and takes her to the primary school before coming in. "
     "Homework is frequently not completed and he has fallen asleep in lessons. "
     "Mother attended a meeting in school and acknowledged that she has depression and is under her GP. "
     "There is no father involvement. An Early Help Assessment has been opened by the school.",
     [N("Child", "Education",
        "Pupil to arrive on time and complete homework, with the morning routine for his sister no longer falling to him.",
        "Continued decline in attendance and attainment.", "2 Moderate",
        "Late marks reduced to fewer than two per half term.", "Homework club at lunchtime; morning plan agreed with mother.",
        "Early help family support", "Partly met"),
      N("Mother", "Health",
        "Mother to be well enough to manage the morning routine for both children.",
        "", "3 Serious", "", "Mother to be encouraged to return to her GP for a review.",
        "Adult mental health", "Not met"),
      N("Child", "Family and social relationships",
        "Pupil needs time with peers and an activity outside school that is his own.",
        "", "1 Low", "", "", "Young carers support", "Not met")],
     [S("Early help family support", "Ferrowdale Early Help (North)", "Yes", "Partly"),
      S("Young carers support", "Ferrowdale Young Carers", "No", "Partly")],
     hard=True, alt=P_G),

case("B06", "B", 9, "Male", "White", "No", "Child in need", "N3 Parental disability or illness",
     "Mum (Danielle) has a diagnosis of emotionally unstable personality disorder and she has been very honest with me about how up and down she is, she can be absolutely fine one day and the next she is in crisis and has taken an overdose, which has happened three times this year, and on the last occasion it was Kai who found her and rang for the ambulance. "
     "Danielle loves Kai to bits and says he is the only reason she is still here, which I have gently said is a lot for a nine year old to carry. "
     "She has been discharged from the mental health team twice for missing appointments and she feels that nobody ever listens to her. "
     "Kai is a polite little boy at school but his teacher has noticed he is always asking if he can ring home at lunchtime. "
     "Nan helps out when she can but she has her own health problems.",
     [N("Mother", "Health",
        "Danielle needs a mental health worker she can build up trust with, who will not discharge her when she misses an appointment because she is too unwell to go",
        "another overdose and next time it might be fatal, and Kai might be the one to find her again", "4 Very serious",
        "Danielle has a named worker and a crisis plan she has agreed to", "",
        "Adult mental health", "Not met"),
      N("Child", "Emotional and behavioural development",
        "Kai needs to know exactly what to do when his mum is in crisis, and to understand that it is not his job to keep her alive",
        "Kai will carry this for the rest of his life", "4 Very serious", "",
        "social worker doing some direct work with him using a story book",
        "Social work (child in need or protection)", "Partly met"),
      N("Other", "Wider family",
        "Nan needs to be part of the plan for when Danielle goes into hospital, so Kai knows where he is going",
        "", "3 Serious", "", "", "Family group conference", "Not met")],
     [S("Social work (child in need or protection)", "Ferrowdale CSC Assessment and Intervention Team 3", "Yes", "Partly"),
      S("Adult mental health", "Ferrowdale Crisis Resolution Team", "No", "No")]),

case("B07", "H", 5, "Male", "Asian or Asian British", "No", "Early help", "N3 Parental disability or illness",
     "Child aged five, in Reception, lives with his mother, father and paternal grandparents. "
     "Mother came to this country on marriage, speaks little English and has no friends or family of her own locally. "
     "At the school entry health review the school nurse noted that the child was quiet and had limited English, and that mother appeared flat and tearful; mother later described feeling hopeless and said she rarely leaves the house. "
     "The child's physical health is good. "
     "Father is supportive but works evenings, and mother reports that decisions about the children are made by her mother-in-law.",
     [N("Mother", "Health",
        "Mother needs her low mood to be recognised and treated, with help offered in her first language.",
        "Mother's depression is likely to deepen, reducing her warmth and availability to the child.",
        "3 Serious", "Mother attending appointments with an interpreter and reporting some improvement.",
        "School nurse to support mother to book a GP appointment with an interpreter.",
        "Adult mental health", "Not met"),
      N("Mother", "Family's social integration",
        "Mother needs regular contact with other women outside the household, including opportunities to learn English.",
        "", "2 Moderate", "Mother attending a women's group and English classes weekly.",
        "Family hub community link worker.", "Family hub or children's centre", "Partly met"),
      N("Child", "Education",
        "The child needs daily opportunities to use and hear English outside the home, and encouragement to speak in class.",
        "", "2 Moderate", "Child speaking in small-group activities by the end of Reception.",
        "Class teacher and EAL support.", "Educational support (SENCo, educational psychology)", "Partly met")],
     [S("Health visiting or school nursing", "Ferrowdale 0-19 Service (School Nursing)", "Yes", "Yes"),
      S("Family hub or children's centre", "Dunmarsh Family Hub", "Yes", "Partly")]),

case("B08", "T", 14, "Female", "White", "No", "Child in need", "N3 Parental disability or illness",
     "Lives w/ F only, mum left 2 yrs ago, no contact. "
     "F long-term depression, lost job last yr, sleeps most of day. Drinks a few cans some nights, GP not concerned re alcohol. "
     "House cluttered, fridge often empty, 2 disconnection letters seen. "
     "YP (14) says she's fine, does most shopping/cooking. Sch - attendance ok, grades ok, v isolated, no friends.",
     [N("Father", "Health",
        "F to get MH treatment that works - same ADs for yrs, never reviewed", "", "3 Serious", "", "",
        "Adult mental health", "Not met"),
      N("Father", "Basic care",
        "F to keep food in house + bills paid", "YP carries it all", "3 Serious",
        "no more disconnection letters", "debt advice appt made, F went",
        "Welfare and debt advice", "Partly met"),
      N("Child", "Family and social relationships",
        "YP to have friends + a life outside the house", "", "2 Moderate", "", "",
        "Young carers support", "Not met"),
      N("Father", "Employment",
        "F back into some work or structure to his day", "", "2 Moderate", "", "", "Other", "Not met")],
     [S("Social work (child in need or protection)", "Ferrowdale CSC Assessment and Intervention Team 3", "Yes", "Partly"),
      S("Welfare and debt advice", "Turnstone Money Advice", "No", "Yes")]),

case("B09", "B", 11, "Female", "Mixed", "No", "Early help", "N4 Family in acute stress",
     "Mum (Jess) is a single parent and she has had anxiety for years, she worries about Amber's health all the time and has taken her to the GP and the walk-in centre lots of times with tummy aches and headaches and the doctors cannot find anything wrong. "
     "Since Amber started at high school she has been off more than she has been in, and Jess says she cannot make her go because she gets so upset, and to be honest I think Jess is relieved to have her at home because she worries about her when she is not with her. "
     "Jess was badly bullied at school herself and left with no qualifications and she says school was the worst time of her life. "
     "Jess is very open to help and we get on really well.",
     [N("Mother", "Emotional warmth",
        "Jess needs to be able to let Amber go to school and trust that she will be alright there, because at the minute it is her own worry that is keeping Amber at home",
        "Amber will become a school refuser for good and pick up her mum's anxiety as her own", "3 Serious",
        "Jess dropping Amber at the gate and leaving without going back for her", "",
        "Early help family support", "Partly met"),
      N("Mother", "Health",
        "Jess needs help with her own anxiety, she has never had any", "", "2 Moderate", "", "",
        "Adult mental health", "Not met"),
      N("Child", "Education",
        "Amber needs a way back into school, maybe part time to start with, with somebody she knows meeting her at the gate",
        "", "3 Serious", "Amber in school every morning to start with", "school inclusion team are doing a plan with us",
        "Educational support (SENCo, educational psychology)", "Partly met")],
     [S("Early help family support", "Ferrowdale Early Help (Central)", "Yes", "Partly"),
      S("Educational support (SENCo, educational psychology)", "Ollerby High School inclusion team", "Yes", "Partly")]),

case("B10", "P", 8, "Male", "White", "No", "Child in need", "N3 Parental disability or illness",
     "Pupil is in Year 4 and lives with both parents and a younger sibling. "
     "Father is an ex-serviceman with a diagnosis of PTSD; mother reported to the class teacher that he has 'bad days' when he shouts and throws things, and police attended the home on one occasion following a call from a neighbour. "
     "There are no reports of physical harm to mother or the children. "
     "Pupil presents as anxious, is hypervigilant to raised voices in class and has asked to stay in at playtime. "
     "Following a referral to the Front Door a child and family assessment was completed and the case is now open as child in need. "
     "Father has acknowledged the impact of his behaviour on the family and has asked for help.",
     [N("Father", "Health",
        "Father to receive treatment for PTSD that reduces the frequency of angry outbursts at home.",
        "Outbursts may escalate and the children's anxiety will increase.", "3 Serious",
        "Mother reports fewer bad days over a term.", "GP referral to the veterans' pathway, accepted.",
        "Adult mental health", "Partly met"),
      N("Child", "Emotional and behavioural development",
        "Pupil to feel able to join in at playtime and to cope with normal classroom noise.",
        "", "2 Moderate", "Pupil going out at playtime at least three days a week.", "ELSA sessions weekly.",
        "Educational support (SENCo, educational psychology)", "Partly met"),
      N("Mother", "Ensuring safety",
        "Mother to have a plan for the children on father's bad days.",
        "", "3 Serious", "Plan agreed and shared with school.", "Social worker.",
        "Social work (child in need or protection)", "Met")],
     [S("Social work (child in need or protection)", "Ferrowdale CSC Assessment and Intervention Team 2", "Yes", "Partly"),
      S("Adult mental health", "Northern Veterans Wellbeing Service", "Yes", "Yes")],
     hard=True, alt=P_A),

case("B11", "J", 15, "Male", "White", "No", "Early help", "N0 Not stated",
     "reece is 15, comes to the youth club on the estate most nights. his mum has really bad depresion, she dosent really get out of bed and hes basicly been doing what he wants since he was about 12. "
     "hes started staying out really late with older lads from ollerby and drinking, i dont think theres anything more to it yet but im worried. "
     "he says theres no point being at home cos mums just asleep. "
     "he loves his mum to bits and gets really defensive if anyone says anything about her",
     [N("Mother", "Guidance and boundaries",
        "mum to be well enough to know where he is and give him a time to be in by",
        "he'll get pulled in with the older ones", "3 Serious", "", "", "Early help family support", "Not met"),
      N("Child", "Family and social relationships",
        "he needs a reason to be home, someone there whos bothered", "", "3 Serious", "", "",
        "Early help family support", "Not met"),
      N("Child", "Social presentation",
        "needs stuff to do with lads his age that isnt drinking on the park", "", "2 Moderate",
        "comes to the boxing night every week", "me", "Youth work", "Met")],
     [S("Youth work", "Wrenholt Youth Project", "Yes", "Yes")],
     hard=True, alt=P_C),

case("B12", "H", 1, "Female", "White", "No", "Child protection plan", "N3 Parental disability or illness",
     "Child aged eighteen months, lives with her mother and mother's partner, who is not the child's father. "
     "Mother has a long-standing eating disorder and has recently lost a significant amount of weight; she is under the community eating disorder service. "
     "The child's weight has fallen from the 50th to below the 9th centile over six months, and mealtimes observed at home were short, with mother visibly anxious while the child ate. "
     "Mother's partner is supportive but works full time and was unaware of the child's weight loss. "
     "The child was made subject to a child protection plan under the category of neglect following a strategy discussion.",
     [N("Child", "Health",
        "The child needs regular meals and snacks of adequate quantity, offered in a relaxed setting, so that she regains weight towards her previous centile.",
        "Continued faltering growth, with effects on development and health.", "4 Very serious",
        "Weight gain at each fortnightly weighing; crossing back above the 9th centile within three months.",
        "Health visitor weekly; dietitian input; food diary.", "Health visiting or school nursing", "Partly met"),
      N("Mother", "Health",
        "Mother needs her own eating disorder treated and her weight stabilised.",
        "Mother's physical health and her capacity to feed the child will deteriorate.", "4 Very serious",
        "", "Eating disorder service; liaison with health visitor agreed.", "Adult mental health", "Partly met"),
      N("Parent or carer", "Basic care",
        "Mother's partner needs to take a share of responsibility for the child's meals, including at least one meal a day.",
        "", "3 Serious", "Partner gives the evening meal on working days.", "Discussed at core group.",
        "Social work (child in need or protection)", "Met")],
     [S("Social work (child in need or protection)", "Ferrowdale CSC Safeguarding Team 1", "Yes", "Yes"),
      S("Health visiting or school nursing", "Ferrowdale 0-19 Service (Health Visiting)", "Yes", "Yes"),
      S("Adult mental health", "Ferrowdale Eating Disorder Service", "Yes", "Partly")]),
]
