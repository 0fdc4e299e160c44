from _form import *

CASES = [
# ---- Jo Pennick
dict(p="BRK", hard=False, a="A", age=15, sex="Female", eth="White", dis="No", legal="Early help",
 pn="N5 Family dysfunction",
 story="15yo self-referred to school nurse. Fresh superficial cuts to forearms, cleaned and dressed. Says constant rows at home with Mum and stepdad about curfew, phone, boyfriend; stepdad 'took the door off my room'. Wants to move in with her dad, who says no. Not suicidal, uses cutting 'to calm down'.",
 needs=[
  N("Child","Emotional and behavioural development","Girl needs other ways to calm down when rows blow up","Escalating self-harm.",L3,"Cutting less often, uses distraction plan.","Self-harm 1:1, wound care advice.",HV,"Partly met"),
  N("Whole family","Family and social relationships","Family need to be able to agree rules without it turning into a fight","She leaves home / sofa surfs.",L3,"","Early Help referral for family work.",EHFS,"Not met"),
 ],
 services=[S(HV,"Marrowfield 0-19 Healthy Child Service","Yes","Partly")]),

# ---- Shelley Marsh
dict(p="BRK", hard=False, a="B", age=13, sex="Male", eth="White", dis="No", legal="Early help",
 pn="N5 Family dysfunction",
 story="Mum rang the front door in tears saying she wants him taken into care because she cant cope anymore. He is 13 and six foot and has punched holes in the doors and smashed the TV when she took the wifi off, and he stays out till gone midnight and wont say where. His Dad walked out when he was small and hasnt bothered since. Mum works two jobs and has two younger ones as well and she says she loves him but she doesnt like him at the moment. When I spoke to him on his own he said Mum is always screaming at him and never has time and he knows she prefers the little ones.",
 needs=[
  N("Mother","Guidance and boundaries","Mum needs to set a few rules she can actually stick to and stop the shouting matches","he ends up in care or in trouble with the police",L3,"fewer blow ups, he comes home by an agreed time","Non Violent Resistance parenting group",PP,"Partly met"),
  N("Child","Family and social relationships","He needs some time with Mum on his own and to feel like hes wanted","he goes looking for it somewhere else",L3,"they do one thing together a week","",EHFS,"Partly met"),
  N("Child","Emotional and behavioural development","Needs a mentor","",L2,"","youth club",YW,"Met"),
 ],
 services=[S(EHFS,"Eastgate Family Hub","Yes","Yes"), S(PP,"Eastgate Family Hub (NVR group)","No","Yes"), S(YW,"Compass Youth Project","Yes","Yes")]),

# ---- Tom Aspinall
dict(p="BRK", hard=False, a="C", age=16, sex="Female", eth="Asian or Asian British", dis="No", legal="Child in need",
 pn="N5 Family dysfunction",
 story="16yo presented to Housing Options as homeless. Row w/ Ps over boyfriend + going to uni out of area. Ps say she can come home if she 'follows family rules'. No evidence of FM/HBA on enquiry but kept under review. Staying w/ friend. S20 discussed, YP declined.",
 needs=[
  N("Child","Stability","YP needs a safe place to stay while relationship w/ Ps repaired","",L3,"","",HOUS,"Partly met"),
  N("Whole family","Family and social relationships","Mediation / FGC","",L3,"","",FGC,"Partly met"),
 ],
 services=[S(SW,"Marrowfield CSC Child in Need Team","Yes","Yes"), S(FGC,"Marrowfield FGC Service","No","Partly"), S(HOUS,"Marrowfield Housing Options (16-17 team)","Yes","Yes")]),

dict(p="BRK", hard=True, a="C", age=14, sex="Male", eth="White", dis="Yes", legal="Child in need",
 pn="N5 Family dysfunction",
 story="14yo adopted at 3 (neglect, FASD dx). Adopters requesting S20 - violence to A-mum, damage, A-dad working away. Adoption support fund therapy finished. A-parents exhausted, say 'we've nothing left'. Edge of care.",
 needs=[
  N("Parent or carer","Emotional warmth","Adopters need respite","Disruption - YP into care",L4,"","",DCS,"Not met"),
  N("Child","Emotional and behavioural development","YP needs therapeutic input re FASD / early trauma","",L3,"","ASF re-application",CAMHS,"Partly met"),
  N("Whole family","Family history and functioning","Fam need edge of care pkg to avoid S20","",L4,"","Edge of care team",IFI,"Partly met"),
 ],
 services=[S(IFI,"Marrowfield Family Intensive Support","Yes","Partly"), S(OTH,"Regional Adoption Agency (adoption support)","Yes","Partly")]),

# ---- Nadia Ferrante
dict(p="BRK", hard=False, a="D", age=15, sex="Female", eth="White", dis="No", legal="Early help",
 pn="N5 Family dysfunction",
 story="She was seen after an impulsive overdose taken late at night following a phone call in which her father told her she was 'just like her mother'. Her parents separated a year ago and remain in litigation over the house and over where she and her brother should live; each parent gives a very different account of her and each asks me to confirm it. She describes herself as a messenger who is blamed by both. She is not depressed in a clinical sense, but she is carrying a great deal, and the overdose was a clear communication.",
 needs=[
  N("Child","Emotional and behavioural development","She needs to be able to tell each parent what she feels without fearing she will lose the other.","Further overdoses; long-term damage to both relationships.",L4,"No further self-harm; she can state her own wishes.","Individual sessions; safety plan shared with both parents.",CAMHS,"Partly met"),
  N("Parent or carer","Family history and functioning","Her parents need to stop using her to carry their conflict.","",L3,"Parents communicate directly, not through her.","Parenting after separation; letter to both parents' solicitors re her views.",OTH,"Not met"),
 ],
 services=[S(CAMHS,"Brookside CAMHS","Yes","Yes")]),

dict(p="BRK", hard=False, a="D", age=12, sex="Female", eth="White", dis="No", legal="Early help",
 pn="N5 Family dysfunction",
 story="This young person, registered female at birth, has told their parents that they are a boy and asked to use a new name. Their father responded by removing their phone and forbidding contact with the friends he blames; their mother is torn. The young person has begun restricting food and says they want to 'disappear'. School has been supportive but the parents are angry that staff knew first.",
 needs=[
  N("Child","Identity","The young person needs to be able to explore their gender identity at their own pace, with their parents still alongside them.","Isolation, self-harm, eating difficulties.",L3,"Young person feels able to talk at home.","",CAMHS,"Partly met"),
  N("Parent or carer","Emotional warmth","Their parents need a space to express their own fear and grief without it being directed at their child.","Young person leaves or is pushed out.",L3,"","Parent sessions offered; father declined.",CAMHS,"Partly met"),
  N("Child","Health","Their eating needs to be monitored so that restriction does not become established.","",L3,"","Weight and bloods via GP.",CAMHS,"Met"),
 ],
 services=[S(CAMHS,"Brookside CAMHS","Yes","Partly")]),

dict(p="BRK", hard=False, a="D", age=16, sex="Male", eth="Black or Black British", dis="Yes", legal="Child in need",
 pn="N6 Socially unacceptable behaviour",
 story="He has a long-standing diagnosis of ADHD and stopped his medication some months ago, saying it made him feel flat. Since then there has been a pattern of verbal aggression and two incidents of physical violence towards his mother, one of which she reported to the police. His parents are exhausted and frightened, and his younger siblings have started to keep out of his way. He is remorseful after incidents but says he 'can't stop it in the moment'.",
 needs=[
  N("Child","Health","He needs a treatment plan for his ADHD that he is willing to follow.","Further violence, criminal charges, family breakdown.",L3,"Agreed medication or alternative; fewer incidents.","Medication review with young person's views central.",CAMHS,"Partly met"),
  N("Parent or carer","Ensuring safety","His parents need a plan for keeping everyone safe when he escalates, including the younger children.","",L4,"","Child-to-parent violence programme.",PP,"Not met"),
  N("Whole family","Family history and functioning","Family needs respite","",L3,"","",IFI,"Not met"),
 ],
 services=[S(CAMHS,"Brookside CAMHS","Yes","Partly"), S(SW,"Marrowfield CSC Child in Need Team","Yes","Partly")]),

dict(p="BRK", hard=False, a="D", age=14, sex="Female", eth="White", dis="No", legal="Early help",
 pn="N5 Family dysfunction",
 story="Referred with low mood and withdrawal. Her mother remarried last year and the household now includes a stepfather and his two younger children. She describes feeling like a guest in her own home and says that in every disagreement her mother sides with her stepfather. There is no suggestion of abuse. Her low mood fluctuates with the temperature of the household rather than following any pattern of its own.",
 needs=[
  N("Child","Family and social relationships","She needs a clear and protected place in her mother's new family.","Worsening low mood; she moves out or is pushed out.",L2,"She reports feeling listened to at home.","Family sessions.",CAMHS,"Partly met"),
  N("Mother","Emotional warmth","Her mother needs to hear her daughter's experience without defending the new arrangement.","",L2,"","",CAMHS,"Partly met"),
 ],
 services=[S(CAMHS,"Brookside CAMHS","No","Partly")]),

# ---- Keith Dunmore
dict(p="BRK", hard=False, a="E", age=15, sex="Male", eth="Other ethnic group", dis="No", legal="Child in need",
 pn="N5 Family dysfunction",
 story="Pupil from a refugee family who arrived four years ago. Attendance has fallen from 97% to 70% this year. Pupil disclosed to his form tutor that his father had told him to leave the house after an argument about his friends and going out, and he had been staying with a classmate's family. Father says the son is 'losing his culture'. Family seen with an interpreter.",
 needs=[
  N("Child","Education","Pupil needs attendance back up and needs a mentor.","Drop out before GCSEs.",L2,"Attendance above 90%.","",EDU,"Partly met"),
  N("Whole family","Family and social relationships","Father and son need to be able to talk about the differences between them.","Pupil homeless.",L3,"Pupil back home.","Referral to CSC; culturally matched family worker requested.",SW,"Partly met"),
 ],
 services=[S(SW,"Marrowfield CSC Child in Need Team","Yes","Partly"), S(EDU,"Northfield Academy pastoral team","Yes","Yes")]),
]
