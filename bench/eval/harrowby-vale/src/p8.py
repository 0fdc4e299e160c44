from common import N, case
PATTERN = "P8"
CASES = [
case("A2", "10-15", "F", "W", "OTH", "N3",
 "Year 6 girl. Mum has multiple sclerosis and uses a wheelchair; Dad left three years ago. She helps Mum dress in the mornings, gets her little brother ready and does a lot of the cooking. "
 "Mature, organised and a lovely girl - teachers hadn't realised. Late 2-3 times a week and often misses after-school clubs. Mum is very proud of her but worried it's too much.",
 [N("C", "FSR", "She needs time to be a child - clubs, friends and play.", 2, "Goes to at least one club a week.", "", "N"),
  N("C", "EDU", "She needs school to understand why she's late and not sanction her.", 2, "", "Class teacher aware.", "M"),
  N("M", "BC", "Mum needs care at home in the mornings so her daughter isn't doing personal care.", 3, "", "", "N"),
  N("C", "EBD", "She needs to understand MS and what may happen.", 2, "", "", "N")],
 ["EDU"], ["YC", "OTH", "EH"], 2),

case("A2", "5-9", "M", "W", "OTH", "N3",
 "Year 3 boy, lives with Dad who had a stroke last year and has weakness down one side and speech difficulties. He 'translates' for Dad at the school office and at appointments. Mum works full time "
 "in retail, long hours. He has become anxious about leaving Dad, asks to phone home, and his writing has gone backwards. Close, warm family.",
 [N("C", "EBD", "He needs not to worry about Dad all day.", 2, "", "", "N"),
  N("C", "EDU", "He needs to get his writing back on track.", 2, "", "Small group.", "P"),
  N("F", "FSI", "Dad needs a way to communicate at appointments without using his son.", 2, "", "", "N")],
 [], ["YC", "OTH", "EH"], 2),

case("A7", "10-15", "M", "W", "OTH", "N3",
 "Y10 boy, identified as a young carer. Mum has secondary breast cancer and is having palliative chemo. He does the shopping and cooking and looks after his 6 yr old sister after school. "
 "Attendance down to 82%, homework not done, sleeping in lessons. Step-dad works away. Doesn't want teachers to 'go easy' on him. Hospice family support offered.",
 [N("C", "EBD", "Needs to prepare for Mum's death and have someone to talk to.", 3, "", "Hospice family worker.", "P"),
  N("C", "EDU", "Needs a flexible plan for coursework deadlines.", 2, "", "Head of Year.", "M"),
  N("C", "FSR", "Needs some time for himself.", 2, "", "", "N"),
  N("W", "STA", "The family need a plan for when Mum gets worse.", 3, "", "", "N")],
 ["EDU", "OTH"], ["YC", "OTH", "EDU"], 3),

case("A7", "10-15", "F", "W", "OTH", "N3",
 "Y8 girl. Mum has bipolar disorder, mostly well managed. When Mum is unwell (two episodes this year) she takes over: makes sure Mum takes her meds, stops her spending, stays up with her at night. "
 "Dad not involved. Misses school during those times and told her Head of Year she feels like 'the parent'. When Mum is well the home is warm and organised.",
 [N("C", "EBD", "Needs not to feel responsible for Mum's illness.", 3, "", "", "N"),
  N("C", "STA", "Needs a plan for Mum's relapses that an adult carries out, not her.", 3, "", "", "N"),
  N("C", "EDU", "Needs to stay in school when Mum is unwell.", 2, "", "", "N")],
 ["EDU"], ["YC", "AMH", "EH"], 3,
 "Parent's mental illness (close to P3); day-to-day care is good and the need is the child's caring role."),

case("A4", "10-15", "M", "W", "OTH", "N3",
 "Service user (51, M) - alcohol-related brain injury (Korsakoff's), abstinent 4 years. Lives with his 15 yr old son since separation. Son manages his medication, appointments and money and reminds "
 "him to eat. Son coping but increasingly isolated - no social life, doesn't bring friends home. SU aware and upset. Adult social care involved; care package under review.",
 [N("F", "BC", "SU needs care arrangements so that his son is not his main carer.", 3, "", "Adult social care review.", "P"),
  N("C", "FSR", "Son needs a social life of his own.", 2, "", "", "N"),
  N("C", "EDU", "Son needs to plan his own future (college) without worrying who will look after Dad.", 2, "", "", "N")],
 ["OTH"], ["YC", "OTH"], 2,
 "Past drinking (close to P2), but the father has been sober for four years: the need is the son's caring role."),

case("A3", "10-15", "F", "O", "EH", "N3",
 "Girl aged 11. The family are from Syria and have refugee status. Mum has PTSD and severe back pain; Dad has diabetes and little English. She interprets for both parents at the GP and hospital, "
 "deals with letters and phone calls, and helps with her three younger brothers and sisters. Top of her class in English and wants to be a doctor. The family are warm and proud of her - "
 "Mum said 'she is our voice'.",
 [N("C", "FSR", "She needs time to be eleven and not the family's interpreter.", 2, "", "", "N"),
  N("P", "FSI", "Mum and Dad need interpreters at appointments and English classes.", 2, "", "ESOL at the hub.", "P"),
  N("M", "FH", "Mum needs help with her PTSD.", 3, "", "", "N")],
 ["EH"], ["YC", "OTH", "AMH"], 2),

case("A6", "16 and over", "M", "W", "OTH", "N3",
 "YP 16, M. Comes to the young carers group at The Forge monthly. Cares for his younger brother who has severe epilepsy and for Mum who has fibromyalgia. Just started at Harrowby Vale College, "
 "struggling to keep up - missed 6 days already for his brother's hospital admissions. Says he can't go to uni because 'who would help Mum'.",
 [N("C", "EDU", "Needs college to understand and cut him some slack.", 2, "", "Letter to college.", "P"),
  N("C", "EMP", "Needs to plan his own future without feeling guilty.", 2, "", "", "N"),
  N("W", "BC", "The family need more help at home with his brother's care.", 3, "", "", "N")],
 ["YW", "YC"], ["YC", "SB", "OTH", "EDU"], 2),
]
