from _common import N, S, case, P_D, P_B, P_F, P_G

PATTERN = P_D

CASES = [

case("D01", "T", 7, "Male", "White", "No", "Child protection plan", "N1 Abuse or neglect",
     "3 children (11, 7, 2). Both parents alcohol dependent, long hx, 2 prev CP plans (neglect). "
     "Home conditions poor - dog mess, no bedding for 7yo. "
     "7yo has untreated tooth decay + headlice, arrives at sch hungry. "
     "Parents minimise, 'we're not as bad as before'. F did detox 2 yrs ago, relapsed within months.",
     [N("Child", "Health", "7yo to have teeth treated + regular dental checks", "pain, extractions under GA",
        "3 Serious", "", "", "Health visiting or school nursing", "Not met"),
      N("Parent or carer", "Basic care", "parents to provide bed, bedding + meals every day",
        "PLO / care proceedings", "4 Very serious", "unannounced visits show beds made up + food in",
        "edge of care team 3x wkly", "Intensive family intervention (edge of care)", "Partly met"),
      N("Parent or carer", "Health",
        "parents to cut drinking to a level where one of them is sober + able to care at all times - both say they want this",
        "", "4 Very serious", "", "", "Substance misuse service (adult)", "Partly met")],
     [S("Social work (child in need or protection)", "Ferrowdale CSC Safeguarding Team 2", "Yes", "Partly"),
      S("Substance misuse service (adult)", "Kestrel Recovery Service", "Yes", "Partly"),
      S("Intensive family intervention (edge of care)", "Ferrowdale Edge of Care Team", "Yes", "Partly")]),

case("D02", "H", 0, "Female", "White", "No", "Child protection plan", "N1 Abuse or neglect",
     "Infant aged three months, born at term and treated on the neonatal unit for withdrawal symptoms. "
     "Mother is prescribed methadone and her tests for illicit drugs have been negative since late pregnancy. "
     "Father, who lives in the home, is known to use crack cocaine and has declined treatment. "
     "On one visit the home was sparsely furnished and cold, with no safe sleeping space for the infant; a cot has since been provided. "
     "The infant was made subject to a child protection plan under neglect at the initial conference. "
     "The maternal grandmother lives nearby and is supportive.",
     [N("Child", "Health",
        "The infant needs a safe sleeping space every night, in her own cot, in a smoke-free room.",
        "Increased risk of sudden unexpected death in infancy.", "4 Very serious",
        "Cot in use at every unannounced visit.", "Safe sleep advice repeated at each contact.",
        "Health visiting or school nursing", "Met"),
      N("Mother", "Health",
        "Mother needs to remain stable on her methadone prescription and abstinent from illicit drugs.",
        "Relapse would leave the infant without a sober carer.", "4 Very serious",
        "Continued negative tests.", "Drug service keyworker and prescriber.",
        "Substance misuse service (adult)", "Met"),
      N("Father", "Health",
        "Father needs to stop using crack cocaine in or near the home.",
        "The infant is exposed to drug-related risk and to the consequences of father's use.", "4 Very serious",
        "", "Father offered an assessment with the drug service; declined.",
        "Substance misuse service (adult)", "Not met"),
      N("Other", "Wider family",
        "Maternal grandmother needs to be part of the safety plan as an alternative carer.",
        "", "3 Serious", "Grandmother named in the plan.", "Family group conference requested.",
        "Family group conference", "Partly met")],
     [S("Social work (child in need or protection)", "Ferrowdale CSC Safeguarding Team 2", "Yes", "Partly"),
      S("Health visiting or school nursing", "Ferrowdale 0-19 Service (Health Visiting)", "Yes", "Yes"),
      S("Substance misuse service (adult)", "Kestrel Recovery Service", "Yes", "Partly"),
      S("Family group conference", "Ferrowdale FGC Service", "Yes", "Partly")]),

case("D03", "B", 4, "Male", "White", "No", "Early help", "N5 Family dysfunction",
     "Mum (Claire) has been through a really tough few years, she lost her job and then her relationship broke down, and she admits that she has been drinking more than she should, mainly wine in the evenings after Alfie has gone to bed but some days it starts earlier. "
     "She has been feeling very down and she says the drink is the only thing that helps her switch off. "
     "Alfie is four and he is a lovely little lad but he is often still in his pyjamas when I visit in the afternoon, he has been living on crisps and biscuits, and nursery have said he has only been in for about half his sessions. "
     "The house is not dirty as such but it is very cluttered and there are empty bottles in the kitchen. "
     "Claire was really upset when I brought up the drinking but she did agree to go and see the alcohol service.",
     [N("Mother", "Health",
        "Claire needs to cut down her drinking so that she is sober and up and about during the day when Alfie needs her",
        "it will get worse and Alfie will be left to fend for himself, and it could end up with social care", "3 Serious",
        "Claire going to her appointments and telling me honestly how much she is drinking", "",
        "Substance misuse service (adult)", "Partly met"),
      N("Mother", "Health",
        "Claire needs to feel less low, she has not felt good about herself for a long time", "", "2 Moderate", "", "",
        "Adult mental health", "Not met"),
      N("Child", "Education",
        "Alfie needs to be at nursery for all of his sessions, especially with school coming up",
        "", "2 Moderate", "", "", "Early help family support", "Partly met"),
      N("Mother", "Basic care", "Claire needs to be giving Alfie proper meals", "", "2 Moderate", "", "",
        "Early help family support", "Partly met")],
     [S("Early help family support", "Ferrowdale Early Help (North)", "Yes", "Partly"),
      S("Substance misuse service (adult)", "Kestrel Recovery Service", "Yes", "Partly")],
     hard=True, alt=P_B),

case("D04", "P", 10, "Female", "White", "No", "Child in need", "N1 Abuse or neglect",
     "Pupil is in Year 6 and has been known to the DSL since Reception. "
     "Recurring concerns recorded include poor personal hygiene, unwashed uniform, head lice and arriving without a coat in cold weather. "
     "Pupil has disclosed that father 'smokes weed all day' and that she often makes her own tea. "
     "Peers have commented on her smell and she has become withdrawn; attendance is 88%. "
     "Three previous referrals to the Front Door were closed with signposting to Early Help. "
     "The most recent referral led to a child and family assessment and a child in need plan is now in place.",
     [N("Child", "Self-care skills",
        "Pupil to attend school clean, in clean uniform and with a coat.",
        "Continued social isolation and the risk of bullying.", "3 Serious",
        "No hygiene concerns logged for half a term.", "School has provided spare uniform and access to a washing machine.",
        "Social work (child in need or protection)", "Partly met"),
      N("Father", "Basic care",
        "Father to provide an evening meal every day.", "", "3 Serious", "", "",
        "Social work (child in need or protection)", "Not known"),
      N("Child", "Family and social relationships",
        "Pupil needs positive friendships and to be free from unkind comments about her appearance.",
        "", "2 Moderate", "", "Friendship group run by the learning mentor.",
        "Educational support (SENCo, educational psychology)", "Partly met"),
      N("Father", "Health", "Father to reduce his cannabis use.", "", "3 Serious", "", "",
        "Substance misuse service (adult)", "Not met")],
     [S("Social work (child in need or protection)", "Ferrowdale CSC Assessment and Intervention Team 1", "Yes", "Partly"),
      S("Health visiting or school nursing", "Ferrowdale 0-19 Service (School Nursing)", "Yes", "Partly")]),

case("D05", "T", 12, "Female", "Mixed", "No", "Looked after", "N1 Abuse or neglect",
     "12yo + bro (9) in kinship care w/ mat aunt under interim CO, SGO assessment under way. "
     "Removed after mum (heroin + crack) found unconscious w/ kids in the home. "
     "Mum still using, misses 1 in 3 contacts - 12yo v upset each time, 9yo less so. "
     "Aunt has own 3 kids in 3-bed house, overcrowded. 12yo doing ok in sch, angry w/ mum.",
     [N("Child", "Family and social relationships",
        "12yo to have contact w/ mum that's predictable - only goes ahead once mum has confirmed + is sober",
        "more let-downs, 12yo refuses all contact", "3 Serious", "", "contact plan revised",
        "Social work (child in need or protection)", "Partly met"),
      N("Parent or carer", "Housing", "aunt to have enough space for 5 kids", "placement breakdown", "3 Serious",
        "", "", "Housing support", "Not met"),
      N("Parent or carer", "Income", "aunt's allowance sorted before SGO", "", "2 Moderate", "", "",
        "Foster, kinship or residential care", "Partly met"),
      N("Child", "Emotional and behavioural development", "12yo to make sense of why she's not living w/ mum",
        "", "2 Moderate", "", "life story work planned", "Social work (child in need or protection)", "Partly met")],
     [S("Foster, kinship or residential care", "Ferrowdale Kinship Team", "Yes", "Partly"),
      S("Social work (child in need or protection)", "Ferrowdale CSC Children in Care Team", "Yes", "Yes")]),

case("D06", "H", 3, "Male", "White", "No", "Child in need", "N1 Abuse or neglect",
     "Child aged three, lives with his mother, father and two older half-siblings. "
     "Both parents drink heavily; father has two drink-driving convictions and mother has attended the emergency department after falls while intoxicated. "
     "The child was not brought to four consecutive audiology appointments after an inconclusive newborn hearing screen, and his immunisations are incomplete. "
     "At the developmental review he had very little speech and was not toilet trained; it is unclear whether this reflects hearing loss, lack of stimulation, or both. "
     "The home is cluttered but adequately clean.",
     [N("Child", "Health",
        "The child needs his hearing tested and any loss managed, so that his speech can develop.",
        "Undetected hearing loss would compound his speech delay and affect his learning at school entry.",
        "3 Serious", "Hearing test completed and results acted on.", "Health visitor to accompany to the next appointment.",
        "Health visiting or school nursing", "Not met"),
      N("Parent or carer", "Basic care",
        "Parents need to bring the child to his health appointments and complete his immunisations.",
        "", "3 Serious", "Immunisations up to date.", "Reminder calls; home visit before each appointment.",
        "Health visiting or school nursing", "Partly met"),
      N("Parent or carer", "Stimulation",
        "Parents need to spend time each day talking, reading and playing with the child.",
        "", "3 Serious", "", "Stay-and-play sessions offered at the family hub; not attended.",
        "Family hub or children's centre", "Not met"),
      N("Parent or carer", "Health",
        "Parents need to reduce their drinking so that at least one adult is sober and available to the children at all times.",
        "The children are at risk of accidents and of neglect of their basic needs.", "4 Very serious",
        "", "Both parents given information about the alcohol service.", "Substance misuse service (adult)", "Not met")],
     [S("Health visiting or school nursing", "Ferrowdale 0-19 Service (Health Visiting)", "Yes", "Partly"),
      S("Social work (child in need or protection)", "Ferrowdale CSC Assessment and Intervention Team 3", "Yes", "Partly"),
      S("Speech and language therapy", "Ferrowdale Children's Speech and Language Therapy", "No", "No")],
     hard=True, alt=P_F),

case("D07", "B", 14, "Male", "White", "No", "Early help", "N5 Family dysfunction",
     "Mum (Tracey) is a very warm and chatty lady and she has been very honest with me that she is an alcoholic and has been since her early twenties, she has tried to stop a few times and did well last year for about three months but then her dad died and she went straight back to it. "
     "On a bad day she does not get out of bed until dinner time, and Callum who is fourteen does the shopping and puts her in the recovery position when she has passed out, which he learned off the internet. "
     "Callum's attendance is 74 per cent and he is behind in most subjects, the school have been very understanding. "
     "Tracey feels terrible about what Callum does for her and cries when she talks about it. "
     "There is an older sister who left home at sixteen and does not speak to Tracey.",
     [N("Mother", "Health",
        "Tracey needs to stop drinking, she says she wants to, and she will need a lot more support to do it this time",
        "Tracey could die and Callum would be the one to find her", "4 Very serious",
        "Tracey starts a community detox and has a plan for after", "", "Substance misuse service (adult)", "Partly met"),
      N("Child", "Education",
        "Callum needs to be in school and catching up, not at home watching his mum",
        "he will leave school with nothing", "3 Serious", "", "", "Young carers support", "Partly met"),
      N("Child", "Emotional and behavioural development",
        "Callum needs someone to talk to about his mum who understands alcohol and does not judge her",
        "", "3 Serious", "", "", "Young carers support", "Not met"),
      N("Mother", "Ensuring safety",
        "Tracey needs a plan for who looks after her when she is drunk so that it is not Callum",
        "", "3 Serious", "", "", "Early help family support", "Not met")],
     [S("Early help family support", "Ferrowdale Early Help (Central)", "Yes", "Partly"),
      S("Substance misuse service (adult)", "Kestrel Recovery Service", "Yes", "Partly"),
      S("Young carers support", "Ferrowdale Carers Hub", "Yes", "Partly")],
     hard=True, alt=P_G),

case("D08", "T", 2, "Female", "Mixed", "No", "Child protection plan", "N1 Abuse or neglect",
     "2yo found by neighbour wandering on the main road in a nappy, early morning. "
     "Police attended - both parents asleep, drug paraphernalia within reach (amphetamine + cannabis). "
     "S47 - CP plan, neglect. Parents (both early 20s) say it was a one-off. "
     "Mat nan offering to help, lives 2 streets away. Both parents now hair strand testing.",
     [N("Parent or carer", "Ensuring safety",
        "parents to fit locks/child gate + safe storage so toddler can't get out or get at anything",
        "serious injury or death", "4 Very serious", "checked on visit", "SW + fire service home check",
        "Social work (child in need or protection)", "Met"),
      N("Parent or carer", "Health",
        "parents not to use drugs when caring for child - shown by testing", "repeat incident", "4 Very serious",
        "clear results at 3 mths", "", "Substance misuse service (adult)", "Partly met"),
      N("Child", "Education", "child to take up funded 2yo nursery place", "", "2 Moderate", "", "",
        "Family hub or children's centre", "Not met")],
     [S("Social work (child in need or protection)", "Ferrowdale CSC Safeguarding Team 1", "Yes", "Yes"),
      S("Substance misuse service (adult)", "Kestrel Recovery Service", "Yes", "Partly")]),

case("D09", "H", 11, "Female", "White", "No", "Child in need", "N1 Abuse or neglect",
     "Child aged eleven with moderate asthma, known to the school nursing team. "
     "She has had three hospital admissions for acute asthma in the past year and school reports frequent use of her reliever inhaler. "
     "Both parents smoke cannabis and tobacco in the home, and the child's preventer inhaler has not been collected from the pharmacy for several months. "
     "The asthma nurse has recorded four missed clinic appointments. "
     "Mother, who has a long history of cannabis use, told the school nurse that she 'forgets' and that the child is old enough to manage her own medication.",
     [N("Child", "Health",
        "The child needs to take her preventer inhaler twice daily, with an adult checking that she has done so.",
        "Further acute admissions; a severe attack could be life-threatening.", "4 Very serious",
        "No unplanned admissions over six months; prescriptions collected on time.",
        "School nurse to agree an asthma plan with the family and school; pharmacy to alert if not collected.",
        "Health visiting or school nursing", "Partly met"),
      N("Parent or carer", "Health",
        "Parents need to stop smoking in the home.", "Ongoing exposure worsens the child's asthma.", "3 Serious",
        "", "Stop smoking advice offered.", "Other", "Not met"),
      N("Parent or carer", "Basic care",
        "Parents need to bring the child to her asthma reviews.", "", "3 Serious", "", "",
        "Health visiting or school nursing", "Not met")],
     [S("Health visiting or school nursing", "Ferrowdale 0-19 Service (School Nursing)", "Yes", "Partly")]),

case("D10", "J", 16, "Male", "White", "No", "Early help", "N0 Not stated",
     "jordan is 16 and lives with his mum and her fella, theyre both on the drink and he says the house is minging, no food in and the electric keeps going off. "
     "hes been sofa surfing at mates more than hes home. "
     "hes a good lad, helps out at his uncles garage on saturdays. "
     "he says he'd rather be homeless than live there but i dont want it getting to that. his mum wont talk to anyone from services",
     [N("Child", "Housing", "he needs somewhere stable to sleep every night", "ends up on the streets",
        "3 Serious", "", "", "Housing support", "Not met"),
      N("Child", "Self-care skills", "he needs to eat proper meals not just crisps and energy drinks", "",
        "2 Moderate", "", "food bank voucher + cooking session at the club", "Youth work", "Partly met"),
      N("Mother", "Health", "his mum needs to get help with her drinking", "", "3 Serious", "", "",
        "Substance misuse service (adult)", "Not met"),
      N("Other", "Wider family", "could his uncle be somewhere for him to stay?", "", "2 Moderate", "", "",
        "Family group conference", "Not met")],
     [S("Youth work", "Wrenholt Youth Project", "Yes", "Partly")]),
]
