"""How good suggest's groups and the need-statement flags are, on writing the project did not make.

``python -m bench suggest-quality`` reports, for each evaluation audit (the hand-written sets in
bench/eval/, or any folder given with --eval holding an audit.json) and for the project's own
generated audits (demo, alternative):

- adjusted Rand index (ARI) of suggest's groups against the writer's patterns, suggest run
  end to end as a user runs it (returns filled by the project's filler, merged, suggested),
  with the number of groups chosen by the tool and with the true number;
- the obvious baselines: grouping by the form's Primary need code; TF-IDF over the story and
  need statements with k-means; TF-IDF over every field of the form with k-means, as
  TfidfVectorizer's defaults and as a careful analyst would tune it (English stop words,
  sublinear counts, words in two or more cases); all given the true number of groups, which
  suggest is not;
- the spread: every method again on resampled halves of the cases (mean, standard deviation);
- which features carry the weight: suggest without each block of features, and with each alone;
- for each needs.json: precision and recall of each need-statement flag on the hand labels,
  as shipped (phrases and model) and with the phrases alone. The model was trained on the four
  sets with an audit (bench/train_flags.py): on those its figures are not a measurement.

The baselines are written here from their textbook definitions, not from the package, so a
change to suggest cannot move them.
"""

from __future__ import annotations

import hashlib
import math
import re
import statistics
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from needsaudit import defaults, grouping, needtypes
from needsaudit.audit import Phrase, Setup, read_setup
from needsaudit.quality import KIND_CODES, NeedChecker
from needsaudit.shufflebook import read_shuffle
from needsaudit.suggest import SuggestResult, adjusted_rand, suggest

from . import train_types
from .handwritten import EVAL_DIR, EvalAudit, build_audit, load_audit, load_statements

Labels = list[Any]


# --- baselines ----------------------------------------------------------------------------------


def plain_tfidf(
    texts: Sequence[str],
    stop: frozenset[str] = frozenset(),
    sublinear: bool = False,
    min_df: int = 1,
) -> np.ndarray[Any, Any]:
    """TF-IDF as scikit-learn's TfidfVectorizer: words of two or more letters, smoothed idf,
    rows of unit length; by default its defaults (raw counts, every word kept), else with
    ``stop`` words left out, counts as 1 + log(count), and words in fewer than ``min_df``
    texts dropped."""
    docs = [[w for w in re.findall(r"(?u)\b\w\w+\b", t.lower()) if w not in stop] for t in texts]
    df: Counter[str] = Counter()
    for d in docs:
        df.update(set(d))
    vocab = {w: i for i, w in enumerate(sorted(w for w, c in df.items() if c >= min_df))}
    n = len(docs)
    x = np.zeros((n, max(len(vocab), 1)))
    for r, d in enumerate(docs):
        for w, c in Counter(d).items():
            if w in vocab:
                tf = 1 + math.log(c) if sublinear else c
                x[r, vocab[w]] = tf * (math.log((1 + n) / (1 + df[w])) + 1)
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    norms[norms == 0] = 1
    out: np.ndarray[Any, Any] = x / norms
    return out


# English function words, written here for the tuned baseline (not the package's list, so a
# change to suggest's own words cannot move the baseline).
ENGLISH_STOP = frozenset(
    """
    a about above across after afterwards again against all almost alone along already also
    although always am among amongst an and another any anyhow anyone anything anyway
    anywhere are around as at back be became because become becomes been before beforehand
    behind being below beside besides between beyond both but by can cannot could did do does
    doing done down during each either else elsewhere enough etc even ever every everyone
    everything everywhere except few for former formerly from further get gets got had has
    have having he hence her here hereafter hers herself him himself his how however i ie if
    in indeed into is it its itself just last latter least less many may me meanwhile might
    mine more moreover most mostly much must my myself namely neither never nevertheless next
    no nobody none noone nor not nothing now nowhere of off often on once one only onto or
    other others otherwise our ours ourselves out over own per perhaps please rather re same
    see seem seemed seems several she should since so some somehow someone something sometime
    sometimes somewhere still such than that the their theirs them themselves then thence
    there thereafter thereby therefore therein these they this those though through
    throughout thus to together too toward towards under until up upon us very via was we well
    were what whatever when whence whenever where whereas whereby wherever whether which while
    who whoever whole whom whose why will with within without would yet you your yours
    yourself yourselves
    """.split()  # noqa: SIM905 - a word list reads better as text
)


def plain_kmeans(x: np.ndarray[Any, Any], k: int, seed: int = 0, starts: int = 10) -> Labels:
    """Euclidean k-means with k-means++ seeding, best inertia of ``starts`` (Lloyd)."""
    n = len(x)
    k = max(1, min(k, n))
    best: tuple[float, Labels] | None = None
    for s in range(starts):
        rng = np.random.default_rng([seed, s])
        centres = [x[rng.integers(n)]]
        for _ in range(1, k):
            d = np.min(((x[:, None, :] - np.array(centres)[None]) ** 2).sum(-1), axis=1)
            total = d.sum()
            centres.append(x[rng.choice(n, p=d / total)] if total > 0 else x[rng.integers(n)])
        c = np.array(centres)
        labels = np.full(n, -1)
        for _ in range(300):
            new = ((x[:, None, :] - c[None]) ** 2).sum(-1).argmin(1)
            if (new == labels).all():
                break
            labels = new
            for j in range(k):
                if (labels == j).any():
                    c[j] = x[labels == j].mean(0)
        inertia = float(((x - c[labels]) ** 2).sum())
        if best is None or inertia < best[0]:
            best = (inertia, labels.tolist())
    assert best is not None
    return best[1]


def story_and_needs(case: grouping.CaseRecord) -> str:
    return " ".join([case.story, *(n.need for n in case.needs)])


def every_field(case: grouping.CaseRecord) -> str:
    parts = [case.story, case.primary_need, case.legal_status, case.disability, case.notes]
    for n in case.needs:
        parts += [n.who, n.area, n.need, n.if_not_met, n.outcome, n.work, n.service]
    return " ".join(parts + case.services)


# --- methods ------------------------------------------------------------------------------------

Method = Callable[[Setup, list[grouping.CaseRecord], int], Labels]


def _readings(setup: Setup, cases: list[grouping.CaseRecord]) -> list[np.ndarray[Any, Any]]:
    return grouping.readings(grouping.build_features(setup, cases))


def suggest_chosen(setup: Setup, cases: list[grouping.CaseRecord], k: int) -> Labels:
    views = _readings(setup, cases)
    labels: Labels = grouping.choose_groups(views[0], views=views)[0].tolist()
    return labels


def suggest_true_k(setup: Setup, cases: list[grouping.CaseRecord], k: int) -> Labels:
    views = _readings(setup, cases)
    labels: Labels = grouping.choose_groups(views[0], k=k, views=views)[0].tolist()
    return labels


def primary_need(setup: Setup, cases: list[grouping.CaseRecord], k: int) -> Labels:
    return [c.primary_need for c in cases]


def tfidf_story_needs(setup: Setup, cases: list[grouping.CaseRecord], k: int) -> Labels:
    return plain_kmeans(plain_tfidf([story_and_needs(c) for c in cases]), k)


def tfidf_every_field(setup: Setup, cases: list[grouping.CaseRecord], k: int) -> Labels:
    return plain_kmeans(plain_tfidf([every_field(c) for c in cases]), k)


def tfidf_tuned(setup: Setup, cases: list[grouping.CaseRecord], k: int) -> Labels:
    texts = [every_field(c) for c in cases]
    return plain_kmeans(plain_tfidf(texts, ENGLISH_STOP, sublinear=True, min_df=2), k)


METHODS: dict[str, Method] = {
    "suggest (k chosen)": suggest_chosen,
    "suggest (true k)": suggest_true_k,
    "primary need code": primary_need,
    "TF-IDF k-means, story+needs (true k)": tfidf_story_needs,
    "TF-IDF k-means, every field (true k)": tfidf_every_field,
    "TF-IDF k-means, every field, tuned (true k)": tfidf_tuned,
}
BASELINES = (
    "primary need code",
    "TF-IDF k-means, story+needs (true k)",
    "TF-IDF k-means, every field (true k)",
    "TF-IDF k-means, every field, tuned (true k)",
)


# --- one set ------------------------------------------------------------------------------------


@dataclass(slots=True)
class SetResult:
    name: str
    n: int
    k: int
    end_to_end: float  # suggest as a user runs it
    end_to_end_k: int
    full: dict[str, float]
    halves: dict[str, list[float]]
    small: dict[str, list[float]]  # small audits drawn from the set (SMALL_PATTERNS x SMALL_EACH)
    ablation: dict[str, float]
    notes: list[str]  # how the end-to-end grouping splits between easy and hard cases, writers


def evaluate(
    name: str,
    folder: Path,
    truth: dict[str, str],
    resamples: int = 20,
    ablation: bool = True,
    hard: set[str] | None = None,
) -> SetResult:
    """Every method on the merged audit in ``folder`` (suggest end to end first), on
    ``resamples`` random halves, and the feature ablation."""
    setup = read_setup(folder)
    result = suggest(folder)
    every = _cases(setup, folder)  # in Cases order, as suggest numbers them
    predicted = {every[i].key: s.label for s in result.suggestions for i in s.members}
    cases = [c for c in every if c.key in truth]
    y = [truth[c.key] for c in cases]
    k = len(set(y))
    ours = [predicted.get(c.key, "") for c in cases]
    end_to_end = adjusted_rand(y, ours)
    notes = [
        f"suggest's groups against the writers (auditors) instead of the patterns: ARI "
        f"{adjusted_rand([c.auditor for c in cases], ours):.2f} (patterns against writers: "
        f"{adjusted_rand([c.auditor for c in cases], y):.2f})"
    ]
    if result.scores:
        # Where the writers' own number stands among the numbers of groups suggest tried (the
        # README's claim that it is usually among the three suggest names).
        order = sorted(result.scores, key=lambda c: (-result.scores[c], c))
        rank = (
            f"which ranks {order.index(k) + 1} of {len(order)} by separation"
            if k in order
            else f"outside the {min(order)} to {max(order)} tried"
        )
        named = ", ".join(map(str, result.runners_up))
        notes.append(
            f"number of groups: {result.k} chosen, {k} written, {rank}; next best named: {named}"
        )
    notes.append(_discuss_note(every, result, truth))
    if hard:
        for label, keep in (("not hard", False), ("hard", True)):
            idx = [i for i, c in enumerate(cases) if (c.key in hard) == keep]
            notes.append(
                f"on the {len(idx)} cases the writer flagged {label}: ARI "
                f"{adjusted_rand([y[i] for i in idx], [ours[i] for i in idx]):.2f}"
            )
    full = {m: adjusted_rand(y, f(setup, cases, k)) for m, f in METHODS.items()}
    rng = np.random.default_rng(2026)
    halves: dict[str, list[float]] = {m: [] for m in METHODS}
    for _ in range(resamples):
        idx = sorted(rng.choice(len(cases), len(cases) // 2, replace=False).tolist())
        sub = [cases[i] for i in idx]
        ys = [y[i] for i in idx]
        ks = len(set(ys))
        for m, f in METHODS.items():
            halves[m].append(adjusted_rand(ys, f(setup, sub, ks)))
    small: dict[str, list[float]] = {m: [] for m in METHODS}
    for idx in small_draws(y, resamples, rng):
        sub = [cases[i] for i in idx]
        ys = [y[i] for i in idx]
        for m, f in METHODS.items():
            small[m].append(adjusted_rand(ys, f(setup, sub, SMALL_PATTERNS)))
    return SetResult(
        name,
        len(cases),
        k,
        end_to_end,
        result.k,
        full,
        halves,
        small,
        feature_ablation(setup, cases, y) if ablation else {},
        notes,
    )


def _discuss_note(
    every: list[grouping.CaseRecord], result: SuggestResult, truth: dict[str, str]
) -> str:
    """How well the Suggestions sheet's "Cases to discuss" point at the cases suggest placed
    apart from their pattern: a case is misplaced when its pattern is not the one most of its
    suggestion's cases share."""
    discuss = {every[i].key for s in result.suggestions for i, _ in s.discuss}
    misplaced: set[str] = set()
    for s in result.suggestions:
        keys = [every[i].key for i in s.members if every[i].key in truth]
        if keys:
            common = Counter(truth[k] for k in keys).most_common(1)[0][0]
            misplaced |= {k for k in keys if truth[k] != common}
    keys = [c.key for c in every if c.key in truth]
    named = [k for k in keys if k in discuss]
    rest = [k for k in keys if k not in discuss]
    label = {every[i].key: s.label for s in result.suggestions for i in s.members}

    def share(group: list[str]) -> str:
        return f"{sum(k in misplaced for k in group) / len(group):.0%}" if group else "-"

    return (
        f"cases to discuss: {len(named)} of {len(keys)} ({len(named) / max(len(keys), 1):.0%}); "
        f"in another pattern than most of their suggestion's cases: {share(named)} of them, "
        f"{share(rest)} of the rest; ARI on the rest "
        f"{adjusted_rand([truth[k] for k in rest], [label[k] for k in rest]):.2f}"
    )


SMALL_PATTERNS, SMALL_EACH = 5, 4  # a small audit: 20 cases in 5 patterns (as in issue 15)


def small_draws(y: Sequence[str], draws: int, rng: np.random.Generator) -> list[list[int]]:
    """``draws`` small audits from a set: SMALL_PATTERNS of its patterns at random, SMALL_EACH
    of each one's cases at random; none if it has too few patterns that large."""
    members: dict[str, list[int]] = {}
    for i, label in enumerate(y):
        members.setdefault(label, []).append(i)
    large = sorted(p for p, m in members.items() if len(m) >= SMALL_EACH)
    if len(large) < SMALL_PATTERNS:
        return []
    out = []
    for _ in range(draws):
        picked = rng.choice(len(large), SMALL_PATTERNS, replace=False).tolist()
        idx: list[int] = []
        for p in sorted(picked):
            idx += rng.choice(members[large[p]], SMALL_EACH, replace=False).tolist()
        out.append(sorted(idx))
    return out


def _cases(setup: Setup, folder: Path) -> list[grouping.CaseRecord]:
    return grouping.read_cases(setup, read_shuffle(folder / "shuffle.xlsx", setup))


def feature_ablation(
    setup: Setup, cases: list[grouping.CaseRecord], y: list[str]
) -> dict[str, float]:
    """ARI at the true number of groups with every feature, without each block and with each
    alone, and without each way of reading the forms (need statements weighted over the
    story, holders told apart, themes as profiles, writing style taken off)."""
    k = len(set(y))
    features = grouping.build_features(setup, cases)
    base = grouping.DEFAULT_WEIGHTS.blocks

    def score(
        blocks: dict[str, float],
        f: grouping.CaseFeatures = features,
        style: float = grouping.STYLE_REMOVED,
    ) -> float:
        x = grouping.combine(f, blocks, style=style)
        return adjusted_rand(y, grouping.choose_groups(x, k=k)[0])

    def variant(**changes: Any) -> grouping.CaseFeatures:
        w = grouping.DEFAULT_WEIGHTS
        fields = {
            "need": w.need,
            "need_detail": w.need_detail,
            "story": w.story,
            "notes": w.notes,
            "holders": w.holders,
            "theme_profiles": w.theme_profiles,
        }
        fields.update(changes)
        return grouping.build_features(setup, cases, grouping.Weights(dict(base), **fields))

    out = {"all features": score(dict(base))}
    views = grouping.readings(features)
    out["the consensus of three readings (as suggest groups)"] = adjusted_rand(
        y, grouping.choose_groups(views[0], k=k, views=views)[0]
    )
    for name in base:
        out[f"without {name}"] = score({b: w for b, w in base.items() if b != name})
    for name in base:
        out[f"{name} only"] = score({name: 1.0})
    out["need statements weighted like the story"] = score(
        dict(base), variant(need=1.0, need_detail=1.0, notes=1.0)
    )
    out["themes not told apart by who holds them"] = score(dict(base), variant(holders=False))
    out["themes as TF-IDF, not profiles"] = score(dict(base), variant(theme_profiles=False))
    out["writing style left in"] = score(dict(base), style=0.0)
    return out


# --- flags ----------------------------------------------------------------------------------------


@dataclass(slots=True)
class FlagResult:
    name: str
    counts: dict[str, tuple[int, int, int]]  # flag -> (true positives, flagged, labelled)
    misses: dict[str, int]

    def precision(self, flag: str) -> float:
        tp, flagged, _ = self.counts[flag]
        return tp / flagged if flagged else 1.0

    def recall(self, flag: str) -> float:
        tp, _, labelled = self.counts[flag]
        return tp / labelled if labelled else 1.0


def evaluate_flags(name: str, statements: list[tuple[str, str]], model: bool = True) -> FlagResult:
    """Precision and recall of each flag with the default phrases (what setup.xlsx starts
    with) and, unless ``model`` is False, the shipped model beside them, a statement counted
    once per flag it should or does carry."""
    checker = NeedChecker.from_setup([Phrase(p, k) for p, k in defaults.PHRASES], 0, model=model)
    counts: dict[str, tuple[int, int, int]] = {}
    for kind, code in KIND_CODES.items():
        tp = flagged = labelled = 0
        for text, label in statements:
            has = code in checker.codes(text)
            flagged += has
            labelled += label == kind
            tp += has and label == kind
        counts[kind] = (tp, flagged, labelled)
    return FlagResult(name, counts, {})


# --- the suite ---------------------------------------------------------------------------------


def eval_dirs(extra: Sequence[Path] = ()) -> list[Path]:
    found = sorted(p for p in EVAL_DIR.iterdir() if (p / "audit.json").exists())
    return found + [Path(p) for p in extra]


def needs_only_dirs(extra: Sequence[Path] = ()) -> list[Path]:
    found = [*sorted(EVAL_DIR.iterdir()), *map(Path, extra)]
    return [p for p in found if (p / "needs.json").exists() and not (p / "audit.json").exists()]


def _mean_sd(values: list[float]) -> str:
    if not values:
        return "-"
    sd = statistics.stdev(values) if len(values) > 1 else 0.0
    return f"{statistics.mean(values):.2f} ± {sd:.2f}"


def report(results: list[SetResult], flags: list[FlagResult]) -> list[str]:
    lines = [
        "ARI against the writers' patterns (full set; resampled halves, and small audits of "
        f"{SMALL_PATTERNS * SMALL_EACH} cases drawn from it, {SMALL_EACH} from each of "
        f"{SMALL_PATTERNS} patterns: mean ± sd). Baselines get the true number of groups; "
        "'suggest (k chosen)' does not.",
        "",
        "| set | n | true k | method | ARI | halves | small audits |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r.name} | {r.n} | {r.k} | suggest end to end ({r.end_to_end_k} groups chosen) "
            f"| {r.end_to_end:.2f} | | |"
        )
        for m in METHODS:
            lines.append(
                f"| {r.name} | {r.n} | {r.k} | {m} | {r.full[m]:.2f} | {_mean_sd(r.halves[m])} "
                f"| {_mean_sd(r.small[m])} |"
            )
    lines.append("")
    for r in results:
        lines += [f"{r.name}: {note}" for note in r.notes]
    lines.append("")
    for r in results:
        best = max(BASELINES, key=lambda m: r.full[m])
        margin = r.end_to_end - r.full[best]
        ours = statistics.mean(r.halves["suggest (k chosen)"])
        theirs = max(statistics.mean(r.halves[b]) for b in BASELINES)
        line = (
            f"{r.name}: suggest (k chosen) {r.end_to_end:.2f} against the best baseline ({best}) "
            f"{r.full[best]:.2f}: margin {margin:+.2f}; on halves {ours - theirs:+.2f}"
        )
        if r.small["suggest (k chosen)"]:
            small = statistics.mean(r.small["suggest (k chosen)"])
            best_small = max(statistics.mean(r.small[b]) for b in BASELINES)
            line += f"; on small audits {small - best_small:+.2f}"
        lines.append(line + ".")
    for r in results:
        if r.ablation:
            lines.append("")
            lines.append(f"Which features carry the weight, {r.name} (ARI at the true k):")
            lines += [f"  {k}: {v:.2f}" for k, v in r.ablation.items()]
    for f in flags:
        lines.append("")
        lines.append(f"Need-statement flags on {f.name}:")
        lines.append("| flag | precision | recall | flagged | labelled |")
        lines.append("|---|---|---|---|---|")
        for kind, (_, flagged, labelled) in f.counts.items():
            p, r = f.precision(kind), f.recall(kind)
            lines.append(f"| {kind} | {p:.2f} | {r:.2f} | {flagged} | {labelled} |")
    return lines


def _both(name: str, statements: list[tuple[str, str]]) -> list[FlagResult]:
    """The flags as shipped (default phrases and the model), and the phrase rules alone."""
    return [
        evaluate_flags(f"{name} (phrases and model, as shipped)", statements),
        evaluate_flags(f"{name} (phrases alone)", statements, model=False),
    ]


def generated_audits(root: Path, n: int) -> list[tuple[str, Path, dict[str, str]]]:
    from needsaudit.demo_data import make_cases

    from .alt_audit import alt_cases
    from .suites import audit_from_cases

    out = []
    for name, cases in (
        ("demo", make_cases(n, 2026)),
        ("alternative", alt_cases(n, 7)),
        ("alternative, noisy", alt_cases(n, 7, noise=0.8)),
    ):
        folder, truth = audit_from_cases(root, cases, f"{name.replace(', ', '-')}-{n}")
        out.append((name, folder, truth))
    return out


def _trained_on(path: Path) -> str:
    """The name the shipped need-type model knows this audit by, if it was trained on it
    (the same file: the same hash); else ""."""
    model = needtypes.shipped()
    if model is None:
        return ""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    for name, info in model.about.get("trained_on", {}).items():
        if info.get("sha256") == digest:
            return str(name)
    return ""


def run(
    extra: Sequence[Path] = (),
    generated: int = 100,
    resamples: int = 20,
    limit: int | None = None,
    ablation: bool = True,
    audits: Sequence[str] | None = None,
) -> list[str]:
    """The whole report. ``limit`` keeps the first cases of each hand-written audit (the fast
    test's slice); ``generated`` 0 leaves the generated audits out; ``audits`` names the
    hand-written audits to group (all by default; the flags are measured on every set)."""
    results: list[SetResult] = []
    flags: list[FlagResult] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for d in sorted([*needs_only_dirs(extra), *eval_dirs(extra)]):
            if (d / "needs.json").exists():
                statements = load_statements(d / "needs.json")
                flags += _both(d.name, statements[: limit * 4 if limit else None])
        for i, d in enumerate(eval_dirs(extra)):
            if audits is not None and d.name not in audits:
                continue
            audit: EvalAudit = load_audit(d / "audit.json", d.name)
            if limit:
                audit = EvalAudit(audit.name, audit.cases[:limit])
            # A folder per set: a set given with --eval may share its name with one of ours.
            folder = build_audit(root / "eval" / str(i), audit)
            hard = {c.ref.strip().casefold() for c in audit.cases if c.hard}
            # An audit the shipped need-type model was trained on is measured with a model
            # trained on all the others: else its kinds would be read by a model that knows them.
            trained_on = _trained_on(d / "audit.json")
            model = train_types.without(trained_on) if trained_on else needtypes.shipped()
            with needtypes.using(model):
                result = evaluate(d.name, folder, audit.truth, resamples, ablation, hard)
            result.notes.append(
                f"kinds of need read by a model trained without this audit ({trained_on})"
                if trained_on
                else "kinds of need read by the shipped model (not trained on this audit)"
            )
            results.append(result)
        if generated:
            for name, folder, truth in generated_audits(root / "generated", generated):
                results.append(evaluate(name, folder, truth, resamples, ablation))
    return report(results, flags)
