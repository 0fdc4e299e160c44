from common import N, case
PATTERN = "P4"
CASES = [
case("A7", "10-15", "F", "W", "OTH", "N0",
 "Y9 girl. Disclosed self-harm (cutting upper arms) to a friend who told her tutor. Has been doing it for about six months 'when my head gets too loud'. "
 "Parents are together, supportive and shocked. High-achieving, a perfectionist, lots of pressure around options and exams. "
 "GP referral to CAMHS - 18 week wait. Our school counsellor also has a waiting list.",
 [N("C", "EBD", "Needs ways other than cutting to cope when her feelings become overwhelming.", 3, "Self-harm reduces; uses her safety plan.", "Safety plan with DSL; counselling when available.", "P"),
  N("C", "EDU", "Needs to feel her worth isn't tied to her grades.", 2, "", "", "N"),
  N("P", "ES", "Parents need to know how to respond to the self-harm - how to talk to her, wound care, what to do in a crisis.", 3, "", "Leaflet given.", "P")],
 ["EDU"], ["CAMHS", "EDU", "OTH"], 3),

case("A7", "10-15", "M", "W", "OTH", "N0",
 "Y10 boy. Attendance fallen from 96% to 38% over the year. Feels sick every morning and panics in corridors. At home most of the spring term - both parents work and he is alone "
 "all day gaming. Now on a part-time timetable (2 hrs a day in the inclusion room). GP diagnosed anxiety. Dad thinks he's 'swinging the lead'; Mum is anxious herself and lets him stay off.",
 [N("C", "EDU", "Needs to build up his time in school step by step until he is back in lessons.", 3, "Full timetable by end of Y10.", "Reintegration plan; EP involvement.", "P"),
  N("C", "EBD", "Needs to be able to manage panic in busy places.", 3, "", "", "N"),
  N("P", "GB", "Mum and Dad need to agree one approach to the mornings.", 2, "", "", "N")],
 ["EDU"], ["EDU", "CAMHS", "EH"], 3),

case("A7", "10-15", "K", "W", "OTH", "N0",
 "Y8 pupil, assigned female at birth, uses he/him in school (parents aware and supportive). Bullied online since Y7 - group chat screenshots shown to staff. Low mood, stopped eating lunch, "
 "spends breaks in the library. Told the school nurse he sometimes thinks 'everyone would be better off' without him. Safety plan done in school. Family are supportive but don't know what to do.",
 [N("C", "ID", "Needs to be accepted at school as who he is, without being targeted.", 3, "Bullying stops; sanctions followed through.", "Anti-bullying plan.", "P"),
  N("C", "EBD", "Needs a way of coping with suicidal thoughts and to know who to tell.", 4, "", "Safety plan.", "P"),
  N("C", "FSR", "Needs counselling and a group of friends.", 2, "", "LGBT+ youth group at The Forge suggested.", "N")],
 ["EDU", "HV"], ["CAMHS", "EDU", "YW"], 4),

case("A7", "10-15", "F", "W", "OTH", "N0",
 "Y11 girl. Mum died in Y10 after a short illness. Lives with Dad and older brother. Since the anniversary she is missing afternoons, found crying in the toilets, teachers say she is 'not there' "
 "in lessons. Mocks far below predicted grades. Dad works full time and is struggling himself. She doesn't want to 'burden' him.",
 [N("C", "EBD", "Needs space to grieve for her mum and somewhere to go in school when it overwhelms her.", 3, "", "Time-out pass; pastoral.", "P"),
  N("C", "EDU", "Needs a realistic plan for her GCSEs.", 2, "Sits all exams.", "Head of Year.", "P"),
  N("F", "EW", "Dad needs to be able to talk about Mum with his daughter.", 2, "", "", "N")],
 ["EDU"], ["EDU", "OTH", "CAMHS"], 3),

case("A3", "10-15", "F", "W", "EH", "N4",
 "Girl aged 12, GP asked for Early Help while she waits for CAMHS. She has panic attacks, won't sleep in her own room and hasn't been to school for five weeks. "
 "Mum and step-dad are caring and consistent; two younger brothers are fine. She's funny and creative when she relaxes. Mum has taken unpaid leave to stay home with her and "
 "money is getting tight. The family feel 'stuck in limbo' on the waiting list.",
 [N("C", "EBD", "She needs ways to calm her body and mind when panic starts.", 3, "Fewer panic attacks; sleeps in own room.", "Anxiety work with me (workbook).", "P"),
  N("C", "EDU", "She needs a way back into school.", 3, "Attending mornings by half term.", "School - reduced timetable.", "N"),
  N("P", "EW", "Mum and step-dad need to know how to respond to panic attacks in a way that doesn't make them bigger.", 2, "", "", "P"),
  N("M", "EMP", "Mum needs to get back to work without feeling she is abandoning her daughter.", 2, "", "", "N")],
 ["EH"], ["CAMHS", "EH", "EDU"], 3),

case("A3", "10-15", "M", "W", "EH", "N0",
 "Boy, 15. Parents separated amicably two years ago; he lives with Mum in the week. Since Christmas he's withdrawn, stopped football and smokes cannabis most evenings with friends 'to sleep'. "
 "Mum found searches about suicide on his laptop. He says he's fine. Mum is worried but doesn't want to 'push him away'. Dad thinks it's a phase.",
 [N("C", "EBD", "He needs to be able to talk to someone about how low he feels.", 4, "", "", "N"),
  N("C", "HEA", "He needs to sleep without cannabis.", 2, "", "", "N"),
  N("P", "FH", "Mum and Dad need to work together and not wait for it to pass.", 3, "Joint meeting held.", "Meeting with both parents.", "P"),
  N("C", "FSR", "He needs to get back to football and his old friends.", 2, "", "", "N")],
 ["EH"], ["CAMHS", "SMY", "YW", "EH"], 4,
 "Cannabis and late nights (close to P5); there was no sign of exploitation, and the need is his low mood."),

case("A1", "10-15", "F", "W", "CL0", "N0",
 "Referral from A&E - 14 F overdose (paracetamol x16), medically fit for d/c after 2 days. Strat discussion - no safeguarding concerns at home identified. C&F assessment done. "
 "YP reports low mood since Y8, friendship breakdown, thinks she is 'ugly and stupid'. CAMHS crisis saw on ward; 1st appt with CAMHS core team in 6 wks. Parents (both work) v shocked, "
 "have locked meds away. Outcome: NFA for CSC, signposted.",
 [N("C", "EBD", "YP needs CAMHS.", 4, "", "CAMHS core team.", "P"),
  N("P", "ES", "Parents need to know what to watch for and what to do in a crisis out of hours.", 3, "", "Crisis line numbers given.", "P"),
  N("C", "FSR", "YP needs to repair friendships or find a new friendship group.", 2, "", "", "N")],
 ["SW", "CAMHS"], ["CAMHS", "EH"], 4),

case("A6", "16 and over", "M", "W", "OTH", "N0",
 "YP (16, M) comes to The Forge drop-in 2-3 times a week. Left Harrowby Vale College in October - says he 'couldn't handle' being around people. Mostly in his room, mum says he barely eats. "
 "He's opened up to me about feeling like there's no point, and about a lad from his old school who took his own life last year. Won't go to the GP - 'they'll just give me pills'. "
 "NEET. Good relationship with his mum and nan.",
 [N("C", "EBD", "Needs to feel less alone with the thoughts about his mate's death and how low he gets.", 4, "", "1:1 with me weekly, informal.", "P"),
  N("C", "EMP", "Needs something to get up for - a course or placement that starts small.", 2, "", "", "N"),
  N("M", "EW", "Mum needs to understand what he's going through.", 2, "", "", "N")],
 ["YW"], ["YW", "CAMHS", "OTH"], 4),

case("A5", "10-15", "F", "W", "OTH", "N0",
 "Y9 girl referred by PE teacher - weight loss noted, now refusing to eat in front of others. BMI 16.1, down 3 centile lines since Y7 measurement. Periods stopped. "
 "Admits restricting and exercising 'to feel in control'. Parents divorced, both involved; Mum (main carer) also anxious around food. GP has referred to eating disorders - urgent pathway.",
 [N("C", "HEA", "Needs to eat enough to stop losing weight and for her periods to return.", 4, "Weight stable then rising.", "ED service; weekly weighs.", "P"),
  N("C", "EBD", "Needs other ways to feel in control.", 3, "", "", "N"),
  N("P", "GB", "Mum and Dad need to agree about meals and not fight over food.", 2, "", "", "N")],
 ["HV", "CAMHS"], ["CAMHS", "HV"], 4),

case("A5", "10-15", "M", "W", "OTH", "N0",
 "Y7 boy, seen at drop-in repeatedly with stomach aches, asks to go home. Says he is 'always worried' - about his parents dying, about getting things wrong. Struggled with move from a small "
 "village primary to Kingsmere (1,400 pupils). Parents supportive; Dad describes himself as a worrier too. Attending but going home early most days.",
 [N("C", "EBD", "Needs ways to manage his worries.", 2, "", "School nurse sessions x4.", "P"),
  N("C", "EDU", "Needs a safe space and a known adult at Kingsmere for when worry builds, so he stays all day.", 2, "Full days in school.", "", "N"),
  N("P", "GB", "Parents need to stop collecting him early when he phones.", 2, "", "", "N")],
 ["HV"], ["EDU", "HV", "OTH"], 2),
]
