from common import N, case
PATTERN = "P9"
CASES = [
case("A5", "under 1", "M", "W", "OTH", "N7",
 "Family of 5 (Mum, Dad, 3 ch incl baby 5/12) in one room in B&B temporary accommodation for 7 months after s21 eviction (landlord selling). Shared kitchen and bathroom on another floor. "
 "Baby sleeps in pram, no room for cot; 3yo chest infection x3. Both parents work (Dad agency warehouse, Mum cleaning) but can't find rent + deposit in Harrowby. "
 "Parents doing well under huge stress.",
 [N("C", "HEA", "Baby needs a safe place to sleep - cot, flat and clear.", 3, "Travel cot provided.", "Baby bank.", "M"),
  N("W", "HOU", "Family need a home with room to cook, sleep and play.", 3, "", "Housing Options.", "N"),
  N("S", "ST", "3yo needs space to play.", 2, "", "Stay and play at hub.", "P"),
  N("P", "INC", "Parents need help with a deposit.", 2, "", "", "N")],
 ["HV", "HS"], ["HS", "WDA", "HUB", "OTH"], 3),

case("A3", "5-9", "F", "B", "EH", "N7",
 "Mum and two children (8 and 4). No Recourse to Public Funds. Mum is from Nigeria and came on a spouse visa; her husband left and her application is pending. She was working as a carer but can't now. "
 "They have been sofa-surfing with friends from church. The children are at school but miss dinners - no free school meals. Mum is very anxious and proud, says she doesn't want charity.",
 [N("W", "HOU", "The family need somewhere to live that is theirs.", 4, "", "", "N"),
  N("W", "INC", "The family need money for food.", 4, "", "Foodbank vouchers.", "P"),
  N("C", "HEA", "The children need a hot meal every day.", 3, "", "School giving meals at its own cost.", "P"),
  N("M", "FH", "Mum needs immigration advice to sort out her status.", 3, "", "", "N")],
 ["EH", "OTH"], ["SW", "OTH", "HS", "WDA"], 4),

case("A3", "10-15", "M", "W", "EH", "N7",
 "Dad has been a lone parent of two boys (10 and 13) since Mum left for a new relationship. He lost his job as a lorry driver after a heart attack. Rent arrears of £3,400 and a notice seeking possession "
 "from the housing association. Electricity cut off on the prepayment meter twice. The boys are well cared for, polite and go to school; the 13 year old has started a paper round and gives Dad the money. "
 "Dad is embarrassed and hasn't claimed what he's entitled to.",
 [N("F", "INC", "Dad needs to claim what he's entitled to and have an affordable plan for the arrears.", 3, "Claims in; arrears plan agreed.", "Welfare rights.", "P"),
  N("W", "HOU", "The family need to keep their home.", 3, "Possession stopped.", "", "P"),
  N("C", "EBD", "The 13 year old needs to stop worrying about money.", 2, "", "", "N")],
 ["EH"], ["WDA", "HS"], 3,
 "A child taking on worries (close to P8), and a separation behind it (P1); no abuse or caring role found."),

case("A1", "1-4", "F", "A", "CIN", "N4",
 "CIN. Family (2 adults, 4 ch) in severely overcrowded 2-bed private rented flat, damp + black mould. 2yo admitted x2 with bronchiolitis/wheeze. Landlord not responding; env health inspected - Cat 1 hazard. "
 "Parenting good enough, ch in school, Dad doing 60-hr weeks. Referral from hospital. Housing register band C.",
 [N("C", "HEA", "2yo needs to live without damp and mould.", 4, "No further admissions.", "Env health enforcement.", "P"),
  N("W", "HOU", "Family need a home big enough for 6.", 3, "Rehoused / band raised.", "Medical priority application.", "N"),
  N("S", "ST", "Older ch need somewhere quiet to do homework.", 1, "", "", "N")],
 ["SW", "HS"], ["HS", "OTH"], 3),

case("A2", "5-9", "F", "W", "OTH", "N7",
 "Year 4 girl who joined us in January - the family moved into a hostel in our area after losing their home. The hostel is 3 miles away and Mum walks the children in because there is no bus money, "
 "so they are late most days and exhausted. She arrives hungry, is anxious about having 'no room of my own' and is ashamed to tell friends. Third school in two years. Mum is doing her very best.",
 [N("C", "EDU", "She needs to get to school on time without a 3 mile walk.", 2, "", "", "N"),
  N("C", "BC", "She needs breakfast.", 2, "", "Breakfast club.", "M"),
  N("W", "HOU", "The family need a settled home near school.", 3, "", "", "N"),
  N("C", "EBD", "She needs to stop feeling ashamed and settle after three school moves.", 2, "", "", "P")],
 ["EDU"], ["HS", "WDA", "EDU"], 2),
]
