from common import n, s, case
P = "online_exploitation"
CASES = [
case(P, False, "DC Rob H.", 13, "Female", "White", "No", "Child in need", "N1 Abuse or neglect",
 "YP groomed via gaming platform by adult male posing as 15. Sent indecent images. Suspect then demanded more, threatening to send images to her school contacts (sextortion). "
 "YP disclosed to form tutor. Suspect believed to be overseas. Parents unaware of the platform's chat function.",
 [n("Child", "Ensuring safety", "Images taken down (Report Remove)", "Images circulate", 4, "Removed", "", "Other", "Met"),
  n("Child", "Emotional and behavioural development", "YP needs to know she is not in trouble for sending images",
    "won't disclose next time", 3, "", "SW + school", "", "Partly met"),
  n("Parent or carer", "Ensuring safety", "Parents to set up parental controls and know her passwords", "", 3, "Done", "", "", "Met")],
 [s("Other", "Police online CSE team", "Yes", "Partly"),
  s("Social work (child in need or protection)", "CIN", "Yes", "Partly")],
 4, "Partly"),

case(P, True, "Imogen S.", 14, "Female", "White", "No", "Child in need", "N1 Abuse or neglect",
 "She was groomed online over several months by a man in his thirties who has since been charged. Since the disclosure she has withdrawn to her room, has not been "
 "in school for six weeks, and has begun cutting. She is frightened to use her phone or laptop, including for schoolwork, in case he or people he knows contact her. "
 "Parents are supportive and very guilty.",
 [n("Child", "Emotional and behavioural development",
    "She needs to be able to go online for schoolwork without panicking that he, or people he knows, will contact her.",
    "Continued withdrawal from school and friends.", 3, "Uses a school laptop for an hour with a parent nearby.", "", "", "Not met"),
  n("Child", "Education",
    "She needs a phased return to school with a named adult she checks in with on arrival each day.", "Long-term absence.", 3, "", "", "", "Partly met"),
  n("Child", "Health", "Needs trauma-focused CBT.", "", 3, "", "", "Child and adolescent mental health (CAMHS)", "Partly met")],
 [s("Child and adolescent mental health (CAMHS)", "CAMHS", "Yes", "Partly"),
  s("Other", "ISVA", "Yes", "Yes")],
 3, "Partly", notes=""),

case(P, True, "Bev M.", 15, "Female", "Mixed", "No", "Child protection plan", "N1 Abuse or neglect",
 "met older men through snapchat, going to a flat on the ring road, given cannabis + vodka. missing x9 in 3 mths. CSE risk high (MACE). "
 "mum at a loss, says she wants her in secure. CP plan.",
 [n("Child", "Ensuring safety", "needs to be safe", "", 4, "", "", "", "Partly met"),
  n("Child", "Family and social relationships", "needs to stop going to the flat on the ring road", "serious sexual harm", 4, "", "", "", "Not met"),
  n("Mother", "Emotional warmth", "mum - needs to stop telling her she'll put her in care", "", 3, "", "", "", "Not met"),
  n("Child", "Ensuring safety", "CSE worker", "", 4, "", "", "Other", "Partly met")],
 [s("Social work (child in need or protection)", "CP team", "Yes", "Partly"),
  s("Other", "exploitation team", "Yes", "Partly"),
  s("Substance misuse service (young person)", "YP service", "Yes", "No")],
 4, "Partly", notes=""),

case(P, False, "Gareth P.", 12, "Male", "White", "Yes", "Child in need", "N1 Abuse or neglect",
 "He is autistic and has an EHCP. It came to light through another parent that he had been in online group chats with adult men for some months, had sent an explicit "
 "image of himself, and had begun to post sexualised content. He did not understand that he had done anything wrong and believed the men were his friends. His parents "
 "had not heard of two of the apps he was using. We are aware that boys in this situation are often not recognised.",
 [n("Child", "Family and social relationships",
    "He needs to understand which of his online 'friends' are adults pretending to be children, as he takes what people say literally.",
    "Further sexual exploitation.", 3, "He can explain, with visual prompts, three signs someone online is not who they say.",
    "Social stories with the SENCo and social worker.", "Educational support (SENCo, educational psychology)", "Partly met"),
  n("Child", "Ensuring safety", "He needs to be safe online.", "", 3, "", "", "", "Partly met"),
  n("Parent or carer", "Ensuring safety", "His parents need to know what apps he is using, as they had never heard of two of them.", "", 3, "", "", "", "Met")],
 [s("Educational support (SENCo, educational psychology)", "SENCo", "Yes", "Partly"),
  s("Social work (child in need or protection)", "CIN team", "Yes", "Partly")],
 3, "Partly"),

case(P, False, "DC Rob H.", 16, "Female", "Black or Black British", "No", "Child protection plan", "N1 Abuse or neglect",
 "YP live-streaming sexual content for payment at request of 24yo male she calls her boyfriend; he takes most of the money. Identified via online platform report. "
 "Suspect arrested, released under investigation. YP says she did it to buy food and phone credit, mum on benefits and 'never has anything'.",
 [n("Child", "Ensuring safety", "Disrupt suspect - CAWN issued", "", 4, "Issued", "", "", "Met"),
  n("Child", "Income", "YP needs her own money - says she did it for food + phone credit", "Will return to it", 3, "", "", "Welfare and debt advice", "Not met"),
  n("Child", "Ensuring safety", "NRM referral", "", 3, "", "", "Other", "Met")],
 [s("Social work (child in need or protection)", "CP team", "Yes", "Partly"),
  s("Other", "Police", "Yes", "Yes")],
 4, "Partly"),
]
