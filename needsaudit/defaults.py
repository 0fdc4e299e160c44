"""The default lists of a new audit (domain.md), written into setup.xlsx where councils edit them.

Census codes live here, in the lists, never in the logic: a Welsh preset (Children Receiving
Care and Support categories, bilingual labels) is another set of these tuples.
"""

from __future__ import annotations

WHO = ("Child", "Mother", "Father", "Parent or carer", "Sibling", "Whole family", "Other")

AREAS: tuple[tuple[str, str], ...] = tuple(
    (domain, area)
    for domain, areas in (
        (
            "Child's developmental needs",
            (
                "Health",
                "Education",
                "Emotional and behavioural development",
                "Identity",
                "Family and social relationships",
                "Social presentation",
                "Self-care skills",
            ),
        ),
        (
            "Parenting capacity",
            (
                "Basic care",
                "Ensuring safety",
                "Emotional warmth",
                "Stimulation",
                "Guidance and boundaries",
                "Stability",
            ),
        ),
        (
            "Family and environmental factors",
            (
                "Family history and functioning",
                "Wider family",
                "Housing",
                "Employment",
                "Income",
                "Family's social integration",
                "Community resources",
            ),
        ),
    )
    for area in areas
)

SERIOUSNESS: tuple[tuple[int, str, str], ...] = (
    (1, "Low", "Unlikely to have a lasting effect on the child"),
    (2, "Moderate", "Will hold back the child's wellbeing or development"),
    (3, "Serious", "Likely to impair the child's health or development significantly"),
    (4, "Very serious", "The child is likely to suffer significant harm"),
)

MET = ("Met", "Partly met", "Not met", "Not known")

LEGAL_STATUS = (
    "Early help",
    "Child in need",
    "Child protection plan",
    "Looked after",
    "Care leaver",
    "Closed",
    "Other",
)

PRIMARY_NEED = (
    "N1 Abuse or neglect",
    "N2 Child's disability",
    "N3 Parental disability or illness",
    "N4 Family in acute stress",
    "N5 Family dysfunction",
    "N6 Socially unacceptable behaviour",
    "N7 Low income",
    "N8 Absent parenting",
    "N9 Cases other than children in need",
    "N0 Not stated",
)

SEX = ("Female", "Male", "Not known")

ETHNICITY = (
    "White",
    "Mixed",
    "Asian or Asian British",
    "Black or Black British",
    "Other ethnic group",
    "Not known",
)

SERVICES = (
    "Early help family support",
    "Family hub or children's centre",
    "Health visiting or school nursing",
    "Parenting programme",
    "Child and adolescent mental health (CAMHS)",
    "Adult mental health",
    "Substance misuse service (adult)",
    "Substance misuse service (young person)",
    "Domestic abuse support (victim)",
    "Domestic abuse perpetrator programme",
    "Children's domestic abuse recovery",
    "Youth justice",
    "Youth work",
    "Educational support (SENCo, educational psychology)",
    "Speech and language therapy",
    "Disabled children's service or short breaks",
    "Young carers support",
    "Housing support",
    "Welfare and debt advice",
    "Family group conference",
    "Intensive family intervention (edge of care)",
    "Social work (child in need or protection)",
    "Foster, kinship or residential care",
    "Other",
)

# Categories of the starter catalogue: services in one category are alternatives that can meet
# the same need, so a need whose best placed service is one of them counts as met when the case
# received another of them and the auditor said it matched the needs (Service Gaps). Blank: the
# service stands alone. A council edits these in setup.xlsx (Services, column Category).
SERVICE_CATEGORIES: dict[str, str] = {
    "Early help family support": "Family support",
    "Family hub or children's centre": "Family support",
}

# Phrases that break the rules for need statements (warn, never block). Literal, matched
# ignoring case on word boundaries, where a hyphen also joins words ("self-service"); check
# leaves a phrase alone in a statement that goes on to say what for, when or where (quality.py).
_SERVICE = (
    # The domain's service words, and how practitioners name provision without them.
    "counselling, counseling, councelling, therapy, referral, referal, refer, referred, CAMHS, "
    "CAHMS, parenting course, parenting programme, parenting program, service, services, "
    "support worker, family support worker, social worker, key worker, youth worker, "
    "early help, respite, short breaks, play therapy, talking therapies, "
    "perpetrator programme, Freedom Programme, Triple P, Incredible Years, anger management, "
    "mentor, befriender, advocate, nurture group, young carers group, edge of care, 1-1 support, "
    "1:1 support, intensive family support, direct work, CP plan, CIN plan, EHCP, PRU, SALT, "
    "DBT, NVR, IDVA, TAF, FGC, ELSA, YOT, rehab, detox, medication, rehousing, "
    "Team Around the Family, Team Around the Child, TAC, young carers, Caring Dads, "
    "food bank, vouchers, school transport, transport, positive activities, activities, "
    "accommodated, s20, section 20, life story work, family therapy, home tutor, rehoused, "
    "debt advice, foster care, foster placement, specialist school, special school, 1:1, 1-1, "
    "one to one, Cygnet, Home-Start, stay and play, Citizens Advice, Flying Start, AA, NA, "
    "methadone script, naloxone, Clare's Law, Operation Encompass, Op Encompass, CGL, "
    "immunisations, registered with a dentist, Pupil Premium, reduced timetable, DA recovery, "
    "youth diversion, sCAMHS, "
    "adult mental health, nursery nurse, interpreter, holiday club, Lexia, precision teaching, "
    "Personal Adviser, family support"
)
_ASSESSMENT = (
    "assessment, assessments, assesment, assessed, assessing, evaluation, diagnosis, diagnoses, "
    "screened, screening, scan, testing, checked for, rule out, sensory profile, sleep study, "
    "developmental check, developmental review, hearing test, drug test, hair strand test, "
    "IQ test, genetic testing, EHA, ADOS, DASH, PAMS, dx, diagnosed, evaluated, evaluate, "
    "looked at by, examined, find out why, CP medical, MRI, x-ray, EEG, assesed, ax, SALT screen, "
    "hearing checked, vision checked, eye test, bloods, blood test, LFTs, s47, section 47, "
    "AssetPlus, SDQ, Strengths and Difficulties Questionnaire, seen by paediatrician, "
    "seen by a paediatrician, seen by the paediatrician, seen by community paeds, "
    "paediatric review, GP review, measuring, measured, "
    "referred for assessment"
)
# Universal needs are the outcomes every child should have, written as if they were a need:
# England's Every Child Matters outcomes (be healthy, stay safe, enjoy and achieve...), the
# SHANARRI wellbeing indicators (safe, healthy, achieving, nurtured, active, respected,
# responsible, included), and the stock phrases of plans.
_UNIVERSAL = (
    "to be safe, be kept safe, kept safe, keep safe, stay safe, feel safe, safe and well, "
    "safe home, safe environment, free from harm, free from abuse, be protected, "
    "keep them safe, keep the children safe, keep the kids safe, "
    "reach potential, reach his potential, reach her potential, reach their potential, "
    "full potential, fulfil his potential, fulfil her potential, fulfil their potential, "
    "be happy, have a good childhood, good childhood, to be a child, have fun, be healthy, "
    "healthy lifestyle, needs met, children's needs, childrens needs, child's needs, "
    "be loved, love and stability, stability, stable and loving, permanence, sense of belonging, "
    "boundaries, routine and boundaries, emotional warmth, good enough parenting, listened to, "
    "voice to be heard, good education, education employment or training, "
    "attend school regularly, good role model, positive relationships, good choices, "
    "be settled, be supported, function better, work together, put the children first, "
    "prioritise, age appropriately, developmental milestones, make progress, achieve, thrive, "
    "do well, do well at school, educational potential, emotional wellbeing, positive future, "
    "good mental health, best start in life, well looked after, safe and loving"
)
PHRASES: tuple[tuple[str, str], ...] = tuple(
    (phrase.strip(), kind)
    for kind, text in (
        ("service", _SERVICE),
        ("assessment", _ASSESSMENT),
        ("universal", _UNIVERSAL),
    )
    for phrase in text.split(", ")
)

# Unit costs a case a year (GBP), illustrative orders of magnitude for the demo only; a
# council enters its own in setup.xlsx. None means not costed.
DEMO_UNIT_COSTS: dict[str, float] = {
    "Early help family support": 2_400,
    "Family hub or children's centre": 600,
    "Health visiting or school nursing": 450,
    "Parenting programme": 1_300,
    "Child and adolescent mental health (CAMHS)": 3_200,
    "Adult mental health": 2_900,
    "Substance misuse service (adult)": 2_600,
    "Substance misuse service (young person)": 2_200,
    "Domestic abuse support (victim)": 1_800,
    "Domestic abuse perpetrator programme": 2_500,
    "Children's domestic abuse recovery": 1_600,
    "Youth justice": 4_500,
    "Youth work": 900,
    "Educational support (SENCo, educational psychology)": 1_500,
    "Speech and language therapy": 1_700,
    "Disabled children's service or short breaks": 7_500,
    "Young carers support": 700,
    "Housing support": 1_200,
    "Welfare and debt advice": 400,
    "Family group conference": 1_100,
    "Intensive family intervention (edge of care)": 9_000,
    "Social work (child in need or protection)": 5_500,
    "Foster, kinship or residential care": 45_000,
}
