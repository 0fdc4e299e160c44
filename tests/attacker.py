"""An attacker's audit of a public summary workbook, from its cells alone.

It knows nothing of needsaudit's internal model: it reads every published count and every
relation a reader can state from the sheets' own labels and notes (profile columns add up to
a group's cases, groups add up to All cases, the Overview's grouping adds up, a key finding
quotes a count, the same count stands on a group's sheet, needing-not-receiving is at most
needing...), then bounds every hidden cell by linear programming (HiGHS).

The rule it applies (after the GSS/ONS guidance on disclosure control for tables: a
suppressed cell must not be recoverable by differencing, and must keep a protection interval
at least as wide as the band the threshold stands for): a hidden cell whose whole-number range
touches 1..N-1 must span at least N values (high - low >= N-1). "<N" cells of old workbooks are
taken as 1..N-1, "[c]" as 0 or more.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import openpyxl
from scipy.optimize import linprog

Var = tuple[str, str]  # (sheet, cell)


@dataclass
class Published:
    threshold: int
    value: dict[Var, int] = field(default_factory=dict)  # shown counts
    hidden: dict[Var, tuple[int, float]] = field(default_factory=dict)  # bounds from the mark
    eq: list[dict[Var, float]] = field(default_factory=list)  # sum == rhs (key "" holds rhs)
    ub: list[dict[Var, float]] = field(default_factory=list)  # sum <= rhs

    def cell(self, ws: Any, r: int, c: int) -> Var | None:
        """A count cell: registers it and returns its variable, None when it is no count."""
        value = ws.cell(r, c).value
        var = (ws.title, ws.cell(r, c).coordinate)
        if isinstance(value, bool):
            return None
        if isinstance(value, int | float) and float(value).is_integer():
            self.value[var] = int(value)
            return var
        if isinstance(value, str):
            text = value.strip()
            if text == "[c]":
                self.hidden[var] = (0, math.inf)
                return var
            m = re.fullmatch(r"<(\d+)", text)
            if m:
                self.hidden[var] = (1, int(m[1]) - 1)
                return var
        return None

    def equal(self, terms: dict[Var, float], rhs: float = 0.0) -> None:
        self.eq.append({**terms, ("", ""): rhs})

    def at_most(self, terms: dict[Var, float], rhs: float = 0.0) -> None:
        self.ub.append({**terms, ("", ""): rhs})

    def same(self, a: Var | None, b: Var | None) -> None:
        if a is not None and b is not None and a != b:
            self.equal({a: 1, b: -1})


def _threshold(wb: Any) -> int:
    for row in wb["Overview"].iter_rows(values_only=True):
        if row and row[0] == "Small numbers":
            return int(re.match(r"\s*(\d+)", str(row[1]))[1])  # type: ignore[index]
    raise ValueError("no Small numbers on the Overview")


def _header(ws: Any) -> dict[str, int]:
    return {str(c.value): c.column for c in ws[1] if c.value is not None}


def read(path: Path) -> Published:
    """Every count and relation a reader of the workbook can state."""
    wb = openpyxl.load_workbook(path)
    pub = Published(_threshold(wb))
    groups: dict[str, Var | None] = {}  # label -> Cases cell
    needs: dict[str, Var | None] = {}
    profile: dict[tuple[str, str], Var | None] = {}  # (label, header) -> cell

    # --- Need Groups: rows add up to All cases; profile families add up to Cases ---
    ws = wb["Need Groups"]
    head = _header(ws)
    families: dict[str, list[str]] = defaultdict(list)
    for h in head:
        for prefix in ("Highest: ", "Age ", "Legal: "):
            if h.startswith(prefix):
                families[prefix].append(h)
    n_var: Var | None = None
    rest_label = ""
    for r in range(2, ws.max_row + 1):
        label = ws.cell(r, 1).value
        if not label:
            continue
        cases = pub.cell(ws, r, head["Cases"])
        if label == "All cases":
            n_var = cases
            break
        groups[str(label)] = cases
        rest_label = str(label)
        needs[str(label)] = pub.cell(ws, r, head["Needs"]) if "Needs" in head else None
        for headers in families.values():
            cells = [pub.cell(ws, r, head[h]) for h in headers]
            for h, v in zip(headers, cells, strict=True):
                profile[(str(label), h)] = v
            present = [v for v in cells if v is not None]
            if not present or cases is None:
                continue
            complete = any(
                "not recorded" in h.casefold() or "not known" in h.casefold() for h in headers
            )
            terms = dict.fromkeys(present, 1.0)
            terms[cases] = terms.get(cases, 0) - 1
            (pub.equal if complete else pub.at_most)(terms)
    if n_var is not None:
        pub.__dict__["n_total"] = pub.value.get(n_var, math.inf)
        shown = [v for v in groups.values() if v is not None]
        pub.equal({**dict.fromkeys(shown, 1.0), n_var: -1})

    # --- Overview: the grouping line and the key findings ---
    ws = wb["Overview"]
    grouping: dict[str, Var | None] = {}
    for r in range(1, ws.max_row + 1):
        label = ws.cell(r, 1).value
        if label in ("In a Need Group", "Not grouped yet", "Parked", "In a group not defined"):
            grouping[str(label)] = pub.cell(ws, r, 2)
        text = ws.cell(r, 2).value
        if ws.cell(r, 1).value == "•" and isinstance(text, str):
            m = re.match(r"(.+?): (\d+) of (\d+) cases", text)
            if m and m[1] in groups and groups[m[1]] is not None:
                pub.equal({groups[m[1]]: 1}, int(m[2]))  # type: ignore[dict-item]
            m = re.match(r"Largest gap: (\d+) cases in (.+?) needed (.+?) and", text)
            if m:
                gap_quotes = pub.__dict__.setdefault("gap_quotes", [])
                gap_quotes.append((m[2], m[3], int(m[1])))
    parts = [grouping.get(k) for k in ("Not grouped yet", "Parked", "In a group not defined")]
    inside = grouping.get("In a Need Group")
    if n_var is not None and inside is not None and all(p is not None for p in parts):
        pub.equal({inside: 1, **{p: 1 for p in parts if p}, n_var: -1})  # type: ignore[dict-item]
        rest = groups.get(rest_label)
        if rest is not None:
            pub.equal({rest: -1, **{p: 1 for p in parts if p}})  # type: ignore[dict-item]
        defined = [v for k, v in groups.items() if k != rest_label and v is not None]
        pub.equal({inside: -1, **dict.fromkeys(defined, 1)})

    # --- Service Gaps: gap <= needing, unneeded <= receiving; the met table adds up ---
    ws = wb["Service Gaps"]
    gaps: dict[tuple[str, str], dict[str, Var | None]] = {}
    r = 2
    while r <= ws.max_row and ws.cell(r, 1).value not in (None, ""):
        label, service = str(ws.cell(r, 1).value), str(ws.cell(r, 2).value)
        row = {k: pub.cell(ws, r, c) for k, c in (("N", 3), ("R", 4), ("G", 5), ("L", 6))}
        gaps[(label, service)] = row
        if row["N"] and row["G"]:
            pub.at_most({row["G"]: 1, row["N"]: -1})
        if row["R"] and row["L"]:
            pub.at_most({row["L"]: 1, row["R"]: -1})
        if row["N"] and row["R"]:
            pub.at_most({row["N"]: -1, row["R"]: -1}, -1)  # listed: someone needs or gets it
        r += 1
    for quote in pub.__dict__.get("gap_quotes", []):
        cell = gaps.get((quote[0], quote[1]), {}).get("G")
        if cell is not None:
            pub.equal({cell: 1}, quote[2])
    for r in range(1, ws.max_row + 1):
        if ws.cell(r, 1).value == "Group" and ws.cell(r, 2).value == "Needs":
            width = ws.max_column
            labels = [ws.cell(r, c).value for c in range(3, width + 1)]
            complete = any(str(x).casefold() == "not recorded" for x in labels if x)
            rr = r + 1
            while rr <= ws.max_row and ws.cell(rr, 1).value:
                label = str(ws.cell(rr, 1).value)
                total = pub.cell(ws, rr, 2)
                pub.same(total, needs.get(label))
                cells = [pub.cell(ws, rr, c) for c in range(3, width + 1) if labels[c - 3]]
                present = [v for v in cells if v is not None]
                if total is not None and present:
                    terms = dict.fromkeys(present, 1.0)
                    terms[total] = -1.0
                    (pub.equal if complete else pub.at_most)(terms)
                rr += 1

    # --- each group's sheet: the same counts, and the who table adds up to its needs ---
    for ws in wb.worksheets:
        if not re.match(r"G\d+ ", ws.title):
            continue
        label = str(ws["A1"].value)
        m = re.match(r"(\d+) of (\d+) cases", str(ws["A3"].value or ""))
        if m and groups.get(label) is not None:
            pub.equal({groups[label]: 1}, int(m[1]))  # type: ignore[dict-item]
        for col in (1, 4):
            title = None
            rows: list[tuple[str, Var | None]] = []
            for r in range(5, ws.max_row + 1):
                name = ws.cell(r, col).value
                count_cell = pub.cell(ws, r, col + 1) if name else None
                if name and count_cell is None and not isinstance(ws.cell(r, col + 1).value, int):
                    if rows and title:
                        _link_table(pub, label, title, rows, groups, needs, profile, gaps)
                    title, rows = str(name), []
                elif name and title:
                    rows.append((str(name), count_cell))
                elif not name and rows and title:
                    _link_table(pub, label, title, rows, groups, needs, profile, gaps)
                    title, rows = None, []
            if rows and title:
                _link_table(pub, label, title, rows, groups, needs, profile, gaps)

    # --- Costs repeats the groups' cases; Data Quality repeats the grouping line ---
    if "Costs" in wb.sheetnames:
        ws = wb["Costs"]
        for r in range(2, ws.max_row + 1):
            label = ws.cell(r, 1).value
            if label in groups:
                pub.same(pub.cell(ws, r, 2), groups[str(label)])
    ws = wb["Data Quality"]
    written: list[Var] = []
    section = ""
    for r in range(1, ws.max_row + 1):
        label = ws.cell(r, 1).value
        if label in ("Not grouped yet", "Parked", "In a group not defined"):
            pub.same(pub.cell(ws, r, 2), grouping.get(str(label)))
        if isinstance(label, str) and label.startswith("Need statements that break"):
            section = "agency"
            continue
        if label == "Agency" or not label:
            section = section if label == "Agency" else ""
            continue
        if section == "agency":
            total = pub.cell(ws, r, 2)
            if total is not None:
                written.append(total)
                for c in range(3, 7):
                    code = pub.cell(ws, r, c)
                    if code is not None:
                        pub.at_most({code: 1, total: -1})
    all_needs = list(needs.values())
    stated = "add up to the Needs" in " ".join(
        str(c.value) for row in ws.iter_rows() for c in row if c.value
    )
    if stated and written and all_needs and all(v is not None for v in all_needs):
        pub.equal({**dict.fromkeys(written, 1.0), **{v: -1.0 for v in all_needs if v}})
    return pub


def _link_table(
    pub: Published,
    label: str,
    title: str,
    rows: list[tuple[str, Var | None]],
    groups: dict[str, Var | None],
    needs: dict[str, Var | None],
    profile: dict[tuple[str, str], Var | None],
    gaps: dict[tuple[str, str], dict[str, Var | None]],
) -> None:
    """A table on a group's sheet: the same cells as elsewhere, and its total when complete."""
    prefix = {
        "Most serious need (children)": "Highest: ",
        "Legal status (children)": "Legal: ",
        "Age (children)": "Age ",
    }.get(title)
    for name, var in rows:
        if prefix is not None:
            header = name if prefix == "Age " and name.startswith("Age") else prefix + name
            pub.same(var, profile.get((label, header)))
        elif title.startswith("Services needed"):
            pub.same(var, gaps.get((label, name), {}).get("N"))
        elif title.startswith("Services received"):
            pub.same(var, gaps.get((label, name), {}).get("R"))
    present = [v for _, v in rows if v is not None]
    complete = any(name.casefold() in ("not recorded", "age not known") for name, _ in rows)
    total = {"Who holds the needs (needs)": needs.get(label)}.get(title)
    if prefix is not None:
        total = groups.get(label)
    if total is not None and present and not title.startswith("Services"):
        terms = dict.fromkeys(present, 1.0)
        terms[total] = terms.get(total, 0) - 1
        (pub.equal if complete else pub.at_most)(terms)


@dataclass
class Finding:
    cell: Var
    low: int
    high: float


def audit(path: Path) -> tuple[Published, list[Finding], dict[Var, tuple[int, float]]]:
    """Bounds for every hidden cell, and those the rule says are not protected."""
    pub = read(path)
    unknown = sorted(pub.hidden)
    index = {v: i for i, v in enumerate(unknown)}

    def rows(relations: list[dict[Var, float]]) -> tuple[np.ndarray, np.ndarray]:
        a = np.zeros((len(relations), len(unknown)))
        b = np.zeros(len(relations))
        for i, rel in enumerate(relations):
            rhs = rel.get(("", ""), 0.0)
            for var, coef in rel.items():
                if var == ("", ""):
                    continue
                if var in index:
                    a[i, index[var]] += coef
                elif var in pub.value:
                    rhs -= coef * pub.value[var]
            b[i] = rhs
        return a, b

    a_eq, b_eq = rows(pub.eq)
    a_ub, b_ub = rows(pub.ub)
    # Relations among shown cells only must hold (else the reading above is wrong).
    for a, b, equal in ((a_eq, b_eq, True), (a_ub, b_ub, False)):
        for i in range(len(b)):
            if not a[i].any():
                assert (abs(b[i]) < 1e-9) if equal else (b[i] >= -1e-9), "a relation is false"
    # Hidden cells linked by no relation cannot narrow each other: bound each linked set alone.
    parent = list(range(len(unknown)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a in (a_eq, a_ub):
        for row in a:
            cols = np.flatnonzero(row)
            for j in cols[1:]:
                parent[find(int(j))] = find(int(cols[0]))
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(unknown)):
        members[find(i)].append(i)
    ranges: dict[Var, tuple[int, float]] = {}
    bad: list[Finding] = []
    t = pub.threshold
    # No range can be wider than the sample: in one smaller than the threshold, all of it.
    need = min(t - 1, pub.__dict__.get("n_total", math.inf))
    for cols in members.values():
        sub_eq = [i for i in range(len(b_eq)) if a_eq[i, cols].any()]
        sub_ub = [i for i in range(len(b_ub)) if a_ub[i, cols].any()]
        eq_a, eq_b = a_eq[np.ix_(sub_eq, cols)], b_eq[sub_eq]
        ub_a, ub_b = a_ub[np.ix_(sub_ub, cols)], b_ub[sub_ub]
        bounds = []
        for i in cols:
            lo, hi = pub.hidden[unknown[i]]
            bounds.append((lo, None if math.isinf(hi) else hi))
        for pos, i in enumerate(cols):
            var = unknown[i]
            ends: list[float] = []
            for sign in (1.0, -1.0):
                c = np.zeros(len(cols))
                c[pos] = sign
                res = linprog(
                    c,
                    A_ub=ub_a if len(ub_b) else None,
                    b_ub=ub_b if len(ub_b) else None,
                    A_eq=eq_a if len(eq_b) else None,
                    b_eq=eq_b if len(eq_b) else None,
                    bounds=bounds,
                    method="highs",
                )
                if res.status == 3:
                    ends.append(math.inf)
                else:
                    assert res.status == 0, res.message
                    ends.append(sign * res.fun)
            low = max(0, math.ceil(ends[0] - 1e-6))
            high = math.floor(ends[1] + 1e-6) if math.isfinite(ends[1]) else math.inf
            ranges[var] = (low, high)
            if low <= t - 1 and high >= 1 and high - low < need:
                bad.append(Finding(var, low, high))
    return pub, bad, ranges
