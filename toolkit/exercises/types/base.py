"""What every question type provides, and what it is given to build its sealed form.

A question type is a small class with four jobs:

* `compile(fields, context)`: read the instructor's type-specific fields (plain answers),
  report problems with where they are, and return the sealed fields students receive plus
  the answer strings that must never appear in plain text (`Compiled`);
* `from_built(fields, question_id, article)`: read those sealed fields back;
* `parse_answer(answer)`: turn what a widget or a student's code passes into one canonical,
  JSON-able answer, or raise `AnswerError` (no attempt is used);
* `grade(answer, sealer)`: the pure check, returning a `Grade`; and `reveal(sealer)`: the
  right answer in words, shown once the question is finished.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from toolkit.article.model import Article
from toolkit.exercises.fields import Fields, Problems
from toolkit.exercises.results import Grade
from toolkit.exercises.sealing import Sealer

#: Kinds of secret a compiled question lists (see `Compiled.secrets`).
SECRET_KINDS = ("answer", "source", "text")


@dataclass(frozen=True)
class Compiled:
    """A question type's sealed fields, and its secrets as (kind, text) pairs.

    Kinds: "answer" (what a student types or picks: an accepted short answer, a numeric
    value), "source" (a person or outlet a sentence is credited to: a name students also read
    in the article and the lessons), "text" (hints, feedback, explanations and notes).
    """

    data: dict[str, Any]
    secrets: tuple[tuple[str, str], ...] = ()


@dataclass
class CompileContext:
    """What a type's compiler may use: the article, the sealer, the question's id, the seed's keys."""

    exercise_id: str
    question_id: str
    article: Article
    sealer: Sealer
    problems: Problems
    where: str
    _keys: dict[str, Any] = field(default_factory=dict)

    def seal(self, purpose: str, value: Any) -> str:
        return self.sealer.seal(self.question_id, purpose, value)

    def digest(self, item: str, value: str) -> str:
        return self.sealer.digest(self.question_id, item, value)

    def span_key(self):
        """The article's reviewed span key, or None (with a problem recorded) when there is none."""
        if "spans" not in self._keys:
            from toolkit.annotation.spans import SpanKeyError, load_span_key

            try:
                key = load_span_key(self.article)
            except (SpanKeyError, FileNotFoundError, ValueError) as error:
                self.problems.add(self.where, f"no span key to take the answers from: {error}")
                key = None
            if key is not None and not key.reviewed:
                self.problems.add(self.where, f"the span key of {self.article.slug} is a draft; review it first "
                                              "(or list the answers in the spec)")
            self._keys["spans"] = key
        return self._keys["spans"]

    def sentence_key(self):
        """The article's reviewed sentence key, or None (with a problem recorded) when there is none."""
        if "sentences" not in self._keys:
            from toolkit.keys.sentence_keys import SentenceKeyError, load_sentence_key

            try:
                key = load_sentence_key(self.article)
            except (SentenceKeyError, FileNotFoundError, ValueError) as error:
                self.problems.add(self.where, f"no sentence key to take the answers from: {error}")
                key = None
            if key is not None and key.status != "reviewed":
                self.problems.add(self.where, f"the sentence key of {self.article.slug} is a draft; review it "
                                              "first (or list the answers in the spec)")
            self._keys["sentences"] = key
        return self._keys["sentences"]


class QuestionType:
    """The interface of a question type (see the module docstring)."""

    name: ClassVar[str] = ""
    #: Type-specific fields an instructor may write (besides the common ones).
    source_fields: ClassVar[tuple[str, ...]] = ()
    #: Type-specific fields of the built spec.
    built_fields: ClassVar[tuple[str, ...]] = ()

    question_id: str
    article: Article

    @classmethod
    def compile(cls, fields: Fields, context: CompileContext) -> Compiled:  # pragma: no cover - interface
        raise NotImplementedError

    @classmethod
    def from_built(cls, fields: Fields, question_id: str, article: Article) -> "QuestionType":  # pragma: no cover
        raise NotImplementedError

    def parse_answer(self, answer: Any) -> Any:  # pragma: no cover - interface
        raise NotImplementedError

    def grade(self, answer: Any, sealer: Sealer) -> Grade:  # pragma: no cover - interface
        raise NotImplementedError

    def reveal(self, sealer: Sealer) -> tuple[str, ...]:
        """The right answer in words, for after the question is finished."""
        return ()

    def open(self, sealer: Sealer, purpose: str, token: Any, default: Any = None) -> Any:
        """A sealed value of this question (None stays None)."""
        if token is None:
            return default
        return sealer.open(self.question_id, purpose, token)
