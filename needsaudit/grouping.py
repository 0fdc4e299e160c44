"""The statistics behind suggest: what each case is about, as numbers, and groupings of them.

A case is read from every field of its form as merged into shuffle.xlsx: the need statements
(weighted over the story, because they are the auditor's own summary of what matters), what
happens if each need is not met, the outcome and the work, who holds each need, its area and
seriousness, the services best placed and received, the story and the auditor's notes, and
the case's primary need, legal status, age and disability. Free text is read as practitioners
write it (``lexicon``): abbreviations spelled out and themes found however they are worded,
and a theme in a need held by a parent is told apart from the same theme held by the child
("mother's depression" is not "the boy's anxiety"). The words and themes are also read as
the kinds of need audits keep finding (``needtypes``, a model learnt from hand-written audits),
so two cases of the same kind are near however differently they are written.

The auditor and agency are left out on purpose: who wrote a form says how it is written, not
what the case is about, and grouping by it would group by writing style.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from . import lexicon, needtypes
from .audit import Setup
from .names import case_key
from .shufflebook import ShuffleBook, tool_value

FloatArray = np.ndarray[Any, np.dtype[np.float64]]
IntArray = np.ndarray[Any, np.dtype[np.int64]]
Bag = defaultdict[str, float]  # term -> weighted count

# Case vectors, spectral embeddings and group centres are rounded to a grid of 2**-20 (about a
# millionth). A dot product of two grid vectors of length at most 1 is a sum of multiples of
# 2**-40 far inside float64's 53 bits, so it is exact whatever order BLAS adds in (thread
# count, SIMD width, OpenBLAS or MKL, numpy version): every similarity, and so every grouping,
# ranking and tie, is the same on every machine. The rounding itself only meets machine noise
# (about 1e-16) when a value lies that close to a grid point's midpoint.
GRID = float(2**20)


def on_grid(matrix: FloatArray) -> FloatArray:
    out: FloatArray = np.rint(matrix * GRID) / GRID
    return out


def ref_rank(refs: Sequence[str]) -> IntArray:
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
    children needs need needed young person year years aged age boy girl able get gets got
    make makes made able well one two three four also lot still time times since being going
    going know knows says said told tell week weeks day days month months way ways want wants
    """.split()  # noqa: SIM905 - a word list reads better as text
)

# Who holds a need, in three kinds: the same theme means something else for each.
PARENT_WHO = frozenset({"mother", "father", "parent or carer"})
CHILD_WHO = frozenset({"child", "sibling"})


@dataclass(slots=True)
class NeedRow:
    who: str
    area: str
    need: str
    if_not_met: str
    level: int | None
    outcome: str
    work: str
    service: str


@dataclass(slots=True)
class CaseRecord:
    """What the form says of one case, as merged into shuffle.xlsx."""

    key: str
    ref: str
    story: str
    needs: list[NeedRow]
    services: list[str]
    primary_need: str
    legal_status: str
    age: float | None
    disability: str
    notes: str
    auditor: str = ""  # who wrote the form: its style, never what it is about


def _s(value: Any) -> str:
    return "" if value is None else " ".join(str(value).split())


def holder(who: str) -> str:
    w = who.strip().casefold()
    return "parent" if w in PARENT_WHO else "child" if w in CHILD_WHO else "family"


def read_cases(setup: Setup, shuffle: ShuffleBook) -> list[CaseRecord]:
    """Case records from the shuffle workbook's Cases rows (by header) and its Needs and
    Services rows (tool-owned sheets, in the tool's column order: case ref first)."""
    needs = shuffle.needs()
    services = shuffle.services()
    out = []
    for old in shuffle.rows:
        if not old.key:
            continue
        key = old.key
        row = {h: tool_value(h, c) for h, c in old.cells.items()}
        age_value = row.get("Age")
        age = (
            float(age_value)
            if isinstance(age_value, int | float) and not isinstance(age_value, bool)
            else None
        )
        need_rows = [
            NeedRow(
                _s(n.who),
                _s(n.area),
                _s(n.need),
                _s(n.if_not_met),
                setup.lists.seriousness_rank(_s(n.seriousness)),
                _s(n.outcome),
                _s(n.work),
                _s(n.best_service),
            )
            for n in needs.get(key, [])
        ]
        out.append(
            CaseRecord(
                key,
                _s(row.get("Case ref")),
                _s(row.get("Story")),
                need_rows,
                [_s(s.service) for s in services.get(key, []) if _s(s.service)],
                _s(row.get("Primary need")),
                _s(row.get("Legal status")),
                age,
                _s(row.get("Disability")),
                _s(row.get("Auditor's notes")),
                _s(row.get("Auditor")),
            )
        )
    return out


_PARENT_WORDS = re.compile(
    r"\b(?:mother|father|parents?|mum|mam|mom|dad|step-?(?:father|mother|dad|mum)|"
    r"carers?|partner|grandmother|grandfather)\b",
    re.IGNORECASE,
)
_CHILD_WORDS = re.compile(
    r"\b(?:child|children|boy|girl|baby|infant|son|daughter|he|she|him|her|his|young person|"
    r"teenager|toddler|pupil|siblings?|brother|sister)\b",
    re.IGNORECASE,
)


def story_holder(sentence: str) -> str:
    """Whose a sentence of the story is about, when it says so plainly: a sentence naming a
    parent and no child ("Mother has bipolar disorder") is about the parent, and its themes
    count as the parent's, as in a need held by the parent. Otherwise nobody in particular."""
    if _PARENT_WORDS.search(sentence) and not _CHILD_WORDS.search(sentence):
        return "parent"
    return ""


def stem(word: str) -> str:
    """A light, deterministic stemmer: plurals and the commonest endings."""
    w = word.strip("'’-/+")
    for ending in ("ing", "ed", "ies", "es", "s"):
        if w.endswith(ending) and len(w) - len(ending) >= 4:
            return w[: -len(ending)] + ("y" if ending == "ies" else "")
    return w


def tokens(text: str) -> list[str]:
    """Content words of a text, abbreviations spelled out, stemmed."""
    out = []
    for w in lexicon.words(lexicon.expand(text)):
        w = w.strip("'’-/+")
        if len(w) < 3 or w in STOPWORDS or w.isdigit():
            continue
        out.append(stem(w))
    return out


# --- features ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Weights:
    """How much each part of the form counts. Block weights scale unit-length blocks; the
    field weights say how much a need statement counts over the story inside the text."""

    blocks: dict[str, float]
    need: float = 2.0
    need_detail: float = 1.0  # if not met, outcome, work
    story: float = 1.0
    notes: float = 0.5
    holders: bool = True  # a theme in a parent's need (or a sentence about a parent) is theirs
    theme_profiles: bool = True  # themes as shares of the case (else TF-IDF like words)


DEFAULT_WEIGHTS = Weights(
    {
        "words": 1.0,
        "themes": 1.0,
        "services": 0.5,
        "areas": 0.4,
        "who": 0.3,
        "seriousness": 0.2,
        "primary need": 0.3,
        "legal status": 0.2,
        "age": 0.4,
        "disability": 0.2,
        "types": 1.0,
    }
)


@dataclass(slots=True)
class CaseFeatures:
    """What suggest knows of each case, in Cases order."""

    keys: list[str]
    refs: list[str]
    labels: list[list[str]]  # readable features of each case ("theme: domestic abuse")
    text: list[str]  # the story, to show
    blocks: dict[str, FloatArray] = field(default_factory=dict)
    auditors: list[str] = field(default_factory=list)


def _normalise(matrix: FloatArray) -> FloatArray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    out: FloatArray = matrix / norms
    return out


MAX_TERMS = 3000


def _bags_to_tfidf(
    bags: Sequence[Mapping[str, float]], min_df: int = 2
) -> tuple[FloatArray, list[str]]:
    """TF-IDF (sublinear tf, smoothed idf) of weighted bags of terms, rows unit length. Terms
    in fewer than ``min_df`` cases cannot make two cases alike and are dropped."""
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(t for t, v in bag.items() if v > 0)
    n = len(bags)
    # The most widely shared terms first, at most MAX_TERMS (a 10,000-case audit's vocabulary
    # would not fit in memory as a dense matrix).
    vocab = sorted(
        sorted(
            (t for t, k in df.items() if k >= min(min_df, max(n, 1))), key=lambda t: (-df[t], t)
        )[:MAX_TERMS]
    )
    index = {t: i for i, t in enumerate(vocab)}
    out = np.zeros((n, len(vocab)))
    for row, bag in enumerate(bags):
        for term, count in bag.items():
            col = index.get(term)
            if col is not None and count > 0:
                out[row, col] = (1 + math.log1p(count)) * (math.log((1 + n) / (1 + df[term])) + 1)
    return _normalise(out), vocab


def _profiles(bags: Sequence[Mapping[str, float]]) -> FloatArray:
    """Each case's share of its talk about each theme, square-rooted (the Hellinger
    geometry of proportions): a case mostly about drink and a little about school is near
    another mostly about drink, however long either form is. No idf: a common theme such as
    domestic abuse is what a large Need Group is made of, not noise to discount."""
    vocab = sorted({t for bag in bags for t, v in bag.items() if v > 0})
    index = {t: i for i, t in enumerate(vocab)}
    out = np.zeros((len(bags), len(vocab)))
    for row, bag in enumerate(bags):
        for term, value in bag.items():
            if value > 0:
                out[row, index[term]] = value
    totals = out.sum(axis=1, keepdims=True)
    totals[totals == 0] = 1.0
    return _normalise(np.sqrt(out / totals))


def _counts(values: Sequence[Counter[str]], vocabulary: Sequence[str]) -> FloatArray:
    index = {v: i for i, v in enumerate(vocabulary)}
    out = np.zeros((len(values), len(vocabulary)))
    for row, counter in enumerate(values):
        for value, count in counter.items():
            if value in index:
                out[row, index[value]] += count
    return _normalise(out)


AGE_BANDS = ("unborn or under 1", "1-4", "5-9", "10-15", "16+")


def age_band(age: float | None) -> str:
    if age is None:
        return ""
    return AGE_BANDS[0 if age < 1 else 1 if age < 5 else 2 if age < 10 else 3 if age < 16 else 4]


def _adder(bag: Bag, theme_bag: Bag) -> Callable[..., None]:
    """Adds a text's words to ``bag`` and its themes to ``theme_bag``, weighted; a theme in a
    need is also counted as held by its kind of holder."""

    def add(text: str, weight: float, who_kind: str = "") -> None:
        if not text or weight <= 0:
            return
        for t in tokens(text):
            bag[t] += weight
        for theme in lexicon.themes(lexicon.expand(text)):
            theme_bag[theme] += weight
            if who_kind:
                theme_bag[f"{theme} ({who_kind}'s need)"] += weight

    return add


def text_bags(case: CaseRecord, weights: Weights | None = None) -> tuple[Bag, Bag]:
    """A case's weighted words and themes: the story sentence by sentence (a theme in a
    sentence about a parent is the parent's), the auditor's notes, and each need with its
    consequences, outcome and work (a theme in a parent's need is the parent's)."""
    w = weights or DEFAULT_WEIGHTS
    bag: Bag = defaultdict(float)
    theme_bag: Bag = defaultdict(float)
    add = _adder(bag, theme_bag)
    for sentence in re.split(r"(?<=[.!?;])\s+", case.story):
        add(sentence, w.story, story_holder(sentence) if w.holders else "")
    add(case.notes, w.notes)
    for need in case.needs:
        kind = holder(need.who) if w.holders else ""
        add(need.need, w.need, kind)
        for detail in (need.if_not_met, need.outcome, need.work):
            add(detail, w.need_detail, kind)
    return bag, theme_bag


def build_features(
    setup: Setup, cases: Sequence[CaseRecord], weights: Weights | None = None
) -> CaseFeatures:
    w = weights or DEFAULT_WEIGHTS
    lists = setup.lists
    words: list[Bag] = []
    themes: list[Bag] = []
    services: list[Counter[str]] = []
    areas: list[Counter[str]] = []
    who: list[Counter[str]] = []
    serious: list[Counter[str]] = []
    labels: list[list[str]] = []
    for case in cases:
        bag, theme_bag = text_bags(case, w)
        case_labels: list[str] = []
        svc: Counter[str] = Counter()
        ar: Counter[str] = Counter()
        wh: Counter[str] = Counter()
        se: Counter[str] = Counter()
        for need in case.needs:
            if need.service:
                svc[f"needs: {need.service}"] += 1
                svc[need.service] += 1
            if need.area:
                ar[need.area] += 1
                case_labels.append(f"area: {need.area}")
            if need.who:
                wh[need.who] += 1
                case_labels.append(f"needs held by: {need.who}")
            if need.level:
                se[str(min(need.level, 4))] += 1
        for s in case.services:
            svc[f"received: {s}"] += 1
            svc[s] += 1
        for theme in sorted({t for t in theme_bag if "'s need)" not in t}):
            if theme_bag[theme] >= 2:  # said more than in passing
                case_labels.append(f"about: {theme}")
        if case.primary_need:
            case_labels.append(f"primary need: {case.primary_need}")
        if case.legal_status:
            case_labels.append(f"legal status: {case.legal_status}")
        if age_band(case.age):
            case_labels.append(f"aged {age_band(case.age)}")
        words.append(bag)
        themes.append(theme_bag)
        services.append(svc)
        areas.append(ar)
        who.append(wh)
        serious.append(se)
        labels.append(case_labels)
    n = len(cases)
    one = [Counter({c.primary_need: 1}) for c in cases]
    legal = [Counter({c.legal_status: 1}) for c in cases]
    ages = [Counter({age_band(c.age): 1}) for c in cases]
    disability = [Counter({c.disability: 1}) for c in cases]
    features = CaseFeatures(
        [c.key for c in cases],
        [c.ref for c in cases],
        labels,
        [c.story for c in cases],
        auditors=[c.auditor.casefold() for c in cases],
    )
    kinds, likely = needtypes.profiles(
        [needtypes.case_bag(b, t) for b, t in zip(words, themes, strict=True)]
    )
    for case_labels, kind in zip(labels, likely, strict=True):
        if kind:
            case_labels.append(f"reads like: {kind}")
    features.blocks = {
        "words": _bags_to_tfidf(words)[0],
        "themes": _profiles(themes) if w.theme_profiles else _bags_to_tfidf(themes, 1)[0],
        "services": _bags_to_tfidf(services)[0],
        "areas": _counts(areas, [a for _, a in lists.areas]),
        "who": _counts(who, list(lists.who)),
        "seriousness": _counts(serious, ["1", "2", "3", "4"]),
        "primary need": _counts(one, list(lists.primary_need)),
        "legal status": _counts(legal, list(lists.legal_status)),
        "age": _counts(ages, AGE_BANDS),
        "disability": _counts(disability, ["Yes"]),
        "types": kinds,
    }
    assert all(len(b) == n for b in features.blocks.values())
    return features


STYLE_REMOVED = 0.5  # how much of each auditor's average case is taken off their cases


def combine(
    features: CaseFeatures,
    blocks: Mapping[str, float] | None = None,
    style: float = STYLE_REMOVED,
) -> FloatArray:
    """One row per case: the blocks, each weighted, made unit length (cosine geometry), with
    ``style`` of the writer's own average taken off (``remove_style``)."""
    blocks = DEFAULT_WEIGHTS.blocks if blocks is None else blocks
    parts = [
        features.blocks[name] * wt for name, wt in blocks.items() if wt and name in features.blocks
    ]
    parts = [p for p in parts if p.shape[1]]
    matrix = np.hstack(parts) if parts else np.zeros((len(features.keys), 1))
    x = _normalise(_reduce(_normalise(matrix)))
    if style:
        x = _normalise(remove_style(x, features.auditors, style))
    return on_grid(x)


def remove_style(x: FloatArray, auditors: Sequence[str], strength: float) -> FloatArray:
    """Each case less ``strength`` of the average case of its auditor. Every auditor writes
    in their own way (abbreviations, register, the services their agency records), and cases
    written by one person look alike for that reason alone: on hand-written audits nearest
    neighbours were the same auditor's cases 2.5 times as often as chance. Taking part of the
    writer's average off leaves what the case is about; not all of it, since auditors also
    see some kinds of case more than others. Only when several auditors wrote two or more
    forms each: with one writer there is no style to tell apart."""
    if len(auditors) != len(x):
        return x
    members: dict[str, list[int]] = {}
    for i, a in enumerate(auditors):
        members.setdefault(a, []).append(i)
    if sum(len(m) >= 2 for m in members.values()) < 2:
        return x
    out = x.copy()
    for idx in members.values():
        if len(idx) >= 2:
            out[idx] -= strength * x[idx].mean(axis=0)
    return out


def _reduce(matrix: FloatArray, dims: int = 64, seed: int = 0) -> FloatArray:
    """Fewer columns, same geometry. Up to SPECTRAL_LIMIT cases, an exact rotation onto the
    cases' own span (inner products kept, so nothing changes but speed); above it, a
    randomized SVD onto the main directions (Halko et al. 2011), which keeps 10,000 cases
    quick."""
    n, d = matrix.shape
    if n <= SPECTRAL_LIMIT:
        if d <= n:
            return matrix
        u, s, _ = np.linalg.svd(matrix, full_matrices=False)
        exact: FloatArray = u * s
        return exact
    if d <= dims:
        return matrix
    rng = np.random.default_rng(seed)
    sketch = matrix @ rng.standard_normal((d, dims + 10))
    q, _ = np.linalg.qr(sketch)
    u, s, _ = np.linalg.svd(q.T @ matrix, full_matrices=False)
    reduced: FloatArray = (q @ u[:, :dims]) * s[:dims]
    return reduced


# --- grouping -----------------------------------------------------------------------------------


def canonical(labels: Sequence[int] | IntArray) -> IntArray:
    """Number groups by size, largest first (ties by first case), so S1 is the biggest."""
    arr = np.asarray(labels, dtype=np.int64)
    counts = Counter(arr.tolist())
    first = {lab: int(np.argmax(arr == lab)) for lab in counts}
    order = sorted(counts, key=lambda lab: (-counts[lab], first[lab]))
    mapping = {old: new for new, old in enumerate(order)}
    return np.array([mapping[lab] for lab in arr.tolist()], dtype=np.int64)


def kmeans(
    x: FloatArray, k: int, seed: int = 0, starts: int = 10, iterations: int = 100
) -> IntArray:
    """Spherical k-means (cosine) with k-means++ seeding, best of ``starts``; deterministic
    for a seed."""
    n = len(x)
    k = max(1, min(k, n))
    best_labels = np.zeros(n, dtype=np.int64)
    best_score = -np.inf
    for start in range(starts):
        rng = np.random.default_rng([seed, start])
        picks = [int(rng.integers(n))]
        for _ in range(1, k):
            sims = np.max(x[picks] @ x.T, axis=0)
            dist = np.clip(1 - sims, 0, None) ** 2
            dist[picks] = 0
            total = dist.sum()
            picks.append(int(rng.choice(n, p=dist / total)) if total > 0 else int(rng.integers(n)))
        c = x[picks].copy()
        labels = np.full(n, -1, dtype=np.int64)
        for _ in range(iterations):
            new = np.argmax(x @ c.T, axis=1)
            if np.array_equal(new, labels):
                break
            labels = new
            sums = np.zeros_like(c)
            np.add.at(sums, labels, x)
            norms = np.linalg.norm(sums, axis=1)
            filled = norms > 0  # an emptied group keeps its old centre
            c[filled] = on_grid(sums[filled] / norms[filled, None])
        score = float(np.sum(np.max(x @ c.T, axis=1)))
        if score > best_score + 1e-9:
            best_score, best_labels = score, labels.copy()
    return canonical(best_labels)


def agglomerative(sim: FloatArray, k: int) -> IntArray:
    """Average-linkage agglomerative grouping on a similarity matrix, down to ``k`` groups.
    Ties go to the earliest pair, so the result does not depend on float noise order."""
    n = len(sim)
    s = sim.astype(float).copy()
    np.fill_diagonal(s, -np.inf)
    active = list(range(n))
    size = dict.fromkeys(active, 1)
    members = {i: [i] for i in active}
    while len(active) > max(1, k):
        sub = s[np.ix_(active, active)]
        flat = int(np.argmax(np.round(sub, 9)))
        a, b = divmod(flat, len(active))
        i, j = active[a], active[b]
        merged = (s[i] * size[i] + s[j] * size[j]) / (size[i] + size[j])
        s[i, :] = merged
        s[:, i] = merged
        s[i, i] = -np.inf
        size[i] += size[j]
        members[i] += members[j]
        active.remove(j)
    labels = np.zeros(n, dtype=np.int64)
    for new, c in enumerate(active):
        labels[members[c]] = new
    return canonical(labels)


def knn_affinity(x: FloatArray, neighbours: int) -> FloatArray:
    """Cosine similarities kept only between each case and its nearest ``neighbours``
    (symmetrised): a graph of who is like whom that ignores distant, noisy similarities."""
    n = len(x)
    sim = np.clip(x @ x.T, 0, None)
    np.fill_diagonal(sim, 0)
    m = max(1, min(neighbours, n - 1))
    keep = np.zeros_like(sim, dtype=bool)
    order = np.argsort(-np.round(sim, 9), axis=1, kind="stable")[:, :m]
    rows = np.repeat(np.arange(n), m)
    keep[rows, order.ravel()] = True
    keep |= keep.T
    out: FloatArray = np.where(keep, sim, 0.0)
    return out


def spectral_embedding(affinity: FloatArray, dims: int) -> tuple[FloatArray, FloatArray]:
    """The leading eigenvectors of the normalised affinity (Ng, Jordan and Weiss 2001) and
    all eigenvalues, largest first."""
    degree = affinity.sum(axis=1)
    degree[degree == 0] = 1.0
    d = 1 / np.sqrt(degree)
    m = affinity * d[:, None] * d[None, :]
    values, vectors = np.linalg.eigh(m)
    order = np.argsort(-values, kind="stable")
    values, vectors = values[order], vectors[:, order]
    # Eigenvectors have an arbitrary sign: fix it so the result is the same on every build.
    signs = np.sign(vectors[np.argmax(np.abs(vectors), axis=0), np.arange(vectors.shape[1])])
    signs[signs == 0] = 1
    vectors = vectors * signs
    return vectors[:, :dims], values


def spectral(x: FloatArray, k: int, seed: int = 0, neighbours: int | None = None) -> IntArray:
    n = len(x)
    if k <= 1 or n <= k:
        return canonical(np.arange(n) if n <= k else np.zeros(n, dtype=np.int64))
    nb = neighbours or default_neighbours(n)
    emb, _ = spectral_embedding(knn_affinity(x, nb), k)
    return kmeans(on_grid(_normalise(emb)), k, seed)


def default_neighbours(n: int) -> int:
    return max(5, min(15, round(math.sqrt(n))))


MIN_GROUPS, MAX_GROUPS = 3, 12
SPECTRAL_LIMIT = 1500  # cases; above it the eigen-decomposition costs too much: k-means
# At most a group for every 4 cases: a Need Group is a pile, not a pair. With 6, an audit of
# 20 cases could only ever be offered 3 groups, whatever its patterns (5 in the issue's own
# hand-written audit). On small audits drawn from the hand-written sets (4 cases from each of
# 5 patterns) 4 lifted the agreement with the writers from 0.31 to 0.48, and on the two sets
# measured blind afterwards from 0.27 to 0.39 and 0.39 to 0.52; audits of 48 cases or more
# are offered 12 either way (bench suggest-quality, issue 15).
CASES_PER_GROUP = 4


def group(x: FloatArray, k: int, seed: int = 0) -> IntArray:
    """Group the cases into ``k``: spectral grouping on a nearest-neighbour graph for the
    audits people sort by hand (it follows chains of similar cases that a centre-based method
    cuts), spherical k-means above SPECTRAL_LIMIT cases."""
    n = len(x)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    k = max(1, min(k, n))
    if k == 1:
        return np.zeros(n, dtype=np.int64)
    if n <= SPECTRAL_LIMIT:
        return spectral(x, k, seed)
    return kmeans(x, k, seed)


# The forms read three ways and grouped by their consensus: every block as weighted; the
# words alone; the words counted twice. The themes and lists carry an audit whose patterns the
# lexicon names; the words carry one whose patterns it does not (bereaved children, parents in
# prison, harm online): on the hand-written sets one reading or the other was best, never the
# same one, and the consensus of the three was near the better on each (bench/, issue 15).
CONSENSUS_LIMIT = 400  # cases; above it, one reading (each extra grouping costs an eigen-solve)
CONSENSUS_SPREAD = 2  # each reading grouped at k-2 to k+2: a pair that stays together is real


def readings(features: CaseFeatures, blocks: Mapping[str, float] | None = None) -> list[FloatArray]:
    """The readings the consensus groups: every block, the words alone, the words twice."""
    blocks = DEFAULT_WEIGHTS.blocks if blocks is None else blocks
    words = blocks.get("words") or 1.0
    return [
        combine(features, blocks),
        combine(features, {"words": 1.0}),
        combine(features, {**blocks, "words": 2 * words}),
    ]


class Groupings:
    """Each reading grouped at each number of groups once. Choosing the number of groups asks
    for the consensus at every candidate, and neighbouring candidates share most of their
    runs (the consensus at 7 groups each reading at 5 to 9, at 8 at 6 to 10); a reading's
    spectral embedding is the same for every number of groups, so it is solved once too. The
    labels are exactly those of ``group``."""

    def __init__(self, views: Sequence[FloatArray], seed: int = 0) -> None:
        self.views = views
        self.seed = seed
        self._labels: dict[tuple[int, int], IntArray] = {}
        self._embedding: dict[int, FloatArray] = {}

    def labels(self, view: int, k: int) -> IntArray:
        if (view, k) not in self._labels:
            self._labels[view, k] = self._group(view, k)
        return self._labels[view, k]

    def _group(self, view: int, k: int) -> IntArray:
        x = self.views[view]
        n = len(x)
        if n > SPECTRAL_LIMIT or k <= 1 or n <= k:
            return group(x, k, self.seed)
        if view not in self._embedding:
            affinity = knn_affinity(x, default_neighbours(n))
            self._embedding[view] = spectral_embedding(affinity, n)[0]
        return kmeans(on_grid(_normalise(self._embedding[view][:, :k])), k, self.seed)


def consensus(
    views: Sequence[FloatArray], k: int, seed: int = 0, groupings: Groupings | None = None
) -> IntArray:
    """``k`` groups of the cases most often grouped together across the readings and nearby
    numbers of groups (a co-association matrix, grouped spectrally). Each count is a whole
    number and the matrix is divided once, so it is the same on every machine."""
    n = len(views[0])
    if k <= 1 or n <= k + CONSENSUS_SPREAD:
        return group(views[0], k, seed)
    emb, _ = spectral_embedding(co_association(groupings or Groupings(views, seed), k), k)
    return kmeans(on_grid(_normalise(emb)), k, seed)


def co_association(runs: Groupings, k: int) -> FloatArray:
    """The share of groupings (each reading at ``k`` - 2 to ``k`` + 2 groups) that put each
    pair of cases together. Whole counts divided once: the same on every machine."""
    n = len(runs.views[0])
    together = np.zeros((n, n))
    count = 0
    for view in range(len(runs.views)):
        for candidate in range(max(2, k - CONSENSUS_SPREAD), k + CONSENSUS_SPREAD + 1):
            labels = runs.labels(view, candidate)
            together += labels[:, None] == labels[None, :]
            count += 1
    return together / count


# A case grouped with the cases of another suggestion almost as often as with its own (in
# fewer than a quarter more of the groupings the consensus is made of) sits between the two.
# On the twelve hand-written audits of issue 15 that was 17% of the cases, and half of them
# were in another pattern than most of their suggestion's cases (a fifth of the rest were);
# the agreement with the writers on the other cases was 0.56 against 0.47 on all of them.
BETWEEN_MARGIN = 0.25
FIT_LIMIT = 2000  # cases, as suggest's STABILITY_LIMIT: the matrix of pairs grows with the square


@dataclass(frozen=True, slots=True)
class Fit:
    """How firmly a case sits in its suggested group: the share of groupings that put it with
    its group's other cases (on average), and the same for the nearest other group."""

    own: float
    nearest: int  # the nearest other group's label; -1 when there is none
    near: float

    @property
    def between(self) -> bool:
        return self.nearest >= 0 and round(self.own - self.near, 6) < BETWEEN_MARGIN


def fits(together: FloatArray, labels: IntArray) -> list[Fit]:
    """Each case's Fit in ``labels`` given the co-association matrix ``together``."""
    n = len(labels)
    if n == 0:
        return []
    groups = np.unique(labels)
    onehot = (labels[:, None] == groups[None, :]).astype(float)
    sums = together @ onehot  # each case's co-association summed over each group
    own = np.searchsorted(groups, labels)
    sums[np.arange(n), own] -= np.diag(together)  # not with itself
    sizes = onehot.sum(axis=0)
    mates = np.tile(sizes, (n, 1))
    mates[np.arange(n), own] -= 1
    share = np.round(np.where(mates > 0, sums / np.maximum(mates, 1), 0.0), 6)
    out = []
    for i in range(n):
        others = [j for j in range(len(groups)) if j != own[i]]
        # Nearest first; on a tie, the lower label, so the answer is the same on every machine.
        j = min(others, key=lambda j: (-share[i, j], j)) if others else -1
        out.append(
            Fit(
                float(share[i, own[i]]),
                int(groups[j]) if j >= 0 else -1,
                float(share[i, j]) if j >= 0 else 0.0,
            )
        )
    return out


def case_fits(
    views: Sequence[FloatArray], labels: IntArray, k: int, seed: int = 0
) -> list[Fit] | None:
    """How firmly each case sits in its group, from the groupings the consensus is made of
    (one reading above CONSENSUS_LIMIT cases, as ``choose_groups`` groups them); None above
    FIT_LIMIT cases or with fewer than two groups."""
    n = len(labels)
    if n > FIT_LIMIT or k < 2 or len(np.unique(labels)) < 2:
        return None
    used = views if 3 <= n <= CONSENSUS_LIMIT else views[:1]
    return fits(co_association(Groupings(used, seed), k), labels)


def silhouette(x: FloatArray, labels: IntArray, sample: int = 1500, seed: int = 0) -> float:
    """Mean silhouette (cosine distance) on at most ``sample`` cases."""
    n = len(x)
    idx = np.arange(n)
    if n > sample:
        idx = np.sort(np.random.default_rng(seed).choice(n, sample, replace=False))
    xs, ls = x[idx], labels[idx]
    groups = np.unique(ls)
    if len(groups) < 2:
        return -1.0
    dist = 1 - xs @ xs.T
    onehot = (ls[:, None] == groups[None, :]).astype(float)
    sizes = onehot.sum(axis=0)
    mean_to = (dist @ onehot) / np.maximum(sizes, 1)
    own = np.searchsorted(groups, ls)
    own_size = sizes[own]
    a = (dist @ onehot)[np.arange(len(ls)), own] / np.maximum(own_size - 1, 1)
    mean_to[np.arange(len(ls)), own] = np.inf
    b = mean_to.min(axis=1)
    s = np.where(own_size > 1, (b - a) / np.maximum(np.maximum(a, b), 1e-12), 0.0)
    return float(np.mean(s))


def k_range(n: int) -> range:
    """The numbers of groups tried: 3 to 12, and at most a group for every 4 cases."""
    high = max(MIN_GROUPS, min(MAX_GROUPS, n // CASES_PER_GROUP))
    return range(min(MIN_GROUPS, n), min(high, n) + 1)


def choose_groups(
    x: FloatArray,
    seed: int = 0,
    k: int | None = None,
    views: Sequence[FloatArray] | None = None,
) -> tuple[IntArray, int, dict[int, float]]:
    """The grouping, with the number of groups set by the user or chosen as the best
    separated (silhouette, rounded so float noise cannot swap two near-equal choices).

    With ``views`` (``readings``) the groups are their consensus, and the number chosen is
    the one whose consensus is best separated on average over the readings. Choosing it on
    one reading's own grouping picked too many groups where that reading splits a pattern
    the others keep whole (10 for 8 on a hand-written audit, issue 15)."""
    n = len(x)
    if views is None or not 3 <= n <= CONSENSUS_LIMIT:
        return _choose(x, seed, k)
    runs = Groupings(views, seed)
    if k is not None:
        k = max(1, min(k, n))
        labels = consensus(views, k, seed, runs) if k > 1 else np.zeros(n, dtype=np.int64)
        return labels, k, {}
    scores: dict[int, float] = {}
    best: tuple[IntArray, int] | None = None
    for candidate in k_range(n):
        labels = consensus(views, candidate, seed, runs)
        mean = sum(silhouette(view, labels, seed=seed) for view in views) / len(views)
        scores[candidate] = round(mean, 6)
        if best is None or scores[candidate] > scores[best[1]]:
            best = (labels, candidate)
    assert best is not None
    return best[0], best[1], scores


def runners_up(scores: Mapping[int, float], chosen: int, count: int = 2) -> list[int]:
    """The next best separated numbers of groups after ``chosen``, best first (the fewer
    groups first on a tie). Separation changes little between neighbouring numbers: on the
    eleven hand-written audits of issue 15 the writers' own number was the best separated in
    3 and among the three best in 9, so the group is told which others to ask for."""
    others = sorted((k for k in scores if k != chosen), key=lambda k: (-scores[k], k))
    return others[:count]


def _choose(
    x: FloatArray, seed: int = 0, k: int | None = None
) -> tuple[IntArray, int, dict[int, float]]:
    n = len(x)
    if n < 3:
        return np.zeros(n, dtype=np.int64), min(n, 1), {}
    if k is not None:
        k = max(1, min(k, n))
        return group(x, k, seed), k, {}
    scores: dict[int, float] = {}
    best: tuple[IntArray, int] | None = None
    for candidate in k_range(n):
        labels = group(x, candidate, seed)
        scores[candidate] = round(silhouette(x, labels, seed=seed), 6)
        if best is None or scores[candidate] > scores[best[1]]:
            best = (labels, candidate)
    assert best is not None
    return best[0], best[1], scores


def stability(
    x: FloatArray,
    labels: IntArray,
    k: int,
    seed: int = 0,
    resamples: int = 20,
    views: Sequence[FloatArray] | None = None,
) -> list[float]:
    """How well each group survives when the audit is resampled: bootstrap the cases, group
    the resample the same way, and take the best Jaccard overlap of the group's resampled
    cases with any new group; the mean over resamples (Hennig 2007, "clusterwise cluster
    stability"). Near 1: found again every time; below 0.6: not a real group."""
    n = len(x)
    groups = sorted(set(labels.tolist()))
    if n < 3 or len(groups) < 2:
        return [1.0 for _ in groups]
    rng = np.random.default_rng([seed, 7])
    totals = np.zeros(len(groups))
    counts = np.zeros(len(groups))
    for _ in range(resamples):
        draw = np.sort(rng.choice(n, n, replace=True))
        unique = np.unique(draw)
        # Duplicated cases would be identical neighbours of each other; group distinct ones.
        kk = min(k, len(unique))
        if views is not None and len(unique) <= CONSENSUS_LIMIT:
            new = consensus([v[unique] for v in views], kk, seed)  # as the groups were made
        else:
            new = group(x[unique], kk, seed)
        new_sets = [set(unique[new == j].tolist()) for j in set(new.tolist())]
        present = set(unique.tolist())
        for gi, g in enumerate(groups):
            members = {i for i in range(n) if labels[i] == g} & present
            if not members:
                continue
            best = max(len(members & s) / len(members | s) for s in new_sets)
            totals[gi] += best
            counts[gi] += 1
    return [round(float(t / c), 3) if c else 0.0 for t, c in zip(totals, counts, strict=True)]
