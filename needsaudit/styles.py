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

# The same blues where black text sits on the colour (a colour scale behind figures): the dark
# end stops where black text still has a contrast of 6:1 (WCAG AA asks 4.5:1).
TEXT_SCALE_MID = "#9ECAE1"
TEXT_SCALE_HIGH = "#4292C6"

# Okabe-Ito categorical colours, for charts.
CATEGORICAL = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")


# Wrapped text needs rows tall enough for it: no application re-measures a row with a set
# height when it opens a file, and a row without one shows a single line in LibreOffice's print.
LINE_HEIGHT = 12.75  # points per line of 10 pt Arial (Excel's row height for one line)
CHARS_PER_WIDTH = 1.1  # characters of 10 pt Arial text a unit of column width holds (1.1-1.3 seen)


def text_lines(text: str, width: float, size: float = SIZE) -> int:
    """Lines ``text`` takes when wrapped in a column ``width`` wide (Excel's width units),
    breaking between words as Excel and LibreOffice do; a word too long for a line breaks."""
    capacity = max(4, int(width * CHARS_PER_WIDTH * SIZE / size))
    lines = 0
    for paragraph in text.split("\n"):
        used = 0
        lines += 1
        for word in paragraph.split(" "):
            need = len(word) + (1 if used else 0)
            if used and used + need > capacity:
                lines += 1
                used = len(word)
            else:
                used += need
            while used > capacity:  # a word longer than the line
                lines += 1
                used -= capacity
    return lines


# Arial Bold's advance widths (thousandths of the type size; Liberation Sans Bold has the same),
# for short bold labels, where text_lines' one width for every character is far too coarse:
# "Difrifoldeb / Seriousness" fits on two lines of a narrow column, not four.
_BOLD_WIDTHS = {
    **dict.fromkeys("ijl' .,|!/", 278),
    **dict.fromkeys("ft()-[]:;", 333),
    "r": 389,
    "z": 500,
    **dict.fromkeys("acekJsvxy0123456789", 556),
    **dict.fromkeys("bdghnopqu?", 611),
    "w": 778,
    "m": 889,
    "I": 278,
    **dict.fromkeys("EPSVXY", 667),
    **dict.fromkeys("FLTZ", 611),
    **dict.fromkeys("ABCDHKNRU", 722),
    **dict.fromkeys("GOQ", 778),
    "M": 833,
    "W": 944,
}
_BOLD_DEFAULT = 611  # anything else: as wide as most lower-case letters


def _bold_points(word: str, size: float) -> float:
    import unicodedata

    total = 0
    for ch in word:
        base = unicodedata.normalize("NFD", ch)[0]  # ŵ is as wide as w
        total += _BOLD_WIDTHS.get(base, _BOLD_DEFAULT)
    return total * size / 1000


def bold_label_lines(text: str, width: float, size: float = SIZE) -> int:
    """Lines a short bold label takes in a column ``width`` wide (Excel's units), measured
    with the font's own widths and a margin, breaking between words as the applications do."""
    # Excel's column width w is 7w + 5 pixels of its default font (Calibri 11), 3/4 of a
    # point each; the cell keeps about 3 points of padding; 5% spare for rounding.
    room = ((7 * width + 5) * 0.75 - 3) * 0.95
    space = _bold_points(" ", size)
    lines, used = 1, 0.0
    for word in text.split():
        need = _bold_points(word, size)
        if used and used + space + need > room:
            lines += 1
            used = 0.0
        used += (space if used else 0) + need
        while used > room:  # a word longer than the line breaks inside it
            lines += 1
            used -= room
    return lines


def text_height(text: str, width: float, size: float = SIZE, pad: float = 3.0) -> float:
    """A row height (points) that shows all of ``text`` wrapped in a column ``width`` wide."""
    return text_lines(text, width, size) * LINE_HEIGHT * size / SIZE + pad


def print_table(
    ws: Any, last_row: int, last_col: int, title_rows: int = 1, portrait: bool = False
) -> None:
    """A table on paper: A4, landscape unless ``portrait`` (a narrow list), one page wide, its
    header on every page, nothing but the table (0-based last row and column) printed."""
    if portrait:
        ws.set_portrait()
    else:
        ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0, title_rows - 1)
    ws.set_margins(left=0.3, right=0.3, top=0.4, bottom=0.5)
    ws.print_area(0, 0, last_row, last_col)
    ws.set_footer("&L&8&A&R&8page &P of &N")


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
