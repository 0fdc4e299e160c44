# Helen Marsh, CAMHS. Careful, textbook-specific need statements and measurable outcomes.
from common import C, N, S

AUDITOR = ("Helen Marsh", "CAMHS")

CASES = [
# H1
C("da_aftermath", False, 9, "Female", "White", "No", "Child in need", "N1", 3, "Yes",
  "Nine-year-old girl referred by her GP with nightmares, bedwetting and refusal to be in a room on her own. "
  "Eighteen months ago she saw her father strangle her mother; he is now serving a prison sentence and has no contact. "
  "Mother has completed a recovery programme and is emotionally available to her. Symptoms are consistent with post-traumatic stress.",
  [N("Child", "Emotional and behavioural development",
     "She needs to be able to remember what happened to her mother without being overwhelmed by it, so that the memory stops intruding at night.",
     "Trauma symptoms persist into adolescence; sleep and learning continue to suffer.", 3,
     "Nightmares down from nightly to less than once a week; scores on the child trauma measure fall below the clinical range.",
     "Trauma-focused CBT, twelve sessions, CAMHS clinician.", "CAMHS", "Partly met"),
   N("Child", "Self-care skills",
     "She needs to be able to go upstairs, use the bathroom and sleep in her own room without her mother beside her.",
     "Dependence and avoidance become entrenched.", 2,
     "Sleeps in her own bed five nights in seven.",
     "Graded exposure plan agreed with Mother.", "CAMHS", "Partly met"),
   N("Mother", "Emotional warmth",
     "Mother needs to respond to night-time distress with the same calm words each time, rather than bringing her into her own bed.",
     "Reassurance keeps the fear going.", 2, "Mother reports using the agreed script consistently.",
     "Parent sessions alongside the child's treatment.", "CAMHS", "Met")],
  [S("CAMHS", "Northbrook CAMHS", "Yes", "Yes"), S("DAV", "Women's recovery programme (Mother)", "No", "Yes")]),

# H2 hard: DA aftermath, mother's depression, boy can't leave her
C("da_aftermath", True, 12, "Male", "Asian or Asian British", "No", "Early help", "N1", 3, "Partly",
  "Twelve-year-old boy who has not attended secondary school since the October half-term. He describes constant worry that something will happen to his mother while he is out. "
  "His father left the home after a domestic abuse incident two years ago, and Mother has been treated for depression since. "
  "The boy sleeps in his mother's room and checks on her through the night. He has no contact with his father, by his own choice.",
  [N("Child", "Emotional and behavioural development",
     "He needs to be able to leave the house for school trusting that his mother will be there when he gets home, and to test that belief a step at a time.",
     "Prolonged absence will cost him his secondary education and his friendships.", 3,
     "Attends school for at least half-days, four days a week, within a term.",
     "CAMHS anxiety work; joint plan with the school's attendance and pastoral leads.", "CAMHS", "Partly met"),
   N("Mother", "Health",
     "Mother needs her own depression reviewed, since her son's worry is partly a reasonable response to how unwell she has been.",
     "The boy's fear has a real basis and will not shift.", 3, "",
     "GP review, which Mother has agreed to.", "AMH", "Partly met"),
   N("Child", "Family and social relationships",
     "He needs to spend time with boys his own age outside the house.", "Isolation.", 2,
     "Goes to one activity weekly.", "Youth club at the family hub.", "YW", "Not met")],
  [S("CAMHS", "Northbrook CAMHS", "Yes", "Partly"), S("EDU", "School attendance team", "Yes", "Partly")]),

# H3 hard: DA aftermath showing as conflict with mother and self-harm
C("da_aftermath", True, 14, "Female", "White", "No", "Child in need", "N5", 3, "Partly",
  "Fourteen-year-old girl referred after self-harm by cutting. Her mother separated a year ago from a violent partner, the girl's stepfather, after many years together. "
  "The girl is intensely angry with her mother for 'letting him stay', and their arguments have twice become physical, with the girl pushing her mother. "
  "She describes feeling 'numb' and cuts to 'feel something'.",
  [N("Child", "Health",
     "She needs other ways to get through the moments when she feels numb or overwhelmed, ones she can use in her bedroom at night when the urges are strongest.",
     "Escalating self-harm with a risk of serious injury.", 3,
     "Self-harm less frequent, as recorded in her own diary.",
     "DBT-informed skills group, CAMHS.", "CAMHS", "Partly met"),
   N("Whole family", "Family and social relationships",
     "She and her mother need to be able to talk about the years with her stepfather without the conversation ending in a fight.",
     "Relationship breakdown; she may leave home.", 3,
     "Two joint sessions completed without escalation; Mother reports fewer arguments.",
     "Family sessions once individual work is under way.", "CAMHS", "Not met"),
   N("Mother", "Emotional warmth",
     "Mother needs to be able to hear her daughter's anger without defending herself, which she finds very hard because of her own guilt.",
     "", 2, "", "Mother's DA support worker to prepare her for the joint sessions.", "DAV", "Partly met")],
  [S("CAMHS", "Northbrook CAMHS", "Yes", "Partly"), S("DAV", "DA outreach (Mother)", "Yes", "Partly")]),

# H4
C("da_aftermath", False, 7, "Male", "Mixed", "No", "Child in need", "N1", 2, "Partly",
  "Seven-year-old boy with aggression at school after fortnightly contact with his father, who left the family home following domestic abuse. "
  "Contact is ordered by the court and is unsupervised. The boy says Dad 'says bad things about Mum' and that he has to 'keep secrets'. "
  "At home he is clingy and tearful on Sunday nights.",
  [N("Child", "Family and social relationships",
     "He needs contact with his father in which he is not asked to keep secrets from his mother.",
     "Ongoing emotional harm and a loyalty conflict that comes out as aggression at school.", 3, "",
     "Report to the court through the social worker, recommending the contact arrangements are reviewed.", "SW", "Not met"),
   N("Child", "Emotional and behavioural development",
     "He needs a way to show adults at school that he is struggling on a Monday before it turns into hitting.",
     "Exclusion.", 2, "Uses a feelings card with his class teacher; Monday incidents fall.",
     "School, advised by the CAMHS primary mental health worker.", "EDU", "Partly met")],
  [S("SW", "Children's social care", "Yes", "Partly"), S("CAMHS", "Primary mental health worker (consultation)", "No", "Yes")]),

# H5
C("parental_mh", False, 11, "Female", "White", "No", "Early help", "N3", 2, "Partly",
  "Eleven-year-old girl who has stopped eating in front of others, including at school, since starting Year 7. "
  "Her mother has a long history of generalised anxiety and health anxiety, and the girl has learnt to see many ordinary situations as dangerous. "
  "Her weight is stable and this is not an eating disorder. Mother is insightful and wants her daughter to do better than she has.",
  [N("Child", "Health",
     "She needs to eat lunch in the school canteen with at least one friend, starting with one day a week.",
     "Avoidance spreads; social isolation at secondary school.", 2,
     "Eats in the canteen three days a week by the end of term.",
     "CAMHS graded exposure; school lunchtime plan.", "CAMHS", "Partly met"),
   N("Mother", "Emotional warmth",
     "Mother needs to notice and hold back her own reassurance-giving, which she recognises keeps her daughter's fear going.",
     "", 2, "Mother keeps a log of reassurance requests and how she responded.",
     "Parent-led CBT for childhood anxiety.", "CAMHS", "Partly met"),
   N("Mother", "Health", "Mother needs treatment for her own anxiety; she has had none for ten years.",
     "", 2, "", "Talking therapies.", "AMH", "Not met")],
  [S("CAMHS", "Northbrook CAMHS", "Yes", "Yes")]),

# H6 hard: parental bipolar, boy is effectively a young carer
C("parental_mh", True, 15, "Male", "White", "No", "Child in need", "N3", 3, "Partly",
  "Fifteen-year-old boy referred with low mood and poor sleep. His mother has bipolar disorder and has had three admissions in two years; during her manic episodes he is the only person at home and has had to stop her leaving the house at night. "
  "He is in Year 11 and worried about his exams. He does not describe himself as a carer.",
  [N("Child", "Emotional and behavioural development",
     "He needs to be able to say to a trusted adult how frightening his mother's episodes are, without feeling he is betraying her.",
     "His depression deepens during his GCSE year.", 3,
     "Mood score improves; he can name one adult he would contact.",
     "CAMHS individual work.", "CAMHS", "Partly met"),
   N("Child", "Ensuring safety",
     "He needs never again to be the only person responsible for his mother when she is manic; there must be an adult he can call at any hour.",
     "He is left managing a psychiatric emergency alone.", 3,
     "The crisis plan names an adult and the crisis team number, and he has used it.",
     "Mother's care coordinator to revise the crisis plan with him included.", "AMH", "Partly met"),
   N("Child", "Education",
     "He needs exam access arrangements that take account of the disruption to his study.", "", 2, "",
     "SENCo.", "EDU", "Not known")],
  [S("CAMHS", "Northbrook CAMHS", "Yes", "Partly"), S("AMH", "Mother's care coordinator", "Yes", "Partly")]),

# H7
C("young_carers", False, 16, "Female", "White", "No", "Early help", "N4", 2, "Partly",
  "Sixteen-year-old young woman with panic attacks. She is the main carer for her father, who has multiple sclerosis, and helps with her younger brother, who is autistic. "
  "Her mother works two jobs. She has a place at sixth form but has told staff she is thinking of leaving to 'help out more'.",
  [N("Child", "Education",
     "She needs to be able to stay in sixth form without the household depending on her being at home in the day.",
     "She gives up her education to care.", 3, "Still enrolled, with attendance over 90%.",
     "Young carers service; carer's assessment for the household.", "YC", "Partly met"),
   N("Child", "Health",
     "She needs to recognise the early bodily signs of panic and use a breathing technique before an attack takes hold.",
     "", 2, "Panic attacks fall from several a week to fewer than one.",
     "Brief CBT, six sessions.", "CAMHS", "Partly met"),
   N("Father", "Health",
     "Her father needs personal care from paid carers in the mornings, so that she is not helping him wash before college.",
     "", 3, "", "Adult social care assessment.", "OTH", "Not met")],
  [S("CAMHS", "Northbrook CAMHS", "Yes", "Yes"), S("YC", "Northbrook young carers", "Yes", "Partly")]),

# H8
C("adolescent_conflict", False, 15, "Male", "White", "No", "Child in need", "N4", 3, "Partly",
  "Fifteen-year-old boy referred after smashing windows at home and threatening his mother with a kitchen knife during an argument about his phone. "
  "His parents separated last year and he moved with his mother to a smaller house in a new area. "
  "He presents as low, angry and rejected by his father, who has a new family.",
  [N("Child", "Emotional and behavioural development",
     "He needs to recognise when an argument is reaching the point where he loses control, and to leave the room before he does.",
     "A further incident with a weapon could cause serious injury and lead to criminal charges.", 4,
     "No incidents involving weapons or damage over three months.",
     "CAMHS individual work; safety plan including locking away knives.", "CAMHS", "Partly met"),
   N("Child", "Family and social relationships",
     "He needs to hear from his father, directly, that his father still wants a relationship with him.",
     "", 3, "Regular arranged contact.", "Social worker to contact father.", "SW", "Not met"),
   N("Mother", "Ensuring safety",
     "Mother needs to keep knives locked away and to know when to call the police.", "", 4, "", "Safety plan.", "SW", "Met")],
  [S("CAMHS", "Northbrook CAMHS", "Yes", "Partly"), S("SW", "Children's social care", "Yes", "Partly")]),

# H9 hard: presents as family conflict, risk of honour-based abuse underneath
C("adolescent_conflict", True, 16, "Female", "Asian or Asian British", "No", "Child in need", "N1", 4, "Partly",
  "Sixteen-year-old young woman referred after an overdose. She describes conflict with her parents about her friendships, clothing and plans for university, and says her father has taken her phone and stopped her going to college 'until she learns respect'. "
  "She is frightened that her parents will arrange a marriage for her; they deny this. She asked that her parents not be told about the referral.",
  [N("Child", "Ensuring safety",
     "She needs a safety plan that takes account of the possibility of forced marriage and honour-based abuse, agreed with her alone.",
     "Serious harm; risk of being taken abroad.", 4,
     "Plan in place; she knows the forced marriage helpline and has a safe word agreed with her teacher.",
     "Strategy discussion; social worker and college safeguarding lead.", "SW", "Partly met"),
   N("Child", "Education",
     "She needs to be back at college, which she sees as the one space that is her own.", "", 3, "Attending.", "", "EDU", "Not met"),
   N("Child", "Health",
     "She needs to be able to tell someone when she is thinking of harming herself again.", "", 4, "",
     "CAMHS care coordinator.", "CAMHS", "Partly met")],
  [S("CAMHS", "Northbrook CAMHS", "Yes", "Partly"), S("SW", "Children's social care", "Yes", "Partly")],
  notes="Presents as family conflict; the underlying risk may be abuse."),

# H10
C("exploitation", False, 14, "Female", "White", "No", "Child protection plan", "N1", 4, "Partly",
  "Fourteen-year-old girl referred after sexual exploitation by a group of adult men over six months; criminal proceedings are under way. "
  "She has flashbacks, dissociates at school and has begun restricting food. She lives at home with her mother and grandmother, who are protective.",
  [N("Child", "Health",
     "She needs to eat three meals a day and regain the weight she has lost.",
     "An eating disorder becomes established.", 3, "Weight back to her previous centile.",
     "CAMHS eating disorder screening and paediatric monitoring.", "CAMHS", "Partly met"),
   N("Child", "Emotional and behavioural development",
     "She needs to be able to notice when she is dissociating in lessons and bring herself back, using grounding strategies.",
     "", 3, "", "CAMHS; school staff given the strategies.", "CAMHS", "Partly met"),
   N("Child", "Ensuring safety",
     "She needs to give evidence, if the case goes to trial, in a way that does not retraumatise her.",
     "", 3, "", "Registered intermediary; pre-trial therapy guidance followed.", "OTH", "Not known")],
  [S("CAMHS", "Northbrook CAMHS", "Yes", "Yes"), S("SW", "Children's social care", "Yes", "Partly"),
   S("OTH", "ISVA", "Yes", "Yes")]),

# H11
C("disabled_breaking_point", False, 10, "Male", "White", "Yes", "Child in need", "N2", 3, "No",
  "Ten-year-old boy with autism and severe anxiety, out of school for seven months after his placement broke down. "
  "Mother has given up work to care for him and his father works away. He is often awake until 2am and has meltdowns several times a day, some directed at his younger sister. "
  "No suitable school is named in his plan.",
  [N("Child", "Education",
     "He needs a school place that can meet his sensory and anxiety needs, named in his plan, so that he is not at home without education.",
     "Prolonged loss of education and social contact.", 3,
     "Attending a suitable placement, even part time, within a term.",
     "SEND team; tribunal if needed.", "EDU", "Not met"),
   N("Mother", "Employment",
     "Mother needs some hours in the week when she is not his only carer.", "Carer breakdown.", 3, "",
     "Short breaks, or a personal assistant through a direct payment.", "DCS", "Not met"),
   N("Child", "Health",
     "He needs a sleep pattern that lets him and his mother get to sleep before midnight.", "", 2, "",
     "Paediatric sleep review.", "OTH", "Not met")],
  [S("CAMHS", "Northbrook CAMHS", "Yes", "Partly")]),

# H12
C("uasc", False, 16, "Male", "Other ethnic group", "No", "Looked after", "N8", 3, "Partly",
  "Sixteen-year-old unaccompanied asylum-seeking young man, a Kurdish Sorani speaker, placed in semi-independent accommodation. "
  "He reports nightmares, poor concentration and startling at sudden noises. He saw his uncle killed and was separated from his brother on the journey. "
  "He goes to college and has made one friend.",
  [N("Child", "Health",
     "He needs to be able to sleep through the night and to have fewer intrusive memories of his uncle's death.",
     "Chronic PTSD; his college place breaks down.", 3,
     "Symptom scores reduced; sleeping six hours on most nights.",
     "Trauma-focused therapy with a Sorani interpreter.", "CAMHS", "Partly met"),
   N("Child", "Stability",
     "He needs an adult at his accommodation who checks on him in the evenings, when he is most distressed.",
     "", 3, "", "Key worker.", "CARE", "Partly met"),
   N("Child", "Family and social relationships", "He needs to know whether his brother is alive.", "", 3, "",
     "Family tracing.", "OTH", "Not met")],
  [S("CARE", "Semi-independent accommodation", "Yes", "Partly"), S("SW", "Children's social care", "Yes", "Yes"),
   S("CAMHS", "Northbrook CAMHS", "Yes", "Yes")]),

# H13
C("parental_mh", False, 8, "Male", "Mixed", "No", "Child in need", "N4", 3, "Yes",
  "Eight-year-old boy whose father had a first episode of psychosis this year, during which he told the boy that the neighbours were spying on them. "
  "Father is now in treatment and recovering. The boy has become fearful of the neighbours and will not play outside. "
  "His mother is caring for both of them and working.",
  [N("Child", "Emotional and behavioural development",
     "He needs an explanation of his father's illness pitched at his age, so that he understands the neighbours were never a danger.",
     "Fear persists and spreads.", 2, "He plays in the garden and the street again.",
     "Family session with the early intervention in psychosis team.", "AMH", "Met"),
   N("Mother", "Health",
     "Mother needs someone to take some of the load, as she is working full time and supporting both of them.",
     "", 2, "", "Carers support.", "OTH", "Partly met")],
  [S("AMH", "Early intervention in psychosis team", "Yes", "Yes"), S("CAMHS", "Northbrook CAMHS (consultation)", "No", "Yes")]),

# H14
C("disabled_breaking_point", False, 13, "Female", "White", "Yes", "Child in need", "N2", 3, "Partly",
  "Thirteen-year-old girl with cerebral palsy who uses a wheelchair. She has become low in mood since starting secondary school, where she has been left out of friendship groups. "
  "Her parents have recently separated, partly under the strain of her care, and her mother now manages alone with two other children. Mother says she is 'running on empty'.",
  [N("Child", "Family and social relationships",
     "She needs to spend time with people her own age outside school, in places she can get into and around in her chair.",
     "Social isolation and a worsening mood.", 2, "Goes to an accessible youth group weekly.",
     "Youth service inclusion worker.", "YW", "Not met"),
   N("Child", "Emotional and behavioural development",
     "She needs to be able to name what she is sad about, and who she can say it to, rather than withdrawing to her room.",
     "", 2, "", "CAMHS brief intervention.", "CAMHS", "Partly met"),
   N("Mother", "Stability",
     "Mother needs help with personal care in the mornings now that there is one adult for three children.",
     "Carer breakdown.", 3, "", "Disabled children's team to review the package.", "DCS", "Partly met")],
  [S("CAMHS", "Northbrook CAMHS", "Yes", "Partly"), S("DCS", "Disabled children's team", "Yes", "Partly")]),

# H15 hard: infant at risk because of maternal mental illness history
C("infant_risk", True, 0, "Male", "Black or Black British", "No", "Child in need", "N3", 4, "Yes",
  "Referred to the parent-infant mental health team. Mother had postpartum psychosis after her first child's birth four years ago, with an admission to a mother and baby unit. "
  "This baby is three weeks old. She is currently well on preventive medication and her partner is at home on extended leave. There are no other concerns about the family.",
  [N("Mother", "Health",
     "Mother needs her sleep protected for the first months, including one night feed done by her partner, because lost sleep is the strongest trigger of relapse for her.",
     "Relapse, with risk to mother and baby.", 4,
     "Mother gets at least one unbroken five-hour stretch of sleep each night.",
     "Perinatal mental health team with the couple.", "AMH", "Met"),
   N("Father", "Ensuring safety",
     "Father needs to recognise the early signs of relapse, such as not sleeping and racing thoughts, and to know whom to call the same day.",
     "Delay in treatment during a relapse.", 4, "Father can list the signs and the crisis number.",
     "Perinatal team.", "AMH", "Met")],
  [S("AMH", "Perinatal mental health team", "Yes", "Yes"), S("HV", "Health visiting", "Yes", "Yes")]),
]
