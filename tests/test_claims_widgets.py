"""The sorting and who-is-speaking widgets, driven through their controls as a student would."""

from __future__ import annotations

import json

import pytest

from toolkit import parse_article
from toolkit.widgets.sorting_activity import sorting_activity
from toolkit.widgets.who_is_speaking import summary_html, voices_html, who_is_speaking


def saved(activity) -> dict:
    return json.loads(activity.store.path.read_text(encoding="utf-8"))


def test_toggles_and_source_box_save_on_every_change(sample, work_dir):
    activity = sorting_activity(sample, "body", student="erin")
    row = activity.rows["s17"]
    assert row.toggle.value is None and row.source.layout.display == "none"
    row.toggle.value = "attributed"
    assert row.source.layout.display == "flex"
    assert saved(activity)["choices"]["s17"] == {"label": "attributed", "source": ""}
    row.source.value = "Isik"
    assert saved(activity)["choices"]["s17"]["source"] == "Isik"
    activity.rows["s26"].toggle.value = "opinion"
    assert "Saved: 2 of 12" in activity.status.value and activity.status.politeness == "polite"


def test_rerunning_the_cell_restores_the_choices(sample, work_dir):
    first = sorting_activity(sample, "body", student="finn")
    first.rows["s16"].toggle.value = "attributed"
    first.rows["s16"].source.value = "Fikri Isik"
    first.rows["s21"].toggle.value = "fact"
    again = sorting_activity(sample, "body", student="finn")
    assert again.rows["s16"].toggle.value == "attributed"
    assert again.rows["s16"].source.value == "Fikri Isik"
    assert again.rows["s16"].source.layout.display == "flex"
    assert again.rows["s21"].toggle.value == "fact"
    assert "restored" in again.status.value
    assert saved(again)["choices"] == saved(first)["choices"]


def test_check_shows_feedback_partial_credit_and_the_toolkits_reasons(sample, work_dir):
    activity = sorting_activity(sample, "body", student="gia")
    activity.rows["s17"].toggle.value = "attributed"
    activity.rows["s17"].source.value = "TASS"
    activity.rows["s20"].toggle.value = "fact"
    activity.rows["s26"].toggle.value = "opinion"
    activity.check_button.click()
    assert "Score: 1.8 out of 12" in activity.summary.value
    s17 = activity.rows["s17"].feedback.value
    assert "partly right" in s17 and "TASS passed the words on" in s17
    s20 = activity.rows["s20"].feedback.value
    assert "is considered" in s20 and "The toolkit" in s20
    assert 'data-verdict="wrong"' in s20


def test_a_corrupt_save_is_reported_in_the_widget(sample, work_dir):
    path = work_dir / "hana" / "sorting" / "turkey-s400.json"
    path.parent.mkdir(parents=True)
    path.write_text("\x00not json", encoding="utf-8")
    activity = sorting_activity(sample, "framing", student="hana")
    assert "could not be used" in activity.status.value and "kept as" in activity.status.value
    activity.rows["s2"].toggle.value = "opinion"
    assert saved(activity)["choices"] == {"s2": {"label": "opinion", "source": ""}}


def test_without_a_key_check_is_disabled_and_saving_still_works(work_dir):
    article = parse_article("Bridge closes\n\nThe bridge closed on Monday, officials said. It is a disgrace.\n")
    activity = sorting_activity(article, student="ivan")
    assert activity.check_button.disabled and "No answer key" in activity.status.value
    activity.rows["s3"].toggle.value = "opinion"
    assert saved(activity)["choices"]["s3"]["label"] == "opinion"
    assert activity.check() is None


def test_sentence_text_is_escaped(work_dir):
    article = parse_article("Title\n\n<script>alert(1)</script> is what the mayor said.\n")
    activity = sorting_activity(article, student="jo")
    html = "".join(row.text.value for row in activity.rows.values())
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_voices_tint_every_sentence_with_a_text_badge_and_name_sources(sample):
    html = voices_html(sample)
    for sentence in sample.sentences:
        assert f'data-sentence="{sentence.id}"' in html
    assert html.count('class="tk-sentence-badge" aria-hidden="true"') == len(sample.sentences)
    assert "Fikri Isik" in html and "via TASS" in html
    assert 'class="tk-sr-only"> (Opinion)' in html


def test_voices_escape_untrusted_text():
    article = parse_article("Title\n\nThe <b>mayor</b> said \u201c<script>x()</script> is fine.\u201d\n")
    html = voices_html(article)
    assert "<script>" not in html and "<b>mayor" not in html


def test_voice_summary_table_and_the_whole_view(sample):
    from toolkit.claims.sentence_labels import voice_summary

    table = summary_html(voice_summary(sample))
    assert "<th scope='row'>framing</th>" in table and "100%" in table
    view = who_is_speaking(sample)
    picker = view.children[3]
    reasons = view.children[4]
    picker.value = "s26"
    assert "may be" in reasons.value and reasons.politeness == "polite"
    show = view.children[1]
    show.value = "attributed"
    from toolkit.claims.sentence_labels import label_sentences

    attributed = sum(1 for label in label_sentences(sample) if label.label == "attributed")
    tinted = view.children[2].value.count(' data-label="')
    assert 0 < tinted == attributed < len(sample.sentences)  # only the attributed sentences are tinted


@pytest.mark.parametrize("student", ["kim", "lee"])
def test_each_student_has_their_own_file(sample, work_dir, student):
    activity = sorting_activity(sample, "framing", student=student)
    activity.rows["s3"].toggle.value = "opinion"
    assert activity.store.path == work_dir / student / "sorting" / "turkey-s400.json"
