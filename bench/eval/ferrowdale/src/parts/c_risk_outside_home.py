from _common import N, S, case, P_C, P_D, P_E

PATTERN = P_C

CASES = [

case("C01", "C", 15, "Male", "Black or Black British", "No", "Child in need", "N6 Socially unacceptable behaviour",
     "15 yr old found by police in a flat in another county with cash and class A wraps, NRM referral made and positive reasonable grounds decision. "
     "Now on a Youth Conditional Caution for possession. "
     "Permanently excluded in Year 9, on a reduced timetable at the PRU and attends about half of that. "
     "Mum works nights so can't supervise. "
     "6 missing episodes in the last 3 months, won't say where he goes.",
     [N("Child", "Education", "Needs a full time education place.", "More time on the streets", "3 Serious",
        "", "", "Educational support (SENCo, educational psychology)", "Not met"),
      N("Child", "Family and social relationships", "Needs a mentor who is not connected to the area.",
        "Back out to the county line", "4 Very serious", "", "Mentor from the exploitation team 2x weekly",
        "Youth work", "Partly met"),
      N("Child", "Health", "Needs substance misuse intervention.", "", "2 Moderate", "Completes 6 sessions",
        "", "Substance misuse service (young person)", "Met"),
      N("Parent or carer", "Ensuring safety", "Mum needs support with supervision at night.", "", "3 Serious",
        "", "", "Intensive family intervention (edge of care)", "Not met")],
     [S("Youth justice", "Ferrowdale Youth Justice Service", "Yes", "Partly"),
      S("Social work (child in need or protection)", "Ferrowdale CSC Adolescent Safeguarding Team", "Yes", "Partly"),
      S("Substance misuse service (young person)", "Kestrel Young People's Service", "Yes", "Yes")]),

case("C02", "J", 14, "Female", "White", "No", "Child protection plan", "N1 Abuse or neglect",
     "lacey is 14 and shes been getting lifts off older men in cars, she says there her 'friends' and they give her vapes and weed and take her to partys in dunmarsh. "
     "shes been missing over night 3 times and came back once with a new phone. "
     "shes on a cp plan now but she dosent see any problem and says everyones making a big deal out of nothing. "
     "mum is trying her best but lacey just climbs out the window. shes really funny and bright when you get her on her own",
     [N("Child", "Family and social relationships",
        "she needs to understand that these men are using her and its not a friendship",
        "she could get seriously hurt or worse", "4 Very serious", "", "weekly sessions with me, social worker doing the healthy relationships stuff",
        "Youth work", "Partly met"),
      N("Child", "Emotional and behavioural development",
        "she needs one adult she trusts who sticks with her even when she messes up",
        "", "4 Very serious", "", "", "Social work (child in need or protection)", "Partly met"),
      N("Mother", "Ensuring safety",
        "mum needs to know whos who and what to tell the police when she goes missing",
        "", "3 Serious", "", "social worker gave mum the missing form to fill in", "Social work (child in need or protection)", "Met")],
     [S("Social work (child in need or protection)", "Ferrowdale CSC Adolescent Safeguarding Team", "Yes", "Partly"),
      S("Youth work", "Wrenholt Youth Project (detached)", "Yes", "Yes")]),

case("C03", "C", 16, "Male", "White", "No", "Other", "N6 Socially unacceptable behaviour",
     "16 yr old on a Youth Rehabilitation Order for possession of a bladed article. "
     "Says he carries it for protection after he was stabbed in the leg earlier this year. "
     "Linked to a group from the Wrenholt estate who are in a feud with lads from Ollerby. "
     "NEET since leaving school. Lives with nan who is struggling, mum is in and out.",
     [N("Child", "Family and social relationships", "Needs to move away from the Wrenholt group.",
        "Serious injury or death, or he hurts someone", "4 Very serious", "", "YRO supervision, curfew",
        "Youth justice", "Partly met"),
      N("Child", "Education", "Needs a college course or apprenticeship.", "", "3 Serious", "", "",
        "Other", "Not met"),
      N("Child", "Health", "Needs trauma work after the stabbing.", "", "3 Serious", "", "",
        "Child and adolescent mental health (CAMHS)", "Not met"),
      N("Other", "Wider family", "Nan needs support and a break.", "", "2 Moderate", "", "",
        "Early help family support", "Not met")],
     [S("Youth justice", "Ferrowdale Youth Justice Service", "Yes", "Partly"),
      S("Youth work", "Ferrowdale Youth Service", "No", "No")]),

case("C04", "T", 13, "Female", "Asian or Asian British", "No", "Child protection plan", "N1 Abuse or neglect",
     "13yo, lives w/ both parents + 2 older sibs. Groomed online by adult male (posing as 16) over several mths, sent indecent images, then threatened w/ sharing them. "
     "Police inv ongoing. "
     "YP now SH, refusing sch, parents v distressed + angry w/ her. "
     "CP plan - sexual abuse (extra-familial). Strong family, v worried about community finding out.",
     [N("Child", "Emotional and behavioural development",
        "YP to stop blaming herself + have safe ways to cope other than SH", "risk of serious SH/suicidal ideation",
        "4 Very serious", "", "CAMHS seen x2", "Child and adolescent mental health (CAMHS)", "Partly met"),
      N("Parent or carer", "Emotional warmth",
        "parents to respond to YP w/out blame + understand how grooming works", "YP isolated at home", "3 Serious",
        "", "SW sessions w/ parents", "Social work (child in need or protection)", "Partly met"),
      N("Child", "Education", "phased return to sch w/ named adult", "", "2 Moderate", "", "",
        "Educational support (SENCo, educational psychology)", "Partly met")],
     [S("Social work (child in need or protection)", "Ferrowdale CSC Safeguarding Team 2", "Yes", "Yes"),
      S("Child and adolescent mental health (CAMHS)", "Ferrowdale CAMHS", "Yes", "Partly"),
      S("Other", "Police online child abuse team", "Yes", "Partly")]),

case("C05", "C", 15, "Male", "Mixed", "No", "Child in need", "N6 Socially unacceptable behaviour",
     "15 yr old, 3 offences in 6 months (theft of a motorbike, robbery of a phone, criminal damage), all with the same 3 older lads. "
     "The older lads get him to hold stuff for them and he owes them money he can't explain. "
     "Has been thrown out by stepdad twice after rows and sofa surfs at a mate's when he is. Cannabis daily. "
     "Mum says she can't cope with him and stepdad says 'he goes or I go'. "
     "Says he feels more at home with his mates than at his mum's.",
     [N("Child", "Family and social relationships", "Needs family mediation.", "Ends up homeless", "3 Serious",
        "", "", "Family group conference", "Not met"),
      N("Child", "Health", "Needs drug work.", "", "2 Moderate", "", "", "Substance misuse service (young person)", "Partly met"),
      N("Child", "Emotional and behavioural development", "Needs a mentor and positive activities.", "",
        "3 Serious", "", "", "Youth work", "Not met"),
      N("Parent or carer", "Guidance and boundaries", "Mum and stepdad need a parenting course for teenagers.",
        "", "3 Serious", "", "", "Parenting programme", "Not met")],
     [S("Youth justice", "Ferrowdale Youth Justice Service", "Yes", "Partly"),
      S("Substance misuse service (young person)", "Kestrel Young People's Service", "Yes", "Partly")],
     hard=True, alt=P_E),

case("C06", "J", 17, "Female", "White", "No", "Looked after", "N1 Abuse or neglect",
     "tia's 17 and has been in a semi independent place in the town centre for a few months. she has a boyfriend whos 24 and he basicly lives there now, staff think hes dealing from her flat and theres been lots of diffrent lads coming and going. "
     "she says shes in love with him and hes the only one who cares about her. "
     "shes missed most of her college course and her social worker cant get hold of her. "
     "she used to come to girls group every week and now never does",
     [N("Child", "Family and social relationships",
        "she needs to see that hes using her flat and using her", "she gets arrested for what hes doing or he hurts her",
        "4 Very serious", "", "", "Social work (child in need or protection)", "Not met"),
      N("Child", "Housing",
        "she needs somewhere to live where he cant just move in", "", "4 Very serious", "", "",
        "Foster, kinship or residential care", "Partly met"),
      N("Child", "Education", "get back to college or something", "", "2 Moderate", "", "", "Youth work", "Not met")],
     [S("Foster, kinship or residential care", "Brookvale Living (semi-independent provider)", "Yes", "Partly"),
      S("Social work (child in need or protection)", "Ferrowdale CSC Children in Care Team", "Yes", "Partly")]),

case("C07", "P", 14, "Male", "White", "No", "Early help", "N6 Socially unacceptable behaviour",
     "Pupil is in Year 9 and received a permanent exclusion this term following possession of cannabis on site; he was previously on a pastoral support programme. "
     "Before the exclusion staff had observed him with large amounts of cash and new designer clothing, and he was seen being collected from the school gate by older young people in a car. "
     "Attendance at the alternative provision where he is now placed is currently 40%. "
     "Mother has reported that he is out until the early hours. "
     "A contextual safeguarding referral was submitted by the DSL prior to the exclusion; the outcome is not known to the school.",
     [N("Child", "Education",
        "Pupil to attend full-time education at the alternative provision.",
        "Further disengagement from education and increased time unsupervised in the community.", "3 Serious",
        "Attendance at the alternative provision above 80%.", "Transport arranged; daily attendance calls.",
        "Educational support (SENCo, educational psychology)", "Not met"),
      N("Child", "Family and social relationships",
        "Pupil's contact with the older young people collecting him to be disrupted.",
        "Pupil is likely to be drawn further into criminal exploitation.", "4 Very serious",
        "", "Information shared with police and the exploitation panel.",
        "Social work (child in need or protection)", "Not known"),
      N("Mother", "Guidance and boundaries",
        "Mother to know the pupil's whereabouts in the evenings and to report him missing when he does not return.",
        "", "3 Serious", "", "", "Early help family support", "Not met")],
     [S("Educational support (SENCo, educational psychology)", "Ferrowdale Alternative Provision Academy", "Yes", "Partly")]),

case("C08", "C", 13, "Male", "White", "No", "Early help", "N6 Socially unacceptable behaviour",
     "13 yr old, prevention referral after being found in a stolen car with 2 older males. "
     "Mum uses heroin and is on a script, boy says he runs errands for 'mum's mate' and gets paid for it. "
     "Police say home conditions poor. "
     "No missing episodes reported but mum probably wouldn't report. He is bright and likes football.",
     [N("Child", "Family and social relationships", "Needs a positive male role model / mentor.", "", "3 Serious",
        "", "", "Youth work", "Not met"),
      N("Child", "Emotional and behavioural development",
        "Needs a social worker - CCE risk not being picked up.", "Gets drawn in further, could be carrying drugs",
        "4 Very serious", "", "Referred to Front Door, NFA, back to early help", "Social work (child in need or protection)", "Not met"),
      N("Mother", "Health", "Mum needs to engage with drug service.", "", "3 Serious", "", "",
        "Substance misuse service (adult)", "Partly met"),
      N("Child", "Social presentation", "Needs to join a football club.", "", "1 Low", "Joined Ollerby juniors", "",
        "Youth work", "Met")],
     [S("Youth justice", "Ferrowdale Youth Justice Service (Prevention)", "Yes", "Partly"),
      S("Substance misuse service (adult)", "Kestrel Recovery Service", "Yes", "Partly")],
     hard=True, alt=P_D),

case("C09", "T", 16, "Male", "Other ethnic group", "Not known", "Looked after", "N8 Absent parenting",
     "UASC, 16 (age assessed), arrived approx 8 mths ago. "
     "In foster care, 2 missing episodes - found working in a hand car wash in another town. "
     "Owes money to agent per his account, says family at home at risk if he doesn't pay. "
     "Limited English, ESOL at college 3 days. NRM submitted.",
     [N("Child", "Emotional and behavioural development",
        "YP to understand debt to agent is not his to pay + feel able to stay in placement",
        "goes missing again, re-trafficked", "4 Very serious", "", "SW + foster carer + interpreter",
        "Social work (child in need or protection)", "Partly met"),
      N("Child", "Education", "full-time ed + English", "", "2 Moderate", "", "",
        "Educational support (SENCo, educational psychology)", "Partly met"),
      N("Child", "Identity", "contact w/ people from own community + language (safe ones)", "", "2 Moderate", "", "",
        "Youth work", "Not met"),
      N("Child", "Health", "trauma-informed health support - nightmares, poor sleep", "", "3 Serious", "", "",
        "Child and adolescent mental health (CAMHS)", "Not met")],
     [S("Foster, kinship or residential care", "Ferrowdale Fostering (in-house)", "Yes", "Yes"),
      S("Social work (child in need or protection)", "Ferrowdale CSC Children in Care Team", "Yes", "Partly"),
      S("Educational support (SENCo, educational psychology)", "Ferrowdale College ESOL", "Yes", "Partly")]),

case("C10", "C", 15, "Male", "White", "No", "Other", "N6 Socially unacceptable behaviour",
     "15 yr old, Referral Order for malicious communications (racist messages to a classmate). "
     "Spends most nights online, found to be in chat groups sharing extreme right wing material, Prevent referral made and accepted at Channel. "
     "Few real friends, was bullied in Year 7. "
     "Mum says dad has similar views, parents separated.",
     [N("Child", "Identity", "Needs Channel mentor.", "", "3 Serious", "", "", "Other", "Met"),
      N("Child", "Family and social relationships", "Needs to get involved in something offline with other young people.",
        "", "2 Moderate", "", "", "Youth work", "Not met"),
      N("Child", "Education", "Needs ed psych - possible undiagnosed ASC?", "", "2 Moderate", "", "",
        "Educational support (SENCo, educational psychology)", "Not met")],
     [S("Youth justice", "Ferrowdale Youth Justice Service", "Yes", "Yes"),
      S("Other", "Channel intervention provider", "Yes", "Yes")]),

case("C11", "J", 15, "Female", "Black or Black British", "No", "Early help", "N0 Not stated",
     "precious is 15 and her mum is really strict, church every sunday, no phone after 9 and that, and they row all the time. "
     "shes been going missing to stay at a girl's flat in dunmarsh whos 19 and theres always men there. "
     "mum reported her missing twice and the police brought her back both times. "
     "she told me mum hit her with a slipper once but that was ages ago. she wants to be left alone to live her life basicly",
     [N("Child", "Family and social relationships",
        "her and mum need to meet in the middle on rules so she stops running off", "", "3 Serious", "", "",
        "Family group conference", "Not met"),
      N("Child", "Emotional and behavioural development",
        "she needs to see the risk of that flat and the men who are there", "something bad happens to her there",
        "4 Very serious", "", "me weekly", "Youth work", "Partly met"),
      N("Mother", "Guidance and boundaries", "mum needs to understand shes 15 not 10", "", "2 Moderate", "", "",
        "Parenting programme", "Not met")],
     [S("Youth work", "Wrenholt Youth Project", "Yes", "Partly"),
      S("Early help family support", "Ferrowdale Early Help (South)", "No", "No")],
     hard=True, alt=P_E),
]
