from _form import *

CASES = [
# ---- Shelley Marsh
dict(p="KIN", hard=True, a="B", age=4, sex="Female", eth="White", dis="No", legal="Other",
 pn="N8 Absent parenting",
 story="Nan has had the little girl on a special guardianship order since she was a baby because Mum was using heroin and drinking, and Nan is 64 now with bad arthritis in both knees and she is finding the stairs and the running around really hard. The SGO allowance got cut when Nan started getting her pension and nobody explained why, so money is really tight. Mum still turns up at the house drunk sometimes shouting for her daughter and Nan doesnt want to call the police on her own child. The little one is doing great at nursery and is really bonded to Nan, who is a lovely lady.",
 needs=[
  N("Parent or carer","Income","Nan needs her SGO allowance looked at again and all the benefits shes entitled to","she might not be able to carry on and the little girl ends up in care",L3,"allowance reviewed, benefits check done","rang the SGO support team, benefits check",WEL,"Partly met"),
  N("Parent or carer","Ensuring safety","Nan needs a plan for what to do when Mum turns up drunk, and to feel its ok to ring for help","the little girl sees it and gets frightened",L3,"Nan has a plan","talked it through, gave her the numbers",EHFS,"Partly met"),
  N("Parent or carer","Health","Nan needs her knees sorting and some help around the house","",L2,"","GP, adult social care",OTH,"Not met"),
 ],
 services=[S(EHFS,"Eastgate Family Hub","Yes","Partly"), S(WEL,"Marrowfield Money Advice","No","Yes")]),

# ---- Tom Aspinall
dict(p="KIN", hard=False, a="C", age=10, sex="Male", eth="White", dis="No", legal="Looked after",
 pn="N1 Abuse or neglect",
 story="10yo. Placed w/ maternal aunt under Reg 24 after emergency removal (neglect, M's MH). Aunt has 3 own kids, 2-bed flat - C sleeping on sofa. Aunt committed but strained. Connected carer assessment ongoing. C settled, school good.",
 needs=[
  N("Parent or carer","Housing","Aunt needs bigger property","Placement breaks down",L3,"","Housing priority req",HOUS,"Not met"),
  N("Parent or carer","Income","Aunt - fostering allowance + setting-up costs","",L2,"","",CARE,"Met"),
  N("Mother","Health","M MH","",L2,"","",AMH,"Not known"),
 ],
 services=[S(CARE,"Marrowfield Fostering (connected carers)","Yes","Yes"), S(SW,"Marrowfield CSC Children in Care Team","Yes","Yes")]),

# ---- Keith Dunmore
dict(p="KIN", hard=False, a="E", age=8, sex="Male", eth="Black or Black British", dis="No", legal="Other",
 pn="N1 Abuse or neglect",
 story="Previously looked after, now subject to a Special Guardianship Order with maternal grandparents. Eligible for Pupil Premium Plus; school unaware of his status until the Virtual School advice contact. Frequent incidents at lunchtime, including hitting peers; one fixed-term exclusion. Grandparents say they were not told what to expect and feel judged by the school. No post-order support in place.",
 needs=[
  N("Child","Education","Pupil needs the school to use his Pupil Premium Plus for a trauma-informed plan and needs an ELSA.","Repeated exclusions, breakdown of school placement.",L3,"No further exclusions; plan in place.","Virtual School training offered to staff; PP+ plan agreed.",EDU,"Partly met"),
  N("Parent or carer","Emotional warmth","Grandparents need to understand his behaviour as trauma and have somewhere to take their worries.","Risk to SGO placement.",L3,"","Referral to post-order support and kinship carers group.",CARE,"Not met"),
 ],
 services=[S(EDU,"Marrowfield Virtual School","Yes","Yes")]),

dict(p="KIN", hard=False, a="E", age=13, sex="Female", eth="Mixed", dis="No", legal="Other",
 pn="N8 Absent parenting",
 story="Pupil lives with her older sister, aged 22, who holds a Special Guardianship Order since their mother left the country and their father's whereabouts became unknown. Sister works full time in retail and has a young baby of her own. Attendance 82%, frequent lates; pupil reported to be staying out late and arguing with sister. Sister states she 'didn't sign up to parent a teenager' and is considering whether she can continue.",
 needs=[
  N("Parent or carer","Guidance and boundaries","Sister needs help to set boundaries for a teenager as a young carer herself.","SGO placement breaks down; pupil enters care.",L4,"","Kinship carer support; parenting advice.",PP,"Not met"),
  N("Child","Education","Improve attendance.","",L2,"","",EDU,"Partly met"),
  N("Parent or carer","Income","Sister needs childcare and financial help.","",L2,"","",WEL,"Not known"),
 ],
 services=[S(EDU,"Marrowfield Education Welfare Service","Yes","Partly")]),
]
