"""Disclosure control for summary-public.xlsx: every published count, the linear relations
between them, and the cells to hide so that no small count can be worked out.

The public workbook is one set of tables linked by sums: a group's profile adds up to its
cases, the groups add up to the sample, the same count stands on two sheets, a key finding
quotes a cell. ``TableModel`` holds every published count once (one key however many sheets
show it) and those relations. ``suppress`` hides:

1. *primary*: every count from 1 to N-1 (N is Small numbers in setup.xlsx);
2. *secondary*: the fewest further cells (weighted by their size, so small cells go first)
   such that, for every hidden count, the values consistent with everything published span at
   least N whole numbers. It is chosen for all linked tables at once, as one mixed-integer
   linear programme per group of linked cells (the "optimal" cell suppression model of
   Fischetti and Salazar-González, 2001, with the attacker's problem written out for each
   sensitive cell), solved with HiGHS through scipy.

The rule (``protected``) follows the GSS/ONS guidance on disclosure control for tables:
a suppressed cell must not be recoverable by differencing, and its protection interval must
be at least as wide as the band the threshold stands for. Here: the smallest and largest
value an attacker can derive for a hidden count, by linear programming over every published
figure and relation, must be at least N-1 apart whenever that range touches 1..N-1 (so it
always admits N consecutive values, as "0 to N-1" does). Hidden cells may be zeros (hiding a
zero costs little), so the attacker may only assume a hidden count is 0 or more.

``attack`` is the publisher's own check, run before anything is written; the tests run an
independent attacker on the written workbook's cells.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from .i18n import in_each_language, ngettext
from .issues import NeedsAuditError

Key = tuple[str, ...]

# Figures of the first stage (the Need Groups' sizes and the grouping table) decide which groups
# are shown at all; everything else follows in the second stage.
STAGE_GROUPING = 1
STAGE_DETAIL = 2


@dataclass(slots=True)
class Figure:
    key: Key
    value: int
    stage: int = STAGE_DETAIL
    fixed: bool = False  # always shown (the sample size)
    total: bool = False  # a marginal total: hidden only when it is small itself
    parent: Key | None = None  # withheld when the parent is hidden (a group's own figures)
    published: bool = True  # False: a count the relations need but no sheet shows
    weight: float = 1.0


@dataclass(frozen=True, slots=True)
class Relation:
    """sum(coefficient * figure) == rhs, or <= rhs when ``equal`` is False."""

    terms: tuple[tuple[Key, int], ...]
    rhs: int = 0
    equal: bool = True


@dataclass(slots=True)
class TableModel:
    figures: dict[Key, Figure] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)

    def add(
        self,
        key: Key,
        value: int,
        *,
        stage: int = STAGE_DETAIL,
        fixed: bool = False,
        total: bool = False,
        parent: Key | None = None,
        published: bool = True,
        weight: float | None = None,
    ) -> Key:
        """Add a count (once: a second add of the same key must carry the same value)."""
        known = self.figures.get(key)
        if known is not None:
            if known.value != value:
                raise ValueError(f"{key}: {known.value} and {value}")
            return key
        self.figures[key] = Figure(
            key,
            int(value),
            stage,
            fixed,
            total,
            parent,
            published,
            # Hiding costs what it takes from the reader: bigger counts cost more, totals most.
            float(weight if weight is not None else (value + 1) * (5 if total else 1)),
        )
        return key

    def total_of(self, total: Key, parts: Sequence[Key], complete: bool = True) -> None:
        """``total`` is the sum of ``parts`` (or at least it, when ``complete`` is False)."""
        terms = ((total, -1), *((p, 1) for p in parts))
        self.relations.append(Relation(tuple(terms), 0, complete))

    def at_most(self, part: Key, whole: Key) -> None:
        self.relations.append(Relation(((part, 1), (whole, -1)), 0, False))

    def at_least_one(self, keys: Sequence[Key]) -> None:
        """The keys add up to 1 or more (a row listed only when one of them is not zero)."""
        self.relations.append(Relation(tuple((k, -1) for k in keys), -1, False))

    def value(self, key: Key) -> int:
        return self.figures[key].value

    def check(self) -> None:
        """Every relation holds for the true values (a wrong relation would misguide both the
        suppression and its check)."""
        for rel in self.relations:
            lhs = sum(c * self.figures[k].value for k, c in rel.terms)
            if (rel.equal and lhs != rel.rhs) or (not rel.equal and lhs > rel.rhs):
                raise AssertionError(f"relation does not hold: {rel}")


@dataclass(slots=True)
class Pattern:
    """What the public workbook shows: hidden cells print as [c]; withheld ones not at all."""

    threshold: int
    ceiling: float = math.inf  # the sample size: no range can be wider
    hidden: set[Key] = field(default_factory=set)
    withheld: set[Key] = field(default_factory=set)
    primary: set[Key] = field(default_factory=set)

    def shown(self, key: Key) -> bool:
        return key not in self.hidden and key not in self.withheld


def open_pattern(model: TableModel) -> Pattern:
    """The internal workbook's: everything shown."""
    return Pattern(threshold=1)


def _small(value: int, threshold: int) -> bool:
    return 0 < value < threshold


# --- the attacker's view -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Bounds:
    low: float
    high: float

    def whole(self) -> tuple[int, float]:
        """The range in whole numbers (the high end may be infinite)."""
        low = max(0, math.ceil(self.low - 1e-6))
        high = math.floor(self.high + 1e-6) if math.isfinite(self.high) else math.inf
        return low, high


def protected(bounds: Bounds, threshold: int, ceiling: float = math.inf) -> bool:
    """The rule: a hidden count whose possible values touch 1..N-1 must keep at least N of
    them possible (its range at least N-1 wide), or, in a sample too small for that, every
    value from 0 to the sample size (``ceiling``): nothing narrower than the sample itself."""
    low, high = bounds.whole()
    touches_small = low <= threshold - 1 and high >= 1
    return not touches_small or high - low >= min(threshold - 1, ceiling)


def _components(keys: Iterable[Key], relations: Sequence[Relation]) -> list[list[Key]]:
    """Groups of unknown cells linked through relations (union-find)."""
    keys = list(keys)
    parent = {k: k for k in keys}

    def find(k: Key) -> Key:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for rel in relations:
        inside = [k for k, _ in rel.terms if k in parent]
        for other in inside[1:]:
            a, b = find(inside[0]), find(other)
            if a != b:
                parent[b] = a
    groups: dict[Key, list[Key]] = {}
    for k in keys:
        groups.setdefault(find(k), []).append(k)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])


@dataclass(slots=True)
class _Problem:
    """The relations over some unknown cells, with every known cell moved to the right."""

    cells: list[Key]
    a_eq: np.ndarray
    b_eq: np.ndarray
    a_ub: np.ndarray
    b_ub: np.ndarray


def _problem(cells: list[Key], relations: Sequence[Relation], known: dict[Key, int]) -> _Problem:
    index = {k: i for i, k in enumerate(cells)}
    eq_rows: list[np.ndarray] = []
    ub_rows: list[np.ndarray] = []
    eq_rhs: list[float] = []
    ub_rhs: list[float] = []
    for rel in relations:
        row = np.zeros(len(cells))
        rhs = float(rel.rhs)
        touches = False
        for k, c in rel.terms:
            if k in index:
                row[index[k]] += c
                touches = True
            else:
                rhs -= c * known[k]
        if not touches:
            continue
        (eq_rows if rel.equal else ub_rows).append(row)
        (eq_rhs if rel.equal else ub_rhs).append(rhs)
    n = len(cells)
    return _Problem(
        cells,
        np.array(eq_rows).reshape(-1, n),
        np.array(eq_rhs),
        np.array(ub_rows).reshape(-1, n),
        np.array(ub_rhs),
    )


def attack(model: TableModel, pattern: Pattern) -> dict[Key, Bounds]:
    """The smallest and largest value of every hidden cell consistent with everything the
    pattern publishes (linear programming; hidden and withheld cells are only known to be 0
    or more)."""
    from scipy.optimize import linprog

    unknown = [
        k
        for k, f in model.figures.items()
        if not f.published or k in pattern.hidden or k in pattern.withheld
    ]
    known = {k: f.value for k, f in model.figures.items() if k not in set(unknown)}
    out: dict[Key, Bounds] = {}
    for cells in _components(unknown, model.relations):
        targets = [k for k in cells if k in pattern.hidden]
        if not targets:
            continue
        rels = [r for r in model.relations if any(k in set(cells) for k, _ in r.terms)]
        p = _problem(cells, rels, known)
        for key in targets:
            c = np.zeros(len(cells))
            c[cells.index(key)] = 1.0
            ends = []
            for sign in (1.0, -1.0):
                res = linprog(
                    sign * c,
                    A_ub=p.a_ub if len(p.b_ub) else None,
                    b_ub=p.b_ub if len(p.b_ub) else None,
                    A_eq=p.a_eq if len(p.b_eq) else None,
                    b_eq=p.b_eq if len(p.b_eq) else None,
                    bounds=(0, None),
                    method="highs",
                )
                if res.status == 3:  # unbounded
                    ends.append(-math.inf if sign > 0 else math.inf)
                elif res.status != 0:
                    raise RuntimeError(f"the attacker's problem failed for {key}: {res.message}")
                else:
                    ends.append(sign * res.fun)
            out[key] = Bounds(ends[0], ends[1])
    return out


def failures(model: TableModel, pattern: Pattern) -> dict[Key, Bounds]:
    """Hidden cells the rule says are not protected (empty when the pattern is safe)."""
    return {
        k: b
        for k, b in attack(model, pattern).items()
        if not protected(b, pattern.threshold, pattern.ceiling)
    }


# --- choosing the cells to hide ------------------------------------------------------------


def _solve_component(
    model: TableModel,
    cells: list[Key],
    candidates: set[Key],
    hidden: set[Key],
    sensitive: list[Key],
    known: dict[Key, int],
    threshold: int,
    width: float,
) -> set[Key] | None:
    """The cheapest set of candidate cells to hide so that every sensitive cell's range is at
    least threshold-1 wide; None when no choice can do it."""
    from scipy.optimize import Bounds as LpBounds
    from scipy.optimize import LinearConstraint, milp
    from scipy.sparse import lil_matrix

    cell_set = set(cells)
    rels = [r for r in model.relations if any(k in cell_set for k, _ in r.terms)]
    p = _problem(cells, rels, known)
    m = len(cells)
    choose = [k for k in cells if k in candidates]
    y_of = {k: i for i, k in enumerate(choose)}
    n_y = len(choose)
    # For each sensitive cell, two deviations from the true table: one pushing it up, one
    # down. Each must keep the relations (A d = 0 or A d <= slack) and may move a cell only if
    # it is hidden: -value*y <= d <= big*y, with y fixed to 1 for cells already hidden.
    n_d = 2 * len(sensitive) * m
    n_var = n_y + n_d
    big = float(sum(f.value for f in model.figures.values()) + 1)
    values = np.array([known.get(k, model.figures[k].value) for k in cells], dtype=float)
    slack = p.b_ub - (p.a_ub @ values if len(p.b_ub) else 0.0)
    rows: list[tuple[dict[int, float], float, float]] = []
    lower = np.zeros(n_var)
    upper = np.zeros(n_var)
    lower[:n_y], upper[:n_y] = 0, 1
    for s_i, s in enumerate(sensitive):
        for half in range(2):
            base = n_y + (2 * s_i + half) * m
            for j, k in enumerate(cells):
                col = base + j
                if k in y_of:
                    lower[col], upper[col] = -big, big
                    y = y_of[k]
                    rows.append(({col: 1.0, y: -big}, -np.inf, 0.0))
                    rows.append(({col: 1.0, y: values[j]}, 0.0, np.inf))
                elif k in hidden or not model.figures[k].published:
                    lower[col], upper[col] = -values[j], big
                else:
                    lower[col], upper[col] = 0.0, 0.0
            for r in range(len(p.b_eq)):
                coeffs = {base + j: p.a_eq[r, j] for j in range(m) if p.a_eq[r, j]}
                rows.append((coeffs, 0.0, 0.0))
            for r in range(len(p.b_ub)):
                coeffs = {base + j: p.a_ub[r, j] for j in range(m) if p.a_ub[r, j]}
                rows.append((coeffs, -np.inf, float(slack[r])))
        up = n_y + (2 * s_i) * m + cells.index(s)
        down = n_y + (2 * s_i + 1) * m + cells.index(s)
        rows.append(({up: 1.0, down: -1.0}, float(width), np.inf))
    a = lil_matrix((len(rows), n_var))
    lo = np.empty(len(rows))
    hi = np.empty(len(rows))
    for i, (coeffs, row_lo, row_hi) in enumerate(rows):
        for col, v in coeffs.items():
            a[i, col] = v
        lo[i], hi[i] = row_lo, row_hi
    cost = np.zeros(n_var)
    for k, i in y_of.items():
        cost[i] = model.figures[k].weight
    integrality = np.zeros(n_var)
    integrality[:n_y] = 1
    res = milp(
        cost,
        constraints=LinearConstraint(a.tocsr(), lo, hi),
        integrality=integrality,
        bounds=LpBounds(lower, upper),
        options={"time_limit": 30.0},
    )
    if res.x is None or res.status not in (0, 1):
        return None
    return {k for k, i in y_of.items() if res.x[i] > 0.5}


def _secondary(
    model: TableModel, pattern: Pattern, candidates: set[Key], sensitive: set[Key]
) -> None:
    """Hide more of ``candidates`` until every sensitive cell is protected; components of
    linked cells are solved one at a time (cells not linked cannot help each other)."""
    threshold = pattern.threshold
    unknown = [
        k
        for k, f in model.figures.items()
        if k in candidates or k in pattern.hidden or k in pattern.withheld or not f.published
    ]
    unknown_set = set(unknown)
    known = {k: f.value for k, f in model.figures.items() if k not in unknown_set}
    for cells in _components(unknown, model.relations):
        todo = [k for k in cells if k in sensitive]
        if not todo:
            continue
        chosen = _solve_component(
            model,
            cells,
            candidates,
            pattern.hidden | pattern.withheld,
            todo,
            known,
            threshold,
            min(threshold - 1, pattern.ceiling),
        )
        if chosen is None:
            # Nothing can protect these cells while their totals show: hide every cell that
            # may be hidden (the check below still has the last word).
            chosen = {k for k in cells if k in candidates}
        pattern.hidden |= chosen


class TooFewToPublish(NeedsAuditError):
    """The sample is too small for any count of it to be published under the rule."""

    def __init__(self, cases: int, threshold: int) -> None:
        super().__init__(
            f"The audit has {cases} case{'' if cases == 1 else 's'}: with Small numbers at "
            f"{threshold}, any count of its cases could be narrowed to fewer than {threshold} "
            f"possible values, so summary-public.xlsx was not written (summary.xlsx, for the "
            f"coordinator only, was). A public summary needs at least {threshold - 1} cases."
        )
        self.cases = cases
        self.threshold = threshold


def suppress(model: TableModel, threshold: int) -> Pattern:
    """The public workbook's pattern: primary suppression of 1..threshold-1, then the cheapest
    secondary suppression that protects every hidden cell (see the module's docstring)."""
    model.check()
    fixed = [f.value for f in model.figures.values() if f.fixed]
    pattern = Pattern(threshold, float(max(fixed)) if fixed else math.inf)
    if threshold <= 1:
        return pattern
    if fixed and max(fixed) + 1 < threshold:
        # A count of cases lies between 0 and the sample size: with fewer than threshold - 1
        # cases, no hidden count can have threshold possible values, whatever else is hidden.
        raise TooFewToPublish(int(max(fixed)), threshold)
    figures = model.figures
    for k, f in figures.items():
        if f.published and not f.fixed and _small(f.value, threshold):
            pattern.primary.add(k)
            pattern.hidden.add(k)

    def candidates(stage: int, totals: bool) -> set[Key]:
        return {
            k
            for k, f in figures.items()
            if f.published
            and f.stage == stage
            and not f.fixed
            and (totals or not f.total)
            and k not in pattern.hidden
            and k not in pattern.withheld
        }

    # Stage 1: which groups show at all. Their own figures wait as unknowns.
    stage1_unknown = {k for k, f in figures.items() if f.stage != STAGE_GROUPING}
    saved = pattern.withheld
    pattern.withheld = saved | stage1_unknown
    _secondary(
        model,
        pattern,
        candidates(STAGE_GROUPING, totals=True),  # a small table: every cell may help
        {k for k in pattern.primary if figures[k].stage == STAGE_GROUPING},
    )
    pattern.withheld = saved
    # A hidden group's figures are withheld whole: even its zeros could describe it.
    for k, f in figures.items():
        if f.parent is not None and (f.parent in pattern.hidden or f.parent in pattern.withheld):
            pattern.withheld.add(k)
            pattern.hidden.discard(k)
            pattern.primary.discard(k)
    # Stage 2: everything else, with the groups' decisions fixed. Totals (a group's needs)
    # are kept out of the choice at first, which keeps the linked tables apart and the
    # programmes small; they come in only if a cell cannot be protected without them.
    sensitive = set(pattern.hidden)
    for attempt in range(6):
        _secondary(model, pattern, candidates(STAGE_DETAIL, totals=attempt > 0), sensitive)
        bad = failures(model, pattern)
        if not bad:
            return pattern
        # A vertex of the linear programme fell between whole numbers, or a secondary cell
        # ended up narrow: protect those too and solve again.
        sensitive |= set(bad)
    bad = failures(model, pattern)
    if bad:
        # Never publish a workbook that fails its own check (the internal one is written).
        raise NeedsAuditError(
            in_each_language(
                lambda: ngettext(
                    "Disclosure control could not protect {n} count, so summary-public.xlsx "
                    "was not written. Raise Small numbers in setup.xlsx, or report this to "
                    "whoever supports needsaudit.",
                    "Disclosure control could not protect {n} counts, so summary-public.xlsx "
                    "was not written. Raise Small numbers in setup.xlsx, or report this to "
                    "whoever supports needsaudit.",
                    len(bad),
                ).format(n=len(bad))
            )
        )
    return pattern
