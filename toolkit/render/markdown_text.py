"""Text from an article or a person, made safe to put into a generated Markdown cell.

A Markdown cell is rendered to HTML by JupyterLab, Notebook 7 and Voila. Raw HTML inside
it is passed through (Voila does not sanitise it), so an article titled
`<img src=x onerror=alert(1)>` would run script in a generated lesson, and a title with
`*`, `_`, `[`...`]` or `$` would come out mangled (emphasis, links, maths). Every value that
goes from an article's metadata or from a user into a generated notebook or Markdown file
passes through `markdown_text` (or `markdown_url` for a link), which makes it show as
exactly the characters it holds:

- `&`, `<` and `>` become HTML entities, so no tag or entity survives;
- the characters Markdown gives a meaning inline (backslash, backtick, `*`, `_`, `[`, `]`,
  `~`) are backslash-escaped;
- a `$` (maths in Jupyter) becomes an entity inside a span that MathJax is told to skip: a
  backslash is not enough, because JupyterLab typesets the rendered cell, where an escaped dollar
  is a plain `$` again;
- a value starting with what would open a block (`#`, `-`, `+`, `=`, `1.`) has that escaped;
- line breaks become spaces, so a value cannot start a new block (a heading, a raw HTML block).

Plain words come through unchanged, so ordinary titles read the same in the notebook's source.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

#: Characters with an inline meaning in CommonMark, GFM or Jupyter's maths.
_INLINE_SPECIALS = re.compile(r"([\\`*_\[\]~])")
_BLOCK_START = re.compile(r"^(\d*)([#+\-=]|(?<=\d)[.)])")
#: A dollar sign as an entity (no maths delimiter for JupyterLab's Markdown step) in an element the
#: maths typesetter skips (no delimiter for MathJax once the page is drawn).
DOLLAR = '<span class="tex2jax_ignore mathjax_ignore">&#36;</span>'
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "$": DOLLAR}


def markdown_text(value: object) -> str:
    """`value` as Markdown that renders to exactly its characters, on one line."""
    text = " ".join(str(value).split())
    text = _INLINE_SPECIALS.sub(r"\\\1", text)
    text = "".join(_HTML.get(ch, ch) for ch in text)
    return _BLOCK_START.sub(r"\1\\\2", text)


#: Characters left as they are in a URL put into Markdown (none of them means anything there).
_URL_SAFE = "/:?#&=%+,;@!-.~0123456789"


def markdown_url(url: object) -> str:
    """An http(s) URL as a Markdown link showing the URL; anything else as escaped text."""
    text = str(url).strip()
    parts = urlsplit(text) if not any(ch.isspace() for ch in text) else None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return markdown_text(text)
    href = quote(text, safe=_URL_SAFE).replace("&", "&amp;")
    return f"[{markdown_text(text)}]({href})"
