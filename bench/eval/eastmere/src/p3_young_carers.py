from h import *
P = "Young carers of ill parents"

C("t301", P, False, "Sue Tranter", "Early help", 12, "F", "W", "N", "EH", "N3",
  "M has MS (relapsing), uses wheelchair outside home. No other adult - Dad not involved. Girl (12) does meds prompts, helps M shower, most cooking. Attendance 82%, late a lot. Teachers say tired, no homework done. Adult social care package 1 hr/day only.",
  [N("Child", "Education", "on time + in school, homework done - she is bright, predicted good grades", "falls behind, NEET risk", 2,
     "attend 95%", "school YC champion, homework club", "school", "P"),
   N("Mother", "Basic care", "M needs personal care at home so girl doesn't have to do showering", "girl carrying intimate care - not appropriate", 3,
     "ASC package increased to cover AM + PM", "carers assessment / ASC review", "Adult social care", "N"),
   N("Child", "Family and social relationships", "time off caring - friends, a club", "", 2, "YC group fortnightly", "", "YC service", "M")],
  [S(YC, "Eastmere Young Carers", "Yes", "Y"), S(EHFS, "", "Yes", "P")],
  2, "P", "ASC the key gap, not us")

C("t302", P, False, "Helen Maddox", "Children's social care", 10, "M", "A", "N", "CIN", "N3",
  "Bilal's father had a major stroke eighteen months ago and now has very limited speech and mobility. His mother speaks little English and has been relying on Bilal to interpret at GP and hospital appointments, with the benefits office and with the housing association, sometimes on school days. Bilal is proud of helping but has told his teacher he worries all the time that his father will die while he is at school. His older sister has moved away for university.",
  [N("Child", "Education", "Bilal needs to stop being taken out of school to interpret, so that he can attend fully and keep up in Year 6.",
     "His learning will suffer at a key point and he will carry responsibility for medical and financial matters that no child should hold.", 3,
     "No school days missed for appointments this term; professional interpreters booked for every appointment.",
     "Letter to GP, hospital and DWP requesting interpreters; mother to be shown how to request them.", "Social worker with health colleagues", "P"),
   N("Child", "Emotional and behavioural development", "Bilal needs a clear, honest explanation of his father's condition, pitched at his age, so that his fear of sudden death is based on facts rather than imagination.",
     "Anxiety is likely to grow and may affect sleep and concentration.", 2,
     "Bilal can explain what the stroke means and says he worries less.", "A session with the stroke nurse and the family together.", "Stroke nurse with young carers worker", "N"),
   N("Mother", "Family's social integration", "His mother needs English classes and a link to other women locally so that she can manage appointments without Bilal.",
     "", 2, "Mother attending ESOL.", "ESOL at the family hub, with crèche.", "Family hub", "N")],
  [S(YC, "", "Yes", "Y"), S(SW, "", "Yes", "P")],
  3, "P")

C("t303", P, False, "kerry wootton", "School", 14, "F", "W", "N", "EH", "N0",
  "mum has depression realy bad, stays in bed most days. girl (14) gets her 2 little brothers up and to primary, then comes in late to us. shes always tired, snappy with staff, was put in isolation for lateness which wasnt fair. dad works away on the rigs 3 wks at a time.",
  [N("Child", "Education", "to not be punished for being late when its because shes taking the boys to school", "hates school, stops coming", 2,
     "lateness sorted without sanctions", "talk to head of year, late pass", "school", "M"),
   N("Mother", "Health", "mum to get treatment for her depression, shes not been to gp in ages", "kids keep doing every thing", 3, "", "", "adult mental health", "N"),
   N("Child", "Family and social relationships", "needs someone to talk to who gets it", "", 2, "", "mrs j in pastoral has offered", "", "P")],
  [S(YC, "", "Yes", "P")],
  2, "P")

C("t304", P, False, "Janet Okafor", "Adult mental health", 9, "M", "W", "N", "CIN", "N3",
  "Mother has bipolar affective disorder with three hospital admissions in two years, the last under section. She is a single parent. When she is admitted the boy goes to a neighbour, who is kind but elderly. Between episodes mother parents well. Early signs of relapse are poor sleep and spending; mother knows this but tends to hide it.",
  [N("Mother", "Health", "Mother needs a relapse plan that the boy's school, the neighbour and the care coordinator all know, so that a crisis is caught before she has to be admitted.",
     "Repeated unplanned admissions; boy left with no planned carer.", 3,
     "Written relapse signature plan, shared, and used at the next early warning.", "Care coordinator to lead with mother.", "Adult mental health", "P"),
   N("Mother", "Stability", "Mother needs a named family carer for when she is in hospital - she would prefer her cousin in Leeds but has not asked.",
     "Boy placed in emergency foster care with strangers.", 3, "Contingency plan agreed by cousin.", "Family group conference.", "Family group conference", "N"),
   N("Child", "Emotional and behavioural development", "The boy needs to understand his mum's illness in words he can use so he does not think it is his fault.", "", 2, "", "Young carers mental health group (Kidstime).", "Young carers support", "N")],
  [S(AMH, "CMHT", "Yes", "P"), S(SW, "", "Yes", "P")],
  3, "P")

C("t305", P, False, "Rhian Llewelyn", "Early help", 13, "M", "W", "N", "EH", "N3",
  "Tad is having chemo at Velindre in Cardiff, three days every three weeks, for bowel cancer. Mam drives him, so Gethin (13) stays on the farm outside Llandovery and sees to the sheep and his little sister on those days. He goes to Ysgol Rhys Prichard. No buses. He is quiet, keeps it all to himself. Mam says he's been 'a rock'.",
  [N("Child", "Emotional and behavioural development", "Gethin needs a chance to say how frightened he is about Tad without feeling he's letting the family down.",
     "Bottles it up; if Tad's treatment goes badly he has no one.", 3, "Gethin has one person he talks to, and uses them.", "A worker who can do it through Welsh; school counsellor as back-up.", "", "N"),
   N("Child", "Education", "Gethin needs school to know about chemo weeks so he isn't marked absent and gets work sent home.", "", 2, "School has dates; work sent.", "", "School", "M"),
   N("Whole family", "Wider family", "The family need a neighbour or cousin to take on the sheep on chemo days so a 13 year old isn't running the farm.", "", 2, "", "Young Farmers / chapel to ask around.", "", "N")],
  [S(YC, "Carmarthenshire YC", "Yes", "P")],
  2, "P")

C("t306", P, False, "Gary Pryce", "Early help", 11, "F", "B", "N", "EH", "N4",
  "Mum has long term mental health problems. Child helps at home and looks after younger sibling. School has noticed she is tired.",
  [N("Child", "Family and social relationships", "Needs young carers group", "Isolated", 2, "Attends group", "Refer", "Young carers support", "M"),
   N("Mother", "Health", "Mum needs adult mental health", "", 3, "", "Refer to GP", "Adult mental health", "N"),
   N("Child", "Emotional and behavioural development", "Needs counselling", "", 2, "", "School counsellor", "", "P")],
  [S(YC, "", "Yes", "Y")],
  2, "Y")

C("t307", P, True, "Helen Maddox", "Children's social care", 15, "F", "Mx", "N", "CIN", "N8",
  "Keira lives with her mother, who is dependent on alcohol and has been for most of Keira's life; her father died when she was six. Her mother drinks from mid-morning and is often unwell by the evening. Keira manages the household: she shops, pays the electricity on the key, cleans up after her mother and has called an ambulance twice this year when her mother fell. She is in Year 11 and her attendance has fallen to 70%. She is fiercely loyal and fears that telling anyone will mean being taken into care.",
  [N("Child", "Emotional and behavioural development", "Keira needs to be reassured, concretely and repeatedly, that asking for help will not mean being removed from her mother, so that she can be honest with the adults around her.",
     "She will keep hiding the extent of what she does, and the risks at home will only become known in a crisis.", 3,
     "Keira tells her worker when things are bad rather than after.", "A consistent worker over time; clear explanation of the plan.", "Young carers worker", "P"),
   N("Mother", "Health", "Her mother needs to reduce and ideally stop drinking, with a medically supervised detox if she wants one, so that she can take back the running of the house.",
     "Mother's health deteriorates; risk of serious injury or death from falls; Keira left alone.", 4,
     "Mother engaged with treatment and drinking less.", "Motivational work; community detox offer.", "Substance misuse service (adult)", "N"),
   N("Child", "Education", "Keira needs to sit her GCSEs this summer with the grades for the college course she wants (childcare).", "", 3,
     "Attendance above 85% and entered for exams.", "Mentor in school; catch-up sessions.", "School", "P")],
  [S(YC, "", "Yes", "P"), S(SW, "", "Yes", "P")],
  3, "P", "Could equally go with parental substance misuse - but she's a teenager, not a baby, and the caring is the need.")

C("t308", P, True, "Sue Tranter", "Children's social care", 8, "M", "W", "N", "CIN", "N2",
  "Brother (11) has Duchenne MD, now wheelchair user, needs hoisting. M single parent, back injury. Boy (8) helps w hoist, gets brother's meds, sleeps in M's room because brother's carers overnight sometimes. DCS involved w brother. No one looking at this boy.",
  [N("Child", "Family and social relationships", "time w M on his own - everything revolves round brother", "resentment, low self worth", 2, "1 afternoon/wk just him + M", "short breaks for brother would free M", "DCS short breaks", "N"),
   N("Child", "Basic care", "not to be lifting/hoisting - he's 8", "injury to him or brother", 3, "stops hoisting", "OT review, 2 carer package", "ASC/OT", "N"),
   N("Child", "Emotional and behavioural development", "understand brother's illness is life limiting - he doesn't know", "", 3, "", "with M + palliative nurse", "", "N")],
  [S(DCS, "for brother", "Yes", "P"), S(YC, "", "Yes", "P")],
  3, "P", "sibling of disabled child - overlaps disability group")

C("t309", P, False, "Janet Okafor", "Early help", 16, "F", "W", "N", "EH", "N3",
  "Mother has agoraphobia and panic disorder and has not left the flat in over a year. The daughter (16) does all the shopping, collects prescriptions and deals with the landlord. She has a place at college for September but says she may not take it because her mother panics when she is out for long. Mother is on the waiting list for talking therapy.",
  [N("Mother", "Health", "Mother needs to be able to manage short periods alone without panicking, so that her daughter can go to college.",
     "Daughter gives up college; both become isolated together.", 3, "Mother manages a college day alone.", "Therapy at home or online; GP review.", "Adult mental health (Talking Therapies)", "N"),
   N("Mother", "Community resources", "Mother needs her shopping and prescriptions delivered so those jobs come off her daughter.", "", 2, "Deliveries set up.", "Pharmacy delivery; online shop.", "", "M"),
   N("Child", "Education", "Daughter needs to start college in September.", "", 3, "Enrolled.", "", "Young carers support", "P")],
  [S(YC, "", "Yes", "P")],
  3, "P")
