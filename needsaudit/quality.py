"""Need-statement and personal-identifier checks on free text.

Both only ever say *which kind* of problem a cell has; nothing here returns or logs the
matching text (forms hold special category data about children).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from . import flagmodel
from .audit import Phrase
from .i18n import M
from .values import word_count

# --- need statements ------------------------------------------------------------------------------
#
# A need is written specifically when it says whose it is, what for, when or where: "Archie needs
# to attend nursery every morning so that he hears language" names a service word, and is a
# specific need all the same. So a phrase from setup.xlsx flags a statement only when the
# statement does not go on to say what for (a purpose or relative clause, a time, a number), and a
# universal phrase only in a statement short enough to say nothing else.
#
# Service needs are also found by their grammar, however the service is called: "needs a PRU
# place", "needs a mentor", "needs an EHCP", "needs respite", "needs to be referred to the paed"
# are a need verb whose object is nothing but a provision (a noun of provision from
# PROVISION_NOUNS, or an acronym), with no purpose said.
#
# Beside the rules, a small text model (flagmodel.py) trained on hand-labelled statements reads
# the ways of writing a need that no phrase or grammar here names: a flag is raised when the
# rules say so, or when the model is confident (its probability for the flag reaches a threshold
# chosen by cross-validation on its training sets) and the grammar does not rule the flag out
# (ruled_out: a specific statement is neither service nor universal, a long one not universal);
# the rules' flag is withdrawn only when
# the model is near certain the statement is specific (a threshold chosen the same way, at which
# it withdrew at most 1% of the rules' right flags). The model flags only the kinds the council
# checks (those with phrases in setup.xlsx); the council's phrases apply as before.

KIND_CODES = {
    "service": "service-terms",
    "assessment": "assessment-terms",
    "universal": "universal-terms",
}
TOO_SHORT = "too-short"

# Words that make a statement say what for, who, when or where: a specific need.
_SPECIFIES = re.compile(
    r"(?<![\w'’])(?:so|because|in\s+order\s+to|when|whenever|while|who|whom|which|that|where|"
    r"whether|if|until|instead|rather|without|every|each|least|twice|once|"
    r"daily|weekly|nightly|monthly|currently|including|like|enough(?=.*\bto\b))(?![\w'’])"
    # A number says how much or when; "1-1" and "1:1" are how practitioners write one-to-one.
    # A number after a letter is a name ("s47", "Year 6" is not: it has a space).
    r"|(?<![\w:-])\d+(?![-:]\d)",
    re.IGNORECASE,
)
# A need about what the person understands, knows or does is specific whatever it mentions
# ("needs to understand his own diagnosis of autism").
_CAPABILITY = re.compile(
    r"^(?:to\s+)?(?:understand|know|learn|be\s+able|recognise|recognize|stop|manage|trust|"
    r"tell|explain|talk|keep\s+taking|take\s+(?:his|her|their)|use|eat|sleep|feel\s+(?!safe))\b",
    re.IGNORECASE,
)
# "Mum needs", "The children need", "Dad to", "needs", "Requires", "Family would benefit from":
# the subject and need verb, dropped.
_SUBJECT = re.compile(
    r"^\s*(?:.{0,80}?\b(?:needs?|need['’]s|requires?|would\s+(?:benefit\s+from|like)|"
    r"benefits?\s+from|wants?)\b\s*|(?:[\w'’-]+\s+){1,2}(?=to\s))",
    re.IGNORECASE,
)
# Nouns that head a provision, whatever the service is called: part of the grammar, so they
# are here; the services themselves ("counselling", "CAMHS", "respite") are the council's
# phrases in setup.xlsx, and head a provision too.
PROVISION_NOUNS = (  # noqa: SIM905 - a word list reads better as text
    "programme programmes program course courses counsellor therapist treatment placement "
    "worker workers befriender mentor advocate group groups club clubs plan team service "
    "services support input involvement referral nurse paediatrician paed doctor psychologist "
    "psychiatrist visitor midwife assistant keyworker role-model intervention sessions hub "
    "centre practitioner buddy tutor tuition interpreter volunteer visits adviser advisor "
    "clinic drop-in scheme script conference childcare provision unit meetings timetable"
).split()


def _words_pattern(phrase: str) -> str:
    """A phrase as a pattern: its words, separated by spaces, commas or hyphens."""
    return r"[\s,;-]+".join(re.escape(w) for w in re.split(r"[\s-]+", phrase.strip()) if w)


def _service_shape(heads: Iterable[str]) -> re.Pattern[str]:
    """A need whose object is nothing but a provision: an optional need verb ("attend",
    "be referred to"), a determiner, a few modifiers, a head (a noun of provision, a service
    phrase, an acronym, "a ... place"), and at most a short "for whom, where" after it."""
    alternatives = "|".join(
        _words_pattern(h) for h in sorted({*PROVISION_NOUNS, *heads}, key=len, reverse=True) if h
    )
    return re.compile(
        r"^(?!to\s+be\s+(?!referred|seen))(?:to\s+)?(?:(?:be\s+referred\s+to|be\s+seen\s+by|"
        r"attend|access|engage\s+with|continue\s+(?:with|in|at)?|go\s+to|see|do|have|start|"
        r"complete|get|join|receive|be\s+on|be\s+registered\s+with)\s+)?"
        r"(?:(?:a|an|the|some|more|continued|ongoing|regular|further|his|her|their)\s+)?"
        r"(?:[\w'’:-]+\s+){0,3}?"
        rf"(?:(?i:{alternatives})|[A-Z][A-Z0-9&]{{1,5}}s?|(?i:someone\s+to\s+talk\s+to)|"
        r"(?i:[\w-]+\s+place))"
        r"(?:\s+(?:for|with|in|at|from|over|about|on|to|through|re)\s+(?:[\w'’:-]+\s*){1,4})?"
        r"\s*[.!]?\s*$"
    )


_ASSESSMENT_SHAPE = re.compile(
    r"^(?:to\s+)?(?:be\s+(?:assessed|screened|tested|checked|seen|evaluated|examined|"
    r"diagnosed|looked\s+at)|have\s+(?:a|an|his|her)\b|"
    r"(?:a|an|his|her|their)\s+(?:[\w'’-]+\s+){0,4}?(?:assessments?|assesment|evaluation|"
    r"diagnos[ie]s|test|tests|testing|scan|screen|screening|review|check|study|profile|medical|"
    r"MRI|x-ray|dx)\b)"
    # ...and nothing else after it but a short "of whom, by whom" (not "then CAMHS").
    r"(?:\s+(?:for|of|from|by|with|re|to|on)\s+(?:[\w'’:-]+\s*){1,5})?\s*[.!]?\s*$",
    re.IGNORECASE,
)
UNIVERSAL_MAX_WORDS = 12  # a universal need is a slogan: longer, it has room to be specific

# A statement made of nothing but the words every child's plan uses ("needs a stable home",
# "to feel loved and secure", "needs his needs meeting", "SAFETY") is universal however the
# words are put together, so it is found by its vocabulary as well as by the council's phrases:
# one word that is not here (a person, a place, a condition, a service, a time) makes it
# something else.
GENERIC_WORDS = frozenset(
    """
    a an the and or to of for from in at with be being been is are get getting have has having
    make making keep keeping feel feeling his her their its them him he she they it our own
    all any some more good better best well much very always
    needs need needed needing meet meets meeting met
    child childs children kids kid young person people parent parents carer carers family
    safe safety safely unsafe harm harmed danger protected protection secure security stable
    stability settled settle loved love loving cared care caring nurtured nurture warmth
    happy happiness healthy health wellbeing well-being life lives childhood normal
    home homes environment routine routines boundaries consistency consistent structure
    progress potential achieve achieving thrive thriving grow growing develop developing
    development positive role model models voice heard listened right wrong learn choices
    basic basics appropriate appropriately included respected belonging up
    emotional emotionally mental education educational future start life-chances chances
    do doing reach full fulfil so can could able in on about looked after into
    flourish flourishing nurturing independence independent belong belongs proud confident
    confidence kind identity sense self-esteem esteem attention trouble stay out engage
    learning safeguarded safeguarding everyone communicate believe herself himself
    themselves move forward positively other age hygiene protect man woman boy girl lots
    b u i me my we us you your everyone else proper things way given
    valued value opportunity opportunities fulfilling fulfilled resilient resilience outcomes
    outcome adulthood adult adults welfare promote promoted promoting permanence important
    relationship relationships kept free worry worries enjoy physical together consistently
    prioritised prioritized respond understood risk risks online community
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# Grammar words, which a slogan of any length is strung together with ("where all of her needs
# are met so that she is able to thrive"): they carry nothing about the child.
JOINING_WORDS = frozenset(
    """
    where which that so who whom whose when while as by is are was were will would should could
    may might must not no but also than then there this these those what how just such each
    every both into through within over between around after before until do does did can
    ensure sure going go goes it's i'm anyone anything everything whatever whether
    """.split()  # noqa: SIM905 - a word list reads better as text
)
SLOGAN_MAX_WORDS = 60  # longer than a need box holds as one sentence: read it, do not guess
_WORD = re.compile(r"[a-z]+(?:['’-][a-z]+)*")
_ANY_NUMBER = re.compile(r"\d")
LONGEST_GENERIC = max(map(len, GENERIC_WORDS))
GENERIC_MAX_CHARACTERS = 200  # a slogan of UNIVERSAL_MAX_WORDS words is far shorter


def _near(word: str, known: frozenset[str]) -> bool:
    """``word`` is in ``known`` or one typing slip from a known word of four or more letters
    (a letter missed, doubled or swapped, or in longer words mistyped: "saf", "stabillity",
    "secrue", "helthy")."""
    if word in known:
        return True
    if not 3 <= len(word) <= LONGEST_GENERIC + 1:  # bounded before any work: hostile cells
        return False
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    slips = {a + b[1:] for a, b in splits if b}
    slips |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    if len(word) >= 5:  # a mistyped letter only in longer words: "male" is not "make"
        slips |= {a + c + b[1:] for a, b in splits if b for c in letters}
    slips |= {a + c + b for a, b in splits for c in letters}
    return any(len(w) >= 4 and w in known for w in slips)


def _only_generic(text: str) -> bool:
    """Every word of ``text`` is one every child's plan uses (or a slip of one), and it
    holds no number."""
    if len(text) > GENERIC_MAX_CHARACTERS or _ANY_NUMBER.search(text):
        return False
    words = [w.replace("’", "'").removesuffix("'s") for w in _WORD.findall(text.lower())]
    return bool(words) and all(_near(w, GENERIC_WORDS) for w in words)


def _long_slogan(text: str) -> bool:
    """A statement longer than a slogan that is a slogan all the same: apart from the words
    that join a sentence, at most one of its words is not one every child's plan uses ("needs
    to grow up in a safe, loving and nurturing environment where all of her needs are met
    consistently and she is able to thrive"). A specific need names at least two things about
    this child: a person, a place, a time, a condition, an act."""
    if len(text) > SLOGAN_MAX_WORDS * 12 or _ANY_NUMBER.search(text):
        return False
    words = [w.replace("’", "'").removesuffix("'s") for w in _WORD.findall(text.lower())]
    if not UNIVERSAL_MAX_WORDS < len(words) <= SLOGAN_MAX_WORDS:
        return False
    other = [w for w in words if w not in JOINING_WORDS and not _near(w, GENERIC_WORDS)]
    return len(other) <= 1


def _phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str] | None:
    parts = []
    for phrase in sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True):
        parts.append(_words_pattern(phrase))
    if not parts:
        return None
    # Literal, case-insensitive, on word boundaries where a hyphen also joins words, so
    # "refer" is not found in "preferred" nor "service" in "self-service"; the words of a
    # phrase may be separated by commas as well as spaces ("education, employment or training").
    return re.compile(r"(?<![\w\-])(?:" + "|".join(parts) + r")(?![\w\-])", re.IGNORECASE)


def _read(statement: str) -> tuple[str, str, bool]:
    """The statement with its white space made single spaces, the same without its subject
    and need verb, and whether the grammar finds it specific (it says what for, when, who, how
    often, or what the person will understand or do)."""
    text = " ".join(statement.split())
    if text.isupper():  # shouted: read as words, not as an acronym ("SAFETY")
        text = text.lower()
    rest = _SUBJECT.sub("", text, count=1)
    specific = _SPECIFIES.search(rest) is not None or _CAPABILITY.match(rest) is not None
    return text, rest, specific


def ruled_out(statement: str) -> frozenset[str]:
    """The flags the model may not raise in ``statement``: service and universal where the
    grammar finds it specific (it says what for, when, who, or what the person will learn or
    do), and universal where it is longer than a slogan (UNIVERSAL_MAX_WORDS), as for the
    council's phrases. Assessments are not ruled out: "needs a psychological assessment to
    inform the decision" is still an assessment."""
    text, _, specific = _read(statement)
    out = {"service", "universal"} if specific else set()
    if word_count(text) > UNIVERSAL_MAX_WORDS:
        out.add("universal")
    return frozenset(out)


# A statement of at most this many words, with nothing joining two things, asks for one thing.
ONE_THING_WORDS = 12
_JOINED = re.compile(r"\b(?:and|then|plus|also|or|as well as)\b|[,;&+/]", re.IGNORECASE)


@dataclass(slots=True)
class NeedChecker:
    """Flags need statements in service, assessment or universal terms, or too short."""

    patterns: dict[str, re.Pattern[str]]
    shortest: int
    service_shape: re.Pattern[str] | None = None  # None: service terms are not checked
    model: bool = True  # the shipped model beside the rules (read once, when first needed)

    @classmethod
    def from_setup(
        cls, phrases: Iterable[Phrase], shortest: int, model: bool = True
    ) -> NeedChecker:
        by_kind: dict[str, list[str]] = {}
        for p in phrases:
            by_kind.setdefault(p.kind, []).append(p.phrase)
        patterns = {}
        for kind, items in by_kind.items():
            pattern = _phrase_pattern(items)
            if pattern is not None and kind in KIND_CODES:
                patterns[KIND_CODES[kind]] = pattern
        services = by_kind.get("service", [])
        return cls(patterns, shortest, _service_shape(services) if services else None, model)

    def codes(self, statement: str) -> tuple[str, ...]:
        """The quality codes of a need statement, sorted; empty when it is clean."""
        text, rest, specific = _read(statement)
        found = set()
        for code, pattern in self.patterns.items():
            if not pattern.search(text):
                continue
            if code == KIND_CODES["universal"]:
                if _SPECIFIES.search(rest) is None and word_count(text) <= UNIVERSAL_MAX_WORDS:
                    found.add(code)
            elif not specific:
                found.add(code)
        universal = KIND_CODES["universal"]
        # No test for "so", "when"...: a purpose made of the same words ("so he can reach his
        # full potential") says nothing more, and one of anything else is not generic.
        # Read without its subject: "Mum needs a stable home" is a slogan, "needs to feel
        # safe with dad" is not.
        if (
            universal in self.patterns
            and word_count(text) <= UNIVERSAL_MAX_WORDS
            and _only_generic(rest)
        ):
            found.add(universal)
        if universal in self.patterns and _long_slogan(rest):
            found.add(universal)
        if not specific:
            if KIND_CODES["assessment"] in found:
                if _ASSESSMENT_SHAPE.match(rest):
                    # An assessment named by its service ("a speech and language assessment")
                    # is an assessment, not a service.
                    found.discard(KIND_CODES["service"])
            elif self.service_shape is not None and self.service_shape.match(rest):
                found.add(KIND_CODES["service"])
        if self.model and self.patterns and (model := flagmodel.shipped()) is not None:
            # Reads a bounded slice of the statement (flagmodel.MAX_CHARACTERS).
            raised, withdrawn = model.judge(statement, ruled_out(statement))
            found -= {KIND_CODES[k] for k in withdrawn}
            found |= {KIND_CODES[k] for k in raised} & set(self.patterns)
        service, assessment = KIND_CODES["service"], KIND_CODES["assessment"]
        if (
            {service, assessment} <= found
            and word_count(text) <= ONE_THING_WORDS
            and not _JOINED.search(rest)
        ):
            # One short thing asked for, and it is an assessment ("Mum needs an EPDS", "needs
            # a psychiatric review of her medication"): a service word in it names who would
            # do the assessment. Two things joined ("a diagnosis, then CAMHS") keep both.
            found.discard(service)
        if self.shortest > 1 and word_count(statement) < self.shortest:
            found.add(TOO_SHORT)
        return tuple(sorted(found))


# --- personal identifiers -------------------------------------------------------------------------

NHS = M("identifier.nhs", "NHS number")
POSTCODE = M("identifier.postcode", "UK postcode")
PHONE = M("identifier.phone", "phone number")
EMAIL = M("identifier.email", "email address")
DOB = M("identifier.dob", "date of birth")
NAME = M("identifier.name", "name (a title and surname)")

# Linear time on any text: the local part starts only where no local-part character precedes
# it, and every run is possessive (none can give back characters the next one could use).
# Without that, "aaaa...@bbbb..." with no dot was tried from each "a", each try scanning all
# of the "b"s: about 20 s for one 32,767-character cell.
_EMAIL = re.compile(r"(?<![\w.+\-'])[\w.+\-']++@[\w\-]++(?:\.[\w\-]++)+")
_POSTCODE = re.compile(
    r"(?<![\w])(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})(?![\w])",
    re.IGNORECASE,
)
_DIGIT_RUN = re.compile(r"(?<![\w+])(\+?\d[\d \-()]{8,16}\d)(?![\w])")
_DATE = (
    r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
    r"\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})"
)
_DOB = re.compile(
    r"(?:\bd\.?\s?o\.?\s?b\b\.?|\bdate\s+of\s+birth\b|\bborn(?:\s+on)?\b)[\s:\-]*" + _DATE,
    re.IGNORECASE,
)
_PAREN_DATE = re.compile(r"\(\s*(?:d\.?o\.?b\.?:?\s*)?" + _DATE + r"\s*\)", re.IGNORECASE)
_ANY_DIGIT = re.compile(r"\d")
_TITLE_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][a-z]+(?:[\-'’][A-Z]?[a-z]+)?\b")


def nhs_number_valid(digits: str) -> bool:
    """The NHS number's modulus 11 check digit."""
    if len(digits) != 10 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def _matches(text: str) -> list[tuple[int, int, str]]:
    """Every identifier match in ``text``: (start, end, kind)."""
    spans: list[tuple[int, int, str]] = []
    if not text:
        return spans
    if "@" in text:
        spans += [(m.start(), m.end(), EMAIL) for m in _EMAIL.finditer(text)]
    if _ANY_DIGIT.search(text) is not None:  # numbers, postcodes and dates all have digits
        for m in _DIGIT_RUN.finditer(text):
            run = m[1]
            digits = re.sub(r"\D", "", run)
            nhs = len(digits) == 10 and nhs_number_valid(digits) and not run.startswith(("0", "+"))
            phone = (run.startswith("+44") and len(digits) in (11, 12)) or (
                digits.startswith("0") and len(digits) in (10, 11)
            )
            if nhs or phone:
                spans.append((m.start(1), m.end(1), NHS if nhs else PHONE))
        spans += [(m.start(), m.end(), POSTCODE) for m in _POSTCODE.finditer(text)]
        spans += [(m.start(), m.end(), DOB) for m in _DOB.finditer(text)]
        spans += [(m.start(), m.end(), DOB) for m in _PAREN_DATE.finditer(text)]
    spans += [(m.start(), m.end(), NAME) for m in _TITLE_NAME.finditer(text)]
    return spans


def identifiers(text: str) -> list[str]:
    """The kinds of personal identifier that ``text`` seems to hold (never the text)."""
    found = {kind for _, _, kind in _matches(text)}
    return [kind for kind in (EMAIL, NHS, PHONE, POSTCODE, DOB, NAME) if kind in found]


def identifier_spans(text: str) -> list[tuple[int, int, str]]:
    """Where ``text`` seems to hold a personal identifier: (start, end, kind), in order and
    not overlapping (overlapping matches are joined). For masking a copy of the text; never
    for showing what matched."""
    out: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(_matches(text), key=lambda s: (s[0], -s[1])):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]), out[-1][2])
            continue
        out.append((start, end, kind))
    return out


def mask_identifiers(text: str) -> tuple[str, list[str]]:
    """``text`` with every identifier span replaced by "[<kind> removed]", and the kinds
    removed (for a note that says so, never what was there)."""
    spans = identifier_spans(text)
    if not spans:
        return text, []
    parts: list[str] = []
    at = 0
    for start, end, kind in spans:
        parts.append(text[at:start])
        parts.append(f"[{kind} removed]")
        at = end
    parts.append(text[at:])
    return "".join(parts), [kind for _, _, kind in spans]
