from h import *
P = "Infant neglect and parental substances"

C("t501", P, False, "Janet Okafor", "Health visiting", 0, "M", "W", "N", "CP", "N1",
  "Baby (5 months). Both parents on methadone scripts; father also using heroin on top, mother says she has stopped. Baby has missed 8 and 12 week immunisations and two HV contacts. On the last visit the flat was cold and there was a needle on the windowsill. Mother is attentive when she is well but her appointments at the drug service are erratic.",
  [N("Mother", "Ensuring safety", "Mother needs all drug equipment kept in a locked box out of the baby's reach, every time, and the father's use kept out of the home.",
     "Needlestick injury or ingestion; baby could die from access to methadone.", 4,
     "Lock box in use at every unannounced visit; father's using not in the flat.", "Drug service to supply box and check; SW unannounced visits.", "Substance misuse service (adult)", "P"),
   N("Father", "Health", "Father needs to stop using heroin on top of his script.", "Overdose, baby exposed to using and to the people who supply.", 4, "Clean urine screens.", "Script review, keyworker.", "Substance misuse service (adult)", "N"),
   N("Mother", "Basic care", "Mother needs to get the baby to his immunisations and weigh-ins.", "Preventable illness missed.", 3, "Immunisations up to date.", "HV to book and remind; transport if needed.", "Health visiting", "P"),
   N("Parent or carer", "Income", "Parents need the heating on - they have run out of gas credit.", "", 3, "", "Fuel voucher, debt advice.", "Welfare and debt advice", "N")],
  [S(SW, "CP", "Yes", "P"), S(SMA, "", "Yes", "P"), S(HV, "", "Yes", "Y")],
  4, "P")

C("t502", P, False, "Sue Tranter", "Children's social care", 3, "F", "W", "N", "CP", "N3",
  "CP neglect. M alcohol - cans from mid-morning, 'just to take the edge off'. Home conditions v poor: dog mess on floors, no clean bedding, mouldy food. Girl (3) at nursery 40% of sessions, often hungry, nappy rash, not toilet trained. M's mum (MGM) helps some weekends. M says she's fine.",
  [N("Mother", "Basic care", "clean home - floors, bedding, fridge - to a standard safe for a toddler", "infection, injury, neglect continues", 4, "home conditions scale ≥ 'adequate' at 3 visits", "FSW practical help + clear expectations", "EH FSW", "P"),
   N("Mother", "Health", "M to cut down/stop drinking", "", 4, "", "", "drug + alc service", "N"),
   N("Child", "Education", "nursery every session (15 hrs)", "speech + social delay, hunger", 3, "attend 90%", "MGM to do drop off", "nursery", "P"),
   N("Child", "Self-care skills", "toilet training", "", 2, "", "", "", "N")],
  [S(SW, "", "Yes", "P"), S(SMA, "", "No", "N"), S(HUB, "nursery", "Yes", "P")],
  4, "P", "M disengaged from alc service after 1 appt")

C("t503", P, False, "Helen Maddox", "Children's social care", 1, "M", "Mx", "N", "CP", "N1",
  "Noah is fourteen months old. His father uses crack cocaine and his mother smokes cannabis daily; both deny that their use affects their care of him. Noah was found by the health visitor asleep on the sofa between his parents, both of whom were heavily asleep, and there have been two previous safe sleep discussions. His weight has dropped from the 50th to the 9th centile. People his parents describe as 'friends' come and go from the flat at night.",
  [N("Child", "Health", "Noah needs to regain weight to his expected centile, with regular, adequate meals that his parents provide on time.",
     "Faltering growth and developmental harm; possible underlying illness missed.", 4,
     "Weight back above the 25th centile within three months; food diary kept by parents.", "Weekly weighing by health visitor; paediatric review to exclude organic cause.", "Health visiting with paediatrics", "P"),
   N("Parent or carer", "Ensuring safety", "His parents need to put Noah to sleep in his own cot every time, and not to co-sleep after using any substance.",
     "Sudden unexpected death in infancy.", 4,
     "Noah seen in his cot on unannounced visits; parents can explain the risks.", "Safe sleep assessment and direct work; provide cot if needed.", "Health visiting", "P"),
   N("Father", "Ensuring safety", "His father needs to stop dealing or using in the home and to stop the night visitors.", "Noah exposed to violence and drugs.", 4,
     "No visitors at night per neighbours/police.", "Police and drug service.", "Substance misuse service (adult)", "N")],
  [S(SW, "", "Yes", "P"), S(HV, "", "Yes", "Y"), S(SMA, "", "Yes", "N")],
  4, "P", "PLO meeting booked.")

C("t504", P, False, "Dave Harker", "Police", 2, "F", "W", "N", "CIN", "N1",
  "19/09 21:15 neighbour called re child crying for over an hour. On arrival 2 yr old alone in flat, in nappy soaked through, mother returned 21:50 intoxicated from pub over road, stated neighbour was 'meant to be watching her'. Child PP'd overnight to maternal aunt, returned next day after strategy meeting. Mother previously known for alcohol-related ASB. No father on birth cert.",
  [N("Mother", "Ensuring safety", "Mother must not leave child alone or in the care of anyone not agreed with SW.", "Injury, fire, death.", 4, "No further incidents.", "Written agreement; unannounced visits.", "Social work", "P"),
   N("Mother", "Health", "Mother needs to address drinking.", "", 3, "", "", "Substance misuse service (adult)", "N"),
   N("Other", "Wider family", "Maternal aunt willing to be backup carer - needs assessing as connected person in case needed.", "", 3, "", "", "", "N")],
  [S(SW, "", "Yes", "P")],
  4, "P")

C("t505", P, False, "Gary Pryce", "Early help", 4, "M", "W", "N", "CIN", "N8",
  "Mum uses cannabis and amphetamine. Child not attending nursery regularly. Home conditions poor. Dad in prison.",
  [N("Mother", "Health", "Mum needs drug and alcohol service", "Continues using", 3, "Mum engages", "Refer to Turning Point", "Substance misuse service (adult)", "P"),
   N("Child", "Education", "Needs nursery place", "", 2, "Attends nursery", "", "Nursery", "P"),
   N("Mother", "Basic care", "Mum needs support with home conditions", "", 3, "", "Family support worker", "Early help family support", "P"),
   N("Child", "Health", "Needs a developmental assessment", "", 2, "", "HV to do ASQ", "Health visiting", "N")],
  [S(EHFS, "", "Yes", "P"), S(SMA, "Turning Point", "Yes", "P")],
  3, "P")

C("t506", P, False, "kerry wootton", "Early years", 3, "M", "W", "N", "EH", "N7",
  "little boy at our nursery, hardly any words, teeth are rotten (front ones brown), always in the same clothes. mum smells of weed when she drops off, sometimes shes glassy eyed. says money is tight, shes on UC and behind on rent. she is nice and says she wants help",
  [N("Child", "Health", "to see a dentist asap - he is in pain and cant eat properly", "infection, teeth out under GA", 3, "seen by dentist", "we will help mum book", "dentist", "N"),
   N("Child", "Stimulation", "lots of talk and books at home, mum doesnt really talk to him much, she is on her phone", "speech delay gets worse before school", 3, "more words by summer", "stay and play with mum, bookstart", "HV / nursery", "P"),
   N("Mother", "Health", "mum to stop the weed around him", "", 2, "", "", "", "N"),
   N("Mother", "Income", "mum needs help with money", "", 2, "", "citizens advice", "welfare advice", "N")],
  [S(HUB, "nursery", "Yes", "P"), S(SALT, "waiting list", "Yes", "P")],
  3, "P")

C("t507", P, False, "Rhian Llewelyn", "Children's social care", 0, "F", "W", "N", "CP", "N1",
  "Pre-birth assessment, baby born in November at the Maelor, Wrexham. Mam (24) used amphetamine through the pregnancy and has had two older children adopted. Baby had withdrawal signs and was in SCBU for ten days. Mam has been at the Cais recovery group since the birth and has some clean tests. Dad not known. Mam's Nain in Rhos is offering help.",
  [N("Mother", "Health", "Mam needs to stay off amphetamine and keep testing clean, with someone to ring when she is tempted.",
     "Relapse; baby removed like her other children.", 4, "Three months clean tests.", "Recovery group and sponsor; keyworker.", "Substance misuse service (adult)", "P"),
   N("Mother", "Emotional warmth", "Mam needs help with her grief for the two children she lost, which is what she says she uses to blot out.", "", 3,
     "", "Post-adoption support for birth parents.", "Other (birth parent support)", "N"),
   N("Child", "Basic care", "Baby needs feeds every 3 hrs and to be handled calmly - she is still jittery.", "", 4, "Baby gaining weight.", "HV and mother and baby foster placement if needed.", "Health visiting", "P"),
   N("Other", "Wider family", "Nain needs to be assessed as a kinship carer in case.", "", 3, "", "", "", "N")],
  [S(SW, "", "Yes", "P"), S(SMA, "Cais", "Yes", "Y"), S(HV, "", "Yes", "Y")],
  4, "P")

C("t508", P, True, "Janet Okafor", "Health visiting", 4, "F", "B", "N", "CIN", "N3",
  "Mother's partner left last year after a long period of violence - there was a MARAC. Since then mother has been drinking most evenings and describes herself as depressed; she says drinking is 'the only way I sleep'. The little girl is clean and well dressed but mother has twice forgotten to collect her from nursery. Mother attends her GP and is on antidepressants.",
  [N("Mother", "Health", "Mother needs to find another way to sleep and cope with her memories than drinking, so that she is sober and able to respond in the evenings and collect her daughter on time.",
     "Child unsupervised when mother drunk; mother's depression worse.", 3, "Mother reports fewer drinking evenings; no missed collections.", "Alcohol brief intervention and talking therapy; DA recovery group.", "Substance misuse service (adult)", "N"),
   N("Mother", "Emotional warmth", "Mother needs to go through the aftermath of the abuse with someone, she has never talked about it.", "", 3, "", "", "Domestic abuse support (victim)", "N"),
   N("Child", "Ensuring safety", "Child needs a named backup person to collect her from nursery.", "", 2, "Backup on nursery form.", "", "", "M")],
  [S(HV, "", "Yes", "P"), S(SW, "", "Yes", "P")],
  3, "P", "DA and substance misuse in the same case; primary reason is the drinking now.")

C("t509", P, False, "Sue Tranter", "Children's social care", 1, "M", "W", "N", "LA", "N1",
  "LAC (ICO) since 4 mths, placed w PGPs (kinship, Reg 24 then approved). Both parents heroin + crack, M now in residential rehab, F in custody. Baby thriving in placement. Contact M 1x/wk supervised. Care plan: SGO w PGPs.",
  [N("Child", "Stability", "permanence w PGPs via SGO - he's settled", "drift, more moves", 3, "SGO granted", "SGO assessment + support plan", "SW / fostering", "P"),
   N("Other", "Income", "PGPs need SGO allowance + support - G'dad gave up work", "placement breaks down", 3, "allowance agreed", "", "kinship team", "P"),
   N("Mother", "Health", "M to complete rehab", "", 3, "", "", "", "P")],
  [S(FOS, "kinship", "Yes", "Y"), S(SW, "LAC team", "Yes", "Y"), S(SMA, "residential rehab", "Yes", "Y")],
  3, "Y")

C("t510", P, False, "Helen Maddox", "Children's social care", 2, "F", "W", "N", "CP", "N1",
  "Lily-Mae is two and lives with her mother and her mother's new partner, who has a long history of heroin use and has been seen using in a nearby underpass. Her father, who is in recovery and has stayed drug-free for two years, has regular contact and is worried. Her mother has begun missing Lily-Mae's appointments and the flat has deteriorated; at one visit there was no food in the cupboards. Her mother denies her partner is using and is angry with the father for 'causing trouble'.",
  [N("Mother", "Ensuring safety", "Her mother needs to recognise the risks her partner's drug use poses to Lily-Mae and to decide whether he lives with them.",
     "Lily-Mae's care continues to decline and she could be exposed to drugs and dangerous adults.", 4,
     "Either the partner engages with treatment and tests clean, or he moves out.", "Child protection plan with clear expectations; drug testing offered to partner.", "Social work", "N"),
   N("Child", "Basic care", "Lily-Mae needs enough food at home every day and to go to her health reviews.", "Faltering growth; missed developmental concerns.", 3,
     "Food seen at every visit; two-year review done.", "Health visitor; food bank referral while benefits are sorted.", "Health visiting", "P"),
   N("Father", "Stability", "Her father needs to be assessed as an alternative carer, and supported to keep up regular contact meanwhile.", "", 3,
     "Viability assessment completed.", "", "Social work", "P")],
  [S(SW, "CP", "Yes", "P"), S(HV, "", "Yes", "P")],
  4, "P")
