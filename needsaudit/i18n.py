"""Languages: English, Welsh (Cymraeg), and bilingual Welsh-and-English output, through gettext.

Every user-facing string is English in the source (the gettext msgid) and Welsh in
``locale/cy/LC_MESSAGES/needsaudit.po``, the standard catalogue Welsh translators and
Babel's ``pybabel`` work with. Strings that belong to a thing with a stable identity (a list
value, a form field, an issue code) carry that identity as the gettext context (``msgctxt``),
so a field table or a list can look its words up by key rather than by their English.

The output language of an audit is ``en``, ``cy`` or ``cy+en`` (bilingual). In bilingual
output Welsh comes first (the Welsh Language Standards): short labels as ``Cymraeg / English``,
sentences as the Welsh sentence, then the English one on the next line.

The compiled catalogue (``.mo``) is built from the ``.po`` by ``make translations`` (or
``python -m needsaudit.i18n compile``) and never committed: it records the SHA-256 of the
``.po`` it came from, and when that does not match (a fresh checkout, an edited ``.po``) the
``.po`` is compiled in memory instead, so a stale ``.mo`` is never used.
"""

from __future__ import annotations

import gettext
import hashlib
import io
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

DOMAIN = "needsaudit"
LOCALE_DIR = Path(__file__).with_name("locale")

EN = "en"
CY = "cy"
CY_EN = "cy+en"
LANGUAGES = (EN, CY)  # the languages text exists in
CHOICES = (EN, CY, CY_EN)  # what a user can choose: one language or both
ENV = "NEEDSAUDIT_LANG"

LABEL_SEP = " / "  # between the Welsh and the English of a short label
SENTENCE_SEP = "\n"  # between the Welsh and the English of a sentence

# What users may type for a language (Settings sheet, --language, --lang, NEEDSAUDIT_LANG).
_SPELLINGS = {
    EN: ("en", "eng", "english", "saesneg", "en-gb", "en_gb"),
    CY: ("cy", "cym", "welsh", "cymraeg", "cy-gb", "cy_gb"),
    CY_EN: (
        "cy+en",
        "cy-en",
        "cy/en",
        "cy en",
        "cyen",
        "bilingual",
        "dwyieithog",
        "welsh and english",
        "cymraeg a saesneg",
    ),
}
_BY_SPELLING = {s: code for code, spellings in _SPELLINGS.items() for s in spellings}


def parse_language(text: object) -> str | None:
    """The language setting a user's spelling means (``Cymraeg`` -> ``cy``), or None."""
    if not isinstance(text, str):
        return None
    folded = " ".join(text.replace("_", "-").split()).casefold()
    return _BY_SPELLING.get(folded)


def languages(setting: str) -> tuple[str, ...]:
    """The languages of a setting, in the order they are shown (Welsh first)."""
    return (CY, EN) if setting == CY_EN else (setting,)


# --- the catalogues -------------------------------------------------------------------------


def po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(lang: str) -> Path:
    return po_path(lang).with_suffix(".mo")


def _stamp(po_data: bytes) -> str:
    return "needsaudit po-sha256 " + hashlib.sha256(po_data).hexdigest()


def compile_po(po_data: bytes, lang: str) -> bytes:
    """A ``.mo`` from a ``.po`` (Babel), stamped with the ``.po``'s digest. Entries marked
    fuzzy are left out, as gettext does; ``needs-review`` entries are real translations."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    catalog = read_po(io.BytesIO(po_data), locale=lang, domain=DOMAIN)
    # Babel writes "Project-Id-Version: <project> <version>": the stamp, split in two.
    catalog.project, _, catalog.version = _stamp(po_data).rpartition(" ")
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def compile_all() -> list[Path]:
    """Write every ``.mo`` that is missing or stale; the paths written."""
    written = []
    for lang in LANGUAGES:
        po = po_path(lang)
        if not po.exists():
            continue
        data = po.read_bytes()
        mo = mo_path(lang)
        if mo.exists() and _mo_stamp(mo.read_bytes()) == _stamp(data):
            continue
        mo.write_bytes(compile_po(data, lang))
        written.append(mo)
    return written


def _mo_stamp(mo_data: bytes) -> str:
    try:
        info = gettext.GNUTranslations(io.BytesIO(mo_data)).info()
    except (OSError, ValueError):
        return ""
    return info.get("project-id-version", "")


@cache
def translations(lang: str) -> gettext.NullTranslations:
    """The catalogue of one language (English is the source: no catalogue)."""
    po = po_path(lang)
    if lang == EN or not po.exists():
        return gettext.NullTranslations()
    data = po.read_bytes()
    mo = mo_path(lang)
    if mo.exists():
        compiled = mo.read_bytes()
        if _mo_stamp(compiled) == _stamp(data):
            return gettext.GNUTranslations(io.BytesIO(compiled))
    return gettext.GNUTranslations(io.BytesIO(compile_po(data, lang)))


# --- marked strings ---------------------------------------------------------------------------


class Msg(str):
    """English text that knows its stable key (the gettext context). It is a ``str`` (the
    English), so code that only needs English keeps working; ``Texts`` translates it by key.

    Extracted by pybabel with the keyword ``M:1c,2``.
    """

    key: str
    source: str  # the msgid: the English before its placeholders are filled
    values: dict[str, object]

    def __new__(cls, key: str, text: str, values: dict[str, object] | None = None) -> Msg:
        obj = super().__new__(cls, text.format(**values) if values else text)
        obj.key = key
        obj.source = text
        obj.values = dict(values or {})
        return obj

    def __reduce__(self) -> tuple[object, ...]:
        return (Msg, (self.key, self.source, self.values))


class Joined(Msg):
    """Marked strings joined by ``sep`` (the reasons one row of a list is refused): a ``str``
    holding their English, each part translated where it is shown."""

    parts: tuple[str, ...]
    sep: str

    def __new__(cls, parts: tuple[str, ...], sep: str = "; ") -> Joined:
        obj = str.__new__(cls, sep.join(parts))
        obj.key = ""
        obj.source = sep.join(parts)
        obj.values = {}
        obj.parts = tuple(parts)
        obj.sep = sep
        return obj

    def __reduce__(self) -> tuple[object, ...]:
        return (Joined, (self.parts, self.sep))


def joined(parts: list[str] | tuple[str, ...], sep: str = "; ") -> str:
    """``parts`` (marked strings or plain ones) as one value translated part by part."""
    return Joined(tuple(parts), sep) if len(parts) != 1 else parts[0]


def M(key: str, text: str, **values: object) -> Msg:
    """Mark ``text`` for translation under ``key``; translated where it is shown. Placeholders
    (``{row}``) are filled from ``values`` after translation, so the word order is the
    translation's; a value that is itself a ``Msg`` is translated too."""
    return Msg(key, text, values)


class Plural:
    """A message with plural forms, under a stable key (the gettext context): English has two
    forms, Welsh six (zero, one, two, few, many, other). Extracted with the keyword
    ``NP:1c,2,3``; ``{n}`` is the number."""

    __slots__ = ("key", "plural", "singular")

    def __init__(self, key: str, singular: str, plural: str) -> None:
        self.key = key
        self.singular = singular
        self.plural = plural

    def __repr__(self) -> str:
        return f"NP({self.key!r}, {self.singular!r}, {self.plural!r})"

    def template(self, lang: str, n: int) -> str:
        """The form for ``n`` in one language, its ``{n}`` not yet filled."""
        return Texts.one_plural(lang, self.singular, self.plural, n, self.key)

    def one(self, lang: str, n: int, **values: object) -> str:
        return self.template(lang, n).format(n=n, **values)


def NP(key: str, singular: str, plural: str) -> Plural:
    """Mark a message with plural forms for translation under ``key``."""
    return Plural(key, singular, plural)


class Counted:
    """A plural message with its number (and any other values): a value that a ``Msg`` may
    hold, translated in each language with its own plural form."""

    __slots__ = ("message", "n", "values")

    def __init__(self, message: Plural, n: int, values: dict[str, object]) -> None:
        self.message = message
        self.n = n
        self.values = values

    def in_language(self, lang: str) -> str:
        return self.message.one(
            lang,
            self.n,
            **{
                k: v.in_language(lang) if isinstance(v, Worded) else v
                for k, v in self.values.items()
            },
        )


class Worded:
    """A value with its own words in each language (a list value in a bilingual audit): in
    a bilingual message, the Welsh sentence holds its Welsh and the English one its English."""

    __slots__ = ("words",)

    def __init__(self, words: dict[str, str]) -> None:
        self.words = words

    def in_language(self, lang: str) -> str:
        return self.words.get(lang) or self.words.get(EN) or next(iter(self.words.values()))


def count(message: Plural, n: int, **values: object) -> Counted:
    """``message``'s form for ``n``, with ``{n}`` and ``values`` filled, in each language."""
    return Counted(message, n, values)


def N_(text: str) -> str:
    """Mark ``text`` for extraction; it is translated where it is shown."""
    return text


class Texts:
    """Words in one output setting (``en``, ``cy`` or ``cy+en``).

    ``gettext``/``ngettext`` give sentences (bilingual: Welsh, newline, English); ``label``
    gives a short label (bilingual: ``Cymraeg / English``); ``each`` gives the text in each
    language separately, for layouts that set the two apart (the form's labels).
    """

    __slots__ = ("setting",)

    def __init__(self, setting: str = EN) -> None:
        if setting not in CHOICES:
            raise ValueError(f"unknown language {setting!r}")
        self.setting = setting

    def __repr__(self) -> str:
        return f"Texts({self.setting!r})"

    @property
    def languages(self) -> tuple[str, ...]:
        return languages(self.setting)

    @property
    def primary(self) -> str:
        return self.languages[0]

    @property
    def bilingual(self) -> bool:
        return self.setting == CY_EN

    # one language at a time

    @staticmethod
    def one(lang: str, message: str, context: str | None = None) -> str:
        cat = translations(lang)
        if isinstance(message, Joined):
            return message.sep.join(Texts.one(lang, part) for part in message.parts)
        if isinstance(message, Msg):
            text = cat.pgettext(context or message.key, message.source)
            if not message.values:
                return text
            return text.format(
                **{
                    k: Texts.one(lang, v)
                    if isinstance(v, Msg)
                    else v.in_language(lang)
                    if isinstance(v, Counted | Worded)
                    else v
                    for k, v in message.values.items()
                }
            )
        if context is None:
            return cat.gettext(message)
        return cat.pgettext(context, message)

    @staticmethod
    def one_plural(
        lang: str, singular: str, plural: str, n: int, context: str | None = None
    ) -> str:
        cat = translations(lang)
        if context is None:
            return cat.ngettext(singular, plural, n)
        return cat.npgettext(context, singular, plural, n)

    def each(self, message: str, context: str | None = None) -> list[tuple[str, str]]:
        """(language, text) in display order; one pair when both say the same."""
        out = [(lang, self.one(lang, message, context)) for lang in self.languages]
        if len(out) == 2 and out[0][1] == out[1][1]:
            return out[:1]
        return out

    def _join(self, parts: list[str], sep: str) -> str:
        if len(parts) == 2 and parts[0] == parts[1]:
            return parts[0]
        return sep.join(parts)

    # gettext's names, so pybabel extracts calls to them with its default keywords

    def gettext(self, message: str) -> str:
        return self._join([self.one(lang, message) for lang in self.languages], SENTENCE_SEP)

    def pgettext(self, context: str, message: str) -> str:
        return self._join(
            [self.one(lang, message, context) for lang in self.languages], SENTENCE_SEP
        )

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self._join(
            [self.one_plural(lang, singular, plural, n) for lang in self.languages],
            SENTENCE_SEP,
        )

    def npgettext(self, context: str, singular: str, plural: str, n: int) -> str:
        return self._join(
            [self.one_plural(lang, singular, plural, n, context) for lang in self.languages],
            SENTENCE_SEP,
        )

    def counted(self, value: Counted, sep: str = SENTENCE_SEP) -> str:
        """A counted phrase in each language, its own plural form in each."""
        return self._join([value.in_language(lang) for lang in self.languages], sep)

    def label(self, message: str, context: str | None = None) -> str:
        """A short label: ``Cymraeg / English`` when bilingual."""
        return self._join([self.one(lang, message, context) for lang in self.languages], LABEL_SEP)

    def sentence(self, message: str, context: str | None = None) -> str:
        """A keyed sentence (a ``Msg``'s key, or ``context``)."""
        return self._join(
            [self.one(lang, message, context) for lang in self.languages], SENTENCE_SEP
        )


def in_each_language(build: Callable[[], str], setting: str | None = None) -> str:
    """A message built by ``build`` (which uses ``_``, ``ngettext``... as it likes) in each
    language of ``setting`` (default: the current one), joined as sentences: a bilingual
    message is the whole Welsh sentence, then the whole English one, never a Welsh sentence
    with English words (or two languages' plural forms) inside it."""
    setting = setting or current_setting()
    parts = []
    for lang in languages(setting):
        with messages_in(lang):
            parts.append(build())
    if len(parts) == 2 and parts[0] == parts[1]:
        return parts[0]
    return SENTENCE_SEP.join(parts)


def join_labels(en: str, cy: str, setting: str) -> str:
    """A label that exists in both languages (a list value) as the setting shows it."""
    if setting == EN or not cy:
        return en
    if setting == CY or cy == en:
        return cy
    return f"{cy}{LABEL_SEP}{en}"


# --- the language messages are shown in -------------------------------------------------------

_chosen: ContextVar[str | None] = ContextVar("needsaudit_lang", default=None)
_audit: ContextVar[str | None] = ContextVar("needsaudit_audit_lang", default=None)


def choose(setting: str | None) -> None:
    """The language a user chose for messages (``--lang``); None: not chosen."""
    _chosen.set(setting)


def for_audit(setting: str | None) -> None:
    """The audit's own language (its Settings sheet): messages use it unless the user chose
    another with ``--lang`` or NEEDSAUDIT_LANG."""
    _audit.set(setting)


def forget() -> None:
    """Neither a chosen language nor an audit's: the end of a command (the next one, in the
    same process, starts from its own settings)."""
    _chosen.set(None)
    _audit.set(None)


def current_setting() -> str:
    """``--lang``, else NEEDSAUDIT_LANG, else the audit's Language setting, else English."""
    chosen = _chosen.get()
    if chosen:
        return chosen
    env = parse_language(os.environ.get(ENV, ""))
    if env:
        return env
    return _audit.get() or EN


def current() -> Texts:
    """Texts in the language messages are shown in now."""
    return Texts(current_setting())


@contextmanager
def messages_in(setting: str | None) -> Iterator[None]:
    """Messages in ``setting`` for the duration (tests, the Excel entry points)."""
    token = _chosen.set(setting)
    try:
        yield
    finally:
        _chosen.reset(token)


def _(message: str) -> str:
    """A sentence in the current message language."""
    return current().gettext(message)


def local(value: str) -> str:
    """A value to put into a sentence built with ``_`` inside ``in_each_language``: a marked
    string (a reason, a kind of file) in the language being built, anything else (a file
    name, a count) as it is."""
    if isinstance(value, Msg):
        return current().sentence(value)
    return value


def ngettext(singular: str, plural: str, n: int) -> str:
    return current().ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    return current().pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, n: int) -> str:
    return current().npgettext(context, singular, plural, n)


def main(argv: list[str] | None = None) -> int:
    """``python -m needsaudit.i18n compile``: build stale ``.mo`` files (make translations)."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    if args != ["compile"]:
        print("usage: python -m needsaudit.i18n compile", file=sys.stderr)
        return 2
    for path in compile_all():
        print(f"compiled {path.relative_to(LOCALE_DIR.parent.parent)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
