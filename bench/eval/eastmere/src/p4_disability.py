from h import *
P = "Disabled child, exhausted family"

C("t401", P, False, "Helen Maddox", "Children's social care", 12, "M", "W", "Y", "CIN", "N2",
  "Harvey is autistic with a pathological demand avoidance profile. He has not attended secondary school since October half term; the school cannot meet his needs and a specialist place has not been found. At home he becomes physically aggressive when demands are placed on him, and both parents have been injured (his mother's wrist was fractured in January). His younger sister, aged eight, has started sleeping at her grandmother's. His parents love him deeply, are well informed about autism, and are close to collapse; his father has been signed off work.",
  [N("Child", "Education", "Harvey needs a school place where adults understand demand avoidance and adapt to him, so that he has structure, learning and peers outside the family home.",
     "He will remain out of education indefinitely; the home becomes the only place for his distress, and aggression is likely to increase.", 4,
     "A named specialist placement with a transition plan, and Harvey attending some sessions each week.", "EHCP emergency review and consultation with specialist provision; interim tuition at home.", "SEND team and educational psychology", "N"),
   N("Parent or carer", "Ensuring safety", "His parents need a plan for managing his distress safely that reduces demands and injuries, drawn up with someone who knows PDA.",
     "Further injuries to parents; risk that the family can no longer care for him and he comes into care.", 4,
     "No injuries to parents over three months; parents report feeling they have a plan.", "Positive behaviour support with the learning disability/autism team.", "CAMHS learning disability and autism team", "P"),
   N("Sibling", "Family and social relationships", "His sister needs time at home where she is safe and can have friends over, and a space that is hers.",
     "She grows up away from her own home and frightened of her brother.", 3, "Sister sleeps at home most nights.", "Young carers/siblings group; short breaks for Harvey.", "Disabled children's service or short breaks", "N"),
   N("Whole family", "Stability", "The family need regular short breaks so they can rest.", "Placement breakdown, Harvey accommodated.", 4, "Overnight short break monthly.", "Short breaks assessment.", "Disabled children's service", "N")],
  [S(SW, "disabled children's team", "Yes", "P"), S(EDU, "", "Yes", "N")],
  4, "N", "The biggest gap is education; social care is managing the consequences.")

C("t402", P, False, "Gary Pryce", "Early help", 7, "M", "W", "NK", "EH", "N2",
  "Parents struggling with son's behaviour at home and school. Waiting for ADHD assessment. Parents tired.",
  [N("Child", "Health", "Needs an ADHD assessment", "No diagnosis", 2, "Diagnosis", "Chase paediatrics", "Community paediatrics", "N"),
   N("Parent or carer", "Stability", "Needs respite", "Parents burn out", 3, "Respite in place", "Refer to short breaks", "Disabled children's service or short breaks", "N"),
   N("Parent or carer", "Guidance and boundaries", "Parents need to do Cygnet", "", 2, "Complete course", "Book on next course", "Parenting programme", "P")],
  [S(EHFS, "", "Yes", "P"), S(PP, "Cygnet", "No", "P")],
  2, "P", "Short breaks said no - no diagnosis")

C("t403", P, False, "kerry wootton", "School", 9, "F", "W", "NK", "EH", "N0",
  "on the waiting list for autism assesment 2 yrs now. shes fine-ish in school, masks all day then has big meltdowns at home after, throws things, screams for hours. mum has had to give up her job. dad works shifts. they have a toddler too",
  [N("Child", "Emotional and behavioural development", "needs a way to let off steam at the end of the school day before she gets home, she holds it in all day",
     "meltdowns carry on, family cant cope", 3, "fewer meltdowns, mum says evenings better", "calm down time last 15 mins, sensory box", "school senco", "P"),
   N("Parent or carer", "Income", "mum lost her wage - they are struggling now", "", 2, "DLA claimed", "help with the DLA form", "welfare advice", "N"),
   N("Child", "Health", "diagnosis", "", 2, "", "", "", "N")],
  [S(EDU, "senco", "Yes", "P")],
  3, "P", "mum said she's been told DLA cant be claimed without diagnosis which is wrong")

C("t404", P, False, "Janet Okafor", "Health visiting", 5, "M", "A", "Y", "CIN", "N3",
  "Boy has a severe learning disability and epilepsy and sleeps no more than three or four hours a night. Both parents share the nights. Mother has been diagnosed with postnatal depression after their second baby and is tearful on every visit. Father has had to reduce his hours. Extended family are abroad. The parents feel that they have been 'passed from pillar to post'.",
  [N("Mother", "Health", "Mother needs several unbroken nights' sleep a week so that her depression can begin to lift.", "Mother's mental health breaks down; she cannot care for either child.", 4,
     "Mother sleeping through at least three nights a week.", "Overnight sitting service; sleep clinic for the boy.", "Disabled children's service or short breaks", "N"),
   N("Parent or carer", "Family's social integration", "The parents need one named person who coordinates their son's care instead of six separate appointments.", "", 3,
     "Key worker named; single plan.", "Key working through the complex needs panel.", "", "N"),
   N("Father", "Employment", "Father needs to keep his job and his income.", "", 2, "", "Carer's allowance and DLA advice.", "Welfare and debt advice", "P")],
  [S(HV, "", "Yes", "P"), S(SW, "disabled children's team", "Yes", "P")],
  3, "P")

C("t405", P, False, "Rhian Llewelyn", "Children's social care", 15, "M", "W", "Y", "CIN", "N2",
  "Iwan is autistic with a moderate learning disability, goes to the special school in Caernarfon (Ysgol Pendalar). Parents separated two years ago; he lives with Mam in Penygroes and sees Dad on Saturdays. He has overnight short breaks in Bangor two nights a month which he loves. Mam works part time. Big worry is what happens at 16/18 - nobody has talked about transition, and Mam is already on her own with it.",
  [N("Child", "Stability", "Iwan needs a transition plan started now so he knows what comes after school and can visit places, in Welsh.",
     "At 18 the short breaks end, nothing is in place, Mam can't cope alone.", 3, "Transition plan written with adult services by 16th birthday.", "Transition worker; adult LD team invited to review.", "Adult learning disability transition team", "N"),
   N("Child", "Self-care skills", "Iwan needs to learn to make a simple meal and use the bus to Caernarfon with support.", "", 2, "Can make beans on toast; travel training started.", "School life skills; travel training.", "School", "P"),
   N("Mother", "Stability", "Mam needs the short breaks to carry on.", "", 3, "", "", "Disabled children's service", "M")],
  [S(DCS, "Bangor short breaks", "Yes", "Y"), S(SW, "", "Yes", "P")],
  3, "P")

C("t406", P, False, "Sue Tranter", "Children's social care", 14, "F", "W", "Y", "CIN", "N2",
  "ASD dx at 12. EBSA - not in school since Y9 started. Self harm (cutting), CAMHS waiting list 9 mths, seen once by crisis team after OD (paracetamol) in Nov. M + D both work, taking turns off. Sibling 10 OK.",
  [N("Child", "Health", "CAMHS - urgent, OD last month", "further OD, death", 4, "seen + treatment plan", "escalate via CAMHS SPA", "CAMHS", "P"),
   N("Child", "Education", "some education each day - online / tuition to start", "loses GCSEs, more isolated", 3, "10 hrs/wk", "medical needs tuition service", "LA", "N"),
   N("Parent or carer", "Ensuring safety", "P's need to know what to do when she self harms + meds locked away", "", 4, "safety plan at home", "crisis team", "", "M")],
  [S(CAMHS, "crisis team", "No", "P"), S(SW, "", "Yes", "P")],
  4, "P")

C("t407", P, False, "Helen Maddox", "Children's social care", 3, "F", "B", "Y", "CIN", "N2",
  "Esme has a rare genetic condition affecting her heart and digestion and is fed by gastrostomy; she has had long hospital stays. She lives with her mother, a single parent, and two older brothers aged seven and nine. Her mother is highly competent in Esme's medical care but the boys are frequently late for school, have missed their own health checks and spend long periods with neighbours during hospital admissions.",
  [N("Sibling", "Stability", "Esme's brothers need a reliable arrangement for school and evening care when Esme is admitted, so that their lives are not disrupted every time she is in hospital.",
     "The boys' education and emotional wellbeing will be affected over years.", 3,
     "A written contingency plan with named adults and transport for each admission.", "Family network meeting; possibly family group conference.", "Family group conference", "N"),
   N("Mother", "Stability", "Her mother needs regular trained help with Esme's feeds and care at home so that she can sleep and attend to the boys.",
     "Mother's exhaustion leads to error in complex care or to her own ill health.", 4,
     "Continuing care package with trained carers at agreed hours.", "Continuing care assessment via health.", "Children's continuing care (health)", "P"),
   N("Child", "Stimulation", "Esme needs to attend nursery with a trained adult so she has play and company with other children.", "", 2, "Nursery 2 sessions a week with support.", "", "Early years SEND", "N")],
  [S(DCS, "", "Yes", "P"), S(SW, "", "Yes", "P")],
  3, "P")

C("t408", P, False, "Gary Pryce", "Early help", 11, "M", "Mx", "Y", "EH", "N5",
  "ADHD diagnosed, on medication. Several exclusions this year. Dad single parent, says he cannot manage. Lots of arguments at home.",
  [N("Child", "Education", "Needs an EHCP", "Permanent exclusion", 3, "EHCP in place", "Request assessment", "SEND", "N"),
   N("Father", "Guidance and boundaries", "Dad needs a parenting course for ADHD", "", 2, "Completes course", "Refer", "Parenting programme", "N"),
   N("Child", "Emotional and behavioural development", "Needs anger management", "", 2, "", "", "Youth work", "N")],
  [S(EHFS, "", "Yes", "P")],
  3, "P")

C("t409", P, True, "kerry wootton", "Special school", 16, "M", "W", "Y", "CIN", "N2",
  "moderate learning disability + autism, big lad now 6ft. has been hitting mum and dad at home, broke the bathroom door. parents have said at the review they cant have him home any more and want him to go into care / residential. he is fine at school mostly. he doesnt understand why they are so upset",
  [N("Child", "Emotional and behavioural development", "needs a way to tell people what is wrong before he lashes out - he uses pecs at school but not at home",
     "more injuries, he ends up in a unit", 4, "uses his pecs/symbols at home too", "school SALT to work with parents at home", "speech and language", "N"),
   N("Parent or carer", "Stability", "parents need proper breaks now not in 6 months", "family breaks down", 4, "", "short breaks overnight", "disabled childrens team", "N"),
   N("Child", "Stability", "if he cant stay home he needs a place near his school", "", 4, "", "", "", "K")],
  [S(DCS, "", "Yes", "P"), S(SW, "", "Yes", "P")],
  4, "P", "parents asking for s20")

C("t410", P, False, "Janet Okafor", "Children's social care", 8, "M", "W", "Y", "CIN", "N3",
  "Mother has a mild learning disability and lives alone with her son, who is autistic and has severe sensory needs. Mother is devoted but finds written information impossible and misses appointments because letters go unread. She was refused help by adult services as not eligible. Her son's eating is very restricted (five foods) and his weight is low.",
  [N("Mother", "Family's social integration", "Mother needs appointments and plans explained in easy read and by phone the day before, so that she can get her son to them.",
     "Missed appointments, son's weight and health not followed up, possible neglect concerns that are not really neglect.", 3,
     "Mother attends appointments; easy read plan on her fridge.", "Advocate for mother; all agencies to use easy read.", "Advocacy", "N"),
   N("Mother", "Basic care", "Mother needs to know how to add calories to the five foods he accepts.", "Weight falls further.", 3, "Weight stable on centile.", "Dietitian home visit.", "Community dietetics", "P"),
   N("Child", "Health", "Boy needs feeding therapy for his restricted eating.", "", 3, "", "", "", "N")],
  [S(SW, "", "Yes", "P"), S(HV, "school nurse", "Yes", "P")],
  3, "P")

C("t411", P, True, "Sue Tranter", "Early help", 10, "F", "W", "Y", "EH", "N2",
  "CP (spastic diplegia), uses walking frame + wheelchair. Family in 2nd floor private rented flat, no lift - D carries her up + down. Shower over bath, can't use. Landlord won't adapt. On housing register band C. Family otherwise coping well, good school reports.",
  [N("Child", "Housing", "ground floor / adapted home so she can get in + out on her own and shower", "D injured, girl housebound, loses independence as she grows", 3,
     "move to adapted property", "OT letter to housing, raise banding", "housing + OT", "N"),
   N("Child", "Self-care skills", "to wash herself w privacy - she is 10", "", 2, "", "", "OT", "N"),
   N("Father", "Health", "D back pain from carrying", "", 2, "", "", "", "N")],
  [S(HOU, "", "Yes", "P")],
  2, "P", "really a housing case")
