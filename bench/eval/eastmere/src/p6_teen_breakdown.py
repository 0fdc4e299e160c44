from h import *
P = "Teen-parent breakdown"

C("t601", P, False, "kerry wootton", "School", 15, "F", "W", "N", "CIN", "N4",
  "yr 10 girl, came in on monday with her bags saying stepdad told her to get out and mum backed him. constant rows over her phone, her boyfriend, chores. staying at her friends now but friends mum says only till friday. she is upset but also says she is never going back",
  [N("Child", "Housing", "somewhere safe to sleep this week - friends mum cant keep her", "sofa surfing, older lads", 4, "", "children's services", "social care", "P"),
   N("Whole family", "Family and social relationships", "her and mum to be able to talk without stepdad in the middle, she thinks mum has picked him over her", "perminant breakdown", 3, "back home or regular contact w mum", "mediation, fgc", "", "N"),
   N("Child", "Education", "keep coming to school through all this - shes doing gcse's", "", 2, "", "", "school", "M")],
  [S(SW, "", "Yes", "P")],
  3, "P")

C("t602", P, False, "Sue Tranter", "Children's social care", 16, "M", "W", "N", "CIN", "N5",
  "Presented as homeless at housing options - M says can't live w him, aggressive, smokes weed in house, won't work/college. Housing passed to CSC (Southwark). Assessed CIN, offered s20 - declined, wants own flat. Staying w nan short term. Nan 74.",
  [N("Child", "Housing", "stable place to live that he'll stay in - nan can't keep him long term", "street homeless, exploitation", 4, "in supported lodgings or home w plan", "SW; housing joint protocol", "SW + housing", "P"),
   N("Child", "Employment", "back into college/training", "NEET", 2, "", "", "youth service / careers", "N"),
   N("Mother", "Family and social relationships", "M to keep door open - Sunday dinner", "", 2, "", "", "", "N")],
  [S(SW, "", "Yes", "P"), S(HOU, "youth homelessness", "Yes", "P")],
  3, "P", "16+ homeless protocol worked well here")

C("t603", P, False, "Helen Maddox", "Children's social care", 14, "M", "B", "N", "CIN", "N5",
  "Daniel has run to his aunt's home three times in two months after his father hit him with a belt for coming home late and for poor school reports. His father, who arrived in the UK as a young man, believes firm physical discipline is his duty and that English parents 'have lost control of their children'. His mother agrees with the rules but not the belt. Daniel is a capable student and a keen footballer; he says he loves his parents but will not go home if his father 'keeps beating' him. A section 47 enquiry concluded with a child in need plan.",
  [N("Father", "Guidance and boundaries", "Daniel's father needs to find ways of enforcing his rules that do not involve physical punishment, and to understand that hitting is against the law and is driving his son away.",
     "Daniel will leave home permanently, or the physical punishment will escalate into serious injury.", 3,
     "No further physical punishment reported by Daniel over six months; father can describe alternatives he uses.", "Culturally informed parenting work, with a respected community worker if father agrees.", "Social worker with community partner", "P"),
   N("Child", "Family and social relationships", "Daniel needs to be able to stay connected to both his parents and his aunt, with an agreed plan for where he goes when things get heated, rather than running at night.",
     "Running at night puts him at risk on the street.", 3, "A family plan agreed at a family group conference.", "Family group conference.", "Family group conference", "N"),
   N("Child", "Identity", "Daniel needs space to talk about growing up between two sets of expectations.", "", 2, "", "", "", "N")],
  [S(SW, "", "Yes", "P"), S(FGC, "", "Yes", "Y")],
  3, "P")

C("t604", P, False, "Gary Pryce", "Early help", 15, "F", "", "N", "EH", "N5",
  "Arguments between mum and daughter. Daughter refusing to follow rules. Mum wants her to live with dad.",
  [N("Whole family", "Family and social relationships", "Needs family mediation", "Breakdown", 3, "Improved relationship", "Refer to mediation", "Other", "N"),
   N("Whole family", "Wider family", "Needs an FGC", "", 2, "FGC held", "Refer", "Family group conference", "P"),
   N("Child", "Emotional and behavioural development", "Needs to engage with school counsellor", "", 2, "", "", "School", "P")],
  [S(EHFS, "", "Yes", "P")],
  2, "P")

C("t605", P, False, "Rhian Llewelyn", "Children's social care", 17, "F", "W", "N", "LA", "N4",
  "Seren came into care (s76) at 16 after things broke down with Mam's new partner in Ammanford - he moved in, there were rows, he told her she wasn't welcome. She's in supported lodgings in Llanelli with a lovely host. Mam rings her but won't visit without the partner. Seren is at Coleg Sir Gâr doing hair and beauty. Turns 18 in the spring.",
  [N("Child", "Family and social relationships", "Seren needs to see Mam on her own, without the partner, at least sometimes.", "Relationship with Mam fades; she feels replaced.", 3, "Monthly time with Mam alone.", "Personal adviser to broker.", "Leaving care PA", "N"),
   N("Child", "Stability", "Seren needs to stay with her host after 18 (When I Am Ready).", "Loses her home at 18.", 3, "Arrangement agreed.", "", "Leaving care", "P"),
   N("Child", "Income", "Budgeting - she's never had to pay bills.", "", 2, "", "", "", "N")],
  [S(FOS, "supported lodgings", "Yes", "Y"), S(SW, "16+ team", "Yes", "Y")],
  2, "Y")

C("t606", P, True, "Dave Harker", "Police", 14, "F", "W", "N", "CIN", "N6",
  "MFH reports x7 in 3 months, each following an argument with father at home (curfew, phone, school). Usually located next day at friend's or in park. 30/10 located 02:00 in car with two males aged 19 and 20, nothing further. Father has called police on her for criminal damage (bedroom door). Mother lives in Spain.",
  [N("Child", "Family and social relationships", "Girl needs to be able to stay at home after a row rather than leaving, and father needs to let her cool down rather than escalating.", "More missing episodes; older males.", 4,
     "Missing episodes reduce to none.", "Family work after each return home interview.", "Early help / social work", "N"),
   N("Child", "Ensuring safety", "Needs to avoid getting in cars with older males.", "Exploitation.", 4, "", "", "", "N"),
   N("Father", "Guidance and boundaries", "Father needs to stop calling police for household matters.", "", 2, "", "", "", "N")],
  [S(SW, "", "Yes", "P")],
  4, "N", "Early signs of exploitation; the driver is the home conflict.")

C("t607", P, False, "Janet Okafor", "Early help", 13, "M", "W", "N", "EH", "N5",
  "Mother has a new baby with her partner and says her 13-year-old son 'has changed completely'. He refuses to do anything asked of him, swears at her, and stays in his room gaming until 3am. Mother is exhausted from night feeds and has said in front of him that she wishes he would go and live with his father, who does not want him. The partner keeps out of it.",
  [N("Mother", "Emotional warmth", "Mother needs to understand that her son feels pushed out by the baby and to find ten minutes a day that is just his.",
     "The boy feels unwanted and the relationship breaks down; he may ask to leave or be pushed out.", 3, "Mother and son have some time together daily.", "Family worker to support mother; Non Violent Resistance if it escalates.", "Early help family support", "N"),
   N("Mother", "Guidance and boundaries", "Mother and her partner need to agree together on a few rules (gaming, bedtime) and hold them jointly.", "", 2, "Agreed rules written up.", "", "Parenting programme (teens)", "N"),
   N("Mother", "Health", "Mother needs sleep - she is not coping.", "", 2, "", "HV check for postnatal depression.", "Health visiting", "P")],
  [S(EHFS, "", "Yes", "P")],
  2, "P")

C("t608", P, False, "Sue Tranter", "Children's social care", 15, "F", "A", "N", "CIN", "N5",
  "Girl disclosed to school she's in a relationship w boy from different community; F + brothers found out, confiscated phone, not allowed out, threats that she'd be 'sent back home' to Pakistan for summer. M sympathetic but can't go against F. Girl wants to stay home if threats stop. HBA risk assessed medium.",
  [N("Child", "Ensuring safety", "not to be taken abroad against her will", "forced marriage, abandonment abroad", 4, "passport held, FMPO considered", "FMU advice, police", "SW + police", "P"),
   N("Child", "Family and social relationships", "to stay living at home w/out threats/confinement", "runs away, more serious HBA", 3, "", "work w M + F (sep), culturally competent", "SW", "N"),
   N("Child", "Identity", "somewhere to talk re her identity + choices, she feels torn", "", 2, "", "", "school counsellor", "P")],
  [S(SW, "", "Yes", "P")],
  4, "P", "")
