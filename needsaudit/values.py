"""The one place where cell values are normalised, for every reader and writer.

The contract's text rule: trimmed (non-breaking spaces too), line endings as ``\\n``,
characters XML cannot hold removed, at most 32,767 characters. On top of that, what auditors
really type: numbers as text, dates as text or serials (1900 and 1904 systems), "y"/"TRUE"
for Yes, and list values typed over a dropdown in another case or without their code.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .limits import NUMBER_TEXT_CHARS
from .names import MAX_CELL_CHARS, NO, NOT_KNOWN, PARTLY, YES

# Characters XML 1.0 cannot hold: C0 controls other than tab, LF and CR; lone surrogates;
# U+FFFE and U+FFFF.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LINE_ENDS = re.compile(r"\r\n?")


@dataclass(frozen=True, slots=True)
class CleanText:
    text: str
    cut: bool  # longer than Excel's cell limit: the rest was dropped


def clean_text(value: str) -> CleanText:
    """Apply the contract's normalisation to text a user typed or pasted."""
    if value.isascii() and value.isprintable():  # the common case: nothing to remove
        text = value.strip()
        if len(text) > MAX_CELL_CHARS:
            return CleanText(text[:MAX_CELL_CHARS].rstrip(), True)
        return CleanText(text, False)
    text = _XML_ILLEGAL.sub("", value)
    text = _LINE_ENDS.sub("\n", text)
    text = text.strip()
    if len(text) > MAX_CELL_CHARS:
        return CleanText(text[:MAX_CELL_CHARS].rstrip(), True)
    return CleanText(text, False)


def normalise_text(value: str) -> str:
    return clean_text(value).text


def safe_for_cell(value: str) -> str:
    """Text a writer can put in a cell: XML-legal and within Excel's limit."""
    if not (value.isascii() and value.isprintable()):
        value = _XML_ILLEGAL.sub("", value)
    return value[:MAX_CELL_CHARS]


def word_count(text: str) -> int:
    return len(re.findall(r"[^\W_]+(?:['’-][^\W_]+)*", text))


# --- numbers ----------------------------------------------------------------------------------

_NUMBER_TEXT = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")


def to_number(value: object) -> float | None:
    """A number, from a number or from text such as ``" 7 "`` or ``"7.0"``; else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str):
        if len(value) > NUMBER_TEXT_CHARS:  # no number is this long (and the pattern below
            return None  # would cost the square of a long run of spaces)
        text = value.strip().replace(",", "")
        text = re.sub(r"\s*(years?|yrs?|y)\.?$", "", text, flags=re.IGNORECASE)
        if _NUMBER_TEXT.match(text):
            return float(text)
    return None


def to_whole_number(value: object) -> int | None:
    number = to_number(value)
    if number is None or number != int(number):
        return None
    return int(number)


# --- dates ------------------------------------------------------------------------------------

_EPOCH_1900 = datetime(1899, 12, 30)
_EPOCH_1904 = datetime(1904, 1, 1)

_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+Z?)?$")
_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
_D_MON_Y = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$")


def serial_to_date(serial: float, date1904: bool = False) -> date | None:
    """An Excel serial date to a date, in either date system."""
    if not math.isfinite(serial) or serial < 0 or serial > 2_958_465:
        return None
    if date1904:
        # The 1904 system's top serial is 1,462 lower: a 1900-system maximum runs past 9999.
        try:
            return (_EPOCH_1904 + timedelta(days=int(serial))).date()
        except OverflowError:
            return None
    if serial < 61:
        # Excel's 1900 system counts a 29 February 1900 that never was: before it, day 1 is
        # 1 January 1900.
        if serial < 1:
            return None
        return (datetime(1899, 12, 31) + timedelta(days=int(serial))).date()
    return (_EPOCH_1900 + timedelta(days=int(serial))).date()


def date_to_serial(value: date) -> int:
    return (datetime(value.year, value.month, value.day) - _EPOCH_1900).days


def _make_date(year: int, month: int, day: int) -> date | None:
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        return None


def to_date(value: object, date1904: bool = False) -> date | None:
    """A date from a date, a serial number, or text (ISO, UK day/month/year, 20 Nov 2026)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return serial_to_date(float(value), date1904)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if len(text) > NUMBER_TEXT_CHARS:  # no date is written this long
        return None
    if m := _ISO.match(text):
        return _make_date(int(m[1]), int(m[2]), int(m[3]))
    if m := _DMY.match(text):
        return _make_date(int(m[3]), int(m[2]), int(m[1]))
    if m := _D_MON_Y.match(text):
        month = _MONTHS.get(m[2].lower())
        return _make_date(int(m[3]), month, int(m[1])) if month else None
    number = to_number(text)
    if number is not None:
        return serial_to_date(number, date1904)
    return None


# --- answers from a fixed list ----------------------------------------------------------------

# What auditors type for the fixed answers, in English and in Welsh (where Welsh answers
# "yes" and "no" with the question's verb: oes, ydy, do...).
_SYNONYMS = {
    YES: ("yes", "y", "true", "1", "x", "✓", "✔", "ie", "oes", "ydy", "ydw", "do", "gwir"),
    NO: ("no", "n", "false", "0", "na", "nac oes", "nac ydy", "nac ydw", "naddo", "gau"),
    PARTLY: ("partly", "partially", "part", "partial", "some", "yn rhannol", "rhannol", "rhai"),
    NOT_KNOWN: (
        "not known",
        "unknown",
        "nk",
        "n/k",
        "don't know",
        "dont know",
        "not stated",
        "ddim yn hysbys",
        "anhysbys",
        "ddim yn gwybod",
        "dim yn gwybod",
    ),
}


def _fold(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).casefold()


class Matcher:
    """Maps what was typed to the list value it means; built once per list.

    Exact (ignoring case and spaces) first; then, for fixed choices, common synonyms ("y",
    "TRUE" for Yes); for setup lists, a value's leading code alone or its label without the
    code (``4`` or ``very serious`` -> ``4 Very serious``; ``n1`` -> ``N1 Abuse or
    neglect``). Codes come from the list itself, never from this code, so a Welsh preset with
    its own codes works the same way.
    """

    __slots__ = ("_alias", "_exact")

    def __init__(
        self,
        options: Iterable[str],
        synonyms: bool = False,
        codes: bool = True,
        aliases: Iterable[tuple[str, str]] = (),
    ) -> None:
        self._exact: dict[str, str] = {}
        self._alias: dict[str, str] = {}
        options = list(options)
        for option in options:
            self._exact.setdefault(_fold(option), option)
        # The same value's words in the other language, bilingual, or its code: as good as
        # the value itself (a Welsh form's answer in an English audit).
        aliases = list(aliases)
        for alias, option in aliases:
            self._exact.setdefault(_fold(alias), option)
        for alias, option in aliases:
            if codes and (m := _CODE_PREFIX.match(alias)):
                self._alias.setdefault(_fold(m[1]), option)
                self._alias.setdefault(_fold(alias[m.end() :]), option)
        for option in options:
            if synonyms:
                for word in _SYNONYMS.get(option, ()):
                    self._alias.setdefault(word, option)
            if codes and (m := _CODE_PREFIX.match(option)):
                self._alias.setdefault(_fold(m[1]), option)
                self._alias.setdefault(_fold(option[m.end() :]), option)

    def __call__(self, value: str) -> str | None:
        folded = _fold(value)
        if not folded:
            return None
        return self._exact.get(folded) or self._alias.get(folded)


_CODE_PREFIX = re.compile(r"^([A-Za-z]?\d+)[\s.:)\-]+")
