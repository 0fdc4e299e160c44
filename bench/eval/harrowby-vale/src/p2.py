from common import N, case
PATTERN = "P2"
CASES = [
case("A1", "5-9", "F", "W", "CPP", "N1",
 "CPP - neglect. Mum + partner both heroin users; Mum on methadone script (Vale Pathways), partner not engaging. Ch 6 and 2. "
 "Home conds poor on unannounced visits: little food, dog mess, needles in a bag in kitchen drawer in reach of 2yo. "
 "6yo att 79%, often late and unwashed. Mum +ve for cocaine on last 3 tests. PLO pre-proceedings letter issued. MGM doing a lot of the care.",
 [N("C", "BC", "6yo needs breakfast, clean clothes and to get to school on time every day.", 3,
    "Att >90%, arrives fed and clean.", "MGM to do school run Mon-Wed; SW checks.", "P"),
  N("C", "ES", "Ch need to live in a home where drugs and works are never within reach.", 4,
    "No drugs/paraphernalia found on unannounced visits.", "Lockbox provided; unannounced visits.", "P"),
  N("M", "FH", "Mum needs to stop using cocaine on top of her script.", 4,
    "Clean tests for 12 wks.", "Vale Pathways keyworker - increase testing.", "N"),
  N("O", "WF", "MGM needs to be recognised as the ch's main safe adult and helped to keep going.", 3,
    "Kinship assessment done; MGM has a plan if ch need to stay with her.", "FGC; connected carer assessment.", "P")],
 ["SW", "SMA", "FGC"], ["SW", "SMA", "FGC", "CARE"], 4),

case("A1", "10-15", "M", "W", "CIN", "N1",
 "CIN. Dad sole carer of 11yo since Mum died 2 yrs ago. Dad's drinking has escalated - neighbours found him collapsed in the garden, boy rang 999. "
 "Boy making his own tea, getting himself to school, hiding bottles. Dad denies a problem, says he 'only drinks once he's in bed'. "
 "School report boy falling asleep in class. PGM lives 40 miles away, willing to help.",
 [N("C", "BC", "Needs a cooked meal and an adult getting him up for school every day.", 3, "", "", "N"),
  N("C", "ES", "Needs a plan for who to ring and where to go when Dad is drunk.", 3,
    "Boy can say his plan; PGM and neighbour on it.", "SW + FGC.", "P"),
  N("F", "FH", "Dad needs to accept how much he is drinking and what it is doing to his son.", 4,
    "Dad engages with Vale Pathways.", "Motivational work SW; referral to Vale Pathways (declined x1).", "N"),
  N("C", "EBD", "Needs space to grieve for his mum.", 2, "", "", "N")],
 ["SW"], ["SW", "SMA", "FGC", "YC"], 3,
 "Boy is caring for Dad (close to P8); the group kept it with parental drinking and neglect."),

case("A1", "under 1", "M", "W", "LAC", "N1",
 "Pre-birth assessment, CPP at birth, now s20 in M&B foster placement. Mum (22) hx crack + cannabis, previous child adopted. "
 "Says she stopped using at 20 wks - tests since negative for crack, positive for cannabis. Baby born 37/40, NAS monitoring 5 days. Father unknown. "
 "In placement Mum is attentive but leaves baby with carer to 'go to the shop' for 2-3 hrs.",
 [N("C", "HEA", "Baby needs to be fed, changed and settled by a carer who is sober at all times.", 4,
    "Placement reports consistent care.", "M&B placement, SW.", "M"),
  N("M", "FH", "Mum needs to show she can stay off crack and manage cravings outside the placement, with people around her who don't use.", 4,
    "Negative hair strand at 3 and 6 months; new support network.", "Vale Pathways + peer recovery.", "P"),
  N("M", "EW", "Mum needs to make sense of losing her first child so that grief doesn't take her back to using.", 3, "", "", "N")],
 ["SW", "CARE", "SMA"], ["SW", "CARE", "SMA", "AMH"], 4),

case("A4", "5-9", "F", "W", "OTH", "N0",
 "Service user is a 39 yr old father in treatment at Vale Pathways for alcohol dependence (AUDIT 29). Completed community detox in March, relapsed in May after losing his job. "
 "He has his two children (8 and 12) three nights a week under a shared care arrangement with their mother. Admits he has driven the children after drinking 'once'. "
 "Very motivated by his children - came to us because his ex-wife said she would stop the overnights. Does not want children's services involved.",
 [N("F", "FH", "SU needs to be sober on the nights he has his children and never drive them after drinking.", 4,
    "Self-reported abstinence on contact nights, confirmed by breathalyser at keyworker sessions.", "Keyworker, relapse prevention group.", "P"),
  N("F", "EMP", "SU needs a routine and purpose to replace his job, to protect his recovery.", 2, "", "Employment support via recovery college.", "N"),
  N("P", "ES", "Children need Mum and Dad to agree a plan so they are never in Dad's care when he has been drinking.", 3,
    "Written agreement between parents.", "Needs a children's worker - not within our remit.", "N")],
 ["SMA"], ["SMA", "EH"], 3),

case("A4", "1-4", "F", "W", "CIN", "N1",
 "Female SU, 28, dual diagnosis: EUPD and daily amphetamine use. One child aged 4 living with her, on a CIN plan. Says she uses 'to get the housework done'. "
 "Pattern of not sleeping for 2-3 days then sleeping for a day - child reportedly left to get own food from cupboard during these. "
 "Engagement sporadic; DNA'd 3 of last 5 appts. Strong bond with child. Nursery say child often hungry on Mondays.",
 [N("M", "FH", "SU needs to break the cycle of using and crashing that leaves her daughter without care for a day at a time.", 4,
    "No 'crash days' reported by SU or nursery for 8 wks.", "Dual diagnosis worker.", "N"),
  N("C", "BC", "Child needs regular meals, especially after weekends.", 3, "Not hungry on Mondays.", "Nursery breakfast; SW.", "P"),
  N("M", "FH", "SU needs a way to manage her emotions that does not rely on speed.", 3, "", "DBT skills group - waiting list.", "N")],
 ["AMH", "SMA", "SW"], ["AMH", "SMA", "SW", "HUB"], 4),

case("A4", "10-15", "F", "W", "OTH", "N0",
 "Mother, 45, alcohol - referred by GP after second admission with pancreatitis. Two teenagers (14 and 16) live with her, father not involved. "
 "She says the children 'look after themselves'. The 16 yr old has taken over bills and shopping on Mum's card. Children's social care not involved. "
 "Drinks 2 bottles of wine daily, more at weekends. Says she is scared of dying and leaving them.",
 [N("M", "FH", "Client needs to reduce and stop drinking safely.", 4, "Completes detox; engages in aftercare.", "Inpatient detox referral.", "P"),
  N("C", "GB", "The 14 yr old needs an adult who keeps track of her - where she is, school, health appointments.", 3, "", "", "N"),
  N("S", "FSR", "The 16 yr old needs to be freed from running the household.", 2, "", "", "N"),
  N("W", "STA", "Family need a plan for what happens to the children if Mum is admitted again.", 3, "", "", "N")],
 ["SMA"], ["SMA", "EH", "YC", "SW"], 3,
 "Teenagers running the home (close to P8); the group put it here because the mother's drinking leaves them unsupervised."),

case("A5", "under 1", "F", "W", "EH", "N0",
 "Baby 4/12, first baby. Both parents use cannabis daily - strong smell every visit, Dad smokes in the flat. Mum also drinks at weekends and has fallen asleep on the sofa "
 "with baby twice (she told me). Wt dropped from 50th to 25th centile; 8 wk imms missed, DNA x2 at GP. Flat cluttered, bottles not sterilised. "
 "Parents loving and responsive to baby when awake. Both say cannabis helps their anxiety.",
 [N("C", "HEA", "Baby needs feeding regularly and to gain weight back up to her line.", 3, "Back on 50th by 6 months.", "Weekly weighs.", "P"),
  N("P", "ES", "Parents need to understand the risk of falling asleep with baby after drinking or cannabis, and always put her down in her cot.", 4,
    "Parents describe safe sleep plan; baby in cot on visits.", "Safe sleep advice given x2.", "P"),
  N("P", "BC", "Bottles need to be sterilised and baby kept in a smoke-free room.", 2, "", "", "N"),
  N("C", "HEA", "Baby needs her immunisations.", 2, "Imms UTD.", "", "N")],
 ["HV"], ["HV", "EH", "SMA"], 3),

case("A5", "10-15", "F", "W", "OTH", "N0",
 "Y8 girl, regular at drop-in - head lice, shoes too small, asks for sanitary products every month. Says Mum 'sleeps a lot in the day' and Mum's boyfriend 'has people round' "
 "late at night; she finds 'foil and stuff' in the bathroom. Has a younger brother at primary who she gets ready for school. Previously known to CSC (closed 2022). "
 "Keen to stay at home and worried about 'getting Mum in trouble'.",
 [N("C", "BC", "Needs clothes and shoes that fit, sanitary products, and head lice treated at home.", 3, "", "School provides products.", "P"),
  N("C", "ES", "Needs the people who come to the house at night not to be there.", 3, "", "Shared with DSL; MASH referral.", "K"),
  N("S", "BC", "Brother needs an adult getting him ready for school.", 3, "", "", "N"),
  N("C", "EBD", "Needs to be able to tell someone what is happening without feeling she is getting Mum into trouble.", 2, "", "School nurse drop-in.", "P")],
 ["HV"], ["SW", "HV", "SMA"], 3,
 "Cause only half-said ('sleeps a lot in the day'): could be read as P3; the signs of drug use decided it."),

case("A2", "5-9", "F", "W", "EH", "N0",
 "Year 1 twins (this form is for the girl). Very often collected late, sometimes by different adults. Twice Dad smelled strongly of alcohol at pick-up and staff didn't "
 "release the children - Grandma came. They arrive hungry and eat two breakfasts at breakfast club. Uniform unwashed. She is quiet and withdrawn; her brother is more boisterous. "
 "Mum works nights in a care home. Parents say Dad is 'off work with his back'.",
 [N("C", "ES", "She needs to be collected by a sober adult every day.", 3, "No further incidents at pick-up.", "Collection list agreed with parents.", "P"),
  N("C", "BC", "She needs breakfast and clean uniform every day.", 2, "", "Breakfast club free place.", "P"),
  N("P", "FH", "Mum and Dad need a plan for the children's care on Mum's work nights that doesn't rely on Dad when he's been drinking.", 3, "", "", "N"),
  N("C", "EBD", "She needs to be noticed - she is quiet and easy to overlook.", 2, "", "Class teacher check-ins.", "P")],
 ["EH", "EDU"], ["EH", "SMA", "SW"], 3),

case("A2", "5-9", "M", "W", "CIN", "N1",
 "Year 4 boy, joined us in September from another authority. CP plan (neglect) transferred in and stepped down. Mum is in recovery from heroin - she is very open, says she's "
 "'on a script and doing well'. School sees good weeks and bad weeks: in bad weeks he misses days, comes in tired and says 'Mum was poorly'. "
 "He is working at Year 2 level in reading and maths. He loves football and is good at it.",
 [N("C", "EDU", "He needs to catch up with his reading - he is two years behind.", 3, "Reading age up 12 months in a year.", "Daily reading intervention.", "P"),
  N("C", "BC", "He needs the good-week routine every week - up, fed and in school even when Mum is unwell.", 3, "Attendance >90%.", "", "N"),
  N("M", "WF", "Mum needs someone who can step in on the days she can't manage.", 3, "", "", "N")],
 ["SW", "EDU"], ["EH", "SMA", "EDU", "FGC"], 3),

case("A3", "5-9", "F", "W", "EH", "N0",
 "Dad and his partner have three children (2, 5 and 9). Both drink heavily - Dad says 'we're not alcoholics, we just like a drink'. School asked for early help after the "
 "9 year old said she puts the little ones to bed when they're 'being silly'. The home is fine when I visit by appointment; neighbours say there are parties until 3am on Fridays. "
 "Money is tight and drink takes a big share. The children adore Dad, who is fun and affectionate.",
 [N("C", "ES", "The 9 year old needs a sober adult in charge of the little ones at night.", 3, "", "", "N"),
  N("P", "FH", "Dad and his partner need to see how their weekend drinking leaves the 9 year old in charge.", 3,
    "Parents agree one adult stays sober at weekends.", "Motivational sessions (me).", "P"),
  N("W", "INC", "Money needs to go on food and bills before drink.", 2, "", "Budgeting with family.", "P")],
 ["EH"], ["EH", "SMA", "WDA"], 3),
]
