"""The commissioners' workbooks: Need Groups with their intervals and yearly estimates,
service gaps, costs, one profile per group, and data quality.

``summarise`` reads shuffle.xlsx as the group left it (values only: it never reads a live
formula column, since a workbook the tool wrote has no calculated values until an application
opens it) and setup.xlsx, computes everything once (``compute``), and writes it twice:
``summary.xlsx`` for the council, and ``summary-public.xlsx`` with small numbers hidden.

Counting (also stated on the sheets): every figure counts children (cases) unless it says
needs. Siblings share a Family ref; a need held by a parent or the whole family appears on
each sibling's form, so such needs, and services received, are counted once per family
(for the first sibling in the sample) when counting needs, services and costs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from . import __version__
from .audit import Setup, read_setup
from .issues import Issue, NeedsAuditError, NothingToDo, issue
from .names import (
    COL_AGREED,
    COL_STATUS,
    NOT_GROUPED,
    SH_COSTS,
    SH_GAPS,
    SH_OVERVIEW,
    SH_QUALITY,
    SH_S_ISSUES,
    SH_S_NEEDS,
    SH_S_SERVICES,
    SH_SUM_GROUPS,
    SHUFFLE_FILE,
    STATUS_PARKED,
    SUMMARY_FILE,
    SUMMARY_PUBLIC_FILE,
    case_key,
    group_key,
)
from .shuffle import OldShuffle, read_old
from .stats import Interval, fpc_applies, wilson
from .styles import CATEGORICAL, SCALE_HIGH, SCALE_LOW, SCALE_MID, Formats
from .workbook import atomic_write, now, refuse_if_open
from .xlsxscan import col_letters

# The Cases columns a summary reads: never the long text, never a live formula column.
SUMMARY_CASE_COLUMNS = (
    "Case ref",
    "Agency",
    "Age",
    "Sex",
    "Legal status",
    "Primary need",
    "Family ref",
    COL_AGREED,
    COL_STATUS,
)
PARENT_WHO = {"mother", "father", "parent or carer", "whole family"}
AGE_BANDS = ("Under 1", "1-4", "5-9", "10-15", "16 and over", "Age not known")
QUALITY_CODES = ("service-terms", "assessment-terms", "universal-terms", "too-short")


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
    ref: str
    key: str
    agency: str
    age: Any
    sex: str
    legal_status: str
    primary_need: str
    family: str  # family ref, or the case key when there is none
    group: str | None  # the defined group's label, or None (not grouped, parked, undefined)
    why_not: str = ""  # not grouped / parked / undefined
    agreed: str = ""
    highest: int = 0


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


@dataclass(slots=True)
class GroupFigures:
    label: str
    description: str
    cases: int
    interval: Interval
    per_year: tuple[float, float, float] | None
    highest: Counter[int] = field(default_factory=Counter)
    ages: Counter[str] = field(default_factory=Counter)
    legal: Counter[str] = field(default_factory=Counter)
    sex: Counter[str] = field(default_factory=Counter)
    areas: Counter[str] = field(default_factory=Counter)
    who: Counter[str] = field(default_factory=Counter)
    met: Counter[str] = field(default_factory=Counter)
    needing: Counter[str] = field(default_factory=Counter)  # cases (families) needing a service
    receiving: Counter[str] = field(default_factory=Counter)
    both: Counter[str] = field(default_factory=Counter)
    needs: list[NeedRow] = field(default_factory=list)
    outcomes: list[str] = field(default_factory=list)
    work: list[str] = field(default_factory=list)
    cost_received: float = 0.0
    cost_needed: float = 0.0
    need_count: int = 0


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

    @property
    def n(self) -> int:
        return len(self.cases)


def _text(cell: Any) -> str:
    from .shuffle import _comparable, _value

    return _comparable(_value(cell))


def _number(cell: Any) -> Any:
    value = None if cell is None else cell.value
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def load(
    folder: Path, setup: Setup
) -> tuple[OldShuffle, list[Case], list[NeedRow], list[ServiceRow]]:
    path = folder / SHUFFLE_FILE
    if not path.exists():
        raise NeedsAuditError(
            f"No {SHUFFLE_FILE} in {folder}: run 'needsaudit merge {folder}' first."
        )
    shuffle = read_old(path, setup, SUMMARY_CASE_COLUMNS)
    defined: dict[str, str] = {}
    for g in shuffle.groups:
        name = _text(g.get("Group"))
        if name and group_key(name) not in defined:
            defined[group_key(name)] = name
    cases = []
    for row in shuffle.rows:
        if not row.key:
            continue
        c = row.cells
        agreed = _text(c.get(COL_AGREED))
        parked = group_key(_text(c.get(COL_STATUS))) == group_key(STATUS_PARKED)
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
        age = _number(c.get("Age"))
        cases.append(
            Case(
                ref=_text(c.get("Case ref")),
                key=row.key,
                agency=_text(c.get("Agency")) or "Not recorded",
                age=int(age) if age is not None else None,
                sex=_text(c.get("Sex")),
                legal_status=_text(c.get("Legal status")),
                primary_need=_text(c.get("Primary need")),
                family=case_key(_text(c.get("Family ref"))) or f"case:{row.key}",
                group=label if not why else None,
                why_not=why,
                agreed=agreed,
            )
        )
    keys = {c.key for c in cases}
    needs = [
        NeedRow(
            key=case_key(str(r[0])),
            who=str(r[1] or ""),
            area=str(r[2] or ""),
            need=str(r[3] or ""),
            seriousness=str(r[5] or ""),
            outcome=str(r[6] or ""),
            work=str(r[7] or ""),
            service=str(r[8] or ""),
            met=str(r[9] or ""),
            quality=tuple(q.strip() for q in str(r[10] or "").split(",") if q.strip()),
        )
        for rows in shuffle.old_rows(SH_S_NEEDS, ("If not met",)).values()
        for r in rows
        if case_key(str(r[0])) in keys
    ]
    services = [
        ServiceRow(case_key(str(r[0])), str(r[1] or ""))
        for rows in shuffle.old_rows(
            SH_S_SERVICES, ("Provider", "Still open", "Matched to needs")
        ).values()
        for r in rows
        if case_key(str(r[0])) in keys
    ]
    return shuffle, cases, needs, services


# --- the computation ------------------------------------------------------------------------


def compute(
    setup: Setup,
    shuffle: OldShuffle,
    cases: list[Case],
    needs: list[NeedRow],
    services: list[ServiceRow],
) -> Summary:
    """Every figure of both workbooks, from the data alone (no workbook is written here)."""
    lists = setup.lists
    n = len(cases)
    annual = setup.settings.annual_number
    by_key = {c.key: c for c in cases}
    needs_of: dict[str, list[NeedRow]] = {}
    for need in needs:
        needs_of.setdefault(need.key, []).append(need)
        level = lists.seriousness_rank(need.seriousness) or 0
        by_key[need.key].highest = max(by_key[need.key].highest, level)
    received_of: dict[str, set[str]] = {}
    for s in services:
        if s.service:
            received_of.setdefault(s.key, set()).add(s.service)

    definitions = []
    seen = set()
    for g in shuffle.groups:
        label = _text(g.get("Group"))
        if label and group_key(label) not in seen:
            seen.add(group_key(label))
            definitions.append((label, _text(g.get("Description"))))

    def figures(label: str, description: str, members: list[Case]) -> GroupFigures:
        k = len(members)
        interval = wilson(k, n, population=annual)
        per_year = (
            (interval.share * annual, interval.low * annual, interval.high * annual)
            if annual
            else None
        )
        f = GroupFigures(label, description, k, interval, per_year)
        family_needs: set[tuple[str, str, str]] = set()
        family_services: set[tuple[str, str]] = set()
        for case in members:
            f.highest[case.highest] += 1
            f.ages[age_band(case.age)] += 1
            f.legal[case.legal_status or "Not recorded"] += 1
            f.sex[case.sex or "Not recorded"] += 1
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
                f.areas[need.area or "Not recorded"] += 1
                f.who[need.who or "Not recorded"] += 1
                f.met[need.met or "Not recorded"] += 1
                f.needs.append(need)
                if need.outcome:
                    f.outcomes.append(need.outcome)
                if need.work:
                    f.work.append(need.work)
                if need.service:
                    needed.add(need.service)
            received = received_of.get(case.key, set())
            for service in sorted(needed):  # sorted: ties rank the same every run
                if (case.family, "need:" + service) not in family_services:
                    family_services.add((case.family, "need:" + service))
                    f.needing[service] += 1
                    f.cost_needed += lists.unit_cost(service) or 0.0
            for service in sorted(received):
                if (case.family, "got:" + service) not in family_services:
                    family_services.add((case.family, "got:" + service))
                    f.receiving[service] += 1
                    f.cost_received += lists.unit_cost(service) or 0.0
                    if service in needed:
                        f.both[service] += 1
        return f

    groups = [
        figures(
            label,
            description,
            [c for c in cases if c.group and group_key(c.group) == group_key(label)],
        )
        for label, description in definitions
    ]
    rest = figures(
        NOT_GROUPED,
        "Cases not in a defined group: not grouped yet, parked, or in a group not on the Need "
        "Groups sheet.",
        [c for c in cases if not c.group],
    )

    quality: Counter[tuple[str, str]] = Counter()
    for need in needs:
        for code in need.quality:
            quality[(by_key[need.key].agency, code)] += 1
    missing: Counter[tuple[str, str]] = Counter()
    agency_of = {c.ref.casefold(): c.agency for c in cases}
    info = shuffle.package.sheet(SH_S_ISSUES)
    if info is not None:
        from .shuffle import _table

        header, rows = _table(shuffle.package, SH_S_ISSUES, ("Case ref", "Code", "Message"))
        col = {h: i + 1 for i, h in enumerate(header)}
        for _, cells in rows:
            code = _text(cells.get(col.get("Code", 0)))
            ref = _text(cells.get(col.get("Case ref", 0)))
            if code in (
                "missing-answer",
                "need-no-seriousness",
                "need-no-outcome",
                "need-incomplete",
                "service-incomplete",
                "no-services-answer",
            ):
                message = _text(cells.get(col.get("Message", 0)))
                what = message.split(" is not answered")[0] if code == "missing-answer" else code
                what = re.sub(r" \(row \d+\)| in row \d+", "", what)
                missing[(agency_of.get(ref.casefold(), "Not recorded"), what)] += 1
    undefined: Counter[str] = Counter(c.agreed for c in cases if c.why_not == "undefined")
    issues = [
        issue("undefined-group", file=SHUFFLE_FILE, case_ref=c.ref, sheet="Cases", case=c.ref)
        for c in cases
        if c.why_not == "undefined"
    ]
    return Summary(
        setup,
        cases,
        groups,
        rest,
        fpc_applies(n, annual),
        any(item.unit_cost for item in lists.services),
        quality,
        missing,
        undefined,
        issues,
        now(),
    )


# --- disclosure control -----------------------------------------------------------------------


class Cells:
    """How counts are shown: as they are (internal), or with small numbers hidden (public).

    Primary suppression shows counts from 1 to threshold-1 as '<N'. Secondary suppression
    ('[c]', as the ONS marks it) hides one more cell in any line where a single hidden count
    could be worked out from a total or from the other cells shown.
    """

    def __init__(self, public: bool, threshold: int) -> None:
        self.public = public
        self.threshold = threshold

    def small(self, count: int) -> bool:
        return self.public and 0 < count < self.threshold

    def count(self, value: int, hidden: bool = False) -> int | str:
        if self.small(value):
            return f"<{self.threshold}"
        if hidden:
            return "[c]"
        return value

    def line(self, values: Sequence[int], total_shown: bool = True) -> list[bool]:
        """Which cells of a line to hide: the small ones, plus the smallest other one when
        exactly one would be hidden and the line's total is shown."""
        hide = [self.small(v) for v in values]
        if self.public and total_shown and sum(hide) == 1:
            candidates = [(v, i) for i, v in enumerate(values) if not hide[i] and v > 0]
            if candidates:
                hide[min(candidates)[1]] = True
        return hide


# --- writing ------------------------------------------------------------------------------------


def _pct(value: float) -> str:
    return f"{value * 100:.0f}%"


def _money(value: float) -> str:
    return f"£{value:,.0f}"


def _sheet_name(index: int, label: str) -> str:
    name = re.sub(r"[\[\]:*?/\\']", " ", f"G{index} {label}").strip()
    return name[:31]


def write_summary(path: Path, summary: Summary, public: bool) -> None:
    import xlsxwriter

    def build(tmp: Path) -> None:
        wb = xlsxwriter.Workbook(
            str(tmp), {"strings_to_numbers": False, "strings_to_formulas": False}
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
        cells = Cells(public, s.small_numbers)
        writer = _Writer(wb, fmt, summary, cells)
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
    def __init__(self, wb: Any, fmt: Formats, summary: Summary, cells: Cells) -> None:
        self.wb = wb
        self.fmt = fmt
        self.s = summary
        self.cells = cells
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
        # Which groups' figures are hidden in the public workbook (small counts, and one more
        # when a single hidden group could be worked out from the sample size).
        counts = [g.cases for g in summary.groups] + [summary.rest.cases]
        self.hidden = cells.line(counts)
        self.levels = sorted(summary.setup.lists.seriousness, key=lambda lv: lv.level)
        self.group_header = [
            "Group",
            "Description",
            "Cases",
            "Share",
            "Share low",
            "Share high",
            "Per year",
            "Per year low",
            "Per year high",
            "Most common areas of need",
            "Needs",
            *[f"Highest: {lv.value}" for lv in self.levels],
            *[f"Age {band}" for band in AGE_BANDS],
            *[f"Legal: {value}" for value in summary.setup.lists.legal_status],
        ]
        # Hidden helper columns beside the Need Groups table: the chart's error bar arms.
        self.err_col = len(self.group_header) + 1

    def _page(self, ws: Any, landscape: bool = False) -> None:
        ws.set_paper(9)
        if landscape:
            ws.set_landscape()
        ws.fit_to_pages(1, 0)
        ws.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6)
        s = self.s.setup.settings
        kind = "PUBLIC: small numbers hidden" if self.cells.public else "OFFICIAL: internal summary"
        ws.set_header(f"&L&8{s.audit_name.replace('&', '&&')[:60]}&R&8{kind}")
        ws.set_footer("&L&8needsaudit&R&8Page &P of &N")

    def _note(self, ws: Any, r: int, last_col: int, text: str, chars: int = 120) -> None:
        """A note across the table's width, tall enough for its text."""
        ws.merge_range(r, 0, r, last_col, text, self.note)
        ws.set_row(r, 14 * max(1, -(-len(text) // chars)) + 2)

    def _put_count(
        self, ws: Any, r: int, c: int, value: int, hide: bool = False, fmt: Any = None
    ) -> None:
        shown = self.cells.count(value, hide)
        if isinstance(shown, str):
            ws.write_string(r, c, shown, self.right)
        else:
            ws.write_number(r, c, shown, fmt or self.num)

    def _group_hidden(self, index: int) -> bool:
        return self.hidden[index]

    # --- Overview -------------------------------------------------------------------------

    def overview(self) -> None:
        s = self.s
        st = s.setup.settings
        ws = self.wb.add_worksheet(SH_OVERVIEW)
        self._page(ws)
        ws.set_column(0, 0, 34)
        ws.set_column(1, 1, 86)
        ws.hide_gridlines(2)
        ws.write_string(0, 0, f"Needs audit summary: {st.audit_name}", self.title)
        r = 2
        method = st.sample_method or "not recorded"
        random = method.casefold().startswith("random")
        rows = [
            ("Local authority", st.local_authority or "Not recorded"),
            ("Written", f"{s.written:%d %B %Y} by needsaudit {__version__}"),
            (
                "Workbook",
                f"Public: counts from 1 to {st.small_numbers - 1} are shown as "
                f"<{st.small_numbers}, and figures that would reveal them are hidden."
                if self.cells.public
                else "Internal: for the council's own use. Share the public version "
                "(summary-public.xlsx) more widely.",
            ),
            ("Sample", f"{s.n} cases merged. {st.sample_description}".strip()),
            ("Sample period", st.sample_period or "Not recorded"),
            ("How it was drawn", method),
            (
                "What that means",
                (
                    "A simple random sample: the 95% intervals below say how far the true share "
                    "could be from the sample's."
                )
                if random
                else (
                    "The sample was not drawn at random: the 95% intervals assume a simple "
                    "random sample, so treat them as a rough guide only."
                ),
            ),
            (
                "Yearly estimates",
                (
                    f"Shares are scaled to {st.annual_number:,} such children a year. If the "
                    "sample is a snapshot of open cases, long-running cases are over-represented "
                    "compared with a year's new cases, and the yearly figures lean towards them."
                )
                if st.annual_number
                else "No annual number in setup.xlsx: no yearly estimates.",
            ),
            (
                "Intervals",
                "95% Wilson intervals"
                + (
                    " with a finite-population correction (the sample is a large part of the "
                    "year's number)."
                    if s.fpc
                    else "."
                ),
            ),
            (
                "Small numbers",
                f"{st.small_numbers} (counts from 1 to {st.small_numbers - 1} are hidden in the "
                "public workbook)",
            ),
        ]
        for label, value in rows:
            ws.write_string(r, 0, label, self.bold)
            ws.write_string(r, 1, value, self.wrap)
            ws.set_row(r, 15 * max(1, -(-len(value) // 105)))
            r += 1
        grouped = sum(g.cases for g in s.groups)
        reasons = Counter(c.why_not for c in s.cases if not c.group)
        r += 1
        ws.write_string(r, 0, "Grouping", self.h2)
        r += 1
        total_line = [
            grouped,
            reasons.get("not grouped", 0),
            reasons.get("parked", 0),
            reasons.get("undefined", 0),
        ]
        hide = self.cells.line(total_line)
        labels = ("In a Need Group", "Not grouped yet", "Parked", "In a group not defined")
        for name, count, h in zip(labels, total_line, hide, strict=True):
            ws.write_string(r, 0, name, self.bold)
            self._put_count(ws, r, 1, count, h, self.fmt(num_format="#,##0", align="left"))
            r += 1
        r += 1
        ws.write_string(r, 0, "Key findings", self.h2)
        r += 1
        for line in self.findings():
            ws.write_string(r, 0, "•", self.right)
            ws.write_string(r, 1, line, self.wrap)
            ws.set_row(r, 15 * max(1, -(-len(line) // 105)))
            r += 1
        r += 1
        self._groups_chart(ws, r)

    def findings(self) -> list[str]:
        s = self.s
        out: list[str] = []
        ranked = sorted(
            ((g, i) for i, g in enumerate(s.groups) if not self._group_hidden(i)),
            key=lambda t: -t[0].cases,
        )
        for g, _ in ranked[:3]:
            year = f", about {g.per_year[0]:,.0f} children a year" if g.per_year else ""
            out.append(
                f"{g.label}: {g.cases} of {s.n} cases ({_pct(g.interval.share)}; 95% interval "
                f"{_pct(g.interval.low)} to {_pct(g.interval.high)}){year}."
            )
        gaps = []
        for i, g in enumerate(s.groups):
            for service, needing in g.needing.items():
                gap = needing - g.both[service]
                if gap and not self.cells.small(gap) and not self._group_hidden(i):
                    gaps.append((gap, g.label, service))
        for gap, label, service in sorted(gaps, reverse=True)[:3]:
            out.append(
                f"Largest gap: {gap} cases in {label} needed {service} and did not receive it."
            )
        if s.costed:
            costly = sorted(
                ((g.cost_received, g) for i, g in enumerate(s.groups) if not self._group_hidden(i)),
                key=lambda t: -t[0],
            )
            for cost, g in costly[:2]:
                out.append(
                    f"Services received by {g.label} cost {_money(self._round_money(cost))} for "
                    f"the sample; their needs called for "
                    f"{_money(self._round_money(g.cost_needed))}."
                )
        if not s.groups:
            out.append(
                "No Need Groups are defined yet on the shuffle workbook's Need Groups sheet."
            )
        return out

    def _arms(self) -> tuple[list[float | None], list[float | None]]:
        plus: list[float | None] = []
        minus: list[float | None] = []
        for i, g in enumerate(self.s.groups):
            shown = not (self.cells.public and self.hidden[i])
            plus.append(round(g.interval.high - g.interval.share, 6) if shown else None)
            minus.append(round(g.interval.share - g.interval.low, 6) if shown else None)
        return plus, minus

    def _legend(self) -> str:
        t = self.cells.threshold
        return (
            f"<{t}: a count from 1 to {t - 1}, hidden. [c]: hidden so that a hidden count cannot "
            f"be worked out from the others."
        )

    def _round_money(self, value: float) -> float:
        return round(value, -3) if self.cells.public else value

    def _groups_chart(self, ws: Any, row: int) -> None:
        s = self.s
        if not s.groups:
            return
        # The chart's data: on the Need Groups sheet (static numbers, blank where hidden).
        chart = self.wb.add_chart({"type": "bar"})
        n = len(s.groups)
        # The interval's arms come from hidden helper columns on Need Groups (LibreOffice draws
        # error bars only from cell ranges); blank for a suppressed group, like its point.
        plus, minus = self._arms()
        a, b = col_letters(self.err_col + 1), col_letters(self.err_col + 2)
        chart.add_series(
            {
                "name": "Share of cases",
                "categories": [SH_SUM_GROUPS, 1, 0, n, 0],
                "values": [SH_SUM_GROUPS, 1, 3, n, 3],
                "fill": {"color": CATEGORICAL[0]},
                # A bar chart's values run across: its error bars are x error bars.
                "x_error_bars": {
                    "type": "custom",
                    "plus_values": f"='{SH_SUM_GROUPS}'!${a}$2:${a}${n + 1}",
                    "minus_values": f"='{SH_SUM_GROUPS}'!${b}$2:${b}${n + 1}",
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
        chart.set_title({"name": "Need Groups: share of cases, with 95% intervals"})
        chart.set_x_axis(
            {
                "num_format": "0%",
                "min": 0,
                "major_gridlines": {"visible": True, "line": {"color": "#D9D9D9"}},
            }
        )
        chart.set_y_axis({"reverse": True})
        chart.set_legend({"none": True})
        chart.set_size({"width": 760, "height": max(260, 40 * n + 80)})
        ws.insert_chart(row, 0, chart, {"x_offset": 5, "y_offset": 5})

    # --- Need Groups ------------------------------------------------------------------------

    def need_groups(self) -> None:
        s = self.s
        ws = self.wb.add_worksheet(SH_SUM_GROUPS)
        self._page(ws, landscape=True)
        levels = self.levels
        legal = s.setup.lists.legal_status
        header = self.group_header
        ws.write_row(0, 0, header, self.fmt.header)
        ws.set_row(0, 45)
        ws.set_column(0, 0, 24)
        ws.set_column(1, 1, 46)
        ws.set_column(2, 8, 9)
        ws.set_column(9, 9, 40)
        ws.set_column(10, len(header) - 1, 9)
        ws.print_area(0, 0, len(s.groups) + 6, 10)  # the figures; profiles are on group sheets
        rows = [*s.groups, s.rest]
        for r, g in enumerate(rows, start=1):
            hidden = self.hidden[r - 1]
            ws.write_string(
                r, 0, g.label, self.bold if g is not s.rest else self.fmt(italic=True, bold=True)
            )
            ws.write_string(r, 1, g.description, self.wrap)
            self._put_count(ws, r, 2, g.cases, hidden)
            derived = not (self.cells.public and hidden)
            for c, value in ((3, g.interval.share), (4, g.interval.low), (5, g.interval.high)):
                if derived:
                    ws.write_number(r, c, value, self.pct)
            if g.per_year and derived:
                for c, value in zip((6, 7, 8), g.per_year, strict=True):
                    ws.write_number(r, c, round(value), self.num)
            if derived:
                top = ", ".join(
                    f"{a} ({k})" if not self.cells.small(k) else a
                    for a, k in g.areas.most_common(3)
                )
                ws.write_string(r, 9, top, self.wrap)
            self._profile_count(ws, r, 10, g.need_count, hidden)
            c = 11
            for lv in levels:
                self._profile_count(ws, r, c, g.highest.get(lv.level, 0), hidden)
                c += 1
            for band in AGE_BANDS:
                self._profile_count(ws, r, c, g.ages.get(band, 0), hidden)
                c += 1
            for status in legal:
                self._profile_count(ws, r, c, g.legal.get(status, 0), hidden)
                c += 1
            ws.set_row(r, 15 * max(2, -(-len(g.description) // 50)))
        plus, minus = self._arms()
        for r, (up, down) in enumerate(zip(plus, minus, strict=True), start=1):
            if up is not None and down is not None:
                ws.write_number(r, self.err_col, up)
                ws.write_number(r, self.err_col + 1, down)
        ws.write_string(0, self.err_col, "Chart: interval above")
        ws.write_string(0, self.err_col + 1, "Chart: interval below")
        ws.set_column(self.err_col, self.err_col + 1, 12, None, {"hidden": True})
        total_r = len(rows) + 1
        ws.write_string(total_r, 0, "All cases", self.total_label)
        ws.write_number(total_r, 2, s.n, self.total)
        ws.write_number(total_r, 3, 1, self.fmt(bold=True, top=1, num_format="0%"))
        ws.freeze_panes(1, 1)
        note_r = total_r + 2
        self._note(
            ws,
            note_r,
            10,
            "Cases counts children. Share is the group's cases over all merged cases, with its 95% "
            "interval; per year scales the share to the annual number. Profile columns (right of "
            "the printed area) count the group's children by their most serious need, age and "
            "legal status; 'Needs' counts need statements.",
            170,
        )
        if self.cells.public:
            self._note(ws, note_r + 1, 10, self._legend(), 170)

    def _profile_count(self, ws: Any, r: int, c: int, value: int, group_hidden: bool) -> None:
        if self.cells.public and group_hidden:
            shown = f"<{self.cells.threshold}" if self.cells.small(value) else "[c]"
            ws.write_string(r, c, shown, self.right)
            return
        self._put_count(ws, r, c, value)

    # --- Service Gaps -------------------------------------------------------------------------

    def service_gaps(self) -> None:
        s = self.s
        ws = self.wb.add_worksheet(SH_GAPS)
        self._page(ws, landscape=True)
        header = [
            "Group",
            "Service",
            "Cases needing",
            "Cases receiving",
            "Needing not receiving",
            "Receiving not needing",
        ]
        ws.write_row(0, 0, header, self.fmt.header)
        ws.set_row(0, 30)
        ws.set_column(0, 0, 24)
        ws.set_column(1, 1, 44)
        ws.set_column(2, 5, 13)
        r = 1
        for i, g in enumerate(s.groups):
            services = sorted(
                set(g.needing) | set(g.receiving), key=lambda x: (-(g.needing[x] - g.both[x]), x)
            )
            for service in services:
                needing, receiving, both = g.needing[service], g.receiving[service], g.both[service]
                gap, led = needing - both, receiving - both
                values = [needing, receiving, gap, led]
                # One hidden value in this line could be worked out from the other three.
                hide = self.cells.line(values) if not self._group_hidden(i) else [True] * 4
                if self.cells.public and any(hide):
                    hide = [True] * 4
                ws.write_string(r, 0, g.label)
                ws.write_string(r, 1, service)
                for c, (value, h) in enumerate(zip(values, hide, strict=True), start=2):
                    self._put_count(ws, r, c, value, h)
                r += 1
        last = max(r - 1, 1)
        scale = {
            "type": "3_color_scale",
            "min_color": SCALE_LOW,
            "mid_color": SCALE_MID,
            "max_color": SCALE_HIGH,
        }
        if r > 1:
            ws.conditional_format(1, 4, last, 4, scale)
            ws.conditional_format(
                1,
                5,
                last,
                5,
                {**scale, "max_color": "#6A51A3", "mid_color": "#9E9AC8", "min_color": "#F2F0F7"},
            )
        ws.autofilter(0, 0, last, 5)
        ws.freeze_panes(1, 2)
        r += 1
        self._note(
            ws,
            r,
            5,
            "A case needs a service when one of its needs names it as best placed; it receives it "
            "when it is among the services received. Siblings sharing a Family ref count once for "
            "their family's needs and services. Colours run light to dark blue with the size of "
            "the gap (purple for services received but not needed); the figures are always shown."
            + (f" {self._legend()}" if self.cells.public else ""),
            130,
        )
        r += 2
        ws.write_string(r, 0, "Needs met, partly met and not met", self.h2)
        r += 1
        met_values = [*s.setup.lists.met]
        ws.write_row(r, 0, ["Group", "Needs", *met_values], self.fmt.header)
        first_met = r + 1
        for i, g in enumerate(s.groups):
            r += 1
            values = [g.met.get(m, 0) for m in met_values]
            hide = self.cells.line(values) if not self._group_hidden(i) else [True] * len(values)
            ws.write_string(r, 0, g.label)
            self._put_count(ws, r, 1, g.need_count, self._group_hidden(i))
            for c, (value, h) in enumerate(zip(values, hide, strict=True), start=2):
                self._put_count(ws, r, c, value, h)
        if s.groups:
            chart = self.wb.add_chart({"type": "bar", "subtype": "percent_stacked"})
            for k, m in enumerate(met_values):
                chart.add_series(
                    {
                        "name": m,
                        "categories": [SH_GAPS, first_met, 0, r, 0],
                        "values": [SH_GAPS, first_met, 2 + k, r, 2 + k],
                        "fill": {
                            "color": ("#08519C", "#6BAED6", "#E69F00", "#BDBDBD", "#999999")[k % 5]
                        },
                    }
                )
            chart.set_title({"name": "Needs met, partly met, not met (share of needs)"})
            chart.set_y_axis({"reverse": True})
            chart.set_size({"width": 700, "height": max(240, 36 * len(s.groups) + 90)})
            ws.insert_chart(r + 2, 0, chart)

    # --- Costs ----------------------------------------------------------------------------

    def costs(self) -> None:
        s = self.s
        ws = self.wb.add_worksheet(SH_COSTS)
        self._page(ws, landscape=True)
        ws.set_column(0, 0, 26)
        ws.set_column(1, 6, 18)
        if not s.costed:
            ws.write_string(
                0,
                0,
                "No unit costs are filled in on the Services sheet of setup.xlsx, so nothing is "
                "costed.",
                self.wrap,
            )
            return
        annual = s.setup.settings.annual_number
        scale = (annual / s.n) if (annual and s.n) else None
        header = [
            "Group",
            "Cases",
            "Received: sample",
            "Received: a year",
            "Needed: sample",
            "Needed: a year",
            "Needed minus received (a year)",
        ]
        ws.write_row(0, 0, header, self.fmt.header)
        ws.set_row(0, 30)
        totals = [0.0, 0.0]
        r = 0
        for i, g in enumerate([*s.groups, s.rest]):
            r += 1
            hidden = self.hidden[i]
            ws.write_string(r, 0, g.label)
            self._put_count(ws, r, 1, g.cases, hidden)
            totals[0] += g.cost_received
            totals[1] += g.cost_needed
            if self.cells.public and hidden:
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
        ws.write_string(r, 0, "All cases", self.total_label)
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
            "Costs use the unit cost a case a year on the Services sheet of setup.xlsx. 'Received' "
            "costs the services the cases received; 'needed' costs the best placed services their "
            "needs named. Yearly figures scale the sample by the annual number."
            + (" Public figures are rounded to the nearest £1,000." if self.cells.public else ""),
            140,
        )
        if s.groups:
            chart = self.wb.add_chart({"type": "bar"})
            n = len(s.groups)
            for k, (name, col) in enumerate((("Received", 2), ("Needed", 4))):
                chart.add_series(
                    {
                        "name": name,
                        "categories": [SH_COSTS, 1, 0, n, 0],
                        "values": [SH_COSTS, 1, col, n, col],
                        "fill": {"color": CATEGORICAL[k]},
                    }
                )
            chart.set_title({"name": "Cost of services received and needed (sample)"})
            chart.set_x_axis({"num_format": "£#,##0"})
            chart.set_y_axis({"reverse": True})
            chart.set_size({"width": 700, "height": max(240, 40 * n + 90)})
            ws.insert_chart(r + 4, 0, chart)

    # --- one sheet per group ---------------------------------------------------------------

    def group_sheet(self, index: int, g: GroupFigures) -> None:
        ws = self.wb.add_worksheet(_sheet_name(index, g.label))
        self._page(ws)
        ws.hide_gridlines(2)
        for col, width in enumerate((33, 7, 3, 33, 7)):
            ws.set_column(col, col, width)
        last = 4
        hidden = self._group_hidden(index - 1)
        ws.merge_range(0, 0, 0, last, g.label, self.title)
        ws.merge_range(1, 0, 1, last, g.description, self.wrap)
        ws.set_row(1, 14 * max(1, -(-len(g.description) // 88)) + 2)
        share = (
            f"{g.cases} of {self.s.n} cases ({_pct(g.interval.share)}, 95% interval "
            f"{_pct(g.interval.low)} to {_pct(g.interval.high)})"
            + (
                f"; about {g.per_year[0]:,.0f} children a year ({g.per_year[1]:,.0f} to "
                f"{g.per_year[2]:,.0f})"
                if g.per_year
                else ""
            )
        )
        if self.cells.public and hidden:
            share = (
                f"Fewer than {self.cells.threshold} cases, or hidden so that a small group cannot "
                f"be worked out: figures and need statements are not shown."
            )
        ws.merge_range(2, 0, 2, last, share, self.fmt(bold=True, text_wrap=True))
        ws.set_row(2, 30)
        r = 4
        if self.cells.public and hidden:
            return

        def table(row: int, col: int, title: str, counter: Counter[str], limit: int = 8) -> int:
            ws.write_string(row, col, title, self.h2)
            row += 1
            items = counter.most_common(limit)
            hide = self.cells.line([v for _, v in items], total_shown=False)
            for (name, value), h in zip(items, hide, strict=True):
                ws.write_string(row, col, name, self.wrap)
                self._put_count(ws, row, col + 1, value, h)
                row += 1
            return row

        levels = Counter({lv.value: g.highest.get(lv.level, 0) for lv in self.levels})
        left = table(r, 0, "Most serious need (children)", levels)
        right = table(
            r, 3, "Age (children)", Counter({b: g.ages[b] for b in AGE_BANDS if g.ages.get(b)})
        )
        r = max(left, right) + 1
        left = table(r, 0, "Legal status (children)", g.legal)
        right = table(r, 3, "Who holds the needs (needs)", g.who)
        r = max(left, right) + 1
        left = table(r, 0, "Services needed (children)", g.needing, 6)
        right = table(r, 3, "Services received (children)", g.receiving, 6)
        r = max(left, right) + 1
        ws.write_string(r, 0, "Defining needs (most typical first)", self.h2)
        r += 1
        for need in self._typical(g)[:8]:
            text = f"{need.who}: {need.need}" + (
                f" [{need.seriousness}]" if need.seriousness else ""
            )
            ws.merge_range(r, 0, r, last, text, self.wrap)
            ws.set_row(r, 14 * max(1, -(-len(text) // 95)) + 1)
            r += 1
        r += 1
        for title, values in (("Desired outcomes", g.outcomes), ("Work to plan and do", g.work)):
            ws.write_string(r, 0, title, self.h2)
            r += 1
            for text, k in Counter(values).most_common(4):
                line = text + (f" ({k})" if k > 1 and not self.cells.small(k) else "")
                ws.merge_range(r, 0, r, last, line, self.wrap)
                ws.set_row(r, 14 * max(1, -(-len(line) // 95)) + 1)
                r += 1
            r += 1
        ws.print_area(0, 0, r, last)
        ws.fit_to_pages(1, 1)

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
        ws = self.wb.add_worksheet(SH_QUALITY)
        self._page(ws, landscape=True)
        ws.set_column(0, 0, 30)
        ws.set_column(1, 6, 16)
        ws.write_string(0, 0, "Data quality", self.title)
        r = 2
        agencies = sorted({c.agency for c in s.cases})
        ws.write_string(r, 0, "Need statements that break the rules, by agency (needs)", self.h2)
        r += 1
        ws.write_row(r, 0, ["Agency", "Needs written", *QUALITY_CODES], self.fmt.header)
        needs_by_agency: Counter[str] = Counter()
        agency_of = {c.key: c.agency for c in s.cases}
        for g in [*s.groups, s.rest]:
            for need in g.needs:
                needs_by_agency[agency_of.get(need.key, "")] += 1
        for agency in agencies:
            r += 1
            ws.write_string(r, 0, agency)
            values = [s.quality.get((agency, code), 0) for code in QUALITY_CODES]
            self._put_count(ws, r, 1, needs_by_agency.get(agency, 0))
            for c, (value, h) in enumerate(
                zip(values, self.cells.line(values, total_shown=False), strict=True), start=2
            ):
                self._put_count(ws, r, c, value, h)
        r += 2
        ws.write_string(r, 0, "Missing answers, by agency", self.h2)
        r += 1
        ws.write_row(r, 0, ["Agency", "What is missing", "Count"], self.fmt.header)
        for (agency, what), count in sorted(s.missing.items()):
            r += 1
            ws.write_string(r, 0, agency)
            ws.write_string(r, 1, what)
            self._put_count(ws, r, 2, count)
        if not s.missing:
            r += 1
            ws.write_string(r, 0, "None recorded.", self.note)
        r += 2
        ws.write_string(r, 0, "Cases not in a Need Group", self.h2)
        reasons = Counter(c.why_not for c in s.cases if not c.group)
        values = [reasons.get(k, 0) for k in ("not grouped", "parked", "undefined")]
        hide = self.cells.line(values)
        for label, value, h in zip(
            ("Not grouped yet", "Parked", "In a group not defined"), values, hide, strict=True
        ):
            r += 1
            ws.write_string(r, 0, label)
            self._put_count(ws, r, 1, value, h)
        r += 2
        ws.write_string(r, 0, "Groups used on Cases but not defined on Need Groups", self.h2)
        if not s.undefined:
            r += 1
            ws.write_string(r, 0, "None.", self.note)
        for name, count in s.undefined.most_common():
            r += 1
            ws.write_string(r, 0, name)
            self._put_count(ws, r, 1, count)
        r += 2
        self._note(
            ws, r, 6, "By agency, never by auditor. Counts of needs are counts of need statements."
        )


# --- the step ---------------------------------------------------------------------------------


@dataclass(slots=True)
class SummaryResult:
    summary: Summary
    paths: tuple[Path, Path]
    not_grouped: list[str]  # case refs, for the terminal only
    parked: list[str]
    undefined: list[str]

    @property
    def issues(self) -> list[Issue]:
        return self.summary.issues


def summarise(folder: Path, setup: Setup | None = None, ignore_lock: bool = False) -> SummaryResult:
    """Read shuffle.xlsx and setup.xlsx, write summary.xlsx and summary-public.xlsx."""
    setup = setup or read_setup(folder)
    internal, public = folder / SUMMARY_FILE, folder / SUMMARY_PUBLIC_FILE
    for path in (internal, public):
        refuse_if_open(path, ignore_lock)
    shuffle, cases, needs, services = load(folder, setup)
    if not cases:
        raise NothingToDo(
            f"{SHUFFLE_FILE} has no cases to summarise yet: merge the returns first "
            f"('needsaudit merge {folder}'). Nothing was written."
        )
    summary = compute(setup, shuffle, cases, needs, services)
    write_summary(internal, summary, public=False)
    write_summary(public, summary, public=True)
    return SummaryResult(
        summary,
        (internal, public),
        [c.ref for c in cases if c.why_not == "not grouped"],
        [c.ref for c in cases if c.why_not == "parked"],
        [c.ref for c in cases if c.why_not == "undefined"],
    )
