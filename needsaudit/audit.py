"""The audit folder and its set-up workbook: defaults, settings, lists, the sample.

``init_audit`` creates a folder; ``read_setup`` reads setup.xlsx as the coordinator left it;
``load_case_list`` imports a sample or caseload list (CSV or XLSX) and ``draw_sample`` draws a
reproducible simple random sample from it.
"""

from __future__ import annotations

import csv
import io
import random
import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from . import __version__, defaults
from .i18n import (
    CY,
    CY_EN,
    EN,
    NP,
    M,
    Msg,
    Texts,
    _,
    count,
    in_each_language,
    join_labels,
    joined,
    local,
    ngettext,
    parse_language,
)
from .issues import Issue, NeedsAuditError, issue
from .model import SampleCase
from .names import (
    AGENCY,
    AUDITOR,
    CASE_REF,
    FAMILY_REF,
    LIST_HEADERS,
    LIST_WORDS_HEADERS,
    PASSWORDS_HEADER,
    PHRASE_KINDS,
    RETURNS_DIR,
    RETURNS_README,
    SETTINGS_HEADER,
    SETUP_CASES_HEADER,
    SETUP_FILE,
    SH_AREAS,
    SH_CASES,
    SH_ETHNICITY,
    SH_LEGAL_STATUS,
    SH_MET,
    SH_PASSWORDS,
    SH_PHRASES,
    SH_PRIMARY_NEED,
    SH_QUESTIONS,
    SH_SERIOUSNESS,
    SH_SERVICES,
    SH_SETTINGS,
    SH_SEX,
    SH_WHO,
    STATE_DIR,
    Setting,
    case_key,
)
from .questions import Questions, read_questions
from .styles import TEXT_STAYS_TEXT, Formats, print_table, text_height
from .values import Matcher
from .workbook import atomic_write, now

# --- the set-up ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Item:
    """A value of a setup list: its stable code and its words in each language.

    ``more_en``/``more_cy``: an area's domain, a seriousness level's meaning. A blank Welsh
    label shows the English; a blank code is the English label's (a value a council added).
    """

    code: str
    en: str
    cy: str = ""
    more_en: str = ""
    more_cy: str = ""

    def label(self, language: str) -> str:
        return join_labels(self.en, self.cy, language)

    def more(self, language: str) -> str:
        return join_labels(self.more_en, self.more_cy, language)

    @property
    def key(self) -> str:
        """What identifies the value in every language: its code, else its English."""
        return (self.code or self.en).strip().casefold()


@dataclass(frozen=True, slots=True)
class Level:
    level: int
    label: str
    meaning: str = ""

    @property
    def value(self) -> str:
        """As stored in forms and workbooks: ``4 Very serious``."""
        return f"{self.level} {self.label}"


@dataclass(frozen=True, slots=True)
class ServiceItem:
    name: str
    unit_cost: float | None = None
    category: str = ""  # services of one category are alternatives for the same need


@dataclass(frozen=True, slots=True)
class Phrase:
    phrase: str
    kind: str  # service, assessment or universal


# Sheets whose values are one label each (with its Welsh and its code).
SIMPLE_LISTS = (SH_WHO, SH_MET, SH_LEGAL_STATUS, SH_PRIMARY_NEED, SH_SEX, SH_ETHNICITY)


def _item(msg: Msg, more: Msg | None = None) -> Item:
    code = msg.key.split(".", 1)[1]
    code = code.removesuffix(".wales")
    return Item(
        code,
        str(msg),
        Texts.one(CY, msg),
        str(more) if more else "",
        Texts.one(CY, more) if more else "",
    )


@cache
def preset_items(wales: bool) -> dict[str, tuple[Item, ...]]:
    """The default lists as Items (codes, English and the catalogue's Welsh), by sheet."""
    legal = defaults.LEGAL_STATUS_WALES if wales else defaults.LEGAL_STATUS
    primary = defaults.PRIMARY_NEED_WALES if wales else defaults.PRIMARY_NEED
    services = defaults.SERVICES_WALES if wales else defaults.SERVICES
    return {
        SH_WHO: tuple(_item(m) for m in defaults.WHO),
        SH_AREAS: tuple(_item(area, domain) for domain, area in defaults.AREAS),
        SH_SERIOUSNESS: tuple(
            Item(str(level), str(label), Texts.one(CY, label), str(meaning), Texts.one(CY, meaning))
            for level, label, meaning in defaults.SERIOUSNESS
        ),
        SH_MET: tuple(_item(m) for m in defaults.MET),
        SH_LEGAL_STATUS: tuple(_item(m) for m in legal),
        SH_PRIMARY_NEED: tuple(_item(m) for m in primary),
        SH_SEX: tuple(_item(m) for m in defaults.SEX),
        SH_ETHNICITY: tuple(_item(m) for m in defaults.ETHNICITY),
        SH_SERVICES: tuple(_item(m) for m in services),
    }


def _default_lists() -> Lists:
    return Lists.preset(EN, wales=False)


@dataclass(slots=True)
class Lists:
    """The audit's dropdown lists. Each field holds the values as forms show them and returns
    are stored (in ``language``: ``Cam-drin domestig`` in a Welsh audit); ``words`` knows, for
    each of those, its code and its words in both languages, so an answer typed or picked in
    either language is matched to the same value (``matcher``)."""

    who: list[str] = field(default_factory=list)
    areas: list[tuple[str, str]] = field(default_factory=list)
    seriousness: list[Level] = field(default_factory=list)
    met: list[str] = field(default_factory=list)
    legal_status: list[str] = field(default_factory=list)
    primary_need: list[str] = field(default_factory=list)
    sex: list[str] = field(default_factory=list)
    ethnicity: list[str] = field(default_factory=list)
    services: list[ServiceItem] = field(default_factory=list)
    phrases: list[Phrase] = field(
        default_factory=lambda: [Phrase(*p) for p in (*defaults.PHRASES, *defaults.PHRASES_CY)]
    )
    language: str = EN
    words: dict[str, dict[str, Item]] = field(default_factory=dict)  # sheet -> value -> Item

    def __post_init__(self) -> None:
        if not (self.who or self.areas or self.seriousness or self.services):
            filled = Lists.preset(self.language, wales=False, phrases=self.phrases)
            for name in Lists.__dataclass_fields__:
                setattr(self, name, getattr(filled, name))

    @classmethod
    def preset(
        cls, language: str, wales: bool | None = None, phrases: list[Phrase] | None = None
    ) -> Lists:
        """The default lists in ``language``; Wales's preset for a Welsh or bilingual audit
        unless ``wales`` says otherwise."""
        if wales is None:
            wales = language != EN
        items = {sheet: list(values) for sheet, values in preset_items(wales).items()}
        categories = {
            code: join_labels(str(cat), Texts.one(CY, cat), language)
            for code, cat in defaults.SERVICE_CATEGORIES.items()
        }
        costs: dict[str, tuple[float | None, str]] = {
            item.key: (None, categories.get(item.code, "")) for item in items[SH_SERVICES]
        }
        return cls.from_items(items, language, costs, phrases)

    @classmethod
    def from_items(
        cls,
        items: dict[str, list[Item]],
        language: str,
        services: dict[str, tuple[float | None, str]] | None = None,
        phrases: list[Phrase] | None = None,
    ) -> Lists:
        """Lists in ``language`` from Items by sheet; ``services``: code -> (unit cost,
        category)."""
        words: dict[str, dict[str, Item]] = {}

        def labels(sheet: str) -> list[str]:
            out = []
            for item in items.get(sheet, []):
                value = item.label(language)
                words.setdefault(sheet, {}).setdefault(value, item)
                out.append(value)
            return out

        simple = {sheet: labels(sheet) for sheet in SIMPLE_LISTS}
        areas = [(item.more(language), value) for item, value in _pairs(items, SH_AREAS, labels)]
        levels = [
            Level(int(item.code), value, item.more(language))
            for item, value in _pairs(items, SH_SERIOUSNESS, labels)
        ]
        services = services or {}
        service_items = [
            ServiceItem(value, *services.get(item.key, (None, "")))
            for item, value in _pairs(items, SH_SERVICES, labels)
        ]
        out = cls(
            who=simple[SH_WHO],
            areas=areas,
            seriousness=sorted(levels, key=lambda lv: lv.level),
            met=simple[SH_MET],
            legal_status=simple[SH_LEGAL_STATUS],
            primary_need=simple[SH_PRIMARY_NEED],
            sex=simple[SH_SEX],
            ethnicity=simple[SH_ETHNICITY],
            services=service_items,
            language=language,
            words=words,
        )
        if phrases is not None:
            out.phrases = list(phrases)
        return out

    def values(self, sheet: str) -> list[str]:
        """The dropdown values of a list sheet, in order."""
        if sheet == SH_WHO:
            return list(self.who)
        if sheet == SH_AREAS:
            return [area for _, area in self.areas]
        if sheet == SH_SERIOUSNESS:
            return [lv.value for lv in sorted(self.seriousness, key=lambda lv: lv.level)]
        if sheet == SH_MET:
            return list(self.met)
        if sheet == SH_LEGAL_STATUS:
            return list(self.legal_status)
        if sheet == SH_PRIMARY_NEED:
            return list(self.primary_need)
        if sheet == SH_SEX:
            return list(self.sex)
        if sheet == SH_ETHNICITY:
            return list(self.ethnicity)
        if sheet == SH_SERVICES:
            return [s.name for s in self.services]
        raise KeyError(sheet)

    def item(self, sheet: str, value: str) -> Item:
        """The Item behind a value of this audit's list (a plain one for a value the lists
        were given without words)."""
        if sheet == SH_SERIOUSNESS:
            for lv in self.seriousness:
                if lv.value == value:
                    found = self.words.get(sheet, {}).get(lv.label)
                    return found or Item(str(lv.level), lv.label, more_en=lv.meaning)
        found = self.words.get(sheet, {}).get(value)
        return found or Item("", value)

    def matcher(self, sheet: str) -> Matcher:
        """Maps an answer in either language (or its code) to this audit's value."""
        pairs: list[tuple[str, str]] = []
        for value in self.values(sheet):
            item = self.item(sheet, value)
            if sheet == SH_SERIOUSNESS:
                level = value.split(" ", 1)[0]
                for label in (item.en, item.cy, item.label(CY_EN)):
                    if label:
                        pairs.append((f"{level} {label}", value))
                        pairs.append((label, value))
                pairs.append((level, value))
                continue
            for alias in (item.en, item.cy, item.label(CY_EN), item.code):
                if alias:
                    pairs.append((alias, value))
        return Matcher(self.values(sheet), aliases=pairs)

    def code_of(self, sheet: str, value: str) -> str | None:
        """The code of an answer in either language, or None when it is not in the list."""
        matched = self.matcher(sheet)(value)
        return None if matched is None else self.item(sheet, matched).key

    def seriousness_rank(self, value: str) -> int | None:
        """The level of a stored seriousness value (order from ``Level``, never the text)."""
        for lv in self.seriousness:
            if lv.value == value:
                return lv.level
        return None

    def category(self, service: str) -> str:
        """The service's category, or the service itself when it has none (or is not listed):
        two services can stand in for each other only when their categories are equal."""
        for item in self.services:
            if item.name == service:
                return item.category.casefold() or "service:" + service
        return "service:" + service

    def unit_cost(self, service: str) -> float | None:
        for item in self.services:
            if item.name == service:
                return item.unit_cost
        return None


def _pairs(
    items: dict[str, list[Item]], sheet: str, labels: Callable[[str], list[str]]
) -> list[tuple[Item, str]]:
    return list(zip(items.get(sheet, []), labels(sheet), strict=True))


@dataclass(slots=True)
class Settings:
    audit_name: str = "Needs audit"
    local_authority: str = ""
    sample_description: str = ""
    sample_period: str = ""
    sample_method: str = ""
    annual_number: int | None = None
    sampling_frame: int | None = None  # how many cases the sample was drawn from
    small_numbers: int = 5
    returns_password: str = ""
    shortest_need: int = 5
    audit_id: str = ""
    language: str = EN  # en, cy or cy+en (i18n.CHOICES)


@dataclass(slots=True)
class Setup:
    settings: Settings
    cases: list[SampleCase]
    lists: Lists
    passwords: dict[str, str] = field(default_factory=dict)  # auditor (folded) -> password
    issues: list[Issue] = field(default_factory=list)
    questions: Questions = field(default_factory=Questions)  # the audit's local questions
    _index: dict[str, SampleCase] | None = field(default=None, repr=False, compare=False)

    def case(self, ref: str) -> SampleCase | None:
        """The sample case with this ref (trimmed, ignoring case), or None."""
        if self._index is None or len(self._index) != len(self.cases):
            self._index = {c.key: c for c in self.cases}
        return self._index.get(case_key(ref))

    @property
    def auditors(self) -> list[str]:
        seen: dict[str, str] = {}
        for c in self.cases:
            seen.setdefault(c.auditor.casefold(), c.auditor)
        return sorted(seen.values(), key=str.casefold)


_SETTING_NOTES = {
    Setting.AUDIT_NAME: "Shown on every form and summary.",
    Setting.LOCAL_AUTHORITY: "",
    Setting.LANGUAGE: "en (English), cy (Cymraeg) or cy+en (dwyieithog: Welsh first, with "
    "English). Forms, workbooks and messages use it; returns in either language are read the "
    "same. Run 'needsaudit forms --force' after changing it.",
    Setting.SAMPLE_DESCRIPTION: "Which children, and how they were chosen.",
    Setting.SAMPLE_PERIOD: "e.g. cases open on 1 October 2026, or referrals April-September 2026.",
    Setting.SAMPLE_METHOD: "Written by needsaudit when it draws the sample; edit if you drew it "
    "another way (start with 'random' only for a simple random sample).",
    Setting.ANNUAL_NUMBER: "How many such children a year, to scale Need Groups to a yearly "
    "estimate.",
    Setting.SAMPLING_FRAME: "How many cases the sample was drawn from (written by init "
    "--sample; fill it in if you drew the sample yourself). Narrows the intervals when the "
    "sample is a large part of it.",
    Setting.SMALL_NUMBERS: "Counts from 1 to this minus 1 are hidden in summary-public.xlsx.",
    Setting.RETURNS_PASSWORD: "Optional. Storing a password here is a convenience: keep this "
    "file safe, or use the Passwords sheet, NEEDSAUDIT_RETURNS_PASSWORD or --password-prompt.",
    Setting.SHORTEST_NEED: "Need statements with fewer words are flagged as too short.",
    Setting.AUDIT_ID: "Written once by needsaudit; do not change it (returns are matched on it).",
}


def _setting_value(settings: Settings, key: Setting) -> object:
    return {
        Setting.AUDIT_NAME: settings.audit_name,
        Setting.LOCAL_AUTHORITY: settings.local_authority,
        Setting.LANGUAGE: settings.language,
        Setting.SAMPLE_DESCRIPTION: settings.sample_description,
        Setting.SAMPLE_PERIOD: settings.sample_period,
        Setting.SAMPLE_METHOD: settings.sample_method,
        Setting.ANNUAL_NUMBER: settings.annual_number,
        Setting.SAMPLING_FRAME: settings.sampling_frame,
        Setting.SMALL_NUMBERS: settings.small_numbers,
        Setting.RETURNS_PASSWORD: settings.returns_password,
        Setting.SHORTEST_NEED: settings.shortest_need,
        Setting.AUDIT_ID: settings.audit_id,
    }[key]


PASSWORDS_NOTE = (
    "Optional: one password per auditor for returns they protect with a password. Keep this "
    "file safe if you use it."
)


LISTED = NP("setup.method.list", "the {n} case listed in {file}", "the {n} cases listed in {file}")

# Column widths of the list sheets: the English words, their Welsh (as long or longer), the code.
LIST_WIDTHS: dict[str, tuple[float, ...]] = {
    **dict.fromkeys(
        (SH_WHO, SH_MET, SH_LEGAL_STATUS, SH_PRIMARY_NEED, SH_SEX, SH_ETHNICITY), (34, 34, 22)
    ),
    SH_AREAS: (28, 30, 28, 30, 20),
    SH_SERIOUSNESS: (8, 14, 42, 14, 42),
    SH_SERVICES: (40, 10, 18, 40, 24),
    SH_PHRASES: (48, 18),
}
PORTRAIT_WIDTH = 95  # width units that print on portrait A4 at a readable size


def write_setup(path: Path, setup: Setup) -> None:
    """Write setup.xlsx atomically (contract: Settings, Cases, one sheet per list, Phrases)."""
    import xlsxwriter

    def build(tmp: Path) -> None:
        wb = xlsxwriter.Workbook(str(tmp), TEXT_STAYS_TEXT)
        wb.set_properties({"title": "needsaudit set-up", "created": now()})
        fmt = Formats(wb)
        text_col = fmt(num_format="@")

        ws = wb.add_worksheet(SH_SETTINGS)
        ws.write_row(0, 0, SETTINGS_HEADER, fmt.header)
        widths = (22, 48, 60)
        for i, key in enumerate(Setting, start=1):
            ws.write_string(i, 0, key.value, fmt(bold=True, text_wrap=True))
            value = _setting_value(setup.settings, key)
            if isinstance(value, int):
                ws.write_number(i, 1, value, fmt(align="left"))
            else:
                ws.write_string(i, 1, str(value or ""), fmt(text_wrap=True))
            note = _SETTING_NOTES[key]
            texts = (key.value, str(value or ""), note)
            ws.set_row(i, max(text_height(t, w) for t, w in zip(texts, widths, strict=True)))
            ws.write_string(i, 2, note, fmt.note)
        for c, width in enumerate(widths):
            ws.set_column(c, c, width)
        ws.freeze_panes(1, 0)
        print_table(ws, len(Setting), 2)
        ws.activate()

        ws = wb.add_worksheet(SH_CASES)
        ws.write_row(0, 0, SETUP_CASES_HEADER, fmt.header)
        for i, case in enumerate(setup.cases, start=1):
            ws.write_string(i, 0, case.ref, text_col)
            ws.write_string(i, 1, case.auditor, text_col)
            ws.write_string(i, 2, case.agency, text_col)
            ws.write_string(i, 3, case.family_ref, text_col)
        # Refs typed later stay text (00123 stays 00123).
        ws.set_column(0, 3, 22, text_col)
        ws.freeze_panes(1, 0)
        ws.autofilter(0, 0, max(len(setup.cases), 1), 3)
        print_table(ws, max(len(setup.cases), 1), 3)

        order = [SH_WHO, SH_AREAS, SH_SERIOUSNESS, SH_MET, SH_LEGAL_STATUS, SH_PRIMARY_NEED]
        order += [SH_SEX, SH_ETHNICITY, SH_SERVICES, SH_PHRASES]
        rows_of = list_rows(setup.lists)
        for name in order:
            ws = wb.add_worksheet(name)
            header = LIST_HEADERS[name] + LIST_WORDS_HEADERS.get(name, ())
            column_widths = LIST_WIDTHS.get(name, (48, 18))
            ws.write_row(0, 0, header, fmt.header)
            ws.set_row(
                0, max(text_height(h, w, pad=4) for h, w in zip(header, column_widths, strict=True))
            )
            wrap = fmt(text_wrap=True)
            for r, row in enumerate(rows_of[name], start=1):
                height = 0.0
                for c, value in enumerate(row):
                    if value is None or value == "":
                        continue
                    if isinstance(value, int | float):
                        ws.write_number(r, c, value, fmt(num_format="#,##0" if c else "0"))
                    else:
                        ws.write_string(r, c, value, wrap)
                        height = max(height, text_height(value, column_widths[c]))
                if height > text_height("", 1):
                    ws.set_row(r, height)
            for c, col_width in enumerate(column_widths):
                ws.set_column(c, c, col_width)
            ws.freeze_panes(1, 0)
            # A list is a column or two with its Welsh and code beside it: portrait holds half
            # as many rows again a page; the wider lists (areas, levels, services) landscape.
            print_table(
                ws,
                max(len(rows_of[name]), 1),
                len(header) - 1,
                portrait=sum(column_widths) <= PORTRAIT_WIDTH,
            )

        _write_questions(wb, setup, fmt)

        ws = wb.add_worksheet(SH_PASSWORDS)
        ws.write_row(0, 0, PASSWORDS_HEADER, fmt.header)
        for r, (auditor, password) in enumerate(sorted(setup.passwords.items()), start=1):
            ws.write_string(r, 0, auditor)
            ws.write_string(r, 1, password)
        ws.write_string(0, 3, PASSWORDS_NOTE, fmt.note)
        ws.set_column(0, 1, 28)
        ws.set_column(3, 3, 60)
        ws.set_row(0, text_height(PASSWORDS_NOTE, 60))
        print_table(ws, max(len(setup.passwords), 1), 3)
        wb.close()

    atomic_write(path, build)


def _write_questions(wb: Any, setup: Setup, fmt: Formats) -> None:
    """The Questions sheet (the audit's own questions, none by default), and the sheets of
    their lists that are not the built-in ones."""
    from .questions import QUESTIONS_HEADER, QUESTIONS_HELP, TYPES

    ws = wb.add_worksheet(SH_QUESTIONS)
    ws.write_row(0, 0, QUESTIONS_HEADER, fmt.header)
    type_of = {kind: word for word, kind in TYPES.items()}
    widths = (44, 14, 18, 10, 50, 3, 60)
    fields = setup.questions.fields
    for r, spec in enumerate(fields, start=1):
        row = (
            spec.label,
            type_of[spec.kind],
            spec.list_sheet or "",
            "Yes" if spec.required else "No",
            spec.help,
        )
        for c, value in enumerate(row):
            ws.write_string(r, c, value, fmt(text_wrap=True, valign="top"))
        # Tall enough for the longest wrapped cell: a spreadsheet does not grow a row on
        # opening, and a long help text would print over the next row's.
        ws.set_row(r, max(text_height(v, w) for v, w in zip(row, widths, strict=False)))
    ws.write_string(0, 6, QUESTIONS_HELP, fmt.note)
    for c, width in enumerate(widths):
        ws.set_column(c, c, width)
    ws.set_row(0, text_height(QUESTIONS_HELP, 60))
    ws.data_validation(1, 1, 200, 1, {"validate": "list", "source": list(TYPES)})
    ws.data_validation(1, 3, 200, 3, {"validate": "list", "source": ["Yes", "No"]})
    ws.freeze_panes(1, 0)
    print_table(ws, max(len(fields), 1), 4)
    for spec in fields:
        if spec.list_sheet and spec.list_sheet not in LIST_HEADERS:
            lst = wb.add_worksheet(spec.list_sheet)
            lst.write_string(0, 0, spec.list_sheet, fmt.header)
            for r, value in enumerate(spec.choices, start=1):
                lst.write_string(r, 0, value)
            lst.set_column(0, 0, 40)


def list_rows(lists: Lists) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of each list sheet, as setup.xlsx holds them: the contract's columns, then
    the Welsh words and the code (LIST_WORDS_HEADERS)."""
    rows: dict[str, list[tuple[Any, ...]]] = {}
    for sheet in SIMPLE_LISTS:
        items = [lists.item(sheet, v) for v in lists.values(sheet)]
        rows[sheet] = [(i.en, i.cy, i.code) for i in items]
    rows[SH_AREAS] = [
        (i.more_en or domain, i.en, i.more_cy, i.cy, i.code)
        for domain, area in lists.areas
        for i in [lists.item(SH_AREAS, area)]
    ]
    rows[SH_SERIOUSNESS] = [
        (lv.level, i.en, i.more_en or lv.meaning, i.cy, i.more_cy)
        for lv in lists.seriousness
        for i in [lists.item(SH_SERIOUSNESS, lv.value)]
    ]
    rows[SH_SERVICES] = [
        (i.en, s.unit_cost, s.category or None, i.cy, i.code)
        for s in lists.services
        for i in [lists.item(SH_SERVICES, s.name)]
    ]
    rows[SH_PHRASES] = [(p.phrase, p.kind) for p in lists.phrases]
    return rows


# --- reading setup.xlsx -------------------------------------------------------------------------


def _fold_header(text: object) -> str:
    return re.sub(r"[\s_\-.()]+", "", str(text or "")).casefold()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


# setup.xlsx's sheets by name, each as its rows of cell values from row 1 (a row ends at its
# last value; a blank row is empty).
SheetRows = dict[str, list[tuple[Any, ...]]]


def _sheet(book: SheetRows, name: str) -> list[tuple[Any, ...]] | None:
    """A sheet's rows, its name compared ignoring case as Excel does; None when it is absent."""
    for title, rows in book.items():
        if title.casefold() == name.casefold():
            return rows
    return None


def _column_map(header: Sequence[object], wanted: Sequence[str]) -> dict[str, int]:
    folded = [_fold_header(h) for h in header]
    out: dict[str, int] = {}
    for name in wanted:
        key = _fold_header(name)
        if key in folded:
            out[name] = folded.index(key)
    return out


def _list_rows(book: SheetRows, name: str) -> list[tuple[str, ...]] | None:
    rows = _sheet(book, name)
    if rows is None:
        return None
    if not rows:
        return []
    header = LIST_HEADERS[name] + LIST_WORDS_HEADERS.get(name, ())
    cols = _column_map(rows[0], header)
    out = []
    for row in rows[1:]:
        values = tuple(
            _cell_text(row[cols[h]]) if h in cols and cols[h] < len(row) else "" for h in header
        )
        if values[0]:
            out.append(values)
    return out


def _known_words() -> dict[tuple[str, str], Item]:
    """Every preset value by (sheet, folded English): the code and Welsh of a value in a
    setup.xlsx written before lists had them."""
    out: dict[tuple[str, str], Item] = {}
    for wales in (False, True):
        for sheet, items in preset_items(wales).items():
            for item in items:
                out.setdefault((sheet, item.en.casefold()), item)
    return out


def _with_words(sheet: str, item: Item) -> Item:
    known = _known_words().get((sheet, item.en.casefold()))
    if known is None:
        return item
    return Item(
        item.code or known.code,
        item.en,
        item.cy or known.cy,
        item.more_en,
        item.more_cy or (known.more_cy if item.more_en == known.more_en else ""),
    )


def _read_lists(wb: Any, language: str) -> Lists:
    """The list sheets as the coordinator left them; a missing or empty one keeps the preset
    of the audit's language."""
    items = {sheet: list(values) for sheet, values in preset_items(language != EN).items()}
    preset = Lists.preset(language)
    services = {
        preset.item(SH_SERVICES, s.name).key: (s.unit_cost, s.category) for s in preset.services
    }
    phrases = list(preset.phrases)
    for name in LIST_HEADERS:
        rows = _list_rows(wb, name)
        if rows is None or not rows:
            continue
        if name in SIMPLE_LISTS:
            items[name] = [_with_words(name, Item(r[2], r[0], r[1])) for r in rows]
        elif name == SH_AREAS:
            items[name] = [
                _with_words(name, Item(r[4], r[1], r[3], r[0], r[2])) for r in rows if r[1]
            ]
        elif name == SH_SERIOUSNESS:
            levels = []
            for r in rows:
                level = _to_int(r[0], None)
                if level is not None and r[1]:
                    levels.append(_with_words(name, Item(str(level), r[1], r[3], r[2], r[4])))
            if levels:
                items[name] = sorted(levels, key=lambda i: int(i.code))
        elif name == SH_SERVICES:
            items[name] = []
            services = {}
            for r in rows:
                item = _with_words(name, Item(r[4], r[0], r[3]))
                items[name].append(item)
                cost = float(r[1].replace(",", "")) if _is_number(r[1]) else None
                services[item.key] = (cost, r[2])
        elif name == SH_PHRASES:
            phrases = [
                Phrase(r[0], r[1].strip().lower())
                for r in rows
                if r[1].strip().lower() in PHRASE_KINDS
            ]
    return Lists.from_items(items, language, services, phrases)


def _to_int(value: object, default: int | None) -> int | None:
    text = _cell_text(value).replace(",", "")
    try:
        return int(float(text)) if text else default
    except ValueError:
        return default


def _scan_book(data: bytes) -> SheetRows:
    """setup.xlsx through the same fast scanner as returns: every command reads it first."""
    from .xlsxscan import iter_rows, open_package

    package = open_package(data)
    book: SheetRows = {}
    for info in package.sheets:
        cells = package.cells(info)
        grid: list[tuple[Any, ...]] = []
        for r, row in iter_rows(cells):
            while len(grid) < r - 1:
                grid.append(())
            width = max(row) if row else 0
            grid.append(tuple(row[c].value if c in row else None for c in range(1, width + 1)))
        book.setdefault(info.name, grid)
    return book


def read_setup(folder: Path) -> Setup:
    """Read setup.xlsx; raise NeedsAuditError (exit 2) when it is missing or unreadable."""
    from .xlsxscan import ScanError

    path = folder / SETUP_FILE
    if not path.exists():
        raise not_an_audit(folder)
    from .files import Refused, read_file, real_root
    from .limits import WORKBOOK

    try:
        # Never blocks on a pipe nor reads past a size limit: every command reads it first.
        book = _scan_book(read_file(path, real_root(folder), WORKBOOK.file_bytes).data)
    except (ScanError, OSError, Refused) as exc:
        why = getattr(exc, "why", "") or getattr(exc, "code", "") or type(exc).__name__
        raise NeedsAuditError(
            in_each_language(
                lambda: _(
                    "{path} cannot be read ({why}). If it is open in Excel, close it; if it is "
                    "damaged, restore it from a copy."
                ).format(path=path, why=local(why))
            )
        ) from exc
    return _read_setup(book, path)


def _read_setup(wb: SheetRows, path: Path) -> Setup:
    issues: list[Issue] = []
    settings = Settings()
    ws = _sheet(wb, SH_SETTINGS)
    if ws is None:
        raise NeedsAuditError(
            _("{path} has no {sheet} sheet: it is not a needsaudit set-up.").format(
                path=path, sheet=SH_SETTINGS
            )
        )
    raw: dict[str, object] = {}
    for row in ws[1:]:
        if row and row[0] is not None:
            raw[_fold_header(row[0])] = row[1] if len(row) > 1 else None

    def get(key: Setting) -> object:
        return raw.get(_fold_header(key.value))

    settings.audit_name = _cell_text(get(Setting.AUDIT_NAME)) or settings.audit_name
    settings.local_authority = _cell_text(get(Setting.LOCAL_AUTHORITY))
    settings.sample_description = _cell_text(get(Setting.SAMPLE_DESCRIPTION))
    settings.sample_period = _cell_text(get(Setting.SAMPLE_PERIOD))
    settings.sample_method = _cell_text(get(Setting.SAMPLE_METHOD))
    settings.annual_number = _to_int(get(Setting.ANNUAL_NUMBER), None)
    settings.sampling_frame = _to_int(get(Setting.SAMPLING_FRAME), None)
    settings.small_numbers = max(1, _to_int(get(Setting.SMALL_NUMBERS), 5) or 5)
    settings.returns_password = _cell_text(get(Setting.RETURNS_PASSWORD))
    settings.shortest_need = max(0, _to_int(get(Setting.SHORTEST_NEED), 5) or 0)
    settings.audit_id = _cell_text(get(Setting.AUDIT_ID))
    settings.language = parse_language(_cell_text(get(Setting.LANGUAGE))) or EN
    if not settings.audit_id:
        raise NeedsAuditError(
            _(
                "{path} has no Audit id on its {sheet} sheet; it was written by needsaudit init "
                "and returns are matched on it: restore it from a backup copy of setup.xlsx."
            ).format(path=path, sheet=SH_SETTINGS)
        )

    lists = _read_lists(wb, settings.language)
    passwords: dict[str, str] = {}
    rows_pw = _sheet(wb, SH_PASSWORDS)
    if rows_pw is not None:
        cols = _column_map(rows_pw[0] if rows_pw else (), PASSWORDS_HEADER)
        if len(cols) == 2:
            for row in rows_pw[1:]:
                who = _cell_text(row[cols["Auditor"]]) if cols["Auditor"] < len(row) else ""
                pw = row[cols["Password"]] if cols["Password"] < len(row) else None
                if who and pw not in (None, ""):
                    passwords[who.casefold()] = str(pw)
    if passwords or settings.returns_password:
        issues.append(issue("password-stored", file=SETUP_FILE, sheet=SH_SETTINGS))

    rows = _sheet(wb, SH_CASES)
    if rows is None:
        raise NeedsAuditError(
            _("{path} has no {sheet} sheet: add the sample there.").format(
                path=path, sheet=SH_CASES
            )
        )
    imported = parse_case_rows(rows, source=SETUP_FILE, sheet=SH_CASES)
    issues.extend(imported.issues)
    questions = read_questions(
        _sheet(wb, SH_QUESTIONS),
        lambda name: _sheet(wb, name),
        lambda name: lists.values(name) if name in LIST_HEADERS else None,
    )
    issues.extend(questions.issues)
    return Setup(settings, imported.cases, lists, passwords, issues, questions)


def _is_number(text: str) -> bool:
    try:
        float(text.replace(",", ""))
    except ValueError:
        return False
    return True


# --- case lists -----------------------------------------------------------------------------------

# Headers a sample list may use for each column, as people write them; matched ignoring case,
# spaces and punctuation. Shown to the user when a column is not found.
HEADER_NAMES: dict[str, tuple[str, ...]] = {
    CASE_REF: ("Case ref", "Case reference", "Case ID", "Case number", "Ref", "Reference"),
    AUDITOR: ("Auditor", "Auditor name"),
    AGENCY: ("Agency", "Auditor agency"),
    FAMILY_REF: ("Family ref", "Family reference", "Family ID", "Family"),
}
_HEADER_ALIASES = {
    column: tuple(_fold_header(name) for name in names) for column, names in HEADER_NAMES.items()
}

_WINDOWS_BAD = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{i}" for p in ("COM", "LPT") for i in range(1, 10)}
MAX_NAME = 100


# Why a case ref or an auditor's name cannot be used, each a whole sentence (Welsh words for
# "the case ref" and "the auditor" do not slot into one template).
_REF_PROBLEMS: dict[str, tuple[Msg, Msg, Msg]] = {
    "case ref": (
        M("why.no-case-ref", "no case ref"),
        M("why.case-ref-control", "the case ref has a control character (a line break or tab)"),
        M("why.case-ref-long", "the case ref is longer than {n} characters", n=MAX_NAME),
    ),
    "auditor": (
        M("why.no-auditor", "no auditor"),
        M("why.auditor-control", "the auditor has a control character (a line break or tab)"),
        M("why.auditor-long", "the auditor is longer than {n} characters", n=MAX_NAME),
    ),
}
# A column of the sample list by what it holds, in the refusal that says it is missing.
_COLUMN_WORDS = {
    CASE_REF: M("column.case-ref", "case ref"),
    AUDITOR: M("column.auditor", "auditor"),
}


def ref_problem(ref: str, what: str = "case ref") -> Msg | None:
    """Why a case ref (or an ``auditor``'s name) cannot be used. Any characters a spreadsheet
    cell holds will do: refs like 2024/0123 and names like "Bev M." are kept as written, and
    their forms and folders get safe file names (``file_stem``)."""
    empty, control, long = _REF_PROBLEMS[what]
    if not ref:
        return empty
    if _CONTROL.search(ref):
        return control
    if len(ref) > MAX_NAME:
        return long
    return None


def file_stem(ref: str) -> str:
    """A file name (without .xlsx) for a case's form, safe on Windows, macOS and Linux, never
    hidden or taken for a lock or temporary file, for any case ref: the characters Windows
    cannot use become '-', a leading dot or ~ and a name Windows reserves get a '_' first,
    trailing dots and spaces go. Distinct refs can share a stem: ``forms`` numbers the later
    ones. The ref itself is in the form (NA_CaseRef), so a return reads back as the ref."""
    stem = _WINDOWS_BAD.sub("-", ref).rstrip(". ")
    if stem.startswith((".", "~")) or stem.split(".")[0].strip().upper() in _RESERVED:
        stem = "_" + stem
    return stem or "_"


def not_an_audit(folder: Path) -> NeedsAuditError:
    """The error for a folder with no setup.xlsx, with the audit folders whose names are
    close (a typo is the likeliest cause) and, only when there are none, how to start one."""
    import difflib

    parent = folder.parent if str(folder.parent) else Path()
    try:
        audits = sorted(
            d.name
            for d in parent.iterdir()
            if d.is_dir() and d.name != folder.name and (d / SETUP_FILE).exists()
        )
    except OSError:
        audits = []
    close = difflib.get_close_matches(folder.name, audits, n=3, cutoff=0.6)
    names = ", ".join(str(parent / name) for name in close)
    if folder.is_dir() and close:
        message = _("{folder} is not an audit folder (it has no {file}). Did you mean {names}?")
    elif folder.is_dir():
        message = _(
            "{folder} is not an audit folder (it has no {file}). To start an audit there: "
            "needsaudit init {folder} --cases <sample list>."
        )
    elif close:
        message = _("There is no folder {folder}. Did you mean {names}?")
    else:
        message = _(
            "There is no folder {folder}. To start an audit there: needsaudit init {folder} "
            "--cases <sample list>."
        )
    return NeedsAuditError(message.format(folder=folder, file=SETUP_FILE, names=names))


@dataclass(slots=True)
class CaseList:
    cases: list[SampleCase]
    issues: list[Issue]  # bad-sample-row errors, extra-column warnings
    source: str
    total_rows: int = 0

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.is_error]


def parse_case_rows(
    rows: Sequence[Sequence[object]],
    source: str,
    sheet: str | None = None,
    require_auditor: bool = True,
) -> CaseList:
    """Validate a table of cases (header in the first row). Row numbers are as the user sees
    them (the header is row 1)."""
    issues: list[Issue] = []
    if not rows:
        issues.append(
            issue(
                "bad-sample-row",
                file=source,
                sheet=sheet,
                row=1,
                why=M("why.list-empty", "the list is empty"),
            )
        )
        return CaseList([], issues, source)
    header = [_cell_text(h) for h in rows[0]]
    folded = [_fold_header(h) for h in header]
    cols: dict[str, int] = {}
    for name, aliases in _HEADER_ALIASES.items():
        for alias in aliases:
            if alias in folded:
                cols[name] = folded.index(alias)
                break
    wanted = [CASE_REF, AUDITOR] if require_auditor else [CASE_REF]
    missing_cols = [name for name in wanted if name not in cols]
    for name in missing_cols:
        # Once, naming what the header row has and what it may say, not once a row.
        found = ", ".join(f"'{h}'" for h in header if h) or M("why.nothing", "nothing")
        names = [f"'{a}'" for a in HEADER_NAMES[name]]
        accepted = M("list.or", "{items} or {last}", items=", ".join(names[:-1]), last=names[-1])
        issues.append(
            issue(
                "bad-sample-row",
                file=source,
                sheet=sheet,
                row=1,
                why=M(
                    "why.no-column",
                    "no column is headed as the {column} column (the header row has {found}); "
                    "head it {accepted}",
                    column=_COLUMN_WORDS[name],
                    found=found,
                    accepted=accepted,
                ),
            )
        )
    if missing_cols:
        return CaseList([], issues, source)
    used = set(cols.values())
    for i, h in enumerate(header):
        if i not in used and h:
            issues.append(issue("extra-column", file=source, sheet=sheet, what=f"'{h}'"))
    cases: list[SampleCase] = []
    seen: dict[str, int] = {}
    total = 0
    for offset, row in enumerate(rows[1:], start=2):
        values = {k: _cell_text(row[i]) if i < len(row) else "" for k, i in cols.items()}
        if not any(_cell_text(v) for v in row):
            continue
        total += 1
        ref = values.get(CASE_REF, "")
        auditor = values.get(AUDITOR, "")
        problems: list[str] = []
        if p := ref_problem(ref):
            problems.append(p)
        if (require_auditor or auditor) and (p := ref_problem(auditor, "auditor")):
            problems.append(p)
        key = case_key(ref)
        if ref and key in seen:
            problems.append(
                M(
                    "why.ref-repeats",
                    "case ref repeats row {row} (refs are compared ignoring case)",
                    row=seen[key],
                )
            )
        if problems:
            issues.append(
                issue(
                    "bad-sample-row",
                    file=source,
                    sheet=sheet,
                    cell=f"A{offset}" if sheet else None,
                    row=offset,
                    why=joined(problems),
                )
            )
        if ref:
            seen.setdefault(key, offset)
        if not problems:
            cases.append(
                SampleCase(ref, auditor, values.get(AGENCY, ""), values.get(FAMILY_REF, ""), offset)
            )
    return CaseList(cases, issues, source, total)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _delimiter(text: str) -> str:
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_table(path: Path) -> tuple[list[list[object]], str | None]:
    """The rows of a CSV (UTF-8 with or without BOM, cp1252 fallback; comma, semicolon or tab)
    or XLSX (sheet ``Cases`` or the first visible one) list, and the sheet it came from."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt"):
        text = _decode(path.read_bytes())
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
        return [list(r) for r in reader], None
    if suffix in (".xlsx", ".xlsm"):
        import zipfile

        import openpyxl

        try:
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
            raise NeedsAuditError(
                _("{name} cannot be read as a workbook: {why}").format(name=path.name, why=exc)
            ) from exc
        try:
            ws = next((w for w in wb.worksheets if w.title.casefold() == SH_CASES.casefold()), None)
            if ws is None:
                ws = next(w for w in wb.worksheets if w.sheet_state == "visible")
            return [list(r) for r in ws.iter_rows(values_only=True)], ws.title
        finally:
            wb.close()
    raise NeedsAuditError(
        _(
            "{name}: the case list must be a .csv or .xlsx file (save it from Excel as 'CSV "
            "UTF-8' or as a workbook)."
        ).format(name=path.name)
    )


def load_case_list(path: Path, require_auditor: bool = True) -> CaseList:
    if not path.exists():
        raise NeedsAuditError(_("The case list {path} does not exist.").format(path=path))
    rows, sheet = read_table(path)
    return parse_case_rows(rows, path.name, sheet, require_auditor)


def draw_sample(cases: Sequence[SampleCase], n: int, seed: int) -> list[SampleCase]:
    """A simple random sample of ``n`` cases, reproducible from ``seed`` (kept in list order)."""
    if n > len(cases):
        raise NeedsAuditError(
            in_each_language(
                lambda: ngettext(
                    "--sample {n} is more than the {total} case in the list: draw fewer.",
                    "--sample {n} is more than the {total} cases in the list: draw fewer.",
                    len(cases),
                ).format(n=n, total=len(cases))
            )
        )
    chosen = sorted(random.Random(seed).sample(range(len(cases)), n))
    return [cases[i] for i in chosen]


# --- init ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class InitResult:
    folder: Path
    setup: Setup
    issues: list[Issue]
    drawn_from: int | None = None


def new_audit_id(seed: int | None = None) -> str:
    if seed is None:
        return uuid.uuid4().hex
    return uuid.UUID(int=random.Random(f"audit-{seed}").getrandbits(128), version=4).hex


def init_audit(
    folder: Path,
    cases_file: Path | None = None,
    sample: int | None = None,
    seed: int | None = None,
    audit_name: str | None = None,
    settings: Settings | None = None,
    lists: Lists | None = None,
    audit_id: str | None = None,
) -> InitResult:
    """Create an audit folder and its setup.xlsx. Writes nothing if the list has errors.

    Raises NeedsAuditError when ``folder`` is already an audit or the list is invalid (the
    issues are attached to the exception's ``issues`` attribute for the CLI to print).
    """
    if (folder / SETUP_FILE).exists():
        raise NeedsAuditError(
            _(
                "{folder} is already an audit (it has {file}); nothing was changed. Choose "
                "another folder."
            ).format(folder=folder, file=SETUP_FILE)
        )
    if sample is not None and cases_file is None:
        raise NeedsAuditError(_("--sample needs --cases: the caseload list to draw from."))
    settings = settings or Settings()
    if audit_name:
        settings.audit_name = audit_name
    settings.audit_id = audit_id or settings.audit_id or new_audit_id()
    issues: list[Issue] = []
    cases: list[SampleCase] = []
    drawn_from = None
    if cases_file is not None:
        loaded = load_case_list(cases_file, require_auditor=sample is None)
        issues.extend(loaded.issues)
        if loaded.errors:
            raise InvalidListError(loaded.issues)
        cases = loaded.cases
        if sample is not None:
            drawn_from = len(cases)
            cases = draw_sample(cases, sample, seed if seed is not None else 0)
            missing = [
                issue(
                    "bad-sample-row",
                    file=cases_file.name,
                    row=c.row,
                    why=ref_problem(c.auditor, "auditor") or "",
                )
                for c in cases
                if ref_problem(c.auditor, "auditor")
            ]
            if missing:
                raise InvalidListError(issues + missing)
            # "random:" and "list:" say how the sample was drawn (the summary reads them); the
            # words after them are the audit's language.
            t = Texts(settings.language)
            settings.sample_method = "random: " + t.sentence(
                M(
                    "setup.method.random",
                    "simple random sample of {sample} from {frame} cases in {file} (seed {seed}), "
                    "drawn {date} by needsaudit {version}",
                    sample=sample,
                    frame=drawn_from,
                    file=cases_file.name,
                    seed=seed if seed is not None else 0,
                    date=now().strftime("%Y-%m-%d"),
                    version=__version__,
                )
            )
            settings.sampling_frame = drawn_from
            if not settings.sample_description:
                settings.sample_description = t.sentence(
                    M(
                        "setup.description.random",
                        "A simple random sample of {sample} of the {frame} cases listed in {file}.",
                        sample=sample,
                        frame=drawn_from,
                        file=cases_file.name,
                    )
                )
        elif not settings.sample_method:
            settings.sample_method = "list: " + Texts(settings.language).counted(
                count(LISTED, len(cases), file=cases_file.name)
            )
        # Renumber rows as they will stand in setup.xlsx.
        cases = [
            SampleCase(c.ref, c.auditor, c.agency, c.family_ref, row)
            for row, c in enumerate(cases, start=2)
        ]
    setup = Setup(settings, cases, lists or Lists.preset(settings.language))
    folder.mkdir(parents=True, exist_ok=True)
    write_setup(folder / SETUP_FILE, setup)
    (folder / STATE_DIR).mkdir(exist_ok=True)
    write_returns_readme(folder)
    return InitResult(folder, setup, issues, drawn_from)


RETURNS_README_TEXT = """\
Completed audit forms go in this folder.

- Save the form you filled in as .xlsx and put it here, or in a sub-folder (one per auditor
  is fine). Any file name will do: the form itself says which case it is.
- A form protected with a password is fine: give the password to the audit coordinator
  separately (by phone), never with the file.
- Put nothing else here: every file in this folder is read as a return.

The audit coordinator checks the returns with 'needsaudit check' and merges them for the
audit group's meeting with 'needsaudit merge'.
"""


def write_returns_readme(folder: Path) -> None:
    """returns/, where auditors drop completed forms, with a short note for them (written
    once: a coordinator may reword it)."""
    from .workbook import atomic_write_bytes

    readme = folder / RETURNS_DIR / RETURNS_README
    if not readme.exists():
        readme.parent.mkdir(parents=True, exist_ok=True)
        # Windows line ends, so Notepad shows the lines on a council laptop.
        atomic_write_bytes(readme, RETURNS_README_TEXT.replace("\n", "\r\n").encode("utf-8"))


class InvalidListError(NeedsAuditError):
    """The sample list has rows that cannot be used; nothing was written."""

    def __init__(self, issues: Iterable[Issue]) -> None:
        self.issues = list(issues)
        errors = [i for i in self.issues if i.is_error]
        n = len(errors)
        super().__init__(
            in_each_language(
                lambda: ngettext(
                    "The case list has {n} problem; nothing was written. Fix it and run again.",
                    "The case list has {n} problems; nothing was written. Fix them and run again.",
                    n,
                ).format(n=n)
            )
        )
