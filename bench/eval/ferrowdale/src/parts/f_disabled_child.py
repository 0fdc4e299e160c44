from _common import N, S, case, P_F, P_B, P_C

PATTERN = P_F

CASES = [

case("F01", "H", 4, "Male", "Asian or Asian British", "Yes", "Child in need", "N2 Child's disability",
     "Child aged four with a diagnosis of autism and significant learning disability; he is non-verbal and sleeps for around four hours a night. "
     "He lives with both parents and two older siblings in a two-bedroom flat on the third floor. "
     "Mother reports she has not slept through the night in three years; father works nights to make up for the loss of mother's income. "
     "The child has no sense of danger and has twice left the flat unnoticed. "
     "The family have applied for short breaks and are awaiting a decision. "
     "Parents are committed and loving and feel they are being 'left to get on with it'.",
     [N("Child", "Health",
        "The child needs a settled sleep pattern, sleeping for longer periods at night.",
        "Continued exhaustion of both parents and the child, with effects on his behaviour and learning.", "3 Serious",
        "Child sleeping at least six hours most nights.", "Sleep plan with the health visitor; paediatrician to review melatonin.",
        "Health visiting or school nursing", "Partly met"),
      N("Mother", "Health",
        "Mother needs regular breaks from care so that she can sleep and recover.",
        "Mother's physical and mental health are likely to break down.", "3 Serious",
        "Overnight short break at least twice a month.", "Application with the disabled children's team.",
        "Disabled children's service or short breaks", "Not met"),
      N("Whole family", "Housing",
        "The family needs ground-floor accommodation with a secure outdoor space, given the child's risk of leaving unnoticed.",
        "Serious injury or death if the child leaves the flat again.", "4 Very serious",
        "Move to suitable accommodation.", "Letter of support sent to housing.", "Housing support", "Not met"),
      N("Child", "Education",
        "The child needs a means of communicating his needs, such as pictures or signs, used consistently at home and nursery.",
        "", "3 Serious", "Child using picture exchange for food and drink.", "",
        "Speech and language therapy", "Partly met")],
     [S("Health visiting or school nursing", "Ferrowdale 0-19 Service (Health Visiting)", "Yes", "Yes"),
      S("Speech and language therapy", "Ferrowdale Children's Speech and Language Therapy", "Yes", "Partly"),
      S("Disabled children's service or short breaks", "Ferrowdale Disabled Children's Team", "Yes", "No")]),

case("F02", "B", 11, "Female", "White", "Yes", "Early help", "N2 Child's disability",
     "Mum (Lisa) is the full time carer for Grace who is eleven and has cerebral palsy and uses a wheelchair, and Lisa does everything for her including all of the lifting and the personal care because the house has never been adapted, and Lisa has now hurt her back and is on strong painkillers. "
     "Lisa told me she has been crying every day and that some mornings she just sits in the car after the school run because she cannot face going back in the house. "
     "She has been on antidepressants before and her GP has put her back on them. "
     "Grace's dad left when she was a baby and has never been involved, and Lisa's own mum is in her eighties. "
     "Lisa says she would never give Grace up but she does not know how much longer she can keep going like this, and I believe her.",
     [N("Mother", "Health",
        "Lisa needs to be able to lift and care for Grace without injuring herself, which means the house needs a hoist and a level access shower",
        "Lisa's back will go completely and there will be nobody to care for Grace", "3 Serious",
        "adaptations done", "occupational therapy visit requested again", "Disabled children's service or short breaks", "Not met"),
      N("Mother", "Health",
        "Lisa needs her mood to lift and to have something in her life that is not caring",
        "", "3 Serious", "", "", "Adult mental health", "Partly met"),
      N("Child", "Family and social relationships",
        "Grace needs time with other children her age outside school, she has never been to a sleepover or a party without her mum",
        "", "2 Moderate", "", "", "Disabled children's service or short breaks", "Not met"),
      N("Mother", "Income",
        "Lisa needs to be getting the right benefits, I am not sure she is getting the carers money",
        "", "2 Moderate", "", "benefits check booked", "Welfare and debt advice", "Partly met")],
     [S("Early help family support", "Ferrowdale Early Help (North)", "Yes", "Partly"),
      S("Welfare and debt advice", "Turnstone Money Advice", "Yes", "Yes")],
     hard=True, alt=P_B),

case("F03", "P", 8, "Male", "White", "Yes", "Child in need", "N2 Child's disability",
     "Pupil is in Year 3 and has an EHCP identifying social, emotional and mental health needs; he has diagnoses of ADHD and sensory processing disorder. "
     "He has been on a reduced timetable of two hours per day for most of the year, as the school is unable to meet his needs in a mainstream class, and the local authority is consulting with specialist settings. "
     "Mother has given up her job to collect him each day and reports that she is 'at breaking point'; his older sister has asked to go and live with her grandparents. "
     "Incidents at home include biting and breaking windows. "
     "Father lives in the home but works away during the week.",
     [N("Child", "Education",
        "Pupil requires a full-time specialist placement able to meet the needs identified in his EHCP.",
        "Continued loss of education and escalating behaviour at home.", "3 Serious",
        "Specialist placement named and pupil attending full time.", "SEND casework team consulting with three settings.",
        "Educational support (SENCo, educational psychology)", "Not met"),
      N("Parent or carer", "Stability",
        "Mother requires regular respite in order to sustain care at home.",
        "Family breakdown.", "3 Serious", "", "Short breaks request submitted.",
        "Disabled children's service or short breaks", "Not met"),
      N("Sibling", "Family and social relationships",
        "Sibling to have time and attention of her own.", "", "2 Moderate", "", "",
        "Young carers support", "Not met")],
     [S("Educational support (SENCo, educational psychology)", "Fernlow Primary SENCo and Ferrowdale Educational Psychology", "Yes", "Partly"),
      S("Social work (child in need or protection)", "Ferrowdale CSC Disabled Children's Team", "Yes", "Partly")]),

case("F04", "T", 14, "Male", "White", "Yes", "Looked after", "N2 Child's disability",
     "14yo, severe LD + autism, non-verbal. "
     "Escalating physical aggression to parents + 8yo sib over last 2 yrs (mum hospitalised after head injury). "
     "Parents requested s20 - now LAC, in residential home out of area (approx 70 miles). "
     "Parents visit wkly, want him home eventually. "
     "Short breaks were 1 night/fortnight - not enough, + provider gave notice.",
     [N("Child", "Family and social relationships",
        "C to keep strong relationship w/ parents + sib while in res", "", "3 Serious",
        "", "weekly visits, video calls", "Foster, kinship or residential care", "Partly met"),
      N("Child", "Emotional and behavioural development",
        "C to have a way to communicate distress other than hitting (PBS plan)", "injury to himself/others, placement breakdown",
        "4 Very serious", "", "", "Disabled children's service or short breaks", "Partly met"),
      N("Whole family", "Stability",
        "plan for return home w/ enough daily support, or long-term placement nearer home", "", "3 Serious", "", "",
        "Disabled children's service or short breaks", "Not met"),
      N("Sibling", "Emotional and behavioural development",
        "8yo sib - frightened by incidents, needs space to talk", "", "2 Moderate", "", "",
        "Child and adolescent mental health (CAMHS)", "Not met")],
     [S("Foster, kinship or residential care", "Independent residential provider (out of area)", "Yes", "Yes"),
      S("Social work (child in need or protection)", "Ferrowdale CSC Disabled Children's Team", "Yes", "Yes")]),

case("F05", "H", 0, "Female", "Black or Black British", "Yes", "Child in need", "N2 Child's disability",
     "Infant aged ten months with a rare genetic condition; she is fed by gastrostomy and needs oxygen overnight. "
     "After a prolonged hospital stay she was discharged to the care of her parents, who have been trained in her care. "
     "She has three older siblings aged between four and nine. "
     "Mother has become the sole carer at night and reports broken sleep most nights because of pump and oxygen alarms. "
     "The older children's attendance at school has dropped as mother struggles to get them ready, and the eldest has become withdrawn. "
     "The community children's nursing team visits weekly.",
     [N("Mother", "Health",
        "Mother needs at least two nights a week of uninterrupted sleep, with trained overnight care for the infant.",
        "Exhaustion increases the risk of errors in the infant's care and of mother becoming unwell.", "3 Serious",
        "Overnight care package in place.", "Continuing care application submitted.",
        "Disabled children's service or short breaks", "Not met"),
      N("Sibling", "Education",
        "The older siblings need to attend school every day and on time.", "", "2 Moderate",
        "Attendance above 95% for all three.", "Breakfast club places offered.",
        "Early help family support", "Partly met"),
      N("Sibling", "Emotional and behavioural development",
        "The eldest child needs time alone with a parent and a chance to talk about his sister's illness.",
        "", "2 Moderate", "", "", "Young carers support", "Not met"),
      N("Child", "Health",
        "The infant needs her feeding and oxygen regime carried out consistently at home.",
        "Readmission to hospital.", "4 Very serious", "No unplanned admissions.", "Community children's nurses.",
        "Other", "Met")],
     [S("Other", "Ferrowdale Community Children's Nursing Team", "Yes", "Yes"),
      S("Health visiting or school nursing", "Ferrowdale 0-19 Service (Health Visiting)", "Yes", "Yes"),
      S("Disabled children's service or short breaks", "Ferrowdale Disabled Children's Team", "Yes", "Partly")]),

case("F06", "P", 15, "Female", "White", "Yes", "Early help", "N2 Child's disability",
     "Student is in Year 10 at a special school; she has Down syndrome and a moderate learning difficulty, and has an EHCP. "
     "Parents are in their sixties and have cared for her without any statutory involvement until now. "
     "Since the onset of puberty there have been concerns about the student's understanding of personal safety, including approaching unknown adults in the community and sharing images on a tablet. "
     "Mother has recently been diagnosed with a serious illness and father has told staff he is 'not sure how long we can keep doing this'. "
     "Transition planning for post-16 has been started through the annual review.",
     [N("Child", "Social presentation",
        "Student to understand appropriate relationships and personal safety, using materials adapted to her level of learning.",
        "Student is vulnerable to sexual exploitation in the community and online.", "3 Serious",
        "Student can name trusted adults and say what she would do if approached.",
        "Relationships and sex education programme adapted by the class team.",
        "Educational support (SENCo, educational psychology)", "Partly met"),
      N("Parent or carer", "Ensuring safety",
        "Parents to have parental controls and supervision in place for the student's internet use.",
        "", "3 Serious", "Controls set up on the tablet.", "Session with the school's online safety lead.",
        "Educational support (SENCo, educational psychology)", "Met"),
      N("Whole family", "Stability",
        "Family to have a contingency plan for the student's care should mother's illness progress.",
        "Emergency placement at short notice.", "3 Serious", "", "Request to the disabled children's team for a carer's assessment.",
        "Disabled children's service or short breaks", "Not met")],
     [S("Educational support (SENCo, educational psychology)", "Ferrowdale Special School (Ollerby site)", "Yes", "Yes")]),

case("F07", "C", 16, "Male", "White", "Yes", "Other", "N6 Socially unacceptable behaviour",
     "16 yr old with autism and a learning disability (EHCP, special school). "
     "Referral Order for criminal damage - older lads from the estate dared him to smash a bus shelter and filmed it. "
     "Does whatever he's told to fit in. "
     "Mum is on her own and says she can't keep him in, he gets violent when she tries. "
     "He doesn't understand his court order at all.",
     [N("Child", "Family and social relationships", "Needs a specialist mentor who understands LD.", "", "3 Serious",
        "", "", "Disabled children's service or short breaks", "Not met"),
      N("Child", "Education", "Needs speech and language input so he can understand his order.", "", "3 Serious",
        "Easy read version of his plan", "YJS SALT", "Speech and language therapy", "Met"),
      N("Mother", "Stability", "Mum needs respite / short breaks.", "Mum can't cope, he ends up in care",
        "3 Serious", "", "", "Disabled children's service or short breaks", "Not met"),
      N("Child", "Emotional and behavioural development", "Needs support to understand who is a real friend.",
        "He gets used again, maybe for worse", "3 Serious", "", "", "Youth justice", "Partly met")],
     [S("Youth justice", "Ferrowdale Youth Justice Service", "Yes", "Partly"),
      S("Speech and language therapy", "Ferrowdale Youth Justice Service speech and language therapist", "Yes", "Yes")],
     hard=True, alt=P_C),
]
