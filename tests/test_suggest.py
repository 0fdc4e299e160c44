"""Suggested groups, similar cases, and agreement between sorters."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import openpyxl
import pytest

from needsaudit.shuffle import merge
from needsaudit.suggest import (
    Sorting,
    adjusted_rand,
    agreement,
    standardise,
    suggest,
)

from .conftest import DemoBuild
from .shuffle_helpers import case_rows, groups_table


def test_agreement_and_cooccurrence_worked_by_hand() -> None:
    sorting = Sorting(
        ["S1", "S2", "S3"],
        {
            "S1": {"c1": "A", "c2": "A", "c3": "B", "c4": "B"},
            "S2": {"c1": "A", "c2": "B", "c3": "B", "c4": "B"},
            "S3": {"c1": "A", "c2": "A", "c3": "B"},  # c4 not sorted by S3
        },
    )
    mapping = {(s, name): name for s, placed in sorting.placed.items() for name in placed.values()}
    a = agreement(["c1", "c2", "c3", "c4"], sorting, mapping)
    expected = np.array(
        [
            [1, 2 / 3, 0, 0],
            [2 / 3, 1, 1 / 3, 1 / 2],
            [0, 1 / 3, 1, 1],
            [0, 1 / 2, 1, 1],
        ]
    )
    assert np.allclose(a.co, expected)
    assert a.sorted_by == [3, 3, 3, 2]
    assert a.modal == ["A", "A", "B", "B"]
    assert np.allclose(a.case_agreement, [1, 2 / 3, 1, 1])
    assert a.group_agreement == {"A": (2, pytest.approx(2 / 3)), "B": (2, pytest.approx(1.0))}
    assert a.consensus == [0, 0, 1, 1] and a.consensus_names == ["A", "B"]


def test_standardising_names_across_sorters() -> None:
    sorting = Sorting(
        ["T1", "T2", "T3"],
        {
            "T1": {
                "a": "Domestic abuse",
                "b": "Domestic abuse",
                "c": "Domestic abuse",
                "d": "Neglect",
            },
            "T2": {"a": "DA aftermath", "b": "DA aftermath", "c": "Other", "d": "Neglect"},
            "T3": {"a": "domestic  ABUSE", "d": "neglect"},
        },
    )
    mapping = standardise(sorting, {})
    assert mapping[("T2", "DA aftermath")] == "Domestic abuse"  # the same cases
    assert mapping[("T3", "domestic  ABUSE")] == "Domestic abuse"  # the same words
    assert mapping[("T3", "neglect")] == "Neglect"
    assert mapping[("T2", "Other")] == "Other"
    # A mapping the group edited on the Group names sheet is kept.
    kept = standardise(sorting, {("T2", "DA aftermath"): "Aftermath of abuse"})
    assert kept[("T2", "DA aftermath")] == "Aftermath of abuse"


def test_adjusted_rand_index() -> None:
    assert adjusted_rand([1, 1, 2, 2], ["a", "a", "b", "b"]) == 1.0
    # A worked example (Hubert and Arabie): ARI of these two partitions.
    a = [0, 0, 0, 1, 1, 1]
    b = [0, 0, 1, 1, 2, 2]
    assert adjusted_rand(a, b) == pytest.approx(0.24242424, abs=1e-6)


@pytest.fixture
def built_demo(demo_build: DemoBuild) -> tuple[Path, dict[str, str]]:
    return demo_build.folder, demo_build.truth  # the session's demo: built once


@pytest.fixture
def demo_folder(built_demo, tmp_path: Path):  # type: ignore[no-untyped-def]
    import shutil

    folder, truth = built_demo
    shutil.copytree(folder, tmp_path / "demo")
    return tmp_path / "demo", {k.casefold(): v for k, v in truth.items()} | truth


def test_suggestions_are_deterministic_explained_and_leave_decisions_alone(demo_folder) -> None:  # type: ignore[no-untyped-def]
    folder, _truth = demo_folder
    path = folder / "shuffle.xlsx"
    before = case_rows(path)
    groups_before = groups_table(path)
    first = suggest(folder, seed=3)
    after = case_rows(path)
    for key, row in before.items():
        for cell in ("Agreed group", "Status", "Notes", "Priority"):
            assert after[key].get(cell) == row.get(cell), (key, cell)
    assert groups_table(path) == groups_before
    labels = {k: r["Suggested group"] for k, r in after.items()}
    assert all(v and v.startswith("S") for v in labels.values())
    wb = openpyxl.load_workbook(path)
    assert {
        "Suggestions",
        "Similar cases",
        "Sorting",
        "Group names",
        "Agreement",
        "Actions",
    } <= set(wb.sheetnames)
    rows = list(wb["Suggestions"].iter_rows(min_row=5, values_only=True))
    assert len(rows) == first.k
    refs = {k: r["Case ref"] for k, r in after.items()}
    label_of_ref = {refs[k]: v for k, v in labels.items()}
    listed = 0
    for (label, count, stable, how_sure, discuss, shared, typical, story), s in zip(
        rows, first.suggestions, strict=True
    ):
        assert label.startswith("S") and count >= 1 and typical and story
        assert 0 <= stable <= 1 and how_sure
        assert "of its cases" in shared  # explained in plain words
        # Cases to discuss: its own cases, each with the other suggestion it is near.
        assert len(discuss.split("\n")) == max(1, len(s.discuss))
        for line in discuss.split("\n") if s.discuss else ():
            ref, other = line.removesuffix(")").split(" (or ")
            assert label_of_ref[ref] == label and other != label and other.startswith("S")
            listed += 1
        if not s.discuss:
            assert discuss == "none"
    # The demo's patterns are cleanly apart: few cases, if any, sit between two suggestions.
    assert listed < len(labels) / 10
    sorting_before = [list(r) for r in wb["Sorting"].iter_rows(values_only=True)]
    second = suggest(folder, seed=3)
    assert {k: r["Suggested group"] for k, r in case_rows(path).items()} == labels
    assert [s.members for s in second.suggestions] == [s.members for s in first.suggestions]
    # The sorters' sheet is the group's: suggest writes it once and then keeps it.
    assert [
        list(r) for r in openpyxl.load_workbook(path)["Sorting"].iter_rows(values_only=True)
    ] == sorting_before
    # And a later merge keeps the suggestions (the tool's column) and the sheets.
    merge(folder)
    assert {k: r["Suggested group"] for k, r in case_rows(path).items()} == labels
    assert "Agreement" in openpyxl.load_workbook(path).sheetnames


def test_similar_cases_point_at_the_same_pattern(demo_folder) -> None:  # type: ignore[no-untyped-def]
    folder, truth = demo_folder
    suggest(folder)
    wb = openpyxl.load_workbook(folder / "shuffle.xlsx")
    hits = total = 0
    for row in wb["Similar cases"].iter_rows(min_row=2, values_only=True):
        if row[0] in truth and row[1] in truth:
            total += 1
            hits += truth[row[0]] == truth[row[1]]
    assert total >= 40 and hits / total >= 0.8


def test_sorters_recorded_on_the_sheet_give_agreement(demo_folder) -> None:  # type: ignore[no-untyped-def]
    folder, _ = demo_folder
    result = suggest(folder)
    assert result.sorters == ["Table A", "Table B", "Table C"]  # the demo's tables
    assert result.agreement is not None
    wb = openpyxl.load_workbook(folder / "shuffle.xlsx")
    ws = wb["Agreement"]
    rows = []
    for r in ws.iter_rows(min_row=4, max_col=5, values_only=True):
        if not r[0]:
            break  # the per-case table ends; the matrix follows
        rows.append(r)
    agreements = [float(r[3]) for r in rows]  # type: ignore[arg-type]
    assert agreements == sorted(agreements)  # disagreements first
    names = {r[2] for r in wb["Group names"].iter_rows(min_row=2, values_only=True)}
    assert len(names) < 24  # three tables' 24 names standardised to fewer
