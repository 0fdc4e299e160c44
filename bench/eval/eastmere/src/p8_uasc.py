from h import *
P = "Unaccompanied asylum seekers"

C("t801", P, False, "Sue Tranter", "Children's social care", 16, "M", "O", "N", "LA", "N8",
  "UASC, Eritrean, arrived by small boat Aug. Age disputed by HO, LA age assessment (Merton compliant) accepted 16. In foster placement, settled. Little English. Reports detention in Libya, friend drowned on crossing. Poor sleep, headaches. Asylum claim lodged, SEF done.",
  [N("Child", "Health", "sleep + headaches - likely trauma, needs screening + GP", "MH deteriorates, can't learn", 3, "sleeping better", "RHA (done), GP, refugee MH service", "GP + CAMHS", "P"),
   N("Child", "Education", "ESOL full time + path to college", "isolated, NEET", 2, "enrolled ESOL", "college", "college", "M"),
   N("Child", "Identity", "contact w Eritrean community + Orthodox church", "", 2, "goes to church Sundays", "FC to take him", "foster carer", "M"),
   N("Child", "Stability", "legal rep for asylum claim", "claim refused", 3, "", "", "solicitor", "P")],
  [S(FOS, "IFA", "Yes", "Y"), S(SW, "LAC", "Yes", "Y")],
  3, "Y")

C("t802", P, False, "Helen Maddox", "Children's social care", 15, "M", "A", "N", "LA", "N8",
  "Ahmad arrived from Afghanistan aged fourteen, having travelled over land for more than a year. He does not know whether his mother and sisters are alive. He lives with experienced foster carers and attends a mainstream secondary school, where he is making rapid progress in English and mathematics. He has nightmares most nights and has twice woken the household screaming; he will not talk about the journey. He is fasting during Ramadan and his carers are learning about his faith.",
  [N("Child", "Emotional and behavioural development", "Ahmad needs help, when he is ready and in his own language, to manage the nightmares and memories of his journey, so that he can sleep and continue to learn.",
     "Untreated trauma may lead to depression or aggression as he gets older, and disrupt his placement.", 3,
     "Fewer nightmares; Ahmad can describe some ways of calming himself.", "Trauma-informed therapeutic work with a Dari interpreter, after a period of stability.", "Specialist refugee mental health service", "N"),
   N("Child", "Family and social relationships", "Ahmad needs every possible effort made to trace his mother and sisters.", "Ongoing uncertainty and grief.", 3,
     "Tracing request lodged and updates given to him.", "British Red Cross family tracing.", "Other (Red Cross tracing)", "P"),
   N("Child", "Identity", "Ahmad needs his faith, language and food to be part of everyday life in his placement.", "", 2, "Halal food, mosque attendance and Dari contact maintained.", "", "Foster carers", "M")],
  [S(FOS, "in-house foster care", "Yes", "Y"), S(SW, "", "Yes", "Y"), S(OTH, "Red Cross", "Yes", "Y")],
  3, "P")

C("t803", P, False, "Rhian Llewelyn", "Children's social care", 17, "M", "O", "N", "LA", "N8",
  "Mohamed, Sudanese, came through the National Transfer Scheme from Kent to us in Gwynedd. In supported accommodation in Bangor with two other lads. Studies ESOL at Coleg Menai. Home Office substantive interview in six weeks and he is very anxious - his first solicitor dropped the case. He is lonely; nobody speaks Arabic nearby and he goes to Liverpool when he can.",
  [N("Child", "Stability", "Mohamed needs a new immigration solicitor before his interview, and to be prepared for it.", "Claim refused; he turns 18 with no status.", 4, "Solicitor instructed, interview prep done.", "PA and SW to find legal aid solicitor (Cardiff / Liverpool).", "Social worker", "N"),
   N("Child", "Family's social integration", "He needs friends and people who share his language and faith near where he lives.", "Isolation, goes to the city and gets in with the wrong people.", 3, "", "Link to North Wales Africa Society / mosque in Bangor.", "", "N"),
   N("Child", "Self-care skills", "Cooking, budgeting - turns 18 soon.", "", 2, "", "", "Supported accommodation key worker", "P")],
  [S(FOS, "supported accommodation", "Yes", "P"), S(SW, "", "Yes", "P")],
  3, "P")

C("t804", P, True, "Dave Harker", "Police", 16, "M", "O", "N", "LA", "N9",
  "13/02 warrant executed at residential property in Eastmere, cannabis grow across 4 rooms. Male found inside, locked in, Vietnamese, no English, states age 16. Says he was brought to UK in lorry and owes money for journey; told to 'look after plants'. Taken into police protection, placed in foster care. NRM made (first responder). Went missing from placement 20/02 for 2 days, returned.",
  [N("Child", "Ensuring safety", "Boy needs to be kept away from the traffickers, who will try to get him back because of the debt.", "Re-trafficked, goes missing for good.", 4,
     "No further missing; phone checks; placement knows the warning signs.", "Safety plan, independent child trafficking guardian, placement with experienced carers.", "Social work and police", "P"),
   N("Child", "Stability", "Needs an immigration solicitor and the NRM decided.", "", 3, "Reasonable grounds decision positive.", "", "", "P"),
   N("Child", "Family and social relationships", "Needs someone who speaks Vietnamese he can trust.", "", 3, "", "", "", "N")],
  [S(FOS, "foster", "Yes", "P"), S(SW, "", "Yes", "P"), S(OTH, "ICTG", "Yes", "Y")],
  4, "P", "Trafficking/CCE case as much as UASC.")

C("t805", P, False, "Gary Pryce", "Children's social care", 17, "M", "B", "N", "LA", "N8",
  "Unaccompanied young person from Eritrea, in semi-independent placement. Attending college part time. Asylum claim outstanding.",
  [N("Child", "Education", "Needs ESOL", "", 2, "Attends", "College", "College", "M"),
   N("Child", "Stability", "Needs a solicitor", "", 3, "", "Refer", "", "P"),
   N("Child", "Emotional and behavioural development", "Needs counselling", "", 2, "", "Refer to Refugee Council", "Other", "N"),
   N("Child", "Self-care skills", "Needs independence skills", "", 2, "", "", "", "N")],
  [S(FOS, "semi-independent", "Yes", "P"), S(SW, "", "Yes", "P")],
  2, "P")
