from _form import *

CASES = [
# ---- Jo Pennick (0-19 nurse): clipped clinical
dict(p="BAB", hard=False, a="A", age=0, sex="Female", eth="White", dis="No", legal="Early help",
 pn="N4 Family in acute stress",
 story="Baby 11 wks, seen at new birth and 6-8 wk contact. Mum 19, EPDS 17 at 6 wks, tearful throughout, says she does not feel the baby is hers. Partner works nights at the distribution centre and sleeps days, so Mum alone with baby most of the time in a first-floor flat she moved into late in pregnancy. Weight dropped from 50th to 25th centile, bottle feeds rushed and propped. No family locally, maternal grandmother lives two hours away.",
 needs=[
  N("Mother","Health","Mum needs her low mood and intrusive thoughts treated so she can manage the day with baby.","Risk of deterioration, possible PND becoming severe, baby's care drops off.",L3,"EPDS under 10 in 3 months, Mum reports feeling close to baby.","GP review, perinatal MH team, listening visits weekly in meantime.",AMH,"Partly met"),
  N("Child","Health","Baby needs to be fed responsively, held for feeds and not propped, so weight gets back on her centile.","Faltering growth.",L3,"Back on 50th centile.","Feeding plan, weekly weighs at clinic.",HV,"Met"),
  N("Mother","Family's social integration","Mum needs at least one other adult she can ring during the day when it gets too much.","",L2,"","Baby group at the hub, peer support.",HUB,"Not met"),
 ],
 services=[S(HV,"Marrowfield 0-19 Healthy Child Service","Yes","Yes"), S(AMH,"Larch Perinatal Mental Health Team","Yes","Yes")]),

dict(p="BAB", hard=True, a="A", age=0, sex="Male", eth="Asian or Asian British", dis="No", legal="Early help",
 pn="N4 Family in acute stress",
 story="11 mth old boy, not yet sitting unsupported, spends most of the day in a car seat in the front room. Mum came to the UK to join her husband eighteen months ago, speaks little English and lives with his parents and two of his brothers. Interpreter used at 9-12 mth review; Mum said very little with mother-in-law in the room and mother-in-law answered most questions for her. Mum does not have a key to the house or her own money and has not registered with a GP. No disclosure of abuse but I am uneasy about how much say Mum has over anything.",
 needs=[
  N("Child","Stimulation","Baby needs floor time and play every day so he builds strength to sit, roll and crawl.","Motor delay will widen.",L2,"Sitting by 12 mth review recheck.","Home visits with interpreter, demo floor play.",HV,"Partly met"),
  N("Mother","Family's social integration","Mum needs to be able to go out on her own, learn English and meet other mums.","Isolation, low mood, nobody outside the family sees baby.",L3,"Mum attends ESOL with creche.","ESOL class at hub with creche.",HUB,"Not met"),
  N("Mother","Ensuring safety","Mum needs a chance to talk to someone alone, without in-laws present, about how things are at home.","Possible hidden coercive control missed.",L3,"","Seen alone at clinic, routine enquiry re DA.",DAV,"Not known"),
 ],
 services=[S(HV,"Marrowfield 0-19 Healthy Child Service","Yes","Partly")]),

dict(p="BAB", hard=False, a="A", age=None, sex="Not known", eth="White", dis="Not known", legal="Child in need",
 pn="N1 Abuse or neglect",
 story="Pre-birth, Mum 22 wks pregnant. Mum is a care leaver, previous child removed and adopted three years ago after neglect and Mum's depression. Booked late. Says she is 'doing it properly this time', attending antenatal, has stopped smoking. Father of baby not known to services, Mum says he is 'supportive' but he has not come to any appointment. Mum has a 1 bed flat, no cot, no pram yet.",
 needs=[
  N("Mother","Emotional warmth","Mum needs to show she can notice and respond to a baby's cues, and to understand what went wrong last time.","Repeat of previous neglect, baby removed.",L4,"Mum can talk about what she would do differently; good attachment observed after birth.","Pre-birth assessment by SW; enhanced HV antenatal visits; Mum's own PA.",SW,"Partly met"),
  N("Mother","Health","Needs perinatal MH input before birth.","",L3,"","",AMH,"Not met"),
  N("Parent or carer","Basic care","Mum needs cot, pram, steriliser and enough money for the first weeks.","",L2,"Equipment in place by 36 wks.","Leaving care grant, baby bank.",WEL,"Met"),
 ],
 services=[S(SW,"Marrowfield Children's Social Care","Yes","Yes"), S(HV,"Marrowfield 0-19 Healthy Child Service","Yes","Yes"), S(OTH,"Leaving Care Service (personal adviser)","Yes","Partly")]),

# ---- Shelley Marsh (early help FSW): long, run-on, misspellings, about Mum
dict(p="BAB", hard=False, a="B", age=2, sex="Male", eth="White", dis="Not known", legal="Early help",
 pn="N4 Family in acute stress",
 story="Mum is a single parent and has really bad anxiety and panic attacks which started after the little one was born and she has got to the point where she doesnt leave the house at all apart from the garden, her sister does the shopping for her. The little boy is 2 and a half and is only saying a few words and hasnt been to any groups or nursery ever, he watches alot of tablet and Mum says he is her whole world and she doesnt want anyone else looking after him. Mum has debts on the electric and council tax and the letters are piling up unopened behind the door because she is to scared to open them. She is lovely with him when I visit and the house is clean, its just that both of them are stuck inside.",
 needs=[
  N("Mother","Health","Mum needs help with her anxiety so she can get out of the front door and take him places","he wont get to nursery and his talking will get further behind, and Mum will just get worse",L3,"Mum walking to the park with him and to the hub by the end","I did graded walks with Mum, GP appt for meds, talking therapies self referal",AMH,"Partly met"),
  N("Child","Education","He needs to start his funded 2 year old place and mix with other children","behind when he starts school",L2,"attending nursery 3 mornings","I went with them for the settling in sessions",HUB,"Met"),
  N("Child","Health","Needs speech and language","",L2,"","",SALT,"Not met"),
  N("Parent or carer","Income","Mum needs to sort her debts out and have someone open the letters with her","bailifs, possibly the electric cut off",L2,"payment plans set up","went through all the post with her and booked money advice",WEL,"Met"),
 ],
 services=[S(EHFS,"Eastgate Family Hub","No","Yes"), S(WEL,"Marrowfield Money Advice","No","Yes"), S(HUB,"Eastgate Family Hub nursery","Yes","Yes")]),

dict(p="BAB", hard=False, a="B", age=0, sex="Female", eth="Mixed", dis="No", legal="Early help",
 pn="N3 Parental disability or illness",
 story="Dad is 23 and has been looking after the baby on his own since she was 3 weeks old because Mum was taken into the mother and baby unit with postnatal psychosis and then they had to seperate Mum and baby for a while as Mum was to unwell. Dad had to stop work at the warehouse and Universal Credit hasnt come through yet so there is no money coming in and he is living on his overdraft. He is doing brilliant with her to be fair but he is exhausted, hes not sleeping, and he said to me he has never even changed a nappy before all this. His own Mum helps when she can but she works full time.",
 needs=[
  N("Father","Basic care","Dad needs some practical showing how with feeds, sleep and bathing and some one to check in with him","baby care slips when he is shattered",L2,"Dad confident with routine","weekly home visits, HV did the feeding stuff",HV,"Met"),
  N("Father","Income","Dad needs money coming in while he cant work, his UC claim sorted and carers allowance looked into","rent arrears, could lose the flat",L3,"UC in payment","rang UC with him, food bank vouchers",WEL,"Met"),
  N("Mother","Health","Mum needs to get well enough to come home and bond with the baby again","",L3,"Mum home with baby with support","MBU and perinatal team",AMH,"Partly met"),
 ],
 services=[S(EHFS,"Eastgate Family Hub","Yes","Yes"), S(AMH,"Larch Perinatal Mental Health Team","Yes","Yes"), S(HV,"Marrowfield 0-19 Healthy Child Service","Yes","Yes")]),

dict(p="BAB", hard=True, a="B", age=1, sex="Female", eth="White", dis="No", legal="Early help",
 pn="N4 Family in acute stress",
 story="Mum and Dad have an 18 month old and theres alot going on, Dad lost his job at the garage in the spring and since then the money has been really tight and they are behind on the rent to the private landlord who wont fix the black mould in the babys bedroom so she has had chest infections back to back. Mum has had depression since her teens and is back on her tablets and says she is shouting at Dad all the time and then feels awful. Dad admitted he is drinking more at the weekends, cans mostly, he says its to switch off and that he would never drink when hes looking after her. Nursery have noticed she is clingy and quite a sad little girl on a Monday.",
 needs=[
  N("Whole family","Housing","The family need the mould sorted or to be moved somewhere dry because the baby keeps getting ill","babys chest gets worse, hospital",L3,"Landlord does the work or family rehoused","environmental health contacted, housing options appt",HOUS,"Partly met"),
  N("Parent or carer","Income","Parents need a plan for the rent arrears and Dad needs help getting back into work","eviction",L3,"arrears plan agreed","money advice, job centre work coach",WEL,"Partly met"),
  N("Mother","Health","Mum needs her depression properly treated not just tablets","",L2,"","GP review",AMH,"Not known"),
  N("Father","Family history and functioning","Dad needs to understand how the drinking and the arguing lands on a little one","it turns into something bigger",L2,"Dad cuts down, fewer rows","talked about it on visits, gave him the drink line number",SMA,"Not met"),
 ],
 services=[S(EHFS,"Eastgate Family Hub","Yes","Partly"), S(HOUS,"Marrowfield Housing Options","Yes","Partly")]),

dict(p="BAB", hard=True, a="B", age=3, sex="Male", eth="Black or Black British", dis="No", legal="Early help",
 pn="N4 Family in acute stress",
 story="Mum has a 3 year old and a new baby of 10 weeks and she is on her knees to be honest. The 3 year olds Dad was very violent to Mum and he went to prison for it two years ago, there is a non molestation order and no contact, and Mum did the Freedom Programme at the time and says she has put all that behind her. Since the baby came the 3 year old has been hitting the baby and hitting Mum and having massive tantrums and Mum says sometimes when he screams at her he looks just like his Dad and she freezes. She has been diagnosed with postnatal depression and cries alot on my visits. The babys Dad is around and is kind but works away most weeks.",
 needs=[
  N("Mother","Health","Mum needs her postnatal depression treated and some sleep","she cant keep going like this, both kids will suffer",L3,"Mum feeling better, EPDS down","GP, HV listening visits",AMH,"Partly met"),
  N("Mother","Guidance and boundaries","Mum needs a parenting course to help with the 3 year olds behaviour","behaviour gets worse and baby gets hurt",L3,"Mum able to calm him, no more hitting the baby","Incredible Years at the hub",PP,"Met"),
  N("Child","Emotional and behavioural development","He needs to feel he still matters now theres a baby and have some time just with Mum","",L2,"","nursery extra hours so Mum gets a break, one to one time plan",HUB,"Met"),
  N("Mother","Family history and functioning","Mum needs to look at how what happened with his Dad is still affecting how she sees him","",L2,"","talked about it, maybe needs more",DAV,"Not met"),
 ],
 services=[S(EHFS,"Eastgate Family Hub","Yes","Yes"), S(PP,"Eastgate Family Hub (Incredible Years)","No","Yes"), S(HV,"Marrowfield 0-19 Healthy Child Service","Yes","Yes")]),

# ---- Tom Aspinall (CP SW): terse abbreviations
dict(p="BAB", hard=False, a="C", age=0, sex="Male", eth="White", dis="No", legal="Child protection plan",
 pn="N1 Abuse or neglect",
 story="4mo. Bruise L cheek seen by HV, no expl. S47, CP med - inconclusive. M has LD (mild), F anxiety/OCD. Both loving, struggle w/ routine, night feeds missed. CP plan cat neglect. PLO pre-proceedings.",
 needs=[
  N("Parent or carer","Basic care","Ps need to do feeds/nappies/safe sleep to a routine w/o prompting","NAI/neglect, care proceedings",L4,"","PAMS assessment, daily visits",IFI,"Partly met"),
  N("Mother","Ensuring safety","M to understand info given in a way she can use (LD)","",L3,"","",OTH,"Not met"),
  N("Father","Health","F MH","",L2,"","",AMH,"Not known"),
 ],
 services=[S(SW,"Marrowfield CSC Safeguarding & Assessment","Yes","Yes"), S(IFI,"Marrowfield Family Intensive Support","Yes","Partly"), S(HV,"Marrowfield 0-19 Healthy Child Service","Yes","Yes")]),

dict(p="BAB", hard=False, a="C", age=0, sex="Female", eth="White", dis="No", legal="Child in need",
 pn="N8 Absent parenting",
 story="Baby 7 wks. M is 16, CLA herself, in M&B foster placement. M's own M not involved. FoB 19, sporadic. Baby well cared for w/ foster carer prompting; concern re M's readiness to parent alone when placement ends. CIN for baby.",
 needs=[
  N("Mother","Stability","M needs a supported place to live w/ baby when M&B placement ends","",L3,"","Pathway plan/housing",HOUS,"Not met"),
  N("Mother","Basic care","M to do night care w/o FC prompting","",L3,"","",CARE,"Partly met"),
 ],
 services=[S(CARE,"Marrowfield Fostering (parent and child placement)","Yes","Yes"), S(SW,"Marrowfield CSC Children in Care Team","Yes","Yes")]),
]
