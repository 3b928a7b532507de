"""Answers about a sentence remembered for one labelling run, so that no rule works one out twice.

Labelling an article reads each sentence several times: `_name_book` describes every name in it
to learn full names, the attribution rules describe their sources, and `_remember` describes the
name at the head of the sentence again. Within one run (one `label_sentences` or `label_text`
call, inside `labelling_run(text)`) the answers for a sentence are kept, keyed by where the
sentence lies in the text and the arguments asked about; outside a run nothing is kept and every
call computes afresh. A run's answers go when the run ends, so memory never outlives an article.

A function may be remembered this way only when its answer depends on nothing but the sentence
(its text, span and tokens, and its quotations unless `reads_quotes=False`) and its other
arguments, which must be hashable.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import Any, Callable, Iterator, TypeVar

__all__ = ["labelling_run", "one_labelling_run", "sentence_memo", "run_answer"]

F = TypeVar("F", bound=Callable[..., Any])


class _Run:
    """One labelling run: the text it labels and the answers found so far."""

    __slots__ = ("text", "answers")

    def __init__(self, text: str):
        self.text = text
        self.answers: dict[tuple, Any] = {}


#: What a run's answers hold for a question not asked yet (None may be an answer).
_UNKNOWN = object()

_RUN: ContextVar[_Run | None] = ContextVar("toolkit_claims_labelling_run", default=None)


@contextmanager
def labelling_run(text: str) -> Iterator[None]:
    """Remember sentence answers about `text` until the block ends (see the module's doc)."""
    token = _RUN.set(_Run(text))
    try:
        yield
    finally:
        _RUN.reset(token)


def one_labelling_run(function: F) -> F:
    """Run `function(text_or_article, ...)` as one labelling run over that text (or the article's)."""

    @wraps(function)
    def in_run(first: Any, *args: Any, **kwargs: Any) -> Any:
        text = first if isinstance(first, str) else getattr(first, "text", None)
        if not isinstance(text, str):
            return function(first, *args, **kwargs)
        with labelling_run(text):
            return function(first, *args, **kwargs)

    return in_run  # type: ignore[return-value]


def run_answer(text: str, key: tuple, compute: Callable[[], Any]) -> Any:
    """`compute()`, remembered under `key` while a labelling run over this very `text` lasts."""
    run = _RUN.get()
    if run is None or text is not run.text:
        return compute()
    answer = run.answers.get(key, _UNKNOWN)  # (not `try: answers[key]`: most keys are new, and a raised KeyError costs)
    if answer is _UNKNOWN:
        answer = run.answers[key] = compute()
    return answer


def sentence_memo(*, reads_quotes: bool = True) -> Callable[[F], F]:
    """Remember `function(sentence, *args)` within a labelling run, per sentence span and arguments.

    `sentence` is an object with `text`, `start`, `end`, `tokens` and `quotes` (the attribution
    rules' `_Sentence`); the answer is kept only while the run labels that same text object, and
    it is shared by every sentence object over the same span with the same tokens (and quotations,
    when the function reads them).
    """

    def decorate(function: F) -> F:
        name = function.__qualname__

        @wraps(function)
        def remembered(sentence: Any, *args: Any) -> Any:
            run = _RUN.get()
            if run is None or sentence.text is not run.text:
                return function(sentence, *args)
            tokens = sentence.tokens
            key = (name, sentence.start, sentence.end, len(tokens), id(tokens[0]) if tokens else None,
                   tuple(sentence.quotes) if reads_quotes else None, args)  # (args as one tuple: no list to unpack into)
            answer = run.answers.get(key, _UNKNOWN)  # most calls ask something new: no KeyError raised for them
            if answer is _UNKNOWN:
                answer = run.answers[key] = function(sentence, *args)
            return answer

        return remembered  # type: ignore[return-value]

    return decorate
