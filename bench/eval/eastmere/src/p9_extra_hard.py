from h import *

C("t609", "Teen-parent breakdown", True, "Janet Okafor", "Children's social care", 15, "M", "W", "Y", "CIN", "N4",
  "Adoptive parents (placed with them at three after neglect and violence in his birth family). He has foetal alcohol spectrum disorder diagnosed last year. Since thirteen he has pushed and punched his adoptive mother during arguments; she now locks her bedroom door at night. The parents have asked for him to be accommodated 'for a break' and say they cannot see a way back. They have had no adoption support since the order was made.",
  [N("Parent or carer", "Emotional warmth", "The adoptive parents need to understand his violence in the light of his early trauma and his FASD, so that they can stop seeing it as a personal rejection and stay committed to him.",
     "Adoption breakdown; he enters care at fifteen with a second experience of rejection.", 4,
     "Parents describe a plan they believe in and he remains at home or returns home after a planned break.", "Therapeutic parenting support through the adoption support fund; non-violent resistance.", "Adoption support", "N"),
   N("Mother", "Ensuring safety", "His adoptive mother needs a safety plan that means she does not have to lock herself in at night.", "Serious injury.", 4, "No assaults over three months.", "", "", "N"),
   N("Parent or carer", "Stability", "The parents need a planned short break every month that is presented to him as support, not as the end.", "", 3, "", "", "Short breaks / fostering", "N")],
  [S(SW, "", "Yes", "P")],
  4, "N", "Adoption breakdown - also has features of child-to-parent violence and disability (FASD).")

C("t708", "Housing and poverty", True, "kerry wootton", "School", 15, "M", "Mx", "N", "EH", "",
  "7 of them in a 2 bed flat, he sleeps on the sofa in the living room so cant go to bed till everyone else does. he says he'd rather be out. now staying out late on the estate most nights, there are older lads dealing round there and hes been seen with them. mum is on her own with the 5 kids and works cleaning. theyve been on the housing list 6 years",
  [N("Child", "Housing", "a bed and a room (even shared) he can go to - he's 15 sleeping on a sofa",
     "stays out, gets drawn in by the older lads", 3, "own bed", "overcrowding letter to housing from school + gp", "housing", "N"),
   N("Child", "Community resources", "somewhere to go in the evenings thats not the estate - the youth club shut", "", 3, "", "detached youth work?", "youth work", "N"),
   N("Mother", "Income", "mum to get help with money she cant afford the school trip or a phone for him", "", 2, "", "", "", "N")],
  [],
  3, "N", "risk of cce but the root is the overcrowding")

C("t511", "Infant neglect and parental substances", True, "Rhian Llewelyn", "Children's social care", 0, "M", "W", "N", "CP", "N3",
  "Mam (20) has a learning disability and was known to the 14+ team in Neath. Baby boy born in August. Dad (27) smokes cannabis all day and sells a bit from the flat in Briton Ferry; Mam relies on him for money and reading letters. Baby was admitted at 6 weeks with a bruise on his ear that nobody could explain - medical opinion inconclusive. Mam is loving with the baby but misses signs he is hungry; Dad handles him roughly when he's stoned.",
  [N("Mother", "Basic care", "Mam needs to learn, step by step and with pictures, how to read the baby's hunger and tiredness cues and make up feeds correctly.",
     "Baby underfed, faltering growth.", 4, "Baby on centile; Mam makes feeds unprompted.", "Parenting assessment adapted for learning disability (PAMS); HV weekly.", "Health visiting with adult LD team", "P"),
   N("Father", "Ensuring safety", "Dad needs to stop handling the baby when he has used and to stop selling from the home.", "Further injury.", 4, "", "Written agreement; drug service.", "Substance misuse service (adult)", "N"),
   N("Mother", "Family's social integration", "Mam needs an advocate of her own and someone other than Dad to help with letters and money.", "", 3, "Advocate allocated.", "", "Advocacy", "N")],
  [S(SW, "CP", "Yes", "P"), S(HV, "", "Yes", "P")],
  4, "P", "Parental learning disability as big a factor as the cannabis.")
