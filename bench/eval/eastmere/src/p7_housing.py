from h import *
P = "Housing and poverty"

C("t701", P, False, "Gary Pryce", "Early help", 6, "F", "B", "N", "EH", "N7",
  "Family of 4 in one room in temporary accommodation for 9 months. Shared kitchen. Mum not working. Child tired at school.",
  [N("Whole family", "Housing", "Needs housing", "Overcrowding continues", 3, "Rehoused", "Housing register", "Housing support", "N"),
   N("Whole family", "Income", "Needs food bank", "", 2, "Vouchers", "Food bank referral", "Welfare and debt advice", "M"),
   N("Child", "Education", "Needs homework club", "", 1, "", "", "School", "N")],
  [S(HOU, "", "Yes", "P"), S(EHFS, "", "Yes", "P")],
  2, "P")

C("t702", P, False, "Helen Maddox", "Children's social care", 9, "M", "O", "N", "CIN", "N7",
  "Samuel and his mother came from Nigeria when he was four on a visitor visa, which has long expired; his mother has no recourse to public funds and cannot legally work. They stayed with a church friend until that broke down and are now supported under section 17 in a single room in a shared house. Samuel attends primary school, is doing well academically, and is a lively, sociable boy, but he has no winter coat, goes without lunch at weekends and cannot have friends round. His mother's application for leave to remain on the basis of his long residence is pending.",
  [N("Parent or carer", "Income", "Samuel's mother needs her immigration status resolved so that the family can have an income and a home of their own.",
     "Long-term destitution affecting Samuel's health, education and sense of security.", 3,
     "Leave to remain granted with recourse to public funds.", "Legal aid immigration advice; support the change of conditions application.", "Immigration solicitor", "P"),
   N("Child", "Basic care", "Samuel needs enough food every day including weekends and holidays, and warm clothes for winter.",
     "Hunger and cold; embarrassment at school.", 3, "Weekly subsistence covers food; coat and uniform provided.", "Review section 17 rates; holiday activities and food programme.", "Social work (NRPF team)", "P"),
   N("Child", "Family and social relationships", "Samuel needs to be able to join in ordinary things with friends - a football club, a birthday party.", "", 2, "", "", "", "N")],
  [S(SW, "NRPF team", "Yes", "P"), S(WEL, "", "Yes", "N")],
  3, "P", "Section 17 payments well below what a family on benefits would receive.")

C("t703", P, False, "kerry wootton", "School", 7, "M", "W", "NK", "EH", "",
  "evicted from private rent in june (no fault, landlord selling). been in 3 places since, now in a b&b 40 mins away on 2 buses. mum gets him in most days but late and he is exhausted. he has started wetting in school and crying at home time. little sister 2",
  [N("Child", "Education", "to stay at our school (his friends are here) - needs transport or a home closer", "another move, lose friends + learning", 3, "bus pass / taxi agreed", "la transport request", "education", "P"),
   N("Whole family", "Housing", "a proper home not b&b", "", 3, "", "", "housing", "N"),
   N("Child", "Emotional and behavioural development", "someone to notice hes upset, give him a calm start when he arrives late", "", 2, "", "nurture breakfast", "school", "M")],
  [S(HOU, "", "Yes", "P")],
  3, "P")

C("t704", P, False, "Janet Okafor", "Health visiting", 2, "F", "", "N", "EH", "N7",
  "Mother (19) and her daughter live in a privately rented bedsit with severe black mould on two walls. The child has had four chest infections this winter and one admission. Mother has asked the landlord repeatedly and he threatens to evict her if she complains further. Mother is a care leaver; her personal adviser has changed three times.",
  [N("Mother", "Housing", "Mother needs the mould treated or a move, and to know her rights so that she can't be evicted for complaining.", "Child's breathing and health will keep deteriorating.", 3,
     "Environmental health inspection and works done, or rehoused.", "Environmental health; care leaver housing priority.", "Housing support", "N"),
   N("Mother", "Income", "Mother needs her setting-up-home allowance and council tax exemption, which she says she never got.", "", 2, "", "PA to chase.", "Leaving care", "N"),
   N("Mother", "Family's social integration", "Mother needs a PA who stays and who she knows.", "", 2, "", "", "", "N")],
  [S(HV, "", "Yes", "P")],
  3, "N")

C("t705", P, False, "Rhian Llewelyn", "Early help", 11, "F", "W", "N", "EH", "N4",
  "Family living in a static caravan on a site outside Aberaeron since Dad's building firm went under and they lost the house. Debts around £18k. Dad very low, drinking more. Mam working at the Co-op. Elin (11) is due to start at Ysgol Gyfun next year; says she's ashamed to bring friends back. The site is meant to be holiday only, so they might have to leave in winter.",
  [N("Whole family", "Housing", "The family need somewhere they can legally live all year.", "Homeless in winter.", 3, "Settled tenancy.", "Housing options Ceredigion.", "Housing support", "N"),
   N("Parent or carer", "Income", "Mam and Dad need a debt plan so the letters stop.", "Dad's mood worse, family stress.", 3, "DRO or payment plan.", "Debt advice.", "Welfare and debt advice", "P"),
   N("Father", "Health", "Dad needs to see the GP about his mood and drinking.", "", 3, "", "", "", "N"),
   N("Child", "Social presentation", "Elin to feel OK about where she lives before she starts big school.", "", 1, "", "", "", "N")],
  [S(WEL, "Citizens Advice Ceredigion", "Yes", "Y")],
  2, "P")

C("t706", P, True, "Sue Tranter", "Children's social care", 5, "M", "Mx", "N", "CIN", "N4",
  "M fled DA from another LA w boy (5) + baby. Refuge 3 mths, now TA (1 room, hostel, shared bathroom w single men). Boy no school place yet - 6 wks out of educ. M's benefits stopped when moved, rent arrears from old tenancy in her name. Ex not aware of address.",
  [N("Child", "Education", "school place now", "falls behind, isolated", 3, "on roll + attending", "in-year admissions chase", "LA admissions", "N"),
   N("Whole family", "Housing", "safe self-contained TA - not shared w adult men", "safeguarding risk", 4, "moved", "housing + SW", "housing", "P"),
   N("Mother", "Income", "benefits restarted + arrears sorted", "destitution", 3, "UC in payment", "welfare rights", "welfare advice", "P"),
   N("Mother", "Ensuring safety", "keep address confidential from ex", "", 3, "", "", "IDVA", "M")],
  [S(HOU, "TA", "Yes", "P"), S(DAV, "refuge outreach", "Yes", "Y"), S(WEL, "", "Yes", "P")],
  3, "P", "DA in background - pressing need is the housing")

C("t707", P, False, "Helen Maddox", "Early help", 13, "F", "W", "N", "EH", "N7",
  "Poppy lives with her mother and two younger siblings in a council house where the family cannot afford to heat more than one room. Her mother works night shifts at a care home and sleeps during the day. There are not enough beds; Poppy shares a double mattress with her sister. Poppy is often late, has fallen asleep in lessons, and has been in trouble for incomplete uniform and PE kit.",
  [N("Child", "Basic care", "Poppy needs her own bed and a warm room to sleep in so that she can rest properly before school.",
     "Chronic tiredness affects her learning and mood through secondary school.", 2, "A bed each and a heated bedroom.", "Charity grant for beds and bedding; energy advice.", "Early help family support", "P"),
   N("Parent or carer", "Income", "Her mother needs to be receiving all the benefits she is entitled to alongside her wage, including help with uniform costs.", "", 2,
     "Benefit check done; uniform grant received.", "Welfare benefits check.", "Welfare and debt advice", "M"),
   N("Child", "Social presentation", "Poppy needs school to stop sanctioning her for kit the family cannot afford.", "", 2, "", "Pastoral conversation.", "School", "M")],
  [S(EHFS, "", "No", "Y"), S(WEL, "", "No", "Y")],
  2, "Y")
