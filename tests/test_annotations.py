"""Spans, their rules, students' save files and span answer keys."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from hypothesis import given, strategies as st

from toolkit import parse_article
from toolkit.annotation.spans import (KEY_FORMAT, SAVE_FORMAT, AnnotationStore, Span, SpanError, SpanKeyError,
                                 check_span, label_set, load_span_key, make_span_key, read_span_key, save_span_key,
                                 snap_to_words, span_key_path, span_key_problems, span_problems, spans_problems,
                                 word_spans)
from toolkit.annotation.labels import LABELS, custom_label

TEXT = ("A test of marks \U0001F389\n\n"
        "The council\u2019s plan was called a \u201creckless gamble\u201d by critics \u2014 caf\u00e9 owners agree.\n\n"
        "A second paragraph with \U0001F600 emoji and na\u00efve, surface-to-air words.")


@pytest.fixture
def small():
    return parse_article(TEXT, metadata={"slug": "utf16-test"})


def span_over(article, phrase, label="loaded", note=""):
    start = article.text.index(phrase)
    return Span.of(article, start, start + len(phrase), label, note)


# ----- spans and rules -----------------------------------------------------------------------

def test_span_takes_its_text_from_the_article(small):
    span = span_over(small, "\u201creckless gamble\u201d")
    assert small.text[span.start:span.end] == span.text == "\u201creckless gamble\u201d"
    assert span.to_dict().keys() == {"id", "start", "end", "text", "label", "note"}
    assert Span.from_dict(span.to_dict()) == span


def test_span_outside_the_text_or_empty_is_refused(small):
    with pytest.raises(SpanError):
        Span.of(small, 5, 5, "loaded")
    with pytest.raises(SpanError):
        Span.of(small, 0, len(small.text) + 1, "loaded")


@pytest.mark.parametrize("record, message", [
    ({"start": 0, "end": 1, "text": "A"}, "missing label"),
    ({"start": "0", "end": 1, "text": "A", "label": "fact"}, "whole numbers"),
    ({"start": True, "end": 1, "text": "A", "label": "fact"}, "whole numbers"),
    ({"start": 0, "end": 1, "text": 7, "label": "fact"}, "text must be a string"),
    ([0, 1], "must be an object"),
])
def test_malformed_span_records_are_refused(record, message):
    with pytest.raises(SpanError, match=message):
        Span.from_dict(record)


def test_span_problems_name_what_is_wrong(small):
    good = span_over(small, "reckless")
    assert span_problems(good, small.text) == []
    moved = Span(good.start + 1, good.end + 1, good.text, "loaded")
    assert "does not match the article" in span_problems(moved, small.text)[0]
    assert "unknown label 'spin'" in span_problems(Span(good.start, good.end, good.text, "spin"), small.text)[0]
    assert "offsets" in span_problems(Span(-1, 3, "x", "fact"), small.text)[0]
    with pytest.raises(SpanError, match="does not match"):
        check_span(moved, small)


def test_duplicates_and_repeated_ids_are_problems(small):
    a = span_over(small, "reckless")
    twin = Span(a.start, a.end, a.text, a.label)
    same_id = Span(0, 1, "A", "fact", id=a.id)
    problems = spans_problems([a, twin, same_id], small.text)
    assert any("label 'loaded' twice" in p for p in problems)
    assert any("used twice" in p for p in problems)


def test_overlapping_spans_are_allowed(small):
    outer = span_over(small, "\u201creckless gamble\u201d by critics", "opinion")
    inner = span_over(small, "reckless", "loaded")
    assert spans_problems([outer, inner], small.text) == []
    assert outer.overlap(inner) == len("reckless")


# ----- snapping a selection to words ---------------------------------------------------------

def test_words_hold_apostrophes_and_hyphens():
    words = [TEXT[s:e] for s, e in word_spans(TEXT)]
    assert "council\u2019s" in words and "surface-to-air" in words and "caf\u00e9" in words and "na\u00efve" in words


@pytest.mark.parametrize("selected, expected", [
    ("eckless gam", "reckless gamble"),  # both ends inside words widen to whole words
    ("\u201creckless gamble\u201d", "\u201creckless gamble\u201d"),  # quote marks the student chose are kept
    (" by critics ", "by critics"),  # spaces at the ends are trimmed
    ("uncil\u2019", "council\u2019s"),  # never cuts a word at its apostrophe
    ("face-to", "surface-to-air"),
])
def test_selection_snaps_to_whole_words(selected, expected):
    start = TEXT.index(selected)
    snapped = snap_to_words(TEXT, start, start + len(selected))
    assert TEXT[snapped[0]:snapped[1]] == expected


def test_selection_of_spaces_only_is_nothing():
    start = TEXT.index("\n\n")
    assert snap_to_words(TEXT, start, start + 2) is None


@given(st.text(alphabet=st.sampled_from("ab \u00e9\u2019-\U0001F600\n\u201c\u201d."), max_size=30), st.data())
def test_snapping_never_cuts_a_word_and_keeps_the_selection(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    snapped = snap_to_words(text, start, end)
    if snapped is None:
        assert not text[start:end].strip()
        return
    s, e = snapped
    assert s < e and not text[s].isspace() and not text[e - 1].isspace()
    assert text[start:end].strip() in text[s:e]
    for word_start, word_end in word_spans(text):
        assert not (word_start < s < word_end) and not (word_start < e < word_end)


# ----- labels and slugs ----------------------------------------------------------------------

def test_custom_labels_join_the_built_in_ones_with_a_free_key():
    spin = custom_label("spin", "Spin", "Facts arranged to favour one side.", "#332288")
    labels = label_set([spin])
    assert list(labels)[:5] == list(LABELS)
    assert labels["spin"].key == "6" and labels["spin"].definition.startswith("Facts")
    with pytest.raises(ValueError, match="built in"):
        label_set([{"name": "loaded", "title": "x", "colour": "#000000"}])


def test_article_slugs(sample, small):
    assert sample.slug == "turkey-s400"
    assert small.slug == "utf16-test"
    assert parse_article("Title\n\nSome text here.").slug.startswith("text-")


# ----- the store -----------------------------------------------------------------------------

def test_store_saves_and_restores(small, work_dir):
    store = AnnotationStore(small, "amir")
    assert store.path == work_dir / "amir" / "annotations" / "utf16-test.json"
    assert not store.load().found
    spin = custom_label("spin", "Spin", "Facts arranged to favour one side.", "#332288")
    spans = [span_over(small, "reckless gamble", "spin", note="why not?"), span_over(small, "caf\u00e9", "fact")]
    store.save(spans, label_set([spin]))
    data = json.loads(store.path.read_text(encoding="utf-8"))
    assert data["format"] == SAVE_FORMAT and data["article"] == "utf16-test" and data["student"] == "amir"
    assert data["content_hash"] == small.content_hash and data["saved_at"]
    assert [label["name"] for label in data["labels"]] == ["spin"]
    restored = AnnotationStore(small, "amir").load()
    assert restored.found and set(restored.spans) == set(spans) and "spin" in restored.labels
    assert restored.message.startswith("Restored 2 marks")


def test_student_names_cannot_escape_the_work_folder(small, work_dir):
    with pytest.raises(ValueError, match="not allowed"):
        AnnotationStore(small, "../teacher")


def test_corrupt_save_is_set_aside_and_reported(small, work_dir):
    store = AnnotationStore(small, "amir")
    store.path.parent.mkdir(parents=True)
    store.path.write_text('{"format": "toolkit.annotations/1", "spans": [', encoding="utf-8")
    restored = store.load()
    assert restored.problem and "not valid JSON" in restored.problem
    assert "could not be used" in restored.message and restored.set_aside_as.name in restored.message
    assert not store.path.exists() and restored.set_aside_as.exists()
    store.save([span_over(small, "reckless")])  # a new save does not touch the set-aside file
    assert restored.set_aside_as.read_text(encoding="utf-8").endswith("[")


def test_save_for_another_version_of_the_text_is_set_aside(small, work_dir):
    edited = parse_article(TEXT.replace("critics", "experts"), metadata={"slug": "utf16-test"})
    AnnotationStore(edited, "amir").save([span_over(edited, "experts")])
    restored = AnnotationStore(small, "amir").load()
    assert "different version of this article" in restored.problem
    assert restored.set_aside_as.name.startswith("utf16-test.mismatch-")
    assert json.loads(restored.set_aside_as.read_text(encoding="utf-8"))["spans"][0]["text"] == "experts"


@pytest.mark.parametrize("change, problem", [
    (lambda d: d.update(format="other/1"), "format"),
    (lambda d: d["spans"][0].update(start=d["spans"][0]["start"] + 1), "does not match"),
    (lambda d: d["spans"][0].update(label="nonsense"), "unknown label"),
    (lambda d: d.update(spans="all of them"), "must be a list"),
])
def test_save_with_bad_contents_is_set_aside(small, work_dir, change, problem):
    store = AnnotationStore(small, "amir")
    store.save([span_over(small, "reckless")])
    data = json.loads(store.path.read_text(encoding="utf-8"))
    change(data)
    store.path.write_text(json.dumps(data), encoding="utf-8")
    restored = store.load()
    assert problem in restored.problem and restored.set_aside_as.exists() and not store.path.exists()


KILLED_WRITER = textwrap.dedent(
    """
    import sys
    from toolkit import parse_article
    from toolkit.annotation.spans import AnnotationStore, Span
    article = parse_article(sys.argv[1], metadata={"slug": "utf16-test"})
    store = AnnotationStore(article, "amir")
    words = [(m, m + 1) for m in range(0, 40)]
    spans = [Span.of(article, s, e, "fact", note="x" * 1500) for s, e in words]
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        store.save(spans[: 1 + n % 40])
    """
)


@pytest.mark.slow
def test_a_save_killed_midway_leaves_the_previous_file_whole(small, work_dir):
    store = AnnotationStore(small, "amir")
    store.save([span_over(small, "reckless")])
    for _ in range(4):
        writer = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, TEXT], stdout=subprocess.PIPE, text=True)
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(0.25)
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        restored = AnnotationStore(small, "amir").load()
        assert restored.found and restored.problem is None and restored.spans  # a whole earlier save
    leftovers = [p.name for p in store.path.parent.iterdir() if p.name != store.path.name]
    assert all(name.startswith(".utf16-test.json.") for name in leftovers)  # only temporary files, never the save


# ----- span answer keys ----------------------------------------------------------------------

def test_the_sample_key_is_reviewed_and_fits_the_article(sample):
    raw = json.loads(span_key_path(sample).read_text(encoding="utf-8"))
    assert raw["format"] == KEY_FORMAT and raw["status"] == "reviewed"
    assert span_key_problems(raw, sample) == []
    key = load_span_key(sample)
    assert key.reviewed and key.article == "turkey-s400" and key.content_hash == sample.content_hash
    counts = {label: len(key.spans_with(label)) for label in ("loaded", "opinion", "fact", "attributed", "source")}
    assert all(count >= 5 for count in counts.values()), counts
    for span in key.spans:
        assert sample.text[span.start:span.end] == span.text
        assert span.text == span.text.strip() and span.note  # every key span says why
    framing = range(sample.blocks[1].start, sample.blocks[2].end)
    body = range(sample.blocks[13].start, sample.blocks[20].end)
    loaded = key.spans_with("loaded")
    assert sum(s.start in framing for s in loaded) >= 5  # the framing is where the loaded language is
    # Attributed claims are in the reported body and in the headlines that credit a report or speaker;
    # the framing credits nobody.
    headlines = range(sample.blocks[3].start, sample.blocks[12].end)
    attributed = key.spans_with("attributed")
    assert all(s.start in body or s.start in headlines for s in attributed)
    assert not any(s.start in framing for s in attributed)


def test_key_problems_catch_an_edited_article_and_bad_spans(sample, tmp_path):
    raw = json.loads(span_key_path(sample).read_text(encoding="utf-8"))
    edited = parse_article(sample.text.replace("enemy", "rival", 1), metadata={"slug": "turkey-s400"})
    assert any("different version" in p for p in span_key_problems(raw, edited))
    broken = json.loads(json.dumps(raw))
    broken["status"] = "finished"
    broken["spans"][0]["end"] += 1
    broken["spans"][1]["label"] = "spin"
    problems = span_key_problems(broken, sample)
    assert any("status" in p for p in problems)
    assert any("does not match" in p for p in problems)
    assert any("unknown label 'spin'" in p for p in problems)
    with pytest.raises(SpanKeyError, match="status"):
        read_span_key(broken, sample)


def test_draft_key_round_trip_keeps_accepted_marks(small, tmp_path):
    spans = [span_over(small, "reckless gamble"), span_over(small, "critics", "source")]
    key = make_span_key(small, spans, status="draft", accepted=[spans[0].id])
    path = save_span_key(key, tmp_path / "keys" / "spans.json")
    loaded = load_span_key(path, small)
    assert loaded.status == "draft" and loaded.accepted == {spans[0].id} and set(loaded.spans) == set(spans)
    reviewed = make_span_key(small, spans, status="reviewed")
    assert reviewed.accepted == {s.id for s in spans}
    with pytest.raises(SpanKeyError, match="status"):
        make_span_key(small, spans, status="done")
    with pytest.raises(SpanKeyError, match="no span answer key"):
        load_span_key(tmp_path / "missing.json")


def test_collecting_a_class_lists_bad_files_without_touching_them(small, tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_WORK_DIR", str(tmp_path / "class"))
    from toolkit.annotation.spans import collect_annotations

    AnnotationStore(small, "ana").save([span_over(small, "reckless")])
    AnnotationStore(small, "ben").save([span_over(small, "critics", "source")])
    broken = tmp_path / "class" / "cy" / "annotations" / "utf16-test.json"
    broken.parent.mkdir(parents=True)
    broken.write_text("{not json", encoding="utf-8")
    edited = parse_article(TEXT + " More.", metadata={"slug": "utf16-test"})
    AnnotationStore(edited, "dee").save([])
    (tmp_path / "class" / "eve").mkdir()  # a student who has not started
    collected = collect_annotations(tmp_path / "class", small)
    assert sorted(collected.spans) == ["ana", "ben"]
    assert [s.text for s in collected.spans["ben"]] == ["critics"]
    assert len(collected.problems) == 2
    assert any("not valid JSON" in p for p in collected.problems)
    assert any("different version" in p and "dee" in p for p in collected.problems)
    assert broken.read_text(encoding="utf-8") == "{not json"
