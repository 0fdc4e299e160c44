from common import N, case
PATTERN = "P5"
CASES = [
case("A6", "10-15", "M", "MX", "CIN", "N6",
 "YP (15, M) known to YJS - out of court disposal for PWITS (cannabis). Picked up in Colbridge, 30 miles away, with £600 and 2 phones - looks like county lines, NRM done, positive "
 "reasonable grounds. Going missing overnight, comes back with new trainers, says 'it's just mates'. Mum terrified, found a knife in his bag. Permanently excluded from Kingsmere, "
 "now at Vale Learning Centre on 15 hrs.",
 [N("C", "ES", "Needs to get away from the older lads running the line without getting hurt or ending up owing them.", 4, "No missing episodes for 6 wks.", "Contextual safeguarding meeting; police disruption.", "P"),
  N("C", "EDU", "Needs a full timetable - too many empty hours in the day.", 3, "25 hrs education.", "", "N"),
  N("M", "ES", "Mum needs to know who to call when he goes missing and what to do about the knife.", 3, "", "", "P"),
  N("C", "ID", "Needs something he's good at that gets him respect.", 2, "", "Boxing at The Forge.", "P")],
 ["YJ", "YW", "SW"], ["YJ", "YW", "SW", "EDU", "OTH"], 4),

case("A6", "10-15", "F", "W", "CIN", "N1",
 "YP (14, F). Seen round the bus station late at night with older men in their 20s. New phone and vapes, won't say where from. Missing from home 6 times this term, once found by police "
 "in a flat in Harrowby town centre. Says it's her boyfriend and his mates and 'they look after me'. Mum and step-dad argue about her constantly. CSE screening tool - high.",
 [N("C", "ES", "Needs to stop going to the flat and being with men who are using her.", 4, "", "", "N"),
  N("C", "FSR", "Needs to see that these men aren't her friends.", 3, "", "1:1 with me, slowly.", "P"),
  N("P", "GB", "Mum and step-dad need to act together when she goes missing, not blame each other.", 3, "", "", "N"),
  N("C", "EBD", "Needs one trusted adult she'll keep talking to.", 3, "", "Me.", "P")],
 ["YW", "SW"], ["SW", "YW", "OTH", "FGC"], 4,
 "Arguments at home (close to P6); the danger comes from the men outside the home."),

case("A6", "16 and over", "M", "W", "OTH", "N0",
 "YP 16 M. Told me he 'owes' someone £1,200 after he got robbed of a package - he's been told he'll work it off. Been attacked once (facial injuries, A&E). Scared, sleeping at different "
 "mates' houses. Dad not around, Mum works nights. Wants out but thinks nobody can protect him. Police have intel on the group. Talking about going to his aunt's in another city.",
 [N("C", "ES", "Needs a way out of the debt and somewhere to stay where they can't find him.", 4, "", "MASH referral made today.", "K"),
  N("C", "STA", "Needs one settled place to sleep.", 3, "", "", "N"),
  N("O", "WF", "Aunt needs backing if he moves to hers.", 2, "", "", "N")],
 ["YW"], ["SW", "HS", "FGC", "OTH"], 4),

case("A6", "10-15", "M", "B", "EH", "N6",
 "YP 13, M, Y8. Started hanging round the shops on the Ferrow Green estate with older lads (16-17) known for dealing. They give him weed and food. Excluded twice for bringing cannabis in to school. "
 "Mum (on her own, two jobs) says he's a good boy being led. Small for his age, ADHD (diagnosed, not medicated), desperate to be liked.",
 [N("C", "FSR", "Needs mates his own age who don't use him.", 3, "", "Friday junior session at The Forge.", "P"),
  N("C", "HEA", "Needs his ADHD understood and managed at school and at home.", 2, "", "", "N"),
  N("M", "GB", "Mum needs to know where he is after school while she's at work.", 3, "", "", "N")],
 ["YW", "EDU"], ["YW", "EDU", "EH", "CAMHS"], 3),

case("A1", "10-15", "F", "W", "CPP", "N1",
 "CPP (extra-familial harm - contextual safeguarding pilot). 15 F, 11 MFH episodes in 3 months, return home interviews declined. STI dx at sexual health clinic, partner not known. "
 "Associating with older males in Brookmere (police intel re CSE). School att 20%. Mum and Dad together, desperate, tried everything. Secure order discussed at last strat.",
 [N("C", "ES", "YP needs to stop going to the flats in Brookmere where she is being abused.", 4, "MFH episodes reducing.", "Disruption; specialist CSE worker.", "P"),
  N("C", "HEA", "YP needs her sexual health looked after.", 3, "", "Sexual health clinic.", "P"),
  N("P", "ES", "Parents need to stop blaming themselves and be helped to keep her at home.", 3, "", "", "N"),
  N("C", "EDU", "YP needs education she will attend.", 3, "", "", "N")],
 ["SW", "HV", "OTH"], ["SW", "IFI", "OTH", "CARE"], 4),

case("A1", "16 and over", "M", "B", "CIN", "N6",
 "CIN, 17 M, NRM conclusive grounds (CCE). Arrested x2 poss class A, on bail. Says he's 'out of it' now but still seen with same group. Has an 18 month old daughter with his ex, "
 "wants to be a good dad. Living with Nan. YJS involved. 18 in 5 months - transition to adult services unclear.",
 [N("C", "ES", "YP needs to be safe and away from the group who exploited him.", 4, "", "", "P"),
  N("C", "EMP", "Needs a legal way to earn money.", 3, "", "", "N"),
  N("C", "FSR", "Needs to be a good dad to his daughter.", 2, "", "", "N"),
  N("C", "STA", "Needs a plan for after 18 so support doesn't stop on his birthday.", 3, "", "", "N")],
 ["SW", "YJ"], ["SW", "YJ", "YW", "OTH"], 4),

case("A7", "10-15", "M", "W", "OTH", "N0",
 "Y10 boy. Very secretive, getting lifts from older lads in cars at the school gate, seen with a lot of cash. Two phones confiscated in lessons. Attendance down to 71%, mostly half days. "
 "Was a gentle, sporty boy in Y7-8. Mum (works at the hospital) in touch with us daily - says he's out until 2am. Police stop and search found nothing.",
 [N("C", "ES", "Needs to be kept away from the older males picking him up.", 4, "", "", "N"),
  N("C", "EDU", "Needs to be in school full days.", 3, "", "Attendance officer.", "P"),
  N("M", "CR", "Mum needs to be listened to by agencies - she has been reporting this for months.", 3, "", "", "N")],
 ["EDU"], ["SW", "YW", "OTH"], 4),

case("A7", "10-15", "F", "W", "OTH", "N1",
 "Y9 girl. Friends told staff she has been sending intimate images to a 'boyfriend' she met online who says he is 17; he is now threatening to share them unless she sends more. "
 "Parents told; police involved. She is mortified and won't come to school - 'everyone will see'. Dad furious, took her phone; she has stopped talking to him.",
 [N("C", "ES", "Needs the images taken down and the man stopped.", 4, "", "Police; Report Remove.", "P"),
  N("C", "EBD", "Needs to stop blaming herself.", 3, "", "", "N"),
  N("F", "EW", "Dad needs to respond in a way that keeps her talking to him.", 2, "", "", "N"),
  N("C", "EDU", "Needs to come back to school.", 2, "", "", "N")],
 ["EDU", "OTH"], ["SW", "CAMHS", "OTH", "EDU"], 4,
 "Online exploitation; her distress afterwards is close to P4."),

case("A3", "10-15", "M", "W", "EH", "N0",
 "Boy aged 14 from an Albanian family who moved to Harrowby two years ago. Mum asked Early Help for help because he has started going out every evening and coming back after midnight "
 "smelling of cannabis and with cash. A man from the family's community has been 'giving him jobs' at a car wash. Mum speaks limited English (interpreter used); Dad works away in London. "
 "Mum is scared of the man.",
 [N("C", "ES", "He needs to stop working for the man at the car wash.", 4, "", "Stepped up to MASH.", "K"),
  N("M", "GB", "Mum needs to set limits and know agencies will back her up.", 3, "", "", "N"),
  N("C", "FSI", "He needs things to do in the evenings with young people his own age.", 2, "", "", "N"),
  N("C", "EDU", "He needs to keep going to school.", 2, "", "", "K")],
 ["EH"], ["SW", "YW", "OTH", "EH"], 4),
]
