SER = {1: "1 Low", 2: "2 Moderate", 3: "3 Serious", 4: "4 Very serious", None: ""}

AUDITORS = {
    "Bev M.": "Social care",
    "Anjali R.": "Health visiting",
    "Gareth P.": "School",
    "Imogen S.": "CAMHS",
    "Tash W.": "Early help",
    "DC Rob H.": "Police",
    "Lee F.": "Youth justice",
    "Paul K.": "Social care",
    "Sian D.": "Social care (kinship and fostering)",
    "Mel T.": "School",
}

def n(who, area, need, inm, ser, out, work, best, met):
    return {"who": who, "area": area, "need": need, "if_not_met": inm,
            "seriousness": SER[ser], "outcome": out, "work": work,
            "best_service": best, "met": met}

def s(service, provider, still_open, matched):
    return {"service": service, "provider": provider, "still_open": still_open, "matched": matched}

def case(pattern, hard, auditor, age, sex, eth, dis, legal, pn, story, needs, services,
         overall, matched, notes="", no_services=None):
    return {"pattern": pattern, "hard": hard, "auditor": auditor, "agency": AUDITORS[auditor],
            "age": age, "sex": sex, "ethnicity": eth, "disability": dis, "legal_status": legal,
            "primary_need": pn, "story": story, "needs": needs, "services": services,
            "no_services": (not services) if no_services is None else no_services,
            "overall": SER[overall], "matched": matched, "notes": notes}
