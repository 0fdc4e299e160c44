"""A second fictional audit, written differently from the demo, to measure suggestions on.

The demo's patterns are written from templates whose areas and words barely overlap, which
makes them easy to find again. This audit is harder on purpose: other patterns (young carers,
school refusal and anxiety, waiting for a special educational needs plan, teenage drug use,
poverty and neglect, domestic abuse written in other words), areas shared between patterns,
plainer and more varied wording, and a need from another pattern mixed into a third of the
cases, as real cases mix.
"""

from __future__ import annotations

import random

from needsaudit.demo_data import DemoCase, NeedTemplate, Pattern, make_case

N = NeedTemplate

ALT_PATTERNS: tuple[Pattern, ...] = (
    Pattern(
        "young-carer",
        "Young carers",
        0.18,
        (9, 16),
        (("Early help", 0.6), ("Child in need", 0.4)),
        (("N3 Parental disability or illness", 0.8), ("N4 Family in acute stress", 0.2)),
        (
            "{Child} looks after a parent with multiple sclerosis most evenings and is often tired in class.",
            "Since dad's stroke {child} does the shopping and helps with his medication before school.",
        ),
        (
            N(
                "Child",
                "Education",
                (
                    "Young person needs time for homework most evenings",
                    "Young person needs to get to school on time",
                ),
                ("Falls behind",),
                (2, 2),
                ("Homework done",),
                ("Homework club",),
                "Young carers support",
            ),
            N(
                "Child",
                "Family and social relationships",
                (
                    "Young person needs time with friends outside caring",
                    "Young person needs a break from caring each week",
                ),
                ("Isolation",),
                (2, 3),
                ("Weekly activity",),
                ("Young carers group",),
                "Young carers support",
            ),
            N(
                "Parent or carer",
                "Basic care",
                ("Parent needs help at home so that the children do not do personal care",),
                ("Children keep caring",),
                (2, 3),
                ("Care package",),
                ("Adult social care assessment of needs",),
                "Other",
            ),
        ),
        (),
        (("Young carers support", 0.5), ("Early help family support", 0.3)),
    ),
    Pattern(
        "school-anxiety",
        "School refusal and anxiety",
        0.18,
        (10, 15),
        (("Early help", 0.7), ("Child in need", 0.3)),
        (("N0 Not stated", 0.5), ("N4 Family in acute stress", 0.5)),
        (
            "{Child} has not been in school for most of the term and panics in the mornings.",
            "{Pron} stopped going to school after being bullied and now rarely leaves the house.",
        ),
        (
            N(
                "Child",
                "Education",
                (
                    "Young person needs a gradual return to school, one lesson at a time",
                    "Young person needs a quiet place in school to go when anxious",
                ),
                ("Drops out of education",),
                (2, 3),
                ("Attends half days",),
                ("Return plan",),
                "Educational support (SENCo, educational psychology)",
            ),
            N(
                "Child",
                "Emotional and behavioural development",
                ("Young person needs ways to manage panic in the mornings",),
                ("Anxiety worsens",),
                (2, 3),
                ("Calmer mornings",),
                ("Anxiety work",),
                "Child and adolescent mental health (CAMHS)",
            ),
            N(
                "Mother",
                "Guidance and boundaries",
                ("Mother needs to set a morning routine and hold to it kindly",),
                ("Avoidance grows",),
                (1, 2),
                ("Routine kept",),
                ("Parenting support",),
                "Early help family support",
            ),
        ),
        (),
        (("Child and adolescent mental health (CAMHS)", 0.4), ("Early help family support", 0.4)),
    ),
    Pattern(
        "send-waiting",
        "Waiting for a special educational needs plan",
        0.16,
        (4, 11),
        (("Child in need", 0.5), ("Early help", 0.5)),
        (("N2 Child's disability", 0.7), ("N0 Not stated", 0.3)),
        (
            "{Child} has suspected autism and is waiting for a plan; school struggle to manage {poss} behaviour.",
            "Parents say {child} melts down after school every day; the assessment waiting list is long.",
        ),
        (
            N(
                "Child",
                "Education",
                (
                    "Child needs a plan in school that makes the day predictable",
                    "Child needs extra adult support in lessons",
                ),
                ("Exclusion",),
                (2, 3),
                ("Stays in class",),
                ("School plan",),
                "Educational support (SENCo, educational psychology)",
            ),
            N(
                "Child",
                "Emotional and behavioural development",
                ("Child needs help to calm down after school",),
                ("Violence at home",),
                (2, 3),
                ("Fewer meltdowns",),
                ("Sensory plan",),
                "Speech and language therapy",
            ),
            N(
                "Parent or carer",
                "Guidance and boundaries",
                (
                    "Parents need to understand their son's behaviour and respond to it consistently",
                ),
                ("Parents give up",),
                (2, 2),
                ("Consistent responses",),
                ("Parent workshops",),
                "Parenting programme",
            ),
        ),
        (),
        (
            ("Educational support (SENCo, educational psychology)", 0.5),
            ("Parenting programme", 0.3),
        ),
    ),
    Pattern(
        "teen-drugs",
        "Teenage drug use",
        0.16,
        (13, 17),
        (("Child in need", 0.6), ("Child protection plan", 0.4)),
        (("N6 Socially unacceptable behaviour", 0.7), ("N1 Abuse or neglect", 0.3)),
        (
            "{Child} smokes cannabis every day, owes money to older boys and has been arrested twice.",
            "{Pron} uses ketamine at weekends and has stopped going to college; mother is frightened for {obj}.",
        ),
        (
            N(
                "Child",
                "Health",
                ("Young person needs to cut down drug use and understand the risks",),
                ("Overdose or serious harm",),
                (3, 4),
                ("Uses less",),
                ("Drug work",),
                "Substance misuse service (young person)",
            ),
            N(
                "Child",
                "Ensuring safety",
                ("Young person needs to be free of the debt to older boys",),
                ("Violence or exploitation",),
                (3, 4),
                ("Debt cleared",),
                ("Safety plan",),
                "Youth work",
            ),
            N(
                "Child",
                "Education",
                ("Young person needs a college course he will stay on",),
                ("NEET",),
                (2, 2),
                ("On a course",),
                ("Careers support",),
                "Youth work",
            ),
        ),
        (),
        (("Substance misuse service (young person)", 0.4), ("Youth justice", 0.4)),
    ),
    Pattern(
        "poverty-neglect",
        "Poverty and neglect",
        0.16,
        (0, 12),
        (("Child in need", 0.5), ("Child protection plan", 0.5)),
        (("N7 Low income", 0.5), ("N1 Abuse or neglect", 0.5)),
        (
            "The family has no gas or electricity most weeks and {child} comes to school hungry.",
            "Mother is in rent arrears and the flat is bare; {child} sleeps on a mattress on the floor.",
        ),
        (
            N(
                "Whole family",
                "Income",
                ("The family needs enough money for food and heating every week",),
                ("Hunger and cold",),
                (2, 3),
                ("Income maximised",),
                ("Welfare advice",),
                "Welfare and debt advice",
            ),
            N(
                "Child",
                "Basic care",
                ("Child needs a bed of his own and warm clothes",),
                ("Poor health",),
                (2, 3),
                ("Bed and clothes",),
                ("Grant application",),
                "Early help family support",
            ),
            N(
                "Mother",
                "Basic care",
                ("Mother needs to plan meals and keep the flat clean",),
                ("Neglect continues",),
                (2, 3),
                ("Home conditions improve",),
                ("Home visits",),
                "Early help family support",
            ),
        ),
        (),
        (("Welfare and debt advice", 0.4), ("Social work (child in need or protection)", 0.5)),
    ),
    Pattern(
        "da-other-words",
        "Domestic abuse, other words",
        0.16,
        (1, 13),
        (("Child protection plan", 0.6), ("Child in need", 0.4)),
        (("N1 Abuse or neglect", 0.7), ("N4 Family in acute stress", 0.3)),
        (
            "Police were called to the home three times this year; mum's partner hits her when drunk.",
            "{Child} hides under the bed when the adults argue; mum says her partner controls the money.",
        ),
        (
            N(
                "Mother",
                "Ensuring safety",
                ("Mum needs to be able to keep her partner out of the home",),
                ("Further assaults",),
                (3, 4),
                ("Partner excluded",),
                ("Safety planning",),
                "Domestic abuse support (victim)",
            ),
            N(
                "Child",
                "Emotional and behavioural development",
                ("Child needs an adult to talk to about what he sees at home",),
                ("Trauma",),
                (2, 3),
                ("Talks to school nurse",),
                ("Trusted adult at school",),
                "Children's domestic abuse recovery",
            ),
            N(
                "Father",
                "Guidance and boundaries",
                ("Partner needs to stop drinking and control his temper",),
                ("Violence continues",),
                (3, 4),
                ("Completes programme",),
                ("Perpetrator work",),
                "Domestic abuse perpetrator programme",
            ),
        ),
        (),
        (
            ("Domestic abuse support (victim)", 0.5),
            ("Social work (child in need or protection)", 0.6),
        ),
    ),
)


def alt_cases(n: int, seed: int, noise: float = 0.33) -> list[DemoCase]:
    """``n`` cases of the alternative audit. With probability ``noise`` a case gets a need
    from another pattern; with half that probability its story comes from another pattern
    too (a story that leads somewhere else, as real ones do)."""
    rng = random.Random(seed)
    weights = [p.weight for p in ALT_PATTERNS]
    out = []
    for _ in range(n):
        pattern = rng.choices(ALT_PATTERNS, weights)[0]
        case = make_case(rng, pattern, poor_writer=rng.random() < 0.15)
        if rng.random() < noise:
            other = rng.choice([p for p in ALT_PATTERNS if p is not pattern])
            mixed = make_case(rng, other, poor_writer=False)
            case.needs.append(mixed.needs[0])
            if rng.random() < 0.5:
                case.story = mixed.story
        out.append(case)
    return out
