# Gary Turnbull, School (secondary DSL). Writes needs as services; outcomes about engagement.
from common import C, N, S

AUDITOR = ("Gary Turnbull", "School")

CASES = [
# G1 hard: young carer for a parent with depression
C("young_carers", True, 12, "Female", "White", "No", "Early help", "N3", 2, "No",
  "Year 7 student. Attendance 84%, mostly lates and Mondays. Mum has depression and doesn't always get out of bed, so she gets her younger brother (6) ready and takes him to primary before coming in. "
  "Tired in lessons, homework not done. Staff describe her as very mature and 'mumsy' with her friends.",
  [N("Child", "Family and social relationships", "Needs young carers support.",
     "Will fall behind and become isolated.", 2, "Attending young carers group.",
     "Refer to Northbrook young carers.", "YC", "Not met"),
   N("Mother", "Health", "Mum needs mental health support.",
     "Daughter will continue to care for the family.", 2, "Mum engaged with MH services.",
     "Early help to signpost.", "AMH", "Not known"),
   N("Child", "Education", "Needs a mentor in school and homework club.",
     "Falls behind.", 2, "Improved attendance and homework.",
     "Learning mentor allocated.", "EDU", "Partly met")],
  [S("EDU", "School pastoral team", "Yes", "Partly")]),

# G2 hard: young carer of a disabled sibling (could be disabled family at breaking point)
C("young_carers", True, 14, "Male", "Asian or Asian British", "No", "", "N0", 0, "",
  "Year 9. Older sister (17) has severe learning disabilities and epilepsy and needs care around the clock. He helps with her seizures at night and interprets for his parents at all her medical appointments, which means missing school. "
  "Attendance 79%. Quiet, polite, never in trouble. Parents do not see it as caring - 'it's what family does'.",
  [N("Child", "Education", "Needs to be in school.", "Won't get his GCSEs.", 2,
     "Attendance over 90%.", "Attendance officer meeting with parents.", "EDU", "Not met"),
   N("Whole family", "Community resources",
     "Family needs an interpreter at hospital appointments so that he doesn't have to miss school to do it.",
     "Keeps missing school.", 2, "Interpreters booked.", "Letter to hospital.", "OTH", "Not met"),
   N("Child", "Family and social relationships", "Needs a young carers assessment.", "", 2, "",
     "Refer.", "YC", "Not met"),
   N("Parent or carer", "Stability", "Parents need respite for his sister.",
     "Family will not cope.", 3, "", "Adult social care?", "DCS", "Not known")],
  [], no_services=True),

# G3
C("exploitation", False, 14, "Female", "Mixed", "No", "Child in need", "N1", 4, "Partly",
  "Year 9. Told a friend she has a 19 year old boyfriend she met on Snapchat who picks her up from the school gate. Missing from home overnight twice. "
  "Grades dropped, new nails, hair and phone. Mum very worried and cooperative. Referred to MASH.",
  [N("Child", "Ensuring safety", "Needs a CSE worker.", "Sexual exploitation.", 4,
     "Engages with worker.", "MASH referral done, specialist worker allocated.", "OTH", "Partly met"),
   N("Child", "Emotional and behavioural development", "Needs counselling.", "", 3, "",
     "School counsellor.", "OTH", "Partly met"),
   N("Child", "Ensuring safety", "Needs to be safe.", "Abuse.", 4, "Safe.",
     "Safety plan for the school gate - staff on duty at 3.10.", "SW", "Partly met")],
  [S("SW", "Children's social care", "Yes", "Partly"), S("OTH", "School counsellor", "Yes", "Partly")]),

# G4 hard: exploitation next to parent-teen conflict
C("exploitation", True, 15, "Male", "White", "Not known", "Child in need", "N6", 3, "No",
  "Year 10. On a part-time timetable after fixed-term exclusions for fighting and a knife rumour (nothing found). Mum says she can't control him, he swears at her and stays out late, and she has asked for him to go into care. "
  "Seen getting into cars after school. Possible ADHD - never assessed.",
  [N("Child", "Education", "Needs an alternative provision placement.", "Permanent exclusion.", 3,
     "AP 2 days a week.", "AP panel.", "EDU", "Partly met"),
   N("Child", "Health", "Needs an ADHD assessment.", "Behaviour continues unexplained.", 2, "",
     "GP referral / CAMHS.", "CAMHS", "Not met"),
   N("Child", "Ensuring safety", "Needs YOT prevention and a mentor.", "Gets involved in crime.", 3,
     "Mentor allocated.", "Refer to YOT prevention.", "YJ", "Not met"),
   N("Mother", "Guidance and boundaries", "Mum needs a parenting course for teenagers.",
     "Family breakdown.", 2, "Mum completes course.", "Early help.", "PP", "Not met")],
  [S("EDU", "School inclusion team", "Yes", "Partly")],
  notes="Mum's request for care - audit group may see this as a family conflict case."),

# G5
C("adolescent_conflict", False, 13, "Female", "White", "No", "Early help", "N5", 3, "Partly",
  "Year 8. Refusing school since Christmas, attendance 52%. Mum reports she hits and kicks her when made to get up and has broken a door. "
  "Cutting her arms (superficial, seen by school nurse). Parents separated, Dad remarried and she stays with him at weekends, where 'she's fine'.",
  [N("Child", "Emotional and behavioural development", "Needs CAMHS.", "Self harm increases.", 3,
     "Seen by CAMHS.", "Referral sent - rejected, re-refer with more detail.", "CAMHS", "Not met"),
   N("Child", "Education", "Needs a reduced timetable and a safe space in school.",
     "Will stop attending completely.", 2, "Attending mornings.", "Pastoral plan.", "EDU", "Partly met"),
   N("Mother", "Guidance and boundaries", "Mum needs support with her behaviour.", "", 2, "",
     "Early help.", "EH", "Partly met")],
  [S("EH", "Early help family support", "Yes", "Partly"), S("HV", "School nurse", "Yes", "Partly")]),

# G6
C("adolescent_conflict", False, 15, "Male", "Black or Black British", "No", "Child in need", "N5", 3, "Partly",
  "Year 11. Told to leave home twice by stepdad after arguments, stayed with a friend's family, now back. Mum sides with stepdad. "
  "Behaviour in school good, predicted 5s, but recently withdrawn and falling asleep. Says he 'can't be bothered going home'.",
  [N("Child", "Stability", "Needs a stable home.", "Homeless.", 3, "Stays at home.",
     "Early help / CSC.", "SW", "Partly met"),
   N("Whole family", "Family history and functioning", "Family needs mediation.", "", 2,
     "Family attend mediation.", "Refer.", "EH", "Not met"),
   N("Child", "Education", "Needs to reach his potential in his GCSEs.", "Underachieves.", 2,
     "Gets his grades.", "Revision sessions, mentor.", "EDU", "Partly met")],
  [S("SW", "Children's social care", "Yes", "Partly")]),

# G7
C("da_aftermath", False, 11, "Male", "White", "No", "Child in need", "N1", 3, "Partly",
  "Year 7. Dad is in prison for DA against Mum (assault with a weapon, boy was in the house). Since transition he has had 14 behaviour points, mostly for shouting at female staff and walking out. "
  "Very anxious about Dad's release next year. Mum engaging well with DA service.",
  [N("Child", "Emotional and behavioural development",
     "Needs play therapy or counselling to process what he saw.",
     "Behaviour escalates, exclusion.", 3, "Fewer behaviour points.",
     "Refer to children's DA recovery group.", "CDAR", "Not met"),
   N("Child", "Emotional and behavioural development", "Needs an ELSA.", "", 2, "Weekly sessions.",
     "ELSA in school.", "EDU", "Met"),
   N("Child", "Ensuring safety", "Needs to know what will happen when Dad gets out.",
     "Anxiety gets worse.", 3, "", "SW to talk to him.", "SW", "Not met")],
  [S("EDU", "ELSA", "Yes", "Partly"), S("DAV", "DA outreach (Mum)", "Yes", "Yes"),
   S("SW", "Children's social care", "Yes", "Partly")]),

# G8 hard: DA aftermath, but the girl's own boyfriend is controlling
C("da_aftermath", True, 14, "Female", "White", "No", "Child in need", "N1", 3, "No",
  "Year 10. Mum left Dad (violent) last year and they moved to Northbrook. Dad keeps turning up and messaging the girl asking where they live. "
  "Attendance fallen to 76%. Friends have told staff she has an older boyfriend (18) who checks her phone and tells her what to wear.",
  [N("Child", "Emotional and behavioural development", "Needs counselling for anxiety.",
     "Attendance keeps dropping.", 2, "Attending counselling.", "School counsellor waiting list.", "OTH", "Not met"),
   N("Child", "Ensuring safety", "Needs healthy relationships work.",
     "Could end up in an abusive relationship like Mum.", 3, "Completes programme.",
     "School nurse / youth worker.", "YW", "Not met"),
   N("Mother", "Ensuring safety", "Mum needs an IDVA and a non-mol.", "Dad finds them.", 3,
     "Order in place.", "Refer to DA service.", "DAV", "Not met")],
  [], no_services=True,
  notes="The boyfriend worries me as much as Dad."),

# G9 hard: parental MH where the boy is also a carer
C("parental_mh", True, 13, "Male", "White", "No", "Child in need", "", 3, "Partly",
  "Year 8. Mum has schizophrenia, two admissions this year. When she is unwell he stays up at night to 'keep an eye on her' and comes in exhausted or not at all. "
  "When she is in hospital he stays with his nan. Bright and well liked but won't talk about home.",
  [N("Child", "Emotional and behavioural development", "Needs someone to talk to.", "", 2, "",
     "Learning mentor.", "EDU", "Partly met"),
   N("Child", "Family and social relationships", "Needs young carers.", "Isolated.", 2,
     "Attends YC group.", "Refer.", "YC", "Not met"),
   N("Mother", "Health", "Mum needs to take her medication.",
     "Relapse, boy misses more school.", 3, "Mum stays well.", "CMHT.", "AMH", "Partly met"),
   N("Child", "Education", "Needs catch-up in maths and English.", "Falls behind.", 2,
     "Back on track.", "Intervention groups.", "EDU", "Partly met")],
  [S("AMH", "Mum's community mental health team", "Yes", "Partly"), S("SW", "Children's social care", "Yes", "Partly")]),

# G10 hard: poverty neglect where staff suspected drink
C("neglect_other", True, 12, "Male", "White", "No", "Early help", "N7", 3, "Partly",
  "Year 7. Arrives hungry, eats at breakfast club every day and asks for seconds at lunch. Uniform dirty and too small, shoes split. Head lice repeatedly. "
  "Lives with Dad and 3 siblings, Dad on universal credit and has been sanctioned twice. Staff wondered if Dad drinks - no evidence, home visit found the house cold and bare but no sign of alcohol.",
  [N("Child", "Basic care", "Needs free school meals and breakfast club.", "Hungry.", 2,
     "FSM in place.", "FSM application done.", "OTH", "Met"),
   N("Child", "Social presentation", "Needs new uniform and shoes.", "Bullying, won't come in.", 2,
     "Has uniform.", "Uniform bank.", "OTH", "Met"),
   N("Father", "Income", "Dad needs debt advice and help with universal credit.",
     "Family can't heat the house or feed the children.", 3, "Benefits sorted.",
     "Refer to welfare rights.", "WEL", "Not met"),
   N("Whole family", "Basic care", "Family need early help.", "", 2, "", "EHA.", "EH", "Partly met")],
  [S("EH", "Early help family support", "Yes", "Partly"), S("WEL", "Debt advice charity", "No", "Yes")]),

# G11 hard: substance neglect where the girl is the carer
C("substance_neglect", True, 11, "Female", "White", "No", "Child in need", "N1", 3, "No",
  "Year 7. Mum drinks, usually from lunchtime. Girl gets herself and two younger brothers up, makes breakfast and walks them to primary. "
  "The boys' reading records are often signed in her handwriting. Mum came to parents' evening drunk and was asked to leave. Girl says 'everything's fine, I can handle it'.",
  [N("Mother", "Health", "Mum needs to go to alcohol services.", "Neglect continues.", 3,
     "Mum engaged.", "SW referral.", "SMA", "Not met"),
   N("Child", "Family and social relationships", "Needs young carers support.",
     "Carries on caring.", 2, "", "Refer.", "YC", "Not met"),
   N("Child", "Emotional and behavioural development", "Needs to be happy and have a childhood.",
     "", 2, "", "", "", "Not known")],
  [S("SW", "Children's social care", "Yes", "Partly")]),

# G12 hard: disabled child whose family is at breaking point, with violence at home
C("disabled_breaking_point", True, 12, "Male", "White", "Yes", "Child in need", "N2", 4, "Partly",
  "Year 7. Autism and learning difficulties, EHCP, in our resource base. At home he has daily meltdowns and has hurt his younger sister (bruises to her arm) and Mum (bitten). "
  "Mum is on her own and has stopped working. She rang school crying to say she can't do it any more. In school he is settled most days.",
  [N("Child", "Education", "Needs his EHCP reviewed.", "", 2, "Annual review held.", "SENCo.", "EDU", "Partly met"),
   N("Parent or carer", "Stability", "Mum needs respite.",
     "Family breakdown, he would need to be looked after.", 4, "Short breaks in place.",
     "Refer to disabled children's team.", "DCS", "Not met"),
   N("Sibling", "Ensuring safety", "Sister needs to be safe.", "Injured.", 3, "", "Safety plan.", "SW", "Not met"),
   N("Mother", "Guidance and boundaries", "Mum needs an autism parenting course.", "", 2, "Completed.",
     "Refer to autism parent programme.", "PP", "Not met")],
  [S("EDU", "Resource base", "Yes", "Yes"), S("SW", "Children's social care", "Yes", "Partly")]),

# G13
C("da_aftermath", False, 13, "Female", "Black or Black British", "No", "Early help", "N4", 2, "Partly",
  "Year 8 in-year admission. Mum and three children moved here from a refuge after DA from Mum's ex-partner (not the girl's father). "
  "Girl has no friends yet, eats lunch alone, cried in PE. Academically able. Mum anxious about school keeping their address safe.",
  [N("Child", "Family and social relationships", "Needs a buddy and a lunchtime club.",
     "Isolated, may refuse school.", 2, "Has a friendship group.", "Peer mentor.", "EDU", "Met"),
   N("Child", "Emotional and behavioural development", "Needs DA recovery work.", "", 2,
     "Completes group.", "Refer to children's DA recovery programme.", "CDAR", "Not met"),
   N("Mother", "Ensuring safety", "Mum needs reassurance that school will keep her details confidential.",
     "Mum may move again.", 2, "Flag on system.", "DSL met Mum.", "", "Met")],
  [S("EDU", "Pastoral team", "Yes", "Yes"), S("DAV", "Refuge outreach", "Yes", "Partly")]),

# G14
C("exploitation", False, 15, "Female", "White", "No", "Child protection plan", "N1", 4, "Partly",
  "Year 11. Sexual images of her have been shared across two year groups. Goes to parties at a flat above a takeaway with men in their 20s, has been given alcohol and cocaine. "
  "Police investigation ongoing. Mum and stepdad engaging. Missed 40% of school this term.",
  [N("Child", "Ensuring safety", "Needs a CSE plan and disruption.", "Serious sexual harm.", 4, "",
     "Strategy meeting, police.", "SW", "Partly met"),
   N("Child", "Health", "Needs a sexual health appointment.", "STI, pregnancy.", 3, "Attended.",
     "School nurse.", "HV", "Met"),
   N("Child", "Emotional and behavioural development", "Needs CAMHS for trauma.", "", 3, "",
     "Referral made.", "CAMHS", "Not met"),
   N("Child", "Education", "Needs to attend school so she can get her GCSEs.", "Leaves with nothing.", 2,
     "Attendance 85%.", "Reduced timetable, tutor.", "EDU", "Partly met"),
   N("Child", "Health", "Needs drug education.", "", 2, "", "", "YW", "Not met")],
  [S("SW", "Children's social care", "Yes", "Partly"), S("OTH", "Police", "Yes", "Partly"),
   S("SMY", "Young people's drug service", "Yes", "Partly")]),

# G15
C("young_carers", False, 13, "Female", "White", "No", "", "", 2, "Partly",
  "Year 9. Dad had a stroke 18 months ago, left side weak and his speech is affected. Mum works full time. Girl helps Dad wash and dress in the mornings and cooks tea. "
  "She has stopped netball and was upset in form time last week. Attendance is fine (96%).",
  [N("Child", "Family and social relationships", "Needs young carers group and a young carers card.",
     "", 2, "Has card.", "Refer.", "YC", "Met"),
   N("Father", "Health", "Dad needs carers coming in.",
     "Girl carries on doing her dad's personal care.", 2, "Care package.", "Adult social care.", "OTH", "Not known"),
   N("Child", "Family and social relationships", "Needs time for netball again.", "Gives up everything.", 1,
     "Back at netball.", "", "", "Not met")],
  [S("YC", "Northbrook young carers", "Yes", "Yes")]),
]
