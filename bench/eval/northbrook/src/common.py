"""Small helpers so the hand-written cases can be typed compactly.
Only the plumbing is here; every sentence is written by hand in the auditor files."""

SER = {1: "1 Low", 2: "2 Moderate", 3: "3 Serious", 4: "4 Very serious", 0: ""}

PN = {
    "N1": "N1 Abuse or neglect",
    "N2": "N2 Child's disability",
    "N3": "N3 Parental disability or illness",
    "N4": "N4 Family in acute stress",
    "N5": "N5 Family dysfunction",
    "N6": "N6 Socially unacceptable behaviour",
    "N7": "N7 Low income",
    "N8": "N8 Absent parenting",
    "N9": "N9 Cases other than children in need",
    "N0": "N0 Not stated",
    "": "",
}

SV = {
    "EH": "Early help family support",
    "HUB": "Family hub or children's centre",
    "HV": "Health visiting or school nursing",
    "PP": "Parenting programme",
    "CAMHS": "Child and adolescent mental health (CAMHS)",
    "AMH": "Adult mental health",
    "SMA": "Substance misuse service (adult)",
    "SMY": "Substance misuse service (young person)",
    "DAV": "Domestic abuse support (victim)",
    "DAP": "Domestic abuse perpetrator programme",
    "CDAR": "Children's domestic abuse recovery",
    "YJ": "Youth justice",
    "YW": "Youth work",
    "EDU": "Educational support (SENCo, educational psychology)",
    "SLT": "Speech and language therapy",
    "DCS": "Disabled children's service or short breaks",
    "YC": "Young carers support",
    "HOU": "Housing support",
    "WEL": "Welfare and debt advice",
    "FGC": "Family group conference",
    "EDGE": "Intensive family intervention (edge of care)",
    "SW": "Social work (child in need or protection)",
    "CARE": "Foster, kinship or residential care",
    "OTH": "Other",
    "": "",
}


def N(who, area, need, if_not_met, ser, outcome, work, best, met):
    return {
        "who": who,
        "area": area,
        "need": need,
        "if_not_met": if_not_met,
        "seriousness": SER[ser],
        "outcome": outcome,
        "work": work,
        "best_service": SV[best],
        "met": met,
    }


def S(service, provider, still_open="Yes", matched="Partly"):
    return {
        "service": SV[service],
        "provider": provider,
        "still_open": still_open,
        "matched": matched,
    }


def C(
    pattern,
    hard,
    age,
    sex,
    eth,
    dis,
    legal,
    pn,
    overall,
    matched,
    story,
    needs,
    services=(),
    no_services=None,
    notes="",
):
    services = list(services)
    if no_services is None:
        no_services = not services
    return {
        "pattern": pattern,
        "hard": hard,
        "age": age,
        "sex": sex,
        "ethnicity": eth,
        "disability": dis,
        "legal_status": legal,
        "primary_need": PN[pn],
        "story": story,
        "needs": list(needs),
        "services": services,
        "no_services": no_services,
        "overall": SER[overall],
        "matched": matched,
        "notes": notes,
    }
