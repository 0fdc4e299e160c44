from _form import *

CASES = [
# ---- Jo Pennick
dict(p="EXT", hard=False, a="A", age=14, sex="Female", eth="White", dis="No", legal="Child in need",
 pn="N1 Abuse or neglect",
 story="14yo regular at sexual health drop-in, third request for EC this term. New phone, designer trainers, vape, says an 'older friend' buys them. Picked up from school gates by men in cars per staff. Denies sex with adults, but vague about where she stays at weekends. Mum unaware, works nights.",
 needs=[
  N("Child","Health","Girl needs reliable contraception and STI screening","Pregnancy, STIs.",L3,"LARC fitted.","",HV,"Met"),
  N("Child","Ensuring safety","Needs a CSE worker","Sexual exploitation.",L4,"","Exploitation screening tool completed, referral to MASH.",SW,"Partly met"),
  N("Mother","Ensuring safety","Mum needs to know where she is at night and who with","",L3,"","",SW,"Not known"),
 ],
 services=[S(HV,"Marrowfield 0-19 Healthy Child Service","Yes","Yes"), S(SW,"Marrowfield CSC Exploitation Team","Yes","Partly")]),

# ---- Tom Aspinall
dict(p="EXT", hard=False, a="C", age=15, sex="Male", eth="Black or Black British", dis="No", legal="Child in need",
 pn="N1 Abuse or neglect",
 story="15yo. Found by BTP in another county w/ £600 cash + 2 phones. County lines. Missing x4. NRM referral - positive RG. YOS (OOCD). Excluded - PRU. M v worried, wants move out of area.",
 needs=[
  N("Child","Ensuring safety","YP needs to be out of the line w/o reprisals","Serious violence, death",L4,"No missing episodes","Contextual safeguarding, trusted adult",SW,"Partly met"),
  N("Child","Education","FT edu","",L3,"","",EDU,"Partly met"),
  N("Whole family","Housing","Managed move out of area","",L3,"","",HOUS,"Not met"),
  N("Child","Emotional and behavioural development","YP needs a mentor","",L2,"","",YW,"Met"),
 ],
 services=[S(SW,"Marrowfield CSC Exploitation Team","Yes","Yes"), S(YJ,"Marrowfield Youth Justice Service","Yes","Partly"), S(YW,"Compass Youth Project","Yes","Yes"), S(EDU,"Marrowfield Pupil Referral Unit","Yes","Partly")]),

dict(p="EXT", hard=False, a="C", age=13, sex="Female", eth="White", dis="No", legal="Looked after",
 pn="N1 Abuse or neglect",
 story="13yo CLA (s31). Resi placement OOA. Missing x11 in 3 mths, returns w/ alcohol, new clothes. CSE - strategy meetings. Associated w/ adult males known to police. Self-harm. Placement giving notice.",
 needs=[
  N("Child","Stability","Stable placement that can keep her","Serious sexual harm",L4,"","",CARE,"Not met"),
  N("Child","Emotional and behavioural development","SH - CAMHS","",L3,"","",CAMHS,"Not met"),
  N("Child","Ensuring safety","Disruption of perps","",L4,"","Police",OTH,"Partly met"),
 ],
 services=[S(CARE,"Larkhill Residential (independent)","Yes","Partly"), S(SW,"Marrowfield CSC Children in Care Team","Yes","Yes")]),

dict(p="EXT", hard=False, a="C", age=16, sex="Male", eth="Mixed", dis="No", legal="Child in need",
 pn="N6 Socially unacceptable behaviour",
 story="16yo. Stabbed (leg) in park, non-life threatening. Won't give statement. Linked to a group in ongoing dispute w/ another estate. ASB, cannabis. M wants rehousing, says he'll be killed. College place lost.",
 needs=[
  N("Whole family","Housing","Family needs move out of area","",L4,"","Housing mgmt transfer req",HOUS,"Partly met"),
  N("Child","Health","YP cannabis","",L2,"","",SMY,"Not met"),
  N("Child","Education","EET","",L2,"","",YW,"Not met"),
 ],
 services=[S(SW,"Marrowfield CSC Child in Need Team","Yes","Partly"), S(OTH,"Hospital youth violence navigator (Redwood Trust)","No","Yes")]),

# ---- Nadia Ferrante
dict(p="EXT", hard=True, a="D", age=15, sex="Female", eth="Asian or Asian British", dis="No", legal="Child in need",
 pn="N1 Abuse or neglect",
 story="Referred following an overdose of paracetamol, after which she disclosed that she had shared intimate images with someone she believed to be a boy of her own age met through a gaming platform. She was then blackmailed for money and further images, with threats to send the pictures to her family and her school. She had told nobody for several weeks and describes the overdose as the only way out she could see. Her parents were shocked but have responded with care, and the police are investigating. She remains at moderate risk of further self-harm.",
 needs=[
  N("Child","Emotional and behavioural development","She needs to be able to manage overwhelming shame and suicidal thoughts without acting on them.","Further self-harm or suicide.",L4,"No further self-harm; she can use her safety plan.","Risk assessment, safety plan, DBT-informed skills work.",CAMHS,"Partly met"),
  N("Child","Ensuring safety","She needs the images removed and to know the blackmail has been stopped.","",L3,"","Report Remove; police investigation.",OTH,"Partly met"),
  N("Parent or carer","Ensuring safety","Her parents need to understand online exploitation and how to notice if she is being targeted again, without taking her phone away entirely.","",L2,"","",SW,"Met"),
 ],
 services=[S(CAMHS,"Brookside CAMHS crisis team","Yes","Yes"), S(SW,"Marrowfield CSC Exploitation Team","Yes","Yes")]),

# ---- Keith Dunmore
dict(p="EXT", hard=False, a="E", age=14, sex="Male", eth="White", dis="No", legal="Early help",
 pn="N6 Socially unacceptable behaviour",
 story="Attending the PRU following permanent exclusion for bringing a knife into school, which he says was 'for protection'. Staff have observed older young people waiting for him at the end of the day and he is frequently absent on Fridays. Mother has found cash and a second phone in his room. Attendance at PRU 64%.",
 needs=[
  N("Child","Ensuring safety","Pupil needs to be diverted from the older group and needs a mentor.","Criminal exploitation, serious violence.",L4,"","Referral to Exploitation Team and youth work.",YW,"Partly met"),
  N("Child","Education","Full-time education.","",L3,"","",EDU,"Partly met"),
 ],
 services=[S(EDU,"Marrowfield Pupil Referral Unit","Yes","Partly"), S(YW,"Compass Youth Project","Yes","Yes")]),

dict(p="EXT", hard=False, a="E", age=12, sex="Male", eth="White", dis="No", legal="Child in need",
 pn="N6 Socially unacceptable behaviour",
 story="Y7 pupil searched after a tip-off and found to have cannabis and a quantity of pills packaged for sale. Pupil stated he was asked to 'hold' them by an older boy from the estate and would 'get in trouble' if he lost them. Fixed-term exclusion issued; Head considering permanent exclusion. Referral made to Children's Social Care and police. Father cooperative, Mother not engaging.",
 needs=[
  N("Child","Education","Pupil needs to stay in mainstream school; permanent exclusion would increase risk.","Exclusion removes protective factor.",L3,"Remains on roll with a support plan.","Advocated with Head; managed move considered.",EDU,"Met"),
  N("Child","Ensuring safety","Pupil needs to be recognised as a victim of exploitation, not only punished.","",L4,"","NRM referral.",SW,"Partly met"),
  N("Parent or carer","Guidance and boundaries","Needs parenting support.","",L2,"","",PP,"Not met"),
 ],
 services=[S(SW,"Marrowfield CSC Exploitation Team","Yes","Yes"), S(YJ,"Marrowfield Youth Justice Service (prevention)","Yes","Partly")]),
]
