# Pattern 1: living with the aftermath of domestic abuse (hand-written)
# needs tuples: (who, area, need, if_not_met, seriousness, outcome, work, best_service, met)
# services tuples: (service, provider, still_open, matched)
PATTERN = "Living with the aftermath of domestic abuse"

CASES = [
dict(hard=False, alt="", auditor="Dev Marsh", agency="Children's Social Care",
 age=12, sex="Male", ethnicity="White", disability="No", legal_status="Child in need", primary_need="N1 Abuse or neglect",
 story="Lives w M and 2 younger sibs. F removed from home approx 8 mths ago after DA incident, non-mol order in place. Since then Y7 boy hitting M, smashing doors, using F's phrases to her ('you're useless'). M frightened of him, says it's like F never left. Sch report no issues, he masks there. CIN plan.",
 needs=[
  ("Child", "Emotional and behavioural development", "To stop hitting M when told no + have a way to calm himself at home", "Violence escalates as he gets bigger, M can't parent him, risk of family breakdown", "3 Serious", "No physical aggression to M over 3 mths", "1:1 DA recovery work w child, home safety plan", "Children's domestic abuse recovery", "Partly met"),
  ("Mother", "Guidance and boundaries", "M to hold 2-3 house rules w/o backing down out of fear of him", "Son learns that aggression gets results", "3 Serious", "M sets + keeps rules, logs fewer blow-ups", "APV-specific parenting work", "Parenting programme", "Not met"),
  ("Father", "Family and social relationships", "Contact w F predictable + not used to dig for info on M", "Contact stays chaotic, F keeps control through the boy", "2 Moderate", "Supervised contact arrangement agreed via court", "", "Social work (child in need or protection)", "Partly met"),
 ],
 services=[
  ("Social work (child in need or protection)", "Brackenmoor CSC Assessment and Intervention Team", "Yes", "Partly"),
  ("Domestic abuse support (victim)", "Thornlea Women's Aid outreach", "No", "Partly"),
 ]),

dict(hard=False, alt="", auditor="Dev Marsh", agency="Children's Social Care",
 age=4, sex="Female", ethnicity="Mixed", disability="No", legal_status="Child protection plan", primary_need="N1 Abuse or neglect",
 story="4yo F, lives w M + baby half-sib. Serial DA by M's partner, MARAC x2. Partner now remanded; M went to refuge then temp accom in Ravensby. Child wetting, night terrors, won't separate from M at nursery door. M v flat, not sleeping. CPP (emotional abuse) due review, likely step down to CIN.",
 needs=[
  ("Child", "Emotional and behavioural development", "To sleep most nights w/o terrors + let go of M at nursery door", "Anxiety entrenched before she starts sch", "3 Serious", "Settles at nursery within 10 mins most days", "Play-based DA recovery work", "Children's domestic abuse recovery", "Not met"),
  ("Mother", "Stability", "M to keep new tenancy + not go back to partner on his release", "High risk of re-victimisation, kids back in DA household", "4 Very serious", "Tenancy held, safety plan refreshed before release", "IDVA + housing", "Domestic abuse support (victim)", "Partly met"),
  ("Mother", "Emotional warmth", "M to have enough in the tank to play w child + respond calmly to night waking", "Child's fear reinforced by M's flatness", "2 Moderate", "", "", "Adult mental health", "Not known"),
 ],
 services=[
  ("Social work (child in need or protection)", "Brackenmoor CSC Safeguarding Team", "Yes", "Partly"),
  ("Domestic abuse support (victim)", "Thornlea Women's Aid IDVA service", "Yes", "Yes"),
  ("Housing support", "Brackenmoor Housing Options", "No", "Yes"),
 ]),

dict(hard=True, alt="Adolescents being exploited outside the home", auditor="Dev Marsh", agency="Children's Social Care",
 age=15, sex="Male", ethnicity="Black or Black British", disability="No", legal_status="Child in need", primary_need="N6 Socially unacceptable behaviour",
 story="15yo M, Y11. Long DA hx, F left 2 yrs ago but still turns up at the house. Missing overnight x4 this term, found in Millgate town centre w older lads. Police view: peripheral, no drugs or cash found, no CCE indicators yet. Says he goes out bc he can't stand being in the house after F's been round. M says he took on the 'man of the house' role once F went.",
 needs=[
  ("Child", "Emotional and behavioural development", "Somewhere/someone to go to when F turns up that isn't the street", "Drift into CCE, already on the edge of it", "3 Serious", "No missing episodes for 8 wks", "Key adult, detached youth worker", "Youth work", "Partly met"),
  ("Mother", "Ensuring safety", "M to be able to stop F coming round (post-sep abuse)", "F's visits keep destabilising the house, son keeps running", "4 Very serious", "Injunction in place, police respond to breaches", "IDVA + police", "Domestic abuse support (victim)", "Not met"),
  ("Child", "Family and social relationships", "To put down the protector role + get to be 15", "Carries adult worry, looks for belonging in risky places", "2 Moderate", "", "", "Children's domestic abuse recovery", "Not met"),
 ],
 services=[
  ("Social work (child in need or protection)", "Brackenmoor CSC Assessment and Intervention Team", "Yes", "Partly"),
  ("Youth work", "Ravensby Detached Youth Team", "Yes", "Partly"),
  ("Other", "Brackenmoor return home interview service", "No", "Partly"),
 ]),

dict(hard=False, alt="", auditor="Hilary Penhaligon-Reeve", agency="0-19 Public Health Nursing (Health Visiting)",
 age=1, sex="Female", ethnicity="White", disability="No", legal_status="Early help", primary_need="N4 Family in acute stress",
 story="Mum is a young woman in her mid-twenties who separated from her partner shortly after the birth of her second child, following a long period of coercive and controlling behaviour which she did not at the time recognise as abuse, and she told me very movingly that she only understood what had been happening to her when she read it in the police report. She is now living alone with the two children in a flat above a shop in Hollins and, although she is coping on the surface, she describes lying awake every night going over the things he used to say to her, and she has lost a great deal of weight. Her own mother lives some distance away and there has been a falling out which Mum believes was engineered by her ex-partner. Baby is meeting her milestones and is clearly well attached to Mum, although Mum worries that baby will 'turn out like him'. I have been visiting rather more often than the universal offer would usually allow because I am worried about Mum's low mood and her isolation.",
 needs=[
  ("Mother", "Family history and functioning", "Mum needs to be able to make sense of what happened to her in the relationship and to recognise that the controlling behaviour was not her fault, so that she can stop reliving it every night and has emotional energy left for the baby and her older child", "Mum's sleep and mood will continue to deteriorate and she may drift back into contact with the ex-partner, who has already made approaches through his family", "3 Serious", "Mum is sleeping better and can describe the relationship as abusive in her own words", "A recovery group for women after abuse, with health visitor listening visits alongside it", "Domestic abuse support (victim)", "Partly met"),
  ("Mother", "Wider family", "Mum would dearly like to mend things with her own mother, who she feels was turned against her, and to have somebody she can telephone when things are hard", "Mum remains isolated, with no-one close enough to notice if she becomes unwell", "2 Moderate", "Mum is in regular contact with at least one member of her family", "Family group conference offered to Mum", "Family group conference", "Not met"),
  ("Child", "Health", "Baby to keep gaining weight and reaching her milestones while Mum is so low", "", "1 Low", "", "", "Health visiting or school nursing", "Met"),
 ],
 services=[
  ("Health visiting or school nursing", "Brackenmoor 0-19 Public Health Nursing", "Yes", "Yes"),
  ("Domestic abuse support (victim)", "Thornlea Women's Aid recovery group", "Yes", "Yes"),
 ]),

dict(hard=True, alt="Parent's mental ill health leaving the child without routine or warmth", auditor="Hilary Penhaligon-Reeve", agency="0-19 Public Health Nursing (Health Visiting)",
 age=3, sex="Male", ethnicity="Asian or Asian British", disability="No", legal_status="Early help", primary_need="N3 Parental disability or illness",
 story="Mum has a long history of depression which she first experienced as a teenager, and her GP restarted her antidepressants last winter after what she calls a very dark patch. I think it is important to record, however, that her mood has lifted and dipped in step with her ex-husband's behaviour: he left the family home after a serious assault, but he continues to send her messages through the children's cousins and has applied to the court for more contact. Mum feels unable to speak about the abuse to her wider family because of the shame she believes it would bring, and she has asked me not to mention it in front of her mother-in-law, who still visits. The little one has very few words for his age and hits out at his sister when he is frustrated, and Mum carries a great deal of guilt that he saw so much of the violence as a baby.",
 needs=[
  ("Mother", "Ensuring safety", "Mum needs the messages and indirect approaches from her ex-husband to stop, so that she is no longer waiting in fear for the next one to arrive", "Mum's depression will return with every court hearing and the children will keep seeing her frightened", "3 Serious", "A court order that sets out how contact is arranged, with nothing passed through family members", "Independent domestic violence advocate and family court advice", "Domestic abuse support (victim)", "Partly met"),
  ("Mother", "Family's social integration", "Mum would like to be able to talk about what happened with women from her own community who will not judge her", "Mum stays silent and alone with what happened", "2 Moderate", "", "A women's group run in community languages", "Domestic abuse support (victim)", "Not met"),
  ("Child", "Family and social relationships", "The little one needs other ways than hitting to show his sister that he is cross", "Hitting becomes his way of dealing with other children at nursery", "2 Moderate", "Nursery report fewer hitting incidents", "", "Children's domestic abuse recovery", "Not met"),
  ("Child", "Education", "He needs to be using more words so that he can tell the adults around him what he wants", "", "2 Moderate", "", "", "Speech and language therapy", "Partly met"),
 ],
 services=[
  ("Health visiting or school nursing", "Brackenmoor 0-19 Public Health Nursing", "Yes", "Partly"),
  ("Adult mental health", "Talking Minds Brackenmoor (primary care psychological therapies)", "No", "Partly"),
  ("Speech and language therapy", "Brackenmoor Community Speech and Language Therapy", "Yes", "Yes"),
 ]),

dict(hard=False, alt="", auditor="Gary Tolland", agency="Youth Justice and Targeted Youth Support",
 age=14, sex="Female", ethnicity="White", disability="No", legal_status="Early help", primary_need="N6 Socially unacceptable behaviour",
 story="Referred by school for fighting. Dad was violent to mum and has been gone about a year, there is a restraining order. She has been excluded twice for fighting girls who she says were talking about her family. Not known to police. Mum says she is the spitting image of her dad when she kicks off.",
 needs=[
  ("Child", "Emotional and behavioural development", "Needs anger management", "More exclusions, could end up permanently excluded", "3 Serious", "No more suspensions this year", "Anger management 1:1", "Youth work", "Partly met"),
  ("Child", "Family and social relationships", "Needs counselling about what happened with dad", "", "3 Serious", "", "", "Children's domestic abuse recovery", "Not met"),
  ("Mother", "Guidance and boundaries", "Mum needs a parenting course", "", "2 Moderate", "", "", "Parenting programme", "Not met"),
  ("Child", "Education", "Needs a mentor in school", "", "2 Moderate", "", "", "Educational support (SENCo, educational psychology)", "Partly met"),
 ],
 services=[
  ("Youth work", "Brackenmoor Targeted Youth Support", "Yes", "Partly"),
  ("Early help family support", "Brackenmoor Early Help Service", "Yes", "Partly"),
 ]),

dict(hard=True, alt="Families tipped into crisis by debt and housing loss", auditor="Kez Barlow", agency="Early Help (Family Hub)",
 age=7, sex="Female", ethnicity="White", disability="No", legal_status="Early help", primary_need="N7 Low income",
 story="mum come to the hub becuase she had no gas or electric and was in alot of debt. turns out most of the debt is in her name from when she was with her ex, he took out catalogues and a loan in her name and she didnt know till the letters started coming. he was violent, police were involved a couple of years back and hes living in another area now. shes paying it all back out of her universal credit so theres nothing left for food by the end of the month. her daughter is quiet and clingy, dosent like mum out of her sight and the teacher says shes always asking if mum is ok.",
 needs=[
  ("Mother", "Income", "mum needs the debt he ran up in her name looked at so she isnt the one paying for it", "shes going without food and heating and so are the kids", "3 Serious", "debts challenged as economic abuse and payments stopped or cut right down", "debt advice from someone who knows about economic abuse", "Welfare and debt advice", "Partly met"),
  ("Child", "Emotional and behavioural development", "daughter needs to stop worrying about mum all day at school", "carrys on being anxious and cant concentrate on her work", "2 Moderate", "", "", "Children's domestic abuse recovery", "Not met"),
  ("Mother", "Family history and functioning", "mum needs to see that what he did with the money was abuse to", "she keeps blaming herself for being stupid", "2 Moderate", "", "", "Domestic abuse support (victim)", "Not met"),
 ],
 services=[
  ("Welfare and debt advice", "Moorside Money Advice", "Yes", "Yes"),
  ("Family hub or children's centre", "Hollins Lane Family Hub", "Yes", "Partly"),
  ("Other", "Hollins community food pantry", "No", "Partly"),
 ]),

dict(hard=False, alt="", auditor="Kez Barlow", agency="Early Help (Family Hub)",
 age=9, sex="Male", ethnicity="White", disability="No", legal_status="Child in need", primary_need="N1 Abuse or neglect",
 story="2 boys, this is the older one. dad left after the police came out for the last time, there was loads of incidents before that. contact is every other weekend and he comes back from dads wound up, swearing at mum and telling her shes the reason dad went. mum is doing really well in herself, shes done the freedom course, but she cant get him to listen. lovely in school apparantly.",
 needs=[
  ("Child", "Family and social relationships", "he needs to understand it wasnt mum that made dad leave", "him and mum fall out for good and he asks to live at dads which isnt safe", "3 Serious", "he stops blaming mum for it", "", "Children's domestic abuse recovery", "Not met"),
  ("Father", "Guidance and boundaries", "dad needs to stop running mum down infront of the boys on contact", "same thing every weekend, boys pick it up", "3 Serious", "", "", "Domestic abuse perpetrator programme", "Not met"),
  ("Mother", "Guidance and boundaries", "mum needs some ideas for when he gets back from dads wound up", "", "2 Moderate", "calmer handovers after contact", "", "Early help family support", "Partly met"),
 ],
 services=[
  ("Social work (child in need or protection)", "Brackenmoor CSC Children in Need Team", "Yes", "Partly"),
  ("Domestic abuse support (victim)", "Thornlea Women's Aid", "No", "Yes"),
 ]),

dict(hard=False, alt="", auditor="Kez Barlow", agency="Early Help (Family Hub)",
 age=2, sex="Male", ethnicity="White", disability="No", legal_status="Early help", primary_need="N4 Family in acute stress",
 story="young mum, 19, moved into the area from a refuge in another town with her little boy. she dosent know anyone round here and is scared to go out incase he finds out where she is. she wont take the little one to any groups. flat is bare, theres no bed for him so hes sleeping on the sofa with her.",
 needs=[
  ("Mother", "Family's social integration", "mum needs to feel ok going out so he can mix with other kids", "he wont have played with other children before nursery and mum stays on her own", "2 Moderate", "goes to one group a week", "", "Family hub or children's centre", "Partly met"),
  ("Child", "Basic care", "he needs his own bed", "", "2 Moderate", "bed in", "", "Welfare and debt advice", "Met"),
  ("Mother", "Ensuring safety", "mum needs to know her address is protected and what to do if he turns up", "she stays scared stiff and stuck indoors", "3 Serious", "safety plan done and marker on the address", "", "Domestic abuse support (victim)", "Met"),
 ],
 services=[
  ("Family hub or children's centre", "Hollins Lane Family Hub", "Yes", "Yes"),
  ("Domestic abuse support (victim)", "Thornlea Women's Aid", "Yes", "Yes"),
 ]),

dict(hard=True, alt="Parent's mental ill health leaving the child without routine or warmth", auditor="Anwen Castleton", agency="Education (school Designated Safeguarding Lead)",
 age=10, sex="Female", ethnicity="White", disability="No", legal_status="Early help", primary_need="N1 Abuse or neglect",
 story="Pupil is in Year 5 and attendance has fallen to 78% this academic year, which places her in the persistent absence category. The attendance officer has completed a home visit and a Stage 2 attendance meeting was held with mother. At the meeting mother disclosed significant anxiety and panic attacks since separating from pupil's father, who was abusive, and stated that pupil does not want to leave her alone in the mornings. Father has been seen outside the school gates on two occasions and both have been logged. Pupil presents as anxious in class and frequently asks to go to the office to telephone home.",
 needs=[
  ("Child", "Education", "Pupil to attend school daily and arrive before the close of registration", "Further decline in attendance and gaps in learning; statutory attendance procedures would follow", "3 Serious", "Attendance above 90% by the end of term", "Attendance support plan with a morning meet and greet by a key adult", "Educational support (SENCo, educational psychology)", "Partly met"),
  ("Mother", "Ensuring safety", "Mother to be protected from father approaching her at school, with a clear procedure for staff when he is seen", "Pupil's anxiety about leaving mother continues", "3 Serious", "Written safety plan shared with the school office", "", "Domestic abuse support (victim)", "Not met"),
  ("Child", "Emotional and behavioural development", "Pupil to be able to remain in class without needing to check that mother is safe", "", "2 Moderate", "", "", "Children's domestic abuse recovery", "Not met"),
 ],
 services=[
  ("Educational support (SENCo, educational psychology)", "Kestrel Bank Academy pastoral team", "Yes", "Partly"),
  ("Early help family support", "Brackenmoor Early Help Service", "Yes", "Partly"),
 ]),

dict(hard=False, alt="", auditor="Anwen Castleton", agency="Education (school Designated Safeguarding Lead)",
 age=13, sex="Male", ethnicity="Mixed", disability="Yes", legal_status="Child in need", primary_need="N1 Abuse or neglect",
 story="Pupil is in Year 8 and has an EHCP with a primary need of SEMH. A disclosure was made to the form tutor that pupil witnessed father strangling mother prior to the separation; this was referred to the MASH the same day in line with school procedure. Father no longer resides at the family home. Since the disclosure pupil has had three recorded incidents of damage to property and one assault on a member of staff, resulting in a suspension. Mother attended the reintegration meeting and reported that pupil is having nightmares.",
 needs=[
  ("Child", "Emotional and behavioural development", "Pupil to be able to talk about what he witnessed at home without becoming dysregulated", "Escalating incidents; risk of permanent exclusion and breakdown of his school place", "3 Serious", "Recorded incidents reduced to fewer than one per half term", "Trauma-informed 1:1 sessions in school", "Children's domestic abuse recovery", "Not met"),
  ("Child", "Education", "EHCP outcomes to be updated at an early annual review to reflect recent trauma", "Provision does not reflect current need", "2 Moderate", "Early review held and amended plan issued", "", "Educational support (SENCo, educational psychology)", "Partly met"),
  ("Mother", "Emotional warmth", "Mother to know how to respond when pupil wakes from nightmares", "", "2 Moderate", "", "", "Domestic abuse support (victim)", "Not known"),
 ],
 services=[
  ("Social work (child in need or protection)", "Brackenmoor CSC Children in Need Team", "Yes", "Partly"),
  ("Educational support (SENCo, educational psychology)", "Brackenmoor Educational Psychology Service", "Yes", "Partly"),
  ("Child and adolescent mental health (CAMHS)", "Kestrel CAMHS", "No", "Partly"),
 ]),

dict(hard=False, alt="", auditor="Anwen Castleton", agency="Education (school Designated Safeguarding Lead)",
 age=6, sex="Male", ethnicity="White", disability="No", legal_status="Early help", primary_need="N4 Family in acute stress",
 story="Pupil joined the school mid-year following a move from another local authority, having previously lived in a refuge with mother and two siblings. The safeguarding file from the previous school has been received and records historic domestic abuse by mother's former partner. Pupil has not yet settled; he hides under tables when adults raise their voices and startles at the sound of the fire door. Mother has engaged well with school and is attending a women's recovery group.",
 needs=[
  ("Child", "Emotional and behavioural development", "Pupil to feel settled in class and remain at his table when adults raise their voices", "Ongoing hypervigilance will affect learning and peer relationships", "2 Moderate", "Pupil remains in class for full lessons", "Nurture group place and a consistent calm adult", "Children's domestic abuse recovery", "Partly met"),
  ("Child", "Family and social relationships", "Pupil to form at least one friendship within his new class", "", "1 Low", "", "", "Educational support (SENCo, educational psychology)", "Partly met"),
  ("Whole family", "Housing", "Family to be allocated permanent housing so that pupil does not face a further change of school", "A further move would undo the settling achieved so far", "2 Moderate", "", "", "Housing support", "Not known"),
 ],
 services=[
  ("Educational support (SENCo, educational psychology)", "Kestrel Bank Academy nurture group", "Yes", "Yes"),
  ("Domestic abuse support (victim)", "Thornlea Women's Aid", "Yes", "Yes"),
  ("Housing support", "Brackenmoor Housing Options", "Yes", "Partly"),
 ]),
]
