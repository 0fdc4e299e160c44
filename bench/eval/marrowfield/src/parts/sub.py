from _form import *

CASES = [
# ---- Jo Pennick
dict(p="SUB", hard=False, a="A", age=8, sex="Male", eth="White", dis="No", legal="Child in need",
 pn="N1 Abuse or neglect",
 story="Y4 boy referred by class teacher: body odour, same uniform all week, persistent head lice, toothache. Seen in school. Two teeth visibly decayed, has never seen a dentist. Says Mum 'sleeps a lot' and 'has her drinks' in the afternoon; he makes his own tea (cereal). Dad not in contact.",
 needs=[
  N("Child","Health","Dental treatment for decayed teeth, needs a dentist","Pain, infection, missing school.",L3,"Teeth treated, registered with dentist.","Referred to community dental.",HV,"Partly met"),
  N("Child","Self-care skills","Boy needs clean clothes each day and to be shown how to wash and treat lice himself","Bullying for smell, isolation.",L2,"","School provide spare uniform; hygiene sessions.",HV,"Met"),
  N("Mother","Basic care","Mum needs to be sober enough in the afternoon to give him a meal and notice his health","Neglect worsens.",L4,"","Referral to drug and alcohol service; SW.",SMA,"Not met"),
 ],
 services=[S(HV,"Marrowfield 0-19 Healthy Child Service","Yes","Yes"), S(SW,"Marrowfield Children's Social Care","Yes","Partly")]),

dict(p="SUB", hard=True, a="A", age=13, sex="Female", eth="White", dis="No", legal="Early help",
 pn="N3 Parental disability or illness",
 story="13yo girl came to drop-in with headaches and poor sleep. Attendance 79%, often late. Disclosed she does all the shopping, cooking and collects Mum's methadone script from the chemist on the way to school. Mum on opiate substitution for years, also has COPD. Girl very protective of Mum, worried she will 'get taken away' if she says too much.",
 needs=[
  N("Child","Family and social relationships","Girl needs time that is hers, with friends her age, away from looking after Mum","Burnout, low mood, drops out of school.",L2,"Attends young carers group regularly.","Young carers referral.",YC,"Met"),
  N("Child","Health","Sleep and headache","",L1,"","Sleep hygiene advice.",HV,"Met"),
  N("Mother","Health","Mum needs her own care plan for her COPD and recovery so the girl is not the main carer","",L3,"Adult social care carers assessment done.","",SMA,"Not known"),
 ],
 services=[S(YC,"Open Door Young Carers","Yes","Yes"), S(HV,"Marrowfield 0-19 Healthy Child Service","No","Partly")]),

# ---- Shelley Marsh
dict(p="SUB", hard=False, a="B", age=5, sex="Female", eth="White", dis="No", legal="Early help",
 pn="N4 Family in acute stress",
 story="School referred because the little girl is late nearly every day and smells strongly of cannabis, and the teacher says she is tired and falling asleep on the carpet. Mum works early shifts at the care home so Dad does the mornings and he is smoking weed pretty much from when he gets up, he told me straight out it helps his back and his nerves and he doesnt see the problem. Mum is fed up with it and says half the money goes on it and there rows are getting worse. Dad does love her to bits and she adores him.",
 needs=[
  N("Father","Basic care","Dad needs to get her to school on time and not be stoned when hes got her","she falls behind, could be dangerous if somethin happened",L2,"on time most days","talked it through with Dad, morning routine chart",EHFS,"Partly met"),
  N("Father","Health","Dad needs to cut down the weed and get something else for his back pain","",L2,"","drug service drop in, GP for his back",SMA,"Not met"),
  N("Parent or carer","Income","Parents need a budget where the bills get paid before anything else","",L1,"","budget sheet together",WEL,"Met"),
 ],
 services=[S(EHFS,"Eastgate Family Hub","No","Partly")]),

dict(p="SUB", hard=False, a="B", age=10, sex="Male", eth="Mixed", dis="No", legal="Child in need",
 pn="N1 Abuse or neglect",
 story="Mum has been in recovery from crack for nearly two years and was doing really well, she had the boy back living with her from her Mum's and was going to meetings and everything. Then her brother died in the summer and she relapsed and was using again for a few weeks, the boy found her unconscious in the bathroom and rang his Nan who called the ambulance. He is back at Nans now for the time being and Mum is back in treatment, shes absolutely devestated with herself. He is really angry with her and wont speak to her on the phone, but he also keeps asking Nan if Mum is going to die.",
 needs=[
  N("Mother","Health","Mum needs to get stable again in her recovery and have a relapse plan that everyone knows about","he loses his Mum again, or worse",L4,"Mum clean and back at her groups, plan written down","keyworker at recovery service",SMA,"Partly met"),
  N("Child","Emotional and behavioural development","He needs someone to help him with what he saw and with being angry at Mum","he bottles it up, it comes out at school",L3,"he can talk about it","",CAMHS,"Not met"),
  N("Other","Wider family","Nan needs to be ok to keep having him and some money for it","",L2,"","FGC planned",FGC,"Partly met"),
 ],
 services=[S(SMA,"Harbour Recovery","Yes","Yes"), S(SW,"Marrowfield Children's Social Care","Yes","Yes"), S(FGC,"Marrowfield FGC Service","No","Yes")]),

dict(p="SUB", hard=True, a="B", age=3, sex="Male", eth="White", dis="No", legal="Child in need",
 pn="N1 Abuse or neglect",
 story="Both parents drink, mostly in the evenings but sometimes from dinner time at weekends, and when they drink they fight, the police have been out twice this year because neighbours rang about screaming and things being thrown. Mum says Dad has never touched her and it was just words but she had a cut on her arm the second time. The 3 year old is only going to nursery about half the sessions he is meant to and when he does go he is hungry and has a nappy on that hasnt been changed from the night. Their flat is a mess, empties everywhere.",
 needs=[
  N("Parent or carer","Basic care","Parents need to have him up, fed and changed and at nursery every session","neglect gets worse",L3,"nursery attendance over 90%","",EHFS,"Not met"),
  N("Parent or carer","Health","Parents needs alcohol support both of them","",L3,"","both referred, Dad didnt go",SMA,"Partly met"),
  N("Mother","Ensuring safety","Mum needs to be honest about what happens when they fight and have a plan for if it kicks off","he gets hurt in the middle of it",L4,"safety plan","DASH done, medium",DAV,"Partly met"),
 ],
 services=[S(SW,"Marrowfield Children's Social Care","Yes","Partly"), S(SMA,"Harbour Recovery","Yes","Partly"), S(EHFS,"Eastgate Family Hub","No","No")]),

# ---- Tom Aspinall
dict(p="SUB", hard=False, a="C", age=14, sex="Female", eth="White", dis="No", legal="Child protection plan",
 pn="N1 Abuse or neglect",
 story="YP 14. M alc dependent, found collapsed x2 by YP, 1 ED admission. YP caring, att 58%, superficial SH (cutting). CP plan neglect. M declining detox. No F involvement.",
 needs=[
  N("Mother","Health","M to engage w/ alc service + detox","",L4,"","",SMA,"Not met"),
  N("Child","Emotional and behavioural development","YP needs CAMHS re SH","",L3,"","",CAMHS,"Partly met"),
  N("Child","Education","att","",L2,"","EWO",EDU,"Not met"),
  N("Child","Family and social relationships","YP needs YC group","",L2,"","",YC,"Met"),
 ],
 services=[S(SW,"Marrowfield CSC Safeguarding & Assessment","Yes","Yes"), S(CAMHS,"Brookside CAMHS","Yes","Partly"), S(YC,"Open Door Young Carers","Yes","Yes")]),

dict(p="SUB", hard=False, a="C", age=2, sex="Male", eth="Other ethnic group", dis="No", legal="Child protection plan",
 pn="N1 Abuse or neglect",
 story="2yo. Hair strand: M +ve cocaine, ketamine; F +ve cocaine, cannabis. Ps deny use in home. Home conditions poor, dog mess. Child meeting milestones. PLO, ICPC - CP plan neglect. Ps engaging w/ testing, not treatment.",
 needs=[
  N("Parent or carer","Ensuring safety","Ps abstinent, evidenced by testing","Proceedings, removal",L4,"Clear tests x2","",SMA,"Partly met"),
  N("Parent or carer","Basic care","Home clean + safe for a toddler","",L3,"","",IFI,"Partly met"),
 ],
 services=[S(SW,"Marrowfield CSC Safeguarding & Assessment","Yes","Yes"), S(SMA,"Harbour Recovery","Yes","Partly"), S(IFI,"Marrowfield Family Intensive Support","Yes","Yes")]),

dict(p="SUB", hard=False, a="C", age=9, sex="Female", eth="White", dis="No", legal="Child protection plan",
 pn="N1 Abuse or neglect",
 story="9yo, sole care of F since M left. F stopped by police drink driving w/ C + sibling in car. Bailed. Previous DA hx (F perp, old). Strategy, S47, ICPC. Paternal aunt now doing school run. F says not alcoholic, 'one mistake'.",
 needs=[
  N("Father","Health","F to accept + address alc use","",L4,"","",SMA,"Not met"),
  N("Other","Wider family","PA safety net - FGC","",L3,"","",FGC,"Met"),
  N("Child","Emotional and behavioural development","C upset + blaming self for F's arrest, no one to talk to","",L2,"","",OTH,"Not known"),
 ],
 services=[S(SW,"Marrowfield CSC Safeguarding & Assessment","Yes","Yes"), S(FGC,"Marrowfield FGC Service","No","Yes")]),

# ---- Nadia Ferrante (CAMHS): formal, reflective
dict(p="SUB", hard=True, a="D", age=15, sex="Male", eth="White", dis="No", legal="Early help",
 pn="N3 Parental disability or illness",
 story="This young man was referred by his GP with low mood, poor sleep and withdrawal from friends, and on first meeting he presented as flat and guarded. Over several sessions it emerged that his mother has been dependent on prescribed opioid painkillers and diazepam for some years following a back injury, and that her days are spent largely in bed. He described a home in which nobody cooks, post goes unopened and he manages his younger sister's mornings. He has started using cannabis most evenings, which he frames as the only way he can stop thinking. In my view his low mood is understandable in context and is unlikely to shift through individual work alone while the situation at home continues.",
 needs=[
  N("Child","Emotional and behavioural development","He needs to be able to name what is happening at home without feeling he is betraying his mother, and to find ways of managing worry other than cannabis.","Entrenched low mood, escalating substance use, disengagement from education.",L3,"Reduced cannabis use; he reports at least one trusted adult outside the family.","Time-limited CBT-informed work; liaison with young people's drug service.",CAMHS,"Partly met"),
  N("Mother","Health","His mother needs a medication review and help to reduce her dependence on prescribed drugs.","The caring role and the neglect of the household continue.",L3,"","Discussed with GP with consent.",SMA,"Not known"),
  N("Child","Family and social relationships","He needs relief from being the one who runs the household.","",L2,"","",YC,"Not met"),
 ],
 services=[S(CAMHS,"Brookside CAMHS","Yes","Partly"), S(SMY,"Kestrel Young People's Drug Service","No","Partly")]),

# ---- Keith Dunmore (EWO / virtual school): procedural, attendance %
dict(p="SUB", hard=True, a="E", age=11, sex="Female", eth="White", dis="No", legal="Early help",
 pn="N1 Abuse or neglect",
 story="Attendance for Y7 autumn term 61.4%, persistent absence, majority of sessions unauthorised or late after registers close. Home visit undertaken: pupil answered door mid-morning, Mother in bed, smell of alcohol, several empty bottles in kitchen. Pupil and Y3 sibling getting themselves ready and walking to separate schools. Pupil presents as capable but tired and was reluctant to discuss home. Attendance contract not appropriate at this stage; referral made to Early Help and DSL informed.",
 needs=[
  N("Child","Education","Pupil needs attendance over 90% and a mentor in school.","Persistent absence becomes severe absence; secondary transition fails.",L3,"Attendance above 90% by end of spring term.","Attendance support plan, breakfast club, school mentor.",EDU,"Partly met"),
  N("Mother","Basic care","Mother needs to be up and getting the children to school herself.","",L3,"","Early Help referral.",EHFS,"Not known"),
  N("Mother","Health","Needs alcohol service.","",L3,"","",SMA,"Not met"),
 ],
 services=[S(EDU,"Marrowfield Education Welfare Service","Yes","Partly"), S(EHFS,"Westbrook Family Hub","Yes","Partly")]),
]
