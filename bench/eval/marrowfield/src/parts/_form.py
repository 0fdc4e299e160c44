# Field mapping only: positional arguments -> dict keys. No text is generated here.
def N(who, area, need, if_not_met, seriousness, outcome, work, best_service, met):
    return {"who": who, "area": area, "need": need, "if_not_met": if_not_met,
            "seriousness": seriousness, "outcome": outcome, "work": work,
            "best_service": best_service, "met": met}

def S(service, provider, still_open, matched):
    return {"service": service, "provider": provider, "still_open": still_open, "matched": matched}

# exact-text shorthands (values checked again in build.py)
L1, L2, L3, L4 = "1 Low", "2 Moderate", "3 Serious", "4 Very serious"
EHFS = "Early help family support"
HUB = "Family hub or children's centre"
HV = "Health visiting or school nursing"
PP = "Parenting programme"
CAMHS = "Child and adolescent mental health (CAMHS)"
AMH = "Adult mental health"
SMA = "Substance misuse service (adult)"
SMY = "Substance misuse service (young person)"
DAV = "Domestic abuse support (victim)"
DAP = "Domestic abuse perpetrator programme"
CDAR = "Children's domestic abuse recovery"
YJ = "Youth justice"
YW = "Youth work"
EDU = "Educational support (SENCo, educational psychology)"
SALT = "Speech and language therapy"
DCS = "Disabled children's service or short breaks"
YC = "Young carers support"
HOUS = "Housing support"
WEL = "Welfare and debt advice"
FGC = "Family group conference"
IFI = "Intensive family intervention (edge of care)"
SW = "Social work (child in need or protection)"
CARE = "Foster, kinship or residential care"
OTH = "Other"
