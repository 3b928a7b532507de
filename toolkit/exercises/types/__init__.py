"""The question types, by the name a spec's `type` field uses."""

from __future__ import annotations

from toolkit.exercises.types.base import CompileContext, Compiled, QuestionType
from toolkit.exercises.types.choice import Choice
from toolkit.exercises.types.find_spans import FindSpans
from toolkit.exercises.types.label_sentences import LabelSentences
from toolkit.exercises.types.numeric import Numeric
from toolkit.exercises.types.rewrite import Rewrite
from toolkit.exercises.types.short_text import ShortText

QUESTION_TYPES: dict[str, type[QuestionType]] = {
    cls.name: cls for cls in (Choice, LabelSentences, FindSpans, Numeric, ShortText, Rewrite)
}

__all__ = ["QUESTION_TYPES", "QuestionType", "CompileContext", "Compiled", "Choice", "LabelSentences", "FindSpans",
           "Numeric", "ShortText", "Rewrite"]
