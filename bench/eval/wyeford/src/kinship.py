from common import n, s, case
P = "kinship_strain"
CASES = [
case(P, False, "Sian D.", 7, "Male", "White", "No", "Other", "N8 Absent parenting",
 "He has lived with his maternal grandparents under a special guardianship order since he was two. Mum uses heroin and turns up at the school gate, sometimes under the influence. "
 "Grandad has COPD and had to give up work to help care for him. After contact with Mum he has rages lasting an hour or more, and his grandparents shout back; "
 "they say they 'brought up four and never had this'.",
 [n("Other", "Emotional warmth",
    "His grandparents need ways of responding to his rages after contact that calm him, instead of shouting back.",
    "Placement strain; he may come into care.", 3, "Rages shorter; grandparents describe what they tried and what worked.",
    "SGO support worker; kinship carers' training.", "Other", "Partly met"),
  n("Other", "Income",
    "His grandparents need their special guardianship allowance reviewed; Grandad had to give up work and they are about £400 a month short.",
    "Financial strain on an already fragile placement.", 3, "", "", "Welfare and debt advice", "Not met"),
  n("Child", "Family and social relationships",
    "He needs contact with his mum only when she is sober, checked on arrival, and ended calmly if she is not.",
    "Distress after contact; exposure to drug use.", 3, "Contact plan agreed and followed.", "", "Social work (child in need or protection)", "Partly met")],
 [s("Other", "SGO support team", "Yes", "Partly")],
 3, "Partly"),

case(P, True, "Sian D.", 1, "Female", "White", "No", "Looked after", "N1 Abuse or neglect",
 "She was removed from her mother at birth (Mum's older children are already adopted) and placed with her maternal aunt, who is 26 and has two children of her own, as a "
 "kinship foster placement. The aunt's partner is unhappy about the arrangement and the aunt is under pressure from her own mother not to 'take the baby off' her sister. "
 "A special guardianship assessment is under way. The little girl is thriving but has very few words at twenty months.",
 [n("Other", "Stability",
    "Her aunt needs to decide whether she can offer a permanent home, without pressure from the family either way, before the court timetable runs out.",
    "Placement breakdown and a move to strangers, or a decision nobody can sustain.", 4, "Clear decision by the final hearing.",
    "Supervising social worker; independent support for the aunt.", "Social work (child in need or protection)", "Partly met"),
  n("Other", "Family history and functioning", "Special guardianship assessment of aunt needs completing.", "", 3, "", "", "", "Partly met"),
  n("Child", "Health", "Her speech needs watching - few words at 20 months.", "", 2, "", "", "Health visiting or school nursing", "Partly met")],
 [s("Foster, kinship or residential care", "Kinship foster placement", "Yes", "Yes"),
  s("Social work (child in need or protection)", "Kinship team", "Yes", "Partly")],
 3, "Partly", notes="Final hearing expected in about three months."),

case(P, True, "Paul K.", 14, "Female", "White", "No", "Early help", "N8 Absent parenting",
 "She has lived with her Nan since the age of eight under a child arrangements order; her mother died of an overdose three years ago. In the past six months she has started "
 "going missing overnight and drinking with older friends. Nan is 71 and has said in the last meeting that she cannot cope, and may ask for her granddaughter to be taken into care. "
 "She is fiercely loyal to Nan and very angry with her at the same time.",
 [n("Other", "Guidance and boundaries",
    "Nan needs to feel she has backing when she sets a curfew; at present she gives up because she is frightened her granddaughter will leave altogether.",
    "Arrangement breaks down; she comes into care.", 3, "Curfew kept most nights for a month.", "Early help worker; kinship carers group.",
    "Early help family support", "Partly met"),
  n("Child", "Emotional and behavioural development", "She needs to be able to talk about her mum's death.", "", 3, "", "", "", "Not met"),
  n("Other", "Family history and functioning", "Nan needs a carer's assessment.", "", 2, "", "", "", "Not met")],
 [s("Early help family support", "Early help", "Yes", "Partly"),
  s("Other", "Kinship carers support group", "Yes", "Partly")],
 3, "Partly", notes=""),

case(P, False, "Tash W.", 10, "Male", "Mixed", "No", "Child in need", "N8 Absent parenting",
 "He lives with his grandad (dads dad) since his dad went to prison 8 months ago, mum hasnt been around since he was a baby. Grandad is 68, widowed and diabetic. "
 "The flat only has one bedroom so he sleeps on the sofa. Grandad adores him and is doing everything he can but is really tired and nobody told him he could get any help.",
 [n("Other", "Housing", "Grandad needs a bigger place - he sleeps on the sofa", "", 2, "", "", "Housing support", "Not met"),
  n("Child", "Family and social relationships", "needs to visit dad", "", 2, "", "", "", "Partly met"),
  n("Other", "Family history and functioning", "Grandad needs respite sometimes", "", 2, "", "", "", "Not met"),
  n("Other", "Income", "needs help claiming child benefit and guardians allowance", "", 2, "claimed", "", "Welfare and debt advice", "Met")],
 [s("Welfare and debt advice", "Citizens advice", "No", "Yes"),
  s("Early help family support", "Early help", "Yes", "Partly"),
  s("Housing support", "Housing options", "Yes", "No")],
 2, "Partly"),

case(P, False, "Bev M.", 5, "Female", "White", "Not known", "Looked after", "N1 Abuse or neglect",
 "5, placed w great aunt (kinship foster) w her 2 sibs. mum drank heavily in pregnancy. v hyperactive, no sense of danger, ran into road x2. "
 "GA 63, on her own, exhausted, says she'll keep going 'for as long as my legs hold out'.",
 [n("Child", "Health", "needs FASD assessment", "", 3, "", "", "", "Not met"),
  n("Other", "Family history and functioning", "carer needs respite", "placement breakdown - sibs split", 3, "", "", "Foster, kinship or residential care", "Not met"),
  n("Child", "Stability", "to stay with sibs in this placement", "", 4, "", "", "", "Partly met")],
 [s("Foster, kinship or residential care", "kinship foster", "Yes", "Partly"),
  s("Social work (child in need or protection)", "LAC team", "Yes", "Partly")],
 4, "Partly"),

case(P, False, "Mel T.", 9, "Male", "Black or Black British", "No", "Child in need", "N8 Absent parenting",
 "He lives with his big sister who is 22, since mum went back to live abroad last year. His sister works at the supermarket and has her own baby as well. He is often late, "
 "no PE kit, reading book never signed. She is doing her best but didnt know she could claim anything for him and hasn't told anyone how hard it is.",
 [n("Sibling", "Income", "His sister needs help with money - she isnt getting child benefit for him or anything", "", 3, "", "", "Welfare and debt advice", "Not met"),
  n("Child", "Education", "needs someone to hear him read at home", "", 1, "", "", "", "Not met"),
  n("Sibling", "Family history and functioning", "Sister needs someone to talk to, she's 22 and doing it all", "", 2, "", "", "", "Not met")],
 [],
 2, "No", notes="no services yet, referred to early help"),
]
