"""What every widget offers a keyboard or screen reader user, checked on the Python side.

Each widget says on screen how to use it with the keyboard, has a live region that stays on
the page for what it announces, and draws its choices as named radio groups (or labelled
menus in the plain fallback), not as ipywidgets' toggle buttons, whose state a screen
reader cannot read. The browser tests check the same things in a real page.
"""

from __future__ import annotations

import ipywidgets as widgets
import pytest
import traitlets

from toolkit.widgets.choices import ChoiceGroup, choice_group
from toolkit.widgets.live import LiveRegion, live_region
from toolkit.render.theme import keyboard_help


def _tree(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _tree(child)


def _html(widget) -> str:
    return " ".join(w.value for w in _tree(widget) if isinstance(getattr(w, "value", None), str))


def test_live_region_says_things_and_repeats_the_same_words():
    region = live_region(name="Score")
    assert isinstance(region, LiveRegion) and region.politeness == "polite" and region.name == "Score"
    region.say("Saved <1>")
    first = region.n
    region.say("Saved <1>")
    assert region.value == "Saved &lt;1&gt;" and region.n == first + 1  # escaped, and announced again
    with pytest.raises(ValueError):
        live_region(politeness="rude")


def test_plain_live_region_is_an_html_status_line(monkeypatch):
    monkeypatch.setenv("TOOLKIT_ANNOTATOR", "sentences")
    region = live_region(name="Saving")
    assert isinstance(region, widgets.HTML)
    region.say("Marked <b>")
    assert region.value == '<div role="status" aria-live="polite" aria-label="Saving">Marked &lt;b&gt;</div>'


def test_choice_group_is_a_named_radio_group_with_hints():
    group = choice_group([("Reported fact", "fact"), ("Opinion", "opinion")], description="Sentence 3:",
                         hints=["checkable", "a judgment"], labelled_by="tk-sort-1-s3")
    assert isinstance(group, ChoiceGroup) and group.value is None
    assert group.options == [{"label": "Reported fact", "value": "fact", "hint": "checkable"},
                             {"label": "Opinion", "value": "opinion", "hint": "a judgment"}]
    assert group.description == "Sentence 3:" and group.labelled_by == "tk-sort-1-s3"
    group.value = "opinion"
    with pytest.raises(traitlets.TraitError):
        group.value = "gossip"


def test_choice_group_falls_back_to_radio_buttons(monkeypatch):
    monkeypatch.setenv("TOOLKIT_ANNOTATOR", "sentences")
    group = choice_group([("all", "all"), ("caption", "caption")], value="all", description="Show:")
    assert isinstance(group, widgets.RadioButtons) and group.value == "all"


def test_keyboard_help_shows_keys_and_escapes_the_rest():
    line = keyboard_help("[Tab] to the <box>", "[Enter] to check")
    assert line == ('<p class="tk-keys"><b>Keyboard:</b> <kbd>Tab</kbd> to the &lt;box&gt;; '
                    "<kbd>Enter</kbd> to check.</p>")


@pytest.fixture(scope="module")
def every_widget(sample, tmp_path_factory):
    with pytest.MonkeyPatch.context() as patch:  # saves go to a folder of their own, for this module only
        patch.setenv("TOOLKIT_WORK_DIR", str(tmp_path_factory.mktemp("work")))
        yield _draw(sample)


def _draw(sample):
    from toolkit.widgets.article_anatomy import article_anatomy
    from toolkit.widgets.annotate import annotate
    from toolkit.widgets.loaded_highlighter import loaded_highlighter
    from toolkit.widgets.readability_explorer import readability_explorer
    from toolkit.widgets.rewrite_activity import rewrite_activity
    from toolkit.widgets.sorting_activity import sorting_activity
    from toolkit.widgets.who_is_speaking import who_is_speaking

    return {
        "anatomy": article_anatomy(sample),
        "readability explorer": readability_explorer(sample),
        "loaded highlighter": loaded_highlighter(sample, chart=False),
        "rewrite": rewrite_activity(sample),
        "sorting": sorting_activity(sample, "framing", student="keys"),
        "voices": who_is_speaking(sample),
        "sentence annotator": annotate(sample, student="keys", fallback=True),
    }


@pytest.mark.parametrize("name", ["anatomy", "readability explorer", "loaded highlighter", "rewrite", "sorting",
                                  "voices", "sentence annotator"])
def test_each_widget_explains_its_keys_announces_and_names_its_choices(every_widget, name):
    widget = every_widget[name]
    parts = list(_tree(widget))
    assert "tk-widget" in widget._dom_classes
    assert "<b>Keyboard:</b>" in _html(widget)
    assert any(isinstance(part, LiveRegion) for part in parts)
    assert not any(isinstance(part, (widgets.ToggleButtons, widgets.ToggleButton, widgets.IntSlider))
                   for part in parts), "a control whose state or name a screen reader cannot read"
    for part in parts:
        if isinstance(part, (widgets.Dropdown, widgets.Text, widgets.Textarea, widgets.Checkbox)):
            assert part.description.strip(), f"{type(part).__name__} without a visible label"


def test_each_sorting_group_is_named_by_its_sentence(every_widget):
    sorting = every_widget["sorting"]
    for sentence_id, row in sorting.rows.items():
        assert row.toggle.description == f"Sentence {sentence_id[1:]}:"
        assert f'id="{row.toggle.labelled_by}"' in row.text.value and sentence_id in row.toggle.labelled_by
    ids = [row.toggle.labelled_by for row in sorting.rows.values()]
    assert len(set(ids)) == len(ids)


def test_two_sorting_activities_on_one_page_never_share_an_id(sample, work_dir):
    from toolkit.widgets.sorting_activity import sorting_activity

    first = sorting_activity(sample, "framing", student="ids")
    second = sorting_activity(sample, "framing", student="ids")
    assert {r.toggle.labelled_by for r in first.rows.values()}.isdisjoint(
        r.toggle.labelled_by for r in second.rows.values())


def test_the_annotator_documents_its_keys_on_screen():
    from pathlib import Path

    script = (Path(__file__).resolve().parents[1] / "toolkit" / "widgets" / "static" / "annotator.js").read_text()
    for keys in ("Arrow Right / Left", "Shift + Arrow Right / Left", "Arrow Down / Up", "a label's key",
                 "Enter", "Delete", "Ctrl + Z", "Escape"):
        assert f'["{keys}' in script
    assert 'role: "status"' in script and '"aria-live": "polite"' in script
