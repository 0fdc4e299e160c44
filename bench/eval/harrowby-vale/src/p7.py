from common import N, case
PATTERN = "P7"
CASES = [
case("A3", "5-9", "M", "W", "EH", "N2",
 "Boy aged 9 with autism and a severe learning disability, non-verbal, at Larchfield Special School. Sleeps 3-4 hours a night. When distressed he bites and pulls hair, including his 6 year old sister. "
 "Mum gave up work to care for him; Dad works shifts. They haven't had a night out in four years. Short breaks request turned down last year as 'doesn't meet threshold'.",
 [N("C", "HEA", "He needs to sleep for longer stretches at night.", 3, "", "Sleep clinic - waiting.", "N"),
  N("P", "FH", "Mum and Dad need regular breaks so they can keep caring for him.", 3, "", "", "N"),
  N("S", "ES", "His sister needs time with her parents and a space where she can't be hurt.", 3, "", "", "N"),
  N("C", "EBD", "He needs a way to show he is distressed other than biting.", 3, "", "Larchfield PECS.", "P")],
 ["EDU"], ["SB", "SLT", "OTH", "YC"], 3),

case("A3", "10-15", "F", "W", "EH", "N2",
 "Girl, 12, with cerebral palsy (wheelchair user) and epilepsy. Mum is a lone parent and her back is going from lifting. House not adapted - daughter carried upstairs to bed and to the bath. "
 "OT visit 14 months ago, adaptations grant still not approved. Mum is tearful, says she feels 'invisible'. Daughter is bright, in mainstream at Kingsmere, wants to go out with friends but needs a carer with her.",
 [N("C", "HOU", "She needs a home where she can get to bed and the bathroom without being carried.", 3, "Adaptations done.", "Chase the DFG.", "N"),
  N("M", "HEA", "Mum needs her own back looked after.", 2, "", "", "N"),
  N("C", "FSI", "She needs to go out with friends, with help, like any 12 year old.", 2, "", "", "N")],
 ["EDU", "OTH"], ["HS", "SB", "OTH"], 3,
 "Housing need (close to P9) arising from the child's disability."),

case("A1", "10-15", "M", "W", "CIN", "N2",
 "CIN (disabled child). 15 M, ASD + LD, at Larchfield. Puberty -> escalating aggression: Mum has had a broken finger, holes in walls. Mum (lone parent) locks herself in the bathroom when he "
 "'kicks off'. Short breaks 1 night/month at Willowmead - Mum asking for more, panel pending. 'Don't want him to go into care but can't see another way.' Psychiatry med review outstanding.",
 [N("C", "EBD", "Needs to show distress in ways that don't hurt people, with one behaviour plan used the same way at home, school and Willowmead.", 4, "", "PBS plan.", "P"),
  N("M", "FH", "Mum needs enough breaks and help at home to keep going.", 4, "", "Short breaks - more nights.", "P"),
  N("W", "STA", "Needs to be able to stay living with Mum.", 4, "", "", "P")],
 ["SW", "SB", "EDU"], ["SB", "OTH", "CAMHS", "IFI"], 4,
 "Violence to a parent (close to P6); here the disability and the caring load are the need."),

case("A2", "5-9", "M", "W", "OTH", "N2",
 "Year 2 boy with Down's syndrome, in mainstream with an EHCP. We are struggling to meet his needs - he's out of class a lot. Mum and Dad are lovely but seem worn out; Mum fell asleep in the car at "
 "pick-up last week. His baby brother (18 months) has a heart condition and has been in and out of the children's hospital. Parents miss school meetings because of hospital appointments.",
 [N("C", "EDU", "He needs a place and a curriculum where he can reach his potential.", 3, "EHCP review brought forward.", "SENCo.", "P"),
  N("P", "FH", "Mum and Dad need a break.", 3, "", "", "N"),
  N("S", "HEA", "His brother needs his hospital care without the family falling apart.", 2, "", "", "K")],
 ["EDU"], ["EDU", "SB", "EH"], 3),

case("A2", "5-9", "F", "W", "EH", "N2",
 "Year 5 girl with ADHD and autism (diagnosed last year). In school she masks and holds it together; at home she explodes for hours every evening - Mum showed me videos. Mum is on "
 "antidepressants and has stopped working. Older brother (Year 8) has started refusing to come home. We have no behaviour concerns so the family's request for an EHCP assessment was refused.",
 [N("C", "EBD", "She needs time to decompress after school without meltdowns that last hours.", 3, "", "", "N"),
  N("C", "EDU", "Her needs need to be understood in school so she doesn't have to hold it all in.", 3, "", "SENCo - sensory breaks.", "P"),
  N("M", "FH", "Mum needs to be believed and to look after her own wellbeing.", 3, "", "", "N"),
  N("S", "FSR", "Her brother needs a break from the meltdowns.", 2, "", "", "N")],
 ["EDU"], ["EDU", "SB", "EH", "YC"], 3,
 "The mother's depression (close to P3) follows from the caring."),

case("A5", "1-4", "M", "A", "OTH", "N2",
 "Toddler 22/12, complex medical needs - gastrostomy fed, O2 overnight, global developmental delay. Parents both early 20s; Dad has given up work. Multiple hospital appts a week across 3 hospitals. "
 "Mum not sleeping - alarms all night - and said 'sometimes I just want to walk out'. No family nearby. Continuing care assessment outstanding.",
 [N("C", "HEA", "Needs consistent, safe overnight care for feeds and oxygen.", 4, "Overnight care package in place.", "Continuing care.", "N"),
  N("P", "FH", "Mum and Dad need to sleep.", 3, "", "", "N"),
  N("W", "INC", "Family need money to cover hospital travel and Dad's lost wages.", 2, "", "DLA claim.", "P")],
 ["HV", "OTH"], ["SB", "OTH", "WDA", "HV"], 4),

case("A4", "16 and over", "M", "W", "OTH", "N3",
 "Client (44, F) referred by GP: depression and anxiety, passive suicidal ideation - 'if I went to sleep and didn't wake up, at least I could rest'. Main stressor is caring for her 17 yr old son who has "
 "autism, selective mutism and OCD and has not left the house in 8 months. Also cares for her elderly father. Husband supportive but works long hours.",
 [N("M", "FH", "Client needs breaks from caring so her mood can recover.", 3, "", "Carers assessment.", "N"),
  N("C", "HEA", "Son needs his OCD and anxiety treated so he can leave the house.", 3, "", "", "N"),
  N("C", "STA", "Son needs a plan for adult services at 18.", 2, "", "", "N")],
 ["AMH"], ["AMH", "CAMHS", "SB", "OTH"], 3,
 "Written through the mother's depression (close to P3); what is wearing her down is caring for a disabled son."),
]
