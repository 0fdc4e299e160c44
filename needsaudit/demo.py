"""A complete fictional audit, from set-up to summary, with nothing to type.

Every name, place and story here is invented. The demo drives the same library functions the
commands use, so it is also the quickest end-to-end check of the whole pipeline. Its returns
are imperfect the way real ones are: a poor need statement, a missing answer, a value typed
over a dropdown, a duplicate, a later re-save, a lock file, a password-protected return, a
form filled in place, a PDF sent by mistake, and some cases not returned yet.
"""

from __future__ import annotations

import csv
import json
import os
import random
import shutil
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from .audit import Lists, ServiceItem, Settings, Setup, init_audit, write_setup
from .defaults import DEMO_UNIT_COSTS
from .demo_data import GROUPS, DemoCase, make_cases
from .filler import Value, fill_form
from .forms import build_template, load_record, make_forms
from .i18n import _, in_each_language, ngettext
from .issues import NeedsAuditError
from .model import SampleCase
from .names import (
    COL_AGREED,
    COL_NOTES,
    COL_STATUS,
    DEMO_MARKER,
    FILLING_RETURNS,
    FORMS_DIR,
    MERGING,
    MERGING_LATE,
    NA_AGE,
    NA_AUDIT_DATE,
    NA_DISABILITY,
    NA_ETHNICITY,
    NA_LEGAL_STATUS,
    NA_MATCHED,
    NA_NO_SERVICES,
    NA_NOTES,
    NA_OVERALL,
    NA_PRIMARY_NEED,
    NA_SEX,
    NA_STORY,
    NO,
    READING_RETURNS,
    RETURNS_DIR,
    SETUP_FILE,
    SH_S_CASES,
    SH_S_GROUPS,
    SH_S_SORTING,
    SHUFFLE_FILE,
    STATE_DIR,
    STATUS_AGREED,
    STATUS_PARKED,
    SUMMARY_FILE,
    SUMMARY_PUBLIC_FILE,
    WRITING_FORMS,
    YES,
)
from .questions import (
    NA_QUESTIONS_VALUE,
    QUESTIONS_HEADER,
    Questions,
    question_name,
    read_questions,
)
from .workbook import atomic_write_bytes, encrypt
from .xlsxscan import named_constant, open_package

if TYPE_CHECKING:
    from .summary import GroupFigures

AUDITORS: tuple[tuple[str, str], ...] = (
    ("Jordan Kell", "Children's social care"),
    ("Amira Stone", "Children's social care"),
    ("Tom Wade", "Early help"),
    ("Grace Osei", "Health"),
    ("Ravi Pillai", "Education"),
    ("Nia Evans", "Youth justice"),
)
POOR_WRITER = "Tom Wade"  # writes poorer need statements, as some auditors do
PROTECTS_RETURNS = "Grace Osei"  # password-protects her returns (password in setup.xlsx)
# The fictional caseload the sample is drawn from: children in need open on 1 October 2026.
DEMO_FRAME = 412
DEMO_PASSWORD = "Demo-2026!"  # noqa: S105 - a fictional audit's fictional password
AUDIT_DAY = date(2026, 11, 9)


@dataclass(slots=True)
class DemoResult:
    folder: Path
    report: list[str] = field(default_factory=list)
    truth: dict[str, str] = field(default_factory=dict)  # case ref -> pattern (memory only)


def prepare_folder(folder: Path) -> None:
    """Refuse a folder that holds anything but an earlier demo; clear an earlier demo."""
    if folder.exists() and any(folder.iterdir()):
        if not (folder / STATE_DIR / DEMO_MARKER).exists():
            raise NeedsAuditError(
                _(
                    "{folder} exists and is not a needsaudit demo: choose another folder (the "
                    "demo never touches other files)."
                ).format(folder=folder)
            )
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)


def demo_case_rows(n_cases: int, seed: int) -> list[list[str]]:
    """A fictional sample list (header first): pseudonymous refs, auditors, agencies,
    sibling pairs sharing a family ref."""
    rng = random.Random(seed)
    rows = [["Case ref", "Auditor", "Agency", "Family ref"]]
    refs = rng.sample(range(10_000, 99_999), n_cases)
    family = 0
    i = 0
    while i < n_cases:
        auditor, agency = AUDITORS[rng.randrange(len(AUDITORS))]
        siblings = 2 if rng.random() < 0.12 and i + 1 < n_cases else 1
        fam = ""
        if siblings == 2:
            family += 1
            fam = f"F{family:03d}"
        for _sibling in range(siblings):
            rows.append([f"C{refs[i]}", auditor, agency, fam])
            i += 1
    return rows


def answers(case: DemoCase, completed: date) -> dict[str, Value]:
    """The single answers of a fictional case, keyed by defined name."""
    return {
        NA_AUDIT_DATE: completed,
        NA_AGE: case.age,
        NA_SEX: case.sex,
        NA_ETHNICITY: case.ethnicity,
        NA_DISABILITY: case.disability,
        NA_LEGAL_STATUS: case.legal_status,
        NA_PRIMARY_NEED: case.primary_need,
        NA_STORY: case.story,
        NA_NO_SERVICES: YES if case.no_services else None,
        NA_OVERALL: case.overall,
        NA_MATCHED: case.matched,
        NA_NOTES: case.notes or None,
    }


# The demo's own questions (setup.xlsx, Questions), as a coordinator would type them: one
# required yes-no, one optional whole number, so every part of the local questions shows.
DEMO_QUESTIONS: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "Was the child seen alone?",
        "yes-no",
        "",
        "Yes",
        "Was the child seen and spoken to without a parent or carer at the last visit?",
    ),
    (
        "Moves of home in the last year",
        "whole number",
        "",
        "No",
        "How many times the child moved home in the last 12 months (0 if none).",
    ),
)
SEEN_ALONE, MOVES = (question_name(q[0]) for q in DEMO_QUESTIONS)


def demo_questions() -> Questions:
    return read_questions([QUESTIONS_HEADER, *DEMO_QUESTIONS], lambda _: None, lambda _: None)


def local_answers(case: DemoCase) -> dict[str, Value]:
    """The demo's answers to its own questions, from the case (the same every run): babies
    and toddlers are not seen alone, nor one child in five; looked-after children move."""
    mix = zlib.crc32(case.story.encode("utf-8"))
    moves = 1 + mix % 3 if case.legal_status == "Looked after" else int(mix % 7 == 0)
    seen = case.age is not None and case.age >= 4 and mix % 5 != 0
    return {SEEN_ALONE: YES if seen else NO, MOVES: moves}


def filled_return(
    blank: bytes,
    case: DemoCase,
    saved: datetime,
    auditor: str,
    overrides: dict[str, Value] | None = None,
) -> bytes:
    fields = answers(case, saved.date())
    # The local answers the form asks (a form of an audit without the demo's questions: none).
    carried = set(named_constant(open_package(blank).names.get(NA_QUESTIONS_VALUE)).split(","))
    if carried & {SEEN_ALONE, MOVES}:
        fields.update({k: v for k, v in local_answers(case).items() if k in carried})
    fields.update(overrides or {})
    return fill_form(blank, fields, case.needs, case.services, saved=saved, saved_by=auditor)


def demo_cases(sample: Sequence[SampleCase], seed: int) -> dict[str, DemoCase]:
    """One fictional case per sample case; the poor writer's cases use poorer statements."""
    poor = frozenset(i for i, c in enumerate(sample) if c.auditor == POOR_WRITER)
    cases = make_cases(len(sample), seed, poor)
    return {c.ref: dc for c, dc in zip(sample, cases, strict=True)}


def _saved(rng: random.Random) -> datetime:
    return datetime.combine(AUDIT_DAY, datetime.min.time()) + timedelta(
        days=rng.randint(0, 10), hours=rng.randint(8, 17), minutes=rng.randint(0, 59)
    )


def write_returns(
    folder: Path,
    setup: Setup,
    cases: dict[str, DemoCase],
    seed: int,
    progress: Callable[[str, int, int], None] | None = None,
) -> dict[str, int]:
    """Write the fictional returns as auditors send them back, imperfections included."""
    rng = random.Random(seed + 1)
    template = build_template(setup)
    returns = folder / RETURNS_DIR
    counts = {"returned": 0, "outstanding": 0}
    sample = list(setup.cases)
    outstanding = set(rng.sample(range(len(sample)), max(3, len(sample) // 12)))
    protected = 0
    for i, sc in enumerate(sample):
        if i in outstanding:
            counts["outstanding"] += 1
            continue
        case = cases[sc.ref]
        saved = _saved(rng)
        blank = template.for_case(sc)
        data = filled_return(blank, case, saved, sc.auditor)
        # Auditors return files however they like: sub-folders, renamed, protected.
        name = rng.choice(
            (f"{sc.ref}.xlsx", f"{sc.ref} completed.xlsx", f"Audit form {sc.ref}.xlsx")
        )
        target = returns / sc.auditor / name if rng.random() < 0.7 else returns / name
        if sc.auditor == PROTECTS_RETURNS and protected < 5:
            # Encryption is slow on purpose (100,000 hashes a file): a few make the point.
            data = encrypt(data, DEMO_PASSWORD)
            protected += 1
        atomic_write_bytes(target, data)
        counts["returned"] += 1
        if progress:
            progress(FILLING_RETURNS, i + 1, len(sample))
    returned = [
        sc for i, sc in enumerate(sample) if i not in outstanding and sc.auditor != PROTECTS_RETURNS
    ]

    def path_of(sc: SampleCase) -> Path:
        found = [p for p in returns.rglob("*.xlsx") if sc.ref in p.name]
        return found[0]

    # A duplicate a sync client made (byte-identical) and an email reply saved twice.
    dup = returned[0]
    original = path_of(dup)
    shutil.copyfile(original, original.with_name(f"{dup.ref} (1).xlsx"))
    # A later re-save with a corrected story: the later one is merged, the first superseded.
    resave = returned[1]
    case = cases[resave.ref]
    later = filled_return(
        template.for_case(resave),
        case,
        _saved(rng) + timedelta(days=12),
        resave.auditor,
        {NA_STORY: case.story + " Update: the family has since moved to a settled tenancy."},
    )
    atomic_write_bytes(returns / "late" / f"{resave.ref} v2.xlsx", later)
    # Answers missing, and a value typed over a dropdown.
    imperfect: list[tuple[SampleCase, dict[str, Value]]] = [
        (returned[2], {NA_AGE: None}),
        (returned[3], {NA_SEX: "female", NA_LEGAL_STATUS: "CIN plan"}),
        (
            returned[4],
            {NA_STORY: cases[returned[4].ref].story + " Mum's new number is 07700 900461."},
        ),
    ]
    for sc, overrides in imperfect:
        atomic_write_bytes(
            path_of(sc),
            filled_return(template.for_case(sc), cases[sc.ref], _saved(rng), sc.auditor, overrides),
        )
    # Someone still has a return open, and a PDF was sent by mistake.
    (returns / returned[5].auditor).mkdir(parents=True, exist_ok=True)
    (returns / returned[5].auditor / f"~${returned[5].ref}.xlsx").write_bytes(
        b"\x0bJordan Kell" + b"\x00" * 40
    )
    scan = returns / "scan of paper form.pdf"
    scan.write_bytes(b"%PDF-1.4\n% fictional\n")
    sent = _saved(rng).timestamp()  # a fixed file time: the demo is reproducible
    os.utime(scan, (sent, sent))
    # A form filled in place on the shared drive, never moved into returns/.
    in_place = next(sc for i, sc in enumerate(sample) if i in outstanding)
    record = load_record(folder)
    path = folder / record[in_place.key]["path"]
    atomic_write_bytes(
        path, filled_return(path.read_bytes(), cases[in_place.ref], _saved(rng), in_place.auditor)
    )
    counts["returned"] += 1
    counts["outstanding"] -= 1
    return counts


def play_meeting(folder: Path, truth: dict[str, str], seed: int) -> dict[str, int]:
    """The audit group's meeting, as a group would hold it in Excel: define the Need Groups,
    agree each case's group (not always the pattern it was written from: groups disagree and
    change their minds), park a few, leave a few to discuss, and add a column and a sheet of
    their own. Writes through openpyxl, as any spreadsheet application would."""
    import openpyxl
    from openpyxl.styles import Font

    rng = random.Random(seed + 2)
    path = folder / SHUFFLE_FILE
    wb = openpyxl.load_workbook(path)
    groups = wb[SH_S_GROUPS]
    labels = {}
    for row, (key, definition) in enumerate(GROUPS.items(), start=2):
        groups.cell(row, 1, definition.label)
        groups.cell(row, 2, definition.description)
        groups.cell(row, 5, definition.outcomes)
        groups.cell(row, 6, definition.threshold)
        groups.cell(row, 7, definition.services)
        labels[key] = definition.label
    cases = wb[SH_S_CASES]
    header = [c.value for c in cases[1]]
    ref_c, agreed_c, status_c, notes_c = (
        header.index(h) + 1 for h in ("Case ref", COL_AGREED, COL_STATUS, COL_NOTES)
    )
    priority_c = len(header) + 1
    cases.cell(1, priority_c, "Priority")  # the group's own column
    counts = {"agreed": 0, "parked": 0, "to discuss": 0}
    keys = list(GROUPS)
    for row in range(2, cases.max_row + 1):
        ref = cases.cell(row, ref_c).value
        pattern = truth.get(str(ref))
        if pattern is None:
            continue
        roll = rng.random()
        if roll < 0.05:
            cases.cell(row, status_c, STATUS_PARKED)
            cases.cell(row, notes_c, "Waiting for the health visitor's view.")
            counts["parked"] += 1
            continue
        if roll < 0.10:
            counts["to discuss"] += 1
            continue
        label = labels[pattern] if roll > 0.18 else labels[rng.choice(keys)]
        if rng.random() < 0.1:
            label = f"  {label.lower()} "  # typed in a hurry: still the same group
        cases.cell(row, agreed_c, label)
        cases.cell(row, status_c, STATUS_AGREED)
        cases.cell(row, priority_c, rng.choice(("High", "Medium", "Low")))
        counts["agreed"] += 1
    actions = wb.create_sheet("Actions")
    actions.append(["Action", "Who", "By when"])
    actions.append(["Ask commissioners for the DA recovery waiting list", "Chair", "December"])
    actions["A1"].font = Font(bold=True)
    actions.column_dimensions["A"].width = 50
    wb.save(path)
    return counts


SORTERS: dict[str, dict[str, str]] = {
    # Three tables sort the cards before the meeting, each naming groups its own way.
    "Table A": {
        "da-aftermath": "After DV",
        "parental-mh": "Mum's mental health",
        "exploitation": "Missing / CCE",
        "disability": "SEND & respite",
        "neglect-substance": "Neglect + drugs/alcohol",
        "conflict-teen": "Teen conflict",
        "low-level": "Low level",
        "housing-money": "Money & housing",
    },
    "Table B": {
        "da-aftermath": "Domestic abuse recovery",
        "parental-mh": "Parental mental ill-health",
        "exploitation": "Exploitation",
        "disability": "Disabled children",
        "neglect-substance": "Substance misuse and neglect",
        "conflict-teen": "Family breakdown",
        "low-level": "Early help",
        "housing-money": "Poverty",
    },
    "Table C": {
        "da-aftermath": "after dv",
        "parental-mh": "Parental MH",
        "exploitation": "Exploitation risk",
        "disability": "Disability",
        "neglect-substance": "Neglect",
        "conflict-teen": "Teen conflict",
        "low-level": "Low level",
        "housing-money": "Poverty",
    },
}


def fill_sorting(folder: Path, truth: dict[str, str], seed: int) -> int:
    """The tables' sorting, recorded on the Sorting sheet as they would type it: mostly the
    pattern a case was written from, sometimes not, and a few cases left unsorted."""
    import openpyxl

    rng = random.Random(seed + 4)
    path = folder / SHUFFLE_FILE
    wb = openpyxl.load_workbook(path)
    ws = wb[SH_S_SORTING]
    header = [c.value for c in ws[1]]
    columns = {name: header.index(f"Sorter {i}") + 1 for i, name in enumerate(SORTERS, start=1)}
    for name, col in columns.items():
        ws.cell(1, col, name)
    keys = list(GROUPS)
    sorted_cells = 0
    for row in range(2, ws.max_row + 1):
        pattern = truth.get(str(ws.cell(row, 1).value))
        if pattern is None:
            continue
        for name, col in columns.items():
            roll = rng.random()
            if roll < 0.06:
                continue  # not reached before the meeting
            chosen = pattern if roll > 0.2 else rng.choice(keys)
            ws.cell(row, col, SORTERS[name][chosen])
            sorted_cells += 1
    wb.save(path)
    return sorted_cells


def write_late_returns(folder: Path, setup: Setup, cases: dict[str, DemoCase], seed: int) -> int:
    """Returns that arrive after the meeting: the outstanding ones, saved later."""
    from .returns import auditor_status, read_returns

    template = build_template(setup)
    rng = random.Random(seed + 3)
    status = auditor_status(folder, setup, read_returns(folder, setup))
    late = [ref for s in status for ref in s.outstanding]
    for ref in late:
        sc = setup.case(ref)
        assert sc is not None
        saved = _saved(rng) + timedelta(days=20)
        data = filled_return(template.for_case(sc), cases[sc.ref], saved, sc.auditor)
        atomic_write_bytes(folder / RETURNS_DIR / "late" / f"{sc.ref}.xlsx", data)
    return len(late)


# Counts inside the report's sentences, each in its own plural form (steps.py says the same).
def _cases(n: int) -> str:
    return ngettext("{n} case", "{n} cases", n).format(n=n)


def _files(n: int) -> str:
    return ngettext("{n} file", "{n} files", n).format(n=n)


def _forms(n: int) -> str:
    return ngettext("{n} form", "{n} forms", n).format(n=n)


def _groups(n: int) -> str:
    return ngettext("{n} group", "{n} groups", n).format(n=n)


def _write_sample(folder: Path, n_cases: int, seed: int) -> Path:
    path = folder / "demo-sample.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(demo_case_rows(n_cases, seed))
    return path


def run_demo(
    folder: Path,
    n_cases: int = 100,
    seed: int = 2026,
    echo: Callable[[str], None] | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> DemoResult:
    """Build the fictional audit in ``folder``. Deterministic for a given seed. ``echo`` says
    what each stage did; ``progress(label, done, total)`` follows the longer stages."""
    from .returns import auditor_status, read_returns
    from .shuffle import merge
    from .suggest import suggest

    say = echo or (lambda line: None)
    bar = progress or (lambda label, done, total: None)
    prepare_folder(folder)
    state = folder / STATE_DIR
    state.mkdir(parents=True, exist_ok=True)
    (state / DEMO_MARKER).write_text(json.dumps({"seed": seed, "cases": n_cases}), "utf-8")
    result = DemoResult(folder)

    frame = max(DEMO_FRAME, n_cases)
    settings = Settings(
        audit_name="Fictional needs audit 2026",
        local_authority="Anyshire County Council (fictional)",
        sample_description=f"A simple random sample of {n_cases} children in need open on "
        f"1 October 2026 (fictional).",
        sample_period="Open on 1 October 2026",
        sample_method=f"random: a simple random sample of {n_cases} of the {frame} children "
        f"in need open that day (fictional)",
        annual_number=1400,
        sampling_frame=frame,
    )
    lists = Lists()
    lists.services = [
        ServiceItem(item.name, DEMO_UNIT_COSTS.get(item.name), item.category)
        for item in lists.services
    ]
    init = init_audit(
        folder,
        cases_file=_write_sample(state, n_cases, seed),
        settings=settings,
        lists=lists,
        audit_id=f"demo-{seed}",
    )
    setup = init.setup
    setup.passwords = {PROTECTS_RETURNS.casefold(): DEMO_PASSWORD}
    setup.questions = demo_questions()
    write_setup(folder / SETUP_FILE, setup)

    # Every line in the message language (--lang, NEEDSAUDIT_LANG; the demo audit itself is
    # English): each built whole in each language, so a bilingual line is the Welsh sentence,
    # then the English one, each with its own plural forms.
    def tell(build: Callable[[], str]) -> None:
        say(in_each_language(build))

    def report(build: Callable[[], str]) -> None:
        result.report.append(in_each_language(build))

    n_setup = len(setup.cases)
    tell(
        lambda: ngettext(
            "Set up {setup}: {n} fictional case.", "Set up {setup}: {n} fictional cases.", n_setup
        ).format(setup=folder / SETUP_FILE, n=n_setup)
    )
    forms = make_forms(
        folder, setup=setup, progress=lambda done: bar(WRITING_FORMS, done, len(setup.cases))
    )
    n_forms = len(forms.written)
    tell(
        lambda: ngettext(
            "Wrote {n} form under {folder}.", "Wrote {n} forms under {folder}.", n_forms
        ).format(n=n_forms, folder=folder / FORMS_DIR)
    )

    cases = demo_cases(setup.cases, seed)
    result.truth = {ref: c.pattern for ref, c in cases.items()}
    counts = write_returns(folder, setup, cases, seed, bar)
    tell(
        lambda: _("Auditors returned {returned}; {outstanding}.").format(
            returned=_forms(counts["returned"]),
            outstanding=ngettext(
                "{n} is outstanding", "{n} are outstanding", counts["outstanding"]
            ).format(n=counts["outstanding"]),
        )
    )
    read = read_returns(folder, setup, progress=lambda d, t: bar(READING_RETURNS, d, t))
    errors = sum(1 for i in read.issues if i.is_error)
    warnings = sum(1 for i in read.issues if not i.is_error)
    status = auditor_status(folder, setup, read)
    tell(
        lambda: _(
            "check: {files} read, {cases} ready to merge, {errors} and {warnings} (run "
            "'needsaudit check {folder}')."
        ).format(
            files=_files(len(read.returns)),
            cases=_cases(len(read.chosen)),
            errors=ngettext("{n} error", "{n} errors", errors).format(n=errors),
            warnings=ngettext("{n} warning", "{n} warnings", warnings).format(n=warnings),
            folder=folder,
        )
    )
    merged = merge(folder, setup=setup, progress=lambda d, t: bar(MERGING, d, t))
    tell(
        lambda: _("merge: {cases} in {shuffle} for the meeting.").format(
            cases=_cases(len(merged.rows)), shuffle=folder / SHUFFLE_FILE
        )
    )
    suggested = suggest(folder, setup=setup, seed=seed)
    tell(
        lambda: ngettext(
            "suggest: {n} suggested group and the most similar cases for each case.",
            "suggest: {n} suggested groups and the most similar cases for each case.",
            suggested.k,
        ).format(n=suggested.k)
    )
    fill_sorting(folder, result.truth, seed)
    sorted_by = suggest(folder, setup=setup, seed=seed)
    if sorted_by.agreement is not None:
        a = sorted_by.agreement
        tables, proposed = len(sorted_by.sorters), len(a.consensus_names)
        mean = sum(a.case_agreement) / len(a.case_agreement)
        tell(
            lambda: _(
                "{tables} sorted the cards: mean agreement {agreement}, consensus proposes "
                "{groups}."
            ).format(
                tables=ngettext("{n} table", "{n} tables", tables).format(n=tables),
                agreement=f"{mean:.0%}",
                groups=_groups(proposed),
            )
        )
    meeting = play_meeting(folder, result.truth, seed)
    tell(
        lambda: _(
            "The meeting agreed {agreed}, parked {parked} and left {discuss} to discuss, in "
            "{groups}."
        ).format(
            agreed=_cases(meeting["agreed"]),
            parked=meeting["parked"],
            discuss=meeting["to discuss"],
            groups=ngettext("{n} Need Group", "{n} Need Groups", len(GROUPS)).format(n=len(GROUPS)),
        )
    )
    late = write_late_returns(folder, setup, cases, seed)
    again = merge(folder, setup=setup, progress=lambda d, t: bar(MERGING_LATE, d, t))
    kept = sum(1 for row in again.rows if row.key and str(row.agreed).strip())
    tell(
        lambda: _(
            "{late} merged: {new}; {kept} kept, with the group's own column and sheet."
        ).format(
            late=ngettext("{n} late return", "{n} late returns", late).format(n=late),
            new=ngettext("{n} new case", "{n} new cases", len(again.new)).format(n=len(again.new)),
            kept=ngettext("{n} agreed group", "{n} agreed groups", kept).format(n=kept),
        )
    )
    from .summary import summarise

    summary = summarise(folder, setup=setup)
    s = summary.summary
    tell(
        lambda: _("summarise: {summary} and {public} for the commissioners.").format(
            summary=SUMMARY_FILE, public=SUMMARY_PUBLIC_FILE
        )
    )
    report(lambda: _("Headline figures (fictional):"))
    for g in sorted(s.groups, key=lambda g: -g.cases)[:3]:

        def headline(g: GroupFigures = g) -> str:
            year = ""
            if g.per_year:
                per_year = round(g.per_year[0])
                year = ngettext(
                    ", about {n} child a year", ", about {n} children a year", per_year
                ).format(n=f"{per_year:,}")
            return _(
                "  {group}: {cases} of {total} ({share}, 95% interval {low} to {high}){year}"
            ).format(
                group=g.label,
                cases=g.cases,
                total=_cases(s.n),
                share=f"{g.interval.share:.0%}",
                low=f"{g.interval.low:.0%}",
                high=f"{g.interval.high:.0%}",
                year=year,
            )

        report(headline)
    gaps = sorted(
        ((g.gap[svc], g.label, svc) for g in s.groups for svc in g.needing),
        reverse=True,
    )
    if gaps and gaps[0][0]:
        gap, label, service = gaps[0]
        report(
            lambda: _(
                "  Largest gap: {cases} in {group} needed {service} and did not get it"
            ).format(cases=_cases(gap), group=label, service=service)
        )
    n_returns = len(again.returns.returns)
    outstanding = sum(len(s.outstanding) for s in status)
    for line in (
        lambda: _("Demo audit in {folder}").format(folder=folder),
        lambda: _("  set-up:   {path}").format(path=folder / SETUP_FILE),
        lambda: _("  forms:    {path}/<auditor>/<case ref>.xlsx").format(path=folder / FORMS_DIR),
        lambda: _("  returns:  {path}/ ({files})").format(
            path=folder / RETURNS_DIR, files=_files(n_returns)
        ),
        lambda: _("  shuffle:  {path} (after the meeting)").format(path=folder / SHUFFLE_FILE),
        lambda: _("  summary:  {summary} and {public}").format(
            summary=folder / SUMMARY_FILE, public=folder / SUMMARY_PUBLIC_FILE
        ),
        lambda: ngettext(
            "  status:   {n} form was outstanding before the late returns",
            "  status:   {n} forms were outstanding before the late returns",
            outstanding,
        ).format(n=outstanding),
    ):
        report(line)
    return result
