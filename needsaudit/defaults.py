"""The default lists of a new audit (domain.md), written into setup.xlsx where councils edit them.

Every value has a stable code (the part of its key after the dot) and English words here; its
Welsh words are in the message catalogue under the same key. Forms show the words, returns are
matched to the code whatever language they were filled in, and a council may edit both
languages in setup.xlsx. Census codes live here, in the lists, never in the logic.

Two presets: England's (Children in Need census) and Wales's (Children Receiving Care and
Support census, and the Social Services and Well-being (Wales) Act 2014's terms: a care and
support plan rather than "child in need", the child protection register, additional learning
needs). A Welsh or bilingual audit starts from the Welsh preset.
"""

from __future__ import annotations

from .i18n import M, Msg

WHO = (
    M("who.child", "Child"),
    M("who.mother", "Mother"),
    M("who.father", "Father"),
    M("who.parent-or-carer", "Parent or carer"),
    M("who.sibling", "Sibling"),
    M("who.whole-family", "Whole family"),
    M("who.other", "Other"),
)

DOMAINS = (
    M("domain.child", "Child's developmental needs"),
    M("domain.parenting", "Parenting capacity"),
    M("domain.family", "Family and environmental factors"),
)

AREAS: tuple[tuple[Msg, Msg], ...] = tuple(
    (domain, area)
    for domain, areas in zip(
        DOMAINS,
        (
            (
                M("area.health", "Health"),
                M("area.education", "Education"),
                M("area.emotional-behavioural", "Emotional and behavioural development"),
                M("area.identity", "Identity"),
                M("area.relationships", "Family and social relationships"),
                M("area.social-presentation", "Social presentation"),
                M("area.self-care", "Self-care skills"),
            ),
            (
                M("area.basic-care", "Basic care"),
                M("area.safety", "Ensuring safety"),
                M("area.warmth", "Emotional warmth"),
                M("area.stimulation", "Stimulation"),
                M("area.guidance", "Guidance and boundaries"),
                M("area.stability", "Stability"),
            ),
            (
                M("area.family-history", "Family history and functioning"),
                M("area.wider-family", "Wider family"),
                M("area.housing", "Housing"),
                M("area.employment", "Employment"),
                M("area.income", "Income"),
                M("area.social-integration", "Family's social integration"),
                M("area.community", "Community resources"),
            ),
        ),
        strict=True,
    )
    for area in areas
)

# Level, label, meaning. The level is the code and the order; the words are the coordinator's.
SERIOUSNESS: tuple[tuple[int, Msg, Msg], ...] = (
    (
        1,
        M("seriousness.1", "Low"),
        M("seriousness.1.meaning", "Unlikely to have a lasting effect on the child"),
    ),
    (
        2,
        M("seriousness.2", "Moderate"),
        M("seriousness.2.meaning", "Will hold back the child's wellbeing or development"),
    ),
    (
        3,
        M("seriousness.3", "Serious"),
        M(
            "seriousness.3.meaning",
            "Likely to impair the child's health or development significantly",
        ),
    ),
    (
        4,
        M("seriousness.4", "Very serious"),
        M("seriousness.4.meaning", "The child is likely to suffer significant harm"),
    ),
)

MET = (
    M("met.met", "Met"),
    M("met.partly-met", "Partly met"),
    M("met.not-met", "Not met"),
    M("met.not-known", "Not known"),
)

LEGAL_STATUS = (
    M("legal_status.early-help", "Early help"),
    M("legal_status.child-in-need", "Child in need"),
    M("legal_status.child-protection-plan", "Child protection plan"),
    M("legal_status.looked-after", "Looked after"),
    M("legal_status.care-leaver", "Care leaver"),
    M("legal_status.closed", "Closed"),
    M("legal_status.other", "Other"),
)

PRIMARY_NEED = (
    M("primary_need.N1", "N1 Abuse or neglect"),
    M("primary_need.N2", "N2 Child's disability"),
    M("primary_need.N3", "N3 Parental disability or illness"),
    M("primary_need.N4", "N4 Family in acute stress"),
    M("primary_need.N5", "N5 Family dysfunction"),
    M("primary_need.N6", "N6 Socially unacceptable behaviour"),
    M("primary_need.N7", "N7 Low income"),
    M("primary_need.N8", "N8 Absent parenting"),
    M("primary_need.N9", "N9 Cases other than children in need"),
    M("primary_need.N0", "N0 Not stated"),
)

SEX = (
    M("sex.female", "Female"),
    M("sex.male", "Male"),
    M("sex.not-known", "Not known"),
)

ETHNICITY = (
    M("ethnicity.white", "White"),
    M("ethnicity.mixed", "Mixed"),
    M("ethnicity.asian-or-asian-british", "Asian or Asian British"),
    M("ethnicity.black-or-black-british", "Black or Black British"),
    M("ethnicity.other-ethnic-group", "Other ethnic group"),
    M("ethnicity.not-known", "Not known"),
)

SERVICES = (
    M("service.early-help", "Early help family support"),
    M("service.family-hub", "Family hub or children's centre"),
    M("service.health-visiting", "Health visiting or school nursing"),
    M("service.parenting-programme", "Parenting programme"),
    M("service.camhs", "Child and adolescent mental health (CAMHS)"),
    M("service.adult-mental-health", "Adult mental health"),
    M("service.substance-misuse-adult", "Substance misuse service (adult)"),
    M("service.substance-misuse-young", "Substance misuse service (young person)"),
    M("service.domestic-abuse-victim", "Domestic abuse support (victim)"),
    M("service.domestic-abuse-perpetrator", "Domestic abuse perpetrator programme"),
    M("service.domestic-abuse-recovery", "Children's domestic abuse recovery"),
    M("service.youth-justice", "Youth justice"),
    M("service.youth-work", "Youth work"),
    M("service.educational-support", "Educational support (SENCo, educational psychology)"),
    M("service.speech-and-language-therapy", "Speech and language therapy"),
    M("service.disabled-children", "Disabled children's service or short breaks"),
    M("service.young-carers-support", "Young carers support"),
    M("service.housing-support", "Housing support"),
    M("service.welfare-and-debt-advice", "Welfare and debt advice"),
    M("service.family-group-conference", "Family group conference"),
    M("service.edge-of-care", "Intensive family intervention (edge of care)"),
    M("service.social-work", "Social work (child in need or protection)"),
    M("service.care", "Foster, kinship or residential care"),
    M("service.other", "Other"),
)

# Categories of the starter catalogue: services in one category are alternatives that can meet
# the same need, so a need whose best placed service is one of them counts as met when the case
# received another of them and the auditor said it matched the needs (Service Gaps). Blank: the
# service stands alone. A council edits these in setup.xlsx (Services, column Category).
FAMILY_SUPPORT = M("category.family-support", "Family support")
SERVICE_CATEGORIES: dict[str, Msg] = {
    "early-help": FAMILY_SUPPORT,
    "family-hub": FAMILY_SUPPORT,
}

# --- the Welsh preset: where Wales's census and law use other categories -----------------------

# Children Receiving Care and Support: a child has a care and support plan (the Act's term,
# where England says "child in need") and may be on the child protection register.
LEGAL_STATUS_WALES = (
    M("legal_status.early-help", "Early help"),
    M("legal_status.care-and-support-plan", "Care and support plan"),
    M("legal_status.child-protection-register", "Child protection register"),
    M("legal_status.looked-after", "Looked after"),
    M("legal_status.care-leaver", "Care leaver"),
    M("legal_status.closed", "Closed"),
    M("legal_status.other", "Other"),
)
# The census's need categories are England's codes; N2 includes the child's illness.
PRIMARY_NEED_WALES = tuple(
    M("primary_need.N2.wales", "N2 Child's disability or illness")
    if m.key == "primary_need.N2"
    else M("primary_need.N9.wales", "N9 Cases other than children receiving care and support")
    if m.key == "primary_need.N9"
    else m
    for m in PRIMARY_NEED
)
# Additional learning needs (ALN) and their co-ordinators (ALNCo) replaced SEN in Wales.
SERVICES_WALES = tuple(
    M("service.educational-support.wales", "Educational support (ALNCo, educational psychology)")
    if m.key == "service.educational-support"
    else M("service.social-work.wales", "Social work (care and support or protection)")
    if m.key == "service.social-work"
    else m
    for m in SERVICES
)

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

# The same rules for need statements written in Welsh (mutated forms listed where a need
# statement would use them: "angen cwnsela", "i gael ei asesu").
PHRASES_CY: tuple[tuple[str, str], ...] = (
    ("cwnsela", "service"),
    ("gwnsela", "service"),
    ("therapi", "service"),
    ("atgyfeiriad", "service"),
    ("atgyfeirio", "service"),
    ("cwrs rhianta", "service"),
    ("rhaglen rianta", "service"),
    ("gwasanaeth", "service"),
    ("gwasanaethau", "service"),
    ("gweithiwr cymorth", "service"),
    ("mynychu", "service"),
    ("asesiad", "assessment"),
    ("asesu", "assessment"),
    ("gwerthusiad", "assessment"),
    ("diagnosis", "assessment"),
    ("bod yn ddiogel", "universal"),
    ("diogel ac iach", "universal"),
    ("cyrraedd ei botensial", "universal"),
    ("cyrraedd ei photensial", "universal"),
    ("cyrraedd eu potensial", "universal"),
    ("cyrraedd ei lawn botensial", "universal"),
    ("cyrraedd ei llawn botensial", "universal"),
    ("bod yn hapus", "universal"),
    ("cael plentyndod da", "universal"),
    ("bod yn iach", "universal"),
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
