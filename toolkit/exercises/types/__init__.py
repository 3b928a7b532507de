"""The question types, by the name a spec's `type` field uses."""

from __future__ import annotations

from .base import CompileContext, Compiled, QuestionType
from .choice import Choice
from .find_spans import FindSpans
from .label_sentences import LabelSentences
from .numeric import Numeric
from .rewrite import Rewrite
from .short_text import ShortText

QUESTION_TYPES: dict[str, type[QuestionType]] = {
    cls.name: cls for cls in (Choice, LabelSentences, FindSpans, Numeric, ShortText, Rewrite)
}

__all__ = ["QUESTION_TYPES", "QuestionType", "CompileContext", "Compiled", "Choice", "LabelSentences", "FindSpans",
           "Numeric", "ShortText", "Rewrite"]
