from _common import N, S, case, P_A, P_B, P_C, P_E

PATTERN = P_A

CASES = [

case("A01", "T", 8, "Male", "White", "No", "Child in need", "N1 Abuse or neglect",
     "Mum + 3 children (8, 5, 18mths). Long hx of DA from ex-p (F of all 3), he left after police call-out and is on bail not to contact. "
     "CP plan stepped down to CIN at last RCPC. 8yo now hitting mum + sibs, tantrums at bedtime, sch say he is 'jumpy' in class. "
     "Mum says she is coping but house chaotic since he went, never had to manage money on her own.",
     [N("Child", "Emotional and behavioural development",
        "8yo to be able to say what he saw/heard at home w/out getting in trouble for it",
        "aggression escalates, likely excl from sch + copies F's behaviour", "3 Serious",
        "fewer incidents at home, mum reports calmer bedtimes", "direct work SW + DA recovery group",
        "Children's domestic abuse recovery", "Partly met"),
      N("Mother", "Guidance and boundaries",
        "mum to set + hold routines w/out shouting - she freezes when he kicks off",
        "kids run the house, mum loses confidence", "3 Serious",
        "consistent bedtime routine most nights", "FSW in home 6 wks",
        "Early help family support", "Partly met"),
      N("Mother", "Income",
        "mum to manage UC + bills on own, F controlled all money",
        "arrears, poss eviction", "2 Moderate", "", "",
        "Welfare and debt advice", "Not met")],
     [S("Social work (child in need or protection)", "Ferrowdale CSC Assessment and Intervention Team 2", "Yes", "Partly"),
      S("Children's domestic abuse recovery", "Rainbridge Children's Group", "Yes", "Yes")]),

case("A02", "B", 6, "Female", "White", "No", "Early help", "N4 Family in acute stress",
     "I have been working with Leanne since she came out of the refuge and into her new flat in Dunmarsh, which she was very grateful for but which is a long way from her own mum and her friends and she does not know a single person on the estate. "
     "Leanne told me that she still jumps every time a car pulls up outside and she has not been sleeping more than a few hours a night, and she has stopped going to the school gate because she is convinced one of the other mums knows him. "
     "She is a very loving mum to Poppy and you can see the bond between them, but she admits she is not herself and she has been keeping Poppy off on the days she cannot face going out. "
     "Poppy is six and is a quiet little girl who is doing alright at school according to her teacher but her attendance has dropped. "
     "Leanne has said to me more than once that getting away from him was the easy bit compared to this.",
     [N("Mother", "Family's social integration",
        "Leanne needs to have one or two people locally that she trusts and can call on, because at the moment she has nobody at all and it is making her more frightened and more stuck indoors",
        "Leanne will become more isolated and low and it will be Poppy who misses out on school and friends", "2 Moderate",
        "Leanne going to the Tuesday group at the family hub most weeks and to have made a friend there",
        "I will go with her the first couple of times until she feels comfortable",
        "Family hub or children's centre", "Partly met"),
      N("Mother", "Ensuring safety",
        "Leanne needs to feel confident that she knows what to do if he does turn up, and that the police and her housing officer know her situation",
        "she will stay frightened and the fear is what is keeping her in", "3 Serious",
        "a safety plan that Leanne can explain back to me in her own words",
        "IDVA to go over the safety plan again with her, housing to fit the extra locks they promised",
        "Domestic abuse support (victim)", "Met"),
      N("Child", "Education",
        "Poppy needs to be in school every day and not kept at home when her mum is having a bad day",
        "", "2 Moderate", "attendance back over 95 per cent",
        "school and me to agree a plan with Leanne for the bad days, maybe a neighbour or the breakfast club",
        "Early help family support", "Partly met")],
     [S("Early help family support", "Ferrowdale Early Help (South)", "Yes", "Partly"),
      S("Domestic abuse support (victim)", "Harbourlight DA Service", "No", "Yes")]),

case("A03", "H", 1, "Male", "Asian or Asian British", "No", "Child in need", "N1 Abuse or neglect",
     "Infant aged fourteen months, lives with his mother and maternal grandmother. "
     "Mother disclosed at the new birth visit that her husband had been physically and emotionally abusive throughout the pregnancy; he has since returned abroad and there has been no contact for several months. "
     "Mother now reports intrusive memories, poor sleep and hypervigilance, and her GP has prescribed medication for low mood. "
     "The infant is thriving physically and meeting his milestones, although mother describes him as unsettled and finds his crying hard to tolerate because it reminds her of the arguments. "
     "Grandmother provides a good deal of practical care but speaks limited English and is not aware of the full history. "
     "Mother's right to remain in the country was tied to the marriage and this is a major source of anxiety for her.",
     [N("Mother", "Emotional warmth",
        "Mother needs to be able to stay calm and responsive when the infant cries, rather than withdrawing from him.",
        "The attachment relationship may be compromised at a critical stage, with longer-term effects on the infant's ability to regulate his emotions.",
        "3 Serious",
        "Mother able to soothe the infant within a few minutes on most occasions, as observed at home visits.",
        "Health visitor to undertake video interaction guidance; advice sought from the perinatal mental health team.",
        "Health visiting or school nursing", "Partly met"),
      N("Mother", "Health",
        "Mother needs her intrusive memories and hypervigilance to reduce to a level at which she can sleep and leave the house alone.",
        "Mother's mental health is likely to deteriorate further, reducing her availability to the infant.",
        "3 Serious", "Mother reports sleeping at least five hours most nights and going out alone with the pram.",
        "GP review of medication; trauma-focused psychological work through adult services (waiting list).",
        "Adult mental health", "Not met"),
      N("Mother", "Income",
        "Mother needs a secure basis to remain in the country, independent of her husband, and access to benefits while this is resolved.",
        "Without income or status mother may feel she has no option but to return to her husband or his family.",
        "3 Serious", "Application lodged with specialist legal advice; interim financial support in place.",
        "Specialist immigration advice arranged through the domestic abuse service.",
        "Domestic abuse support (victim)", "Partly met")],
     [S("Health visiting or school nursing", "Ferrowdale 0-19 Service (Health Visiting)", "Yes", "Yes"),
      S("Domestic abuse support (victim)", "Harbourlight DA Service", "Yes", "Partly")],
     hard=True, alt=P_B),

case("A04", "P", 11, "Female", "White", "No", "Child in need", "N1 Abuse or neglect",
     "Pupil is in Year 7 and transferred from a feeder primary where her attendance was good. "
     "Attendance this year currently stands at 71%, which places her in the persistent absence cohort, and the pattern is predominantly Monday and Friday absence. "
     "At the Stage 2 attendance meeting mother disclosed that father left the home following an incident of domestic abuse over the summer holiday and that the pupil has since become very reluctant to leave her. "
     "Pupil told the Head of Year that she needs to 'check mum is OK' and has on two occasions left the site at lunchtime without permission. "
     "A referral was made to the Front Door and the case was allocated for a child and family assessment. "
     "Father has applied to the family court for contact and the pupil is aware of this.",
     [N("Child", "Education",
        "Pupil to attend school on at least nine sessions out of ten and remain on site for the full school day.",
        "Attendance is likely to fall below 50%, and escalation to legal intervention would not address the underlying cause.",
        "2 Moderate", "Attendance above 90% by the end of the next half term.",
        "Attendance support plan with phased return; Head of Year check-in at the start of each day.",
        "Educational support (SENCo, educational psychology)", "Partly met"),
      N("Child", "Emotional and behavioural development",
        "Pupil needs to be able to separate from mother in the morning without panic, knowing that mother is safe during the day.",
        "Separation anxiety is likely to become entrenched and generalise beyond school.",
        "3 Serious", "Pupil arrives and settles in registration without contacting home on most days.",
        "Pastoral mentor sessions weekly. Place requested on the children's recovery group (waiting list).",
        "Children's domestic abuse recovery", "Not met"),
      N("Mother", "Ensuring safety",
        "Mother to understand how the pupil's worries about her safety are affecting attendance and to give consistent messages about going to school.",
        "", "2 Moderate", "", "Social worker and Head of Year joint meeting with mother.",
        "Social work (child in need or protection)", "Partly met")],
     [S("Social work (child in need or protection)", "Ferrowdale CSC Assessment and Intervention Team 1", "Yes", "Partly"),
      S("Educational support (SENCo, educational psychology)", "Ollerby High School inclusion team", "Yes", "Partly")]),

case("A05", "B", 13, "Male", "Mixed", "No", "Early help", "N4 Family in acute stress",
     "Mum (Sharon) was with the children's dad for nearly fifteen years and she says he never hit her but he controlled everything, the money, who she saw, what she wore, and she only realised it was abuse when she did a course at the family hub. "
     "He moved out last year after she finally told him to go and she has been trying to get her life back, she has got a part time job now which she is really proud of. "
     "The difficulty is that Tyler who is thirteen has taken his dad's side and speaks to her exactly the way his dad used to, calling her names and telling her she is useless, and last month he pushed her against the kitchen door when she took his phone off him. "
     "Sharon says it is like living with his dad all over again and she cannot bring herself to put any rules in place because she is frightened of him kicking off. "
     "Dad has Tyler every other weekend and Sharon thinks he is saying things about her. "
     "The younger girl is nine and is very quiet and stays in her room.",
     [N("Mother", "Guidance and boundaries",
        "Sharon needs to be able to say no to Tyler and stick to it without being frightened, because at the moment he is running the house the way his dad did",
        "Tyler's behaviour will get worse and he will grow up thinking this is how you treat women, and as he gets bigger it could turn into proper violence against her",
        "3 Serious", "Sharon able to hold two or three house rules that she has chosen, even when Tyler pushes back",
        "non-violent resistance work with me and the family hub worker",
        "Parenting programme", "Partly met"),
      N("Child", "Family and social relationships",
        "Tyler needs to understand that what went on between his mum and dad was not his mum's fault and that he can love his dad without treating his mum like that",
        "", "3 Serious", "",
        "he would benefit from someone outside the family working with him, he will not talk to me or his mum",
        "Children's domestic abuse recovery", "Not met"),
      N("Sibling", "Emotional and behavioural development",
        "his sister needs somebody to notice her, she is very withdrawn and gets forgotten about with everything going on with Tyler",
        "", "2 Moderate", "", "",
        "Children's domestic abuse recovery", "Not met"),
      N("Mother", "Employment",
        "Sharon needs to keep her job, it is the one thing that is going right for her and it is good for her confidence",
        "", "1 Low", "", "", "Other", "Met")],
     [S("Early help family support", "Ferrowdale Early Help (North)", "Yes", "Partly"),
      S("Parenting programme", "Wrenholt Family Hub", "Yes", "Partly")],
     hard=True, alt=P_E),

case("A06", "T", 15, "Female", "Black or Black British", "No", "Child protection plan", "N1 Abuse or neglect",
     "Mum + 15yo + 2 younger (6, 4). Ex-p (F of younger 2, not of 15yo) left approx 1 yr ago after serious assault, criminal case ongoing. "
     "Post-sep abuse via contact handovers + msgs to the 15yo on social media. "
     "15yo refusing sch on contact days, superficial cutting disclosed to sch nurse. "
     "CP plan (emotional) due to ongoing exposure. Mum protective, engaging, exhausted.",
     [N("Child", "Emotional and behavioural development",
        "YP to have ways to manage distress other than cutting + one adult she trusts to tell when it gets bad",
        "escalating SH", "3 Serious", "no SH disclosed for 3 mths",
        "CAMHS triage done, sch nurse weekly", "Child and adolescent mental health (CAMHS)", "Partly met"),
      N("Parent or carer", "Ensuring safety",
        "contact handovers to happen w/out mum or YP seeing or hearing from him",
        "continued abuse by proxy, 15yo stays in middle", "3 Serious", "",
        "SW s7 report recommends supervised handover at contact centre",
        "Social work (child in need or protection)", "Partly met"),
      N("Sibling", "Family and social relationships",
        "younger 2 to have predictable contact w/ F that doesn't involve them carrying msgs",
        "", "2 Moderate", "", "", "Social work (child in need or protection)", "Not met")],
     [S("Social work (child in need or protection)", "Ferrowdale CSC Safeguarding Team 1", "Yes", "Partly"),
      S("Child and adolescent mental health (CAMHS)", "Ferrowdale CAMHS", "Yes", "Partly"),
      S("Domestic abuse support (victim)", "Harbourlight DA Service", "Yes", "Yes")]),

case("A07", "H", 3, "Female", "White", "No", "Early help", "N4 Family in acute stress",
     "Child aged three, lives with her mother and brother (seven) in temporary accommodation after the mother left an abusive partner, who is the father of both children. "
     "The family have been placed in a single room in a hostel in a neighbouring district for several months, which has meant a change of GP and the loss of the child's nursery place. "
     "Her two-year review is overdue; at the last contact she had limited expressive language, and mother reported frequent night waking and distress at loud noises. "
     "Mother presents as organised and protective but describes herself as 'running on empty'. "
     "There is no current contact with the father and a non-molestation order is in place.",
     [N("Child", "Education",
        "The child needs daily opportunities to play and talk with other children and adults in an early years setting, which the hostel room cannot provide.",
        "Her language delay is likely to widen before school entry.", "2 Moderate",
        "Funded early education place taken up; child using two- to three-word phrases at review.",
        "Health visitor to complete the developmental review and support an application for a funded place near the hostel.",
        "Family hub or children's centre", "Not met"),
      N("Whole family", "Housing",
        "The family needs settled accommodation with enough space for the children to sleep undisturbed, within reach of school and nursery.",
        "Continued disruption to schooling, health care and the children's sleep.", "3 Serious",
        "Offer of settled accommodation accepted.", "Housing options to review priority in light of domestic abuse.",
        "Housing support", "Not met"),
      N("Mother", "Emotional warmth",
        "Mother needs to understand the child's night-time distress and startle responses as a reaction to what she has lived through, and to respond with consistent comfort.",
        "", "2 Moderate", "Fewer night wakings reported over a month.",
        "Health visitor sleep and settling plan, with explanation of trauma responses in young children.",
        "Health visiting or school nursing", "Partly met")],
     [S("Health visiting or school nursing", "Ferrowdale 0-19 Service (Health Visiting)", "Yes", "Yes"),
      S("Housing support", "Ferrowdale Housing Options", "Yes", "No")]),

case("A08", "B", 10, "Male", "White", "No", "Child in need", "N4 Family in acute stress",
     "Mum (Gemma) was badly hurt by her ex-partner and he is now on remand waiting for his trial, and she is going to have to give evidence which is all she can think about at the moment. "
     "Since he was arrested Gemma has gone right downhill, she is on antidepressants and some days she does not get dressed, and she told me she keeps going over and over what happened and blaming herself for not leaving sooner. "
     "Liam who is ten has been getting himself up and out to school and making toast for his little sister, and his teacher says he is very grown up but very tired. "
     "Gemma's mum lives in another town and phones every day but cannot get over often. "
     "Gemma is frightened of what will happen if he is found not guilty.",
     [N("Mother", "Health",
        "Gemma needs to be able to get up in the morning and get through the day, at the moment most days she cannot",
        "the children will be more and more left to look after themselves", "3 Serious",
        "Gemma up and dressed and doing the school run at least three days a week", "GP review and the wellbeing service",
        "Adult mental health", "Partly met"),
      N("Mother", "Ensuring safety",
        "Gemma needs to feel prepared for giving evidence and know what protection she will have in court and after if he is released",
        "she may pull out of the trial and then she will never feel safe", "3 Serious", "",
        "IDVA and the witness service", "Domestic abuse support (victim)", "Partly met"),
      N("Child", "Family and social relationships",
        "Liam needs to stop doing the jobs his mum should be doing, like getting his sister ready, and have time to be a ten year old with his friends",
        "", "2 Moderate", "", "", "Early help family support", "Not met")],
     [S("Social work (child in need or protection)", "Ferrowdale CSC Assessment and Intervention Team 1", "Yes", "Partly"),
      S("Adult mental health", "Ferrowdale Wellbeing Service", "Yes", "Partly"),
      S("Domestic abuse support (victim)", "Harbourlight DA Service", "Yes", "Yes")],
     hard=True, alt=P_B),

case("A09", "T", 12, "Male", "Asian or Asian British", "No", "Child in need", "N1 Abuse or neglect",
     "Mum + 3 boys (12, 9, 5). F moved out after DA incident (non-fatal strangulation, NFA by police as mum withdrew statement). "
     "Mum now separated, says she won't go back but under pressure from both sides of wider family to reconcile. "
     "12yo withdrawn, stopped going to mosque + football, sch say grades dropped this yr. "
     "Mum speaks good English, works part time, v isolated since separation.",
     [N("Mother", "Wider family",
        "mum to hold her position w/ extended fam + not be pushed back into the rel",
        "reconciliation = high risk given strangulation hx", "4 Very serious", "",
        "IDVA, SW to meet w/ mat grandparents if mum agrees", "Domestic abuse support (victim)", "Partly met"),
      N("Child", "Emotional and behavioural development",
        "12yo to get back to things he enjoyed + have space to talk about F", "", "2 Moderate", "", "",
        "Children's domestic abuse recovery", "Not met"),
      N("Mother", "Family's social integration",
        "mum to have a network of her own outside the family", "", "2 Moderate", "", "",
        "Family hub or children's centre", "Not met")],
     [S("Social work (child in need or protection)", "Ferrowdale CSC Assessment and Intervention Team 2", "Yes", "Partly"),
      S("Domestic abuse support (victim)", "Harbourlight DA Service (IDVA)", "Yes", "Yes")]),

case("A10", "P", 9, "Male", "White", "Yes", "Early help", "N5 Family dysfunction",
     "Pupil is in Year 5 and has a diagnosis of ADHD; he is on the SEN register at SEN Support and does not have an EHCP. "
     "Since the start of the autumn term there have been eleven recorded incidents of physical aggression towards staff and peers, resulting in two suspensions. "
     "Mother informed the DSL that father, who left the family home last year following domestic abuse, has recently resumed contact and that the pupil returns from contact unsettled and angry. "
     "Staff report that incidents cluster at the start of the week. "
     "Mother attends all meetings and reports that behaviour at home is 'manageable except after his dad's'. "
     "An Early Help Assessment has been completed by the school and a Team Around the Family meeting held.",
     [N("Child", "Emotional and behavioural development",
        "Pupil to be able to recognise and manage feelings of anger on return from contact without harming others.",
        "Further suspensions are likely, with a risk of permanent exclusion.", "3 Serious",
        "Recorded incidents reduced by half over one term.",
        "Nurture group placement; named key adult; children's recovery group when a place becomes available.",
        "Children's domestic abuse recovery", "Not met"),
      N("Child", "Education",
        "Pupil requires a consistent and structured start to each week with his key adult.",
        "", "2 Moderate", "Monday morning check-in in place and recorded.", "Class teacher and teaching assistant.",
        "Educational support (SENCo, educational psychology)", "Met"),
      N("Parent or carer", "Family history and functioning",
        "Parents to agree contact arrangements that do not expose the pupil to adult conflict.",
        "", "2 Moderate", "", "Early help worker to explore a family meeting with both parents.",
        "Family group conference", "Not met")],
     [S("Early help family support", "Ferrowdale Early Help (Central)", "Yes", "Partly"),
      S("Educational support (SENCo, educational psychology)", "Fernlow Primary SENCo", "Yes", "Partly")]),

case("A11", "H", 0, "Female", "White", "No", "Child protection plan", "N1 Abuse or neglect",
     "Infant aged four months, the only child of a nineteen-year-old mother who was herself looked after as a teenager. "
     "The father was convicted of assaulting the mother during the pregnancy and the relationship ended before the birth. "
     "The infant was made subject to a child protection plan at birth under the category of emotional abuse, because of concern that the mother might resume the relationship. "
     "Mother has maintained the separation and has engaged with every visit. "
     "She is anxious about being judged, has no adult she can talk to about what happened, and although she has blocked the father she still receives messages from his friends.",
     [N("Mother", "Family history and functioning",
        "Mother needs to understand the patterns of the relationship she was in, so that she can recognise controlling behaviour early in any future relationship.",
        "Mother is at risk of a further abusive relationship, exposing the infant to harm.", "3 Serious",
        "Mother can describe warning signs of coercive control and her own safety plan.",
        "Group work for young women through the domestic abuse service.",
        "Domestic abuse support (victim)", "Partly met"),
      N("Mother", "Family's social integration",
        "Mother needs a small number of trusted adults, of her own choosing, with whom she can talk through worries about the baby and her past.",
        "Isolation increases the pull back towards the father and his network.", "2 Moderate",
        "Mother attends a young parents' group regularly.", "Family hub young parents' group; personal adviser from the leaving care team to be involved.",
        "Family hub or children's centre", "Partly met"),
      N("Child", "Health",
        "The infant needs her growth monitored closely, as her weight gain has been slower than expected.",
        "", "2 Moderate", "Weight tracking along the 25th centile.", "Fortnightly weighing at clinic.",
        "Health visiting or school nursing", "Met")],
     [S("Social work (child in need or protection)", "Ferrowdale CSC Safeguarding Team 2", "Yes", "Yes"),
      S("Health visiting or school nursing", "Ferrowdale 0-19 Service (Health Visiting)", "Yes", "Yes"),
      S("Domestic abuse support (victim)", "Harbourlight DA Service", "Yes", "Partly"),
      S("Family hub or children's centre", "Wrenholt Family Hub", "Yes", "Partly")]),

case("A12", "J", 16, "Female", "White", "No", "Early help", "N4 Family in acute stress",
     "ive known kayleigh since she was 13 from the youth club on wrenholt. her dad was really violent to her mum for years and she was the one who rang the police the last time, hes gone now and not alowed back at the house. "
     "she says she cant stop thinking about that night and dosent sleep, shes stopped going to college cos she cant concentrate. "
     "her and her mum are arguing loads cos mum lets the little ones see there dad at his mums house and kayleigh thinks thats wrong. "
     "shes not in any trouble or anything she just seems really flat",
     [N("Child", "Emotional and behavioural development",
        "she needs to talk to someone about that night properly, not just me on a friday",
        "shell get more down and drop out of everythink", "3 Serious", "", "",
        "Children's domestic abuse recovery", "Not met"),
      N("Child", "Education",
        "get back into college or find a course that works for her", "", "2 Moderate",
        "back on a course by after christmas", "me and her PA from college",
        "Youth work", "Partly met"),
      N("Whole family", "Family and social relationships",
        "her and mum to be able to talk about the contact thing without it ending in a row", "", "2 Moderate", "", "",
        "Early help family support", "Not met")],
     [S("Youth work", "Wrenholt Youth Project", "Yes", "Yes")]),

case("A13", "C", 14, "Male", "White", "No", "Other", "N6 Socially unacceptable behaviour",
     "14 yr old on a Referral Order for ABH on another pupil. "
     "Witnessed DA by dad against mum for years, dad got a prison sentence for it and is due out soon, young person says he wants to live with him when he's out. "
     "Lots of fights in school, 2 suspensions this year. "
     "Not involved with any groups or older lads that we know of. "
     "Mum engaging well, says he is turning into his dad.",
     [N("Child", "Emotional and behavioural development",
        "Needs anger management sessions.", "More violence, custody eventually", "3 Serious",
        "Completes programme", "YJS case worker weekly", "Youth justice", "Partly met"),
      N("Child", "Health",
        "Needs CAMHS for trauma.", "", "3 Serious", "", "Referral made, not accepted - told to reapply after Referral Order",
        "Child and adolescent mental health (CAMHS)", "Not met"),
      N("Mother", "Ensuring safety",
        "Mum needs DA support before dad is released.", "", "3 Serious", "", "",
        "Domestic abuse support (victim)", "Not met"),
      N("Child", "Family and social relationships",
        "Needs a mentor - positive male role model.", "", "2 Moderate", "", "",
        "Youth work", "Not met")],
     [S("Youth justice", "Ferrowdale Youth Justice Service", "Yes", "Partly")],
     hard=True, alt=P_C),

case("A14", "T", 6, "Female", "Mixed", "No", "Closed", "N1 Abuse or neglect",
     "Closed to CSC after 6 wks CIN. F (DA perp) left, mum + child moved in w/ mat gran. "
     "Case closed as 'risk reduced'. "
     "Sch now raising concern - child (6) soiling, clingy, v anxious about going home in case 'daddy's there'. "
     "No services open. Mum has new p - checks done, nil known.",
     [N("Child", "Emotional and behavioural development",
        "child to feel secure at home + sch + know F is not coming back", "anxiety + regression continue", "2 Moderate", "", "",
        "Children's domestic abuse recovery", "Not met"),
      N("Child", "Self-care skills",
        "soiling to stop - GP/sch nurse check + toileting plan", "", "2 Moderate", "", "",
        "Health visiting or school nursing", "Not met"),
      N("Mother", "Emotional warmth",
        "mum to see child's behaviour as reaction to DA not 'naughtiness'", "", "2 Moderate", "", "",
        "Early help family support", "Not met")],
     []),
]
