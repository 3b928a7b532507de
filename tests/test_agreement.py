"""Token-level agreement on small cases worked out by hand, and the disagreement heat maps."""

from __future__ import annotations

import pytest

from toolkit import parse_article
from toolkit.annotation.agreement import (article_words, class_agreement, cohen_kappa, krippendorff_alpha, word_values,
                               word_disagreement_from_values)
from toolkit.annotation.spans import Span

# Ten words in one paragraph (block 1); the title adds two more words in block 0.
ARTICLE = parse_article("Agreement test\n\nw0 w1 w2 w3 w4 w5 w6 w7 w8 w9.")
BODY = [1]
WORDS = article_words(ARTICLE, BODY)


def words(first, last, label="loaded"):
    return Span.of(ARTICLE, WORDS[first][0], WORDS[last][1], label)


def test_words_are_the_paragraph_words():
    assert [ARTICLE.text[s:e] for s, e in WORDS] == [f"w{i}" for i in range(10)]


def test_word_values_cover_partly_touched_words_and_overlaps():
    spans = [words(0, 1, "loaded"), words(1, 2, "opinion")]
    assert word_values(WORDS, spans)[:4] == [frozenset({"loaded"}), frozenset({"loaded", "opinion"}),
                                            frozenset({"opinion"}), frozenset()]
    assert word_values(WORDS, spans, "opinion")[:4] == [False, True, True, False]


def test_cohen_kappa_by_hand():
    # A marks w0-w3, B marks w2-w5. They agree on w2, w3 (both marked) and w6-w9 (both not):
    # observed 6/10 = 0.6. Each marks 4 of 10: expected 0.4*0.4 + 0.6*0.6 = 0.52.
    # kappa = (0.6 - 0.52) / (1 - 0.52) = 1/6.
    result = cohen_kappa([words(0, 3)], [words(2, 5)], ARTICLE, blocks=BODY, names=("A", "B"))
    assert result.value == pytest.approx(1 / 6)
    assert result.observed == pytest.approx(0.6) and result.words == 10
    assert result.why.startswith("0.17") and "slight agreement" in result.why


def test_krippendorff_alpha_by_hand_for_two():
    # Same marks: pairable values n = 20 (8 marked, 12 not); 4 disagreeing words give
    # o(marked, not) = o(not, marked) = 4. D_o = 8/20; D_e = 2*8*12/(20*19) = 192/380.
    # alpha = 1 - (8/20) / (192/380) = 1 - 0.4 * 380/192 = 5/24.
    result = krippendorff_alpha({"A": [words(0, 3)], "B": [words(2, 5)]}, ARTICLE, blocks=BODY)
    assert result.value == pytest.approx(5 / 24)


def test_krippendorff_alpha_by_hand_for_three():
    # Three annotators over five words (L = marked loaded, - = not):
    #   w0: L L L   w1: L L -   w2: - - -   w3: - L -   w4: - - -
    # Coincidences: o(L,L) = 3 + 1 = 4, o(L,-) = o(-,L) = 1 + 1 = 2, o(-,-) = 3 + 1 + 3 = 7;
    # n = 15, n(L) = 6, n(-) = 9. D_o = 4/15, D_e = 2*6*9/(15*14) = 108/210.
    # alpha = 1 - (4/15)/(108/210) = 1 - 14/27 = 13/27.
    article = parse_article("Three\n\nw0 w1 w2 w3 w4.")
    five = article_words(article, [1])

    def mark(*indices):
        return [Span.of(article, five[i][0], five[i][1], "loaded") for i in indices]

    marks = {"A": mark(0, 1), "B": mark(0, 1, 3), "C": mark(0)}
    result = krippendorff_alpha(marks, article, blocks=[1])
    assert result.value == pytest.approx(13 / 27)
    per_word = word_disagreement_from_values({n: word_values(five, s) for n, s in marks.items()})
    assert per_word == pytest.approx([0.0, 2 / 3, 0.0, 2 / 3, 0.0])


def test_agreeing_annotators_and_degenerate_cases():
    same = cohen_kappa([words(0, 3)], [words(0, 3)], ARTICLE, blocks=BODY)
    assert same.value == pytest.approx(1.0) and "almost perfect" in same.why
    empty = cohen_kappa([], [], ARTICLE)
    assert empty.value is None and "nothing to measure" in empty.why
    alone = krippendorff_alpha({"A": [words(0, 1)]}, ARTICLE)
    assert alone.value is None and "at least two" in alone.why
    opposite = cohen_kappa([words(0, 4)], [words(5, 9)], ARTICLE, blocks=BODY)
    assert opposite.value < 0 and "less agreement than chance" in opposite.why


def test_labels_combine_as_sets_or_separately():
    a = [words(0, 3, "loaded"), words(0, 1, "opinion")]
    b = [words(0, 3, "loaded")]
    assert cohen_kappa(a, b, ARTICLE, blocks=BODY, label="loaded").value == pytest.approx(1.0)
    assert cohen_kappa(a, b, ARTICLE, blocks=BODY).value < 1.0


def test_class_agreement_finds_the_disputed_sentence():
    article = parse_article("Class test\n\nEveryone agrees on this sentence here. Nobody agrees about this one at all.")
    agreed = article.text.index("Everyone")
    agreed_end = article.text.index("here.") + len("here")
    disputed = article.text.index("Nobody")
    students = {}
    for n in range(4):
        spans = [Span.of(article, agreed, agreed_end, "fact")]
        if n % 2:
            spans.append(Span.of(article, disputed, disputed + len("Nobody agrees"), "opinion"))
        students[f"s{n}"] = spans
    result = class_agreement(students, article)
    assert set(result.by_label) == {"opinion", "fact"}
    ids = [s.id for s in article.sentences]
    assert result.sentence_disagreement[ids[1]]["fact"] == 0.0
    assert result.sentence_disagreement[ids[2]]["opinion"] > 0
    assert result.hotspots(1)[0][0] == ids[2]
    assert result.to_dict()["overall"]["measure"] == "Krippendorff's alpha"


def test_heat_maps_have_labelled_axes_and_alt_text():
    article = parse_article("Heat <script>alert(1)</script> map\n\nOne two three four. Five six seven eight.")
    five = article.text.index("Five")
    six_end = article.text.index("six") + 3
    students = {
        "a": [Span.of(article, five, six_end, "loaded")],
        "b": [Span.of(article, five, five + 4, "loaded")],
        "c": [],
    }
    result = class_agreement(students, article)
    from toolkit.render.agreement_map import disagreement_map

    chart = disagreement_map(result, article, by="sentence")
    axes = chart.figure.axes[0]
    assert axes.get_xlabel() == "Label" and axes.get_ylabel().startswith("Sentence")
    assert "3 annotators" in chart.alt_text and "Most disagreement" in chart.alt_text
    bundle = chart._repr_mimebundle_()
    assert bundle["text/html"].count("<img") == 1 and 'alt="' in bundle["text/html"]
    assert "<script>" not in bundle["text/html"]
    assert chart.png().startswith(b"\x89PNG")
    words_chart = disagreement_map(result, article, by="word")
    assert "Most disputed words" in words_chart.alt_text and "\u201cFive\u201d" in words_chart.alt_text
    with pytest.raises(ValueError):
        disagreement_map(result, article, by="letter")
