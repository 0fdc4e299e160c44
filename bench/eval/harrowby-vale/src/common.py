"""Helpers for hand-written Harrowby Vale audit forms (ninth evaluation set)."""

WHO = {"C": "Child", "M": "Mother", "F": "Father", "P": "Parent or carer",
       "S": "Sibling", "W": "Whole family", "O": "Other"}

AREA = {
    "HEA": "Health", "EDU": "Education", "EBD": "Emotional and behavioural development",
    "ID": "Identity", "FSR": "Family and social relationships", "SP": "Social presentation",
    "SC": "Self-care skills",
    "BC": "Basic care", "ES": "Ensuring safety", "EW": "Emotional warmth", "ST": "Stimulation",
    "GB": "Guidance and boundaries", "STA": "Stability",
    "FH": "Family history and functioning", "WF": "Wider family", "HOU": "Housing",
    "EMP": "Employment", "INC": "Income", "FSI": "Family's social integration",
    "CR": "Community resources",
}

MET = {"M": "Met", "P": "Partly met", "N": "Not met", "K": "Not known", "": ""}

SERV = {
    "EH": "Early help family support", "HUB": "Family hub or children's centre",
    "HV": "Health visiting or school nursing", "PP": "Parenting programme",
    "CAMHS": "Child and adolescent mental health (CAMHS)", "AMH": "Adult mental health",
    "SMA": "Substance misuse service (adult)", "SMY": "Substance misuse service (young person)",
    "DAV": "Domestic abuse support (victim)", "DAP": "Domestic abuse perpetrator programme",
    "CDAR": "Children's domestic abuse recovery", "YJ": "Youth justice", "YW": "Youth work",
    "EDU": "Educational support (SENCo, educational psychology)",
    "SLT": "Speech and language therapy",
    "SB": "Disabled children's service or short breaks", "YC": "Young carers support",
    "HS": "Housing support", "WDA": "Welfare and debt advice", "FGC": "Family group conference",
    "IFI": "Intensive family intervention (edge of care)",
    "SW": "Social work (child in need or protection)",
    "CARE": "Foster, kinship or residential care", "OTH": "Other",
}

LEGAL = {"EH": "Early help", "CIN": "Child in need", "CPP": "Child protection plan",
         "LAC": "Looked after", "CL": "Care leaver", "CL0": "Closed", "OTH": "Other"}

PN = {"N1": "N1 Abuse or neglect", "N2": "N2 Child's disability",
      "N3": "N3 Parental disability or illness", "N4": "N4 Family in acute stress",
      "N5": "N5 Family dysfunction", "N6": "N6 Socially unacceptable behaviour",
      "N7": "N7 Low income", "N8": "N8 Absent parenting",
      "N9": "N9 Cases other than children in need", "N0": "N0 Not stated"}

SEX = {"F": "Female", "M": "Male", "K": "Not known"}
ETH = {"W": "White", "MX": "Mixed", "A": "Asian or Asian British",
       "B": "Black or Black British", "O": "Other ethnic group", "K": "Not known"}
AGES = {"under 1", "1-4", "5-9", "10-15", "16 and over"}


def N(who, area, need, sev, outcome="", work="", met="K"):
    return {"who": WHO[who], "area": AREA[area], "need": need,
            "seriousness": sev, "outcome": outcome, "work": work, "met": MET[met]}


def case(a, age, sex, eth, legal, pn, story, needs, rec, req, sev, note=""):
    assert age in AGES, age
    return {"auditor": a, "age_band": age, "sex": SEX[sex], "ethnicity": ETH[eth],
            "legal_status": LEGAL[legal], "primary_need": PN[pn], "story": story,
            "needs": needs, "overall_seriousness": sev,
            "services_received": [SERV[s] for s in rec],
            "services_needed": [SERV[s] for s in req], "_note": note}
