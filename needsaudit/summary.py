"""The commissioners' workbooks: Need Groups with their intervals and yearly estimates,
service gaps, costs, one profile per group, and data quality.

``summarise`` reads shuffle.xlsx as the group left it (values only: it never reads a live
formula column, since a workbook the tool wrote has no calculated values until an application
opens it) and setup.xlsx, computes everything once (``compute``), builds the model of every
count either workbook publishes with the sums that link them (``published_model``), and
writes it twice: ``summary.xlsx`` for the council, and ``summary-public.xlsx`` with the cells
``disclosure.suppress`` chose hidden as [c].

Only list values reach a summary (``listed``): a dropdown typed over counts as "Other (not in
the list)", the agency is the sample's, and the public workbook quotes no text from the forms.

Counting (also stated on the sheets): every figure counts children (cases) unless it says
needs. Siblings share a Family ref; a need held by a parent or the whole family appears on
each sibling's form, so such needs, and services received, are counted once per family
(for the first sibling in the sample) when counting needs, services and costs.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from . import __version__
from .audit import Lists, Setup, read_setup
from .disclosure import (
    STAGE_GROUPING,
    Key,
    Pattern,
    Relation,
    TableModel,
    open_pattern,
    suppress,
)
from .i18n import CY, EN, NP, Counted, M, Msg, Texts, Worded, _, count
from .issues import Issue, NeedsAuditError, NothingToDo, issue
from .names import (
    COL_AGREED,
    COL_STATUS,
    FIELDS,
    HIDDEN_MARK,
    NO_SERIOUSNESS,
    NOT_GROUPED,
    NOT_IN_SAMPLE,
    NOT_RECORDED,
    OTHER_VALUE,
    SH_COSTS,
    SH_GAPS,
    SH_OVERVIEW,
    SH_QUALITY,
    SH_S_ISSUES,
    SH_SERVICES,
    SH_SUM_GROUPS,
    SHUFFLE_FILE,
    SUM_COSTS_HEADER,
    SUM_GAPS_HEADER,
    SUM_GROUPS_HEADER,
    SUMMARY_FILE,
    SUMMARY_PUBLIC_FILE,
    Field,
    Kind,
    case_key,
    group_key,
)
from .quality import mask_identifiers
from .questions import NOT_ASKED, number_band, profile_categories
from .shufflebook import cell_text, read_shuffle
from .shufflewords import is_parked
from .stats import Interval, fpc_applies, wilson
from .styles import (
    CATEGORICAL,
    HEADER_FILL,
    RULE,
    SCALE_LOW,
    TEXT_SCALE_HIGH,
    TEXT_SCALE_MID,
    TEXT_STAYS_TEXT,
    Formats,
    text_height,
)
from .values import to_whole_number
from .workbook import atomic_write, now, refuse_if_open
from .xlsxscan import col_letters

# The Cases columns a summary reads: never the long text, never a live formula column.
SUMMARY_CASE_COLUMNS = (
    "Case ref",
    "Age",
    "Sex",
    "Legal status",
    "Primary need",
    COL_AGREED,
    COL_STATUS,
)
PARENT_WHO = {"mother", "father", "parent or carer", "whole family"}
AGE_BANDS = ("Under 1", "1-4", "5-9", "10-15", "16 and over", "Age not known")
QUALITY_CODES = ("service-terms", "assessment-terms", "universal-terms", "too-short")
# The Data Quality sheet's headings for those codes: words for people, not codes.
QUALITY_LABELS = {
    "service-terms": "Written as a service",
    "assessment-terms": "Written as an assessment",
    "universal-terms": "True of any child",
    "too-short": "Too short",
}


def age_band(age: Any) -> str:
    if not isinstance(age, int | float) or isinstance(age, bool):
        return AGE_BANDS[-1]
    if age < 1:
        return AGE_BANDS[0]
    if age < 5:
        return AGE_BANDS[1]
    if age < 10:
        return AGE_BANDS[2]
    if age < 16:
        return AGE_BANDS[3]
    return AGE_BANDS[4]


# --- the data, as read from the shuffle workbook --------------------------------------------


@dataclass(slots=True)
class Case:
    ref: str  # the sample's ref ("" for a case not in the sample): never shown in a workbook
    key: str
    agency: str  # the sample's agency, never what a return typed
    family: str  # family ref, or the case key when there is none
    group: str | None  # the defined group's label, or None (not grouped, parked, undefined)
    why_not: str = ""  # not grouped / parked / undefined
    agreed: str = ""
    highest: int = 0
    row: int = 0  # its row on the shuffle's Cases sheet (to name a case not in the sample)
    # Its category in each field the summaries tally (``tallied_fields``), by the field's
    # defined name: built-in (age band, legal status) and local alike; never free text.
    answers: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class NeedRow:
    key: str
    who: str
    area: str
    need: str
    seriousness: str
    outcome: str
    work: str
    service: str
    met: str
    quality: tuple[str, ...]


@dataclass(slots=True)
class ServiceRow:
    key: str
    service: str
    matched: str = ""  # the form's "Matched to needs": Yes, Partly, No or blank


@dataclass(slots=True)
class GroupFigures:
    label: str
    description: str
    cases: int
    interval: Interval
    per_year: tuple[float, float, float] | None
    # Profiles, keyed by list value (or OTHER_VALUE / NOT_RECORDED / NO_SERIOUSNESS).
    highest: Counter[str] = field(default_factory=Counter)
    areas: Counter[str] = field(default_factory=Counter)
    who: Counter[str] = field(default_factory=Counter)
    met: Counter[str] = field(default_factory=Counter)
    # Each tallied field's counts, by its profile key (``profile_key``): age, legal status,
    # the local questions.
    tallies: dict[str, Counter[str]] = field(default_factory=dict)
    needing: Counter[str] = field(default_factory=Counter)  # cases (families) needing a service
    receiving: Counter[str] = field(default_factory=Counter)
    gap: Counter[str] = field(default_factory=Counter)  # needing it, no matching service
    unneeded: Counter[str] = field(default_factory=Counter)  # receiving it, matched to no need
    needs: list[NeedRow] = field(default_factory=list)
    outcomes: list[str] = field(default_factory=list)
    work: list[str] = field(default_factory=list)
    cost_received: float = 0.0
    cost_needed: float = 0.0
    need_count: int = 0

    @property
    def key(self) -> str:
        return group_key(self.label) if self.label != NOT_GROUPED else REST_KEY

    def services(self) -> list[str]:
        """The group's services, biggest gap first (then by name: the same order every run)."""
        return sorted(set(self.needing) | set(self.receiving), key=lambda x: (-self.gap[x], x))


REST_KEY = "*rest"  # the not grouped / parked row (no group label can be this: labels are trimmed)


@dataclass(slots=True)
class Summary:
    setup: Setup
    cases: list[Case]
    groups: list[GroupFigures]  # the defined groups, in the group's order
    rest: GroupFigures  # not grouped, parked or undefined
    fpc: bool
    costed: bool
    quality: Counter[tuple[str, str]]  # (agency, code) -> needs
    missing: Counter[tuple[str, str]]  # (agency, what) -> count
    undefined: Counter[str]  # group names used on Cases but not defined
    issues: list[Issue]
    written: datetime
    profiles: dict[str, list[str]] = field(default_factory=dict)  # profile -> its categories

    @property
    def n(self) -> int:
        return len(self.cases)

    @property
    def agencies(self) -> list[str]:
        return sorted({c.agency for c in self.cases})

    def needs_by_agency(self) -> Counter[str]:
        agency_of = {c.key: c.agency for c in self.cases}
        out: Counter[str] = Counter()
        for g in [*self.groups, self.rest]:
            for need in g.needs:
                out[agency_of.get(need.key, NOT_RECORDED)] += 1
        return out

    def reasons(self) -> Counter[str]:
        return Counter(c.why_not for c in self.cases if not c.group)


def _number(cell: Any) -> Any:
    value = None if cell is None else cell.value
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def listed(value: str, allowed: Sequence[str]) -> str:
    """A value as the summaries may show it: a list value as the list spells it, OTHER_VALUE
    for anything else (text typed over a dropdown never reaches a summary), NOT_RECORDED for
    a blank."""
    text = " ".join(str(value or "").split())
    if not text:
        return NOT_RECORDED
    folded = text.casefold()
    for item in allowed:
        if item.casefold() == folded:
            return item
    return OTHER_VALUE


@dataclass(slots=True)
class Loaded:
    definitions: list[tuple[str, str]]  # (label, description) of the defined groups, in order
    cases: list[Case]
    needs: list[NeedRow]
    services: list[ServiceRow]
    missing: Counter[tuple[str, str]] = field(default_factory=Counter)


def load(folder: Path, setup: Setup) -> Loaded:
    """What a summary needs from shuffle.xlsx: the groups, the cases' list values and
    decisions, needs and services (free text only for the internal workbook's quotes)."""
    path = folder / SHUFFLE_FILE
    if not path.exists():
        from .shuffle import no_shuffle

        raise NeedsAuditError(no_shuffle(folder))
    tallied = tallied_fields(setup)
    shuffle = read_shuffle(path, setup, (*SUMMARY_CASE_COLUMNS, *(q.column for q in tallied)))
    definitions: list[tuple[str, str]] = []
    defined: dict[str, str] = {}
    for g in shuffle.groups:
        name = cell_text(g.get("Group"))
        if name and group_key(name) not in defined:
            defined[group_key(name)] = name
            definitions.append((name, cell_text(g.get("Description"))))
    lists = setup.lists
    cases = []
    for number, row in enumerate(shuffle.rows, start=2):
        if not row.key:
            continue
        c = row.cells
        agreed = cell_text(c.get(COL_AGREED))
        parked = is_parked(cell_text(c.get(COL_STATUS)))
        label = defined.get(group_key(agreed)) if agreed else None
        why = (
            ""
            if label and not parked
            else "parked"
            if parked
            else "undefined"
            if agreed
            else "not grouped"
        )
        sample = setup.case(row.key)
        answers = {
            q.name: field_category(q, c.get(q.column), lists)
            if q.column in shuffle.header
            else NOT_ASKED  # merged before the question was set: no return was asked it
            for q in tallied
        }
        cases.append(
            Case(
                ref=sample.ref if sample else "",
                key=row.key,
                # The sample's agency: a return may type anything over the pre-filled one.
                agency=(sample.agency or NOT_RECORDED) if sample else NOT_IN_SAMPLE,
                family=case_key(sample.family_ref if sample else "") or f"case:{row.key}",
                group=label if not why else None,
                why_not=why,
                agreed=agreed,
                row=number,
                answers=answers,
            )
        )
    keys = {c.key for c in cases}
    services_list = lists.values(SH_SERVICES)
    levels = [lv.value for lv in lists.seriousness]
    needs = [
        NeedRow(
            key=case_key(str(r.case_ref)),
            who=listed(str(r.who or ""), lists.who),
            area=listed(str(r.area or ""), [a for _, a in lists.areas]),
            need=str(r.need or ""),
            seriousness=listed(str(r.seriousness or ""), levels),
            outcome=str(r.outcome or ""),
            work=str(r.work or ""),
            service=listed(str(r.best_service or ""), services_list) if r.best_service else "",
            met=listed(str(r.met or ""), lists.met),
            # Quality holds codes, comma-separated (contract): data, not a message's words.
            quality=tuple(q.strip() for q in str(r.quality or "").split(",") if q.strip()),
        )
        for rows in shuffle.needs(skip=("If not met",)).values()
        for r in rows
        if case_key(str(r.case_ref)) in keys
    ]
    services = [
        ServiceRow(
            case_key(str(r.case_ref)),
            listed(str(r.service or ""), services_list) if r.service else "",
            str(r.matched or "").strip(),
        )
        for rows in shuffle.services(skip=("Provider", "Still open")).values()
        for r in rows
        if case_key(str(r.case_ref)) in keys
    ]
    missing: Counter[tuple[str, str]] = Counter()
    agency_of = {c.key: c.agency for c in cases}
    if shuffle.sheet(SH_S_ISSUES) is not None:
        header, rows = shuffle.table(SH_S_ISSUES, ("Case ref", "Code", "Field"))
        col = {h: i + 1 for i, h in enumerate(header)}
        label_of = {f.name: f.label for f in FIELDS}
        for _row, cells in rows:
            code = cell_text(cells.get(col.get("Code", 0)))
            key = case_key(cell_text(cells.get(col.get("Case ref", 0))))
            if key not in agency_of or code not in MISSING_CODES:
                continue
            what = MISSING_CODES[code]
            if code == "missing-answer":
                # Which answer, by the input's defined name (never the message's words); an
                # input of the tables, or an Issues sheet older than the Field column, is
                # counted as a required answer.
                what = label_of.get(cell_text(cells.get(col.get("Field", 0))), what)
            missing[(agency_of[key], what)] += 1
    return Loaded(definitions, cases, needs, services, missing)


# Issue codes that mean an answer is missing, as the Data Quality sheet names them (never the
# message: it is counted by kind, so nothing typed can reach the summary through it).
MISSING_CODES = {
    "missing-answer": "A required answer",
    "need-no-seriousness": "A need's seriousness",
    "need-no-outcome": "A need's desired outcome",
    "need-incomplete": "A need's who, area or best placed service",
    "service-incomplete": "A service's still open or matched",
    "no-services-answer": "Services received (or none)",
}


# --- the computation ------------------------------------------------------------------------


def compute(setup: Setup, data: Loaded) -> Summary:
    """Every figure of both workbooks, from the data alone (no workbook is written here)."""
    lists = setup.lists
    cases, services = data.cases, data.services
    tallied = tallied_fields(setup)
    levels = [lv.value for lv in lists.seriousness]
    areas = [a for _, a in lists.areas]
    services_list = lists.values(SH_SERVICES)
    needs = [
        replace(
            need,
            who=listed(need.who, lists.who),
            area=listed(need.area, areas),
            seriousness=listed(need.seriousness, levels),
            met=listed(need.met, lists.met),
            service=listed(need.service, services_list) if need.service else "",
        )
        for need in data.needs
    ]
    services = [
        replace(s, service=listed(s.service, services_list)) if s.service else s for s in services
    ]
    n = len(cases)
    annual = setup.settings.annual_number
    frame = setup.settings.sampling_frame
    by_key = {c.key: c for c in cases}
    needs_of: dict[str, list[NeedRow]] = {}
    for need in needs:
        needs_of.setdefault(need.key, []).append(need)
        level = lists.seriousness_rank(need.seriousness) or 0
        by_key[need.key].highest = max(by_key[need.key].highest, level)
    received_of: dict[str, dict[str, str]] = {}
    for s in services:
        if s.service:
            got = received_of.setdefault(s.key, {})
            # Matched if any row of it says so (a service listed twice).
            got[s.service] = s.matched if got.get(s.service) in (None, "", "No") else got[s.service]
    level_label = {lv.level: lv.value for lv in lists.seriousness}

    def figures(label: str, description: str, members: list[Case]) -> GroupFigures:
        k = len(members)
        # The interval is about the sampling frame the sample was drawn from (corrected when
        # the sample is a large part of it); yearly figures scale the share to the annual number.
        interval = wilson(k, n, population=frame)
        per_year = (
            (interval.share * annual, interval.low * annual, interval.high * annual)
            if annual
            else None
        )
        f = GroupFigures(label, description, k, interval, per_year)
        family_needs: set[tuple[str, str, str]] = set()
        family_services: set[tuple[str, str]] = set()
        for case in members:
            f.highest[level_label.get(case.highest, NO_SERIOUSNESS)] += 1
            for q in tallied:
                category = case.answers.get(q.name, NOT_RECORDED)
                f.tallies.setdefault(profile_key(q), Counter())[category] += 1
            needed: set[str] = set()
            for need in needs_of.get(case.key, []):
                parental = need.who.casefold() in PARENT_WHO
                # A parent's or the family's need appears on each sibling's form: once a family.
                dedupe = (case.family, need.who.casefold(), need.area.casefold())
                if parental and dedupe in family_needs:
                    continue
                if parental:
                    family_needs.add(dedupe)
                f.need_count += 1
                f.areas[need.area] += 1
                f.who[need.who] += 1
                f.met[need.met] += 1
                f.needs.append(need)
                if need.outcome:
                    f.outcomes.append(need.outcome)
                if need.work:
                    f.work.append(need.work)
                if need.service:
                    needed.add(need.service)
            received = received_of.get(case.key, {})
            # A received service meets a need that names it, or one that names another service
            # of its category when the auditor said it matched the needs.
            matched = {svc for svc, m in received.items() if m.casefold() != "no"}
            matched_categories = {lists.category(svc) for svc in matched}
            needed_categories = {lists.category(svc) for svc in needed}
            for service in sorted(needed):  # sorted: ties rank the same every run
                if (case.family, "need:" + service) not in family_services:
                    family_services.add((case.family, "need:" + service))
                    f.needing[service] += 1
                    f.cost_needed += lists.unit_cost(service) or 0.0
                    if service not in received and lists.category(service) not in (
                        matched_categories
                    ):
                        f.gap[service] += 1
            for service in sorted(received):
                if (case.family, "got:" + service) not in family_services:
                    family_services.add((case.family, "got:" + service))
                    f.receiving[service] += 1
                    f.cost_received += lists.unit_cost(service) or 0.0
                    # Received but needed by no need: only when no need names it or its
                    # category and the auditor said it was not matched to the needs
                    # (statutory casework that holds the plan is not "not needed").
                    if (
                        service not in needed
                        and lists.category(service) not in needed_categories
                        and received[service].casefold() == "no"
                    ):
                        f.unneeded[service] += 1
        return f

    groups = [
        figures(
            label,
            description,
            [c for c in cases if c.group and group_key(c.group) == group_key(label)],
        )
        for label, description in data.definitions
    ]
    rest = figures(NOT_GROUPED, REST_DESCRIPTION, [c for c in cases if not c.group])

    quality: Counter[tuple[str, str]] = Counter()
    agency_of = {c.key: c.agency for c in cases}
    for g in [*groups, rest]:
        for need in g.needs:
            for code in need.quality:
                if code in QUALITY_CODES:
                    quality[(agency_of[need.key], code)] += 1
    undefined: Counter[str] = Counter(c.agreed for c in cases if c.why_not == "undefined")
    issues = [
        issue(
            "undefined-group",
            file=SHUFFLE_FILE,
            case_ref=c.ref or None,
            sheet="Cases",
            case=c.ref or f"on row {c.row}",
        )
        for c in cases
        if c.why_not == "undefined"
    ]
    ordered = sorted(lists.seriousness, key=lambda lv: lv.level)
    # The published order: the most serious need, the built-in tallied fields, who and met
    # (need rows), then the local questions.
    profiles = {"highest": [lv.value for lv in ordered] + [NO_SERIOUSNESS]}
    for q in tallied:
        if not q.local:
            profiles[profile_key(q)] = field_categories(q, lists)
    profiles["who"] = [*lists.who, OTHER_VALUE, NOT_RECORDED]
    profiles["met"] = [*lists.met, OTHER_VALUE, NOT_RECORDED]
    for q in tallied:
        if q.local:
            profiles[profile_key(q)] = field_categories(q, lists)
    return Summary(
        setup,
        cases,
        groups,
        rest,
        fpc_applies(n, frame),
        any(item.unit_cost for item in lists.services),
        quality,
        data.missing,
        undefined,
        issues,
        now(),
        profiles,
    )


# --- disclosure control: the model of every published count ---------------------------------


def fig(kind: str, *parts: str) -> Key:
    """The key of a published count (one key however many sheets show it)."""
    return (kind, *parts)


def group_pages(extra_tables: int) -> int:
    """The pages a Need Group's sheet may take (printed at a readable size) with this many
    tables besides the built-in ones, two side by side: the first page holds one row of them
    (looked at: a second row made its type too small), each further three rows another page."""
    rows = (extra_tables + 1) // 2
    return 1 + (max(rows - 1, 0) + 2) // 3


NEED_PROFILES = ("highest", "who", "met")  # counted from need rows, not from a field
LOCAL_PROFILE = "q:"  # a local question's profile: this, then the question's defined name


def profile_counts(g: GroupFigures, profile: str) -> Counter[str]:
    if profile in NEED_PROFILES:
        counts: Counter[str] = getattr(g, profile)
        return counts
    return g.tallies.get(profile, Counter())


def tallied_fields(setup: Setup) -> list[Field]:
    """The fields the summaries tally per Need Group, from the field table: the built-in
    ones with a ``profile``, then the local lists, yes-no and whole numbers. Free text is
    never counted or quoted; dates are not tallied."""
    return [
        *(f for f in FIELDS if f.profile),
        *(q for q in setup.questions.fields if local_categories(q)),
    ]


def profile_key(f: Field) -> str:
    """The key of a tallied field's published counts."""
    return f.profile or LOCAL_PROFILE + f.name


def field_categories(f: Field, lists: Lists) -> list[str]:
    """Every category a tallied field is counted in, in the order shown (all of them, even
    empty ones: leaving one out would hint at a hidden count)."""
    if f.local:
        return local_categories(f)
    newer = [NOT_ASKED] if f.since > 1 else []  # older forms did not ask it
    if f.kind is Kind.AGE:
        return [*AGE_BANDS, *newer]
    values = lists.values(f.list_sheet) if f.list_sheet else list(f.choices)
    return [*values, OTHER_VALUE, NOT_RECORDED, *newer]


def field_category(f: Field, cell: Any, lists: Lists) -> str:
    """A case's answer to a tallied field as one of its categories."""
    if f.local:
        return local_category(f, cell)
    if cell is not None and cell_text(cell) == NOT_ASKED:
        return NOT_ASKED
    if f.kind is Kind.AGE:
        age = _number(cell)
        return age_band(int(age) if age is not None else None)
    return listed(cell_text(cell), lists.values(f.list_sheet) if f.list_sheet else f.choices)


def local_categories(q: Field) -> list[str]:
    return profile_categories(q, OTHER_VALUE, NOT_RECORDED) or []


def local_category(q: Field, cell: Any) -> str:
    """A case's answer to a tallied question as one of its categories."""
    value = None if cell is None else cell.value
    if value is None or (isinstance(value, str) and not value.strip()):
        return NOT_RECORDED
    if isinstance(value, str) and value.strip() == NOT_ASKED:
        return NOT_ASKED
    if q.kind is Kind.NUMBER:
        number = to_whole_number(value)
        return number_band(number) if number is not None and number >= 0 else OTHER_VALUE
    return listed(cell_text(cell), q.choices)


def published_model(s: Summary) -> TableModel:
    """Every count either workbook shows, and the sums that link them."""
    m = TableModel()
    n = m.add(fig("n"), s.n, stage=STAGE_GROUPING, fixed=True)
    rows = [*s.groups, s.rest]
    group_keys = [
        m.add(fig("group", g.key), g.cases, stage=STAGE_GROUPING, weight=10.0 * (g.cases + 1))
        for g in rows
    ]
    m.total_of(n, group_keys)
    reasons = s.reasons()
    inside = m.add(
        fig("grouping", "in"), sum(g.cases for g in s.groups), stage=STAGE_GROUPING, total=True
    )
    m.total_of(inside, group_keys[:-1])
    parts = [
        m.add(fig("grouping", why), reasons.get(why, 0), stage=STAGE_GROUPING) for why in WHY_NOT
    ]
    m.total_of(n, [inside, *parts])
    m.total_of(group_keys[-1], parts)
    named = [
        m.add(fig("undefined", group_key(name)), count, stage=STAGE_GROUPING)
        for name, count in sorted(s.undefined.items())
    ]
    if named:
        m.total_of(parts[2], named)
    for key in named:
        m.at_least_one([key])  # a name is listed only when some case uses it
    for g, gk in zip(rows, group_keys, strict=True):
        needs = m.add(fig("needs", g.key), g.need_count, parent=gk, total=True)
        for profile, categories in s.profiles.items():
            counts = profile_counts(g, profile)
            keys = [m.add(fig(profile, g.key, c), counts.get(c, 0), parent=gk) for c in categories]
            m.total_of(needs if profile in ("who", "met") else gk, keys)
        for service in g.services():
            needing = m.add(fig("needing", g.key, service), g.needing[service], parent=gk)
            receiving = m.add(fig("receiving", g.key, service), g.receiving[service], parent=gk)
            m.at_most(m.add(fig("gap", g.key, service), g.gap[service], parent=gk), needing)
            m.at_most(
                m.add(fig("unneeded", g.key, service), g.unneeded[service], parent=gk), receiving
            )
            # A service is listed only when some case needs or receives it.
            m.at_least_one([needing, receiving])
    written = s.needs_by_agency()
    agency_keys = []
    for agency in s.agencies:
        total = m.add(fig("written", agency), written.get(agency, 0))
        agency_keys.append(total)
        for code in QUALITY_CODES:
            m.at_most(m.add(fig("quality", agency, code), s.quality.get((agency, code), 0)), total)
    # Needs written by all agencies are the needs of all the rows on Need Groups.
    m.relations.append(
        Relation(
            tuple([(k, 1) for k in agency_keys] + [(fig("needs", g.key), -1) for g in rows]), 0
        )
    )
    for (agency, what), k in sorted(s.missing.items()):
        m.at_least_one([m.add(fig("missing", agency, what), k)])
    return m


WHY_NOT = ("not grouped", "parked", "undefined")
WHY_LABELS = {
    "not grouped": M("summary.why.not-grouped", "Not grouped yet"),
    "parked": M("summary.why.parked", "Parked"),
    "undefined": M("summary.why.undefined", "In a group not defined"),
}
REST_DESCRIPTION = (
    "Cases not in a defined group: not grouped yet, parked, or in a group not on the Need "
    "Groups sheet."
)
# The summary's own values (profiles' categories, the rest of the cases), by their English,
# which is also how they are counted: shown in the audit's language.
FIXED_WORDS: dict[str, Msg] = {
    OTHER_VALUE: M("summary.value.other", "Other (not in the list)"),
    NOT_RECORDED: M("summary.value.not-recorded", "Not recorded"),
    NO_SERIOUSNESS: M("summary.value.no-seriousness", "None recorded"),
    NOT_IN_SAMPLE: M("summary.value.not-in-sample", "Not in the sample"),
    NOT_GROUPED: M("summary.value.not-grouped", "Not grouped or parked"),
    REST_DESCRIPTION: M(
        "summary.value.rest",
        "Cases not in a defined group: not grouped yet, parked, or in a group not on the Need "
        "Groups sheet.",
    ),
    "Under 1": M("summary.age.under-1", "Under 1"),
    "16 and over": M("summary.age.16-and-over", "16 and over"),
    "Age not known": M("summary.age.not-known", "Age not known"),
    "A required answer": M("summary.missing.answer", "A required answer"),
    "A need's seriousness": M("summary.missing.seriousness", "A need's seriousness"),
    "A need's desired outcome": M("summary.missing.outcome", "A need's desired outcome"),
    "A need's who, area or best placed service": M(
        "summary.missing.need", "A need's who, area or best placed service"
    ),
    "A service's still open or matched": M(
        "summary.missing.service", "A service's still open or matched"
    ),
    "Services received (or none)": M("summary.missing.services", "Services received (or none)"),
}
# Sheet names in the audit's language (bilingual: Welsh - English when both fit in Excel's 31
# characters, else the Welsh).
SHEET_WORDS: dict[str, Msg] = {
    SH_OVERVIEW: M("summary.sheet.overview", "Overview"),
    SH_SUM_GROUPS: M("summary.sheet.need-groups", "Need Groups"),
    SH_GAPS: M("summary.sheet.service-gaps", "Service Gaps"),
    SH_COSTS: M("summary.sheet.costs", "Costs"),
    SH_QUALITY: M("summary.sheet.data-quality", "Data Quality"),
}
HEADER_WORDS: dict[str, Msg] = {
    "Group": M("summary.col.group", "Group"),
    "Description": M("summary.col.description", "Description"),
    "Cases": M("summary.col.cases", "Cases"),
    "Share": M("summary.col.share", "Share"),
    "Share low": M("summary.col.share-low", "Share low"),
    "Share high": M("summary.col.share-high", "Share high"),
    "Per year": M("summary.col.per-year", "Per year"),
    "Per year low": M("summary.col.per-year-low", "Per year low"),
    "Per year high": M("summary.col.per-year-high", "Per year high"),
    "Most common areas of need": M("summary.col.areas", "Most common areas of need"),
    "Needs": M("summary.col.needs", "Needs"),
    "Service": M("summary.col.service", "Service"),
    "Cases needing": M("summary.col.cases-needing", "Cases needing"),
    "Cases receiving": M("summary.col.cases-receiving", "Cases receiving"),
    "Needing not receiving": M("summary.col.gap", "Needing not receiving"),
    "Receiving not needing": M("summary.col.unneeded", "Receiving not needing"),
    "Received: sample": M("summary.col.received-sample", "Received: sample"),
    "Received: a year": M("summary.col.received-year", "Received: a year"),
    "Needed: sample": M("summary.col.needed-sample", "Needed: sample"),
    "Needed: a year": M("summary.col.needed-year", "Needed: a year"),
    "Needed minus received (a year)": M(
        "summary.col.needed-minus-received", "Needed minus received (a year)"
    ),
    "Agency": M("summary.col.agency", "Agency"),
    "Needs written": M("summary.col.needs-written", "Needs written"),
    "What is missing": M("summary.col.what-missing", "What is missing"),
    "Count": M("summary.col.count", "Count"),
    QUALITY_LABELS["service-terms"]: M("summary.col.service-terms", "Written as a service"),
    QUALITY_LABELS["assessment-terms"]: M(
        "summary.col.assessment-terms", "Written as an assessment"
    ),
    QUALITY_LABELS["universal-terms"]: M("summary.col.universal-terms", "True of any child"),
    QUALITY_LABELS["too-short"]: M("summary.col.too-short", "Too short"),
}
ALL_CASES = M("summary.all-cases", "All cases")
CASES = NP("summary.cases", "{n} case", "{n} cases")
MONTHS = (
    M("month.1", "January"),
    M("month.2", "February"),
    M("month.3", "March"),
    M("month.4", "April"),
    M("month.5", "May"),
    M("month.6", "June"),
    M("month.7", "July"),
    M("month.8", "August"),
    M("month.9", "September"),
    M("month.10", "October"),
    M("month.11", "November"),
    M("month.12", "December"),
)
OF_CASES = NP("summary.of-cases", "{k} of {n} case", "{k} of {n} cases")
CHILDREN_A_YEAR = NP(
    "summary.children-a-year", "about {count} child a year", "about {count} children a year"
)
LARGEST_GAP = NP(
    "summary.largest-gap",
    "Largest gap: {n} case in {group} needed {service} and received neither it nor another "
    "service of its kind matched to their needs.",
    "Largest gap: {n} cases in {group} needed {service} and received neither it nor another "
    "service of its kind matched to their needs.",
)


# --- writing ------------------------------------------------------------------------------------


BOLD_WIDTH = 0.85  # bold type fits about this share of a column's plain characters
WELSH_WIDTH = 0.94  # Welsh (and bilingual) text fits about this share of an English estimate
PROFILE_WIDTHS = (33, 7, 3, 33, 7)  # a group's profile: two tables side by side, portrait A4
OVERVIEW_TEXT = 80  # the Overview's text column: with its labels, portrait A4 at 100%


def _rows_for(pixels: float) -> int:
    """Default-height rows (15 pt) a drawing ``pixels`` tall covers."""
    return math.ceil(pixels * 0.75 / 15)


def _pct(value: float) -> str:
    return f"{value * 100:.0f}%"


def _money(value: float) -> str:
    return f"£{value:,.0f}"


def _sheet_name(index: int, label: str) -> str:
    name = re.sub(r"[\[\]:*?/\\']", " ", f"G{index} {label}").strip()
    return name[:31]


def write_summary(
    path: Path,
    summary: Summary,
    public: bool,
    model: TableModel | None = None,
    pattern: Pattern | None = None,
) -> None:
    """Write one summary workbook. The public one hides what ``pattern`` hides (worked out
    by ``suppress`` from ``model`` when not given)."""
    import xlsxwriter

    model = model or published_model(summary)
    threshold = summary.setup.settings.small_numbers
    if pattern is None:
        pattern = suppress(model, threshold) if public else open_pattern(model)

    def build(tmp: Path) -> None:
        # Strings never become formulas or links, whatever a group label or list value holds.
        wb = xlsxwriter.Workbook(
            str(tmp),
            TEXT_STAYS_TEXT,
        )
        s = summary.setup.settings
        wb.set_properties(
            {
                "title": f"Needs audit summary{' (public)' if public else ''}: {s.audit_name}",
                "author": "needsaudit",
                "comments": f"Written by needsaudit {__version__}",
                "created": summary.written,
            }
        )
        fmt = Formats(wb)
        writer = _Writer(wb, fmt, summary, model, pattern, public)
        writer.overview()
        writer.need_groups()
        writer.service_gaps()
        writer.costs()
        for index, group in enumerate(summary.groups, start=1):
            writer.group_sheet(index, group)
        writer.data_quality()
        wb.close()

    atomic_write(path, build)


class _Writer:
    def __init__(
        self,
        wb: Any,
        fmt: Formats,
        summary: Summary,
        model: TableModel,
        pattern: Pattern,
        public: bool,
    ) -> None:
        self.wb = wb
        self.fmt = fmt
        self.s = summary
        self.model = model
        self.pattern = pattern
        self.public = public
        self.threshold = summary.setup.settings.small_numbers
        self.title = fmt(bold=True, font_size=15)
        self.h2 = fmt(bold=True, font_size=11, font_color="#1F4E79")
        self.wrap = fmt(text_wrap=True)
        self.num = fmt(num_format="#,##0", align="right")
        self.pct = fmt(num_format="0%", align="right")
        self.money = fmt(num_format="£#,##0", align="right")
        self.right = fmt(align="right")
        self.bold = fmt(bold=True)
        self.total = fmt(bold=True, top=1, num_format="#,##0", align="right")
        self.total_label = fmt(bold=True, top=1)
        self.note = fmt.note
        self.levels = sorted(summary.setup.lists.seriousness, key=lambda lv: lv.level)
        self.t = Texts(summary.setup.settings.language)
        # Between two sentences of a note: bilingual, each sentence is Welsh then English.
        self.between = "\n" if self.t.bilingual else " "
        profiles = summary.profiles
        t = self.t
        highest = t.label(M("summary.col.highest", "Highest"))
        age = t.label(M("summary.col.age", "Age"))
        legal = t.label(M("summary.col.legal", "Legal"))
        self.group_header = [
            *(self.head(h) for h in SUM_GROUPS_HEADER),
            *[f"{highest}: {self.word(c)}" for c in profiles["highest"]],
            *[
                self.word(c) if c.startswith("Age") else f"{age} {self.word(c)}"
                for c in profiles["age"]
            ],
            *[f"{legal}: {self.word(c)}" for c in profiles["legal"]],
        ]
        self._heights: dict[tuple[str, int], float] = {}  # (sheet, row): height set so far
        # Figures' columns: wide enough for a Welsh heading's longest word ("Anghenion").
        self.figure_width = 9 if self.t.setting == EN else 11
        self.wrap_bold = fmt(bold=True, text_wrap=True)
        self.h2_wrap = fmt(bold=True, font_size=11, font_color="#1F4E79", text_wrap=True)
        # Hidden helper columns beside the Need Groups table: the chart's error bar arms.
        self.err_col = len(self.group_header) + 1

    # --- words in the audit's language ---------------------------------------------------

    def word(self, value: str) -> str:
        """A value as shown: the summary's own values in the audit's language; list values
        (already in it) and the group's words as they are."""
        message = FIXED_WORDS.get(value)
        return self.t.label(message) if message is not None else value

    def head(self, header: str) -> str:
        message = HEADER_WORDS.get(header)
        return self.t.label(message) if message is not None else header

    def value(self, sheet: str, value: str) -> str | Worded:
        """A list value to put in a sentence: in a bilingual audit, its words in each
        language, so each sentence holds its own language's."""
        if not self.t.bilingual:
            return value
        item = self.s.setup.lists.item(sheet, value)
        if not item.cy or item.label(self.t.setting) != value:
            return value
        return Worded({CY: item.cy, EN: item.en})

    def sheet(self, name: str) -> str:
        """A sheet's name in the audit's language (names.py holds the English)."""
        if self.t.setting == EN:
            return name
        names = [Texts.one(lang, SHEET_WORDS[name]) for lang in self.t.languages]
        both = " - ".join(names)
        return both if len(both) <= 31 and len(names) > 1 else names[0]

    def say(self, message: Msg | Counted) -> str:
        """A sentence in the audit's language (bilingual: the Welsh, then the English)."""
        if isinstance(message, Counted):
            return self.t.counted(message)
        return self.t.sentence(message)

    # --- what is shown ------------------------------------------------------------------

    def shown(self, key: Key) -> bool:
        return self.pattern.shown(key)

    def group_shown(self, g: GroupFigures) -> bool:
        return self.shown(fig("group", g.key))

    def put(self, ws: Any, r: int, c: int, key: Key, fmt: Any = None, align: str = "right") -> None:
        """A count as the pattern says: the number, [c] when hidden (aligned as the numbers
        beside it are), nothing when withheld."""
        if key in self.pattern.withheld:
            return
        if key in self.pattern.hidden:
            ws.write_string(r, c, HIDDEN_MARK, self.fmt(align=align))
            return
        ws.write_number(r, c, self.model.value(key), fmt or self.num)

    def _page(self, ws: Any, landscape: bool = False) -> None:
        ws.set_paper(9)
        if landscape:
            ws.set_landscape()
        ws.fit_to_pages(1, 0)
        # Bilingual pages hold twice the words: a little more of the paper for them.
        edge = 0.45 if self.t.bilingual else 0.6
        ws.set_margins(left=0.5, right=0.5, top=edge, bottom=0.6)
        s = self.s.setup.settings
        kind = self.t.label(
            M("summary.header.public", "PUBLIC: small numbers hidden")
            if self.public
            else M("summary.header.internal", "OFFICIAL: internal summary")
        ).replace("&", "&&")
        ws.set_header(f"&L&8{s.audit_name.replace('&', '&&')[:60]}&R&8{kind}")
        page = self.t.label(
            M("summary.footer.page", "Page {page} of {pages}", page="&P", pages="&N")
        )
        ws.set_footer(f"&L&8needsaudit&R&8{page}")

    def _note(self, ws: Any, r: int, last_col: int, text: str, chars: int = 120) -> None:
        """A note across the table's width (``chars`` characters of it), tall enough."""
        ws.merge_range(r, 0, r, last_col, "", self.note)
        ws.write_string(r, 0, text, self.note)
        ws.set_row(r, self._height(text, chars / 1.2))

    def _legend(self) -> str:
        return self.say(
            M(
                "summary.legend",
                "{mark}: a hidden count. It may be any number, 0 included: counts from 1 to "
                "{below} are hidden, and so are the counts around them that would let one be "
                "worked out. Zeros are otherwise shown.",
                mark=HIDDEN_MARK,
                below=self.threshold - 1,
            )
        )

    def _round_money(self, value: float) -> float:
        return round(value, -3) if self.public else round(value)

    # --- Overview -------------------------------------------------------------------------

    def overview(self) -> None:
        s = self.s
        st = s.setup.settings
        ws = self.wb.add_worksheet(self.sheet(SH_OVERVIEW))
        self._page(ws)
        ws.set_column(0, 0, 22)
        ws.set_column(1, 1, OVERVIEW_TEXT)
        ws.hide_gridlines(2)
        ws.write_string(
            0,
            0,
            self.t.label(M("summary.title", "Needs audit summary: {name}", name=st.audit_name)),
            self.title,
        )
        r = 2
        not_recorded = self.word(NOT_RECORDED)
        method = st.sample_method or not_recorded
        random = method.casefold().startswith("random")
        t = st.small_numbers
        month = MONTHS[s.written.month - 1]
        rows = [
            (M("summary.local-authority", "Local authority"), st.local_authority or not_recorded),
            (
                M("summary.written", "Written"),
                self.say(
                    M(
                        "summary.written-on",
                        "{day} {month} {year} by needsaudit {version}",
                        day=s.written.strftime("%d"),
                        month=month,
                        year=s.written.year,
                        version=__version__,
                    )
                ),
            ),
            (
                M("summary.workbook", "Workbook"),
                self.say(
                    M(
                        "summary.workbook.public",
                        "Public: counts from 1 to {below}, and the counts that would reveal "
                        "them, are hidden as {mark}. No need statement, story or other text from "
                        "the forms is shown; answers that are not in the audit's lists are "
                        "counted as '{other}'.",
                        below=t - 1,
                        mark=HIDDEN_MARK,
                        other=FIXED_WORDS[OTHER_VALUE],
                    )
                    if self.public
                    else M(
                        "summary.workbook.internal",
                        "Internal: for the council's own use. Share the public version "
                        "(summary-public.xlsx) more widely.",
                    )
                ),
            ),
            (
                M("summary.sample", "Sample"),
                self.say(
                    M(
                        "summary.sample.merged",
                        "{cases} merged.",
                        cases=count(CASES, s.n),
                    )
                )
                + (f"{self.between}{st.sample_description}" if st.sample_description else ""),
            ),
            (M("summary.sample-period", "Sample period"), st.sample_period or not_recorded),
            (M("summary.how-drawn", "How it was drawn"), method),
            (
                M("summary.what-it-means", "What that means"),
                self.say(
                    M(
                        "summary.random",
                        "A simple random sample: the 95% intervals below say how far the true "
                        "share could be from the sample's.",
                    )
                    if random
                    else M(
                        "summary.not-random",
                        "The sample was not drawn at random: the 95% intervals assume a simple "
                        "random sample, so treat them as a rough guide only.",
                    )
                ),
            ),
            (M("summary.intervals", "Intervals"), self._intervals_text()),
            (
                M("summary.yearly", "Yearly estimates"),
                self.say(
                    M(
                        "summary.yearly.scaled",
                        "Shares and their intervals are scaled to {annual} such children a year "
                        "(the annual number). If the sample is a snapshot of open cases, "
                        "long-running cases are over-represented compared with a year's new "
                        "cases, and the yearly figures lean towards them.",
                        annual=format(st.annual_number, ","),
                    )
                    if st.annual_number
                    else M(
                        "summary.yearly.none",
                        "No annual number in setup.xlsx: no yearly estimates.",
                    )
                ),
            ),
            (M("summary.counting", "Counting"), self._counting_text()),
            (
                M("summary.small-numbers", "Small numbers"),
                self.say(
                    M(
                        "summary.small-numbers.rule",
                        "{t} (counts from 1 to {below} are hidden in the public workbook)",
                        t=t,
                        below=t - 1,
                    )
                ),
            ),
        ]
        if self.public:
            rows.append((M("summary.hidden-counts", "Hidden counts"), self._public_rule_text()))
        for label, value in rows:
            ws.write_string(r, 0, self.t.label(label), self.wrap_bold)
            ws.write_string(r, 1, value, self.wrap)
            self._grow(ws, r, value, OVERVIEW_TEXT)
            self._grow(ws, r, self.t.label(label), 22, bold=True)
            r += 1
        r += 1
        ws.write_string(r, 0, self.t.label(M("summary.grouping", "Grouping")), self.h2)
        r += 1
        left = self.fmt(num_format="#,##0", align="left")
        in_group = self.t.label(M("summary.in-a-group", "In a Need Group"))
        ws.write_string(r, 0, in_group, self.wrap_bold)
        self._grow(ws, r, in_group, 22, bold=True)
        self.put(ws, r, 1, fig("grouping", "in"), left, "left")
        r += 1
        for why in WHY_NOT:
            why_label = self.t.label(WHY_LABELS[why])
            ws.write_string(r, 0, why_label, self.wrap_bold)
            self._grow(ws, r, why_label, 22, bold=True)
            self.put(ws, r, 1, fig("grouping", why), left, "left")
            r += 1
        merged = self.t.label(M("summary.cases-merged", "Cases merged"))
        ws.write_string(r, 0, merged, self.wrap_bold)
        self._grow(ws, r, merged, 22, bold=True)
        self.put(ws, r, 1, fig("n"), left, "left")
        r += 2
        ws.write_string(r, 0, self.t.label(M("summary.key-findings", "Key findings")), self.h2)
        r += 1
        for line in self.findings():
            ws.write_string(r, 0, "•", self.right)
            ws.write_string(r, 1, line, self.wrap)
            ws.set_row(r, self._height(line, OVERVIEW_TEXT))
            r += 1
        r += 1
        bottom = self._groups_chart(ws, r)
        # One page, the chart on it (a chart is never split over two pages). Bilingual, the
        # text in two languages takes a page and the chart the next, at a readable size.
        ws.print_area(0, 0, max(bottom, r), 1)
        if self.t.bilingual and bottom > r:
            ws.set_h_pagebreaks([r])
            ws.fit_to_pages(1, 2)
        else:
            ws.fit_to_pages(1, 1)

    def _intervals_text(self) -> str:
        st = self.s.setup.settings
        frame = st.sampling_frame
        if frame and self.s.fpc:
            return self.say(
                M(
                    "summary.intervals.fpc",
                    "95% Wilson intervals, narrowed by a finite-population correction: the {n} "
                    "cases are a large part of the {frame} they were drawn from (the sampling "
                    "frame in setup.xlsx).",
                    n=self.s.n,
                    frame=format(frame, ","),
                )
            )
        if frame:
            return self.say(
                M(
                    "summary.intervals.small",
                    "95% Wilson intervals. The sample is a small part of the {frame} cases it "
                    "was drawn from, so no finite-population correction is needed.",
                    frame=format(frame, ","),
                )
            )
        return self.say(
            M(
                "summary.intervals.no-frame",
                "95% Wilson intervals, without a finite-population correction: setup.xlsx "
                "records no sampling frame (how many cases the sample was drawn from).",
            )
        )

    def _counting_text(self) -> str:
        return self.say(
            M(
                "summary.counting.text",
                "Cases count children. Siblings sharing a Family ref count once for their "
                "family's needs and services. A case needs a service when one of its needs names "
                "it as best placed. A need counts as a gap when the case received neither that "
                "service nor another of its category (Services sheet of setup.xlsx) that the "
                "auditor said was matched to the needs. A service received counts as not needed "
                "only when the auditor said it was not matched to the needs and no need named it "
                "or its category.",
            )
        )

    def _public_rule_text(self) -> str:
        t = self.threshold
        return self.say(
            M(
                "summary.public-rule",
                "The hidden counts were chosen together across every sheet, so that for each one "
                "the range of values consistent with everything this workbook shows (every "
                "total, every sum and the same figure on another sheet) spans at least {t} whole "
                "numbers whenever it could be a count from 1 to {below}. Zeros are shown: a zero "
                "says only that no child in a group of {t} or more has that answer, which "
                "identifies nobody; a group whose own size is hidden shows no figures at all.",
                t=t,
                below=t - 1,
            )
        )

    def findings(self) -> list[str]:
        s = self.s
        out: list[str] = []
        shown = [(g, i) for i, g in enumerate(s.groups) if self.group_shown(g)]
        for g, _order in sorted(shown, key=lambda t: (-t[0].cases, t[1]))[:3]:
            values: dict[str, object] = {
                "group": g.label,
                "cases": count(OF_CASES, s.n, k=g.cases),
                "share": _pct(g.interval.share),
                "low": _pct(g.interval.low),
                "high": _pct(g.interval.high),
            }
            if g.per_year:
                year = round(g.per_year[0])
                values["year"] = count(CHILDREN_A_YEAR, year, count=format(year, ","))
                out.append(
                    self.say(
                        M(
                            "summary.finding.group-year",
                            "{group}: {cases} ({share}; 95% interval {low} to {high}), {year}.",
                            **values,
                        )
                    )
                )
            else:
                out.append(
                    self.say(
                        M(
                            "summary.finding.group",
                            "{group}: {cases} ({share}; 95% interval {low} to {high}).",
                            **values,
                        )
                    )
                )
        gaps = []
        for i, g in enumerate(s.groups):
            for service, gap in g.gap.items():
                # Quote only a figure the workbook itself shows.
                if gap and self.shown(fig("gap", g.key, service)):
                    gaps.append((-gap, i, service, g))
        for neg, _rank, service, g in sorted(gaps)[:3]:
            out.append(
                self.say(
                    count(
                        LARGEST_GAP, -neg, group=g.label, service=self.value(SH_SERVICES, service)
                    )
                )
            )
        if s.costed:
            costly = sorted(
                ((g.cost_received, i, g) for i, g in enumerate(s.groups) if self.group_shown(g)),
                key=lambda t: (-t[0], t[1]),
            )
            for cost, _rank, g in costly[:2]:
                out.append(
                    self.say(
                        M(
                            "summary.finding.cost",
                            "Services received by {group} cost {received} for the sample; their "
                            "needs called for {needed}.",
                            group=g.label,
                            received=_money(self._round_money(cost)),
                            needed=_money(self._round_money(g.cost_needed)),
                        )
                    )
                )
        if not s.groups:
            out.append(
                self.say(
                    M(
                        "summary.finding.no-groups",
                        "No Need Groups are defined yet on the shuffle workbook's Need Groups "
                        "sheet.",
                    )
                )
            )
        return out

    def _arms(self) -> tuple[list[float | None], list[float | None]]:
        plus: list[float | None] = []
        minus: list[float | None] = []
        for g in self.s.groups:
            shown = self.group_shown(g)
            plus.append(round(g.interval.high - g.interval.share, 4) if shown else None)
            minus.append(round(g.interval.share - g.interval.low, 4) if shown else None)
        return plus, minus

    def _groups_chart(self, ws: Any, row: int) -> int:
        """The Need Groups chart from ``row``; returns the last row it covers."""
        s = self.s
        if not s.groups:
            return row
        chart = self.wb.add_chart({"type": "bar"})
        n = len(s.groups)
        # The interval's arms come from hidden helper columns on Need Groups (LibreOffice draws
        # error bars only from cell ranges); blank for a suppressed group, like its point.
        plus, minus = self._arms()
        a, b = col_letters(self.err_col + 1), col_letters(self.err_col + 2)
        groups_sheet = self.sheet(SH_SUM_GROUPS)
        quoted = groups_sheet.replace("'", "''")
        chart.add_series(
            {
                "name": self.t.label(M("summary.chart.share", "Share of cases")),
                "categories": [groups_sheet, 1, 0, n, 0],
                "values": [groups_sheet, 1, 3, n, 3],
                "fill": {"color": CATEGORICAL[0]},
                # A bar chart's values run across: its error bars are x error bars.
                "x_error_bars": {
                    "type": "custom",
                    "plus_values": f"='{quoted}'!${a}$2:${a}${n + 1}",
                    "minus_values": f"='{quoted}'!${b}$2:${b}${n + 1}",
                    "plus_data": plus,
                    "minus_data": minus,
                    "end_style": 1,
                    "line": {"color": "#1A1A1A", "width": 1.25},
                },
                "data_labels": {
                    "value": True,
                    "num_format": "0%",
                    "position": "inside_base",
                    "font": {"color": "#FFFFFF", "bold": True},
                },
            }
        )
        chart.set_title(
            {
                "name": self.t.label(
                    M(
                        "summary.chart.groups",
                        "Need Groups: share of cases, with 95% intervals",
                    )
                )
            }
        )
        # The axis reaches past the highest interval shown, to the next 5% with room to spare:
        # an application left to choose may stop short of it and clip the interval.
        highs = [g.interval.high for g in s.groups if self.group_shown(g)]
        top = min(1.0, math.ceil((max(highs, default=0.1) + 0.01) * 20) / 20)
        chart.set_x_axis(
            {
                "num_format": "0%",
                "min": 0,
                "max": top,
                "major_unit": 0.05 if top <= 0.5 else 0.1,
                "major_gridlines": {"visible": True, "line": {"color": "#D9D9D9"}},
            }
        )
        chart.set_y_axis({"reverse": True})
        chart.set_legend({"none": True})
        height = max(260, 40 * n + 80)
        chart.set_size({"width": 700, "height": height})
        ws.insert_chart(row, 0, chart, {"x_offset": 5, "y_offset": 5})
        return row + _rows_for(height + 10)

    # --- Need Groups ------------------------------------------------------------------------

    def _areas_text(self, g: GroupFigures) -> str:
        top = [
            (a, k)
            for a, k in sorted(g.areas.items(), key=lambda t: (-t[1], t[0]))
            if a not in (OTHER_VALUE, NOT_RECORDED)
        ][:3]
        if self.public:
            # Names only, of areas with enough needs: the counts are not published elsewhere.
            return ", ".join(a for a, k in top if k >= self.threshold)
        return ", ".join(f"{a} ({k})" for a, k in top)

    def need_groups(self) -> None:
        s = self.s
        ws = self.wb.add_worksheet(self.sheet(SH_SUM_GROUPS))
        self._page(ws, landscape=True)
        header = self.group_header
        ws.write_row(0, 0, header, self.fmt.header)
        # Figures' headings sit over the figures, at the right.
        figures = self.fmt(
            bold=True,
            bg_color=HEADER_FILL,
            border=1,
            border_color=RULE,
            text_wrap=True,
            align="right",
        )
        for c in (*range(2, 9), *range(10, len(header))):
            ws.write_string(0, c, header[c], figures)
        fw = self.figure_width
        widths = [24, 46, *[fw] * 7, 40, *[fw] * (len(header) - 10)]
        for c, width in enumerate(widths):
            ws.set_column(c, c, width)
        printed = zip(header[:11], widths[:11], strict=True)  # the profiles are for the screen
        ws.set_row(0, max(self._height(h, w, pad=4) for h, w in printed))
        ws.print_area(0, 0, len(s.groups) + 6, 10)  # the figures; profiles are on group sheets
        rows = [*s.groups, s.rest]
        for r, g in enumerate(rows, start=1):
            label = g.label if g is not s.rest else self.word(g.label)
            description = g.description if g is not s.rest else self.word(g.description)
            ws.write_string(
                r,
                0,
                label,
                self.bold if g is not s.rest else self.fmt(italic=True, bold=True, text_wrap=True),
            )
            ws.write_string(r, 1, description, self.wrap)
            self.put(ws, r, 2, fig("group", g.key))
            if self.group_shown(g):
                for c, value in ((3, g.interval.share), (4, g.interval.low), (5, g.interval.high)):
                    ws.write_number(r, c, round(value, 4), self.pct)
                if g.per_year:
                    for c, value in zip((6, 7, 8), g.per_year, strict=True):
                        ws.write_number(r, c, round(value), self.num)
                ws.write_string(r, 9, self._areas_text(g), self.wrap)
            self.put(ws, r, 10, fig("needs", g.key))
            c = 11
            for profile in ("highest", "age", "legal"):
                for category in s.profiles[profile]:
                    self.put(ws, r, c, fig(profile, g.key, category))
                    c += 1
            texts = ((label, 24 * BOLD_WIDTH), (description, 46), (self._areas_text(g), 40))
            ws.set_row(r, max(self._height(t, w) for t, w in texts))
        plus, minus = self._arms()
        for r, (up, down) in enumerate(zip(plus, minus, strict=True), start=1):
            if up is not None and down is not None:
                ws.write_number(r, self.err_col, up)
                ws.write_number(r, self.err_col + 1, down)
        ws.write_string(
            0, self.err_col, self.t.label(M("summary.chart.above", "Chart: interval above"))
        )
        ws.write_string(
            0, self.err_col + 1, self.t.label(M("summary.chart.below", "Chart: interval below"))
        )
        ws.set_column(self.err_col, self.err_col + 1, 12, None, {"hidden": True})
        total_r = len(rows) + 1
        ws.write_string(total_r, 0, self.t.label(ALL_CASES), self.total_label)
        ws.write_number(total_r, 2, s.n, self.total)
        ws.write_number(total_r, 3, 1, self.fmt(bold=True, top=1, num_format="0%"))
        ws.freeze_panes(1, 1)
        note_r = total_r + 2
        self._note(
            ws,
            note_r,
            10,
            self.say(
                M(
                    "summary.note.groups",
                    "Cases counts children; the rows add up to All cases. Share is the group's "
                    "cases over all merged cases, with its 95% interval; per year scales the share "
                    "to the annual number. Profile columns (right of the printed area) count the "
                    "group's children by their most serious need, age and legal status: each set "
                    "adds up to the group's cases. 'Needs' counts need statements.",
                )
            ),
            170,
        )
        if self.public:
            self._note(ws, note_r + 1, 10, self._legend(), 170)

    # --- Service Gaps -------------------------------------------------------------------------

    def _service_order(self, g: GroupFigures) -> list[str]:
        """In the public workbook, the list's order: an order by size would hint at the sizes
        of hidden counts."""
        if not self.public:
            return g.services()
        order = {name: i for i, name in enumerate(self.s.setup.lists.values(SH_SERVICES))}
        return sorted(g.services(), key=lambda x: (order.get(x, len(order)), x))

    def service_gaps(self) -> None:
        s = self.s
        gaps_sheet = self.sheet(SH_GAPS)
        ws = self.wb.add_worksheet(gaps_sheet)
        self._page(ws, landscape=True)
        header = [self.head(h) for h in SUM_GAPS_HEADER]
        ws.write_row(0, 0, header, self.fmt.header)
        gap_widths = (24, 44, 13, 13, 13, 13)
        ws.set_row(
            0,
            max(
                30,
                *(
                    self._height(h, w * BOLD_WIDTH, pad=4)
                    for h, w in zip(header, gap_widths, strict=True)
                ),
            ),
        )
        ws.set_column(0, 0, 24)
        ws.set_column(1, 1, 44)
        ws.set_column(2, 5, 13)
        r = 1
        for g in s.groups:
            if not self.group_shown(g):
                continue  # a hidden group's services are not listed at all
            for service in self._service_order(g):
                ws.write_string(r, 0, g.label, self.wrap)
                ws.write_string(r, 1, service, self.wrap)
                self._grow(ws, r, g.label, 24)
                self._grow(ws, r, service, 44)
                for c, kind in enumerate(("needing", "receiving", "gap", "unneeded"), start=2):
                    self.put(ws, r, c, fig(kind, g.key, service))
                r += 1
        last = max(r - 1, 1)
        # Scales light enough for the black figures on them at their darkest (WCAG AA).
        scale = {
            "type": "3_color_scale",
            "min_color": SCALE_LOW,
            "mid_color": TEXT_SCALE_MID,
            "max_color": TEXT_SCALE_HIGH,
        }
        if r > 1:
            ws.conditional_format(1, 4, last, 4, scale)
            ws.conditional_format(
                1,
                5,
                last,
                5,
                {**scale, "max_color": "#9E9AC8", "mid_color": "#CBC9E2", "min_color": "#F2F0F7"},
            )
        ws.autofilter(0, 0, last, 5)
        ws.freeze_panes(1, 2)
        r += 1
        self._note(
            ws,
            r,
            5,
            self.say(
                M(
                    "summary.note.gaps",
                    "A case needs a service when one of its needs names it as best placed, and "
                    "receives it when it is among the services received. Needing not receiving: "
                    "it received neither that service nor another of its category that the "
                    "auditor said matched the needs. Receiving not needing: the auditor said it "
                    "was not matched to the needs, and no need named it or its category. Siblings "
                    "sharing a Family ref count once for their family's needs and services. "
                    "Colours run light to dark blue with the size of the gap (purple for services "
                    "received but not needed); the figures are always shown.",
                )
            )
            + (f"{self.between}{self._legend()}" if self.public else ""),
            130,
        )
        r += 2
        # The met table and its chart start a page of their own, so the chart is never split.
        ws.set_h_pagebreaks([r])
        met_title = self.t.label(M("summary.met.title", "Needs met, partly met and not met"))
        ws.merge_range(r, 0, r, 5, "", self.h2_wrap)
        ws.write_string(r, 0, met_title, self.h2_wrap)
        self._grow(ws, r, met_title, 120, bold=True)
        r += 1
        met_values = s.profiles["met"]
        met_header = [self.head("Group"), self.head("Needs"), *(self.word(m) for m in met_values)]
        ws.write_row(r, 0, met_header, self.fmt.header)
        ws.set_column(6, 1 + len(met_values), 13)
        ws.set_row(r, max(self._height(h, 13, pad=4) for h in met_header[2:]))
        first_met = r + 1
        for g in s.groups:
            r += 1
            ws.write_string(r, 0, g.label, self.wrap)
            self._grow(ws, r, g.label, 24)
            self.put(ws, r, 1, fig("needs", g.key))
            for c, m in enumerate(met_values, start=2):
                self.put(ws, r, c, fig("met", g.key, m))
        if s.groups:
            chart = self.wb.add_chart({"type": "bar", "subtype": "percent_stacked"})
            for k, m in enumerate(met_values):
                chart.add_series(
                    {
                        "name": self.word(m),
                        "categories": [gaps_sheet, first_met, 0, r, 0],
                        "values": [gaps_sheet, first_met, 2 + k, r, 2 + k],
                        "fill": {
                            "color": ("#08519C", "#6BAED6", "#E69F00", "#BDBDBD", "#999999")[k % 5]
                        },
                    }
                )
            chart.set_title(
                {
                    "name": self.t.label(
                        M("summary.chart.met", "Needs met, partly met, not met (share of needs)")
                    )
                }
            )
            chart.set_y_axis({"reverse": True})
            height = max(240, 36 * len(s.groups) + 90)
            chart.set_size({"width": 700, "height": height})
            ws.insert_chart(r + 2, 0, chart)
            r += 2 + _rows_for(height + 10)
        ws.print_area(0, 0, r, max(5, 1 + len(met_values)))

    # --- Costs ----------------------------------------------------------------------------

    def costs(self) -> None:
        s = self.s
        costs_sheet = self.sheet(SH_COSTS)
        ws = self.wb.add_worksheet(costs_sheet)
        self._page(ws, landscape=True)
        ws.set_column(0, 0, 26)
        ws.set_column(1, 6, 18)
        if not s.costed:
            text = self.say(
                M(
                    "summary.costs.none",
                    "No unit costs are filled in on the Services sheet of setup.xlsx, so "
                    "nothing is costed.",
                )
            )
            ws.merge_range(0, 0, 0, 6, "", self.wrap)
            ws.write_string(0, 0, text, self.wrap)
            self._grow(ws, 0, text, 26 + 6 * 18)
            return
        annual = s.setup.settings.annual_number
        scale = (annual / s.n) if (annual and s.n) else None
        header = [self.head(h) for h in SUM_COSTS_HEADER]
        ws.write_row(0, 0, header, self.fmt.header)
        ws.set_row(0, max(30, *(self._height(h, 18 * BOLD_WIDTH, pad=4) for h in header)))
        totals = [0.0, 0.0]
        r = 0
        for g in [*s.groups, s.rest]:
            r += 1
            label = g.label if g is not s.rest else self.word(g.label)
            ws.write_string(r, 0, label, self.wrap)
            self._grow(ws, r, label, 26)
            self.put(ws, r, 1, fig("group", g.key))
            totals[0] += g.cost_received
            totals[1] += g.cost_needed
            if not self.group_shown(g):
                continue
            values = [
                g.cost_received,
                g.cost_received * scale if scale else None,
                g.cost_needed,
                g.cost_needed * scale if scale else None,
            ]
            for c, value in enumerate(values, start=2):
                if value is not None:
                    ws.write_number(r, c, self._round_money(value), self.money)
            if scale:
                ws.write_number(
                    r, 6, self._round_money((g.cost_needed - g.cost_received) * scale), self.money
                )
        r += 1
        ws.write_string(r, 0, self.t.label(ALL_CASES), self.total_label)
        money_total = self.fmt(bold=True, top=1, num_format="£#,##0")
        ws.write_number(r, 2, self._round_money(totals[0]), money_total)
        ws.write_number(r, 4, self._round_money(totals[1]), money_total)
        if scale:
            ws.write_number(r, 3, self._round_money(totals[0] * scale), money_total)
            ws.write_number(r, 5, self._round_money(totals[1] * scale), money_total)
            ws.write_number(r, 6, self._round_money((totals[1] - totals[0]) * scale), money_total)
        self._note(
            ws,
            r + 2,
            6,
            self.say(
                M(
                    "summary.note.costs",
                    "Costs use the unit cost a case a year on the Services sheet of setup.xlsx. "
                    "'Received' costs the services the cases received; 'needed' costs the best "
                    "placed services their needs named. Yearly figures scale the sample by the "
                    "annual number.",
                )
            )
            + (
                self.between
                + self.say(
                    M(
                        "summary.note.costs-public",
                        "Public figures are rounded to the nearest £1,000; a group whose size is "
                        "hidden shows no costs.",
                    )
                )
                if self.public
                else ""
            ),
            140,
        )
        if s.groups:
            chart = self.wb.add_chart({"type": "bar"})
            n = len(s.groups)
            series = (
                (M("summary.chart.received", "Received"), 2),
                (M("summary.chart.needed", "Needed"), 4),
            )
            for k, (name, col) in enumerate(series):
                chart.add_series(
                    {
                        "name": self.t.label(name),
                        "categories": [costs_sheet, 1, 0, n, 0],
                        "values": [costs_sheet, 1, col, n, col],
                        "fill": {"color": CATEGORICAL[k]},
                    }
                )
            chart.set_title(
                {
                    "name": self.t.label(
                        M("summary.chart.costs", "Cost of services received and needed (sample)")
                    )
                }
            )
            chart.set_x_axis({"num_format": "£#,##0"})
            chart.set_y_axis({"reverse": True})
            height = max(240, 40 * n + 90)
            chart.set_size({"width": 700, "height": height})
            ws.insert_chart(r + 4, 0, chart)
            r += 4 + _rows_for(height + 10)
        # The table and its chart on one page: a chart is never split.
        ws.print_area(0, 0, r + 2, 6)
        ws.fit_to_pages(1, 1)

    # --- one sheet per group ---------------------------------------------------------------

    def group_sheet(self, index: int, g: GroupFigures) -> None:
        ws = self.wb.add_worksheet(_sheet_name(index, g.label))
        self._page(ws)
        ws.hide_gridlines(2)
        for col, width in enumerate(PROFILE_WIDTHS):
            ws.set_column(col, col, width)
        last = 4
        ws.merge_range(0, 0, 0, last, "", self.title)
        ws.write_string(0, 0, g.label, self.title)
        ws.merge_range(1, 0, 1, last, "", self.wrap)
        ws.write_string(1, 0, g.description, self.wrap)
        ws.set_row(1, self._height(g.description, sum(PROFILE_WIDTHS)))
        if self.group_shown(g):
            values: dict[str, object] = {
                "cases": count(OF_CASES, self.s.n, k=g.cases),
                "share": _pct(g.interval.share),
                "low": _pct(g.interval.low),
                "high": _pct(g.interval.high),
            }
            if g.per_year:
                year = round(g.per_year[0])
                share = self.say(
                    M(
                        "summary.group.share-year",
                        "{cases} ({share}, 95% interval {low} to {high}); {year} ({year_low} to "
                        "{year_high})",
                        **values,
                        year=count(CHILDREN_A_YEAR, year, count=format(year, ",")),
                        year_low=format(g.per_year[1], ",.0f"),
                        year_high=format(g.per_year[2], ",.0f"),
                    )
                )
            else:
                share = self.say(
                    M(
                        "summary.group.share",
                        "{cases} ({share}, 95% interval {low} to {high})",
                        **values,
                    )
                )
        else:
            share = self.say(
                M(
                    "summary.group.hidden",
                    "The group's size is hidden (fewer than {t} cases, or hidden so that another "
                    "small count cannot be worked out): no figures are shown.",
                    t=self.threshold,
                )
            )
        bold_wrap = self.fmt(bold=True, text_wrap=True)
        ws.merge_range(2, 0, 2, last, "", bold_wrap)
        ws.write_string(2, 0, share, bold_wrap)
        ws.set_row(2, self._height(share, sum(PROFILE_WIDTHS)))
        r = 4
        if not self.group_shown(g):
            return

        def table(row: int, col: int, title: Msg, profile: str) -> int:
            ws.write_string(row, col, self.t.label(title), self.h2_wrap)
            self._fit(ws, row, self.t.label(title), bold=True)
            row += 1
            # Every category, in the list's order: leaving out the empty ones, or ordering by
            # size, would hint at hidden counts.
            for category in self.s.profiles[profile]:
                shown = self.word(category)
                ws.write_string(row, col, shown, self.wrap)
                self.put(ws, row, col + 1, fig(profile, g.key, category))
                self._fit(ws, row, shown)
                row += 1
            return row

        left = table(r, 0, M("summary.profile.highest", "Most serious need (children)"), "highest")
        right = table(r, 3, M("summary.profile.age", "Age (children)"), "age")
        r = max(left, right) + 1
        left = table(r, 0, M("summary.profile.legal", "Legal status (children)"), "legal")
        right = table(r, 3, M("summary.profile.who", "Who holds the needs (needs)"), "who")
        r = max(left, right) + 1
        # The other tallied fields (the audit's own questions, a built-in one without a table
        # of its own above), two side by side, as the ones above.
        label_of = {profile_key(q): q.label for q in tallied_fields(self.s.setup)}
        laid_out = {"highest", "age", "legal", "who", "met"}
        local = [p for p in self.s.profiles if p in label_of and p not in laid_out]
        pages = group_pages(len(local))
        for i in range(0, len(local), 2):
            ends = [
                table(
                    r,
                    3 * j,
                    M("summary.profile.local", "{question} (children)", question=label_of[p]),
                    p,
                )
                for j, p in enumerate(local[i : i + 2])
            ]
            r = max(ends) + 1
        # The same services as on Service Gaps, in the same order.
        for col, title in (
            (0, M("summary.profile.needed", "Services needed (children)")),
            (3, M("summary.profile.received", "Services received (children)")),
        ):
            ws.write_string(r, col, self.t.label(title), self.h2_wrap)
            self._fit(ws, r, self.t.label(title), bold=True)
        for service in self._service_order(g):
            r += 1
            for col, kind in ((0, "needing"), (3, "receiving")):
                ws.write_string(r, col, service, self.wrap)
                self.put(ws, r, col + 1, fig(kind, g.key, service))
            self._fit(ws, r, service)
        r += 2
        if self.public:
            ws.merge_range(r, 0, r, last, "", self.note)
            ws.write_string(
                r,
                0,
                self.say(
                    M(
                        "summary.group.public-note",
                        "Need statements, outcomes and work are in the internal summary only: "
                        "they are the auditors' own words about a few children.",
                    )
                ),
                self.note,
            )
            ws.set_row(r, 30)
            ws.print_area(0, 0, r, last)
            ws.fit_to_pages(1, pages)
            return
        ws.write_string(
            r,
            0,
            self.t.label(M("summary.group.defining", "Defining needs (most typical first)")),
            self.h2,
        )
        r += 1
        # Bilingual headings take more of the page: fewer quotations keep it to one.
        quoted = 6 if self.t.bilingual else 8
        for need in self._typical(g)[:quoted]:
            statement, _ = mask_identifiers(need.need)
            text = f"{need.who}: {statement}" + (
                f" [{need.seriousness}]" if need.seriousness != NOT_RECORDED else ""
            )
            self._text_row(ws, r, last, text)
            r += 1
        r += 1
        for title, texts in (
            (M("summary.group.outcomes", "Desired outcomes"), g.outcomes),
            (M("summary.group.work", "Work to plan and do"), g.work),
        ):
            ws.write_string(r, 0, self.t.label(title), self.h2)
            r += 1
            ranked = sorted(Counter(texts).items(), key=lambda t: (-t[1], t[0]))[: quoted // 2]
            for text, k in ranked:
                masked, _ = mask_identifiers(text)
                self._text_row(ws, r, last, masked + (f" ({k})" if k > 1 else ""))
                r += 1
            r += 1
        ws.print_area(0, 0, r, last)
        ws.fit_to_pages(1, pages)

    def _text_row(self, ws: Any, r: int, last: int, text: str) -> None:
        ws.merge_range(r, 0, r, last, "", self.wrap)
        ws.write_string(r, 0, text, self.wrap)
        ws.set_row(r, self._height(text, sum(PROFILE_WIDTHS)))

    def _fit(self, ws: Any, r: int, text: str, bold: bool = False) -> None:
        """A profile row tall enough for its label (both halves share the row)."""
        self._grow(ws, r, text, PROFILE_WIDTHS[0], bold)

    def _height(self, text: str, width: float, pad: float = 3.0) -> float:
        """``text_height``, with room to spare outside English: Welsh words are longer and
        its letters wider (w, y), so lines break earlier than the estimate says."""
        return text_height(text, width * (1.0 if self.t.setting == EN else WELSH_WIDTH), pad=pad)

    def _grow(self, ws: Any, r: int, text: str, width: float, bold: bool = False) -> None:
        """Row ``r`` at least tall enough for ``text`` wrapped in a column ``width`` wide
        (bold type is wider): Welsh and bilingual words are longer than English ones."""
        key = (ws.name, r)
        need = self._height(text, width * (BOLD_WIDTH if bold else 1.0))
        self._heights[key] = max(self._heights.get(key, 0.0), need)
        ws.set_row(r, self._heights[key])

    @staticmethod
    def _typical(g: GroupFigures) -> list[NeedRow]:
        """Need statements, most typical first: by how common their (who, area) pair is in
        the group, then by seriousness."""
        pairs = Counter((n.who, n.area) for n in g.needs)
        seen: set[str] = set()
        out = []
        # Statements that follow the rules first: they describe the need, not a service.
        order = sorted(
            g.needs, key=lambda n: (bool(n.quality), -pairs[(n.who, n.area)], n.seriousness, n.need)
        )
        for need in order:
            folded = need.need.casefold()
            if folded not in seen:
                seen.add(folded)
                out.append(need)
        return out

    # --- Data Quality -------------------------------------------------------------------------

    def data_quality(self) -> None:
        s = self.s
        t = self.t
        ws = self.wb.add_worksheet(self.sheet(SH_QUALITY))
        self._page(ws, landscape=True)
        ws.set_column(0, 0, 30)
        ws.set_column(1, 6, 16)
        ws.write_string(0, 0, t.label(M("summary.quality.title", "Data quality")), self.title)
        r = 2
        ws.write_string(
            r,
            0,
            t.label(
                M(
                    "summary.quality.rules",
                    "Need statements that break the rules, by agency (needs)",
                )
            ),
            self.h2,
        )
        r += 1
        header = [
            self.head(h)
            for h in ("Agency", "Needs written", *(QUALITY_LABELS[c] for c in QUALITY_CODES))
        ]
        ws.write_row(r, 0, header, self.fmt.header)
        ws.set_row(r, max(self._height(h, 16, pad=4) for h in header))
        for agency in s.agencies:
            r += 1
            ws.write_string(r, 0, self.word(agency))
            self.put(ws, r, 1, fig("written", agency))
            for c, code in enumerate(QUALITY_CODES, start=2):
                self.put(ws, r, c, fig("quality", agency, code))
        r += 2
        ws.write_string(
            r, 0, t.label(M("summary.quality.missing", "Missing answers, by agency")), self.h2
        )
        r += 1
        missing_header = [self.head(h) for h in ("Agency", "What is missing", "Count")]
        ws.write_row(r, 0, missing_header, self.fmt.header)
        for h, w in zip(missing_header, (30, 16, 16), strict=True):
            self._grow(ws, r, h, w, bold=True)
        for agency, what in sorted(s.missing):
            r += 1
            ws.write_string(r, 0, self.word(agency), self.wrap)
            ws.write_string(r, 1, self.word(what), self.wrap)
            self._grow(ws, r, self.word(agency), 30)
            self._grow(ws, r, self.word(what), 16)
            self.put(ws, r, 2, fig("missing", agency, what))
        if not s.missing:
            r += 1
            ws.write_string(
                r, 0, t.label(M("summary.quality.none-recorded", "None recorded.")), self.note
            )
        r += 2
        ws.write_string(
            r, 0, t.label(M("summary.quality.not-grouped", "Cases not in a Need Group")), self.h2
        )
        for why in WHY_NOT:
            r += 1
            ws.write_string(r, 0, t.label(WHY_LABELS[why]), self.wrap)
            self._grow(ws, r, t.label(WHY_LABELS[why]), 30)
            self.put(ws, r, 1, fig("grouping", why))
        r += 2
        ws.write_string(
            r,
            0,
            t.label(
                M(
                    "summary.quality.undefined",
                    "Groups used on Cases but not defined on Need Groups",
                )
            ),
            self.h2,
        )
        if not s.undefined:
            r += 1
            ws.write_string(r, 0, t.label(M("summary.quality.none", "None.")), self.note)
        for name in sorted(s.undefined):
            r += 1
            ws.write_string(r, 0, name)
            self.put(ws, r, 1, fig("undefined", group_key(name)))
        r += 2
        self._note(
            ws,
            r,
            6,
            self.say(
                M(
                    "summary.note.quality",
                    "By agency (the agency the sample in setup.xlsx gives for the case), never by "
                    "auditor. Counts of needs are counts of need statements; the agencies' needs "
                    "written add up to the Needs on the Need Groups sheet.",
                )
            ),
        )
        if self.t.setting != EN:
            ws.fit_to_pages(1, 1)  # longer words, the same one page


# --- the step ---------------------------------------------------------------------------------


@dataclass(slots=True)
class SummaryResult:
    summary: Summary
    paths: tuple[Path, Path]
    not_grouped: list[str]  # the sample's case refs, for the terminal only
    parked: list[str]
    undefined: list[str]
    pattern: Pattern | None = None

    @property
    def issues(self) -> list[Issue]:
        return self.summary.issues


def _shown_refs(cases: list[Case], why: str) -> list[str]:
    # The sample's refs; a case not in the sample is named by its row on Cases (never by the
    # ref a return typed).
    return [c.ref or f"row {c.row} of Cases" for c in cases if c.why_not == why]


def summarise(folder: Path, setup: Setup | None = None, ignore_lock: bool = False) -> SummaryResult:
    """Read shuffle.xlsx and setup.xlsx, write summary.xlsx and summary-public.xlsx."""
    setup = setup or read_setup(folder)
    internal, public = folder / SUMMARY_FILE, folder / SUMMARY_PUBLIC_FILE
    for path in (internal, public):
        refuse_if_open(path, ignore_lock)
    data = load(folder, setup)
    if not data.cases:
        raise NothingToDo(
            _(
                "{file} has no cases to summarise yet: merge the returns first ('needsaudit "
                "merge {folder}'). Nothing was written."
            ).format(file=SHUFFLE_FILE, folder=folder)
        )
    summary = compute(setup, data)
    model = published_model(summary)
    write_summary(internal, summary, public=False, model=model, pattern=open_pattern(model))
    pattern = suppress(model, setup.settings.small_numbers)
    write_summary(public, summary, public=True, model=model, pattern=pattern)
    return SummaryResult(
        summary,
        (internal, public),
        _shown_refs(summary.cases, "not grouped"),
        _shown_refs(summary.cases, "parked"),
        _shown_refs(summary.cases, "undefined"),
        pattern,
    )
