"""The one renderer of an article: its blocks, with highlights, sentence marks and margin notes, escaped.

Every view that shows an article's text (the anatomy, who is speaking, the loaded-language
highlighter, the readability explorer, an exercise's article and passages) calls
`render_article` with plain records over the article's offsets, as spaCy's displaCy draws
spans it did not compute:

- `Highlight` (from `toolkit.render.html`): a span of characters, drawn as `<mark>`; spans may
  overlap, and a label after the span says in text what the colour says;
- `SentenceMark`: a whole sentence wrapped in a `<span data-sentence>`, with a short visible
  badge and words for screen readers;
- `MarginNote`: a note beside a block (who an attributed sentence is credited to).

The markup is the same for every view (`tk-article` > `tk-block tk-kind-<kind>` >
`tk-where`, `tk-block-text`, `tk-margin`), styled by the one stylesheet in
`toolkit/render/theme.css`; a view adds its own class to the whole (`classes=`) for what is
particular to it. Everything that comes from the article or a caller passes through
`escape`; class names through `css_class`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Collection, Iterable, Literal, Mapping, Sequence

from toolkit.render.html import Highlight, css_class, escape, highlight_html

if TYPE_CHECKING:
    from toolkit.article.model import Article

#: How a block is named above its text: by kind and part ("paragraph · framing"), by its place
#: as questions name it ("paragraph 4", "the photo caption"), or not at all.
Where = Literal["kind", "place", "none"]


@dataclass(frozen=True)
class SentenceMark:
    """One sentence to wrap: its id, CSS classes (a tint), a visible badge, words for screen readers, a tooltip."""

    sentence_id: str
    classes: Sequence[str] = ()
    badge: str | None = None  # shown after the sentence, hidden from screen readers (they hear `spoken`)
    spoken: str | None = None  # read after the sentence by screen readers only, e.g. "(Opinion)"
    title: str | None = None
    data: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class MarginNote:
    """A note in the margin beside a block: "<b>lead</b>: text <i>detail</i>"."""

    block: int
    text: str
    lead: str | None = None
    detail: str | None = None


def render_article(source: Article | str, *, highlights: Iterable[Highlight] = (),
                   sentence_marks: Iterable[SentenceMark] = (), notes: Iterable[MarginNote] = (),
                   blocks: Iterable[int] | None = None, where: Where = "kind", muted: Collection[int] = (),
                   muted_note: str = "", margin: str | None = None, classes: Sequence[str] = (),
                   label: str | None = None) -> str:
    """Escaped HTML of an article (or of a plain text, as one block) for any view.

    `blocks` chooses which blocks to draw, in order (default: all). Blocks in `muted` are drawn
    plain and greyed, their name followed by `muted_note`. `margin` names the margin column
    (e.g. "Sources"); it is drawn beside every block when given or when there are notes.
    `label` makes the whole a named region for screen readers.
    """
    marks = list(highlights)
    by_sentence = {mark.sentence_id: mark for mark in sentence_marks}
    by_block: dict[int, list[MarginNote]] = {}
    for note in notes:
        by_block.setdefault(note.block, []).append(note)
    if by_block and margin is None:
        margin = "Notes"
    if isinstance(source, str):
        body = _block_html(("paragraph", 0, 0, len(source)), source, None, marks, {}, None, None, margin, ())
    else:
        chosen = range(len(source.blocks)) if blocks is None else blocks
        body = "".join(
            _block_html((source.blocks[i].kind, i, source.blocks[i].start, source.blocks[i].end), source.text,
                        _where(source, i, where), [] if i in muted else marks,
                        {} if i in muted else by_sentence, source, muted_note if i in muted else None,
                        margin, by_block.get(i, ()))
            for i in chosen)
    region = f' role="region" aria-label="{escape(label)}"' if label else ""
    names = " ".join(css_class(c) for c in ("tk-article", *classes))
    return f'<div class="{names}"{region}>{body}</div>'


def render_sentence(sentence_id: str, text: str, *, element_id: str | None = None,
                    classes: Sequence[str] = ()) -> str:
    """One sentence on its own line, led by its id: what sorting and labelling rows show.

    `element_id` gives the line an id, so a control can name itself after the sentence
    (`aria-labelledby`); `classes` are the view's own hooks.
    """
    ident = f' id="{escape(element_id)}"' if element_id else ""
    names = " ".join(css_class(c) for c in ("tk-sentence-row", *classes))
    return (f'<div class="{names}"{ident} data-sentence="{escape(sentence_id)}">'
            f'<span class="tk-sentence-id">{escape(sentence_id)}</span>{escape(text)}</div>')


def _where(article: Article, index: int, where: Where) -> str | None:
    if where == "none":
        return None
    if where == "place":
        from toolkit.article.places import place_of_block

        return place_of_block(article, index)
    block = article.blocks[index]
    part = article.part_of(block)
    return block.kind.replace("_", " ") + (f" \u00b7 {part}" if part else "")


def _block_html(block: tuple[str, int, int, int], text: str, where: str | None, highlights: list[Highlight],
                marks: Mapping[str, SentenceMark], article: Article | None, muted_note: str | None,
                margin: str | None, notes: Sequence[MarginNote]) -> str:
    kind, index, start, end = block
    names = ["tk-block", f"tk-kind-{css_class(kind)}"] + (["tk-block-out"] if muted_note is not None else [])
    heading = ""
    if where is not None:
        heading = f'<div class="tk-where">{escape(where + (muted_note or ""))}</div>'
    if marks and article is not None:
        inner = _sentences_html(article, index, start, end, highlights, marks)
    else:
        inner = highlight_html(text, highlights, start, end)
    main = f'{heading}<div class="tk-block-text">{inner}</div>'
    if margin is not None:
        names.append("tk-with-margin")
        main = f'<div class="tk-block-main">{main}</div>{_margin_html(margin, notes)}'
    return f'<div class="{" ".join(names)}" data-block="{index}">{main}</div>'


def _sentences_html(article: Article, index: int, start: int, end: int, highlights: list[Highlight],
                    marks: Mapping[str, SentenceMark]) -> str:
    """The block's text with each marked sentence wrapped, the text between sentences kept as it is."""
    out = []
    position = start
    for sentence in article.sentences_in(article.blocks[index]):
        mark = marks.get(sentence.id)
        if mark is None:
            continue
        out.append(highlight_html(article.text, highlights, position, sentence.start))
        out.append(_mark_html(mark, highlight_html(article.text, highlights, sentence.start, sentence.end)))
        position = sentence.end
    out.append(highlight_html(article.text, highlights, position, end))
    return "".join(out)


def _mark_html(mark: SentenceMark, inner: str) -> str:
    attributes = [f'class="{" ".join(css_class(c) for c in ("tk-sentence", *mark.classes))}"',
                  f'data-sentence="{escape(mark.sentence_id)}"']
    attributes += [f'data-{css_class(key)}="{escape(str(value))}"' for key, value in mark.data.items()]
    if mark.title:
        attributes.append(f'title="{escape(mark.title)}"')
    badge = f'<span class="tk-sentence-badge" aria-hidden="true">{escape(mark.badge)}</span>' if mark.badge else ""
    spoken = f'<span class="tk-sr-only"> {escape(mark.spoken)}</span>' if mark.spoken else ""
    return f"<span {' '.join(attributes)}>{inner}</span>{badge}{spoken}"


def _margin_html(name: str, notes: Sequence[MarginNote]) -> str:
    if not notes:
        return '<div class="tk-margin-empty"></div>'
    items = []
    for note in notes:
        lead = f"<b>{escape(note.lead)}</b>: " if note.lead else ""
        detail = f" <i>{escape(note.detail)}</i>" if note.detail else ""
        items.append(f"<p>{lead}{escape(note.text)}{detail}</p>")
    return f'<div class="tk-margin" role="note" aria-label="{escape(name)}">{"".join(items)}</div>'
