# Margaret Ellison, Health visiting. Verbose, long sentences, lots of background.
from common import C, N, S

AUDITOR = ("Margaret Ellison", "Health visiting")

CASES = [
# M1
C("da_aftermath", False, 2, "Female", "White", "No", "Child in need", "N1", 3, "Partly",
  "This little girl is the younger of two children and lives with her mother in temporary accommodation on the edge of town, "
  "where they were placed after six weeks in a refuge following an assault by her father, who was arrested and is now subject to a non-molestation order. "
  "Mother describes her as having been 'a happy, easy baby', but since the move she startles at loud noises, will not settle unless she is held, and wakes screaming two or three times a night. "
  "Mother herself is exhausted and has no family nearby because she had to leave the area she grew up in, and the accommodation is a single room with a shared kitchen on another floor. "
  "I have been visiting monthly and the family is open to children's social care as a child in need.",
  [N("Child", "Emotional and behavioural development",
     "She needs to be able to fall asleep and stay asleep for most of the night without being held, which at the moment she cannot do because she seems frightened of the new, noisy surroundings and of being separated from her mother.",
     "Continued broken sleep will affect her mood, her feeding and her development, and her mother's exhaustion will make it harder for her to respond warmly during the day.", 3,
     "Within three months she sleeps for stretches of at least five hours and settles in her own cot after a consistent bedtime routine.",
     "I will agree a simple, gentle bedtime routine with mother that can work in a single room, and revisit fortnightly; to be reviewed once the family is rehoused.", "HV", "Partly met"),
   N("Mother", "Emotional warmth",
     "Mother needs to understand that her daughter's clinginess and night waking are a response to what she witnessed and to the upheaval, rather than naughtiness or a sign that she is 'turning into her dad', which is something mother said to me in a tired moment.",
     "Mother may respond with irritation, and the child will feel pushed away at the time she most needs comfort.", 2,
     "Mother can describe in her own words why her daughter behaves as she does, and tells me she feels less angry with her at night.",
     "Discussion at each visit; the domestic abuse service runs a course for mothers on the impact on young children, which mother would like to join once she has childcare.", "DAV", "Partly met"),
   N("Whole family", "Housing",
     "The family needs a self-contained home with a kitchen they do not have to share, in an area where mother feels the father will not find them.",
     "Another six months in one room will keep undermining sleep, feeding and play, and because the kitchen is shared mother will not leave the child to cook, so meals are often crisps and sandwiches.", 3,
     "Rehoused in a self-contained property within six months.",
     "Housing support worker to keep the application live; the social worker has agreed to write in support of priority.", "HOU", "Not met")],
  [S("HV", "Northbrook health visiting team", "Yes", "Yes"), S("DAV", "Refuge outreach", "Yes", "Partly"),
   S("SW", "Children's social care", "Yes", "Partly"), S("HOU", "Council housing options", "Yes", "Partly")]),

# M2 hard: DA aftermath with maternal depression
C("da_aftermath", True, 3, "Male", "Asian or Asian British", "No", "Child in need", "N1", 3, "No",
  "I first met this family when the little boy was born and at that time there were no concerns recorded, though looking back mother rarely spoke in front of her husband. "
  "Last year police were called by a neighbour and the father was arrested; he has since gone back to live with his parents in another town and is not permitted to contact mother directly. "
  "Mother speaks some English but prefers Urdu, has very little contact with anyone outside the home, and her in-laws, and some of her own relatives, are pressing her to let him return 'for the sake of the child'. "
  "She told me she cries most days and 'cannot see the point', although she denies any thoughts of harming herself. "
  "The boy is a quiet child whose speech is behind for his age, and he does not yet go to nursery.",
  [N("Mother", "Health",
     "Mother needs her low mood to be recognised and treated by her GP, with a professional interpreter present, because she has not been able to explain how she feels in English and at her last appointment her sister-in-law translated for her.",
     "Her depression is likely to deepen, she will withdraw further from her son, and she may feel she has no choice but to let the father come back.", 3,
     "She has seen her GP with a professional interpreter, has a treatment plan, and tells me she is crying less.",
     "I will book a double appointment with the GP and an interpreter, and go with her if she would like me to.", "AMH", "Partly met"),
   N("Mother", "Family's social integration",
     "She needs at least one person outside the family whom she trusts and can talk to in her own language, because at present all her conversations are with relatives who want her to reconcile.",
     "Isolation and family pressure may lead to the father returning without any work having been done about his violence.", 3,
     "She goes to a women's group each week.",
     "The family hub has an Urdu-speaking women's group on Thursdays and I have spoken to the worker who runs it.", "HUB", "Not met"),
   N("Child", "Education",
     "The little boy needs to hear far more talk and to play alongside other children, as he has very few words and spends most of his day indoors with his mother who is, understandably, often silent and preoccupied.",
     "His language delay will widen and he will start school behind his peers.", 2,
     "He takes up his funded nursery place and is using two-word phrases by the next review.",
     "Help mother apply for the funded place and visit the nursery with her.", "HUB", "Not met")],
  [S("HV", "Northbrook health visiting team", "Yes", "Partly")],
  notes="I was unsure whether this belongs with the domestic abuse families or the parental mental health ones, as both are true."),

# M3
C("da_aftermath", False, 1, "Female", "Mixed", "No", "Early help", "N0", 2, "Partly",
  "The baby is just over a year old and lives with her mother, who separated from the baby's father before the birth after a relationship in which he was controlling and on two occasions physically violent. "
  "A family court has since ordered supervised contact at a contact centre every Saturday. "
  "Mother reports, and I have seen for myself on a Monday visit, that the baby is unsettled and difficult to feed for a day or two after each contact, and mother is very anxious in the days leading up to it and has started to have panic attacks in the car park. "
  "She is otherwise a warm and attentive parent and the baby's development is on track.",
  [N("Child", "Emotional and behavioural development",
     "The baby needs the handover at contact to be calm, short and predictable, with her mother not having to see the father, so that she is not passed between two adults who are tense and frightened.",
     "She is likely to go on being distressed after each contact, and this may begin to affect her feeding and weight.", 2,
     "The contact centre uses staggered arrival times and mother reports that the baby is settled again by Saturday evening.",
     "The social worker has agreed to speak to the contact centre, and I will continue to monitor feeding and weight.", "OTH", "Met"),
   N("Mother", "Health",
     "Mother needs some practical ways of managing the panic she feels on a Saturday morning, because at the moment she drives to the centre with her heart racing and has twice had to pull over.",
     "Her anxiety will grow and she may eventually fail to take the baby, which would go back before the court.", 2,
     "Mother uses a breathing technique and has a friend travel with her, and no contacts are missed.",
     "I have given her the details for self-referral to talking therapies.", "AMH", "Partly met")],
  [S("HV", "Northbrook health visiting team", "Yes", "Yes"), S("DAV", "IDVA (closed after the court hearing)", "No", "Partly")]),

# M4 hard: DA aftermath with maternal depression
C("da_aftermath", True, 4, "Male", "White", "No", "Early help", "N3", 3, "Partly",
  "This boy lives with his mother and his older sister, who is eleven. "
  "Their father left the home just over a year ago after police involvement for domestic abuse, and although there has been no further violence, mother has since been diagnosed with depression, is taking medication, and spends much of the day on the sofa with the curtains closed. "
  "The boy was referred to me by his nursery because his speech is hard to understand and he has started biting other children. "
  "His sister is doing a great deal for him, including getting him dressed and taking him to nursery on her way to school, and she is frequently late.",
  [N("Child", "Education",
     "He needs to be understood when he speaks, particularly by the other children at nursery, because much of his biting seems to happen when he cannot make himself understood in play.",
     "Frustration and biting will increase, and he may lose his nursery place or start school isolated.", 2,
     "Nursery reports fewer biting incidents and his speech is intelligible to familiar adults.",
     "Speech and language therapy referral made; nursery to use the strategies in the meantime.", "SLT", "Partly met"),
   N("Mother", "Emotional warmth",
     "Mother needs to be well enough, most mornings, to get up, dress him and talk to him, so that his day does not begin with his sister being his parent.",
     "Both children will go on carrying the effect of what happened before their father left, without a parent who is available to help them with it.", 3,
     "Mother takes him to nursery herself at least three mornings a week.",
     "GP to review her medication; the early help worker is visiting weekly; talking therapies.", "AMH", "Not met"),
   N("Sibling", "Family and social relationships",
     "His eleven-year-old sister needs to be relieved of getting him ready and taking him to nursery, so that she can get to her own school on time and be a child herself.",
     "She will fall behind at secondary school and may become a hidden young carer.", 2,
     "She arrives at school on time and has been put in touch with the young carers group.",
     "Early help worker to speak to her school and to the young carers service.", "YC", "Not met")],
  [S("HV", "Northbrook health visiting team", "Yes", "Partly"), S("EH", "Early help family support", "Yes", "Partly"),
   S("SLT", "Community speech and language therapy (waiting list)", "Yes", "Partly")],
  notes="Mother's depression seems to me to have followed the abuse rather than preceded it."),

# M5
C("parental_mh", False, 0, "Male", "White", "No", "Early help", "N3", 3, "Yes",
  "The baby was seven weeks old when I completed this form. "
  "Mother developed severe postnatal depression within a fortnight of the birth, with intrusive thoughts about harming the baby which frighten her and which she disclosed to me at the new birth visit; the perinatal mental health team are now involved. "
  "Father works away for two weeks at a time, and when he is away mother's own mother stays, though she is herself in poor health. "
  "The baby is formula fed and gaining weight, but mother cannot bear to be alone with him and has not taken him out of the house.",
  [N("Mother", "Health",
     "Mother needs her intrusive thoughts to be understood, by her and by those around her, as a symptom of her illness which she is not going to act upon, so that she can gradually spend time alone with her son without terror.",
     "Her fear may lead to the baby being cared for almost entirely by others, which would affect their bond, and her depression may deepen.", 3,
     "Mother tells me she can be alone with the baby for an hour without distress.",
     "Perinatal mental health team, with health visitor visits weekly in the meantime.", "AMH", "Partly met"),
   N("Child", "Emotional warmth",
     "The baby needs face-to-face play and talk from the same one or two adults each day, as at present he is looked after in turns by whoever happens to be available.",
     "His early attachment and communication may be affected.", 2, "",
     "Modelling at my visits; a baby massage group at the hub once mother feels ready.", "HUB", "Partly met"),
   N("Father", "Employment",
     "Father needs to be at home more for the next few months, which will depend on whether his employer will agree to a change of rota.",
     "Mother will be without support at the very times she is most at risk.", 2,
     "Father is at home for at least three weeks in every four until the baby is six months old.",
     "Letter from the perinatal team in support of his request.", "", "Not known")],
  [S("HV", "Northbrook health visiting team", "Yes", "Yes"), S("AMH", "Perinatal mental health team", "Yes", "Yes")]),

# M6
C("parental_mh", False, 2, "Female", "Black or Black British", "No", "Child in need", "N1", 3, "Partly",
  "Mother has bipolar affective disorder and was admitted to hospital for five weeks earlier this year after becoming unwell and being found by police in the town centre in the early hours with the little girl in her buggy, lightly dressed. "
  "The child was cared for by her maternal grandmother during the admission and has since returned home. "
  "Mother is now well and on medication, and is a loving and capable parent when she is well; she is frank that she stops taking her medication when she feels 'flat'. "
  "Grandmother lives nearby and is willing to help but works full time.",
  [N("Mother", "Health",
     "Mother needs to recognise the early signs that she is becoming unwell, and to have agreed in advance, while she is well, what will happen to her daughter and whom she will call.",
     "A further relapse without a plan could put the child at risk of significant harm, as happened before.", 4,
     "A written relapse plan, shared with grandmother, the GP and the community mental health team, which mother has helped to write.",
     "Care coordinator and social worker at a joint visit.", "AMH", "Partly met"),
   N("Other", "Wider family",
     "Grandmother needs to know exactly when to step in, and to have the authority to do so, including collecting the child from nursery.",
     "Delay in the child being taken out of danger during a relapse.", 3,
     "Grandmother is on the nursery collection list and named in the plan.",
     "A family meeting to agree it.", "FGC", "Not met"),
   N("Child", "Stability",
     "The little girl needs her days to follow the same pattern whether her mother is well or unwell, which at her age means the same nursery, the same bedtime and the same adults.",
     "", 2, "She attends nursery three days a week throughout.",
     "A funded two-year-old place has been secured.", "HUB", "Met")],
  [S("AMH", "Community mental health team", "Yes", "Yes"), S("SW", "Children's social care", "Yes", "Partly"),
   S("HV", "Northbrook health visiting team", "Yes", "Partly")]),

# M7 hard: MH that looks like neglect from the outside
C("parental_mh", True, 1, "Male", "White", "No", "Child in need", "N1", 3, "No",
  "The little boy is fourteen months old and has missed his one-year immunisations and his development review, and it took me four attempts before mother would let me into the flat. "
  "Mother has obsessive-compulsive disorder, for which she was treated as a teenager, and it has returned severely since the birth; she is frightened of contamination, and the baby is kept in a cot or a playpen in one room almost all the time, is rarely taken outside and has had no contact with other children. "
  "The flat itself is spotlessly clean. "
  "He is a solemn child who does not yet crawl confidently, which I think is mainly because he has had so little time on the floor.",
  [N("Child", "Stimulation",
     "He needs to spend a good part of every day on the floor, moving, exploring and putting things in his mouth like any toddler, which at present his mother cannot allow because of her fear of germs.",
     "His motor and language development will fall further behind and he will be poorly prepared for nursery.", 3,
     "At the next review he crawls and pulls himself to standing, and mother reports daily floor play.",
     "Graded practice with mother at home visits, alongside her own treatment.", "HV", "Not met"),
   N("Mother", "Health",
     "Mother needs treatment for her OCD that she can begin at home, because she cannot at present face a waiting room or public transport.",
     "Her illness will go on shaping every part of the boy's day.", 3,
     "Mother is receiving treatment and has managed one appointment outside the home.",
     "GP to refer for specialist OCD treatment, asking whether the first sessions can be by video.", "AMH", "Not met"),
   N("Child", "Health", "Immunisations.", "Exposure to preventable illness.", 2, "Up to date.",
     "Practice nurse to visit at home.", "HV", "Not met")],
  [S("HV", "Northbrook health visiting team", "Yes", "Partly")]),

# M8
C("parental_mh", False, 3, "Female", "White", "No", "Early help", "N4", 2, "Partly",
  "Father has been the main carer for the little girl since he was made redundant last spring, and mother works night shifts as a care assistant. "
  "The family were referred by the nursery, who noticed that she was arriving late, often in the same clothes, and that father seemed flat and unshaven. "
  "When I visited, father told me he has felt 'like a failure' since losing his job, has been drinking more than he used to, though not, I think, to excess, and sleeps in the afternoons while the child watches the tablet. "
  "There is real warmth between them and she is well nourished.",
  [N("Father", "Health",
     "Father needs to talk to his GP about his low mood, which he has not done because he sees it as weakness.",
     "His depression is likely to deepen and the child's afternoons will continue to be spent in front of a screen.", 2,
     "Father has seen his GP.",
     "I have given him information about a men's mental health group that meets at the rugby club.", "AMH", "Not met"),
   N("Child", "Stimulation",
     "She needs something to do in the afternoons other than the tablet, ideally with other children, as she is bright and bored.",
     "Her speech and social skills, which are good now, may not develop as well as they could.", 2,
     "She goes to a stay-and-play or an afternoon nursery session.",
     "Hub timetable given to father.", "HUB", "Partly met"),
   N("Father", "Employment",
     "Father wants to get back to work and needs help with his CV and applications.", "", 1, "",
     "Jobcentre work coach.", "OTH", "Not known")],
  [S("HV", "Northbrook health visiting team", "Yes", "Yes"), S("HUB", "Stay and play, family hub", "Yes", "Partly")]),

# M9
C("substance_neglect", False, 1, "Male", "White", "No", "Child protection plan", "N1", 4, "Partly",
  "The baby's mother has a long history of heroin use and has been on a methadone prescription for three years; she was stable at the time of the birth, and the baby was born with mild withdrawal symptoms and spent ten days in the special care unit. "
  "Over the last two months his weight has fallen from the 50th to below the 9th centile, and at two recent visits mother was drowsy, with pinned pupils, and there was a smell of smoke in the flat which she said came from next door. "
  "Her partner, who is not the baby's father, is also known to drug services. "
  "The baby is now subject to a child protection plan.",
  [N("Child", "Health",
     "The baby needs to be fed every three to four hours, including through the night, by an adult who is awake and alert enough to do it, and to regain the weight he has lost.",
     "Faltering growth will continue, and he is at risk of serious harm, including from an accident while his mother is under the influence.", 4,
     "His weight returns towards his birth centile within two months, checked weekly.",
     "Weekly weighing by me; paediatric review; the social worker to agree with the couple who does the night feeds.", "HV", "Partly met"),
   N("Mother", "Health",
     "Mother needs to be honest with her drug worker about what she is using on top of her methadone, so that her prescription and her care can be reviewed.",
     "Continued use on top of methadone places the baby at risk of neglect and of accidental harm.", 4,
     "Negative tests for non-prescribed opiates at each of the next four weeks.",
     "Drug service, with results shared at core group.", "SMA", "Partly met"),
   N("Child", "Ensuring safety",
     "He needs to sleep in his own cot, on his back, in a smoke-free room, and never on the sofa with an adult who has used.",
     "The risk of sudden infant death is greatly raised.", 4,
     "The cot is in use at every unannounced visit.",
     "Safe sleep discussion recorded, and to be repeated with the partner present.", "HV", "Partly met")],
  [S("SW", "Children's social care", "Yes", "Yes"), S("SMA", "Drug and alcohol service", "Yes", "Partly"),
   S("HV", "Northbrook health visiting team", "Yes", "Yes")]),

# M10
C("substance_neglect", False, 4, "Female", "White", "No", "Child in need", "N1", 3, "No",
  "This four-year-old was seen by the community dental service with eight decayed teeth, six of which had to be taken out under general anaesthetic, and the dentist raised a concern about neglect. "
  "Father drinks heavily most evenings and has lost two jobs because of it; mother works long hours in a supermarket and says she is 'holding everything together'. "
  "The home was untidy and there was very little food in the cupboards when I visited, though there were a great many empty cans. "
  "The girl is chatty and affectionate but is still in a nappy at night and sometimes during the day, which nursery say father does not change.",
  [N("Child", "Health",
     "She needs her teeth brushed twice a day with fluoride toothpaste, and to stop having juice in a bottle at bedtime, so that the rest of her teeth can be saved.",
     "Further extractions, pain and infection.", 3,
     "No new decay at her six-month dental check.",
     "Health visitor and nursery to support with a reminder chart; dental nurse follow-up.", "HV", "Partly met"),
   N("Father", "Health",
     "Father needs to cut down and then stop his evening drinking, since he is often the only adult at home with her after five o'clock.",
     "She will continue to go to bed without anyone seeing to her on the evenings when her father is drunk.", 3,
     "Father is seen by the alcohol service and mother reports that he is sober at bedtime.",
     "Referral, with his consent, to the alcohol service.", "SMA", "Not met"),
   N("Child", "Self-care skills",
     "She needs to be helped to use the toilet during the day, as she is ready and wants to, but nobody at home has the time or patience to see it through.",
     "She may start school in nappies, with the embarrassment and teasing that would follow.", 2,
     "Dry during the day by the start of reception.",
     "Toileting plan agreed between nursery and health visitor.", "HV", "Not met")],
  [S("SW", "Children's social care", "Yes", "Partly")]),

# M11
C("neglect_other", False, 2, "Male", "White", "No", "Child in need", "N3", 3, "Partly",
  "Mother is twenty and has a mild learning disability; she went to a special school and lives with her own mother, who is supportive but has health problems of her own. "
  "The little boy is much loved and mother is very keen to learn, but she finds it hard to remember and follow advice, and tends to do whatever the last person told her. "
  "At two he is still having most of his food pureed, is not walking far, has a persistent nappy rash, and they missed three hospital appointments about his hips because mother did not understand the letters.",
  [N("Mother", "Basic care",
     "Mother needs advice about feeding, hygiene and appointments to be given one thing at a time, shown rather than told, and written down with pictures, so that she can follow it when nobody is with her.",
     "The boy's diet, his skin and his hips will continue to suffer and his development will fall further behind.", 3,
     "He is eating chopped family food and his rash has cleared by the next review.",
     "Easy-read materials; I will demonstrate and revisit; a parenting assessment using a tool adapted for parents with learning disabilities has been requested.", "HV", "Partly met"),
   N("Child", "Health",
     "He needs to be taken to every hospital appointment about his hips.",
     "A treatable condition may leave him with a lasting disability.", 3,
     "All appointments attended.",
     "Grandmother to hold the appointment letters; text reminders from our team.", "HV", "Met"),
   N("Other", "Wider family",
     "Grandmother needs a break and some help for herself, because without her the household would not manage at all and she is showing the strain.",
     "If grandmother becomes ill, mother and the boy will lose the support that currently keeps him safe.", 2,
     "", "Carer's assessment for grandmother.", "OTH", "Not met")],
  [S("HV", "Northbrook health visiting team", "Yes", "Yes"), S("SW", "Children's social care", "Yes", "Partly")]),

# M12 hard: neglect that differs from substance-misuse neglect only by its cause
C("neglect_other", True, 3, "Female", "Mixed", "No", "Child protection plan", "N1", 4, "Partly",
  "This little girl is the third of four children under five living with their mother in a two-bedroom house, and their father comes and goes. "
  "At every visit over the past year the home has been in poor condition, with dirty nappies on the floor, mouldy food in the kitchen and the children in soiled clothes, and the girl has head lice that never clear and repeated chest infections. "
  "Questions have been asked more than once about whether either parent is using drugs, and both have had hair strand tests which were negative; mother says she is simply 'worn out' and 'can't keep on top of it', and I believe her. "
  "The father's visits seem to make things worse rather than better.",
  [N("Parent or carer", "Basic care",
     "Mother needs a simple daily routine for the house that she can manage with four small children, beginning with the kitchen and one bedroom, and someone to come in and do it with her at first rather than tell her.",
     "The children will go on living with the risk of infection and the neglect will become entrenched.", 4,
     "The kitchen and the children's bedroom are clean at each unannounced visit for three months.",
     "Intensive family support worker, three mornings a week to begin with.", "EDGE", "Partly met"),
   N("Child", "Health",
     "The girl needs her chest infections treated promptly, and her lice treated properly, with all the children done at once.",
     "Recurring infections and time off nursery.", 3, "",
     "GP; I will show mother the wet-combing method.", "HV", "Partly met"),
   N("Mother", "Stability",
     "Mother needs to decide whether the father is living there or not, as his arrivals and departures leave her with more mess, less money and the children unsettled.",
     "The instability continues.", 2, "A clear arrangement that mother has chosen herself.",
     "Social worker to discuss with her.", "SW", "Not met")],
  [S("SW", "Children's social care", "Yes", "Partly"), S("HV", "Northbrook health visiting team", "Yes", "Yes"),
   S("EH", "Early help family support", "No", "Partly")],
  notes="Hair strand tests negative for both parents."),

# M13 pre-birth
C("infant_risk", False, None, "Not known", "White", "", "Child protection plan", "N1", 4, "Partly",
  "This is a pre-birth case and mother is thirty weeks pregnant. "
  "She has had two previous children removed from her care, the most recent three years ago because of neglect and her relationship with a violent partner, and both children were adopted. "
  "She is now in a relationship with a man who is not known to local services, and she says she has changed and 'deserves a chance this time'. "
  "She has kept all of her antenatal appointments, which is different from her previous pregnancies, and she is engaging with me.",
  [N("Mother", "Family history and functioning",
     "Mother needs to be able to explain, in her own words, what went wrong for her older children and what is different now, beyond saying that she has changed, because at present she puts the removals down entirely to the local authority.",
     "If nothing has changed in her understanding, the same pattern of neglect is likely to be repeated with a newborn, who would be at risk of significant harm.", 4,
     "By thirty-six weeks the pre-birth assessment records mother's own account of the risks and of the changes she has made.",
     "Social worker's pre-birth assessment, to which I am contributing.", "SW", "Partly met"),
   N("Father", "Ensuring safety",
     "The baby's father needs to be known to the professionals deciding whether the baby will be safe with him, which means he has to take part in the assessment and agree to checks.",
     "An unknown adult would be caring for a newborn.", 3,
     "Father has come to two sessions and checks are complete.",
     "Social worker.", "SW", "Not met")],
  [S("SW", "Children's social care", "Yes", "Yes"), S("HV", "Antenatal contact", "Yes", "Yes"),
   S("OTH", "Community midwifery", "Yes", "Yes")]),

# M14
C("infant_risk", False, 0, "Female", "White", "No", "Child protection plan", "N1", 4, "Partly",
  "The baby is six weeks old. "
  "Her father has a conviction for causing grievous bodily harm to a previous partner's baby, who was four months old and suffered fractures, and he served a prison sentence for it; he did not tell mother about this until after she was pregnant. "
  "Both parents minimise the conviction, calling it 'an accident that got blown up'. "
  "Mother is a first-time parent who is gentle and attentive with the baby, and the paternal grandmother is often present. "
  "There is a written agreement that father will not be alone with the baby.",
  [N("Child", "Ensuring safety",
     "The baby needs never to be left alone with her father, including for short periods such as mother popping to the shop, until the risk he poses has been properly understood.",
     "Given his history there is a real risk of serious physical harm to a very young baby.", 4,
     "No breaches of the written agreement, confirmed at unannounced visits.",
     "Social worker, health visitor, and grandmother as the agreed supervisor.", "SW", "Partly met"),
   N("Mother", "Ensuring safety",
     "Mother needs to understand that the injuries to the other baby were not an accident, by reading the court's findings for herself rather than relying on father's account of them.",
     "She will not be able to protect her daughter.", 4,
     "Mother has read the findings with the social worker and can say what they mean for her own baby.",
     "Social worker to obtain the judgment.", "SW", "Not met"),
   N("Mother", "Emotional warmth",
     "Mother needs to keep doing what she already does well: feeding responsively, holding her and talking to her.",
     "", 1, "", "Praise and encouragement at visits.", "HV", "Met")],
  [S("SW", "Children's social care", "Yes", "Partly"), S("HV", "Northbrook health visiting team", "Yes", "Yes")]),

# M15 hard: disabled child in a housing crisis
C("disabled_breaking_point", True, 2, "Male", "Asian or Asian British", "Yes", "Child in need", "N4", 4, "No",
  "This little boy has cerebral palsy affecting all four limbs and epilepsy, and is fed by gastrostomy; he is often in hospital with chest infections. "
  "He lives with his parents and two older sisters in a privately rented second-floor flat with no lift, and the landlord has served notice because he wants to sell. "
  "His mother carries him, his wheelchair and his feeding equipment up and down two flights of stairs every time they go out, and she has injured her back. "
  "Father works long hours as a taxi driver to pay the rent, and the parents told me they have not slept a full night in two years.",
  [N("Whole family", "Housing",
     "The family needs a ground-floor or adapted home, with room for his equipment and a bedroom where he can be turned at night without waking his sisters, before the notice period ends in three months.",
     "The family faces homelessness and a spell in temporary accommodation that would be unsuitable and unsafe for a child with his needs.", 4,
     "An offer of suitable accommodation before the notice expires.",
     "Housing options, with letters from the paediatrician and occupational therapist; the social worker to press for priority.", "HOU", "Not met"),
   N("Mother", "Health",
     "Mother needs to stop lifting him on the stairs and to have her back treated, because she is the one who does almost all of his care.",
     "If she cannot lift him at all, his care at home will break down.", 3, "",
     "GP; occupational therapist to look at moving and handling equipment.", "OTH", "Not met"),
   N("Parent or carer", "Stability",
     "The parents need regular nights when someone else cares for him, even one night a fortnight, so that they can sleep.",
     "Exhaustion is already affecting their health and their patience with the girls, and the family is close to not coping.", 3,
     "Overnight short breaks in place.",
     "Disabled children's team.", "DCS", "Not met")],
  [S("HV", "Northbrook health visiting team", "Yes", "Partly"),
   S("OTH", "Community paediatrics and children's community nursing", "Yes", "Yes")],
  notes="The housing is the most urgent thing, but underneath it is a family with a disabled child at the end of their tether."),

# M16 hard: infant of a young looked-after mother, DA and low mood
C("infant_risk", True, 0, "Male", "White", "No", "Child in need", "N5", 3, "Partly",
  "Mother is seventeen and has been looked after since she was twelve; she now lives in a mother-and-baby foster placement with her son, who is three months old. "
  "The baby's father is twenty-two, and during the pregnancy police were called to a row between them in which he pushed her; she has gone on seeing him, and recently told her foster carer that she means to move in with him when she turns eighteen. "
  "She has periods of low mood and self-harmed during the pregnancy. "
  "She is a tender, if sometimes impatient, mother.",
  [N("Mother", "Ensuring safety",
     "Mother needs to be able to recognise controlling and violent behaviour in a partner, including the pushing she describes as 'not really violence', before she decides where she and the baby will live.",
     "The baby may grow up in a home with domestic abuse and could be physically hurt.", 4,
     "Mother completes a programme for young women about healthy relationships, and her plan for when she turns eighteen is a safe one.",
     "Young people's worker from the domestic abuse service, and her own social worker.", "DAV", "Partly met"),
   N("Mother", "Emotional warmth",
     "Mother needs to be able to stay calm when the baby cries for a long time in the evening, as she has told the foster carer that she sometimes wants to 'shake him to shut him up', although she has not done so.",
     "Risk of non-accidental injury.", 4,
     "The foster carer sees her put the baby down safely and walk away when she is at her limit.",
     "Advice about coping with crying, repeated; the foster carer to model it.", "HV", "Partly met"),
   N("Mother", "Health",
     "Mother's low mood needs to be noticed early.", "", 2, "",
     "Her GP and the leaving care team.", "AMH", "Not known")],
  [S("CARE", "Mother and baby foster placement", "Yes", "Yes"), S("SW", "Children's social care", "Yes", "Partly"),
   S("HV", "Northbrook health visiting team", "Yes", "Yes")]),
]
