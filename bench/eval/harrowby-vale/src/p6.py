from common import N, case
PATTERN = "P6"
CASES = [
case("A3", "10-15", "M", "W", "EH", "N5",
 "Mum and her 14 year old son. Mum called police twice in a month after he pushed her into a door and broke the TV. He's bigger than her now. No history of violence in the family - "
 "Dad lives abroad, they split amicably when he was small. Rows start over his phone and bedtime and escalate fast. He's sorry afterwards. Behaves well at school and at his gran's.",
 [N("C", "EBD", "He needs to walk away when he's angry with Mum instead of using force.", 3, "No police callouts for 3 months.", "Adolescent-to-parent violence programme (Break the Cycle).", "P"),
  N("M", "GB", "Mum needs to set limits on the phone and bedtime in a way that doesn't end in a fight.", 3, "", "NVR sessions.", "P"),
  N("W", "FSR", "They need to rebuild some good times together.", 2, "", "", "N")],
 ["EH", "PP"], ["EH", "PP", "YW"], 3,
 "Violence to a parent with no family history of abuse (compare P1)."),

case("A3", "10-15", "F", "W", "EH", "N5",
 "Girl, 15, living with her dad and step-mum. She moved in with Dad 18 months ago after falling out with her mum. Now says she wants to go 'into care'. Constant rows about her boyfriend, "
 "curfew and 'attitude'. Step-mum has said 'it's her or me'. She's been sofa-surfing at friends' at weekends. Dad feels torn. School report no concerns and good grades.",
 [N("C", "STA", "She needs a home she can stay in.", 3, "Living at Dad's or Mum's by agreement.", "", "N"),
  N("W", "FH", "Dad, step-mum and daughter need house rules they've all agreed.", 3, "", "FGC requested.", "P"),
  N("C", "FSR", "She needs to repair her relationship with her mum.", 2, "", "", "N")],
 ["EH"], ["FGC", "IFI", "EH"], 3),

case("A3", "10-15", "M", "W", "EH", "N5",
 "Boy aged 13, adopted at 3 from care. His parents are experienced, calm people, but since Year 7 he has been aggressive at home, stealing from Mum's purse, smashing things and telling them "
 "they're 'not my real parents'. He found his birth mum on Facebook and messages her secretly. Parents say they're 'at breaking point'. Adoption Support Fund application pending.",
 [N("C", "ID", "He needs to make sense of his adoption and his birth family in a planned, safe way.", 3, "", "Life story work.", "N"),
  N("P", "EW", "Adoptive parents need to understand his behaviour in the light of his early trauma so they can keep going.", 3, "", "Therapeutic parenting group.", "P"),
  N("C", "EBD", "He needs to stop smashing things and stealing.", 3, "", "", "N")],
 ["EH", "OTH"], ["OTH", "CAMHS", "IFI"], 3,
 "Unusual: an adoptive family; the group grouped it with other breakdowns between parents and teenagers."),

case("A6", "10-15", "M", "W", "CIN", "N5",
 "YP 15 M. Kicked out by Mum after a fight last month (he punched a wall; she says he threatened her). Three nights at a mate's then came to The Forge. Presented as homeless - Housing Options "
 "passed to CSC (s17 assessment, joint protocol). Mum says he can come back 'when he learns some respect'. Older brother in prison. YP says Mum drinks but not sure how much.",
 [N("C", "STA", "Needs somewhere to live tonight and a plan to get back home or somewhere settled.", 4, "Back home or with family within 2 wks.", "SW / emergency placement option.", "P"),
  N("W", "FSR", "YP and Mum need to talk through what happened with someone neutral.", 3, "", "FGC / mediation.", "N"),
  N("C", "EBD", "Needs to handle his anger without punching walls or threatening.", 2, "", "", "N")],
 ["YW", "SW", "HS"], ["SW", "FGC", "IFI", "YW"], 4,
 "Homeless at 15 (close to P9) and a hint of Mum's drinking (P2); the family relationship is what broke."),

case("A6", "16 and over", "F", "W", "OTH", "N5",
 "YP (16, F). Mum's new partner moved in 6 months ago; YP won't be in the same room as him, stays out late, shouting matches most nights. She says he's 'controlling' about the house - "
 "asked carefully, no suggestion of abuse, she was clear. Mum says YP is 'jealous' and 'trying to split us up'. YP asked me about supported lodgings.",
 [N("C", "FSR", "Needs Mum to hear how she feels about the new partner.", 2, "", "", "N"),
  N("M", "EW", "Mum needs to listen without taking sides.", 2, "", "", "N"),
  N("C", "STA", "Needs to stay at home until she's ready to move out in a planned way.", 3, "", "", "N")],
 ["YW"], ["FGC", "EH", "YW"], 3),

case("A1", "10-15", "M", "W", "CIN", "N5",
 "s20 request from parents for 14 M. Repeated violence to Mum and younger sis (9) - sis told school she's scared of him. Dx ADHD, ?ASD (on pathway). Police x4 in 2 months. "
 "Edge of care - IFI team allocated, 12 wk intervention. Dad works away. Parents: 'we love him but we can't keep everyone safe'.",
 [N("C", "EBD", "Needs to stop hurting Mum and his sister when he's angry.", 4, "No police callouts for 8 wks.", "IFI.", "P"),
  N("S", "ES", "Sister needs not to be hurt or frightened at home.", 4, "", "Safety plan for sister.", "P"),
  N("P", "GB", "Parents need to be consistent with boundaries, esp when Dad is away.", 3, "", "IFI.", "P"),
  N("W", "STA", "Family need to stay together if at all possible.", 3, "", "", "P")],
 ["SW", "IFI"], ["SW", "IFI", "CAMHS", "SB"], 4,
 "ADHD with autism queried (close to P7); the group put it here because the violence and the request for care are the pressing need."),

case("A7", "10-15", "F", "W", "OTH", "N5",
 "Y9 girl. Says she hates being at home, Mum is 'always on at me'. Has turned up at school twice with a bag saying she isn't going home. Mum came in: daughter is rude, does nothing in the house, "
 "stays in her room on her phone and screams when asked to come off. Both in tears at the meeting. No safeguarding concerns when explored - 'she doesn't hit me or anything, she just doesn't get me'.",
 [N("C", "FSR", "Needs to feel listened to at home.", 2, "", "", "N"),
  N("M", "GB", "Mum needs to pick her battles and agree a few rules that stick.", 2, "", "", "N"),
  N("W", "FSR", "Mum and daughter need one calm conversation a day.", 2, "", "", "N")],
 ["EDU"], ["EH", "OTH"], 2),

case("A7", "16 and over", "M", "W", "OTH", "N5",
 "Y11 boy. Lives with Dad. Dad rang school to say he has 'had enough' - son staying out all night, smoking weed in the house, swore at him and squared up to him. Dad has told him he's out at 16. "
 "In school: capable, predicted 5s, but coursework not done. His mum died when he was 8.",
 [N("C", "STA", "Needs to be able to stay at home at least until after his GCSEs.", 3, "", "", "N"),
  N("F", "GB", "Dad needs rules he can stick to without it coming to a fight.", 3, "", "", "N"),
  N("C", "EBD", "May still need to grieve for his mum.", 2, "", "", "K")],
 ["EDU"], ["EH", "FGC", "SMY"], 3,
 "Bereavement (close to P4) and cannabis (P5); the pressing need was the breakdown with Dad."),
]
