"""The message catalogue's upkeep: extraction, completeness, and the list for a reviewer.

``python -m needsaudit.translations extract FILE``  the template (pybabel extract, our keywords)
``python -m needsaudit.translations mark``          flag new Welsh entries ``needs-review``
``python -m needsaudit.translations check``         every string in both languages, none unused
``python -m needsaudit.translations report FILE``   the Welsh strings a reviewer should read (CSV)

Every Welsh string carries the flag ``needs-review`` until a Welsh-speaking practitioner has
read it (then the flag is removed by hand). ``fuzzy`` would be wrong: gettext ignores fuzzy
entries, and these are real translations that are used.
"""

from __future__ import annotations

import csv
import io
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .i18n import CY, DOMAIN, LOCALE_DIR, po_path

PACKAGE = Path(__file__).resolve().parent
# pybabel's keywords: gettext's own, plus M(key, text) and the issue catalogue's
# Code(code, severity, template), whose first argument is the message's context (its key), and
# NP(key, singular, plural) for messages with plural forms.
KEYWORDS = ("-k", "M:1c,2", "-k", "Code:1c,3", "-k", "NP:1c,2,3")
REVIEW_FLAG = "needs-review"
HEADER_COMMENT = (
    "# Welsh (Cymraeg) messages of needsaudit.\n"
    "# Every entry flagged needs-review is waiting for a Welsh-speaking practitioner (the first\n"
    "# drafts were written by the development team from Welsh Government and social services\n"
    "# terminology): remove the flag once it has been read. 'make translations-report' lists\n"
    "# them."
)


def extract() -> Any:
    """The template catalogue, extracted from the package's source by pybabel."""
    from babel.messages.frontend import CommandLineInterface
    from babel.messages.pofile import read_po

    out = io.BytesIO()
    target = PACKAGE.parent / "build" / f"{DOMAIN}.pot"
    target.parent.mkdir(exist_ok=True)
    args = [
        "pybabel",
        "-q",
        "extract",
        *KEYWORDS,
        "--no-location",
        "--sort-output",
        "--add-comments=TRANSLATORS:",
        "--project=needsaudit",
        "-o",
        str(target),
        str(PACKAGE),
    ]
    CommandLineInterface().run(args)  # type: ignore[no-untyped-call]
    out.write(target.read_bytes())
    out.seek(0)
    return read_po(out)


def _read(lang: str) -> Any:
    from babel.messages.pofile import read_po

    with open(po_path(lang), "rb") as fh:
        return read_po(fh, locale=lang, domain=DOMAIN)


def _write(catalog: Any, lang: str) -> None:
    from babel.messages.pofile import write_po

    buf = io.BytesIO()
    write_po(buf, catalog, no_location=True, sort_output=True, width=100)
    po_path(lang).write_bytes(buf.getvalue())


def _key(message: Any) -> tuple[str | None, str]:
    msgid = message.id[0] if isinstance(message.id, tuple) else message.id
    return (message.context, msgid)


def _translated(message: Any) -> bool:
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    return bool(strings) and all(strings)


@dataclass(slots=True)
class Problems:
    missing: list[tuple[str | None, str]] = field(default_factory=list)  # no Welsh
    unused: list[tuple[str | None, str]] = field(default_factory=list)  # in the .po only
    fuzzy: list[tuple[str | None, str]] = field(default_factory=list)  # gettext ignores these
    placeholders: list[tuple[str | None, str]] = field(default_factory=list)  # {n} lost
    plural_forms: str = ""

    @property
    def ok(self) -> bool:
        return not (self.missing or self.unused or self.fuzzy or self.placeholders)


def _placeholders(text: str) -> set[str]:
    import string

    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def check(lang: str = CY) -> Problems:
    """Compare the catalogue with what the source uses."""
    template = extract()
    catalog = _read(lang)
    wanted = {_key(m): m for m in template if m.id}
    have = {_key(m): m for m in catalog if m.id}
    problems = Problems(plural_forms=catalog.plural_forms)
    for key, message in sorted(wanted.items(), key=lambda kv: (kv[0][0] or "", kv[0][1])):
        found = have.get(key)
        if found is None or not _translated(found):
            problems.missing.append(key)
            continue
        if found.fuzzy:
            problems.fuzzy.append(key)
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = found.string if isinstance(found.string, tuple) else (found.string,)
        expected = set().union(*(_placeholders(i) for i in ids))
        for text in strings:
            # A plural form may leave the number out ("dwy ffurflen"), never add a new one.
            if _placeholders(text) - expected or (
                len(ids) == 1 and _placeholders(text) != expected
            ):
                problems.placeholders.append(key)
                break
    problems.unused = sorted((k for k in have if k not in wanted), key=lambda k: (k[0] or "", k[1]))
    return problems


def mark(lang: str = CY) -> int:
    """Flag every translated entry that has no review flag yet (a new one); how many."""
    catalog = _read(lang)
    catalog.header_comment = HEADER_COMMENT
    n = 0
    for message in catalog:
        if message.id and _translated(message) and REVIEW_FLAG not in message.flags:
            message.flags.add(REVIEW_FLAG)
            n += 1
    _write(catalog, lang)
    return n


def report(out: Path, lang: str = CY) -> int:
    """A CSV (UTF-8 with BOM, so Excel shows ŵ and ŷ) of the strings waiting for review:
    key, English, Welsh, and an empty column for the reviewer."""
    catalog = _read(lang)
    rows = []
    for message in catalog:
        if not message.id or REVIEW_FLAG not in message.flags:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        rows.append(
            (
                message.context or "",
                " | ".join(ids),
                " | ".join(strings),
                "; ".join(c for c in message.auto_comments),
            )
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(("Key", "English", "Cymraeg", "Note", "Reviewer's correction"))
        writer.writerows(rows)
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["extract"] and len(args) == 2:
        extract()
        (Path(args[1])).write_bytes((PACKAGE.parent / "build" / f"{DOMAIN}.pot").read_bytes())
        return 0
    if args == ["mark"]:
        print(f"{mark()} new Welsh string(s) flagged {REVIEW_FLAG}")
        return 0
    if args == ["check"]:
        problems = check()
        for name in ("missing", "unused", "fuzzy", "placeholders"):
            for context, msgid in getattr(problems, name):
                print(f"{name}: [{context or ''}] {msgid[:80]}")
        return 0 if problems.ok else 1
    if args[:1] == ["report"] and len(args) == 2:
        n = report(Path(args[1]))
        print(f"{n} Welsh string(s) waiting for a Welsh-speaking reviewer: {args[1]}")
        print(f"Catalogue: {po_path(CY).relative_to(LOCALE_DIR.parent.parent)}")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
