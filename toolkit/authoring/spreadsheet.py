"""CSV cells a spreadsheet shows as text and never runs.

Excel, LibreOffice and Google Sheets treat a cell that starts with `=`, `+`, `-` or `@` (and,
in some of them, a tab or carriage return first) as a formula. A student folder named
`=HYPERLINK("http://evil/", "click")` would otherwise become a live link in the teacher's
gradebook. `spreadsheet_safe` puts an apostrophe in front of such a cell, the usual way to
say "this is text"; the apostrophe is visible in a plain text editor, which is the price of
safety.
"""

from __future__ import annotations

#: First characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def spreadsheet_safe(text: str) -> str:
    """`text` unchanged, or with a leading apostrophe when a spreadsheet would read it as a formula."""
    if text and (text.startswith(FORMULA_STARTS) or text.lstrip(" \u00a0").startswith(("=", "+", "-", "@"))):
        return "'" + text
    return text
