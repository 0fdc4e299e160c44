from common import n, s, case
P = "after_domestic_abuse"
CASES = [
case(P, False, "Tash W.", 7, "Male", "White", "No", "Early help", "N1 Abuse or neglect",
 "Mum left his dad 6 months ago after 8 years of DA, she is now in a new housing association tenancy the other side of town. Since the move he has started wetting the bed again, "
 "and he hits and kicks mum when she tells him no, and says he wants to live with his dad. Contact with dad is supervised at the contact centre every other Saturday. "
 "Mum is doing brilliantly in lots of ways but she says when he shouts at her it is like hearing his dad.",
 [n("Mother", "Guidance and boundaries", "Mum needs to be able to say no to him without feeling she is being like his dad",
    "He will learn that hitting gets him his own way", 2, "Mum uses the same calm no and follows through", "", "Early help family support", "Partly met"),
  n("Child", "Emotional and behavioural development", "He needs play therapy to talk about what he saw",
    "", 3, "", "Waiting list for the children's DA group", "Children's domestic abuse recovery", "Not met"),
  n("Mother", "Family history and functioning", "Mum needs the Freedom Programme", "", 2, "Completed", "", "Domestic abuse support (victim)", "Met"),
  n("Child", "Health", "bedwetting - needs to be seen by the school nurse", "", 2, "", "", "Health visiting or school nursing", "Partly met")],
 [s("Early help family support", "Early help", "Yes", "Partly"),
  s("Domestic abuse support (victim)", "Local DA charity", "No", "Yes")],
 2, "Partly"),

case(P, False, "Anjali R.", 1, "Female", "Black or Black British", "No", "Child in need", "N1 Abuse or neglect",
 "Dad left after police were called to a serious assault on Mum in the spring; he is now living in another town. Since then Mum has been low, spends most days on the "
 "sofa or in bed, and at 14 months the baby is not yet crawling or pulling to stand. Dad controlled all the money during the relationship and Mum is trying to "
 "manage on about £30 a week for food while her benefit claim is sorted.",
 [n("Mother", "Stimulation",
    "Mum needs the energy and confidence to get down on the floor and play with her; since the separation she has spent most days in bed or on her phone.",
    "Baby's motor and language development will fall further behind.", 3, "Baby crawling by 16 months; Mum reports daily floor play.",
    "HV listening visits; GP review of Mum's mood.", "Health visiting or school nursing", "Partly met"),
  n("Mother", "Income",
    "Mum needs her own Universal Credit claim and child maintenance sorted, as Dad held all the money and she has about £30 a week for food.",
    "Food poverty; Mum may feel she has to go back to him.", 3, "Claim in payment.", "Welfare rights.", "Welfare and debt advice", "Met"),
  n("Child", "Health", "Baby's late crawling needs to be looked at by the GP.", "", 2, "", "", "", "Met")],
 [s("Health visiting or school nursing", "0-19 service", "Yes", "Partly"),
  s("Domestic abuse support (victim)", "Outreach worker", "Yes", "Partly"),
  s("Welfare and debt advice", "Welfare rights", "No", "Yes")],
 3, "Partly"),

case(P, False, "Bev M.", 10, "Female", "White", "No", "Child in need", "N1 Abuse or neglect",
 "dad left 18 mths ago after DA, CP plan ended, now CIN. dad using contact handovers to have a go at mum. court ordered contact, "
 "girl refusing to go, mum being blamed by dad + his solicitor for 'alienation'.",
 [n("Child", "Emotional and behavioural development", "needs her wishes re contact heard by court - CAFCASS",
    "forced into contact she's scared of", 3, "", "", "Other", "Partly met"),
  n("Mother", "Ensuring safety", "handovers at contact centre not mums house", "", 3, "", "", "", "Met"),
  n("Mother", "Family history and functioning", "mum - anxiety, GP", "", 2, "", "", "", "Not known")],
 [s("Social work (child in need or protection)", "CIN", "Yes", "Partly"),
  s("Domestic abuse support (victim)", "IDVA", "Yes", "Yes")],
 3, "Partly"),

case(P, True, "DC Rob H.", 12, "Male", "White", "No", "Child in need", "N1 Abuse or neglect",
 "DA - MARAC case. Suspect (father) arrested after assault on mother 3 months ago, on bail with no-contact conditions, breached x2. "
 "YP staying off school to 'protect mum', attended 2 of last 10 days. YP not sleeping, gets up to check doors.",
 [n("Child", "Education", "YP needs to attend school", "", 3, "", "", "", "Not met"),
  n("Mother", "Ensuring safety", "Target hardening at address + TecSOS phone", "Further assault", 4, "Installed", "", "Domestic abuse support (victim)", "Met"),
  n("Child", "Emotional and behavioural development",
    "YP needs reassurance mum is ok while he is at school - agreed text check-in at lunch", "", 3, "", "School + mum", "", "Partly met")],
 [s("Domestic abuse support (victim)", "IDVA", "Yes", "Yes"),
  s("Other", "Police DA unit", "Yes", "Partly")],
 4, "Partly", notes=""),

case(P, False, "Paul K.", 9, "Female", "Asian or Asian British", "No", "Child in need", "N4 Family in acute stress",
 "Mum left her husband of twelve years with the help of a refuge in another area and was later rehoused in Wyeford with her three children. Both her own family "
 "and her husband's family are putting pressure on her to go back, and she has been told she has brought shame on them. Her eldest daughter, aged nine, misses her "
 "father and her old school and friends, and has moved school twice this year. Mum is determined not to return but is very isolated.",
 [n("Mother", "Wider family",
    "Mum needs to be able to hold to her decision not to go back, in the face of pressure from both families, and to know what her rights are about the children and the house.",
    "Return to an abusive relationship, with the children again exposed to violence.", 4, "Mum still living independently in six months.",
    "Domestic abuse outreach; solicitor for family law advice.", "Domestic abuse support (victim)", "Partly met"),
  n("Child", "Education", "She needs to settle into her new school and make at least one friend; she has moved school twice this year.",
    "Unhappiness and falling behind.", 2, "Names a friend; settled according to her class teacher.", "", "", "Partly met"),
  n("Child", "Family and social relationships",
    "She needs to know when she will next see her Dad, and that it is not her fault she cannot live with him.",
    "Self-blame and confusion.", 3, "", "Social worker direct work.", "Social work (child in need or protection)", "Partly met"),
  n("Mother", "Housing", "Mum needs help with furniture for the new house.", "", 2, "Done.", "", "Housing support", "Met")],
 [s("Domestic abuse support (victim)", "Refuge outreach", "Yes", "Yes"),
  s("Housing support", "Housing", "No", "Yes"),
  s("Social work (child in need or protection)", "CIN team", "Yes", "Partly")],
 3, "Partly"),

case(P, True, "Tash W.", 15, "Female", "White", "No", "Early help", "N5 Family dysfunction",
 "Mums ex partner (not her dad) was violent to mum for about 3 years, he left in the summer after mum finally called the police. Since then she has been drinking at weekends, "
 "staying out late and is really angry with mum, she says mum 'let him in' and 'chose him over us'. Mum feels she has lost her daughter as well. "
 "There have been a couple of times she has not come home till 2am.",
 [n("Child", "Emotional and behavioural development", "Needs somewhere to let out her anger that isn't at mum", "", 2, "", "", "Youth work", "Not met"),
  n("Mother", "Emotional warmth", "MUM needs to say sorry to her for not seeing it sooner, she thinks mum chose him over her",
    "they will lose their relationship", 3, "", "", "", "Partly met"),
  n("Child", "Health", "drinking at weekends - needs to go to the young persons drug and alcohol service", "", 3, "", "",
    "Substance misuse service (young person)", "Partly met")],
 [s("Early help family support", "Early help", "Yes", "Partly"),
  s("Substance misuse service (young person)", "YP service", "Yes", "Partly")],
 3, "Partly", notes=""),

case(P, False, "Imogen S.", 8, "Male", "White", "No", "Child in need", "N1 Abuse or neglect",
 "Witnessed his father strangle his mother in the kitchen last year. Father is now serving a prison sentence. He has nightmares, startles at loud noises and "
 "has hit other children at school when they come up behind him. Mother is very distressed herself and finds it hard to stay calm when he is dysregulated.",
 [n("Child", "Emotional and behavioural development",
    "He needs to be able to sleep through in his own bed; at present he wakes three or four times a night and checks that the front door is locked.",
    "Chronic sleep loss, worsening behaviour at school.", 3, "Sleeping through at least four nights a week.",
    "Trauma-focused work; sleep plan with Mother.", "Child and adolescent mental health (CAMHS)", "Partly met"),
  n("Child", "Family and social relationships",
    "He needs an explanation he can understand of where his father is and why, agreed between Mother and the school so he hears the same story.",
    "Confusion and fantasy filling the gap.", 2, "", "", "", "Met"),
  n("Mother", "Family history and functioning",
    "Mother requires trauma-focused support in her own right; she is too distressed to help him regulate.", "", 3, "",
    "", "Adult mental health", "Not met"),
  n("Child", "Health", "Trauma assessment.", "", 3, "", "", "Child and adolescent mental health (CAMHS)", "Met")],
 [s("Child and adolescent mental health (CAMHS)", "CAMHS", "Yes", "Partly"),
  s("Children's domestic abuse recovery", "Children's DA group", "Yes", "Partly")],
 3, "Partly"),

case(P, True, "Bev M.", 0, "Male", "White", "No", "Child protection plan", "N1 Abuse or neglect",
 "8 mths. parents still together, 3 DA incidents in 6 mths (police called x3), dad drinks. mum minimises, says 'its just arguing'. "
 "dad doing DAPP (voluntary). CP plan emotional abuse.",
 [n("Father", "Ensuring safety", "dad to complete DAPP + stop drinking", "baby hurt or mum seriously hurt", 4, "", "", "Domestic abuse perpetrator programme", "Partly met"),
  n("Mother", "Ensuring safety", "mum to recognise impact of DA on baby", "", 4, "", "", "Domestic abuse support (victim)", "Not met"),
  n("Child", "Ensuring safety", "baby to be safe", "", 4, "", "", "", "Partly met")],
 [s("Domestic abuse perpetrator programme", "DAPP", "Yes", "Partly"),
  s("Social work (child in need or protection)", "CP team", "Yes", "Partly"),
  s("Health visiting or school nursing", "HV", "Yes", "Yes")],
 4, "Partly", notes="parents have split up + got back together twice before"),

case(P, True, "Tash W.", 6, "Female", "White", "No", "Early help", "N4 Family in acute stress",
 "Mum and her 2 girls live in a rented cottage in one of the small villages, dad left in January after years of controlling behaviour and is now living with his new partner. "
 "Dad did all the driving and mum has no licence, the bus goes twice a day and school is 5 miles away. Money is really tight as dad has stopped paying anything. "
 "Mum has started having panic attacks and has not left the village for weeks apart from the school run with a neighbour.",
 [n("Mother", "Family's social integration", "Mum needs to get to know some other mums in the village so she has someone to call",
    "She will stay isolated and the panic attacks will get worse", 2, "", "", "", "Not met"),
  n("Mother", "Employment", "Mum wants to learn to drive - needs funding for lessons", "", 2, "", "", "Other", "Not met"),
  n("Child", "Education", "needs school transport", "", 2, "", "", "", "Met"),
  n("Mother", "Family history and functioning", "Mum needs counselling for her panic attacks", "", 3, "", "", "Adult mental health", "Partly met")],
 [s("Early help family support", "Early help", "Yes", "Partly"),
  s("Welfare and debt advice", "Citizens advice outreach", "No", "Yes")],
 2, "Partly", notes=""),

case(P, False, "Gareth P.", 13, "Male", "White", "No", "Early help", "N6 Socially unacceptable behaviour",
 "We understand from Mum that his father was violent and controlling towards her for most of his early childhood, and left when he was nine. In Year 8 he has started to "
 "behave in a controlling way towards a girl in his year whom he describes as his girlfriend: checking her phone, telling her who she can speak to and turning up outside "
 "her lessons. He has also been rude and dismissive to female members of staff, though he is respectful to male teachers. Mum says he speaks to her at home the way his "
 "father used to.",
 [n("Child", "Family and social relationships",
    "He needs to understand what a healthy relationship looks like, as he is replicating his father's controlling behaviour with a girl in his year (checking her phone, telling her who she can talk to).",
    "He is likely to go on to be abusive in his own relationships, and the girl concerned is at risk now.",
    3, "No further reports of controlling behaviour over a term.", "Healthy relationships programme in school; early help worker.",
    "Early help family support", "Partly met"),
  n("Child", "Education", "He needs to reach his potential.", "", 2, "", "", "", "Not known"),
  n("Child", "Emotional and behavioural development", "He needs a mentor, ideally a male one.", "", 2, "", "", "Youth work", "Not met"),
  n("Mother", "Guidance and boundaries", "Mum needs to feel able to challenge him when he speaks to her the way his father did.",
    "", 3, "", "", "", "Partly met")],
 [s("Early help family support", "Early help", "Yes", "Partly"),
  s("Other", "School pastoral team", "Yes", "Partly")],
 3, "Partly"),

case(P, False, "Paul K.", 11, "Female", "Mixed", "No", "Closed", "N4 Family in acute stress",
 "Mum left an abusive partner two years ago. During the relationship he ran up around nine thousand pounds of debt in her name, and bailiffs and debt collectors are still "
 "contacting her. She has since moved in with a new partner whom her daughter does not trust, though there is no evidence of harm. The family are behind with the rent and "
 "have had a notice; a move would mean the girl's fourth school. The case was closed after a short period of CIN work.",
 [n("Mother", "Income",
    "Mum needs a plan to deal with the debts her ex-partner ran up in her name, so that the bailiffs stop coming to the door while her daughter is at home.",
    "Continued fear and disruption; eviction.", 3, "Debt relief order or repayment plan in place.", "Debt advice.", "Welfare and debt advice", "Partly met"),
  n("Child", "Emotional and behavioural development",
    "She needs to feel she can tell Mum she is worried about the new partner without Mum getting upset with her.",
    "She will keep her worries to herself.", 2, "", "", "", "Not known"),
  n("Whole family", "Housing", "The family need to stay in their home, as a move would mean her fourth school.", "", 3, "", "", "Housing support", "Partly met")],
 [s("Welfare and debt advice", "Debt advice charity", "Yes", "Partly"),
  s("Social work (child in need or protection)", "CIN team", "No", "Partly")],
 3, "Partly"),

case(P, False, "DC Rob H.", 4, "Female", "White", "No", "Child in need", "N1 Abuse or neglect",
 "High-risk DA (DASH 19), MARAC. Mother fled with child to refuge. Suspect (child's father) has made repeated attempts to locate them, "
 "including phoning the child's previous nursery pretending to be a relative. Stalking investigation ongoing.",
 [n("Whole family", "Ensuring safety", "Nursery collection password + photo of suspect held by nursery", "Abduction of child", 4, "In place", "", "", "Met"),
  n("Mother", "Ensuring safety", "Mum needs IDVA support", "", 4, "", "", "Domestic abuse support (victim)", "Met"),
  n("Child", "Ensuring safety", "safe and well", "", 4, "", "", "", "Partly met")],
 [s("Domestic abuse support (victim)", "IDVA / refuge", "Yes", "Yes"),
  s("Housing support", "Refuge", "Yes", "Yes")],
 4, "Yes"),

case(P, False, "Anjali R.", 3, "Male", "White", "No", "Early help", "N4 Family in acute stress",
 "Mum separated from Dad last year after he was violent towards her; there was no police involvement and she has agreed that he has their son every weekend. "
 "Since the weekend arrangement started he comes back on Sunday evenings hitting, biting and swearing. Mum thinks Dad is drinking while he has him but has no proof. "
 "Mum is otherwise managing well.",
 [n("Mother", "Guidance and boundaries",
    "Mum needs a calm, predictable routine for Sunday evenings when he comes back from Dad's, as this is when the hitting and biting happen.",
    "Behaviour will become entrenched and spill into nursery.", 2, "Fewer incidents on Sunday evenings over 6 weeks.",
    "HV behaviour plan.", "Health visiting or school nursing", "Partly met"),
  n("Father", "Basic care", "Dad needs to not drink while he has him.", "Unsafe care at weekends.", 3, "", "", "", "Not known"),
  n("Child", "Emotional and behavioural development", "He needs simple words for his feelings (cross, sad, missing Daddy) to use instead of biting.",
    "", 2, "", "Nursery and Mum.", "Family hub or children's centre", "Partly met")],
 [s("Health visiting or school nursing", "0-19 service", "Yes", "Yes"),
  s("Family hub or children's centre", "Family hub", "Yes", "Partly")],
 2, "Partly"),

case(P, False, "Bev M.", 16, "Female", "White", "No", "Child in need", "N1 Abuse or neglect",
 "grew up w mums ex who was violent to mum + to her. he left 2 yrs ago. now in her own rel'ship w 20 yr old BF who checks her phone, "
 "tells her what to wear, pushed her at a party. she says its normal, all BFs are like that.",
 [n("Child", "Family and social relationships", "needs to see BFs behaviour as abuse - she thinks its normal", "serious harm, repeat of mums life", 4, "", "",
    "Domestic abuse support (victim)", "Partly met"),
  n("Child", "Ensuring safety", "CSE/DA risk assessment", "", 3, "", "", "", "Met"),
  n("Mother", "Emotional warmth", "mum needs to stop saying 'youll end up like me'", "", 2, "", "", "", "Not met")],
 [s("Social work (child in need or protection)", "CIN", "Yes", "Partly"),
  s("Domestic abuse support (victim)", "young persons IDVA", "Yes", "Partly")],
 4, "Partly"),

case(P, False, "Sian D.", 10, "Male", "White", "No", "Child in need", "N1 Abuse or neglect",
 "He moved to live with his father six months ago after police were called to violence between his mother and her partner. Mother has stayed with the partner. "
 "He has contact with Mother but has refused the last three visits because her partner has been there. Father has not been a full-time parent before and "
 "lives in a one-bedroom flat two buses from school; they share the bedroom.",
 [n("Father", "Basic care",
    "Dad needs to be able to get him to school on time from the flat, which is two buses away.", "Lateness and missed learning; Dad may lose his job.",
    2, "On time 9 days in 10.", "School transport application; help with a bus pass.", "", "Partly met"),
  n("Child", "Family and social relationships",
    "He needs to be able to choose how often he sees Mum, and for it to be somewhere her partner will not be.",
    "Contact will break down altogether.", 3, "Monthly contact at a neutral venue that he attends.", "Social worker to agree with Mum.",
    "Social work (child in need or protection)", "Partly met"),
  n("Child", "Emotional and behavioural development",
    "He needs to stop blaming himself for not phoning the police that night.", "", 3, "", "Children's DA recovery group.",
    "Children's domestic abuse recovery", "Partly met")],
 [s("Social work (child in need or protection)", "CIN team", "Yes", "Partly"),
  s("Children's domestic abuse recovery", "Recovery group", "Yes", "Yes")],
 3, "Partly"),
]
