"""The commissioners' summary: every figure against a small audit worked out by hand, and
disclosure control in the public workbook."""

from __future__ import annotations

import math
import re
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner

from needsaudit.audit import Lists, ServiceItem, Settings, init_audit, read_setup
from needsaudit.cli import main
from needsaudit.forms import make_forms
from needsaudit.names import S_ISSUES_HEADER
from needsaudit.shuffle import merge
from needsaudit.stats import wilson
from needsaudit.summary import summarise

from . import builders as b
from .conftest import write_csv
from .shuffle_helpers import decide, define_groups

COSTS = {
    "Early help family support": 1000,
    "Adult mental health": 2000,
    "Health visiting or school nursing": 500,
    "Youth work": 800,
    "Housing support": 300,
    "Speech and language therapy": 1200,
    "Social work (child in need or protection)": 5000,
}


def need(who: str, area: str, level: str, service: str, met: str, words: str = "") -> list[Any]:
    text = words or f"{who} needs something specific about {area.lower()} to change this term"
    return [
        who,
        area,
        text,
        "Things get worse",
        level,
        "A clear outcome",
        "Some work",
        service,
        met,
    ]


NEEDS = {
    "A1": [
        need("Child", "Education", "2 Moderate", "Early help family support", "Met"),
        need(
            "Mother",
            "Basic care",
            "3 Serious",
            "Adult mental health",
            "Not met",
            "Mother needs to get up and make breakfast on her bad days",
        ),
    ],
    "A2": [
        need("Child", "Health", "1 Low", "Health visiting or school nursing", "Partly met"),
        # The same parent's need on the sibling's form: counted once for the family.
        need(
            "Mother",
            "Basic care",
            "3 Serious",
            "Adult mental health",
            "Not met",
            "Mother needs help with breakfast on her worst days",
        ),
    ],
    "B1": [need("Child", "Education", "4 Very serious", "Youth work", "Not met")],
    "B2": [need("Father", "Stability", "2 Moderate", "Housing support", "Met")],
    "C1": [need("Child", "Health", "3 Serious", "Speech and language therapy", "Partly met")],
    "D1": [need("Child", "Education", "1 Low", "Youth work", "Met")],
    "E1": [need("Child", "Education", "2 Moderate", "Early help family support", "Met")],
}
RECEIVED = {
    "A1": ["Early help family support", "Adult mental health"],
    "A2": ["Adult mental health", "Social work (child in need or protection)"],
    "B1": [],
    "B2": ["Housing support"],
    "C1": ["Youth work"],
    "D1": ["Youth work"],
    "E1": [],
}
AGES = {"A1": 0, "A2": 4, "B1": 15, "B2": 16, "C1": 7, "D1": 9, "E1": 12}


@pytest.fixture
def small_audit(tmp_path: Path) -> Path:
    folder = tmp_path / "small"
    agency = {ref: "Health" if ref.startswith("C") else "Social care" for ref in NEEDS}
    family = {ref: "F1" if ref in ("A1", "A2") else "" for ref in NEEDS}
    rows = "Case ref,Auditor,Agency,Family ref\n" + "".join(
        f"{ref},Jo,{agency[ref]},{family[ref]}\n" for ref in NEEDS
    )
    lists = Lists()
    lists.services = [ServiceItem(s.name, COSTS.get(s.name)) for s in lists.services]
    init_audit(
        folder,
        write_csv(tmp_path / "s.csv", rows),
        settings=Settings(
            audit_name="Hand-worked audit",
            annual_number=1000,
            small_numbers=3,
            sample_method="random: test",
        ),
        lists=lists,
    )
    make_forms(folder)
    setup = read_setup(folder)
    for ref, needs in NEEDS.items():
        services = [[s, "Team", "Yes", "Yes"] for s in RECEIVED[ref]]
        fields = {"NA_Age": AGES[ref], "NA_NoServices": None if services else "Yes"}
        b.write(
            folder,
            f"{ref}.xlsx",
            b.make_return(setup, ref, fields=fields, needs=needs, services=services),
        )
    merge(folder, workers=1)
    path = folder / "shuffle.xlsx"
    define_groups(path, [("Alpha", "The first group"), ("Beta", "The second group")])
    decide(
        path,
        {
            "A1": {"Agreed group": "Alpha", "Status": "Agreed"},
            "A2": {"Agreed group": " alpha ", "Status": "Agreed"},
            "B1": {"Agreed group": "ALPHA", "Status": "To discuss"},
            "B2": {"Agreed group": "Beta", "Status": "Agreed"},
            "C1": {"Agreed group": "Beta", "Status": "Agreed"},
            "E1": {"Agreed group": "Alpha", "Status": "Parked"},
        },
    )
    return folder


def sheet_rows(wb: Any, name: str) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in wb[name].iter_rows(values_only=True)]


def by_label(rows: list[tuple[Any, ...]]) -> dict[str, dict[str, Any]]:
    header = rows[0]
    return {r[0]: dict(zip(header, r, strict=False)) for r in rows[1:] if r[0]}


def hand_wilson(k: int, n: int) -> tuple[float, float]:
    z = 1.959963984540054
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return centre - half, centre + half


def test_interval_against_published_values() -> None:
    # Newcombe (1998), Statistics in Medicine 17:857-872, Table II, method 3 (Wilson score).
    for k, n, low, high in (
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0.0, 0.1611),
        (1, 29, 0.0061, 0.1718),
    ):
        got = wilson(k, n)
        assert (round(got.low, 4), round(got.high, 4)) == (low, high)
    # A census has no sampling error; a large sample of a small year narrows the interval.
    assert wilson(5, 50, population=50).low == wilson(5, 50, population=50).high == 0.1
    assert wilson(5, 50, population=100).high < wilson(5, 50).high


def test_every_figure_against_the_hand_worked_audit(small_audit: Path) -> None:
    result = summarise(small_audit)
    assert (result.not_grouped, result.parked, result.undefined) == (["D1"], ["E1"], [])
    wb = openpyxl.load_workbook(small_audit / "summary.xlsx")
    groups = by_label(sheet_rows(wb, "Need Groups"))
    n = 7
    alpha, beta, rest = groups["Alpha"], groups["Beta"], groups["Not grouped or parked"]
    assert (alpha["Cases"], beta["Cases"], rest["Cases"], groups["All cases"]["Cases"]) == (
        3,
        2,
        2,
        7,
    )
    low, high = hand_wilson(3, n)
    # Shares are written rounded to what a reader sees (four places: 42.86%).
    assert alpha["Share"] == round(3 / 7, 4)
    assert (alpha["Share low"], alpha["Share high"]) == (round(low, 4), round(high, 4))
    assert alpha["Per year"] == round(3 / 7 * 1000) == 429
    assert (alpha["Per year low"], alpha["Per year high"]) == (
        round(low * 1000),
        round(high * 1000),
    )
    assert (
        alpha["Highest: 3 Serious"],
        alpha["Highest: 4 Very serious"],
        alpha["Highest: 1 Low"],
    ) == (2, 1, 0)
    assert (alpha["Age Under 1"], alpha["Age 1-4"], alpha["Age 10-15"]) == (1, 1, 1)
    assert (beta["Age 5-9"], beta["Age 16 and over"]) == (1, 1)
    assert alpha["Needs"] == 4  # the sibling's copy of the mother's need counts once
    assert alpha["Most common areas of need"].startswith("Education (2)")

    gaps = {
        (r[0], r[1]): r[2:6]
        for r in sheet_rows(wb, "Service Gaps")[1:]
        if r[0] in ("Alpha", "Beta") and isinstance(r[1], str)
    }
    assert gaps[("Alpha", "Early help family support")] == (1, 1, 0, 0)
    assert gaps[("Alpha", "Adult mental health")] == (1, 1, 0, 0)  # once for the family
    assert gaps[("Alpha", "Health visiting or school nursing")] == (1, 0, 1, 0)
    assert gaps[("Alpha", "Youth work")] == (1, 0, 1, 0)
    # Received, named by no need, but the auditor said it matched the needs: not "not needed".
    assert gaps[("Alpha", "Social work (child in need or protection)")] == (0, 1, 0, 0)
    assert gaps[("Beta", "Housing support")] == (1, 1, 0, 0)
    assert gaps[("Beta", "Speech and language therapy")] == (1, 0, 1, 0)
    assert gaps[("Beta", "Youth work")] == (0, 1, 0, 0)
    assert len(gaps) == 8
    met_rows = sheet_rows(wb, "Service Gaps")
    start = next(i for i, r in enumerate(met_rows) if r[:2] == ("Group", "Needs"))
    met = {r[0]: r[1:6] for r in met_rows[start + 1 : start + 3]}
    assert met["Alpha"] == (4, 1, 1, 2, 0)  # needs; met, partly met, not met, not known
    assert met["Beta"] == (2, 1, 1, 0, 0)

    costs = by_label(sheet_rows(wb, "Costs"))
    assert costs["Alpha"]["Received: sample"] == 1000 + 2000 + 5000
    assert costs["Alpha"]["Needed: sample"] == 1000 + 2000 + 500 + 800
    assert costs["Alpha"]["Received: a year"] == round(8000 * 1000 / 7)  # whole pounds
    assert costs["Beta"]["Received: sample"] == 300 + 800
    assert costs["Beta"]["Needed: sample"] == 300 + 1200
    assert costs["Not grouped or parked"]["Received: sample"] == 800  # D1's youth work
    assert costs["All cases"]["Received: sample"] == 8000 + 1100 + 800
    # Money is written to the pound.
    assert costs["All cases"]["Needed minus received (a year)"] == round(
        (4300 + 1500 + 1800 - 9900) * 1000 / 7
    )

    alpha_sheet = sheet_rows(wb, "G1 Alpha")
    text = " ".join(str(v) for row in alpha_sheet for v in row if v is not None)
    assert "3 of 7 cases (43%" in text
    assert (
        "Mother needs to get up and make breakfast" in text
        or "Mother needs help with breakfast" in text
    )
    assert wb.sheetnames == [
        "Overview",
        "Need Groups",
        "Service Gaps",
        "Costs",
        "G1 Alpha",
        "G2 Beta",
        "Data Quality",
    ]
    # Aggregate only: no case ref and no auditor's name anywhere.
    for name in wb.sheetnames:
        for row in wb[name].iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str):
                    assert not re.search(r"\b(A1|A2|B1|B2|C1|D1|E1)\b", value), (name, value)
                    assert "Jo" not in value.split(), (name, value)


def public_violations(path: Path, threshold: int) -> list[str]:
    """Counts from 1 to threshold-1 anywhere in the public workbook, charts included."""
    out = []
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                v = cell.value
                if "%" in cell.number_format:
                    continue  # a share, not a count (hidden shares are tested on their own)
                if (
                    isinstance(v, int | float)
                    and not isinstance(v, bool)
                    and float(v).is_integer()
                    and 1 <= v < threshold
                ):
                    out.append(f"{ws.title}!{cell.coordinate}={v}")
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.startswith("xl/charts/"):
                for v in re.findall(r"<c:v>([^<]*)</c:v>", zf.read(name).decode()):
                    try:
                        number = float(v)
                    except ValueError:
                        continue
                    if number.is_integer() and 1 <= number < threshold:
                        out.append(f"{name}: {v}")
    return out


def test_public_workbook_hides_small_numbers(small_audit: Path) -> None:
    summarise(small_audit)
    public = small_audit / "summary-public.xlsx"
    assert public_violations(public, 3) == []
    wb = openpyxl.load_workbook(public)
    groups = by_label(sheet_rows(wb, "Need Groups"))
    # Alpha (3) is shown; Beta and the rest (2 each) are hidden, and so are their shares.
    assert groups["Alpha"]["Cases"] == 3
    assert groups["Beta"]["Cases"] == "[c]" and groups["Beta"]["Share"] is None
    assert groups["Not grouped or parked"]["Cases"] == "[c]"
    # Two hidden counts in the column: neither can be worked out from the total of 7.
    hidden = [r["Cases"] for r in groups.values() if isinstance(r["Cases"], str)]
    assert len(hidden) != 1
    # Whatever is hidden, the attacker's audit of the workbook finds nothing to pin.
    from .attacker import audit

    _, bad, ranges = audit(public)
    assert bad == [] and ranges
    texts = " ".join(
        str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v
    )
    assert "Speech and language" not in " ".join(
        str(v) for v in wb["G2 Beta"].iter_rows(values_only=True)
    )
    assert "no figures are shown" in texts


def test_cli_summarise_lists_refs_on_the_terminal_only(small_audit: Path) -> None:
    decide(small_audit / "shuffle.xlsx", {"D1": {"Agreed group": "Gamma"}})
    result = CliRunner().invoke(main, ["summarize", str(small_audit)])
    assert result.exit_code == 1
    assert "In a group that is not defined (1): D1" in result.stdout
    assert "Parked (1): E1" in result.stdout
    assert "Gamma" in result.stderr
    wb = openpyxl.load_workbook(small_audit / "summary.xlsx")
    quality = " ".join(
        str(v) for row in wb["Data Quality"].iter_rows(values_only=True) for v in row if v
    )
    assert "Gamma" in quality and "D1" not in quality


def test_summarise_errors(audit: Path) -> None:
    result = CliRunner().invoke(main, ["summarise", str(audit)])
    assert result.exit_code == 2 and "run 'needsaudit merge" in result.stderr
    (audit / "shuffle.xlsx").write_bytes(b"PK\x03\x04 no")
    assert CliRunner().invoke(main, ["summarise", str(audit)]).exit_code == 2


def test_summary_refuses_open_workbook(small_audit: Path) -> None:
    summarise(small_audit)
    (small_audit / "~$summary-public.xlsx").write_text("x")
    result = CliRunner().invoke(main, ["summarise", str(small_audit)])
    assert result.exit_code == 2 and "open in Excel" in result.stderr


def test_demo_public_summary_has_no_small_numbers(demo: Path) -> None:
    result = summarise(demo)
    threshold = result.summary.setup.settings.small_numbers
    assert public_violations(demo / "summary-public.xlsx", threshold) == []


def test_missing_answers_are_counted_by_field_never_by_message(
    small_audit: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Data Quality names which answer is missing from the issue's Field (its defined name),
    so rewording a message (or translating it) changes nothing."""
    from needsaudit.issues import CATALOGUE, Code
    from needsaudit.summary import load

    entry = CATALOGUE["missing-answer"]
    monkeypatch.setitem(
        CATALOGUE, "missing-answer", Code(entry.code, entry.severity, "Rhaid ateb {field}.")
    )
    setup = read_setup(small_audit)
    fields = {"NA_Sex": None, "NA_Ethnicity": None, "NA_Age": 9}
    b.write(small_audit, "D1.xlsx", b.make_return(setup, "D1", fields=fields, needs=NEEDS["D1"]))
    merge(small_audit, workers=1)
    issues = openpyxl.load_workbook(small_audit / "shuffle.xlsx")["Issues"]
    rows = [dict(zip(S_ISSUES_HEADER, r, strict=False)) for r in issues.iter_rows(values_only=True)]
    located = {(r["Field"], r["Details"]) for r in rows[1:] if r["Code"] == "missing-answer"}
    assert located == {("NA_Sex", '{"field": "Sex"}'), ("NA_Ethnicity", '{"field": "Ethnicity"}')}
    missing = load(small_audit, setup).missing
    assert missing == {("Social care", "Sex"): 1, ("Social care", "Ethnicity"): 1}
