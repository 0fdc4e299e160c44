from common import N, case
PATTERN = "P1"
CASES = [
case("A1", "5-9", "M", "W", "CIN", "N1",
 "CIN. Mum fled DV from ex-p (father of both ch) in Feb, now in 2-bed HA flat via refuge move-on. "
 "Non-mol in place. Ex-p has applied for contact (C100), Cafcass s7 report pending. "
 "J (8) wetting at night, refusing school on Mondays after weekend phone calls from dad. "
 "Mum anxious, GP started sertraline. No police callouts since separation. Sib (4) at nursery, no concerns.",
 [N("C", "EBD", "J needs to understand that what happened between his parents was not his fault and be able to talk about dad without getting distressed.", 3,
    "J talks about dad with Mum or a trusted adult without wetting/refusing school after calls.",
    "Direct work SW (wk 1-6), then children's DA recovery group when place available.", "P"),
  N("M", "FH", "Mum needs to feel confident to say no to ex-p over arrangements for the ch and to use the non-mol when he turns up.", 3,
    "Mum reports breaches to police; arrangements go through solicitor/Cafcass only.",
    "IDVA (Larkspur) - safety plan + court support.", "P"),
  N("C", "EDU", "J needs to be in school on Mondays.", 2,
    "Attendance >95% this half term.", "School + SW, calls to be moved off Sunday nights.", "N")],
 ["SW", "DAV"], ["SW", "DAV", "CDAR"], 3),

case("A1", "5-9", "M", "W", "CIN", "N1",
 "CPP ended 3/12 ago, stepped down to CIN. Dad (perp) bailed then convicted - 18/12 suspended + DAPP requirement; "
 "no contact condition. Mum + 3 ch still in same house - she wants to move, says every room reminds her. "
 "Eldest (13) has taken on 'man of the house' role, checks locks at night, won't go out with friends. "
 "Index child (9) hitting out at Mum, uses dad's words ('you're pathetic'). Mum: 'I'm not the same person I was.'",
 [N("C", "EBD", "Needs to stop hitting Mum and find other ways to show when he is angry or frightened.", 3,
    "No incidents of hitting Mum for 8 wks; can name feelings.", "SW direct work; DA recovery group for 7-11s.", "N"),
  N("S", "FSR", "Eldest needs to go back to being a 13 yr old - seeing friends, leaving the worrying about the house to the adults.", 2,
    "Out with friends at least weekly.", "", "N"),
  N("M", "GB", "Mum needs to rebuild her confidence as a parent so she can set limits without feeling she is 'being like him'.", 3,
    "Mum sets and keeps bedtime/screen rules.", "Freedom programme then 1:1 with IDVA.", "P"),
  N("W", "HOU", "Family need to move to a home that does not hold the memories of the abuse.", 2,
    "Management transfer agreed.", "Housing - management transfer letter from SW.", "N")],
 ["SW", "DAV", "DAP"], ["SW", "DAV", "CDAR", "HS"], 3),

case("A1", "10-15", "F", "A", "CIN", "N4",
 "Referral from police after s.47 last yr, NFA'd to CIN. Mum left Dad after 12 yrs coercive control - he managed all the money, "
 "her phone, who she saw. He left the family home in Oct. Financial abuse continuing: stopped paying mortgage, joint acct emptied, "
 "Mum has no credit history in own name. C (11) Y7 at Kingsmere, quiet, v anxious about money, keeps asking Mum if they will lose the house. "
 "UC claim made, Mum working 16 hrs at a pharmacy. Maternal family supportive but Mum ashamed to tell them.",
 [N("M", "INC", "Mum needs money in her own name and to know what she is entitled to so she can pay for food and bills without asking him.", 3,
    "Own bank acct, UC in payment, child maintenance via CMS.", "Welfare rights + IDVA re economic abuse.", "N"),
  N("W", "HOU", "Family need to know whether they can stay in their home.", 3,
    "Mortgage lender aware; occupation order / agreement in place.", "Solicitor (legal aid - DA evidence letter from SW).", "N"),
  N("C", "EBD", "C needs to stop carrying the family's money worries and trust that the adults have it in hand.", 2,
    "C no longer raising money with Mum daily; school report settled.", "", "K")],
 ["SW"], ["SW", "WDA", "HS", "DAV"], 3,
 "Money and housing loss, but the cause is post-separation economic abuse (close to P9)."),

case("A2", "5-9", "M", "W", "EH", "N0",
 "He is in Year 2. Since Christmas his behaviour in class has changed: he can't settle after lunch, hides under the table when voices are raised "
 "(even in play) and has twice run out of the classroom. Mum told his class teacher that Dad no longer lives at home and there is a court order. "
 "Dad has supervised contact on Saturdays and Mondays are very hard. He is bright and his reading is at the expected level. "
 "Mum is keen to work with school but says she 'can't cope with another phone call'.",
 [N("C", "EBD", "He needs to be able to stay in the classroom when it is noisy and have a way of telling an adult when he feels frightened.", 2,
    "Stays in class all afternoon; uses his 'time out' card instead of running.", "ELSA sessions weekly, calm corner in class.", "P"),
  N("C", "EDU", "He needs a calm start on Mondays so he can learn.", 2,
    "Settled by 9.15 on Mondays.", "Meet and greet with TA on Mondays.", "M"),
  N("M", "EW", "Mum needs to understand how what he saw at home is showing up in his behaviour, and to hear what is going well as well as the difficulties.", 2,
    "Mum and class teacher have a fortnightly positive check-in.", "Class teacher + Early Help worker.", "P")],
 ["EDU", "EH"], ["EDU", "CDAR"], 2),

case("A2", "5-9", "F", "W", "EH", "N0",
 "Year 5 girl, lives with Mum and baby brother. Attendance has dropped to 86% this year - mostly lateness and Fridays. "
 "She told her teacher she doesn't like leaving Mum alone 'in case he comes back'. Mum disclosed to the office that her ex-partner had been violent "
 "and that he has been 'driving past'. Police are aware. She is a worrier - asks to phone home at lunchtime. She has stopped going to Brownies.",
 [N("C", "EDU", "She needs to be in school every day and on time.", 2, "Attendance back above 95%.", "Attendance lead + EH.", "N"),
  N("C", "EBD", "She needs to trust that other adults are looking after Mum while she is at school, so she can stop watching over her.", 3,
    "Stops asking to ring home; goes back to Brownies.", "", "N"),
  N("M", "ES", "Mum needs a plan for what she will do if he turns up, and one her daughter knows about.", 3,
    "Written safety plan; Mum knows how to report sightings.", "Larkspur Women's Aid outreach - school has referred.", "P")],
 ["EH", "DAV"], ["EH", "DAV", "CDAR"], 3,
 "Child 'watching over' Mum looks like young caring (P8), but what drives it is fear after the abuse."),

case("A2", "1-4", "M", "W", "OTH", "N0",
 "Reception boy. Speech is limited for his age and he is very physical with other children - pushing, grabbing toys - and shouts 'shut up' at adults. "
 "Mum is open that the family came to the area from a refuge in the summer after violence from the children's father. "
 "She is isolated: doesn't know anyone, no car, relies on us. He is dry at home but has accidents at school when he's stressed. "
 "His sister in Year 3 is quiet and compliant; no concerns about her learning.",
 [N("C", "EBD", "He needs to use words to ask for a turn instead of grabbing and pushing.", 2,
    "Fewer than 2 incidents a week by summer.", "Nurture group x3 a week.", "P"),
  N("C", "HEA", "He needs to build his speech so he can make himself understood.", 2, "", "SALT - on waiting list.", "N"),
  N("M", "FSI", "Mum needs people locally she can turn to so she is not alone with the children now she has left the refuge.", 2,
    "Mum attending a group at the family hub.", "Brookmere Family Hub stay and play / parent group.", "N"),
  N("S", "EBD", "His sister needs adults to notice her too - she may be hiding how she feels.", 2, "", "", "K")],
 ["EDU", "SLT"], ["SLT", "HUB", "CDAR", "DAV"], 2),

case("A3", "5-9", "F", "W", "EH", "N4",
 "I have been working with Mum and her two children (7 and 4) for four months under an Early Help Assessment. Mum separated from the children's father "
 "last year after a long relationship with a lot of control and some physical violence. He has the children every other weekend under a child arrangements order. "
 "Handovers are where it all flares up - he makes comments to Mum in front of the children and quizzes them about her new friends, and the 7 year old comes back "
 "unsettled and rude to Mum for two or three days. Mum is a lovely, caring parent who doubts herself all the time. The children's routines are really good and "
 "the home is warm and organised. Strengths: her own mum lives nearby, good friends from work.",
 [N("C", "EBD", "The 7 year old needs to come home from Dad's weekends without carrying messages and worries between the two houses.", 2,
    "Settles within a day of returning; Mum notices fewer rude outbursts.", "Feelings work with me (6 sessions).", "P"),
  N("M", "EW", "Mum needs to trust her own judgement as a parent again after years of being told she was useless.", 2,
    "Mum says she feels more confident; fewer calls to me for reassurance.", "Freedom Programme (completed).", "M"),
  N("W", "FH", "Handovers need to happen without the children seeing conflict between their parents.", 3,
    "Handovers at school or a contact centre.", "Mum to ask solicitor to vary the order; contact centre.", "N")],
 ["EH", "DAV"], ["EH", "DAV", "CDAR", "OTH"], 2),

case("A3", "10-15", "M", "W", "EH", "N4",
 "Referral through the front door after Mum called police when her ex-partner turned up drunk at the door - he's been gone six months. "
 "I met Mum at the family hub; she was clear she wants help 'with the kids, not with me'. Her son (10) is getting into trouble at school for fighting "
 "and has told Mum 'you made Dad leave'. He misses his dad and feels guilty. Mum is struggling with money since the separation - on her own with three "
 "children and the Universal Credit change of circumstances was delayed.",
 [N("C", "FSR", "He needs to understand why his dad left - that it wasn't his fault or Mum's - so he can stop blaming Mum.", 2,
    "Stops saying Mum made Dad leave; can talk about missing Dad.", "Direct work (me) and DA recovery group for his age.", "P"),
  N("C", "EDU", "He needs to stop fighting at school.", 2, "No exclusions this term.", "School pastoral.", "P"),
  N("M", "INC", "Mum needs her benefits sorted.", 2, "UC paid correctly.", "Welfare advice at the hub.", "M")],
 ["EH", "WDA"], ["EH", "WDA", "CDAR"], 2),

case("A3", "16 and over", "F", "MX", "EH", "N4",
 "Sixteen year old girl living with Mum. Mum's ex-partner (not her dad) was violent to Mum for about three years and the police were called many times. "
 "He was sent to prison in the spring; release date is next year. Since then her mood has been low, she has stopped going to college some days and she's angry with Mum "
 "for 'letting him in'. Mum feels it is over now he has gone and wants everyone to move on. They are arguing a lot and Mum says she 'doesn't recognise her'.",
 [N("C", "EBD", "She needs the chance to make sense of what she lived through for three years.", 3,
    "She can talk about it with someone without shutting down.", "Specialist young people's DA worker - none available locally for 16+.", "N"),
  N("M", "EW", "Mum needs to understand that her daughter's anger is about what happened, and to hear it without shutting it down.", 2,
    "", "Sessions with Mum (me).", "P"),
  N("W", "ES", "Mum and daughter need to plan together for when he is released.", 3,
    "Victim contact scheme in place; plan written together.", "Probation victim liaison + IDVA.", "N")],
 ["EH"], ["EH", "CDAR", "DAV"], 3,
 "Mother-daughter conflict (close to P6) and low mood (close to P4); the group kept it with recovery from abuse."),

case("A5", "under 1", "F", "W", "OTH", "N0",
 "Baby 7/12, 6-8 month review done as home visit. Mum disclosed at NBV that partner was controlling and hit her in pregnancy; he moved out after police involvement "
 "when baby 3/12 (heard at MARAC). Since then Mum alone with baby and a 3yo. Baby thriving - wt on 50th centile, imms UTD, dev on track. "
 "3yo: speech delay, poor sleep, nightmares, very clingy. EPDS 14 at last contact. Mum says she 'jumps at every knock'.",
 [N("M", "FH", "Mum needs to be able to sleep and not be on constant alert in her own home.", 3,
    "Mum reports sleeping through most nights; EPDS <10.", "Target hardening via IDVA; GP re mood.", "P"),
  N("S", "EBD", "3yo needs settled nights and to be able to be away from Mum for short periods.", 2,
    "Attends 2yr/3yr funded nursery place 2 sessions.", "Sleep advice; nursery place.", "P"),
  N("M", "EW", "Mum's low mood needs to lift so she can enjoy her baby.", 2, "", "HV listening visits x6.", "P")],
 ["HV", "DAV"], ["HV", "DAV", "HUB", "AMH"], 2),

case("A5", "10-15", "F", "W", "EH", "N0",
 "Referred to school nurse drop-in by Head of Year. 12yo with headaches and stomach aches most days, GP found no physical cause. "
 "Told me Mum and step-dad split up in the summer 'because he hurt Mum'. She still sees him on Sundays for tea at his mum's house. "
 "Says she is scared he will 'do it again to someone'. Sleeping badly, on phone until late looking at his social media.",
 [N("C", "HEA", "Needs to understand the link between her worries and the headaches/stomach aches, and have ways to calm her body.", 2,
    "Fewer visits to drop-in; fewer days sent home.", "School nurse 1:1 x4.", "P"),
  N("C", "EBD", "Needs a trusted adult to talk to about what she saw at home.", 2, "", "", "N"),
  N("C", "HEA", "Needs a sleep routine and phone off at night.", 1, "Phone out of room by 10pm.", "", "K")],
 ["HV"], ["HV", "CDAR"], 2,
 "Physical signs of worry like P4 cases; the worry comes from the abuse she saw at home."),

case("A7", "10-15", "M", "W", "OTH", "N0",
 "Y9 boy. Dad left the household after a serious assault on Mum in Y8 (police attended; Mum later withdrew her statement). "
 "Since then his behaviour points have tripled and he has had two suspensions for fighting, one where he said a boy 'disrespected my mum'. "
 "Very protective of Mum and his younger siblings. Mum attends every meeting and backs school. Dad has moved to another town but texts him "
 "regularly and has told him the family 'will be back together by Christmas'.",
 [N("C", "EBD", "Needs to manage his anger when he feels someone is disrespecting his family so that he stays in lessons.", 3,
    "No further suspensions; behaviour points halved.", "Pastoral mentor weekly.", "P"),
  N("C", "FSR", "Needs to know where he stands with his dad and not be drawn into promises about getting back together.", 2, "", "", "N"),
  N("M", "FH", "Mum needs to be clear with the children and with Dad about what contact there will be.", 2, "", "", "K")],
 ["EDU", "EH"], ["EDU", "CDAR", "DAV"], 3),

case("A7", "10-15", "F", "W", "EH", "N0",
 "Y10 girl referred by form tutor. Lives with Mum and Mum's new partner. Her father was violent to Mum throughout her childhood and Mum left when she was 11; "
 "she sees him at weekends by choice. She is now going out with a Y12 boy who checks her phone and tells her what to wear, and she says 'that's just what boys are like'. "
 "Attendance fine, grades slipping. Mum is worried and asked us for help.",
 [N("C", "FSR", "Needs to recognise controlling behaviour in her own relationship and know that it isn't normal.", 3,
    "Can name what a healthy relationship looks like; tells an adult if it gets worse.", "Healthy relationships sessions (pastoral).", "P"),
  N("C", "EBD", "Needs to make sense of growing up with her dad's violence.", 2, "", "", "N"),
  N("M", "EW", "Mum needs to talk to her about what happened at home without it turning into criticism of her dad that pushes her away.", 2, "", "", "N")],
 ["EDU"], ["EDU", "CDAR"], 3,
 "Teenage relationship abuse (close to P5); the need traced back to childhood domestic abuse."),

case("A4", "10-15", "M", "W", "OTH", "N3",
 "Client is a 34 yr old woman under CMHT for PTSD and depression following 10 years of domestic abuse by her former partner, who left the home last year and is subject "
 "to a restraining order. Two children (6 and 9) live with her. She describes nightmares and flashbacks, some triggered by her son's voice - 'when he shouts he sounds "
 "just like him' - and avoids leaving the house. Worries that she snaps at the children. Children attend school; no concerns reported to us by school.",
 [N("M", "FH", "Client needs her flashbacks and nightmares to reduce so she can respond to her son when he is loud without reliving the abuse.", 3,
    "PCL-5 score reduced; client reports fewer flashbacks.", "Trauma-focused CBT (waiting list 9 months).", "N"),
  N("C", "FSR", "Her son needs his mum to be able to see him as himself and not as his father.", 3, "", "", "N"),
  N("M", "FSI", "Client needs to be able to leave the house for the school run and ordinary activities.", 2, "", "Care coordinator graded exposure.", "P")],
 ["AMH"], ["AMH", "CDAR", "EH"], 3,
 "Written through the parent's mental health (close to P3); the care is not failing and the root is the abuse."),
]
