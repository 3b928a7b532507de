"""Label the sentences: fact, attributed claim or opinion, with credit sentence by sentence.

Source::

    type: label_sentences
    sentences: [s15, s19, s20]     # or passage: {paragraph: 5}
    ask_source: true               # also name who an attributed claim is credited to
    answers:                       # optional: taken from the seed's reviewed sentence key
      s20: {label: opinion, also_right: [attributed], note: "'is considered' by whom?"}
    include_no_claim: false        # with `passage`: also ask about lines the key calls no_claim

Credit per sentence is the sorting activity's (`toolkit.claims.sorting`): the key's label scores 1
(with `ask_source`, an attributed sentence gives 0.6 for the label and 0.4 for the source,
half of that for naming only who passed the words on); a label a taught reading rule also
leads to (`also_right`) scores 1 as well; a label the key accepts as merely defensible scores
0.5. A question given a `passage` leaves out the lines the key calls `no_claim` (students are
not marked on them) unless `include_no_claim` is set; listing such a sentence by id asks for it. Sources match as in `toolkit.keys.sentence_keys.source_matches` (surname,
case and titles do not matter).

Built: a digest of each sentence's label, digests of its also-right and its defensible labels
(padded, so their number says nothing), and its source and note sealed.
"""

from __future__ import annotations

from typing import Any, Mapping

from toolkit.article.model import Article
from toolkit.annotation.labels import SENTENCE_LABEL_INFO as LABELS, SENTENCE_LABELS
from toolkit.keys.sentence_keys import source_matches
from toolkit.claims.sorting import DEFENSIBLE_CREDIT, LABEL_CREDIT_ATTRIBUTED, SOURCE_CREDIT
from toolkit.exercises.fields import Fields, path_of
from toolkit.exercises.passages import PassageError, resolve_passage
from toolkit.exercises.results import AnswerError, Grade, ItemResult
from toolkit.exercises.sealing import Sealer
from toolkit.exercises.types.base import CompileContext, Compiled, QuestionType

#: What to look at again after a wrong label, by the label the student chose (never naming the right one).
AFTER_WRONG = {
    "fact": "Look again: is someone credited with this, or is it the writer's own judgment or guess?",
    "attributed": "Look again: who exactly is credited here? If nobody is, the words are the writer's own.",
    "opinion": "Look again: could you check this, or is it credited to someone? A judgment or guess is opinion.",
    "no_claim": "Look again: does this line say something about the world that could be true or false?",
}


def _label_of(value: Any) -> str | None:
    """A label from its name or title ("attributed", "Attributed claim", "Reported fact")."""
    if not isinstance(value, str):
        return None
    wanted = value.strip().lower()
    for name in SENTENCE_LABELS:
        if wanted in (name, LABELS[name].title.lower()):
            return name
    return None


class LabelSentences(QuestionType):
    name = "label_sentences"
    source_fields = ("sentences", "passage", "answers", "ask_source", "include_no_claim")
    built_fields = ("sentences", "ask_source")

    def __init__(self, question_id: str, article: Article, ask_source: bool, sentences: list[dict[str, Any]]):
        self.question_id = question_id
        self.article = article
        self.ask_source = ask_source
        self.sentences = sentences  # [{"id", "label", "accept", "source", "note"}]

    @property
    def sentence_ids(self) -> list[str]:
        return [s["id"] for s in self.sentences]

    # ----- building ----------------------------------------------------------------------

    @classmethod
    def compile(cls, fields: Fields, context: CompileContext) -> Compiled:
        article = context.article
        ids = cls._chosen_ids(fields, article)
        ask_source = fields.boolean("ask_source", False)
        given = fields.get("answers", {})
        if not isinstance(given, Mapping):
            fields.problem("answers", "must map sentence ids to labels (s15: fact)")
            given = {}
        for sentence_id in given:
            if sentence_id not in ids:
                fields.problem(f"answers.{sentence_id}", "is not one of this question's sentences")
        key = context.sentence_key() if any(sid not in given for sid in ids) else None
        skip_no_claim = fields.has("passage") and not fields.boolean("include_no_claim", False)
        built, secrets = [], []
        for sentence_id in ids:
            entry = cls._answer(fields, sentence_id, given.get(sentence_id), key)
            if entry is None:
                continue
            label, source, via, accept, note, also = entry
            if skip_no_claim and label == "no_claim":
                continue
            if ask_source and label == "attributed" and not source:
                fields.problem(f"answers.{sentence_id}", "is attributed, and the question asks for the source: give it")
            item = f"sentence:{sentence_id}"
            accepted = [context.digest(f"{item}:accept", other) for other in accept]
            padding = len(SENTENCE_LABELS) - 1 - len(accepted)
            accepted += [context.digest(f"{item}:accept", f"\x00unused{n}") for n in range(padding)]
            right = [context.digest(f"{item}:also_right", other) for other in also]
            right += [context.digest(f"{item}:also_right", f"\x00unused{n}")
                      for n in range(len(SENTENCE_LABELS) - 1 - len(right))]
            record = {"id": sentence_id, "label": context.digest(item, label), "accept": sorted(accepted),
                      "also_right": sorted(right), "note": context.seal(f"{item}:note", note or "")}
            if ask_source:
                attributed = {"source": source, "via": via} if label == "attributed" else None
                record["source"] = context.seal(f"{item}:source", attributed)
                if label == "attributed" and source:
                    secrets.append(("source", source))
            if note:
                secrets.append(("text", note))
            built.append(record)
        return Compiled({"ask_source": ask_source, "sentences": built}, tuple(secrets))

    @staticmethod
    def _chosen_ids(fields: Fields, article: Article) -> list[str]:
        known = {s.id for s in article.sentences}
        if fields.has("sentences") == fields.has("passage"):
            fields.problem("sentences", "give either `sentences` (a list of ids) or `passage`, not both or neither")
            return []
        if fields.has("passage"):
            try:
                return resolve_passage(fields.get("passage"), article).sentence_ids(article)
            except PassageError as error:
                fields.problem("passage", str(error))
                return []
        ids = fields.items("sentences", minimum=1)
        bad = [i for i in ids if i not in known]
        if bad:
            fields.problem("sentences", f"the article has no sentence {', '.join(map(str, bad))} "
                                        f"(it has s1 to s{len(known)})")
        if len(set(map(str, ids))) != len(ids):
            fields.problem("sentences", "lists a sentence twice")
        return [i for i in dict.fromkeys(ids) if i in known]

    @staticmethod
    def _answer(fields: Fields, sentence_id: str, raw: Any, key) -> tuple | None:
        where = f"answers.{sentence_id}"
        if raw is None:
            entry = key.get(sentence_id) if key is not None else None
            if entry is None:
                if key is not None:
                    fields.problem(where, "has no answer here and none in the sentence key")
                return None
            return entry.label, entry.source, entry.via, tuple(entry.accept), entry.note, tuple(entry.also_right)
        if isinstance(raw, str):
            raw = {"label": raw}
        answer = Fields(raw, fields.at(where), fields.problems, ("label", "source", "via", "accept", "note",
                                                                 "also_right"))
        label = answer.choice("label", SENTENCE_LABELS, required=True)
        accept = answer.items("accept", required=False)
        bad = [a for a in accept if a not in SENTENCE_LABELS or a == label]
        if bad:
            answer.problem("accept", f"must list other labels from {', '.join(SENTENCE_LABELS)}")
        also = answer.items("also_right", required=False)
        bad_also = [a for a in also if a not in SENTENCE_LABELS or a == label]
        if bad_also:
            answer.problem("also_right", f"must list other labels from {', '.join(SENTENCE_LABELS)}")
        source = answer.text("source", required=False)
        if label and label != "attributed" and source:
            answer.problem("source", "only attributed sentences have a source")
        if label is None:
            return None
        return label, source, answer.text("via", required=False), tuple(a for a in accept if a not in bad), \
            answer.text("note", required=False) or "", tuple(a for a in also if a not in bad_also)

    @classmethod
    def from_built(cls, fields: Fields, question_id: str, article: Article) -> "LabelSentences":
        known = {s.id for s in article.sentences}
        sentences = []
        for number, raw in enumerate(fields.items("sentences", minimum=1)):
            entry = Fields(raw, path_of(fields.at("sentences"), number), fields.problems,
                           ("id", "label", "accept", "also_right", "source", "note"))
            sentence_id = entry.text("id") or ""
            if sentence_id not in known:
                entry.problem("id", f"the article has no sentence {sentence_id!r}")
            sentences.append({"id": sentence_id, "label": entry.text("label") or "",
                              "accept": list(entry.items("accept", required=False)),
                              "also_right": list(entry.items("also_right", required=False)),
                              "source": entry.get("source"), "note": entry.get("note")})
        return cls(question_id, article, fields.boolean("ask_source", False), sentences)

    # ----- answering ---------------------------------------------------------------------

    def parse_answer(self, answer: Any) -> Any:
        if isinstance(answer, (list, tuple)):
            if len(answer) != len(self.sentences):
                raise AnswerError(f"Give one label per sentence ({len(self.sentences)}), in order, or a mapping "
                                  "like {'s15': 'fact'}.")
            answer = dict(zip(self.sentence_ids, answer))
        if not isinstance(answer, Mapping) or not answer:
            raise AnswerError("Choose a label for each sentence first.")
        unknown = [str(k) for k in answer if k not in self.sentence_ids]
        if unknown:
            raise AnswerError(f"This question is about {', '.join(self.sentence_ids)}, not {', '.join(unknown)}.")
        parsed, missing = {}, []
        for sentence_id in self.sentence_ids:
            value = answer.get(sentence_id)
            source = ""
            if isinstance(value, Mapping):
                source = value.get("source") or ""
                value = value.get("label")
            if value in (None, ""):
                missing.append(sentence_id)
                continue
            label = _label_of(value)
            if label is None:
                raise AnswerError(f"{sentence_id}: {value!r} is not a label; use fact, attributed, opinion or "
                                  "no claim.")
            if not isinstance(source, str):
                raise AnswerError(f"{sentence_id}: the source must be text.")
            entry = {"label": label}
            if self.ask_source:
                entry["source"] = source.strip()[:200] if label == "attributed" else ""
            parsed[sentence_id] = entry
        if missing:
            names = missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + f" and {missing[-1]}"
            raise AnswerError(f"Label every sentence before checking: {names} "
                              f"{'has' if len(missing) == 1 else 'have'} no label yet.")
        return parsed

    def grade(self, answer: Any, sealer: Sealer) -> Grade:
        items, lines = [], []
        weight = 1 / len(self.sentences)
        for sentence in self.sentences:
            sentence_id = sentence["id"]
            chosen = answer[sentence_id]
            credit, status, message = self._judge(sentence, chosen, sealer)
            items.append(ItemResult(sentence_id, status, credit, weight, message, LABELS[chosen["label"]].title))
            mark = {"right": "\u2714", "partly": "\u25d0", "wrong": "\u2718"}[status]
            lines.append(f"{mark} {sentence_id} ({LABELS[chosen['label']].title.lower()}): {message}")
        credit = sum(i.credit * i.weight for i in items)
        return Grade(round(credit, 4), tuple(items), tuple(lines), ("sentence", "sentences"))

    def _judge(self, sentence: dict[str, Any], chosen: dict[str, str], sealer: Sealer) -> tuple[float, str, str]:
        item = f"sentence:{sentence['id']}"
        label = chosen["label"]
        if sealer.matches(self.question_id, item, label, sentence["label"]):
            if not self.ask_source or label != "attributed":
                return 1.0, "right", "right."
            expected = self.open(sealer, f"{item}:source", sentence.get("source")) or {}
            given = chosen.get("source", "")
            if source_matches(given, expected.get("source")):
                return 1.0, "right", "right, and the source is right."
            if expected.get("via") and source_matches(given, expected.get("via")):
                return (LABEL_CREDIT_ATTRIBUTED + SOURCE_CREDIT / 2, "partly",
                        "right label; the name you gave passed the words on. Who said them first?")
            if not given:
                return LABEL_CREDIT_ATTRIBUTED, "partly", "right label; now name who the claim is credited to."
            return LABEL_CREDIT_ATTRIBUTED, "partly", "right label, but not that source: who is credited here?"
        if sentence.get("also_right") and sealer.matches(self.question_id, f"{item}:also_right", label,
                                                         sentence["also_right"]):
            return 1.0, "right", "right: a rule you were taught leads here. Read the note for the other view."
        if sentence.get("accept") and sealer.matches(self.question_id, f"{item}:accept", label, sentence["accept"]):
            return DEFENSIBLE_CREDIT, "partly", "defensible, but another label fits better. Which?"
        return 0.0, "wrong", AFTER_WRONG[label]

    def reveal(self, sealer: Sealer) -> tuple[str, ...]:
        lines = []
        for sentence in self.sentences:
            item = f"sentence:{sentence['id']}"
            label = next((name for name in SENTENCE_LABELS
                          if sealer.matches(self.question_id, item, name, sentence["label"])), None)
            if label is None:
                continue
            text = f"{sentence['id']}: {LABELS[label].title.lower()}"
            if self.ask_source and label == "attributed":
                expected = self.open(sealer, f"{item}:source", sentence.get("source")) or {}
                if expected.get("source"):
                    text += f", credited to {expected['source']}"
                    if expected.get("via"):
                        text += f" (via {expected['via']})"
            note = self.open(sealer, f"{item}:note", sentence.get("note"), "")
            lines.append(text + (f". {note}" if note else "."))
        return tuple(lines)
