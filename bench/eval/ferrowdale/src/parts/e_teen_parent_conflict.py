from _common import N, S, case, P_E, P_F

PATTERN = P_E

CASES = [

case("E01", "T", 15, "Male", "White", "No", "Child in need", "N5 Family dysfunction",
     "15yo, lives w/ mum + stepdad + 2 half-sibs (3, 1). Escalating conflict since stepdad moved in - CPV: holes punched in walls, pushed mum x2. "
     "Mum rang Front Door asking for him to be 'taken into care'. "
     "YP says he'd rather be anywhere else. "
     "No sch concerns bar low effort. Bio dad lives in another area, inconsistent.",
     [N("Whole family", "Family history and functioning",
        "family to agree house rules + YP's place in the new family", "s20 / family breakdown", "3 Serious",
        "no request for accommodation in 3 mths", "edge of care team 8 wks", "Intensive family intervention (edge of care)", "Partly met"),
      N("Child", "Emotional and behavioural development",
        "YP to manage anger w/out violence to mum", "injury to mum or little ones", "3 Serious", "", "",
        "Child and adolescent mental health (CAMHS)", "Not met"),
      N("Father", "Family and social relationships",
        "bio dad - consistent contact or honest that it's not happening", "", "2 Moderate", "", "raised at FGC",
        "Family group conference", "Met")],
     [S("Social work (child in need or protection)", "Ferrowdale CSC Assessment and Intervention Team 3", "Yes", "Partly"),
      S("Intensive family intervention (edge of care)", "Ferrowdale Edge of Care Team", "Yes", "Yes"),
      S("Family group conference", "Ferrowdale FGC Service", "No", "Yes")]),

case("E02", "C", 16, "Female", "White", "No", "Other", "N6 Socially unacceptable behaviour",
     "16 yr old girl, deferred prosecution for assault on her mum. "
     "Third police call out to the home in 6 months for arguments that turned physical, both say the other one starts it. "
     "Mum has depression and drinks at weekends. "
     "Girl wants to move to her dad's but he hasn't got room.",
     [N("Whole family", "Family history and functioning", "Needs family therapy.", "Someone gets hurt",
        "3 Serious", "", "", "Intensive family intervention (edge of care)", "Not met"),
      N("Child", "Emotional and behavioural development", "Needs anger management.", "", "3 Serious",
        "Completed 6 sessions", "YJS", "Youth justice", "Met"),
      N("Mother", "Health", "Mum needs to see her GP about her mood.", "", "2 Moderate", "", "",
        "Adult mental health", "Not known"),
      N("Child", "Housing", "Needs a plan for where she lives if it breaks down at home.", "", "3 Serious", "", "",
        "Social work (child in need or protection)", "Not met")],
     [S("Youth justice", "Ferrowdale Youth Justice Service", "Yes", "Yes")]),

case("E03", "J", 14, "Female", "White", "No", "Early help", "N5 Family dysfunction",
     "ash is 14 and came out as trans to there parents a few months back (uses they/them), dad took it really badly and theres been loads of shouting. dad took there phone and said there not leaving the house dressed like that. "
     "ash has stayed at a mates 4 nights in the last fortnight. "
     "mum is kind of stuck in the middle and dosent know what to do. "
     "ash has been self harming a bit (scratching) and told me they dont want to go home ever",
     [N("Child", "Identity",
        "ash needs there parents to at least accept them as who they are even if they dont get it yet",
        "ash leaves home or gets really low", "3 Serious", "", "", "Early help family support", "Not met"),
      N("Child", "Emotional and behavioural development",
        "they need to stop the self harming and have someone to go to", "", "3 Serious", "", "",
        "Child and adolescent mental health (CAMHS)", "Not met"),
      N("Father", "Emotional warmth", "dad needs to stop the name calling", "", "3 Serious", "", "",
        "Early help family support", "Not met"),
      N("Child", "Family and social relationships", "ash needs to be around other lgbt young people",
        "", "2 Moderate", "comes to group every week", "", "Youth work", "Met")],
     [S("Youth work", "Ferrowdale Youth Service (LGBT+ group)", "Yes", "Yes")]),

case("E04", "P", 12, "Male", "White", "Yes", "Early help", "N2 Child's disability",
     "Pupil is in Year 7 and has a diagnosis of autism; he has an EHCP naming a mainstream placement with enhanced transition support. "
     "In school he presents as compliant and is making expected progress. "
     "Parents report that since the move to secondary school he has become physically aggressive at home, particularly towards his mother, and that the family are 'walking on eggshells'. "
     "Parents separated in recent months and father has moved to a flat nearby; the pupil refuses to visit him. "
     "Parents requested an early annual review of the EHCP, which has been scheduled. "
     "The school completed an Early Help Assessment at the parents' request.",
     [N("Child", "Emotional and behavioural development",
        "Pupil to be able to release the stress of the school day without aggression towards family members.",
        "Injury to mother and breakdown of the home placement.", "3 Serious",
        "Mother reports fewer than one incident a week.", "Sensory and decompression plan for after school; advice from the autism outreach team.",
        "Educational support (SENCo, educational psychology)", "Partly met"),
      N("Mother", "Ensuring safety",
        "Mother to have strategies to de-escalate and to keep herself and the pupil safe during incidents.",
        "", "3 Serious", "", "Place on an autism-specific parenting course offered.",
        "Parenting programme", "Partly met"),
      N("Father", "Family and social relationships",
        "Pupil to maintain a relationship with father following the separation.", "", "2 Moderate", "", "",
        "Early help family support", "Not met")],
     [S("Educational support (SENCo, educational psychology)", "Fernlow High School SENCo", "Yes", "Yes"),
      S("Early help family support", "Ferrowdale Early Help (North)", "Yes", "Partly")],
     hard=True, alt=P_F),

case("E05", "C", 15, "Male", "Black or Black British", "No", "Early help", "N6 Socially unacceptable behaviour",
     "15 yr old, adopted at 3. "
     "Prevention case after criminal damage at home (smashed the TV) - police were called by his adoptive dad. "
     "Adoptive parents say they are at the end and may ask for him to be accommodated. "
     "Says he wants to know about his birth family. Not linked to any peer group concerns.",
     [N("Child", "Identity", "Needs life story work.", "", "3 Serious", "", "",
        "Social work (child in need or protection)", "Not met"),
      N("Whole family", "Family history and functioning", "Needs therapeutic support for the family.",
        "Adoption breaks down", "4 Very serious", "", "Adoption support fund application in", "Other", "Partly met"),
      N("Parent or carer", "Stability", "Parents need respite.", "", "3 Serious", "", "",
        "Intensive family intervention (edge of care)", "Not met")],
     [S("Youth justice", "Ferrowdale Youth Justice Service (Prevention)", "Yes", "Partly"),
      S("Other", "Regional adoption support agency", "Yes", "Partly")]),

case("E06", "J", 16, "Female", "White", "No", "Early help", "N4 Family in acute stress",
     "chloe is 16 and pregnant (about 20 wks), her dad found out and told her she cant stay, theres been massive rows and he called her some horrible names. "
     "her mums not around, lives up north with a new family. "
     "chloe is at her boyfriends mums for now but they dont really want her there long term. "
     "she wants to make it up with her dad but shes too proud to say it",
     [N("Child", "Family and social relationships",
        "her and her dad need to sit down with someone in the middle and sort it out", "", "3 Serious", "", "",
        "Family group conference", "Not met"),
      N("Child", "Housing", "somewhere safe to live before the baby comes", "she ends up in a hostel with a newborn",
        "4 Very serious", "", "housing 16-17 team have seen her", "Housing support", "Partly met"),
      N("Child", "Health", "she needs to keep going to her midwife appointments", "", "2 Moderate", "", "",
        "Health visiting or school nursing", "Partly met")],
     [S("Youth work", "Wrenholt Youth Project", "Yes", "Partly"),
      S("Housing support", "Ferrowdale Housing Options (16-17 team)", "Yes", "Partly")]),

case("E07", "B", 13, "Female", "White", "No", "Early help", "N5 Family dysfunction",
     "Mum (Kirsty) is at the end of her tether with Ellie-May who is thirteen, and she has said to me several times that she does not recognise her daughter any more, she is rude, she swears at her, she is on her phone until three in the morning and she refuses point blank to do anything she is asked. "
     "Kirsty was in a violent relationship with Ellie-May's dad when Ellie-May was little but that was a long time ago and Kirsty says she has dealt with all that and it is not relevant, although Ellie-May did bring it up in one of the arguments and said her mum chose her dad over her. "
     "Kirsty has been with her partner Dean for six years and Ellie-May used to get on well with him but now refuses to be in the same room. "
     "Kirsty works full time in a care home and is shattered and she says she just wants her little girl back. "
     "There has been no violence, it is all verbal, but it is every single day.",
     [N("Mother", "Guidance and boundaries",
        "Kirsty needs to be able to set some boundaries around the phone and bedtime and see them through calmly without it turning into a screaming match",
        "things will escalate and Ellie-May may end up going to live with her dad which nobody wants", "2 Moderate",
        "phone downstairs at night on most nights", "teen parenting group", "Parenting programme", "Partly met"),
      N("Whole family", "Family history and functioning",
        "Kirsty and Ellie-May need to be able to talk about what happened when Ellie-May was little, because it is clearly still there for Ellie-May",
        "", "3 Serious", "", "", "Early help family support", "Not met"),
      N("Child", "Health", "Ellie-May needs more sleep, she is exhausted at school", "", "2 Moderate", "", "",
        "Early help family support", "Not met")],
     [S("Early help family support", "Ferrowdale Early Help (South)", "Yes", "Partly"),
      S("Parenting programme", "Wrenholt Family Hub (teen parenting group)", "No", "Partly")]),

case("E08", "P", 14, "Female", "White", "No", "Child in need", "N5 Family dysfunction",
     "Pupil is in Year 10 and has lived alternately with mother and with father, who are separated, moving three times this academic year following arguments in each household. "
     "Each move has been accompanied by a period of absence and attendance currently stands at 79%. "
     "Pupil has told her tutor that 'nobody wants me' and that she is 'the reason they split up'. "
     "Both parents have attended school meetings separately and each attributes the difficulties to the other household. "
     "The case was stepped up to child in need after the pupil stayed with a friend's family for a week without either parent being aware.",
     [N("Child", "Family and social relationships",
        "Pupil to have a settled home arrangement agreed by both parents.",
        "Pupil is at risk of becoming homeless or staying with adults unknown to her family.", "3 Serious",
        "One agreed home base for the rest of Year 10.", "Family group conference held; plan partly agreed.",
        "Family group conference", "Partly met"),
      N("Parent or carer", "Family history and functioning",
        "Parents to communicate with each other directly about the pupil's care rather than through her.",
        "", "3 Serious", "", "", "Social work (child in need or protection)", "Not met"),
      N("Child", "Education",
        "Pupil to attend consistently and keep up with GCSE coursework.", "", "2 Moderate",
        "Attendance above 90%.", "Coursework catch-up sessions.", "Educational support (SENCo, educational psychology)", "Partly met")],
     [S("Social work (child in need or protection)", "Ferrowdale CSC Assessment and Intervention Team 1", "Yes", "Partly"),
      S("Family group conference", "Ferrowdale FGC Service", "Yes", "Partly")]),
]
