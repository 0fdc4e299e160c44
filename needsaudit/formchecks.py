"""The form's live checks, each as an Excel formula and as the same computation in Python.

A form shows what is still missing in words (the completeness line, the Check column). Those
are formulas, and a workbook opened in Protected View, or by LibreOffice in a file that says
Excel wrote it, shows the value stored with each formula, not a fresh one. So every formula is
written with the value it has for the answers in the form: the blank form's values when
``forms`` writes it, the filled form's when ``filler`` fills one. The Python here follows the
formulas' Excel semantics step by step (TRIM, SUBSTITUTE, SEARCH with its wildcards,
COUNTA, COUNTIF "?*"), and a test compares every stored value with LibreOffice's own
recalculation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

Value = str | int | float | date | None

#: Defined names the check formulas use: the phrase list and the shortest need, in words.
PHRASES_NAME = "NAL_Phrases"
SHORTEST_NAME = "NAL_ShortestNeed"

# Characters the form's wording check treats as word breaks. Hyphens are kept, so "service"
# does not match inside "self-service" (as check's literal word-boundary match).
BREAKS = (".", ",", ";", ":", "!", "?", "(", ")", '"', "/", "\n")


# --- the formulas ------------------------------------------------------------------------------


def _padded_formula(ref: str) -> str:
    """ " "&cell&" " with punctuation turned into spaces: word boundaries for SEARCH."""
    inner = f"TRIM({ref})"
    for ch in BREAKS:
        token = "CHAR(10)" if ch == "\n" else '""""' if ch == '"' else f'"{ch}"'
        inner = f'SUBSTITUTE({inner},{token}," ")'
    return f'" "&{inner}&" "'


def wording_formula(ref: str) -> str:
    """Does the cell hold a phrase from the phrase list? An approximation of check's rule
    (SEARCH treats ? and * as wildcards); check is authoritative (contract)."""
    return (
        f'SUMPRODUCT(({PHRASES_NAME}<>"")*ISNUMBER(SEARCH(" "&{PHRASES_NAME}&" ",'
        f"{_padded_formula(ref)})))>0"
    )


def short_formula(ref: str) -> str:
    """Is the cell's text shorter, in words, than the audit's shortest need?"""
    text = f"TRIM({ref})"
    return f'AND(LEN({text})>0,LEN({text})-LEN(SUBSTITUTE({text}," ",""))+1<{SHORTEST_NAME})'


# --- the same in Python, with Excel's semantics ---------------------------------------------------


def blank(value: Value) -> bool:
    """``cell=""`` in a formula: true for an empty cell (or empty text), never for a number."""
    return value is None or value == ""


def as_text(value: Value) -> str:
    """A cell's value where a formula uses it as text (TRIM, LEN, SEARCH)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date):
        from .values import date_to_serial

        return str(int(date_to_serial(value)))
    return str(value)


def trim(text: str) -> str:
    """Excel's TRIM: spaces (only the plain space) off both ends, inner runs to one."""
    return " ".join(part for part in text.split(" ") if part)


def _wildcard(pattern: str) -> re.Pattern[str]:
    """SEARCH's find text as a regular expression: ? one character, * any run, ~ escapes."""
    out = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "~" and i + 1 < len(pattern) and pattern[i + 1] in "?*~":
            out.append(re.escape(pattern[i + 1]))
            i += 2
            continue
        out.append("." if ch == "?" else ".*" if ch == "*" else re.escape(ch))
        i += 1
    return re.compile("".join(out), re.IGNORECASE | re.DOTALL)


def search(find: str, within: str) -> bool:
    """ISNUMBER(SEARCH(find, within))."""
    return _wildcard(find).search(within) is not None


def padded(value: Value) -> str:
    inner = trim(as_text(value))
    for ch in BREAKS:
        inner = inner.replace(ch, " ")
    return f" {inner} "


def wording(value: Value, phrases: Sequence[str]) -> bool:
    text = padded(value)
    return any(p != "" and search(f" {p} ", text) for p in phrases)


def too_short(value: Value, words: int) -> bool:
    text = trim(as_text(value))
    return len(text) > 0 and text.count(" ") + 1 < words


def counta(values: Sequence[Value]) -> int:
    return sum(1 for v in values if not blank(v))


def countif_text(values: Sequence[Value]) -> int:
    """COUNTIF(range,"?*"): cells holding text of one character or more."""
    return sum(1 for v in values if isinstance(v, str) and len(v) > 0)


# --- answers and checks --------------------------------------------------------------------------


@dataclass(slots=True)
class Answers:
    """What a form's inputs hold, as its formulas see them, and the lists they test against."""

    singles: Mapping[str, Value]  # NA_* name -> value
    needs: Sequence[Sequence[Value]]  # every row of the needs table, 9 columns
    services: Sequence[Sequence[Value]]  # every row of the services table, 4 columns
    phrases: Sequence[str] = ()
    shortest: int = 0
    _cache: dict[str, str | int] = field(default_factory=dict)

    def single(self, name: str) -> Value:
        return self.singles.get(name)

    def need(self, row: int, col: int) -> Value:
        values = self.needs[row] if row < len(self.needs) else ()
        return values[col] if col < len(values) else None

    def service(self, row: int, col: int) -> Value:
        values = self.services[row] if row < len(self.services) else ()
        return values[col] if col < len(values) else None


@dataclass(frozen=True, slots=True)
class Check:
    """One formula cell of the form, and how to compute its value."""

    cell: str  # A1 on the Form sheet
    formula: str  # with the leading '='
    compute: Callable[[Answers], str | int]

    def value(self, answers: Answers) -> str | int:
        if self.cell not in answers._cache:
            answers._cache[self.cell] = self.compute(answers)
        return answers._cache[self.cell]
