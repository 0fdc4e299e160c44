"""docs/contract.md, the public contract, written from the names the code itself uses.

Sheets, columns, defined names and folder names come from ``names``, issue codes from
``issues``, commands and options from the command line, JSON fields from the records ``--json``
prints. ``python -m needsaudit.contract docs/contract.md`` (``make contract``) writes it;
tests/test_contract.py fails while the committed file differs from what this renders, so the
document cannot drift from the code. It sits on top of the package, beside cli (whose
commands it lists): nothing imports it.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from . import defaults, questions
from . import names as n
from .issues import CATALOGUE, UNREADABLE, Issue, Severity

# When each command exits 1 or 2 (0 otherwise). The command line itself has no table of these,
# only code paths; tests/test_contract.py checks that every command is here.
EXIT_WHEN: dict[str, tuple[str, str]] = {
    "init": (
        "-",
        "DIR is already an audit; the case list is invalid (nothing written; one line per bad row)",
    ),
    "forms": ("some cases got no form (`no-form`)", "no or unreadable setup.xlsx"),
    "status": ("-", "no or unreadable setup.xlsx"),
    "check": ("any return has an error", "no or unreadable setup.xlsx"),
    "merge": (
        "returns were rejected or in conflict",
        "shuffle.xlsx is open (a lock file) or is not this audit's; another merge is running; "
        "no or unreadable setup.xlsx",
    ),
    "suggest": ("-", "no shuffle.xlsx, or it is open or not this audit's"),
    "summarise": (
        "cases on `Cases` name groups that are not defined on `Need Groups`",
        "shuffle.xlsx missing or not this audit's, or a summary is open",
    ),
    "coordinator": ("-", "the workbooks cannot be written (one is open in Excel)"),
    "archive": (
        "-",
        "no consent (no answer, or the folder's name not typed), a password under 12 "
        "characters, or a case-level workbook is open: nothing is archived or deleted",
    ),
    "demo": ("-", "DIR exists and is not a demo"),
}
ALIASES = {"summarize": "summarise"}

# What each field of ``check --json`` and ``status --json`` holds.
ISSUE_FIELDS = {
    "file": "relative to the audit folder, `/` separators",
    "case_ref": "the case, or null",
    "sheet": "null for file-level issues",
    "cell": "plain A1 such as `C14`, where the cell is in that return (after any rows the "
    "auditor inserted); null for file-level issues",
    "severity": "`error` or `warning`",
    "code": "one of the issue codes below",
    "message": "where, what, and what to do; never repeats what anyone typed",
    "field": "the input the problem is in, by its defined name (`NA_Age`; `NA_Needs` or "
    "`NA_Services` for a cell of a table); null when it is in no one input. Scripts use this "
    "and `details`, never the message's words",
    "details": "the message's values by `{placeholder}` name (`field` there is the input's "
    "label as the form shows it), and for a table cell its `row` (on the sheet) and `column` "
    "(header): numbers, the tool's own words and file names, never text from the form",
}
STATUS_FIELDS = {
    "auditor": "as in the sample",
    "sent": "forms written for the auditor's cases",
    "returned": "cases with a return read as a form",
    "outstanding": "case refs with no return",
    "with_errors": "case refs whose return has an error",
}


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return [*out, ""]


def _codes(values: Iterable[str]) -> str:
    return ", ".join(f"`{v}`" for v in values)


def _folder() -> list[str]:
    state = n.STATE_DIR
    return [
        "## The audit folder",
        "",
        "One folder holds one audit; every command takes it as its first argument.",
        "",
        "```",
        "my-audit/",
        f"  {n.SETUP_FILE:<34}the coordinator's set-up workbook (edited in Excel)",
        f"  {n.FORMS_DIR + '/<auditor>/<case ref>.xlsx':<34}one blank, pre-filled form per case",
        f"  {n.RETURNS_DIR + '/':<34}completed forms, any sub-folders, any file names",
        f"  {n.SHUFFLE_FILE:<34}every return merged, for the consensus meeting",
        f"  {n.SUMMARY_FILE:<34}the commissioners' summary (internal)",
        f"  {n.SUMMARY_PUBLIC_FILE:<34}the same with small numbers hidden",
        f"  {n.COORDINATOR_STEM + '.xlsm/.xlsx':<34}the coordinator workbooks (optional)",
        f"  {state + '/':<34}the tool's own state:",
        f"    {n.FORMS_RECORD:<32}what forms wrote (never overwrite a filled form)",
        f"    {n.BACKUPS_DIR + '/':<32}a backup of every shuffle.xlsx merge replaced",
        f"    {n.MERGE_LOG:<32}one JSON line per merge (refs, file names, hashes)",
        f"    {n.SHUFFLE_STATE:<32}what the last merge read",
        f"    {n.MERGE_LOCK:<32}held while a merge runs",
        f"    {n.DEMO_MARKER:<32}only in a demo folder",
        "```",
        "",
        "Case refs are compared trimmed and ignoring case everywhere (`AB12 ` and `ab12` are one "
        "case) and shown as written in the sample. Group names are compared trimmed, ignoring "
        "case, with inner runs of spaces collapsed, as Excel's `TRIM` does.",
        "",
    ]


def _commands() -> list[str]:
    import click

    from .cli import main

    rows = []
    for name in sorted(main.commands):
        if name in ALIASES:
            continue
        command = main.commands[name]
        ctx = click.Context(command, info_name=name)
        usage = " ".join(command.collect_usage_pieces(ctx))
        options = [
            "/".join(p.opts) + (f" {p.metavar or p.type.name.upper()}" if not p.is_flag else "")
            for p in command.params
            if isinstance(p, click.Option) and not p.hidden
        ]
        alias = [a for a, target in ALIASES.items() if target == name]
        one, two = EXIT_WHEN[name]
        rows.append(
            (
                f"`{name} {usage}`" + (f" (alias `{alias[0]}`)" if alias else ""),
                command.get_short_help_str(200),
                _codes(options) or "-",
                one,
                two,
            )
        )
    return [
        "## Commands",
        "",
        "`needsaudit --help` and `needsaudit COMMAND --help` (or `-h`) say the same with "
        "examples. `--debug` before the command shows a traceback when something fails; "
        "`--lang en|cy|cy+en` before the command (or the environment variable `NEEDSAUDIT_LANG`) "
        "chooses the language of its messages, otherwise the audit's `Language` setting.",
        "",
        *_table(("command", "does", "options", "exit 1 when", "exit 2 when"), rows),
        "Exit 0 otherwise. On exit 2 nothing was done, nothing is written to stdout and one line "
        "on stderr says why and what to do. Passwords never travel on the command line: "
        "`setup.xlsx`, a prompt (`--password-prompt`) or the environment variable "
        "`NEEDSAUDIT_RETURNS_PASSWORD` (`NEEDSAUDIT_ARCHIVE_PASSWORD` for `archive`).",
        "",
    ]


def _json() -> list[str]:
    # The keys of check --json: the Issue's fields but its details (kept to translate the
    # message, never printed: they may hold what a return typed).
    issue_fields = [f.name for f in dataclasses.fields(Issue) if f.name != "details"]
    from .returns import AuditorStatus

    status_fields = [f.name for f in dataclasses.fields(AuditorStatus)]
    return [
        "## JSON",
        "",
        "`check --json` prints one JSON array of issues, ordered by file, errors first, then by "
        "sheet and cell. Each issue is an object with these keys:",
        "",
        *_table(("key", "holds"), ((f"`{f}`", ISSUE_FIELDS[f]) for f in issue_fields)),
        "`status --json` prints one JSON array, an object per auditor:",
        "",
        *_table(("key", "holds"), ((f"`{f}`", STATUS_FIELDS[f]) for f in status_fields)),
    ]


def _issue_codes() -> list[str]:
    rows = [
        (f"`{c.code}`", c.severity.value, c.template)
        for severity in (Severity.ERROR, Severity.WARNING)
        for c in CATALOGUE.values()
        if c.severity is severity
    ]
    return [
        "## Issue codes",
        "",
        "Public: in `check --json`, on the `Issues` sheet of shuffle.xlsx and the coordinator "
        "workbook, and in users' scripts. Codes are added, never reused for another meaning. "
        "An error keeps the return out of the merge; a warning does not. The message is the "
        "template below with its `{placeholders}` filled (a file name, a count, a kind of "
        "problem: never text from the form).",
        "",
        *_table(("code", "severity", "message and what to do"), rows),
        "These mean the file could not be read as a form of this audit at all: "
        + _codes(sorted(UNREADABLE))
        + ".",
        "",
        "Two returns for one case: byte-identical copies are one return (`duplicate-copy`); "
        "otherwise the one saved later (`dcterms:modified`, else the file time) is merged and "
        "the other is `superseded`; if they cannot be ordered both are rejected "
        "(`duplicate-case`).",
        "",
    ]


def _setup() -> list[str]:
    levels = [f"{level} {label}" for level, label, _ in defaults.SERIOUSNESS]
    lists = [
        (f"`{sheet}`", _codes(header + n.LIST_WORDS_HEADERS.get(sheet, ())))
        for sheet, header in n.LIST_HEADERS.items()
    ]
    return [
        f"## {n.SETUP_FILE}",
        "",
        f"- `{n.SH_SETTINGS}`: columns {_codes(n.SETTINGS_HEADER)}; rows (column "
        f"`{n.SETTINGS_HEADER[0]}`) {_codes(s.value for s in n.Setting)}. `Small numbers` "
        "(default 5): counts from 1 to N-1 are hidden in summary-public.xlsx. `Audit id` is "
        "written once by `init` and is the tool's.",
        f"- `{n.SH_CASES}`: the sample, columns {_codes(n.SETUP_CASES_HEADER)} (`Family ref` "
        "optional: siblings share one, so family needs are counted once). Other columns are not "
        "imported (`extra-column`).",
        f"- `{n.SH_PASSWORDS}` (optional): columns {_codes(n.PASSWORDS_HEADER)}.",
        f"- `{n.SH_QUESTIONS}` (optional): the audit's own questions, up to "
        f"{questions.MAX_QUESTIONS}, one a row, columns {_codes(questions.QUESTIONS_HEADER)}. "
        f"`Type` is one of {_codes(questions.TYPES)}; a `list` question names in `List` a sheet "
        "of this workbook with its values in column A from row 2 (or a list sheet below); "
        "`Required` is `Yes` or `No`. A row that cannot be asked is left off the forms "
        "(`bad-question`).",
        "- One sheet per dropdown list, header in row 1, values from row 2:",
        "",
        *_table(("sheet", "columns"), lists),
        f"`Kind` on `{n.SH_PHRASES}` is one of {_codes(n.PHRASE_KINDS)}: phrases are literal, "
        "matched ignoring case on word boundaries by `check`, which is authoritative; the "
        "form's own highlight is an approximation (Excel's SEARCH treats `?` and `*` as "
        "wildcards).",
        "",
        f"Values as stored in forms and workbooks: a seriousness as `<Level> <Label>`, "
        f"{_codes(levels)} (the order comes from `Level`, never from the text); a primary need "
        f"as `{defaults.PRIMARY_NEED[0]}`; an area as its name alone (unique across the "
        "domains). The default lists are written into every new setup.xlsx.",
        "",
        f"Languages: `Language` on `{n.SH_SETTINGS}` is `en`, `cy` (Cymraeg) or `cy+en` "
        "(bilingual, Welsh first); forms, their lists and checks, the summaries and messages use "
        f"it. `{n.WELSH}` (and `Domain (Cymraeg)`, `Area (Cymraeg)`, `Label (Cymraeg)`, `Meaning "
        f"(Cymraeg)`) hold a value's Welsh words, `{n.CODE}` its stable code: an answer in "
        "either language, or its code, is the same value (a blank code is the English label's). "
        "A bilingual form shows `Cymraeg / English`.",
        "",
    ]


def _kind(kind: n.Kind, list_sheet: str | None, choices: tuple[str, ...]) -> str:
    if list_sheet:
        return f"list `{list_sheet}`"
    if choices:
        return " / ".join(choices)
    if kind is n.Kind.AGE:
        return f"whole number 0-{n.MAX_AGE}"
    return kind.value


def _form() -> list[str]:
    fields = [
        (
            f"`{f.name}`",
            f.label,
            _kind(f.kind, f.list_sheet, f.choices),
            "pre-filled" if f.prefilled else ("yes" if f.required else "no"),
            f.help,
        )
        for f in n.FIELDS
    ]
    fields.insert(
        [f.name for f in n.FIELDS].index(n.NA_STORY) + 1,
        (f"`{n.NA_NEEDS}`", "the needs table, data rows only", "see below", "a need", ""),
    )
    fields.insert(
        [f[0] for f in fields].index(f"`{n.NA_NEEDS}`") + 1,
        (
            f"`{n.NA_SERVICES}`",
            "services received, data rows only",
            "see below",
            f"or `{n.NA_NO_SERVICES}`",
            "",
        ),
    )

    def columns(cols: tuple[n.Column, ...], required: tuple[str, ...]) -> list[str]:
        return _table(
            ("column", "kind", "required", "help"),
            (
                (
                    f"`{c.header}`",
                    _kind(c.kind, c.list_sheet, c.choices),
                    "yes" if c.key in required else "",
                    c.help,
                )
                for c in cols
            ),
        )

    need_key = next(c.header for c in n.NEEDS_COLUMNS if c.key == "need")
    service_key = n.SERVICES_COLUMNS[0].header
    return [
        "## The audit form (one workbook per case)",
        "",
        f"Sheets: `{n.SH_FORM}` (the A4 form, active on opening), `{n.SH_GUIDANCE}`, "
        f"`{n.SH_LISTS}` (hidden: the dropdown values), `{n.SH_ABOUT}` (very hidden; a "
        f"LibreOffice save makes it hidden): columns {_codes(n.ABOUT_HEADER)}, keys "
        f"{_codes(k.value for k in n.AboutKey)}. The form version written now is "
        f"{n.FORM_VERSION}; a reader accepts any version up to its own.",
        "",
        "Every input has a workbook-scope defined name, so a reader finds it after rows are "
        "inserted or a sheet renamed:",
        "",
        *_table(("defined name", "what", "kind", "required", "help shown"), fields),
        f"`{n.NA_NEEDS}` has {len(n.NEEDS_COLUMNS)} columns in this order ({n.FORM_NEED_ROWS} "
        f"rows on a blank form). A row is a need when `{need_key}` is filled:",
        "",
        *columns(n.NEEDS_COLUMNS, n.NEED_REQUIRED),
        f"`{n.NA_SERVICES}` has {len(n.SERVICES_COLUMNS)} columns ({n.FORM_SERVICE_ROWS} rows). "
        f"A row counts when `{service_key}` is filled:",
        "",
        *columns(n.SERVICES_COLUMNS, n.SERVICE_REQUIRED),
        "Also defined: "
        + _codes(
            (
                n.NA_ABOUT_AUDIT_ID,
                n.NA_ABOUT_VERSION,
                n.NA_AUDIT_ID_VALUE,
                n.NA_FORM_VERSION_VALUE,
            )
        )
        + " (the audit id and form version, found even if `About` is renamed), "
        + _codes((n.NA_FORM_LANGUAGE_VALUE,))
        + " (the form's language: `en`, `cy` or `cy+en`; returns are read the same whatever it "
        "is), and `NAL_<list>` for each dropdown list.",
        "",
        f"Local questions (`{n.SH_QUESTIONS}` in setup.xlsx) follow on a printed page of their "
        f"own: each input is named `{questions.NAME_PREFIX}` and the question's letters and "
        "digits, capitalised (`Was the child seen alone?` is `NA_Q_WasTheChildSeenAlone`), a "
        f"list question's values `{questions.LIST_NAME_PREFIX}...`; "
        f"`{questions.NA_QUESTIONS_VALUE}` holds the names of the local questions the form "
        "carries, comma-separated. A question a return's form did not carry is read as "
        f"`{questions.NOT_ASKED}`, without a warning. On shuffle.xlsx each is a `Cases` column "
        "named by the question, after the columns below; the summaries tally lists, yes-no and "
        "whole numbers (in bands) per Need Group, with the same disclosure control as every "
        "other count, and never show free-text answers.",
        "",
        "Protection: no password; inputs unlocked; users may select unlocked cells, format and "
        "insert rows, not delete rows or columns; the workbook structure is protected. Text "
        "comes back trimmed (non-breaking spaces too), line endings as `\\n`, characters XML "
        f"cannot hold removed, at most {n.MAX_CELL_CHARS:,} characters (`text-too-long`).",
        "",
    ]


def _shuffle() -> list[str]:
    sheets = [
        (n.SH_S_CASES, _codes(n.S_CASES_HEADER)),
        (n.SH_S_NEEDS, _codes(n.S_NEEDS_HEADER)),
        (n.SH_S_SERVICES, _codes(n.S_SERVICES_HEADER)),
        (
            n.SH_S_GROUPS,
            _codes(n.S_GROUPS_HEADER)
            + f"; `{n.GROUPS_TOTALS}` block beside it; {n.GROUP_ROWS} formula rows",
        ),
        (n.SH_S_RETURNS, _codes(n.S_RETURNS_HEADER)),
        (n.SH_S_ISSUES, _codes(n.S_ISSUES_HEADER)),
        (n.SH_S_CARDS, "one printable card per case"),
        (n.SH_S_SUGGESTIONS, "written by `suggest`"),
        (n.SH_S_SIMILAR, "written by `suggest`: `Case ref`, then `Similar i`, `Likeness i`"),
        (n.SH_S_SORTING, "written once by `suggest`, then the sorters'"),
        (n.SH_S_GROUP_NAMES, "written by `suggest`; `Standard name` is the group's to edit"),
        (n.SH_S_AGREEMENT, "written by `suggest`"),
        (n.SH_S_ABOUT, "hidden: what the tool needs to recognise its workbook"),
    ]
    return [
        f"## {n.SHUFFLE_FILE}",
        "",
        *_table(
            ("sheet", "columns, in this order (more may follow)"),
            ((f"`{s}`", c) for s, c in sheets),
        ),
        'Ownership: the audit group (the meeting; a "group" is always a Need Group) owns '
        f"{_codes(n.MEETING_COLUMNS)} on `{n.SH_S_CASES}`, every row of "
        f"`{n.SH_S_GROUPS}` except the live {_codes(n.GROUPS_LIVE)}, and any sheet or column it "
        "adds; the tool owns the rest and never writes the meeting's cells of an existing case. "
        f"`{n.COL_STATUS}` is one of {_codes(n.STATUSES)}. `{n.COL_RETURN}` is one of "
        f"{_codes((n.RETURN_CURRENT, n.RETURN_CHANGED, n.RETURN_MISSING))}. `Result` on "
        f"`{n.SH_S_RETURNS}` is one of "
        f"{_codes((n.RESULT_MERGED, n.RESULT_REJECTED, n.RESULT_SUPERSEDED, n.RESULT_IGNORED))}. "
        "`Quality` lists a need's quality codes, comma-separated, blank when clean. "
        f"`Field` and `Details` on `{n.SH_S_ISSUES}` are the issue's `field` and `details` "
        "as in `check --json` (`Details` a JSON object), for scripts; they do not print.",
        "",
        f"A case belongs to group G when its `{n.COL_AGREED}` equals G (compared as above) and "
        f"its `{n.COL_STATUS}` is not `{n.STATUS_PARKED}`: the live counts, `merge`, "
        "`summarise` and every figure use this one rule.",
        "",
        "Defined names: "
        + _codes((n.NA_S_CASE_REFS, n.NA_S_AGREED, n.NA_S_STATUS, n.NA_S_GROUP_NAMES))
        + " (the live counts and the `Agreed group` dropdown use them).",
        "",
        *_shuffle_languages(),
    ]


def _shuffle_languages() -> list[str]:
    """The Welsh names of the shuffle workbook: public names equal to the English ones."""
    from .i18n import CY, CY_EN, Texts
    from .shufflewords import HEADER_WORDS, SHEET_WORDS, VALUE_WORDS, Words

    def welsh(message: str) -> str:
        return Texts.one(CY, message)

    bilingual = Words(CY_EN)
    return [
        "In Welsh and bilingual audits (`Language` on `Settings`) the workbook is written with "
        "the Welsh names below (bilingual: sheets `Cymraeg - English` where Excel's 31 "
        "characters allow, else the Welsh; headers and values `Cymraeg / English`). Every "
        "name in every language is the same public name: readers (merge, suggest, summarise, "
        "and yours) find sheets, columns and values by any of them, trimmed and ignoring "
        "case, so a workbook whose `Language` changed between merges, or a `Status` typed "
        "in the other language (`Cytunwyd` is `Agreed`), keeps every decision. Merge renames "
        "the tool's sheets and headers to the audit's language (and the meeting's formulas and "
        "defined names that refer to a renamed sheet follow it); the sorters' `Sorting` sheet, the "
        "meeting's own sheets and columns, and every cell the meeting typed keep their "
        "words. The live counts treat every spelling of `Parked` as `Parked`. `About` "
        "records the `language` the workbook was last written in.",
        "",
        *_table(
            ("sheet", "Cymraeg", "bilingual"),
            (
                (f"`{name}`", f"`{welsh(message)}`", f"`{bilingual.sheet(name)}`")
                for name, message in SHEET_WORDS.items()
            ),
        ),
        *_table(
            ("header", "Cymraeg"),
            ((f"`{name}`", f"`{welsh(message)}`") for name, message in HEADER_WORDS.items()),
        ),
        *_table(
            ("value", "Cymraeg"),
            ((f"`{name}`", f"`{welsh(message)}`") for name, message in VALUE_WORDS.items()),
        ),
    ]


def _summary() -> list[str]:
    sheets = [
        (
            n.SH_OVERVIEW,
            "the audit, the sample and what it means, settings, key findings, a "
            "chart of the Need Groups with their 95% intervals",
        ),
        (
            n.SH_SUM_GROUPS,
            _codes(n.SUM_GROUPS_HEADER)
            + ", then `Highest: <level>`, `Age <band>`, `Legal: <status>`; a row "
            f"`{n.NOT_GROUPED}` so shares add up",
        ),
        (n.SH_GAPS, _codes(n.SUM_GAPS_HEADER)),
        (n.SH_COSTS, _codes(n.SUM_COSTS_HEADER)),
        ("G1 <name>, G2 <name>...", "one profile per Need Group (the name cut to 31 characters)"),
        (
            n.SH_QUALITY,
            "need statements in service, assessment or universal terms, missing "
            "answers, cases not grouped, groups used but not defined: by agency, never by auditor",
        ),
    ]
    return [
        f"## {n.SUMMARY_FILE} and {n.SUMMARY_PUBLIC_FILE}",
        "",
        *_table(("sheet", "holds"), ((f"`{s}`", c) for s, c in sheets)),
        "Shares and intervals (95% Wilson, with a finite-population correction when the sample "
        "is 5% or more of the `Sampling frame`) are written to four places (42.86%); yearly "
        "estimates (scaled to `Annual number`) and costs in whole numbers. Only list values are "
        f"counted: a value typed over a dropdown counts as `{n.OTHER_VALUE}`, a blank as "
        f"`{n.NOT_RECORDED}`. Neither workbook holds a case ref, an auditor's name or text from "
        f"the forms. In the public one every count from 1 to `Small numbers`-1 shows as "
        f"`{n.HIDDEN_MARK}`, and so do the cells chosen with them so that no hidden count can be "
        "narrowed to fewer than `Small numbers` possible values from what the workbook shows; "
        "what derives from a hidden count is blank and costs are rounded to £1,000. Values are "
        "numbers, not formulas. (The first design showed a small count as `<N`; one mark for "
        "every hidden count does not tell a reader which counts are the small ones.)",
        "",
    ]


def _coordinator() -> list[str]:
    steps = [(f"`{s.macro}`", s.label, f"`needsaudit {s.command}`", s.does) for s in n.EXCEL_STEPS]
    return [
        f"## {n.COORDINATOR_STEM}.xlsm and .xlsx",
        "",
        f"Sheets {_codes((n.SH_C_CONTROL, n.SH_C_ISSUES, n.SH_C_STATUS, n.SH_C_HELP))}; `Issues` "
        f"has the columns of shuffle.xlsx's, `Status` {_codes(n.C_STATUS_HEADER)}. Defined names "
        + _codes(
            (
                n.NA_C_FOLDER,
                n.NA_C_AUDITOR,
                n.NA_C_CASES,
                n.NA_C_SAMPLE,
                n.NA_C_SEED,
                n.NA_C_STEP,
                n.NA_C_GROUPS,
                n.NA_C_RESULT,
                n.NA_C_WHEN,
                n.NA_C_WORKING,
                n.NA_C_NO_PYTHON,
            )
        )
        + f". The buttons' macros (module `{n.VBA_MODULE}`):",
        "",
        *_table(("macro", "button", "same as", "does"), steps),
        "",
        f"`{n.NA_C_WORKING}` and `{n.NA_C_NO_PYTHON}` point at a hidden row of `Control` that "
        "holds the macros' own words in the workbook's language: what the status bar says while "
        "a step runs, and the message shown when Excel cannot start Python (the macro fills its "
        "`{why}` and `{step}`). Where they are missing (the module imported into another "
        "workbook) the macros use their English.",
        *_coordinator_languages(),
    ]


def _coordinator_languages() -> list[str]:
    from . import coordwords
    from .i18n import CY, CY_EN, Texts

    return [
        "`coordinator DIR` writes them in the audit's `Language` (without DIR: `--lang` or "
        "`NEEDSAUDIT_LANG`, else English): sheets, labels, buttons, help, the `Issues` and "
        "`Status` headers (the Welsh of `Issues`' are the shuffle's). Sheet names and step "
        "labels in either language are the same names: the Excel entry points find the sheets "
        "and the step chosen for Run main by any of them.",
        "",
        *_table(
            ("sheet", "Cymraeg", "bilingual"),
            (
                (
                    f"`{name}`",
                    f"`{coordwords.sheet(name, CY)}`",
                    f"`{coordwords.sheet(name, CY_EN)}`",
                )
                for name in coordwords.SHEET_WORDS
            ),
        ),
        *_table(
            ("step", "Cymraeg"),
            ((f"`{s.label}`", f"`{coordwords.step_label(s.entry, CY)}`") for s in n.EXCEL_STEPS),
        ),
        *_table(
            ("`Status` header", "Cymraeg"),
            (
                (f"`{h}`", f"`{Texts.one(CY, coordwords.STATUS_WORDS[h])}`")
                for h in n.C_STATUS_HEADER
            ),
        ),
    ]


def render() -> str:
    lines = [
        "# needsaudit: the public contract",
        "",
        "What users, their spreadsheets and their scripts rely on: the names below change only "
        "with a version bump and a migration note. Generated from `needsaudit/names.py`, "
        "`needsaudit/issues.py` and the command line by `make contract`; a test fails when this "
        "file is out of date, so do not edit it by hand.",
        "",
        *_folder(),
        *_commands(),
        *_json(),
        *_issue_codes(),
        *_setup(),
        *_form(),
        *_shuffle(),
        *_summary(),
        *_coordinator(),
    ]
    return "\n".join(lines).rstrip("\n") + "\n"


if __name__ == "__main__":  # pragma: no cover - run by make contract
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/contract.md")
    target.write_text(render(), "utf-8")
    print(target)
