# Structural helpers only: they expand short codes for dropdown values into the exact
# list spellings from domain.md. All free text in the part files is hand-written.
SER = {0: "", 1: "1 Low", 2: "2 Moderate", 3: "3 Serious", 4: "4 Very serious"}
MET = {"": "", "M": "Met", "P": "Partly met", "N": "Not met", "K": "Not known"}
LEGAL = {"EH": "Early help", "CIN": "Child in need", "CP": "Child protection plan",
         "LA": "Looked after", "CL": "Care leaver", "X": "Closed", "O": "Other", "": ""}
PN = {"N1": "N1 Abuse or neglect", "N2": "N2 Child's disability",
      "N3": "N3 Parental disability or illness", "N4": "N4 Family in acute stress",
      "N5": "N5 Family dysfunction", "N6": "N6 Socially unacceptable behaviour",
      "N7": "N7 Low income", "N8": "N8 Absent parenting",
      "N9": "N9 Cases other than children in need", "N0": "N0 Not stated", "": ""}
ETH = {"W": "White", "Mx": "Mixed", "A": "Asian or Asian British", "B": "Black or Black British",
       "O": "Other ethnic group", "NK": "Not known", "": ""}
SEX = {"F": "Female", "M": "Male", "NK": "Not known"}
DIS = {"Y": "Yes", "N": "No", "NK": "Not known"}
MATCH = {"Y": "Yes", "P": "Partly", "N": "No", "": ""}
CASES = []

def N(who, area, need, if_not="", s=0, outcome="", work="", best="", met=""):
    return {"who": who, "area": area, "need": need, "if_not_met": if_not,
            "seriousness": SER[s], "outcome": outcome, "work": work,
            "best_service": best, "met": MET[met]}

def S(service, provider="", still_open="Yes", matched="P"):
    return {"service": service, "provider": provider, "still_open": still_open,
            "matched": MATCH[matched]}

def C(tmp, pattern, hard, auditor, agency, age, sex, eth, dis, legal, pn, story,
      needs, services, overall, matched, notes=""):
    CASES.append({"ref": tmp, "pattern": pattern, "hard": hard, "auditor": auditor,
                  "agency": agency, "age": age, "sex": SEX[sex], "ethnicity": ETH[eth],
                  "disability": DIS[dis], "legal_status": LEGAL[legal],
                  "primary_need": PN[pn], "story": story, "needs": needs,
                  "services": services, "no_services": len(services) == 0,
                  "overall": SER[overall], "matched": MATCH[matched], "notes": notes})

# Service catalogue (exact spellings)
EHFS = "Early help family support"; HUB = "Family hub or children's centre"
HV = "Health visiting or school nursing"; PP = "Parenting programme"
CAMHS = "Child and adolescent mental health (CAMHS)"; AMH = "Adult mental health"
SMA = "Substance misuse service (adult)"; SMY = "Substance misuse service (young person)"
DAV = "Domestic abuse support (victim)"; DAP = "Domestic abuse perpetrator programme"
CDAR = "Children's domestic abuse recovery"; YJ = "Youth justice"; YW = "Youth work"
EDU = "Educational support (SENCo, educational psychology)"; SALT = "Speech and language therapy"
DCS = "Disabled children's service or short breaks"; YC = "Young carers support"
HOU = "Housing support"; WEL = "Welfare and debt advice"; FGC = "Family group conference"
IFI = "Intensive family intervention (edge of care)"; SW = "Social work (child in need or protection)"
FOS = "Foster, kinship or residential care"; OTH = "Other"
