# Hand-written shared data for the Ferrowdale audit parts.
# Helpers only arrange hand-written values into dicts; they create no text.

P_A = "Recovering after domestic abuse has ended"
P_B = "Parent's mental ill-health getting in the way of everyday care"
P_C = "Adolescents at risk outside the home"
P_D = "Chronic neglect with parental drink or drug use"
P_E = "Teenager and parents in conflict, family close to breakdown"
P_F = "Disabled child, family at breaking point"
P_G = "Children caring for an ill parent"

PATTERNS = [P_A, P_B, P_C, P_D, P_E, P_F, P_G]

AUDITORS = {
    "T": ("Tomasz R.", "Children's Social Care"),
    "B": ("Bernadette O.", "Early Help Service"),
    "C": ("Craig H.", "Youth Justice Service"),
    "J": ("Jade W.", "Youth Service (targeted youth work)"),
    "H": ("Helen S.", "0-19 Health Service"),
    "P": ("Andrew P.", "Education (attendance and inclusion)"),
}


def N(who, area, need, if_not_met, seriousness, outcome, work, best_service, met):
    return {"who": who, "area": area, "need": need, "if_not_met": if_not_met,
            "seriousness": seriousness, "outcome": outcome, "work": work,
            "best_service": best_service, "met": met}


def S(service, provider, still_open, matched):
    return {"service": service, "provider": provider,
            "still_open": still_open, "matched": matched}


def case(tag, by, age, sex, ethnicity, disability, legal_status, primary_need,
         story, needs, services, hard=False, alt=None):
    auditor, agency = AUDITORS[by]
    return {"_tag": tag, "_alt": alt, "hard": hard, "auditor": auditor,
            "agency": agency, "age": age, "sex": sex, "ethnicity": ethnicity,
            "disability": disability, "legal_status": legal_status,
            "primary_need": primary_need, "story": story, "needs": needs,
            "services": services}
