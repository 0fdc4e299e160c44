from _form import *

CASES = [
# ---- Jo Pennick
dict(p="DA", hard=False, a="A", age=7, sex="Male", eth="Asian or Asian British", dis="No", legal="Child in need",
 pn="N1 Abuse or neglect",
 story="Enuresis clinic referral via school. 7yo was dry by 4, wetting again day and night since family left the refuge for temporary accommodation (one room, shared bathroom). Nightmares, won't sleep without Mum. Mum reports father located them through a relative and has been seen outside school twice. Mum on edge, says she can't switch off at night either.",
 needs=[
  N("Child","Health","Boy needs to be dry at night again, with a plan that does not shame him","Bullying, low self-esteem, exclusion from sleepovers.",L2,"Dry most nights.","Enuresis clinic, alarm deferred until settled.",HV,"Partly met"),
  N("Child","Emotional and behavioural development","Needs to feel safe enough to sleep - needs play therapy","",L3,"","",CDAR,"Not met"),
  N("Whole family","Housing","Family needs settled housing away from where father can find them","Further DA, further moves.",L4,"","IDVA and housing aware.",HOUS,"Partly met"),
 ],
 services=[S(HV,"Marrowfield 0-19 Healthy Child Service","Yes","Partly"), S(DAV,"Marrowfield Women's Aid (IDVA)","Yes","Yes")]),

dict(p="DA", hard=True, a="A", age=15, sex="Female", eth="Black or Black British", dis="No", legal="Early help",
 pn="N1 Abuse or neglect",
 story="15yo attended sexual health drop-in asking for emergency contraception. Boyfriend 18, checks her phone, tells her what to wear, has pushed her against a wall 'once'. Says she loves him and he 'only gets like that because he cares'. Mum works long hours and does not know about him. Girl's friends have dropped off.",
 needs=[
  N("Child","Family and social relationships","Girl needs to be able to recognise controlling behaviour in her relationship and know it is not her fault","Escalating abuse, pregnancy, isolation.",L3,"Can name warning signs; has a safety plan.","Healthy relationships 1:1 sessions.",CDAR,"Partly met"),
  N("Child","Health","Contraception and STI screen","",L2,"","Done at drop-in.",HV,"Met"),
  N("Parent or carer","Ensuring safety","Mum needs to know what is going on so she can help keep an eye","",L3,"","Girl not yet consenting to Mum being told.",OTH,"Not met"),
 ],
 services=[S(HV,"Marrowfield 0-19 Healthy Child Service","Yes","Yes")]),

# ---- Shelley Marsh
dict(p="DA", hard=False, a="B", age=4, sex="Female", eth="White", dis="No", legal="Early help",
 pn="N4 Family in acute stress",
 story="Mum finally left Dad after eight years of him controlling everything, the money, who she saw, what she wore, and she has got a new council tenancy but it has nothing in it, they are sleeping on a mattress on the floor. Dad ran up catalogue debts and a loan in Mums name which she didnt even know about till the letters came. There is contact every other weekend through the court and the little girl comes back from it wild, wetting herself and screaming and saying Daddy says Mummy is a liar. Mum is doing really well considering but she told me some days she just sits in the car after drop off and cant move.",
 needs=[
  N("Mother","Income","Mum needs the debts Dad put in her name looked at and some furniture so the flat is a home","she could end up going back to him because its easier",L3,"beds, sofa, debts on hold","furniture grant, money advice, letter about economic abuse",WEL,"Met"),
  N("Child","Emotional and behavioural development","The little girl needs help making sense of whats happened and settling after contact","shes going to carry this, behaviour at school",L3,"calmer after contact","",CDAR,"Not met"),
  N("Mother","Emotional warmth","Mum needs to understand what the little one is showing her after contact and how to respond to it","",L2,"","done some of this on visits",PP,"Partly met"),
  N("Mother","Health","Mum needs support for herself now its over, she is exausted","",L2,"","Womens Aid recovery group",DAV,"Met"),
 ],
 services=[S(EHFS,"Eastgate Family Hub","Yes","Yes"), S(WEL,"Marrowfield Money Advice","No","Yes"), S(DAV,"Marrowfield Women's Aid","Yes","Yes")]),

dict(p="DA", hard=False, a="B", age=9, sex="Male", eth="White", dis="No", legal="Early help",
 pn="N5 Family dysfunction",
 story="Mums ex partner who was the boys Dad was violent for years and has been gone for about a year now, and Mum thought things would calm down but now the boy is the one doing it. He has kicked her, called her a slag which is what Dad used to call her, and he slammed the door on her hand last month. At school he is fine apart from being a bit quiet. Mum feels really guilty and thinks its her fault for staying so long and she doesnt put any rules in because she doesnt want to upset him.",
 needs=[
  N("Child","Emotional and behavioural development","He needs to learn that the anger he feels about his Dad can come out in ways that dont hurt Mum","it gets worse as he gets bigger",L3,"no violence to Mum for a month","",CDAR,"Partly met"),
  N("Mother","Guidance and boundaries","Mum needs to be able to say no to him and stick to it without feeling like shes the bad one","",L3,"Mum using a couple of consistent rules","we did the Who's in Charge stuff",PP,"Partly met"),
 ],
 services=[S(EHFS,"Eastgate Family Hub","Yes","Partly"), S(CDAR,"Marrowfield Women's Aid children's worker","Yes","Yes")]),

dict(p="DA", hard=True, a="B", age=1, sex="Male", eth="Mixed", dis="No", legal="Child protection plan",
 pn="N1 Abuse or neglect",
 story="Mum has a 14 month old and is 30 weeks pregnant again, she told everyone at the conference that her partner had moved out and was living at his brothers and that it was over after he strangled her. But then I did an unannounced visit and his boots were in the hall and his jacket and she went really red and said he had just come to see the baby. I think she is frightened of him and frightened of us as well because of what might happen to the children. The baby is well looked after and happy and she is a good Mum when he isnt around.",
 needs=[
  N("Mother","Ensuring safety","Mum needs to feel she can tell us the truth about him without losing the kids","serious harm to Mum and both babies, strangulation is a big red flag",L4,"Mum honest, safety plan she actually uses","IDVA, lots of talking",DAV,"Partly met"),
  N("Father","Family history and functioning","Dad needs to do a perpetrator programme","",L4,"","he refused",DAP,"Not met"),
  N("Mother","Health","Mum needs her pregnancy kept an eye on because of the stress","",L2,"","midwife aware",HV,"Met"),
 ],
 services=[S(SW,"Marrowfield CSC Safeguarding & Assessment","Yes","Yes"), S(DAV,"Marrowfield Women's Aid (IDVA)","Yes","Yes"), S(EHFS,"Eastgate Family Hub","Yes","Partly")]),

# ---- Tom Aspinall
dict(p="DA", hard=False, a="C", age=6, sex="Female", eth="White", dis="No", legal="Child protection plan",
 pn="N1 Abuse or neglect",
 story="6yo. DV x3 callouts in 4 mths, C present each time. MARAC. F charged, bail conds not to attend address - breached, M let him in. CP plan emot harm. M says reconciling.",
 needs=[
  N("Mother","Ensuring safety","M to keep F away from home per bail/CP plan","Sig harm",L4,"","",DAV,"Not met"),
  N("Child","Emotional and behavioural development","C needs DA recovery work","",L3,"","",CDAR,"Not met"),
  N("Father","Family history and functioning","F DAPP","",L3,"","",DAP,"Not met"),
 ],
 services=[S(SW,"Marrowfield CSC Safeguarding & Assessment","Yes","Yes"), S(DAV,"Marrowfield Women's Aid (IDVA)","No","Partly")]),

dict(p="DA", hard=False, a="C", age=12, sex="Male", eth="Black or Black British", dis="No", legal="Child in need",
 pn="N1 Abuse or neglect",
 story="12yo. F DA towards M (verbal, property damage, 1 x assault). F also depression, off work. F accepts + on DAPP waiting list (9 mths). M wants to stay together. C says home is 'tense', spends time in room. CIN.",
 needs=[
  N("Father","Family history and functioning","F needs to stop abusive beh - DAPP","Escalation",L3,"","Waiting list",DAP,"Not met"),
  N("Father","Health","F's MH","",L2,"","GP",AMH,"Partly met"),
  N("Child","Emotional and behavioural development","C to have someone to talk to outside home","",L2,"","school mentor",OTH,"Met"),
 ],
 services=[S(SW,"Marrowfield CSC Child in Need Team","Yes","Yes")]),

dict(p="DA", hard=False, a="C", age=3, sex="Female", eth="Asian or Asian British", dis="No", legal="Child in need",
 pn="N1 Abuse or neglect",
 story="3yo. M fled marital home w/ C after yrs of abuse from H + in-laws (financial, emotional, threats re C). Spousal visa - NRPF. In refuge (Women's Aid space via charity funding). No income. DDVC application in. CIN / s17 support.",
 needs=[
  N("Parent or carer","Income","M needs income + immigration status sorted","Destitution, return to abuser",L4,"","s17 subsistence, immig solicitor",WEL,"Partly met"),
  N("Mother","Family's social integration","M isolated, no family here she can trust","",L3,"","",DAV,"Partly met"),
  N("Child","Education","C nursery place","",L1,"","",HUB,"Met"),
 ],
 services=[S(SW,"Marrowfield CSC Child in Need Team","Yes","Yes"), S(DAV,"Marrowfield Women's Aid (refuge)","Yes","Yes"), S(OTH,"Legal aid immigration solicitor","Yes","Yes")]),

dict(p="DA", hard=True, a="C", age=16, sex="Male", eth="White", dis="No", legal="Child in need",
 pn="N1 Abuse or neglect",
 story="16yo. Assaulted M's partner (punched) during DV incident - says defending M. Police NFA re YP. M's partner still living there, M won't make complaint. YP now sofa surfing at friend's. At college, att dropping. Wants his own place.",
 needs=[
  N("Child","Stability","YP needs somewhere stable to live","Homeless/NEET",L3,"","joint housing/CSC assessment",HOUS,"Partly met"),
  N("Mother","Ensuring safety","M to see DA + impact on YP","",L3,"","",DAV,"Not met"),
  N("Child","Emotional and behavioural development","YP angry, needs trusted adult outside family","",L2,"","youth worker",YW,"Partly met"),
 ],
 services=[S(SW,"Marrowfield CSC Child in Need Team","Yes","Partly"), S(YW,"Compass Youth Project","Yes","Yes")]),

# ---- Nadia Ferrante
dict(p="DA", hard=False, a="D", age=10, sex="Female", eth="White", dis="No", legal="Closed",
 pn="N1 Abuse or neglect",
 story="She was referred with hypervigilance, startle responses, intrusive images and refusal to sleep in her own room, around nine months after she witnessed her father attempt to strangle her mother. He has since been convicted and is in custody, and the family is physically safe. Her mother describes a child who checks the locks repeatedly and becomes frozen at the sound of raised male voices, including on television. She meets the threshold for trauma-focused work and her mother is warm, attuned and keen to help. Social care closed the case once he was sentenced.",
 needs=[
  N("Child","Emotional and behavioural development","She needs to be able to process the memory of the assault so that it no longer intrudes on her sleep and her day.","Persistent post-traumatic symptoms affecting school and friendships.",L3,"Reduction in intrusions and hypervigilance on standardised measures; sleeping in her own room.","Trauma-focused CBT, twelve sessions.",CAMHS,"Met"),
  N("Mother","Emotional warmth","Her mother needs to understand her daughter's trauma responses so that she can respond with calm rather than alarm.","",L2,"","Parent sessions alongside.",CAMHS,"Met"),
  N("Mother","Health","Her mother needs space to attend to her own trauma, which she has put to one side.","",L2,"","Signposted to adult talking therapies.",AMH,"Not known"),
 ],
 services=[S(CAMHS,"Brookside CAMHS","No","Yes")]),

dict(p="DA", hard=True, a="D", age=14, sex="Male", eth="Mixed", dis="No", legal="Early help",
 pn="N5 Family dysfunction",
 story="Referred by school after a second fixed-term exclusion for aggression, with a request to 'assess for anger problems'. He grew up with his father's violence towards his mother, which ended when his father left three years ago. His mother now says he is 'turning into his dad', and she has begun to withdraw from him, which he experiences as rejection. He is articulate about feeling that nobody sees him as anything other than a threat. There is no evidence of a mental disorder; the distress sits in the relationship and in what the family has lived through.",
 needs=[
  N("Child","Emotional and behavioural development","He needs to understand the link between his early experiences and his anger, and to have some alternative ways of responding when he feels threatened.","Further exclusions, criminalisation.",L3,"No further exclusions this term.","",CDAR,"Partly met"),
  N("Mother","Emotional warmth","His mother needs to see him as her son rather than as a version of his father.","Relationship breaks down; he leaves home or is asked to.",L3,"Mother and son can spend time together without conflict.","Systemic family sessions.",CAMHS,"Partly met"),
  N("Child","Education","Needs a mentor in school who understands trauma","",L2,"","",EDU,"Not met"),
 ],
 services=[S(CAMHS,"Brookside CAMHS","Yes","Partly"), S(EHFS,"Westbrook Family Hub","Yes","Partly")]),

# ---- Keith Dunmore
dict(p="DA", hard=True, a="E", age=8, sex="Male", eth="White", dis="No", legal="Child in need",
 pn="N1 Abuse or neglect",
 story="Attendance has fallen from 96% to 54% since the family moved to a refuge in the north of the borough, nine miles and two buses from the current school. Mother reports that the father has been waiting at the school gates and she is frightened to take the children in. A school move has been discussed but Mother is reluctant as the pupil has friends and a good relationship with his class teacher. Transport application submitted. Absence authorised in the interim on safeguarding grounds.",
 needs=[
  N("Child","Education","Pupil needs transport to school or a new school place nearer the refuge.","Loss of education and of the one stable setting in his life.",L3,"Attendance back above 90%.","Home to school transport application; in-year admission explored.",EDU,"Partly met"),
  N("Parent or carer","Ensuring safety","Mother needs a safe way of getting the children into school without meeting the father.","",L4,"","Staggered entry via side gate agreed with school.",DAV,"Met"),
 ],
 services=[S(EDU,"Marrowfield Education Welfare Service","Yes","Yes"), S(DAV,"Marrowfield Women's Aid (refuge)","Yes","Yes"), S(SW,"Marrowfield CSC Child in Need Team","Yes","Yes")]),

dict(p="DA", hard=False, a="E", age=13, sex="Female", eth="Other ethnic group", dis="No", legal="Child in need",
 pn="N1 Abuse or neglect",
 story="Pupil placed in internal isolation four times this half term for sleeping in lessons and refusing to work. Five Operation Encompass notifications received by the school in the same period, all overnight incidents at the family home. Pupil has not discussed these with staff. Attendance 88%. DSL has made a referral to Children's Social Care.",
 needs=[
  N("Child","Education","School needs to respond to the pupil's behaviour as a sign of what is happening at home rather than with sanctions.","Exclusion; disengagement.",L2,"No further isolations; pupil has a named adult.","Pastoral support plan.",EDU,"Partly met"),
  N("Child","Emotional and behavioural development","Pupil needs a mentor.","",L2,"","",OTH,"Not met"),
  N("Whole family","Family history and functioning","Violence at home needs to stop.","",L4,"","CSC referral.",SW,"Not known"),
 ],
 services=[S(EDU,"Northfield Academy pastoral team","Yes","Partly")]),
]
