"""One look for every workbook the tool writes (xlsxwriter formats, colours, fonts).

Colours are from the Okabe-Ito palette and sequential scales stay within one hue (light to
dark blue), so they work for colour-blind readers; every colour carries a text marker too.
"""

from __future__ import annotations

from typing import Any

# Options for every xlsxwriter workbook the tool writes: a string is always written as text,
# never turned into a number, a formula ("=...") or a link ("http://..."), whatever a list
# value, a name or a return holds. Writers still use write_string for anything a user typed.
TEXT_STAYS_TEXT: dict[str, bool] = {
    "strings_to_numbers": False,
    "strings_to_formulas": False,
    "strings_to_urls": False,
}

FONT = "Arial"
SIZE = 10

INK = "#1A1A1A"
MUTED = "#595959"
RULE = "#A6A6A6"
HEADER_FILL = "#DCE6F0"
SECTION_FILL = "#1F4E79"
INPUT_FILL = "#FFFFFF"
LOCKED_FILL = "#F2F2F2"
WARN_FILL = "#FCE4C4"  # light orange (Okabe-Ito orange #E69F00, tinted)
WARN_FONT = "#7F4F00"
OK_FONT = "#00582E"
ALERT_FILL = "#F4CCCC"

# Sequential blues for "more is darker" scales: colour-blind safe and greyscale-printable.
SCALE_LOW = "#F7FBFF"
SCALE_MID = "#6BAED6"
SCALE_HIGH = "#08306B"

# Okabe-Ito categorical colours, for charts.
CATEGORICAL = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")


def base(**extra: Any) -> dict[str, Any]:
    fmt: dict[str, Any] = {"font_name": FONT, "font_size": SIZE, "valign": "top"}
    fmt.update(extra)
    return fmt


class Formats:
    """xlsxwriter formats created once per workbook and reused (they are workbook-bound)."""

    def __init__(self, workbook: Any) -> None:
        self._wb = workbook
        self._cache: dict[tuple[tuple[str, Any], ...], Any] = {}

    def __call__(self, **props: Any) -> Any:
        key = tuple(sorted(props.items()))
        fmt = self._cache.get(key)
        if fmt is None:
            fmt = self._wb.add_format(base(**props))
            self._cache[key] = fmt
        return fmt

    @property
    def header(self) -> Any:
        return self(bold=True, bg_color=HEADER_FILL, border=1, border_color=RULE, text_wrap=True)

    @property
    def text(self) -> Any:
        return self()

    @property
    def wrap(self) -> Any:
        return self(text_wrap=True)

    @property
    def title(self) -> Any:
        return self(bold=True, font_size=14, valign="vcenter")

    @property
    def note(self) -> Any:
        return self(italic=True, font_color=MUTED, text_wrap=True)
