"""The fictional audit's cases, written from patterns of need as professionals write them.

Eight patterns (the aftermath of domestic abuse, parental mental health with young children,
adolescents missing and at risk of exploitation, disabled children and exhausted carers,
neglect with parental substance misuse, family conflict and teenage behaviour, low-level
multiple needs, housing and money) each generate a story, specific need statements (the
child's and the parents'), seriousness judged from what happens if the need is not met,
outcomes, the work, and services received that sometimes match and sometimes do not.

A few auditors write poorer statements, as in life ("needs counselling", "needs to be safe").
The true pattern of each case stays here, in memory: it is never written into a workbook, so
later stages (suggested groups) can be measured against it honestly. Everything is invented:
no real names, places or identifiers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .defaults import ETHNICITY, SERIOUSNESS

LEVEL = {lv: f"{lv} {label}" for lv, label, _ in SERIOUSNESS}


@dataclass(frozen=True, slots=True)
class NeedTemplate:
    who: str
    area: str
    needs: tuple[str, ...]
    if_not_met: tuple[str, ...]
    seriousness: tuple[int, int]
    outcomes: tuple[str, ...]
    work: tuple[str, ...]
    service: str
    poor: tuple[str, ...] = ()  # how a weaker auditor writes the same need


@dataclass(frozen=True, slots=True)
class Pattern:
    key: str
    label: str  # what an audit group might call the Need Group
    weight: float
    ages: tuple[int, int]
    legal: tuple[tuple[str, float], ...]
    primary: tuple[tuple[str, float], ...]
    stories: tuple[str, ...]
    core: tuple[NeedTemplate, ...]
    extra: tuple[NeedTemplate, ...]
    services: tuple[tuple[str, float], ...]  # service received, probability


N = NeedTemplate

PATTERNS: tuple[Pattern, ...] = (
    Pattern(
        key="da-aftermath",
        label="Aftermath of domestic abuse",
        weight=0.18,
        ages=(2, 14),
        legal=(("Child in need", 0.5), ("Child protection plan", 0.3), ("Early help", 0.2)),
        primary=(("N1 Abuse or neglect", 0.6), ("N4 Family in acute stress", 0.4)),
        stories=(
            "{Child} lives with mother and {sibs}. Father was violent to mother for several years "
            "and left the home {when} after police were called. The immediate danger has passed, "
            "but mother is exhausted, jumps at noises and struggles to keep to routines. "
            "{Pron} {symptom}.",
            "Mother moved with {child} and {sibs} to a new area {when} to get away from her "
            "ex-partner, who was controlling and violent. {Pron} {symptom}. Mother is trying to "
            "rebuild the family's life but has no friends or family nearby.",
            "After a serious assault {when}, mother ended the relationship and the father is now "
            "on bail with conditions not to contact her. {Child} saw much of the violence. "
            "{Pron} {symptom}, and mother says she cannot talk to {obj} about what happened.",
        ),
        core=(
            N(
                "Mother",
                "Emotional warmth",
                (
                    "Mother needs to recover enough from the abuse to respond calmly when her "
                    "child is distressed",
                    "Mother needs to understand how the violence affected her {son} and how to "
                    "talk with {obj} about it",
                    "Mother needs to rebuild her confidence as a parent after years of being "
                    "undermined by her ex-partner",
                ),
                (
                    "The child's anxiety becomes entrenched and {pron} withdraws from {poss} "
                    "mother",
                    "Mother's low mood deepens and the children's care suffers",
                ),
                (2, 3),
                (
                    "Mother says she feels able to comfort the children and sets calm routines",
                    "Mother and child can talk about what happened without either becoming "
                    "overwhelmed",
                ),
                (
                    "Recovery programme for mother; joint sessions with the child",
                    "Weekly support from a domestic abuse worker for six months",
                ),
                "Domestic abuse support (victim)",
                (
                    "Mother needs counselling",
                    "Mother needs support from a domestic abuse service",
                ),
            ),
            N(
                "Child",
                "Emotional and behavioural development",
                (
                    "Child needs to be able to sleep through the night without nightmares about "
                    "the violence",
                    "Child needs to learn ways to calm {self} when {pron} is frightened by "
                    "shouting or loud noises",
                    "Child needs to stop hitting {poss} younger sister when {pron} is angry, as "
                    "{pron} saw {poss} father do",
                    "Child needs to feel safe enough at school to concentrate in lessons",
                ),
                (
                    "Ongoing trauma symptoms, falling behind at school and aggression at home",
                    "{Pron} repeats the violent behaviour {pron} saw and is excluded from school",
                ),
                (2, 3),
                (
                    "Sleeps through most nights within three months",
                    "Uses {poss} calming plan at school and home; no hitting incidents for a term",
                ),
                (
                    "Group work with children who have lived with domestic abuse",
                    "Trauma-informed plan agreed between school and mother",
                ),
                "Children's domestic abuse recovery",
                (
                    "Child needs therapy",
                    "Child needs a referral to CAMHS",
                    "Child needs to be safe",
                ),
            ),
            N(
                "Mother",
                "Ensuring safety",
                (
                    "Mother needs to recognise early signs of control in a new relationship",
                    "Mother needs a plan for what to do if her ex-partner turns up at the house or "
                    "school",
                ),
                (
                    "The family is exposed to a new abusive relationship",
                    "The child is present when the father breaches his bail conditions",
                ),
                (3, 4),
                (
                    "Mother can name warning signs and has a safety plan she has practised",
                    "School and mother follow the same plan if the father appears",
                ),
                ("Safety planning with the domestic abuse worker and the school",),
                "Domestic abuse support (victim)",
                ("Family needs to be safe",),
            ),
        ),
        extra=(
            N(
                "Whole family",
                "Housing",
                (
                    "The family needs a secure tenancy near the children's school after leaving "
                    "the refuge",
                ),
                ("Repeated moves disrupt schooling and friendships",),
                (2, 2),
                ("Settled tenancy within six months",),
                ("Housing application supported by the family worker",),
                "Housing support",
            ),
            N(
                "Father",
                "Family history and functioning",
                (
                    "Father needs to accept responsibility for his violence before any contact "
                    "with the children is considered",
                ),
                ("Unsafe contact re-exposes the children to abuse",),
                (3, 4),
                ("Father completes a programme and contact is reviewed",),
                ("Perpetrator programme; contact reviewed by the social worker",),
                "Domestic abuse perpetrator programme",
            ),
        ),
        services=(
            ("Domestic abuse support (victim)", 0.55),
            ("Social work (child in need or protection)", 0.6),
            ("Children's domestic abuse recovery", 0.2),
            ("Parenting programme", 0.3),
            ("Child and adolescent mental health (CAMHS)", 0.15),
            ("Housing support", 0.2),
        ),
    ),
    Pattern(
        key="parental-mh",
        label="Parental mental health and young children",
        weight=0.14,
        ages=(0, 6),
        legal=(("Child in need", 0.5), ("Early help", 0.35), ("Child protection plan", 0.15)),
        primary=(("N3 Parental disability or illness", 0.7), ("N4 Family in acute stress", 0.3)),
        stories=(
            "{Child} lives with mother, who has had severe depression since the birth and spends "
            "much of the day in bed. {Pron} {symptom_young}. Father works long shifts and there is "
            "little family support nearby.",
            "Mother has a long history of anxiety and was admitted to hospital {when} after a "
            "crisis. {Child} was cared for by a grandparent during the admission. Mother is home "
            "again and finds the days with a young child overwhelming.",
            "Father cares for {child} while mother is unwell with a psychotic illness. He is "
            "coping but isolated, and {pron} {symptom_young}.",
        ),
        core=(
            N(
                "Mother",
                "Basic care",
                (
                    "Mother needs to get up and give her baby regular feeds and a daily routine "
                    "on her bad days",
                    "Mother needs someone she trusts to step in with the children's care when "
                    "her mental health dips",
                ),
                (
                    "The baby's weight falters and care becomes neglectful",
                    "The children are left without care during a relapse",
                ),
                (3, 4),
                (
                    "A crisis plan is in place and the baby's weight is back on its centile",
                    "A named relative can take over care within a day of a relapse",
                ),
                (
                    "Joint plan between the health visitor and adult mental health team",
                    "Family network meeting to agree a crisis plan",
                ),
                "Adult mental health",
                ("Mother needs to engage with mental health services",),
            ),
            N(
                "Child",
                "Health",
                (
                    "Child needs to be taken to health checks and vaccinations on time",
                    "Baby needs to be fed and changed regularly, as {poss} weight has dropped",
                ),
                ("Missed health needs and poor growth",),
                (2, 3),
                ("Health checks up to date by the next review",),
                ("Health visitor to see the family fortnightly",),
                "Health visiting or school nursing",
            ),
            N(
                "Child",
                "Stimulation",
                (
                    "Child needs daily play and talk with an adult, as {poss} speech is behind for "
                    "{poss} age",
                    "Toddler needs time each day with other children and adults who talk and play "
                    "with {obj}",
                ),
                ("Language delay widens and affects school readiness",),
                (2, 2),
                ("Attends nursery three days a week; new words noted at review",),
                ("Funded nursery place; stay-and-play sessions with mother",),
                "Family hub or children's centre",
                (
                    "Child needs to reach {poss} potential",
                    "Child needs a speech and language assessment",
                ),
            ),
        ),
        extra=(
            N(
                "Father",
                "Family's social integration",
                (
                    "Father needs other adults to talk to about caring for a partner with mental "
                    "illness",
                ),
                ("Father becomes unwell himself and the family breaks down",),
                (2, 2),
                ("Father attends a carers' group",),
                ("Introduction to a carers' group",),
                "Early help family support",
            ),
        ),
        services=(
            ("Adult mental health", 0.5),
            ("Health visiting or school nursing", 0.6),
            ("Early help family support", 0.35),
            ("Family hub or children's centre", 0.25),
            ("Social work (child in need or protection)", 0.4),
        ),
    ),
    Pattern(
        key="exploitation",
        label="Adolescents missing and at risk of exploitation",
        weight=0.13,
        ages=(12, 17),
        legal=(("Child in need", 0.35), ("Child protection plan", 0.35), ("Looked after", 0.3)),
        primary=(("N1 Abuse or neglect", 0.5), ("N6 Socially unacceptable behaviour", 0.5)),
        stories=(
            "{Child} has gone missing {missing} times in the last three months, often overnight, "
            "and comes back with new phones and clothes. Police believe older men are using "
            "{obj} to carry drugs. {Pron} has stopped going to school.",
            "{Child} has been seen with adults known for exploiting young people and was found "
            "in another town after being reported missing. Mother feels she has lost control and "
            "is frightened of the people who come to the door.",
            "Since moving schools {child} has become withdrawn at home and spends nights away. "
            "There are concerns about sexual exploitation after messages from an older man were "
            "found on {poss} phone.",
        ),
        core=(
            N(
                "Child",
                "Ensuring safety",
                (
                    "Young person needs a trusted adult to contact when {pron} is somewhere unsafe "
                    "at night",
                    "Young person needs to recognise when older men are grooming {obj} to carry "
                    "drugs",
                    "Young person needs to stop going missing overnight",
                ),
                (
                    "Serious harm from violence, sexual abuse or arrest",
                    "{Pron} is drawn further into county lines and is hurt or imprisoned",
                ),
                (4, 4),
                (
                    "No overnight missing episodes for three months",
                    "Names a trusted adult and has used them at least once",
                ),
                (
                    "Daily contact from a youth worker; return home interviews after each episode",
                    "Disruption plan with police",
                ),
                "Youth work",
                ("Young person needs to be safe", "Young person needs a support worker"),
            ),
            N(
                "Child",
                "Education",
                (
                    "Young person needs a school place where {pron} feels {pron} belongs and "
                    "attends every day",
                    "Young person needs to be back in education at least three days a week",
                ),
                ("Drifts further from education into exploitation",),
                (3, 3),
                ("Attends a college course or school placement 80% of the time",),
                ("Alternative provision with a mentor",),
                "Educational support (SENCo, educational psychology)",
            ),
            N(
                "Parent or carer",
                "Guidance and boundaries",
                (
                    "Parents need to know what to do when their {son} goes missing and who to call",
                    "Mother needs to set and keep boundaries without pushing her {son} away",
                ),
                ("Missing episodes go unreported and risks escalate",),
                (3, 3),
                ("Parents report every missing episode promptly and follow the plan",),
                ("Parenting support focused on adolescents and exploitation",),
                "Intensive family intervention (edge of care)",
                ("Parents need a parenting course",),
            ),
        ),
        extra=(
            N(
                "Child",
                "Health",
                ("Young person needs to stop using cannabis every day",),
                ("Worsening mental health and debt to dealers",),
                (2, 3),
                ("Uses less cannabis, shown by {poss} own diary",),
                ("Young people's substance misuse worker",),
                "Substance misuse service (young person)",
            ),
        ),
        services=(
            ("Social work (child in need or protection)", 0.7),
            ("Youth justice", 0.35),
            ("Youth work", 0.3),
            ("Child and adolescent mental health (CAMHS)", 0.3),
            ("Foster, kinship or residential care", 0.25),
            ("Substance misuse service (young person)", 0.2),
        ),
    ),
    Pattern(
        key="disability",
        label="Disabled children and exhausted carers",
        weight=0.12,
        ages=(3, 17),
        legal=(("Child in need", 0.8), ("Early help", 0.2)),
        primary=(("N2 Child's disability", 0.9), ("N4 Family in acute stress", 0.1)),
        stories=(
            "{Child} has severe autism and a learning disability and sleeps only three or four "
            "hours a night. Mother gave up work to care for {obj} and is exhausted; the family "
            "has had no break for over a year.",
            "{Child} has cerebral palsy and needs help with every part of daily care. Parents "
            "are devoted but worn out, and {poss} younger sibling misses out on attention.",
            "{Child} has complex health needs and uses a wheelchair. The family's flat is on the "
            "second floor with no lift, and parents carry {obj} up and down the stairs.",
        ),
        core=(
            N(
                "Parent or carer",
                "Basic care",
                (
                    "Parents need regular breaks from caring so they can keep going",
                    "Mother needs at least one full night's sleep a week",
                ),
                ("Carer breakdown and the child needing to be looked after",),
                (3, 3),
                ("Regular overnight short breaks in place",),
                ("Short breaks plan; direct payments for a personal assistant",),
                "Disabled children's service or short breaks",
                ("Family needs short breaks", "Parents need respite services"),
            ),
            N(
                "Child",
                "Self-care skills",
                (
                    "Child needs to learn to dress {self} with a visual routine",
                    "Child needs a way to tell adults when {pron} is in pain or upset",
                ),
                ("Frustration leads to self-injury and behaviour that challenges",),
                (2, 3),
                ("Uses a picture board to make choices at home and school",),
                ("Communication plan shared by school and home",),
                "Speech and language therapy",
                ("Child needs speech and language therapy",),
            ),
            N(
                "Whole family",
                "Housing",
                ("The family needs a home the child's wheelchair can get into",),
                ("Injury to the child or parents while lifting",),
                (2, 3),
                ("Adapted or ground-floor home",),
                ("Occupational therapy assessment for adaptations; housing priority",),
                "Housing support",
            ),
        ),
        extra=(
            N(
                "Sibling",
                "Family and social relationships",
                ("Younger brother needs time that is just his, away from his sibling's care",),
                ("Sibling becomes resentful and unhappy",),
                (1, 2),
                ("Attends a young carers' group monthly",),
                ("Young carers support",),
                "Young carers support",
            ),
        ),
        services=(
            ("Disabled children's service or short breaks", 0.5),
            ("Speech and language therapy", 0.3),
            ("Educational support (SENCo, educational psychology)", 0.4),
            ("Social work (child in need or protection)", 0.45),
            ("Young carers support", 0.1),
        ),
    ),
    Pattern(
        key="neglect-substance",
        label="Neglect with parental substance misuse",
        weight=0.14,
        ages=(0, 12),
        legal=(("Child protection plan", 0.55), ("Child in need", 0.3), ("Looked after", 0.15)),
        primary=(("N1 Abuse or neglect", 0.85), ("N5 Family dysfunction", 0.15)),
        stories=(
            "Both parents use heroin and are on methadone scripts but often use on top. The home "
            "is dirty and there is little food. {Child} is often late for school and hungry, and "
            "{pron} {symptom}.",
            "Mother drinks heavily most days. {Child} is frequently left to get {sibs_short} "
            "ready for school, and neighbours have reported shouting late at night.",
            "{Child} was found alone at home {when} while mother was out buying drugs. Mother "
            "says she wants to stop using but has missed her appointments.",
        ),
        core=(
            N(
                "Mother",
                "Basic care",
                (
                    "Mother needs to stop using drugs while she is caring for the children",
                    "Mother needs to keep her drinking to a level where she is sober every "
                    "evening when the children are home",
                ),
                (
                    "The children's neglect continues and they may need to be looked after",
                    "A child is harmed while mother is intoxicated",
                ),
                (4, 4),
                (
                    "Negative tests for three months and a stable script",
                    "Mother is sober when collected for the evening check at least 9 times in 10",
                ),
                ("Drug treatment with regular testing; parenting work when stable",),
                "Substance misuse service (adult)",
                ("Mother needs to attend drug services", "Mother needs to engage with support"),
            ),
            N(
                "Child",
                "Basic care",
                (
                    "Child needs breakfast every morning and clean clothes for school",
                    "Child needs a clean bed and a bedtime routine",
                ),
                ("Poor health, bullying at school and falling attendance",),
                (3, 3),
                ("Attends school clean and fed every day",),
                ("Breakfast club; weekly home visits checking food and bedding",),
                "Social work (child in need or protection)",
                ("Child needs to be safe and well",),
            ),
            N(
                "Child",
                "Health",
                (
                    "Child needs {poss} rotten teeth treated and regular dental checks",
                    "Child needs treatment for head lice and eczema that has gone untreated",
                ),
                ("Pain and infection, missed school",),
                (2, 3),
                ("Dental treatment completed",),
                ("School nurse to arrange dental care with mother",),
                "Health visiting or school nursing",
            ),
        ),
        extra=(
            N(
                "Child",
                "Family and social relationships",
                (
                    "Child needs to stop caring for {poss} younger siblings every morning and "
                    "evening",
                ),
                ("Missed childhood and education",),
                (2, 3),
                ("Another adult does the morning routine",),
                ("Young carers assessment and family plan",),
                "Young carers support",
            ),
        ),
        services=(
            ("Social work (child in need or protection)", 0.85),
            ("Substance misuse service (adult)", 0.45),
            ("Health visiting or school nursing", 0.3),
            ("Family group conference", 0.2),
            ("Foster, kinship or residential care", 0.15),
            ("Parenting programme", 0.3),
        ),
    ),
    Pattern(
        key="conflict-teen",
        label="Family conflict and teenage behaviour",
        weight=0.12,
        ages=(11, 16),
        legal=(("Early help", 0.45), ("Child in need", 0.45), ("Looked after", 0.1)),
        primary=(("N5 Family dysfunction", 0.6), ("N6 Socially unacceptable behaviour", 0.4)),
        stories=(
            "Arguments between {child} and mother have become physical, and mother has asked for "
            "{obj} to be taken into care. {Pron} has been excluded twice this year for fighting.",
            "Since parents separated {when}, {child} has refused to follow any rules at home, "
            "stays out late and smashed a door last month. Mother and her new partner disagree "
            "about how to respond.",
            "{Child} shouts and swears at home and has pushed mother. Mother says she is at the "
            "end of her tether; school describe {obj} as quiet and capable.",
        ),
        core=(
            N(
                "Parent or carer",
                "Guidance and boundaries",
                (
                    "Mother needs to set clear rules with her {son} and follow through calmly when "
                    "{pron} breaks them",
                    "Parents need to agree with each other on rules and consequences for their "
                    "{son}",
                ),
                ("Conflict escalates and the young person leaves home or is accommodated",),
                (2, 3),
                ("Fewer arguments, shown by mother's diary; no physical incidents for a month",),
                ("Whole-family work on rules and de-escalation",),
                "Early help family support",
                ("Parents need a parenting course", "Mother needs parenting support"),
            ),
            N(
                "Child",
                "Emotional and behavioural development",
                (
                    "Young person needs to manage {poss} anger without breaking things or hurting "
                    "anyone",
                    "Young person needs to be able to say what is upsetting {obj} without shouting",
                ),
                ("Violence at home and exclusion from school",),
                (2, 3),
                ("Walks away from arguments and uses agreed time out",),
                ("Anger management work with a youth worker",),
                "Youth work",
                ("Young person needs anger management", "Young person needs to be happy"),
            ),
            N(
                "Whole family",
                "Family history and functioning",
                (
                    "The family needs to find ways to spend time together without arguing",
                    "Mother and {son} need to repair their relationship after the separation",
                ),
                ("Family breakdown",),
                (2, 2),
                ("One planned activity together each week",),
                ("Family group conference; family mediation",),
                "Family group conference",
            ),
        ),
        extra=(
            N(
                "Child",
                "Education",
                ("Young person needs to stay in school and not be excluded again",),
                ("Permanent exclusion",),
                (2, 3),
                ("No exclusions for two terms",),
                ("Pastoral plan with a named mentor",),
                "Educational support (SENCo, educational psychology)",
            ),
        ),
        services=(
            ("Early help family support", 0.4),
            ("Youth work", 0.2),
            ("Child and adolescent mental health (CAMHS)", 0.35),
            ("Youth justice", 0.15),
            ("Social work (child in need or protection)", 0.4),
            ("Parenting programme", 0.25),
        ),
    ),
    Pattern(
        key="low-level",
        label="Low-level multiple needs",
        weight=0.1,
        ages=(4, 12),
        legal=(("Early help", 0.8), ("Closed", 0.2)),
        primary=(("N4 Family in acute stress", 0.5), ("N0 Not stated", 0.5)),
        stories=(
            "A school referral: {child} is often late, a little unkempt, and mother seems "
            "stretched caring alone for {sibs}. There are no concerns about harm.",
            "Mother asked for help with {child}'s bedtimes and behaviour after starting a new "
            "job. The family is warm and willing to try new ideas.",
        ),
        core=(
            N(
                "Child",
                "Education",
                (
                    "Child needs to arrive at school on time every day",
                    "Child needs to read at home for ten minutes most evenings",
                ),
                ("Falls behind {poss} class in reading",),
                (1, 2),
                ("On time 95% of days next term",),
                ("Morning routine plan with the family support worker",),
                "Early help family support",
                ("Child needs to reach {poss} potential",),
            ),
            N(
                "Mother",
                "Guidance and boundaries",
                ("Mother needs a bedtime routine she can keep to with three children on her own",),
                ("Tired children, more arguments",),
                (1, 2),
                ("Children in bed by 8pm most nights",),
                ("Parenting tips at the family hub",),
                "Family hub or children's centre",
                ("Mother needs parenting support",),
            ),
        ),
        extra=(
            N(
                "Whole family",
                "Income",
                ("The family needs to claim the benefits it is entitled to",),
                ("Debt and food shortages",),
                (1, 2),
                ("Benefit check done and claims made",),
                ("Welfare rights appointment",),
                "Welfare and debt advice",
            ),
        ),
        services=(
            ("Early help family support", 0.6),
            ("Family hub or children's centre", 0.4),
            ("Health visiting or school nursing", 0.2),
            ("Social work (child in need or protection)", 0.1),
        ),
    ),
    Pattern(
        key="housing-money",
        label="Housing and money worries",
        weight=0.07,
        ages=(0, 15),
        legal=(("Early help", 0.5), ("Child in need", 0.5)),
        primary=(("N7 Low income", 0.7), ("N4 Family in acute stress", 0.3)),
        stories=(
            "The family was evicted {when} after rent arrears and now lives in one room of "
            "temporary accommodation 15 miles from {child}'s school. Father has lost his job.",
            "Mother and {child} share a damp one-bedroom flat with mould on the walls. {Pron} has "
            "repeated chest infections. Mother works part-time and is in debt to a loan company.",
        ),
        core=(
            N(
                "Whole family",
                "Housing",
                (
                    "The family needs a settled home within reach of the children's school",
                    "The family needs the damp and mould in their flat put right",
                ),
                ("Missed school, poor health and family stress",),
                (2, 3),
                ("Settled home; children attending their own school",),
                ("Housing options advice; landlord action on disrepair",),
                "Housing support",
                ("Family needs housing services",),
            ),
            N(
                "Parent or carer",
                "Income",
                (
                    "Parents need a plan to pay off their debts without going without food",
                    "Father needs help to find work that fits around school hours",
                ),
                ("Eviction and food poverty",),
                (2, 2),
                ("Debt repayment plan; regular income",),
                ("Debt advice; employment support",),
                "Welfare and debt advice",
            ),
        ),
        extra=(
            N(
                "Child",
                "Health",
                ("Child needs {poss} chest infections treated and a dry bedroom to sleep in",),
                ("Repeated illness and hospital visits",),
                (2, 2),
                ("Fewer infections over the winter",),
                ("GP review; housing repairs",),
                "Health visiting or school nursing",
            ),
        ),
        services=(
            ("Housing support", 0.45),
            ("Welfare and debt advice", 0.35),
            ("Early help family support", 0.4),
            ("Social work (child in need or protection)", 0.25),
        ),
    ),
)
PATTERN_BY_KEY = {p.key: p for p in PATTERNS}

_WHEN = ("last spring", "in the summer", "eight months ago", "just before Christmas", "last year")
_SYMPTOMS = (
    "has nightmares and wets the bed again",
    "has become clingy and will not let mother out of sight",
    "has angry outbursts at school",
    "is quiet and watchful and rarely plays",
)
_SYMPTOMS_YOUNG = (
    "is quiet and rarely babbles or plays",
    "is often in the same nappy for hours",
    "has missed health visitor checks",
    "is behind with talking for her age",
)
_SIBS = ("a younger brother", "two younger sisters", "an older brother", "a baby sister")


@dataclass(slots=True)
class DemoCase:
    """One fictional case: what the auditor writes on the form, and its true pattern."""

    pattern: str
    age: int
    sex: str
    ethnicity: str
    disability: str
    legal_status: str
    primary_need: str
    story: str
    needs: list[tuple[str, ...]] = field(default_factory=list)  # 9 values each
    services: list[tuple[str, str, str, str]] = field(default_factory=list)
    no_services: bool = False
    overall: str = ""
    matched: str = ""
    notes: str = ""


def _pick(rng: random.Random, weighted: tuple[tuple[str, float], ...]) -> str:
    values = [v for v, _ in weighted]
    weights = [w for _, w in weighted]
    return rng.choices(values, weights)[0]


def _child_words(sex: str) -> dict[str, str]:
    """The words a template uses for the case's child, so that a boy's form says "he" and
    "son" and a girl's "she" and "daughter" in its story and its needs alike."""
    he = sex == "Male"
    return {
        "Pron": "He" if he else "She",
        "pron": "he" if he else "she",
        "obj": "him" if he else "her",
        "poss": "his" if he else "her",
        "self": "himself" if he else "herself",
        "son": "son" if he else "daughter",
    }


def _story(rng: random.Random, template: str, sex: str, age: int) -> str:
    he = sex == "Male"
    noun = ("boy" if he else "girl") if age >= 2 else "baby"
    child = f"a {noun} of {age}" if age >= 2 else "the baby"
    text = template.format(
        Child="The child" if age < 2 else f"The {noun}, aged {age},",
        child=child,
        **_child_words(sex),
        sibs=rng.choice(_SIBS),
        sibs_short=rng.choice(("the younger ones", "a little brother", "two sisters")),
        when=rng.choice(_WHEN),
        symptom=rng.choice(_SYMPTOMS),
        symptom_young=rng.choice(_SYMPTOMS_YOUNG),
        missing=rng.choice(("four", "six", "nine", "eleven")),
    )
    return text.replace("The baby, aged 0,", "The baby").replace(" ,", ",")


def make_case(rng: random.Random, pattern: Pattern, poor_writer: bool) -> DemoCase:
    """One case written from ``pattern``; a poor writer uses service or universal terms."""
    age = rng.randint(*pattern.ages)
    sex = rng.choices(("Female", "Male", "Not known"), (0.49, 0.49, 0.02))[0]
    story = _story(rng, rng.choice(pattern.stories), sex, age)
    case = DemoCase(
        pattern=pattern.key,
        age=age,
        sex=sex,
        ethnicity=rng.choices(
            ETHNICITY,  # the default list, weighted like a typical English authority
            (0.7, 0.08, 0.1, 0.07, 0.03, 0.02),
        )[0],
        disability=(
            "Yes"
            if pattern.key == "disability"
            else rng.choices(("No", "Yes", "Not known"), (0.85, 0.08, 0.07))[0]
        ),
        legal_status=_pick(rng, pattern.legal),
        primary_need=_pick(rng, pattern.primary),
        story=story,
    )
    templates = list(pattern.core)
    rng.shuffle(templates)
    chosen = templates[: rng.randint(2, len(templates))]
    for extra in pattern.extra:
        if rng.random() < 0.35:
            chosen.append(extra)
    top = 1
    needed_services = set()
    words = _child_words(sex)
    for tpl in chosen:
        level = rng.randint(*tpl.seriousness)
        top = max(top, level)
        statement = rng.choice(tpl.needs)
        if poor_writer and tpl.poor and rng.random() < 0.6:
            statement = rng.choice(tpl.poor)
        met = rng.choices(("Met", "Partly met", "Not met", "Not known"), (0.2, 0.4, 0.35, 0.05))[0]
        case.needs.append(
            (
                tpl.who,
                tpl.area,
                statement.format(**words),
                rng.choice(tpl.if_not_met).format(**words),
                LEVEL[level],
                rng.choice(tpl.outcomes).format(**words),
                rng.choice(tpl.work).format(**words),
                tpl.service,
                met,
            )
        )
        needed_services.add(tpl.service)
    received = [s for s, p in pattern.services if rng.random() < p]
    for service in received[:8]:
        guess = "Yes" if service in needed_services else rng.choice(("No", "Partly"))
        # The statutory social worker holds the plan for every need: auditors say it matched.
        matched = "Partly" if guess == "No" and service.startswith("Social work") else guess
        case.services.append(
            (service, "Council team (fictional)", rng.choice(("Yes", "No")), matched)
        )
    case.no_services = not case.services
    case.overall = LEVEL[top]
    hits = len(needed_services & set(received))
    case.matched = "Yes" if hits == len(needed_services) else "Partly" if hits else "No"
    return case


def make_cases(n: int, seed: int, poor_writers: frozenset[int] = frozenset()) -> list[DemoCase]:
    """``n`` cases, pattern mix by the patterns' weights; ``poor_writers`` are case indexes
    whose auditor writes poorer statements."""
    rng = random.Random(seed)
    weights = [p.weight for p in PATTERNS]
    cases = []
    for i in range(n):
        pattern = rng.choices(PATTERNS, weights)[0]
        cases.append(make_case(rng, pattern, i in poor_writers))
    return cases


@dataclass(frozen=True, slots=True)
class GroupDefinition:
    """How the fictional audit group names and describes a Need Group in the meeting."""

    label: str
    description: str
    outcomes: str
    threshold: str
    services: str


GROUPS: dict[str, GroupDefinition] = {
    "da-aftermath": GroupDefinition(
        "DA aftermath",
        "Mothers and children living with the aftermath of domestic abuse once the abuser has "
        "left: trauma symptoms, parenting confidence, safety from a new abusive relationship.",
        "Children sleep and settle; mothers respond calmly; safety plans in place.",
        "Abuser has left or is excluded; effects on the child at least moderate.",
        "Domestic abuse recovery for children and mothers; safety planning.",
    ),
    "parental-mh": GroupDefinition(
        "Parental mental health",
        "Babies and young children whose main carer has serious mental illness: basic care "
        "and stimulation on bad days, crisis plans, isolated partners.",
        "Crisis plans agreed; growth and development on track.",
        "Parent's illness affects daily care.",
        "Joint adult mental health and health visiting; nursery places.",
    ),
    "exploitation": GroupDefinition(
        "Exploitation risk",
        "Adolescents going missing and being exploited (criminal or sexual), out of school.",
        "No overnight missing; back in education; a trusted adult.",
        "Missing episodes or known contact with exploiters.",
        "Youth work with intensive family support; disruption with police.",
    ),
    "disability": GroupDefinition(
        "Disability and carers",
        "Disabled children whose parents are worn out: breaks, communication, adapted homes.",
        "Regular short breaks; communication plan; suitable housing.",
        "Carer strain threatening the child's care at home.",
        "Short breaks; speech and language therapy; housing adaptations.",
    ),
    "neglect-substance": GroupDefinition(
        "Neglect and substances",
        "Neglect where parents misuse drugs or alcohol: food, hygiene, supervision, health.",
        "Parent in treatment and sober when caring; child fed, clean and in school.",
        "Parental use affecting basic care.",
        "Substance misuse treatment with parenting support; child protection.",
    ),
    "conflict-teen": GroupDefinition(
        "Teen-parent conflict",
        "Escalating conflict between teenagers and parents after separation or change.",
        "Calmer home; young person stays at home and in school.",
        "Conflict with violence or threats of leaving home.",
        "Whole-family work; youth work; family group conference.",
    ),
    "low-level": GroupDefinition(
        "Low-level needs",
        "Several low-level needs in warm families under strain.",
        "Routines restored; needs met within early help.",
        "No concerns about harm.",
        "Early help and the family hub.",
    ),
    "housing-money": GroupDefinition(
        "Housing and money",
        "Families whose main problems are housing and money.",
        "Settled home; debts managed.",
        "Housing or income crisis affecting the children.",
        "Housing support; welfare and debt advice.",
    ),
}
