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

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .audit import Setup, read_setup
from .grouping import (
    CaseFeatures,
    FloatArray,
    IntArray,
    build_features,
    case_fits,
    choose_groups,
    on_grid,
    read_cases,
    readings,
    ref_rank,
    runners_up,
    stability,
)
from .i18n import EN, NP, M, Texts, in_each_language, ngettext
from .i18n import count as counted
from .issues import NothingToDo
from .names import (
    COL_SUGGESTED,
    SH_S_AGREEMENT,
    SH_S_GROUP_NAMES,
    SH_S_SIMILAR,
    SH_S_SORTING,
    SH_S_SUGGESTIONS,
    SHUFFLE_FILE,
    case_key,
    group_key,
)
from .shuffle import rewrite
from .shufflebook import ShuffleBook, cell_text
from .shufflesheets import CaseRow
from .shufflewords import Words
from .styles import (
    MUTED,
    SCALE_LOW,
    TEXT_SCALE_HIGH,
    TEXT_SCALE_MID,
    Formats,
    print_table,
    text_height,
)

SIMILAR = 5
MATRIX_LIMIT = 300  # cases; a bigger co-occurrence matrix is not written as a sheet
LIKENESS_PLACES = 3  # likeness is rounded before ranking, so float noise cannot swap ties


@dataclass(slots=True)
class Suggestion:
    label: str
    members: list[int]
    features: list[tuple[str, float, float]]  # (feature, share in group, share overall)
    typical: int  # index of the case closest to the group's centre
    stability: float = 1.0  # mean best Jaccard overlap when the audit is resampled
    # Its cases that sit between it and another suggestion (grouping.Fit.between), with that
    # other suggestion's label, the least firmly placed first.
    discuss: list[tuple[int, str]] = field(default_factory=list)


STABILITY_WORDS = (
    (0.85, M("suggest.stable", "Stable: found again almost every time the cases were resampled")),
    (
        0.75,
        M(
            "suggest.fairly-stable",
            "Fairly stable: found again most times the cases were resampled",
        ),
    ),
    (
        0.6,
        M("suggest.loose", "Loose: its core comes back, its edges change; discuss its edge cases"),
    ),
    (
        0.0,
        M(
            "suggest.unstable",
            "Unstable: seldom found again; treat as a loose collection, not a group",
        ),
    ),
)


def stability_words(value: float, words: Words | None = None) -> str:
    """A group's bootstrap stability in plain words (Hennig's 2007 reading of the Jaccard
    overlap: above 0.85 highly stable, 0.75 a real group, 0.6 a pattern, below 0.6 not one),
    in the workbook's language (English by default)."""
    words = words or Words()
    for floor, message in STABILITY_WORDS:
        if value >= floor:
            return words.say(message)
    return words.say(STABILITY_WORDS[-1][1])


# The features suggest explains a group by (grouping.build_features' labels): their words.
FEATURE_WORDS = {
    "area: ": M("suggest.feature.area", "area"),
    "needs held by: ": M("suggest.feature.held-by", "needs held by"),
    "about: ": M("suggest.feature.about", "about"),
    "primary need: ": M("suggest.feature.primary-need", "primary need"),
    "legal status: ": M("suggest.feature.legal-status", "legal status"),
    "aged ": M("suggest.feature.aged", "aged"),
    "reads like: ": M("suggest.feature.reads-like", "reads like"),
}


def feature_words(feature: str, words: Words) -> str:
    """A feature label as the Suggestions sheet shows it: its kind in the workbook's language,
    its value (a list value or a theme) as it is."""
    if words.setting == EN:
        return feature
    for prefix, message in FEATURE_WORDS.items():
        if feature.startswith(prefix):
            sep = ": " if prefix.endswith(": ") else " "
            return words.label(message) + sep + feature[len(prefix) :]
    return feature


def shared_words(feature: str, share: float, base: float, words: Words) -> str:
    """A feature with how common it is in the group and overall."""
    shown = feature_words(feature, words)
    if words.t.bilingual:
        return f"{shown} ({share:.0%} / {base:.0%})"
    in_group, overall = f"{share:.0%}", f"{base:.0%}"
    message = M(
        "suggest.feature.share",
        "{feature} ({share} of its cases, {base} overall)",
        feature=shown,
        share=in_group,
        base=overall,
    )
    return Texts.one(words.t.primary, message)


# What a group's cases share most, shown beside it: three features, the kind of need they read
# like usually among them (a fourth put a demo audit's eight suggestions on two pages).
FEATURES_SHOWN = 3


def explain(features: CaseFeatures, x: FloatArray, labels: IntArray) -> list[Suggestion]:
    """Each group's FEATURES_SHOWN most telling features (most common in it, and much more
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
        chosen = [(f, s, b) for _, f, s, b in scored[:FEATURES_SHOWN]]
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


def read_sorting(shuffle: ShuffleBook) -> Sorting:
    """The sorters' columns as the group left them: any column that is not one of the tool's
    fixed ones (by name, ignoring case) is a sorter, whatever it is called; a column without a
    header, or a second column with the same header, is not read."""
    header, rows = shuffle.table(SH_S_SORTING)
    if not header:
        return Sorting([], {})
    folded = [" ".join(h.split()).casefold() for h in header]
    fixed = {f.casefold() for f in SORTING_FIXED}
    ref_col = folded.index("case ref") + 1 if "case ref" in folded else 1
    columns: dict[str, int] = {}
    for i, h in enumerate(header):
        name = " ".join(h.split())
        if name and i + 1 != ref_col and folded[i] not in fixed and name not in columns:
            columns[name] = i + 1
    placed: dict[str, dict[str, str]] = {s: {} for s in columns}
    for _, cells in rows:
        key = case_key(cell_text(cells.get(ref_col)))
        if not key:
            continue
        for sorter, col in columns.items():
            name = cell_text(cells.get(col))
            if name:
                placed[sorter][key] = " ".join(name.split())
    # A sorter column with nothing in it yet is not a sorter (the sheet starts with three).
    sorters = [s for s in columns if placed[s]]
    return Sorting(sorters, {s: placed[s] for s in sorters})


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
        codes = {name: c for c, name in enumerate(sorted(set(names)))}
        coded = np.array([codes[name] for name in names], dtype=np.int64)
        # Cases the sorter placed, in the same (non-blank) group: boolean however few cases.
        same = (coded[:, None] == coded[None, :]) & np.array([bool(nm) for nm in names])[:, None]
        mask = np.outer(present, present).astype(bool)
        both += mask
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
    runners_up: list[int]  # the next best separated numbers of groups, best first


MIN_CASES = 3  # fewer cannot be grouped (and the clustering needs at least this many)
SUGGEST_SHEETS = (SH_S_SUGGESTIONS, SH_S_SIMILAR, SH_S_AGREEMENT, SH_S_GROUP_NAMES)


STABILITY_LIMIT = 2000  # cases; above it the bootstrap would take minutes, so it is skipped


def suggest(
    folder: Path,
    k: int | None = None,
    seed: int = 0,
    setup: Setup | None = None,
    blocks: dict[str, float] | None = None,
) -> SuggestResult:
    """Fill Suggested group on Cases and write the Suggestions, Similar cases, Sorting (once),
    Group names and Agreement sheets. Never touches the group's cells."""
    setup = setup or read_setup(folder)
    holder: dict[str, Any] = {}

    def change(old: ShuffleBook, rows: list[CaseRow]) -> None:
        cases = sum(1 for row in rows if row.key)
        if cases < MIN_CASES:
            raise NothingToDo(
                in_each_language(
                    lambda: ngettext(
                        "{file} has {n} case: grouping needs {least} or more. Merge more "
                        "returns first ('needsaudit merge {folder}'). Nothing was written.",
                        "{file} has {n} cases: grouping needs {least} or more. Merge more "
                        "returns first ('needsaudit merge {folder}'). Nothing was written.",
                        cases,
                    ).format(file=SHUFFLE_FILE, n=cases, least=MIN_CASES, folder=folder)
                )
            )
        features = build_features(setup, read_cases(setup, old))
        views = readings(features, blocks)
        x = views[0]  # every block: what similar cases and the explanations are found on
        labels, chosen_k, scores = choose_groups(x, seed, k, views)
        suggestions = explain(features, x, labels)
        if len(x) <= STABILITY_LIMIT:
            found = stability(x, labels, chosen_k, seed, views=views)
            for s, value in zip(suggestions, found, strict=True):
                s.stability = value
        placed = case_fits(views, labels, chosen_k, seed)
        if placed is not None:
            rank = ref_rank(features.refs)
            for s in suggestions:
                between = [i for i in s.members if placed[i].between]
                between.sort(key=lambda i: (round(placed[i].own - placed[i].near, 6), rank[i]))
                s.discuss = [(i, f"S{placed[i].nearest + 1}") for i in between]
        label_of = {features.keys[i]: f"S{int(labels[i]) + 1}" for i in range(len(features.keys))}
        for row in rows:
            if row.key:
                row.values[COL_SUGGESTED] = label_of.get(row.key, "")
        sorting = read_sorting(old)
        kept = _read_mapping(old)
        mapping = standardise(sorting, kept)
        agree = agreement(features.keys, sorting, mapping) if sorting.sorters else None
        if agree is not None and not agree.keys:
            agree = None  # sorters placed only cases that are not on Cases
        holder.update(
            features=features,
            x=x,
            k=chosen_k,
            scores=scores,
            suggestions=suggestions,
            sorting=sorting,
            mapping=mapping,
            agreement=agree,
            has_sorting=old.sheet(SH_S_SORTING) is not None,
            rows=rows,
        )

    holder["words"] = Words(setup.settings.language)
    holder["sorting_sheet"] = holder["words"].sheet(SH_S_SORTING)

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
        runners_up(holder["scores"], holder["k"]),
    )


def _read_mapping(old: ShuffleBook) -> dict[tuple[str, str], str]:
    header, rows = old.table(SH_S_GROUP_NAMES)
    if not header or "Sorter" not in header:
        return {}
    col = {h: i + 1 for i, h in enumerate(header)}
    out = {}
    for _, cells in rows:
        sorter = cell_text(cells.get(col["Sorter"]))
        raw = " ".join(cell_text(cells.get(col.get("Name as written", 0))).split())
        standard = cell_text(cells.get(col.get("Standard name", 0)))
        if sorter and raw:
            out[(sorter, raw)] = standard
    return out


SUGGESTION_WIDTHS = (11, 7, 9, 24, 17, 46, 11, 46)
# Welsh (and bilingual) headings have longer words ("Sefydlogrwydd", "nodweddiadol").
SUGGESTION_WIDTHS_CY = (11, 10, 15, 24, 19, 42, 14, 42)
BOLD_SHARE = 0.85  # bold type fits about this share of a column's plain characters
STORY_START = 240  # characters of the typical case's story shown


def _write_suggestions(ws: Any, fmt: Formats, h: dict[str, Any]) -> None:
    f: CaseFeatures = h["features"]
    w: Words = h["words"]
    widths = SUGGESTION_WIDTHS if w.setting == EN else SUGGESTION_WIDTHS_CY
    last = len(widths) - 1
    heading = w.label(
        M(
            "suggest.sheet.title",
            "Suggested groups: advice from a statistical grouping, never a decision",
        )
    )
    ws.merge_range(0, 0, 0, last, heading, fmt.title)
    ws.set_row(0, max(24.0, text_height(heading, sum(widths) * 0.7, 15, 6)))
    others = runners_up(h["scores"], h["k"]) if h["scores"] else []
    span = {"low": min(h["scores"]), "high": max(h["scores"])} if h["scores"] else {}
    if len(others) >= 2:
        chosen = M(
            "suggest.chosen.next-two",
            "chosen from the data (the best separated grouping between {low} and {high}; the "
            "next best are {first} groups, then {second}: run suggest again with that number "
            "of groups to see them).",
            **span,
            first=others[0],
            second=others[1],
        )
    elif others:
        chosen = M(
            "suggest.chosen.next-one",
            "chosen from the data (the best separated grouping between {low} and {high}; the "
            "next best is {first} groups: run suggest again with that number of groups to see "
            "it).",
            **span,
            first=others[0],
        )
    elif h["scores"]:
        chosen = M(
            "suggest.chosen",
            "chosen from the data (the best separated grouping between {low} and {high}).",
            **span,
        )
    else:
        chosen = M("suggest.as-asked", "as asked.")
    note = w.say(
        M(
            "suggest.note",
            "{n} cases grouped by what their forms say: the need statements first, then what "
            "happens if each is not met, the outcomes and work, who holds each need, areas, "
            "seriousness, services needed and received, the story, primary need, legal status "
            "and age, and the kind of need each reads like (learnt from other audits). {k} "
            "groups {chosen} Stability: how often a group was found again when "
            "the cases were resampled (1 = every time). Cases to discuss: cases grouped with "
            "another suggestion's cases almost as often as with their own; start with them.",
            n=len(f.keys),
            k=h["k"],
            chosen=chosen,
        )
    )
    ws.merge_range(1, 0, 1, last, note, fmt.note)
    ws.set_row(1, text_height(note, sum(widths)))
    header = [
        w.head(name)
        for name in (
            "Suggestion",
            "Cases",
            "Stability",
            "How sure",
            "Cases to discuss",
            "What its cases share most",
            "Typical case",
            "Typical story (start)",
        )
    ]
    ws.write_row(3, 0, header, fmt.header)
    ws.set_row(
        3,
        max(
            text_height(t, width * BOLD_SHARE, pad=4)
            for t, width in zip(header, widths, strict=True)
        ),
    )
    # Every cell at the top of its row, so a count and a typical case sit beside their text.
    label, count, text = fmt(bold=True), fmt(align="left"), fmt.wrap
    r = 3
    for r, s in enumerate(h["suggestions"], start=4):
        ws.write_string(r, 0, s.label, label)
        ws.write_number(r, 1, len(s.members), count)
        ws.write_number(r, 2, round(s.stability, 2), fmt(num_format="0.00", align="left"))
        ws.write_string(r, 3, stability_words(s.stability, w), text)
        shared = "; ".join(
            shared_words(feat, share, base, w) for feat, share, base in s.features
        ) or w.label(M("suggest.no-feature", "no feature stands out"))
        story = f.text[s.typical]
        if len(story) > STORY_START:  # the start, cut at a word, and marked as cut
            story = story[:STORY_START].rsplit(" ", 1)[0] + " …"
        discuss = "\n".join(
            w.label(M("suggest.discuss.case", "{ref} (or {other})", ref=f.refs[i], other=other))
            for i, other in s.discuss
        ) or w.label(M("suggest.discuss.none", "none"))
        ws.write_string(r, 4, discuss, text)
        ws.write_string(r, 5, shared, text)
        ws.write_string(r, 6, f.refs[s.typical], fmt())
        ws.write_string(r, 7, story, text)
        ws.set_row(
            r,
            max(
                text_height(shared, widths[5]),
                text_height(story, widths[7]),
                text_height(stability_words(s.stability, w), widths[3]),
                15.0 * (discuss.count("\n") + 1) + 4,
            ),
        )
    for col, width in enumerate(widths):
        ws.set_column(col, col, width)
    ws.freeze_panes(4, 0)
    print_table(ws, r, last, title_rows=4)


def _write_similar(wb: Any, ws: Any, fmt: Formats, h: dict[str, Any]) -> None:
    f: CaseFeatures = h["features"]
    w: Words = h["words"]
    similar = similar_cases(h["x"], ref_rank(f.refs))
    header = [w.head("Case ref")]
    for i in range(1, SIMILAR + 1):
        header += [
            w.label(M("suggest.col.similar", "Similar {i}", i=i)),
            w.label(M("suggest.col.likeness", "Likeness {i}", i=i)),
        ]
    ws.write_row(0, 0, header, fmt.header)
    ws.set_row(0, max(text_height(t, 10 * BOLD_SHARE, pad=4) for t in header))
    pct = fmt(num_format="0%")
    for r, items in enumerate(similar, start=1):
        ws.write_string(r, 0, f.refs[r - 1])
        for i, (j, score) in enumerate(items):
            ws.write_string(r, 1 + 2 * i, f.refs[j])
            ws.write_number(r, 2 + 2 * i, max(0.0, round(score, LIKENESS_PLACES)), pct)
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
    rows: list[CaseRow] = h["rows"]
    w: Words = h["words"]
    by_key = {r.key: r for r in rows if r.key}
    sorters = [w.label(M("suggest.col.sorter-n", "Sorter {n}", n=n)) for n in (1, 2, 3)]
    header = [*(w.head(name) for name in SORTING_FIXED), *sorters]
    ws.write_row(0, 0, header, fmt.header)
    entry = fmt(bg_color="#FFFBEA", border=1, border_color="#E0D5A8", text_wrap=True)
    widths = (10, 5, 20, 56, 20, 20, 20) if w.setting == EN else (10, 7, 20, 54, 20, 20, 20)
    ws.set_row(
        0, max(text_height(t, wd * BOLD_SHARE, pad=4) for t, wd in zip(header, widths, strict=True))
    )
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
        w.say(
            M(
                "suggest.sorting.comment",
                "Each sorter writes a group name for each case in their own column. Add "
                "columns for more sorters. Then run: needsaudit suggest",
            )
        ),
    )


def _write_group_names(ws: Any, fmt: Formats, h: dict[str, Any]) -> None:
    mapping: dict[tuple[str, str], str] = h["mapping"]
    sorting: Sorting = h["sorting"]
    w: Words = h["words"]
    header = [w.head(n) for n in ("Sorter", "Name as written", "Standard name", "Cases")]
    ws.write_row(0, 0, header, fmt.header)
    ws.set_row(
        0,
        max(
            text_height(t, wd * BOLD_SHARE, pad=4)
            for t, wd in zip(header, (14, 32, 32, 9), strict=True)
        ),
    )
    ws.write_comment(
        0,
        2,
        w.say(
            M(
                "suggest.group-names.comment",
                "Edit a standard name to merge or split sorters' groups; your edits are kept "
                "when suggest runs again.",
            )
        ),
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


AGREEMENT_TITLE = NP(
    "suggest.agreement.title", "Agreement between {n} sorter", "Agreement between {n} sorters"
)


def _write_agreement(wb: Any, ws: Any, fmt: Formats, h: dict[str, Any]) -> None:
    agree: Agreement | None = h["agreement"]
    f: CaseFeatures = h["features"]
    w: Words = h["words"]
    if agree is None:
        ws.set_column(0, 0, 100)
        ws.write_string(
            0,
            0,
            w.say(
                M(
                    "suggest.no-sorters",
                    "No sorters yet: record sorters' groupings on the {sheet} sheet, then run "
                    "suggest again.",
                    sheet=h["sorting_sheet"],
                )
            ),
            fmt(italic=True, font_color=MUTED, text_wrap=True),
        )
        return
    ref_of = dict(zip(f.keys, f.refs, strict=True))
    pct = fmt(num_format="0%")
    n_sorters = len(h["sorting"].sorters)
    ws.write_string(
        0,
        0,
        w.t.counted(counted(AGREEMENT_TITLE, n_sorters), " / "),
        fmt.title,
    )
    header = [
        w.head(n)
        for n in ("Case ref", "Sorted by", "Most common group", "Agreement", "Consensus group")
    ]
    ws.write_row(2, 0, header, fmt.header)
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
    ws.write_row(
        2, col, [w.head(n) for n in ("Group (standard name)", "Cases", "Agreement")], fmt.header
    )
    ws.set_row(
        2,
        max(
            text_height(t, wd * BOLD_SHARE, pad=4)
            for t, wd in zip(
                [*header, w.head("Group (standard name)")], (11, 9, 26, 10, 26, 28), strict=True
            )
        ),
    )
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
        w.label(
            M(
                "suggest.matrix.title",
                "How often sorters put two cases together (share of the sorters who sorted both)",
            )
        ),
        fmt(bold=True),
    )
    if n > MATRIX_LIMIT:
        ws.write_string(
            top,
            0,
            w.t.counted(
                counted(
                    NP(
                        "suggest.matrix.too-many",
                        "{n} case: too many to show the matrix here.",
                        "{n} cases: too many to show the matrix here.",
                    ),
                    n,
                )
            ),
            fmt.note,
        )
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
