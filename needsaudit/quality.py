"""Need-statement and personal-identifier checks on free text.

Both only ever say *which kind* of problem a cell has; nothing here returns or logs the
matching text (forms hold special category data about children).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .audit import Phrase
from .i18n import M
from .values import word_count

# --- need statements ------------------------------------------------------------------------------

KIND_CODES = {
    "service": "service-terms",
    "assessment": "assessment-terms",
    "universal": "universal-terms",
}
TOO_SHORT = "too-short"


def _phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str] | None:
    parts = []
    for phrase in sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True):
        words = [re.escape(w) for w in phrase.split()]
        parts.append(r"\s+".join(words))
    if not parts:
        return None
    # Literal, case-insensitive, on word boundaries where a hyphen also joins words, so
    # "refer" is not found in "preferred" nor "service" in "self-service".
    return re.compile(r"(?<![\w\-])(?:" + "|".join(parts) + r")(?![\w\-])", re.IGNORECASE)


@dataclass(slots=True)
class NeedChecker:
    """Flags need statements in service, assessment or universal terms, or too short."""

    patterns: dict[str, re.Pattern[str]]
    shortest: int

    @classmethod
    def from_setup(cls, phrases: Iterable[Phrase], shortest: int) -> NeedChecker:
        by_kind: dict[str, list[str]] = {}
        for p in phrases:
            by_kind.setdefault(p.kind, []).append(p.phrase)
        patterns = {}
        for kind, items in by_kind.items():
            pattern = _phrase_pattern(items)
            if pattern is not None and kind in KIND_CODES:
                patterns[KIND_CODES[kind]] = pattern
        return cls(patterns, shortest)

    def codes(self, statement: str) -> tuple[str, ...]:
        """The quality codes of a need statement, sorted; empty when it is clean."""
        found = [code for code, pattern in self.patterns.items() if pattern.search(statement)]
        if self.shortest > 1 and word_count(statement) < self.shortest:
            found.append(TOO_SHORT)
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
