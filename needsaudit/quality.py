"""Need-statement and personal-identifier checks on free text.

Both only ever say *which kind* of problem a cell has; nothing here returns or logs the
matching text (forms hold special category data about children).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .audit import Phrase
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

NHS = "NHS number"
POSTCODE = "UK postcode"
PHONE = "phone number"
EMAIL = "email address"
DOB = "date of birth"
NAME = "name (a title and surname)"

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


def identifiers(text: str) -> list[str]:
    """The kinds of personal identifier that ``text`` seems to hold (never the text)."""
    found: list[str] = []
    if not text:
        return found
    if "@" in text and _EMAIL.search(text):
        found.append(EMAIL)
    if _ANY_DIGIT.search(text) is None:  # numbers, postcodes and dates all have digits
        if _TITLE_NAME.search(text):
            found.append(NAME)
        return found
    for m in _DIGIT_RUN.finditer(text):
        run = m[1]
        digits = re.sub(r"\D", "", run)
        nhs = len(digits) == 10 and nhs_number_valid(digits) and not run.startswith(("0", "+"))
        phone = (run.startswith("+44") and len(digits) in (11, 12)) or (
            digits.startswith("0") and len(digits) in (10, 11)
        )
        if nhs and NHS not in found:
            found.append(NHS)
        elif phone and not nhs and PHONE not in found:
            found.append(PHONE)
    if _POSTCODE.search(text):
        found.append(POSTCODE)
    if _DOB.search(text) or _PAREN_DATE.search(text):
        found.append(DOB)
    if _TITLE_NAME.search(text):
        found.append(NAME)
    return found
