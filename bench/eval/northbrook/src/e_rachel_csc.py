# Rachel Kemp, Children's social care. Writes mainly about the parents; needs held by Mother/Father.
from common import C, N, S

AUDITOR = ("Rachel Kemp", "Children's social care")

CASES = [
# R1
C("da_aftermath", False, 5, "Male", "White", "No", "Child protection plan", "N1", 3, "Partly",
  "Mother and the three children (aged 9, 5 and 2) are subject to child protection plans because of domestic abuse by Father, who left the family home eight months ago and has not returned. "
  "Mother has a history of abusive relationships going back to her teens and grew up herself in a home with violence. "
  "She has engaged with the Freedom Programme but minimises the impact on the children, saying 'they were asleep' during incidents. The 5-year-old is the subject of this form.",
  [N("Mother", "Ensuring safety",
     "Mother needs to understand how the children were affected by the abuse they heard and saw, even when she believed they were asleep.",
     "Mother will not recognise the children's distress and may enter another abusive relationship.", 3,
     "Mother can describe the impact on each child.", "Social worker direct work with Mother; DA worker.", "DAV", "Partly met"),
   N("Mother", "Family history and functioning",
     "Mother needs to recognise the early signs of control in a new relationship.",
     "Repeat of the pattern.", 3, "", "Freedom Programme completed; follow-up sessions.", "DAV", "Partly met"),
   N("Child", "Emotional and behavioural development",
     "The 5-year-old startles when men raise their voices.", "", 2, "", "Children's DA recovery.", "CDAR", "Not met")],
  [S("SW", "Children's social care", "Yes", "Yes"), S("DAV", "Freedom Programme", "No", "Yes")]),

# R2
C("da_aftermath", False, 8, "Female", "White", "No", "Child in need", "N1", 3, "Partly",
  "Parents separated a year ago after Father was arrested for assaulting Mother. "
  "Father has applied to the family court for contact and is using the proceedings, and the child, to continue to control Mother: he sends long messages through the contact app and questions the child about Mother's new friends. "
  "Mother is tearful and says she feels 'he's still in the house'. Father refuses to engage with services.",
  [N("Father", "Emotional warmth",
     "Father needs to stop using contact with his daughter to get information about Mother.",
     "Child drawn into the conflict; emotional harm.", 3, "",
     "Cafcass to be made aware; perpetrator programme offered and declined.", "DAP", "Not met"),
   N("Mother", "Health", "Mother needs support with her anxiety around court.", "", 2,
     "Mother attends hearings with her IDVA.", "IDVA.", "DAV", "Met"),
   N("Mother", "Ensuring safety",
     "Mother needs to keep to the contact app for all communication and not respond when Father messages her directly.",
     "Continued control.", 2, "", "Social worker, IDVA.", "DAV", "Partly met"),
   N("Child", "Family and social relationships",
     "The child needs to be able to enjoy time with her father without being asked about her mother.",
     "Loyalty conflict.", 3, "", "Contact to be supervised if this continues.", "OTH", "Not met")],
  [S("SW", "Children's social care", "Yes", "Partly"), S("DAV", "IDVA service", "Yes", "Yes")]),

# R3 hard: DA aftermath where mother's drinking has taken off
C("da_aftermath", True, 10, "Male", "Mixed", "No", "Child in need", "N1", 3, "No",
  "Mother ended a seven-year relationship with her partner, the child's stepfather, after a serious assault last winter; he is on bail with conditions. "
  "Since then Mother's drinking has increased significantly: she describes a bottle of wine most nights 'to get to sleep' and neighbours have reported her shouting in the street. "
  "The child is often late to school and has told his teacher he puts himself to bed. Maternal grandfather is supportive.",
  [N("Mother", "Health",
     "Mother needs to reduce her drinking, which she herself links to what happened with her ex-partner.",
     "Neglect will increase.", 3, "Mother reports drinking on fewer than three nights a week.",
     "Alcohol service, with the DA worker.", "SMA", "Not met"),
   N("Mother", "Emotional warmth",
     "Mother needs help with the trauma of the relationship, which she has never talked about with anyone.",
     "Continued self-medication with alcohol.", 3, "", "Adult DA recovery group; talking therapies.", "DAV", "Partly met"),
   N("Child", "Basic care", "Child needs an adult to put him to bed.", "", 2, "",
     "Grandfather to stay on weekday nights?", "FGC", "Not met")],
  [S("SW", "Children's social care", "Yes", "Partly"), S("DAV", "DA outreach", "No", "Partly")]),

# R4
C("parental_mh", False, 6, "Female", "White", "No", "Child protection plan", "N1", 4, "Partly",
  "Mother has a diagnosis of emotionally unstable personality disorder. There have been four overdoses in the past year, and on two occasions the 6-year-old found her and called a neighbour. "
  "Mother has a history of childhood sexual abuse and was in local authority care. When well, Mother is affectionate and the home is well kept. Father not involved. "
  "The child is subject to a CP plan under the category of emotional abuse.",
  [N("Mother", "Health", "Mother needs a crisis plan which does not rely on her 6-year-old.",
     "Child will continue to find Mother unconscious.", 4,
     "Crisis plan agreed with the CMHT and shared with school.", "Care coordinator, SW.", "AMH", "Partly met"),
   N("Mother", "Health", "Mother needs DBT.", "", 3, "", "On CMHT waiting list.", "AMH", "Not met"),
   N("Mother", "Family history and functioning",
     "Mother needs to understand how her own childhood affects her parenting.", "", 2, "", "", "SW", "Not met"),
   N("Child", "Emotional and behavioural development",
     "Child needs to know what to do and whom to call if Mother is unwell, and that it is not her job to make Mother better.",
     "Child carries the responsibility; trauma.", 4, "Child can tell us her plan.",
     "Direct work; young carers referral considered.", "SW", "Partly met")],
  [S("SW", "Children's social care", "Yes", "Partly"), S("AMH", "Community mental health team", "Yes", "Partly")]),

# R5
C("parental_mh", False, 9, "Male", "Black or Black British", "No", "Child in need", "N3", 3, "Partly",
  "Father has paranoid schizophrenia and has been the sole carer since Mother left the family three years ago; her whereabouts are unknown. "
  "Father stops taking his medication when he believes it is poisoning him. When unwell he keeps the child home from school to 'protect' him, and has covered the windows with foil. "
  "The child is currently with his paternal aunt under a family arrangement while Father is in hospital.",
  [N("Father", "Health", "Father needs to take his depot injection regularly.",
     "Relapse; child kept from school in a frightening home.", 4, "Depot given every two weeks.", "CMHT.", "AMH", "Partly met"),
   N("Father", "Ensuring safety",
     "Father needs to accept an arrangement, agreed while he is well, that the child will go to his aunt's when he becomes unwell.",
     "", 3, "Written agreement.", "SW with CMHT.", "SW", "Partly met"),
   N("Other", "Wider family", "Aunt needs financial support while the child is with her.",
     "Arrangement breaks down.", 2, "", "s17 payments / child arrangements order.", "SW", "Partly met")],
  [S("AMH", "Community mental health team", "Yes", "Partly"), S("SW", "Children's social care", "Yes", "Partly")]),

# R6
C("parental_mh", False, 4, "Female", "Asian or Asian British", "No", "Child in need", "N3", 2, "Partly",
  "Mother's own mother died suddenly last year and Mother has been severely depressed since; she is on medication but has not been able to take up talking therapy because of childcare. "
  "Father works long hours in the family restaurant and says she should 'pull herself together'. "
  "The child attends nursery part time and is reported to be quiet and well cared for, but rarely talks about home.",
  [N("Mother", "Health", "Mother needs grief counselling.", "", 2, "", "Bereavement charity.", "OTH", "Not met"),
   N("Father", "Emotional warmth", "Father needs to understand that Mother's depression is an illness.",
     "Mother isolated; depression continues.", 2, "", "", "AMH", "Not met"),
   N("Mother", "Basic care", "Mother needs childcare for the hour of her appointment.", "", 1, "",
     "Nursery to extend one session.", "HUB", "Met")],
  [S("SW", "Children's social care", "Yes", "Partly"), S("HUB", "Nursery", "Yes", "Yes")]),

# R7
C("substance_neglect", False, 3, "Male", "White", "No", "Child protection plan", "N1", 4, "Partly",
  "Both parents are long-term heroin users; Father is on a methadone script, Mother is not in treatment. The home has been found with needles accessible on the kitchen table. "
  "The child, aged 3, is not registered with a GP or dentist and has missed his 2-year check. "
  "The case is in the pre-proceedings stage of the Public Law Outline. Maternal grandmother is being assessed as a potential carer.",
  [N("Mother", "Health", "Mother needs to engage with drug treatment.", "Care proceedings.", 4,
     "Mother on a script.", "Drug service.", "SMA", "Not met"),
   N("Parent or carer", "Ensuring safety",
     "Parents need to store all drug paraphernalia in a locked box out of the child's reach.",
     "Needlestick injury; ingestion.", 4, "Locked box in use at every visit.",
     "Drug service provided the box.", "SMA", "Partly met"),
   N("Father", "Health", "Father needs to remain stable on his methadone.", "", 3, "Negative tests.", "", "SMA", "Partly met"),
   N("Child", "Health", "Child needs registering with a GP and dentist, and his developmental check.", "", 2,
     "Registered.", "HV.", "HV", "Met")],
  [S("SW", "Children's social care", "Yes", "Partly"), S("SMA", "Drug and alcohol service", "Yes", "Partly"),
   S("HV", "Health visiting", "Yes", "Yes")]),

# R8
C("substance_neglect", False, 7, "Female", "White", "No", "Looked after", "N1", 4, "Yes",
  "Mother uses crack cocaine and is involved in sex work; she has been the victim of serious violence from men she meets. "
  "The child and her brother are placed with maternal grandmother under an interim care order. "
  "Mother attends about half of her contacts and has arrived under the influence twice. Father is not named on the birth certificate.",
  [N("Mother", "Health", "Mother needs to attend contact sober.",
     "Contact distressing for the children and may be stopped.", 3, "Contacts attended, sober.",
     "Contact supervisors.", "OTH", "Partly met"),
   N("Mother", "Health", "Mother needs residential rehab.", "", 3, "", "Funding application.", "SMA", "Not met"),
   N("Other", "Wider family", "Grandmother needs a special guardianship assessment.",
     "Children's permanence delayed.", 3, "", "Kinship team.", "CARE", "Partly met"),
   N("Child", "Emotional and behavioural development",
     "Child needs to understand why she can't live with Mother, at her own pace.", "", 2, "",
     "Life story work.", "SW", "Partly met")],
  [S("CARE", "Kinship care (grandmother)", "Yes", "Yes"), S("SW", "Children's social care", "Yes", "Yes"),
   S("SMA", "Drug and alcohol service", "Yes", "Partly")]),

# R9 hard: substance neglect where the boy is his father's carer
C("substance_neglect", True, 12, "Male", "White", "No", "Child in need", "N1", 3, "No",
  "Father has been the sole carer since Mother died three years ago. He is alcohol dependent and has had two hospital admissions for withdrawal seizures. "
  "The child has told his teacher he checks on Dad in the night and rings the ambulance if he 'shakes'. He does the shopping with Father's bank card. "
  "Father is ashamed and has said he is 'letting his boy down'.",
  [N("Father", "Health", "Father needs a supported detox.",
     "Further seizures; child finds Father dead or seriously ill.", 4, "", "Alcohol service, GP.", "SMA", "Not met"),
   N("Father", "Family history and functioning", "Father needs bereavement support for the loss of his wife.",
     "", 2, "", "", "OTH", "Not met"),
   N("Child", "Family and social relationships", "Child needs a young carers assessment.", "", 2, "", "", "YC", "Not met"),
   N("Other", "Wider family", "Paternal aunt to be approached about the child staying during detox.",
     "", 3, "", "FGC.", "FGC", "Not met")],
  [S("SW", "Children's social care", "Yes", "Partly")]),

# R10 hard: cannabis, depression and home conditions tangled together
C("substance_neglect", True, 5, "Female", "Mixed", "No", "Child in need", "N1", 3, "Partly",
  "Mother and her partner both smoke cannabis daily, and Mother has a history of depression and self-harm. The home is cluttered and dirty with a strong smell of cannabis. "
  "The 5-year-old has poor attendance at reception (68%) and her speech is delayed. "
  "It is unclear whether the neglect is driven by the drug use or by Mother's low mood; Mother says cannabis helps her mood.",
  [N("Mother", "Health", "Mother needs her depression treated without self-medicating with cannabis.",
     "", 3, "", "GP, drug service.", "SMA", "Not met"),
   N("Parent or carer", "Basic care", "Parents need to get the child to school every day.", "", 3,
     "Attendance 90%.", "", "EH", "Partly met"),
   N("Parent or carer", "Basic care", "Parents need to keep the home at a basic standard of hygiene.",
     "", 2, "", "", "EH", "Partly met")],
  [S("SW", "Children's social care", "Yes", "Partly"), S("EH", "Early help family support", "Yes", "Partly")]),

# R11
C("neglect_other", False, 6, "Male", "White", "No", "Child protection plan", "N1", 4, "Partly",
  "Mother has a learning disability and was herself in care as a child. She has recently begun a relationship with a man she met online who has moved in; professionals have not been able to carry out checks because Mother will not give his full name. "
  "The home is chaotic, the child has had persistent head lice and untreated eczema, and he is often not collected from school. The case is in PLO.",
  [N("Mother", "Basic care",
     "Mother needs practical teaching, repeated and modelled, about skin care and head lice treatment.",
     "", 3, "", "Family support worker.", "EH", "Partly met"),
   N("Mother", "Ensuring safety",
     "Mother needs to understand why checks on her partner are necessary before he can care for the child.",
     "Unknown risk to the child.", 4, "Partner identified and checked.", "SW.", "SW", "Not met"),
   N("Mother", "Basic care", "Mother needs a parenting assessment adapted for her learning disability.",
     "Unfair assessment; poor decisions.", 3, "PAMS completed.", "Independent assessor.", "SW", "Partly met"),
   N("Child", "Education", "Child needs to be collected on time from school.", "", 2, "", "", "", "Not met")],
  [S("SW", "Children's social care", "Yes", "Partly"), S("EH", "Family support worker", "Yes", "Partly")]),

# R12 hard: infant of a mother in recovery
C("infant_risk", True, 0, "Female", "White", "No", "Child protection plan", "N1", 4, "Partly",
  "The baby is four months old. Mother has a ten-year history of heroin and crack use and her first child was adopted five years ago. "
  "She has been abstinent, with negative tests, for six months, is living in supported accommodation, and attended all antenatal care. "
  "Father is not involved. Mother is anxious about being judged and becomes defensive with professionals.",
  [N("Mother", "Health", "Mother needs to maintain her abstinence and to tell her worker if she has thoughts of using.",
     "Relapse with a baby in her sole care.", 4, "Negative tests for 12 months.",
     "Drug service, recovery community.", "SMA", "Partly met"),
   N("Mother", "Stability", "Mother needs a move-on tenancy close to her recovery support.",
     "Isolation; relapse.", 3, "", "Housing support.", "HOU", "Not met"),
   N("Mother", "Family history and functioning",
     "Mother needs space to grieve for her first child, which she has never done.", "", 2, "",
     "Post-adoption support.", "OTH", "Not met")],
  [S("SW", "Children's social care", "Yes", "Partly"), S("SMA", "Drug and alcohol service", "Yes", "Yes"),
   S("HV", "Health visiting", "Yes", "Yes"), S("HOU", "Supported accommodation", "Yes", "Yes")]),

# R13 pre-birth
C("infant_risk", False, None, "Not known", "Not known", "", "Child protection plan", "N1", 4, "Partly",
  "Pre-birth assessment. Mother is 19 and 26 weeks pregnant. Father has a history of domestic abuse against two previous partners, including a conviction for assaulting a pregnant partner. "
  "Mother's family are worried and contacted children's services themselves. Mother says he has changed and that she 'knows him better than anyone'.",
  [N("Mother", "Ensuring safety",
     "Mother needs to understand Father's history, which she has been told under the disclosure scheme, as a risk to her and to the baby.",
     "Baby at risk of significant harm.", 4, "", "SW, IDVA.", "DAV", "Partly met"),
   N("Father", "Ensuring safety", "Father needs to complete a perpetrator programme.", "", 4, "", "Refer.", "DAP", "Not met"),
   N("Mother", "Wider family",
     "Mother needs to keep her relationship with her own family, from whom he is trying to cut her off.",
     "Isolation.", 3, "", "FGC.", "FGC", "Not met")],
  [S("SW", "Children's social care", "Yes", "Partly"), S("OTH", "Community midwifery", "Yes", "Yes")]),

# R14
C("uasc", False, 15, "Female", "Black or Black British", "No", "Looked after", "N8", 3, "Partly",
  "Unaccompanied asylum-seeking young person who arrived eight months ago after a journey of over a year, during which she says she was held and abused. "
  "She speaks Tigrinya and some Arabic. She is in a foster placement with a carer who does not share her language or faith. "
  "She is doing well at college but cries at night and has asked about finding her brother, who she believes is also in this country.",
  [N("Other", "Emotional warmth",
     "Foster carer needs to understand the young person's faith and food, and how to support her to practise her faith.",
     "Isolation; placement breakdown.", 2, "", "Supervising SW; community link.", "CARE", "Partly met"),
   N("Child", "Family and social relationships", "Young person needs help to trace her brother.", "", 3, "",
     "Family tracing service.", "OTH", "Partly met"),
   N("Child", "Health",
     "Young person needs a sexual health and wellbeing check given what happened on the journey.", "", 3, "",
     "LAC health.", "OTH", "Met"),
   N("Child", "Identity",
     "Needs to be spoken to in her preferred language, Tigrinya, when her claim is discussed.", "", 2, "",
     "Book interpreters.", "SW", "Partly met")],
  [S("CARE", "Foster care", "Yes", "Yes"), S("SW", "Children's social care", "Yes", "Yes")]),

# R15
C("adolescent_conflict", False, 15, "Female", "White", "No", "Child in need", "N4", 3, "Partly",
  "Mother and stepfather have asked for the child to be accommodated under Section 20, saying they cannot cope with her behaviour: verbal abuse, staying out, and a recent incident in which she slapped Mother. "
  "Mother has a history of depression and the child describes stepfather as 'strict and controlling'. "
  "The child has two younger half-siblings and feels she is treated differently.",
  [N("Mother", "Emotional warmth",
     "Mother needs to spend time with the child without the younger children or stepfather present.", "", 2, "", "", "EH", "Not met"),
   N("Parent or carer", "Guidance and boundaries", "Parents need a parenting programme for adolescents.", "", 2, "", "", "PP", "Not met"),
   N("Parent or carer", "Family history and functioning",
     "Stepfather and Mother need to agree consistent rules that apply to all the children.",
     "Child accommodated.", 3, "", "Edge of care team.", "EDGE", "Partly met")],
  [S("EDGE", "Edge of care team", "Yes", "Partly"), S("SW", "Children's social care", "Yes", "Partly")]),

# R16 hard: disabled teen whose violence is driving the family apart
C("disabled_breaking_point", True, 14, "Male", "White", "Yes", "Child in need", "N4", 4, "No",
  "The young person has autism, a severe learning disability and no verbal communication. Since puberty his aggression has increased and both parents have injuries; Father had a fractured wrist last month. "
  "Parents are asking for a residential placement, saying they 'love him but cannot keep him or his sister safe'. "
  "He attends a special school where he is calmer. Short breaks are one night a month.",
  [N("Parent or carer", "Stability", "Parents need more overnight short breaks.",
     "Family breakdown; emergency placement.", 4, "", "Panel.", "DCS", "Partly met"),
   N("Parent or carer", "Ensuring safety", "Parents need training in positive behaviour support and safe holding.",
     "", 3, "", "Special school / learning disability CAMHS.", "CAMHS", "Not met"),
   N("Father", "Health", "Father needs time to recover from his injury.", "", 2, "", "", "", "Not known"),
   N("Sibling", "Ensuring safety", "Sister needs a room she can lock.", "", 3, "", "OT / housing adaptation.", "HOU", "Not met")],
  [S("DCS", "Short breaks (one night a month)", "Yes", "Partly"), S("EDU", "Special school", "Yes", "Yes")]),

# R17 hard: exploitation with the relationship to mother broken down
C("exploitation", True, 16, "Female", "White", "No", "Child protection plan", "N1", 4, "Partly",
  "Young person has been identified as at high risk of sexual exploitation; she is associating with adult men and has been found in hotels on three occasions. "
  "Her relationship with Mother has broken down and Mother has told her to leave on several occasions. "
  "Mother minimises the risk, describing the young person as 'asking for it' and 'choosing her friends'. Mother's own adolescence included similar experiences.",
  [N("Mother", "Ensuring safety",
     "Mother needs to understand that her daughter is a victim of exploitation, not making choices.",
     "Young person has nowhere safe to return to; exploitation continues.", 4, "",
     "SW; CSE parent support.", "SW", "Partly met"),
   N("Mother", "Emotional warmth",
     "Mother needs to let the young person come home after missing episodes without blame.", "", 3, "", "", "SW", "Not met"),
   N("Child", "Ensuring safety",
     "Young person needs a trusted adult she will contact when she is in danger.", "", 4, "",
     "Exploitation worker.", "OTH", "Partly met")],
  [S("SW", "Children's social care", "Yes", "Partly"), S("OTH", "Exploitation team", "Yes", "Partly")]),
]
