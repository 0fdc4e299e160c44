"""Advice for the consensus meeting: suggested groups, similar cases, and agreement between
sorters. Never a decision: nothing here writes the group's cells.

Suggested groups come from a statistical grouping of the cases (who holds the needs, their
areas and seriousness, primary need, legal status, age, and the words of the stories and need
statements), each explained in plain words. Sorters (tables or people who sort the cases
before the meeting) record their groupings on the ``Sorting`` sheet; their group names are
standardised (``Group names``, kept and editable), and ``Agreement`` shows how far they agree,
case by case and group by group, with the cases they disagreed on first and a consensus
grouping proposed from how often sorters put cases together.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .audit import Setup, read_setup
from .issues import NothingToDo
from .names import (
    COL_SUGGESTED,
    SH_S_AGREEMENT,
    SH_S_GROUP_NAMES,
    SH_S_NEEDS,
    SH_S_SIMILAR,
    SH_S_SORTING,
    SH_S_SUGGESTIONS,
    SHUFFLE_FILE,
    case_key,
    group_key,
)
from .shuffle import OldShuffle, Row, _table, _text, rewrite
from .styles import (
    MUTED,
    SCALE_LOW,
    TEXT_SCALE_HIGH,
    TEXT_SCALE_MID,
    Formats,
    print_table,
    text_height,
)

FloatArray = np.ndarray[Any, np.dtype[np.float64]]

# Case vectors and group centres are rounded to a grid of 2**-20 (about a millionth). A dot
# product of two grid vectors of length at most 1 is a sum of multiples of 2**-40 far inside
# float64's 53 bits, so it is exact whatever order BLAS adds in (thread count, SIMD width,
# OpenBLAS or MKL, numpy version): every similarity, and so every grouping, ranking and tie, is
# the same on every machine. The rounding itself only meets machine noise (about 1e-16) when a
# value lies that close to a grid point's midpoint.
GRID = float(2**20)
LIKENESS_PLACES = 3  # a likeness is written, and ranked, as a person reads it: 0.917


def on_grid(matrix: FloatArray) -> FloatArray:
    out: FloatArray = np.rint(matrix * GRID) / GRID
    return out


def ref_rank(refs: Sequence[str]) -> np.ndarray[Any, np.dtype[np.int64]]:
    """Each case's place in case-ref order: the key that breaks every tie in a ranking."""
    rank = np.zeros(len(refs), dtype=np.int64)
    for place, i in enumerate(sorted(range(len(refs)), key=lambda i: (case_key(refs[i]), i))):
        rank[i] = place
    return rank


# Common English words that say nothing about a need; split once at import.
STOPWORDS = frozenset(
    """
    a about after again all also am an and any are as at be because been before being but by
    can could did do does doing down during each few for from further had has have having he
    her here hers him his how i if in into is it its itself just me more most my no nor not
    now of off on once only or other our out over own same she should so some such than that
    the their them then there these they this those through to too under until up very was
    we were what when where which while who whom why will with would you your child childs
    children needs need young person mother father mum dad parent parents family his her he
    she him they them year years aged age boy girl baby
    """.split()  # noqa: SIM905 - a word list reads better as text
)
MIN_GROUPS, MAX_GROUPS = 3, 12
SIMILAR = 5
MATRIX_LIMIT = 300  # cases; a bigger co-occurrence matrix is not written as a sheet


# --- features ---------------------------------------------------------------------------------


@dataclass(slots=True)
class CaseFeatures:
    """What suggest knows of each case, in Cases order."""

    keys: list[str]
    refs: list[str]
    labels: list[list[str]]  # readable features of each case ("Mother's needs", "N1 Abuse...")
    text: list[str]  # story and need statements
    blocks: dict[str, FloatArray] = field(default_factory=dict)


def tokens(text: str) -> list[str]:
    words = re.findall(r"[a-z][a-z'’-]+", text.lower())
    out = []
    for w in words:
        w = w.strip("'’-")
        if len(w) < 3 or w in STOPWORDS:
            continue
        # A light, deterministic stemmer: plurals and the commonest endings.
        for ending in ("ing", "ed", "ies", "es", "s"):
            if w.endswith(ending) and len(w) - len(ending) >= 4:
                w = w[: -len(ending)] + ("y" if ending == "ies" else "")
                break
        out.append(w)
    return out


def _onehot(values: Sequence[str], vocabulary: Sequence[str]) -> FloatArray:
    index = {v: i for i, v in enumerate(vocabulary)}
    out = np.zeros((len(values), len(vocabulary)))
    for row, value in enumerate(values):
        if value in index:
            out[row, index[value]] = 1.0
    return out


def _normalise(matrix: FloatArray) -> FloatArray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    out: FloatArray = matrix / norms
    return out


def build_features(setup: Setup, shuffle: OldShuffle) -> CaseFeatures:
    lists = setup.lists
    rows = [r for r in shuffle.rows if r.key]
    keys = [r.key for r in rows]
    refs = [_text(r.cells.get("Case ref")) for r in rows]
    index = {k: i for i, k in enumerate(keys)}
    needs = shuffle.old_rows(SH_S_NEEDS)
    who_vocab = list(lists.who)
    area_vocab = [a for _, a in lists.areas]
    n = len(keys)
    who = np.zeros((n, len(who_vocab)))
    area = np.zeros((n, len(area_vocab)))
    serious = np.zeros((n, 4))
    text = [_text(r.cells.get("Story")) for r in rows]
    labels: list[list[str]] = [[] for _ in keys]
    for key, items in needs.items():
        i = index.get(key)
        if i is None:
            continue
        for values in items:
            w, a, statement, level = (
                str(values[1] or ""),
                str(values[2] or ""),
                str(values[3] or ""),
                str(values[5] or ""),
            )
            if w in who_vocab:
                who[i, who_vocab.index(w)] += 1
                labels[i].append(f"needs held by: {w}")
            if a in area_vocab:
                area[i, area_vocab.index(a)] += 1
                labels[i].append(f"area: {a}")
            rank = lists.seriousness_rank(level)
            if rank:
                serious[i, min(rank, 4) - 1] += 1
            text[i] += " " + statement
    primary = [_text(r.cells.get("Primary need")) for r in rows]
    legal = [_text(r.cells.get("Legal status")) for r in rows]
    ages = []
    for r in rows:
        cell = r.cells.get("Age")
        value = cell.value if cell is not None else None
        ages.append(
            float(value)
            if isinstance(value, int | float) and not isinstance(value, bool)
            else math.nan
        )
    bands = ["0-4", "5-10", "11-15", "16+"]

    def band(age: float) -> str:
        if math.isnan(age):
            return ""
        return "0-4" if age < 5 else "5-10" if age < 11 else "11-15" if age < 16 else "16+"

    for i in range(n):
        if primary[i]:
            labels[i].append(f"primary need: {primary[i]}")
        if legal[i]:
            labels[i].append(f"legal status: {legal[i]}")
        if band(ages[i]):
            labels[i].append(f"aged {band(ages[i])}")
    features = CaseFeatures(keys, refs, labels, text)
    features.blocks = {
        "who": _normalise(who),
        "areas": _normalise(area),
        "seriousness": _normalise(serious),
        "primary need": _onehot(primary, list(lists.primary_need)),
        "legal status": _onehot(legal, list(lists.legal_status)),
        "age": _onehot([band(a) for a in ages], bands),
        "words": _tfidf(text),
    }
    return features


def _tfidf(texts: Sequence[str], max_terms: int = 1500) -> FloatArray:
    docs = [tokens(t) for t in texts]
    df: Counter[str] = Counter()
    for doc in docs:
        df.update(set(doc))
    n = len(docs)
    # Words in at least two cases and at most half of them: shared, but not everywhere.
    vocab = sorted(
        (w for w, k in df.items() if 2 <= k <= max(2, n // 2)),
        key=lambda w: (-df[w], w),
    )[:max_terms]
    index = {w: i for i, w in enumerate(vocab)}
    out = np.zeros((n, len(vocab)))
    for row, doc in enumerate(docs):
        for word, count in Counter(doc).items():
            col = index.get(word)
            if col is not None:
                out[row, col] = (1 + math.log(count)) * math.log((1 + n) / (1 + df[word]))
    return _normalise(out)


DEFAULT_WEIGHTS = {
    "who": 1.0,
    "areas": 1.2,
    "seriousness": 0.4,
    "primary need": 0.6,
    "legal status": 0.4,
    "age": 0.5,
    "words": 1.2,
}


def combine(features: CaseFeatures, weights: dict[str, float] | None = None) -> FloatArray:
    """One row per case: the blocks, each weighted, then made unit length (cosine geometry) and
    put on the grid, so that similarities do not depend on the machine."""
    weights = weights or DEFAULT_WEIGHTS
    parts = [
        features.blocks[name] * w for name, w in weights.items() if w and name in features.blocks
    ]
    matrix = np.hstack(parts) if parts else np.zeros((len(features.keys), 1))
    return on_grid(_normalise(_reduce(matrix)))


def _reduce(matrix: FloatArray, dims: int = 64, seed: int = 0) -> FloatArray:
    """A randomized SVD projection (Halko et al. 2011) when there are many columns: the
    grouping and similarities need the main directions, and it keeps 10,000 cases quick."""
    n, d = matrix.shape
    if d <= dims or n <= dims:
        return matrix
    rng = np.random.default_rng(seed)
    sketch = matrix @ rng.standard_normal((d, dims + 10))
    q, _ = np.linalg.qr(sketch)
    small = q.T @ matrix
    u, s, _ = np.linalg.svd(small, full_matrices=False)
    reduced: FloatArray = (q @ u[:, :dims]) * s[:dims]
    return reduced


# --- grouping -----------------------------------------------------------------------------------


def kmeans(
    x: FloatArray, k: int, seed: int = 0, iterations: int = 50
) -> np.ndarray[Any, np.dtype[np.int64]]:
    """Spherical k-means with k-means++ seeding, deterministic for a seed; several starts."""
    best_labels = np.zeros(len(x), dtype=np.int64)
    best_score = -np.inf
    for start in range(4):
        rng = np.random.default_rng(seed * 100 + start)
        centres = [x[rng.integers(len(x))]]
        for _ in range(1, k):
            sims = np.max(np.stack([x @ c for c in centres]), axis=0)
            dist = np.clip(1 - sims, 0, None) ** 2
            total = dist.sum()
            pick = rng.choice(len(x), p=dist / total) if total > 0 else rng.integers(len(x))
            centres.append(x[pick])
        c = np.stack(centres)
        labels = np.zeros(len(x), dtype=np.int64)
        for _ in range(iterations):
            new = np.argmax(x @ c.T, axis=1)
            if np.array_equal(new, labels) and _ > 0:
                break
            labels = new
            for j in range(k):
                members = x[labels == j]
                if len(members):
                    centre = members.sum(axis=0)
                    c[j] = on_grid(centre / (np.linalg.norm(centre) or 1.0))
        score = float(np.sum(np.max(x @ c.T, axis=1)))
        if score > best_score:
            best_score, best_labels = score, labels.copy()
    return _canonical(best_labels)


def _canonical(labels: np.ndarray[Any, np.dtype[np.int64]]) -> np.ndarray[Any, np.dtype[np.int64]]:
    """Number groups by size, largest first (ties by first case), so S1 is the biggest."""
    counts = Counter(labels.tolist())
    first = {lab: int(np.argmax(labels == lab)) for lab in counts}
    order = sorted(counts, key=lambda lab: (-counts[lab], first[lab]))
    mapping = {old: new for new, old in enumerate(order)}
    return np.array([mapping[lab] for lab in labels.tolist()], dtype=np.int64)


def silhouette(
    x: FloatArray, labels: np.ndarray[Any, np.dtype[np.int64]], sample: int = 1500, seed: int = 0
) -> float:
    """Mean silhouette (cosine distance) on at most ``sample`` cases."""
    n = len(x)
    idx = np.arange(n)
    if n > sample:
        idx = np.sort(np.random.default_rng(seed).choice(n, sample, replace=False))
    xs, ls = x[idx], labels[idx]
    dist = 1 - xs @ xs.T
    scores = []
    groups = np.unique(ls)
    if len(groups) < 2:
        return -1.0
    for i in range(len(xs)):
        own = ls == ls[i]
        if own.sum() <= 1:
            scores.append(0.0)
            continue
        a = dist[i, own].sum() / (own.sum() - 1)
        b = min(dist[i, ls == g].mean() for g in groups if g != ls[i])
        scores.append((b - a) / max(a, b) if max(a, b) > 0 else 0.0)
    return float(np.mean(scores))


def choose_groups(
    x: FloatArray, seed: int = 0, k: int | None = None
) -> tuple[np.ndarray[Any, np.dtype[np.int64]], int, dict[int, float]]:
    """The grouping, with the number of groups set by the user or chosen by silhouette within
    a sensible range (3 to 12, and at most a group for every 6 cases)."""
    n = len(x)
    if n < 2:
        return np.zeros(n, dtype=np.int64), 1, {}
    if k is not None:
        k = max(1, min(k, n))
        return kmeans(x, k, seed), k, {}
    high = max(MIN_GROUPS, min(MAX_GROUPS, n // 6))
    scores = {}
    best = None
    for candidate in range(min(MIN_GROUPS, n), high + 1):
        labels = kmeans(x, candidate, seed)
        scores[candidate] = silhouette(x, labels, seed=seed)
        if best is None or scores[candidate] > scores[best[1]] + 1e-9:
            best = (labels, candidate)
    assert best is not None
    return best[0], best[1], scores


@dataclass(slots=True)
class Suggestion:
    label: str
    members: list[int]
    features: list[tuple[str, float, float]]  # (feature, share in group, share overall)
    typical: int  # index of the case closest to the group's centre


def explain(
    features: CaseFeatures, x: FloatArray, labels: np.ndarray[Any, np.dtype[np.int64]]
) -> list[Suggestion]:
    """Each group's three or four most telling features (most common in it, and much more
    common than overall), and its most typical case (the first by case ref on a tie)."""
    n = len(features.keys)
    rank = ref_rank(features.refs)
    overall: Counter[str] = Counter()
    per_case = [set(lab) for lab in features.labels]
    for labs in per_case:
        overall.update(labs)
    out = []
    for g in sorted(set(labels.tolist())):
        members = [i for i in range(n) if labels[i] == g]
        counts: Counter[str] = Counter()
        for i in members:
            counts.update(per_case[i])
        scored = []
        for feature, k in counts.items():
            share = k / len(members)
            base = overall[feature] / n
            if share >= 0.4 and share > base:
                scored.append((share * (share - base), feature, share, base))
        scored.sort(key=lambda t: (-t[0], t[1]))
        chosen = [(f, s, b) for _, f, s, b in scored[:4]]
        fit = x[members] @ on_grid(x[members].mean(axis=0))
        best = min(range(len(members)), key=lambda m: (-fit[m], rank[members[m]]))
        typical = members[best]
        out.append(Suggestion(f"S{g + 1}", members, chosen, typical))
    return out


def similar_cases(
    x: FloatArray,
    rank: np.ndarray[Any, np.dtype[np.int64]] | None = None,
    top: int = SIMILAR,
    chunk: int = 2000,
) -> list[list[tuple[int, float]]]:
    """For each case, the ``top`` most similar other cases (cosine similarity, to
    LIKENESS_PLACES places), most similar first; equal likenesses in ``rank`` order (case-ref
    order: ``ref_rank``), else in case order."""
    n = len(x)
    rank = np.arange(n) if rank is None else rank
    k = min(top, n - 1)
    out: list[list[tuple[int, float]]] = []
    for start in range(0, n, chunk):
        sims = np.round(x[start : start + chunk] @ x.T, LIKENESS_PLACES)
        for offset, row in enumerate(sims):
            if k <= 0:
                out.append([])
                continue
            row[start + offset] = -np.inf
            # Every case as likely as the k-th most likely is a candidate, so a tie at the
            # cut is decided by case ref too, not by where partitioning happened to stop.
            kth = np.partition(row, n - k)[n - k]
            candidates = np.flatnonzero(row >= kth)
            best = candidates[np.lexsort((rank[candidates], -row[candidates]))][:k]
            out.append([(int(j), float(row[j])) for j in best])
    return out


def adjusted_rand(a: Sequence[Any], b: Sequence[Any]) -> float:
    """Adjusted Rand index of two groupings of the same cases (Hubert and Arabie 1985)."""
    n = len(a)
    if n < 2:
        return 1.0
    table = Counter(zip(a, b, strict=True))
    rows, cols = Counter(a), Counter(b)

    def pairs(k: int) -> float:
        return k * (k - 1) / 2

    index = sum(pairs(v) for v in table.values())
    row_sum = sum(pairs(v) for v in rows.values())
    col_sum = sum(pairs(v) for v in cols.values())
    expected = row_sum * col_sum / pairs(n)
    maximum = (row_sum + col_sum) / 2
    return 1.0 if maximum == expected else (index - expected) / (maximum - expected)


# --- sorters ------------------------------------------------------------------------------------


@dataclass(slots=True)
class Sorting:
    sorters: list[str]
    placed: dict[str, dict[str, str]]  # sorter -> case key -> the name as the sorter wrote it


def read_sorting(shuffle: OldShuffle) -> Sorting:
    header, rows = _table(shuffle.package, SH_S_SORTING)
    if not header:
        return Sorting([], {})
    ref_col = header.index("Case ref") + 1 if "Case ref" in header else 1
    sorters = [h for i, h in enumerate(header) if h and i + 1 != ref_col and h not in SORTING_FIXED]
    placed: dict[str, dict[str, str]] = {s: {} for s in sorters}
    for _, cells in rows:
        key = case_key(_text(cells.get(ref_col)))
        if not key:
            continue
        for sorter in sorters:
            name = _text(cells.get(header.index(sorter) + 1))
            if name:
                placed[sorter][key] = " ".join(name.split())
    return Sorting(sorters, placed)


SORTING_FIXED = ("Case ref", "Age", "Primary need", "Story (start)")


def _name_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", name.casefold()).strip()


def standardise(sorting: Sorting, kept: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    """(sorter, name as written) -> standard name. Names the group has already mapped (on the
    Group names sheet) keep their mapping; a new name is matched to the standard name whose
    cases overlap it most (Jaccard at least 0.4), or to one written the same way, or becomes a
    standard name itself."""
    members: dict[tuple[str, str], set[str]] = {}
    for sorter, placed in sorting.placed.items():
        for key, name in placed.items():
            members.setdefault((sorter, name), set()).add(key)
    mapping: dict[tuple[str, str], str] = {}
    standard_cases: dict[str, set[str]] = {}
    for pair, cases in sorted(members.items(), key=lambda t: (-len(t[1]), t[0])):
        if kept.get(pair):
            mapping[pair] = kept[pair]
            standard_cases.setdefault(kept[pair], set()).update(cases)
    for pair, cases in sorted(members.items(), key=lambda t: (-len(t[1]), t[0])):
        if pair in mapping:
            continue
        same = [s for s in standard_cases if _name_key(s) == _name_key(pair[1])]
        best, best_j = None, 0.0
        for standard, others in standard_cases.items():
            j = len(cases & others) / len(cases | others)
            if j > best_j:
                best, best_j = standard, j
        if same:
            chosen = same[0]
        elif best is not None and best_j >= 0.4:
            chosen = best
        else:
            chosen = pair[1]
        mapping[pair] = chosen
        standard_cases.setdefault(chosen, set()).update(cases)
    return mapping


@dataclass(slots=True)
class Agreement:
    keys: list[str]  # cases sorted by at least one sorter, in Cases order
    co: FloatArray  # share of sorters (who sorted both) putting two cases together
    sorted_by: list[int]
    modal: list[str]
    case_agreement: list[float]
    group_agreement: dict[str, tuple[int, float]]  # standard name -> (cases, agreement)
    consensus: list[int]
    consensus_names: list[str]


def agreement(
    keys_in_order: Sequence[str], sorting: Sorting, mapping: dict[tuple[str, str], str]
) -> Agreement:
    """Co-occurrence, agreement per case and per group, and a consensus grouping.

    Agreement of a case: the share of its sorters who put it in its most common standard
    group. Agreement of a group: the mean co-occurrence over pairs of the cases whose most
    common group it is. Consensus: average-linkage grouping on 1 - co-occurrence, merging
    while cases are together for more than half of the sorters.
    """
    std: dict[str, dict[str, str]] = {
        sorter: {key: mapping[(sorter, name)] for key, name in placed.items()}
        for sorter, placed in sorting.placed.items()
    }
    keys = [k for k in keys_in_order if any(k in p for p in std.values())]
    n = len(keys)
    together = np.zeros((n, n))
    both = np.zeros((n, n))
    sorted_by = [0] * n
    modal, case_agreement = [], []
    for i, key in enumerate(keys):
        names = [p[key] for p in std.values() if key in p]
        sorted_by[i] = len(names)
        counts = Counter(names)
        top = max(counts.values())
        modal.append(sorted(n for n, k in counts.items() if k == top)[0])
        case_agreement.append(top / len(names))
    for placed in std.values():
        present = np.array([k in placed for k in keys])
        names = [placed.get(k, "") for k in keys]
        same = (
            np.array([[names[i] == names[j] for j in range(n)] for i in range(n)])
            if n <= 2000
            else None
        )
        mask = np.outer(present, present)
        both += mask
        if same is not None:
            together += mask & same
    co = np.divide(together, both, out=np.zeros_like(together), where=both > 0)
    np.fill_diagonal(co, 1.0)
    group_agreement: dict[str, tuple[int, float]] = {}
    for name in sorted(set(modal)):
        idx = [i for i in range(n) if modal[i] == name]
        if len(idx) > 1:
            sub = co[np.ix_(idx, idx)]
            value = (sub.sum() - len(idx)) / (len(idx) * (len(idx) - 1))
        else:
            value = 1.0
        group_agreement[name] = (len(idx), float(value))
    consensus = _average_linkage(co, 0.5)
    names_of: list[str] = []
    for g in sorted(set(consensus)):
        votes = Counter(modal[i] for i in range(n) if consensus[i] == g)
        names_of.append(sorted(votes.items(), key=lambda t: (-t[1], t[0]))[0][0])
    return Agreement(
        keys, co, sorted_by, modal, case_agreement, group_agreement, consensus, names_of
    )


def _average_linkage(co: FloatArray, threshold: float) -> list[int]:
    """Agglomerative clustering with average linkage on similarity ``co``; merges while the
    closest pair of clusters is together for more than ``threshold`` of sorters."""
    sim = co.copy().astype(float)
    np.fill_diagonal(sim, -1)
    active = list(range(len(co)))
    size = dict.fromkeys(active, 1)
    members = {i: [i] for i in active}
    while len(active) > 1:
        sub = sim[np.ix_(active, active)]
        flat = int(np.argmax(sub))
        a, b = divmod(flat, len(active))
        if sub[a, b] <= threshold:
            break
        i, j = active[a], active[b]
        # Average linkage: the merged row is the size-weighted mean of the two.
        merged = (sim[i] * size[i] + sim[j] * size[j]) / (size[i] + size[j])
        sim[i, :] = merged
        sim[:, i] = merged
        sim[i, i] = -1
        size[i] += size[j]
        members[i] += members[j]
        active.remove(j)
    labels = [0] * len(co)
    order = sorted(active, key=lambda c: (-len(members[c]), min(members[c])))
    for new, c in enumerate(order):
        for m in members[c]:
            labels[m] = new
    return labels


# --- the command --------------------------------------------------------------------------------


@dataclass(slots=True)
class SuggestResult:
    path: Path
    k: int
    suggestions: list[Suggestion]
    scores: dict[int, float]
    sorters: list[str]
    agreement: Agreement | None


MIN_CASES = 3  # fewer cannot be grouped (and the clustering needs at least this many)
SUGGEST_SHEETS = (SH_S_SUGGESTIONS, SH_S_SIMILAR, SH_S_AGREEMENT, SH_S_GROUP_NAMES)


def suggest(
    folder: Path,
    k: int | None = None,
    seed: int = 0,
    setup: Setup | None = None,
    weights: dict[str, float] | None = None,
) -> SuggestResult:
    """Fill Suggested group on Cases and write the Suggestions, Similar cases, Sorting (once),
    Group names and Agreement sheets. Never touches the group's cells."""
    setup = setup or read_setup(folder)
    holder: dict[str, Any] = {}

    def change(old: OldShuffle, rows: list[Row]) -> None:
        cases = sum(1 for row in rows if row.key)
        if cases < MIN_CASES:
            raise NothingToDo(
                f"{SHUFFLE_FILE} has {cases or 'no'} case(s): grouping needs {MIN_CASES} or "
                f"more. Merge more returns first ('needsaudit merge {folder}'). Nothing was "
                f"written."
            )
        features = build_features(setup, old)
        x = combine(features, weights)
        labels, chosen_k, scores = choose_groups(x, seed, k)
        suggestions = explain(features, x, labels)
        label_of = {features.keys[i]: f"S{int(labels[i]) + 1}" for i in range(len(features.keys))}
        for row in rows:
            if row.key:
                row.values[COL_SUGGESTED] = label_of.get(row.key, "")
        sorting = read_sorting(old)
        kept = _read_mapping(old)
        mapping = standardise(sorting, kept)
        agree = agreement(features.keys, sorting, mapping) if sorting.sorters else None
        holder.update(
            features=features,
            x=x,
            k=chosen_k,
            scores=scores,
            suggestions=suggestions,
            sorting=sorting,
            mapping=mapping,
            agreement=agree,
            has_sorting=old.package.sheet(SH_S_SORTING) is not None,
            rows=rows,
        )

    def extra(wb: Any, fmt: Formats, sheet_for: Callable[[str], Any]) -> None:
        _write_suggestions(sheet_for(SH_S_SUGGESTIONS), fmt, holder)
        _write_similar(wb, sheet_for(SH_S_SIMILAR), fmt, holder)
        if not holder["has_sorting"]:
            _write_sorting(sheet_for(SH_S_SORTING), fmt, holder)
        _write_group_names(sheet_for(SH_S_GROUP_NAMES), fmt, holder)
        _write_agreement(wb, sheet_for(SH_S_AGREEMENT), fmt, holder)

    result = rewrite(folder, setup, change, extra, SUGGEST_SHEETS)
    return SuggestResult(
        result.path,
        holder["k"],
        holder["suggestions"],
        holder["scores"],
        holder["sorting"].sorters,
        holder["agreement"],
    )


def _read_mapping(old: OldShuffle) -> dict[tuple[str, str], str]:
    header, rows = _table(old.package, SH_S_GROUP_NAMES)
    if not header or "Sorter" not in header:
        return {}
    col = {h: i + 1 for i, h in enumerate(header)}
    out = {}
    for _, cells in rows:
        sorter = _text(cells.get(col["Sorter"]))
        raw = " ".join(_text(cells.get(col.get("Name as written", 0))).split())
        standard = _text(cells.get(col.get("Standard name", 0)))
        if sorter and raw:
            out[(sorter, raw)] = standard
    return out


SUGGESTION_WIDTHS = (11, 8, 66, 11, 66)
STORY_START = 300  # characters of the typical case's story shown


def _write_suggestions(ws: Any, fmt: Formats, h: dict[str, Any]) -> None:
    f: CaseFeatures = h["features"]
    last = len(SUGGESTION_WIDTHS) - 1
    ws.merge_range(
        0,
        0,
        0,
        last,
        "Suggested groups: advice from a statistical grouping, never a decision",
        fmt.title,
    )
    ws.set_row(0, 24)
    note = (
        f"{len(f.keys)} cases grouped by who holds the needs, their areas and seriousness, "
        "primary need, legal status, age and the words of the stories and need statements. "
        f"{h['k']} groups "
        + (
            "chosen from the data (the best separated grouping between 3 and 12)."
            if h["scores"]
            else "as asked."
        )
    )
    ws.merge_range(1, 0, 1, last, note, fmt.note)
    ws.set_row(1, text_height(note, sum(SUGGESTION_WIDTHS)))
    header = (
        "Suggestion",
        "Cases",
        "What its cases share most",
        "Typical case",
        "Typical story (start)",
    )
    ws.write_row(3, 0, header, fmt.header)
    # Every cell at the top of its row, so a count and a typical case sit beside their text.
    label, count, text = fmt(bold=True), fmt(align="left"), fmt.wrap
    r = 3
    for r, s in enumerate(h["suggestions"], start=4):
        ws.write_string(r, 0, s.label, label)
        ws.write_number(r, 1, len(s.members), count)
        shared = (
            "; ".join(
                f"{feat} ({share:.0%} of its cases, {base:.0%} overall)"
                for feat, share, base in s.features
            )
            or "no feature stands out"
        )
        story = f.text[s.typical]
        if len(story) > STORY_START:  # the start, cut at a word, and marked as cut
            story = story[:STORY_START].rsplit(" ", 1)[0] + " …"
        ws.write_string(r, 2, shared, text)
        ws.write_string(r, 3, f.refs[s.typical], fmt())
        ws.write_string(r, 4, story, text)
        shared_h = text_height(shared, SUGGESTION_WIDTHS[2])
        ws.set_row(r, max(shared_h, text_height(story, SUGGESTION_WIDTHS[4])))
    for col, width in enumerate(SUGGESTION_WIDTHS):
        ws.set_column(col, col, width)
    ws.freeze_panes(4, 0)
    print_table(ws, r, last, title_rows=4)


def _write_similar(wb: Any, ws: Any, fmt: Formats, h: dict[str, Any]) -> None:
    f: CaseFeatures = h["features"]
    similar = similar_cases(h["x"], ref_rank(f.refs))
    header = ["Case ref"]
    for i in range(1, SIMILAR + 1):
        header += [f"Similar {i}", f"Likeness {i}"]
    ws.write_row(0, 0, header, fmt.header)
    pct = fmt(num_format="0%")
    for r, items in enumerate(similar, start=1):
        ws.write_string(r, 0, f.refs[r - 1])
        for i, (j, score) in enumerate(items):
            ws.write_string(r, 1 + 2 * i, f.refs[j])
            ws.write_number(r, 2 + 2 * i, max(0.0, score), pct)
    for i in range(SIMILAR):
        col = 2 + 2 * i
        ws.conditional_format(
            1,
            col,
            max(len(similar), 1),
            col,
            {
                "type": "3_color_scale",
                "min_color": SCALE_LOW,
                "mid_color": TEXT_SCALE_MID,
                "max_color": TEXT_SCALE_HIGH,
            },
        )
    ws.set_column(0, len(header) - 1, 10)
    ws.freeze_panes(1, 1)
    print_table(ws, max(len(similar), 1), len(header) - 1)
    del wb


def _write_sorting(ws: Any, fmt: Formats, h: dict[str, Any]) -> None:
    f: CaseFeatures = h["features"]
    rows: list[Row] = h["rows"]
    by_key = {r.key: r for r in rows if r.key}
    ws.write_row(0, 0, (*SORTING_FIXED, "Sorter 1", "Sorter 2", "Sorter 3"), fmt.header)
    entry = fmt(bg_color="#FFFBEA", border=1, border_color="#E0D5A8", text_wrap=True)
    widths = (10, 5, 20, 56, 20, 20, 20)
    for r, key in enumerate(f.keys, start=1):
        row = by_key[key]
        ws.write_string(r, 0, f.refs[r - 1])
        age = row.values.get("Age")
        if isinstance(age, int | float):
            ws.write_number(r, 1, age, fmt(align="left"))
        need = str(row.values.get("Primary need") or "")
        ws.write_string(r, 2, need, fmt.wrap)
        story = str(row.values.get("Story") or "")[:160]
        ws.write_string(r, 3, story, fmt.wrap)
        # Room for the story, and for a sorter's group name of two lines.
        ws.set_row(r, max(text_height(story, widths[3]), text_height(need, widths[2]), 30))
        for c in (4, 5, 6):
            ws.write_blank(r, c, None, entry)
    for c, width in enumerate(widths):
        ws.set_column(c, c, width)
    ws.freeze_panes(1, 1)
    print_table(ws, max(len(f.keys), 1), 6)
    ws.write_comment(
        0,
        4,
        "Each sorter writes a group name for each case in their own column. "
        "Add columns for more sorters. Then run: needsaudit suggest",
    )


def _write_group_names(ws: Any, fmt: Formats, h: dict[str, Any]) -> None:
    mapping: dict[tuple[str, str], str] = h["mapping"]
    sorting: Sorting = h["sorting"]
    ws.write_row(0, 0, ("Sorter", "Name as written", "Standard name", "Cases"), fmt.header)
    ws.write_comment(
        0,
        2,
        "Edit a standard name to merge or split sorters' groups; "
        "your edits are kept when suggest runs again.",
    )
    editable = fmt(bg_color="#FFFBEA", border=1, border_color="#E0D5A8")
    counts = Counter(
        (sorter, name) for sorter, placed in sorting.placed.items() for name in placed.values()
    )
    for r, ((sorter, raw), standard) in enumerate(
        sorted(mapping.items(), key=lambda t: (group_key(t[1]), t[0])), start=1
    ):
        ws.write_string(r, 0, sorter)
        ws.write_string(r, 1, raw)
        ws.write_string(r, 2, standard, editable)
        ws.write_number(r, 3, counts[(sorter, raw)])
    ws.set_column(0, 0, 14)
    ws.set_column(1, 2, 32)
    ws.freeze_panes(1, 0)
    print_table(ws, max(len(mapping), 1), 3)


def _write_agreement(wb: Any, ws: Any, fmt: Formats, h: dict[str, Any]) -> None:
    agree: Agreement | None = h["agreement"]
    f: CaseFeatures = h["features"]
    if agree is None:
        ws.set_column(0, 0, 100)
        ws.write_string(
            0,
            0,
            "No sorters yet: record sorters' groupings on the Sorting sheet, "
            "then run suggest again.",
            fmt(italic=True, font_color=MUTED),
        )
        return
    ref_of = dict(zip(f.keys, f.refs, strict=True))
    pct = fmt(num_format="0%")
    ws.write_string(0, 0, f"Agreement between {len(h['sorting'].sorters)} sorters", fmt.title)
    ws.write_row(
        2,
        0,
        ("Case ref", "Sorted by", "Most common group", "Agreement", "Consensus group"),
        fmt.header,
    )
    order = sorted(
        range(len(agree.keys)), key=lambda i: (agree.case_agreement[i], ref_of[agree.keys[i]])
    )
    for r, i in enumerate(order, start=3):
        ws.write_string(r, 0, ref_of[agree.keys[i]])
        ws.write_number(r, 1, agree.sorted_by[i])
        ws.write_string(r, 2, agree.modal[i])
        ws.write_number(r, 3, round(agree.case_agreement[i], LIKENESS_PLACES), pct)
        ws.write_string(r, 4, agree.consensus_names[agree.consensus[i]])
    last = 3 + len(order) - 1
    ws.conditional_format(
        3,
        3,
        max(last, 3),
        3,
        {
            "type": "3_color_scale",
            "min_color": SCALE_LOW,
            "mid_color": TEXT_SCALE_MID,
            "max_color": TEXT_SCALE_HIGH,
        },
    )
    col = 6
    ws.write_row(2, col, ("Group (standard name)", "Cases", "Agreement"), fmt.header)
    for r, (name, (count, value)) in enumerate(sorted(agree.group_agreement.items()), start=3):
        ws.write_string(r, col, name)
        ws.write_number(r, col + 1, count)
        ws.write_number(r, col + 2, round(value, LIKENESS_PLACES), pct)
    ws.set_column(0, 0, 11)
    ws.set_column(1, 1, 9)
    ws.set_column(2, 2, 26)
    ws.set_column(3, 3, 10)
    ws.set_column(4, 4, 26)
    ws.set_column(col, col, 28)
    n = len(agree.keys)
    top = max(last, 3 + len(agree.group_agreement)) + 3
    # On paper, the two tables; the matrix below is for the screen (a page per dozen cases).
    print_table(ws, top - 3, col + 2, title_rows=3)
    ws.write_string(
        top - 1,
        0,
        "How often sorters put two cases together (share of the sorters who sorted both)",
        fmt(bold=True),
    )
    if n > MATRIX_LIMIT:
        ws.write_string(top, 0, f"{n} cases: too many to show the matrix here.", fmt.note)
        return
    for j, key in enumerate(agree.keys):
        ws.write_string(top, 1 + j, ref_of[key], fmt(rotation=90, bold=True))
    for i, key in enumerate(agree.keys):
        ws.write_string(top + 1 + i, 0, ref_of[key], fmt(bold=True))
        for j in range(n):
            ws.write_number(top + 1 + i, 1 + j, round(float(agree.co[i, j]), LIKENESS_PLACES), pct)
    ws.conditional_format(
        top + 1,
        1,
        top + n,
        n,
        {
            "type": "3_color_scale",
            "min_color": SCALE_LOW,
            "mid_color": TEXT_SCALE_MID,
            "max_color": TEXT_SCALE_HIGH,
        },
    )
    del wb


def feature_ablation(
    setup: Setup, shuffle: OldShuffle, truth: dict[str, str], seed: int = 0
) -> dict[str, float]:
    """Adjusted Rand index against the patterns a fictional audit was written from, for the
    default features and for each block alone (the measure the closing notes report)."""
    features = build_features(setup, shuffle)
    keys = [k for k in features.keys if k in truth]
    idx = [features.keys.index(k) for k in keys]
    wanted = [truth[k] for k in keys]
    out = {}
    variants: dict[str, dict[str, float] | None] = {"all features": None}
    for name in DEFAULT_WEIGHTS:
        variants[f"{name} only"] = {name: 1.0}
    variants["without words"] = {k: v for k, v in DEFAULT_WEIGHTS.items() if k != "words"}
    for label, weights in variants.items():
        x = combine(features, weights)
        labels, _, _ = choose_groups(x, seed, k=len(set(wanted)))
        out[label] = adjusted_rand(wanted, [int(labels[i]) for i in idx])
    labels, chosen, _ = choose_groups(combine(features), seed)
    out[f"all features, {chosen} groups chosen"] = adjusted_rand(
        wanted, [int(labels[i]) for i in idx]
    )
    return out
