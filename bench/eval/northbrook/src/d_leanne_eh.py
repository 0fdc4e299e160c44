# Leanne Hughes, Early help. Typos, inconsistent capitalisation, run-on sentences.
from common import C, N, S

AUDITOR = ("Leanne Hughes", "Early help")

CASES = [
# L1
C("da_aftermath", False, 7, "Male", "White", "No", "Early help", "N1", 2, "Partly",
  "7yr old boy lives with mum and baby sister. Dad moved out in the summer after police were called, mum says there was DA for years but she never reported it. "
  "court have ordered contact every other weekend and he come's back from dads upset and has started wetting the bed again. "
  "Mum is doing really well but is worried he is alot like his dad when he gets angry.",
  [N("Child", "Health",
     "he needs to stop wetting the bed, its happening 4 or 5 nights a week now and he wont go to sleepovers",
     "embarrasment, low self esteem", 2, "dry most nights", "school nurse enuresis clinic", "HV", "Partly met"),
   N("Child", "Emotional and behavioural development",
     "needs to be able to tell someone how he feels after contact insted of taking it out on his sister",
     "hurts baby, more anger", 2, "he uses his worry monster at home and tells mum",
     "Early help worker 1-1 sessions (6)", "EH", "Partly met"),
   N("Mother", "Emotional warmth",
     "Mum to not say 'your just like your Dad' when hes angry",
     "he will beleive it", 2, "mum says she dosent say it anymore",
     "talk to mum about it, Freedom programme", "DAV", "Partly met")],
  [S("EH", "Early Help team", "Yes", "Partly"), S("DAV", "Freedom programme", "No", "Yes")]),

# L2
C("da_aftermath", False, 9, "Female", "White", "No", "Early help", "N4", 2, "Partly",
  "Mum left Dad in the new year after 12yrs of coercive control, he controlled all the money and the bank accounts were in his name. She has 3 children 9, 6 and 3. "
  "There in a housing association house now but rent arrears as the UC was in his name and took weeks to sort. "
  "9yr old (this form) is anxious, checks the doors are locked every night and wont go on the school trip becuase 'mum might need me'.",
  [N("Mother", "Income",
     "Mum needs her own bank account and UC in her own name sorted, and the debts he put in her name looked at",
     "eviction, cant feed kids", 3, "arrears cleared or a plan in place", "debt advice, DA worker", "WEL", "Partly met"),
   N("Child", "Emotional and behavioural development",
     "She needs to feel safe enough at night to stop checking the locks",
     "anxiety gets worse, sleep", 2, "stops checking within 2 months", "Early Help, worry work", "EH", "Partly met"),
   N("Child", "Family and social relationships", "needs to go on the residential trip in june",
     "misses out", 1, "goes on trip", "school + mum to plan it together, she can phone home", "", "Not known")],
  [S("EH", "Early Help team", "Yes", "Yes"), S("WEL", "Debt advice", "Yes", "Partly"),
   S("DAV", "DA outreach", "Yes", "Yes")]),

# L3 hard: DA aftermath with mother's low mood
C("da_aftermath", True, 6, "Female", "Mixed", "No", "Early help", "N1", 3, "No",
  "Referral from school as girl late nearly everyday and not had her reading book changed since october. mum told me her ex (girls dad) left last year after being violent, she has been really low since and some days cant get out of bed. "
  "She has anxiety and is on sertraline from the GP. Grandma helps sometimes but lives 40 min away on the bus.",
  [N("Mother", "Health", "Mum needs councelling for what happend with her ex", "", 2, "",
     "referal to talking therapys", "AMH", "Not met"),
   N("Child", "Education", "needs to get to school on time, she misses phonics which is first thing",
     "falls behind with reading", 3, "on time 4 out of 5 days",
     "walking bus? neighbour? school breakfast club", "EDU", "Partly met"),
   N("Child", "Stimulation", "needs someone to read with her at home, mum wants to but is to tired",
     "reading behind", 2, "reads 3 times a week", "grandma on facetime?", "", "Not met")],
  [S("EH", "Early Help team", "Yes", "Partly")]),

# L4 hard: parental MH that shows as poor attendance / isolation
C("parental_mh", True, 8, "Male", "White", "No", "Early help", "N3", 3, "Partly",
  "Mum has agrophobia and panic attacks, she hasnt left the house in 2 years except for the garden. The boys attendance is 71% because mum cant walk him and nobody else can. "
  "Dad left when he was a baby. House is ok, food is online shopping, he is clean, but he hardly goes anywhere except school and he has put on alot of weight.",
  [N("Child", "Education", "Needs a way of getting to school everyday that dosent depend on mum",
     "persistant absence, prosecution", 3, "attendance over 90%", "school taxi? friends parent", "EDU", "Partly met"),
   N("Mother", "Health", "Mum needs treatment for her agrophobia that can start at home",
     "boy stays stuck in with her", 3, "mum gets to the end of the road", "GP, online therapy", "AMH", "Not met"),
   N("Child", "Health", "his weight", "", 2, "", "school nurse", "HV", "Not met"),
   N("Child", "Family's social integration", "Needs to do a club or activity outside school with other kids",
     "isolated", 2, "goes to cubs", "", "YW", "Not met")],
  [S("EH", "Early Help team", "Yes", "Partly")]),

# L5 hard: father's PTSD, close to DA
C("parental_mh", True, 10, "Female", "White", "No", "Early help", "N3", 3, "Partly",
  "Dad is ex army and has PTSD, he is on a waiting list for veterans mental health. He shouts alot and punches walls, mum says he has never hit her or the kids. "
  "The girl says she 'walks on eggshells' and stays in her room. Mum says its not DV its his illness, school are worried as she has been drawing pictures of the house on fire.",
  [N("Child", "Emotional and behavioural development", "she needs CAMHS", "", 3, "", "gp referal", "CAMHS", "Not met"),
   N("Father", "Health", "Dad needs his PTSD treating, he has been waiting 9 months",
     "Things will get worse at home, could turn into DA", 3, "dad in treatment",
     "letter to veterans service to chase", "AMH", "Not met"),
   N("Mother", "Ensuring safety", "mum needs to think about what she will do if he does get violent, she hasnt got a plan",
     "", 3, "safety plan done", "EH worker and DA service", "DAV", "Partly met"),
   N("Child", "Emotional and behavioural development", "needs to understand dads illness and that its not her fault",
     "blames herself", 2, "can explain it in her own words", "1-1 sessions with me", "EH", "Partly met")],
  [S("EH", "Early Help team", "Yes", "Partly")]),

# L6
C("neglect_other", False, 5, "Male", "White", "No", "Child in need", "N1", 3, "Partly",
  "Mum has 5 children aged 11 down to 2 and the home conditions are really poor - dog mess in the kitchen, no sheets on the beds, the kids share 2 mattresses. "
  "No drugs or alcohol, mum is just overwhelmed since her partner went to prison (not for anything to do with the kids). Boy (5) has had 3 ear infections this year and his speech is behind.",
  [N("Whole family", "Housing", "the house needs sorting, dog mess, beds", "", 3, "each child has own bed",
     "beds from charity, family support to help mum blitz the kitchen", "EH", "Partly met"),
   N("Child", "Health", "ears - hearing", "speech", 2, "hearing test done", "GP", "OTH", "Not met"),
   N("Mother", "Basic care",
     "mum needs a routine so she's not doing everything at once, she says she dosent know where to start",
     "it will go back", 3, "morning + evening routine on the fridge", "EH worker 6 weeks", "EH", "Partly met")],
  [S("EH", "Early Help team", "Yes", "Partly"), S("SW", "Children's social care", "Yes", "Partly")]),

# L7
C("neglect_other", False, 7, "Female", "White", "No", "Child in need", "N1", 3, "No",
  "Both parents have learning disabilitys. Girl is 7 and is soiling at school most days, her teeth are bad and she is often in the same clothes all week. "
  "Parents are lovely and really want help but forget what we agree. The school nurse has been involved for 2 years. Dad works part time at a supermarket.",
  [N("Child", "Self-care skills",
     "she needs to be clean and dry at school, she is being left out by other kids because she smells",
     "bullying, isolation", 3, "no soiling for a month",
     "school nurse continence plan, check for constipation", "HV", "Partly met"),
   N("Parent or carer", "Basic care",
     "Parents need a picture chart for bath, teeth, clean clothes, because they cant read the leaflets",
     "", 3, "chart used daily", "EH worker to make one with them", "EH", "Partly met"),
   N("Parent or carer", "Basic care", "needs a parenting assesment (PAMS)", "", 3, "", "SW", "SW", "Not met")],
  [S("HV", "School nurse", "Yes", "Partly"), S("EH", "Early Help team", "No", "Partly")]),

# L8
C("neglect_other", False, 9, "Male", "Black or Black British", "No", "Early help", "N7", 2, "Partly",
  "Mum is a single parent with 3 kids. She works part time cleaning but the money dosent go far, she runs out of gas and electric on the meter most weeks and they use the food bank. "
  "The boy has been coming to school hungry and has been taking food from other childrens lunch boxes. Mum is embarresed and didnt want early help at first.",
  [N("Whole family", "Income", "They need enough money for food and the meter every week",
     "hungry cold kids", 3, "no more emergency food bank", "benefits check, household support fund", "WEL", "Partly met"),
   N("Child", "Basic care", "he needs breakfast before school", "cant concentrate, taking food",
     2, "at breakfast club daily", "free place at breakfast club", "OTH", "Met"),
   N("Mother", "Employment", "mum would like more hours or a better paid job but needs childcare after school",
     "", 1, "", "", "", "Not met")],
  [S("EH", "Early Help team", "Yes", "Yes"), S("WEL", "Welfare rights", "Yes", "Yes")]),

# L9
C("substance_neglect", False, 6, "Male", "White", "No", "Child in need", "N3", 3, "Partly",
  "Mum smokes cannabis everyday, she says to help her anxiety. The boy is late most days, often hasnt had breakfast and the house smells of it - school have noticed it on his clothes. "
  "Mum sleeps late and he gets himself ready. Dad isnt involved. mum is honest about it and dosent see a problem.",
  [N("Mother", "Health", "mum needs to stop or cut down smoking weed", "neglect gets worse", 3,
     "not smoking in the house, up in the mornings",
     "referal to drug and alcohol service (mum refused)", "SMA", "Not met"),
   N("Child", "Basic care", "needs to be woken up, given breakfast and taken to school by an adult", "", 3,
     "on time", "EH worker morning visits for 2 weeks", "EH", "Partly met"),
   N("Child", "Health", "he needs to not be breathing in smoke", "asthma?", 2, "smoke outside only", "", "", "Not known")],
  [S("EH", "Early Help team", "Yes", "Partly"), S("SW", "Children's social care", "Yes", "Partly")]),

# L10 hard: drink plus DV
C("substance_neglect", True, 8, "Female", "White", "No", "Child protection plan", "N1", 4, "Partly",
  "Both Mum and Dad drink heavily, mostly weekends and thats when the arguments happen, police have been out 3 times this year for DV and the girl rang 999 herself the last time. "
  "Dad has moved to his brothers but is back most weekends. She is 8 and was found walking to the shop on her own at 10pm to get crisps because there was no tea.",
  [N("Child", "Ensuring safety", "she needs an adult who is sober at night",
     "significant harm, she could be hurt outside at night", 4, "no more incidents",
     "CP plan, safety plan with grandparents", "SW", "Partly met"),
   N("Parent or carer", "Health", "mum and dad need alchohol services", "", 3, "both engaging", "refer", "SMA", "Not met"),
   N("Child", "Emotional and behavioural development", "Needs to not be the one who rings the police",
     "she will carry it all her life", 3, "", "safety plan with a grown up she can go to, DA recovery", "CDAR", "Not met")],
  [S("SW", "Children's social care", "Yes", "Partly"), S("DAV", "IDVA", "Yes", "Partly")],
  notes="could be a DA one but the drink is the main thing i think"),

# L11
C("young_carers", False, 10, "Female", "White", "No", "Early help", "N3", 2, "Yes",
  "10yr old girl lives with Mum who has fibromyalgia and is in alot of pain most days. She does the hoovering, helps mum in the shower and makes tea most nights. "
  "she is a lovely girl but seems older than 10 and worries at school about whether mum is ok. Mum feels guilty.",
  [N("Child", "Family and social relationships", "She needs time off from caring to be with her freinds",
     "isolated", 2, "YC group weekly", "refer young carers", "YC", "Met"),
   N("Child", "Emotional and behavioural development",
     "to know mum is ok when she's at school so she can concentrate", "", 2,
     "allowed to text mum at lunch", "plan with school", "EDU", "Met"),
   N("Mother", "Health", "mum needs help at home so her daughter isnt doing personal care", "", 2, "",
     "adult social care assesment", "OTH", "Not known")],
  [S("YC", "Young Carers", "Yes", "Yes"), S("EH", "Early Help team", "Yes", "Yes")]),

# L12 hard: APV from a boy with ADHD
C("adolescent_conflict", True, 12, "Male", "White", "Yes", "Early help", "N5", 3, "No",
  "Boy has ADHD (diagnosed, on medication) and since starting high school the violence towards mum has got worse, hes bigger than her now. He has broken the bathroom door and thrown a mug at her. "
  "Dad lives away and sees him monthly. Mum is really scared and has said she might have to put him in care.",
  [N("Mother", "Ensuring safety", "Mum to be safe at home", "", 4, "", "", "", "Not met"),
   N("Child", "Emotional and behavioural development", "needs help to manage his anger", "escalates", 3,
     "less incidents", "Youth worker", "YW", "Not met"),
   N("Mother", "Guidance and boundaries",
     "Mum needs to be able to stay calm and not argue back when he starts, she knows this but cant do it in the moment",
     "", 3, "", "non violent resistance (NVR) parenting group", "PP", "Partly met"),
   N("Child", "Health", "Needs his ADHD meds reviewed, they wear off by 4pm", "evenings are the worst time", 2,
     "review done", "Paediatrician", "OTH", "Not met")],
  [S("PP", "NVR group", "Yes", "Partly")]),

# L13
C("disabled_breaking_point", False, 8, "Male", "White", "Yes", "Child in need", "N2", 4, "Partly",
  "boy is 8 and has severe autism, he is non verbal and sleeps 3-4 hours a night. Mum is a single parent and also has his twin brother (no disability). "
  "mum hasnt slept properly in years and says she is at breaking point. He has no short breaks yet, the disabled childrens team assessment was done months ago but nothing has happened.",
  [N("Parent or carer", "Stability", "mum needs overnight short breaks",
     "mum will break down, family break down", 4, "1 night a week", "chase DCT panel", "DCS", "Not met"),
   N("Child", "Health", "he needs to sleep more than 4 hours", "", 3, "sleeping 6 hours",
     "sleep clinic / melatonin through paed", "OTH", "Partly met"),
   N("Sibling", "Family and social relationships", "His twin needs time with mum on his own, every thing is about his brother",
     "resentment, behaviour", 2, "mum does something with him weekly", "young carers? sibling group", "YC", "Not met")],
  [S("SW", "Children's social care", "Yes", "Partly"), S("DCS", "Disabled childrens team (assessment only)", "Yes", "No")]),

# L14
C("disabled_breaking_point", False, 6, "Female", "Asian or Asian British", "Yes", "Child in need", "N0", 3, "Partly",
  "Girl has a severe learning disability and epilepsy, she has seizures most nights and mum sleeps in her room. Dad works long hours and the grandparents live abroad. "
  "Mum speaks some English. the family has 2 other kids. Mum has been crying alot and says no-one understands.",
  [N("Mother", "Health", "Mum is exhausted and needs a break", "", 3, "", "short breaks", "DCS", "Not met"),
   N("Child", "Health", "needs a seizure monitor so mum dosent have to sleep in her room",
     "mum cant sleep, seizures missed", 3, "monitor in place", "epilepsy nurse", "OTH", "Partly met"),
   N("Mother", "Family's social integration", "Mum needs to meet other parents with disabled children who speak her language",
     "isolated", 2, "goes to a group", "parent carer forum", "HUB", "Not met")],
  [S("SW", "Children's social care", "Yes", "Partly"), S("OTH", "Epilepsy nurse", "Yes", "Yes")]),

# L15 hard: neglect by an overwhelmed sole father (small question over drink)
C("neglect_other", True, 4, "Male", "White", "No", "Child in need", "N8", 3, "Partly",
  "Dad is the sole carer since mum left last year and she isnt in touch. Dad works nights at a warehouse and the boy stays with various friends of Dads, sometimes different each night. "
  "The flat is cold and bare and there isnt much food. Dad says he has a few cans at the weekend, nothing more - no one else has raised drink. Boy not in nursery.",
  [N("Child", "Stability", "he needs the same person looking after him when dad is at work not whoever is free",
     "", 3, "one regular carer", "childminder? family", "", "Not met"),
   N("Child", "Education", "needs nursery, he is entitled to 15hrs and not using it", "", 2, "in nursery",
     "apply", "HUB", "Partly met"),
   N("Father", "Employment", "Dad needs day shifts or he cant do this", "", 3, "", "speak to employer", "", "Not known"),
   N("Whole family", "Income", "they need money for heating and food", "", 3, "", "benefits check", "WEL", "Partly met")],
  [S("EH", "Early Help team", "Yes", "Partly"), S("SW", "Children's social care", "Yes", "Partly")]),

# L16
C("adolescent_conflict", False, 14, "Female", "Mixed", "No", "Early help", "N0", 0, "Partly",
  "She is 14 and arguments with mum have got really bad since mums new partner moved in. She stays at her freinds house alot and mum dosent always know where she is. "
  "She has told school she hates her mum and wants to live with her Dad but Dad says he cant have her. No exploitation concerns at the moment but she is hanging round the park with older kids.",
  [N("Child", "Family and social relationships",
     "She needs to be able to say how she feels about mums partner without it turning into a screaming match",
     "", 2, "", "family meeting", "EH", "Partly met"),
   N("Mother", "Guidance and boundaries", "Mum needs to know where she is at night", "could be exploited", 3, "", "", "EH", "Not met"),
   N("Child", "Family and social relationships", "needs a family group conference", "", 2, "", "refer FGC", "FGC", "Not met")],
  [S("EH", "Early Help team", "Yes", "Partly")]),
]
