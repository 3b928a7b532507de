"""Field paths in messages become line numbers in YAML and JSON files."""

from __future__ import annotations

import json

from toolkit.authoring.positions import Locator, line_in_message, parse_path, split_message

SPEC = """\
id: demo
title: Demo
questions:
  - id: q1
    type: choice
    options:
      - text: A
      - text: B
        correct: true
  - id: q2
    type: numeric
    answer: 3
"""


def test_paths_are_parsed_as_the_exercise_engine_writes_them():
    assert parse_path("questions[1] (q2).options[0].correct") == ["questions", 1, "options", 0, "correct"]
    assert split_message("questions[0] (q1).options: no option is marked") == (["questions", 0, "options"],
                                                                                "no option is marked")
    assert split_message("sentences.s7: label 'x' is not one of fact") == (["sentences", "s7"],
                                                                           "label 'x' is not one of fact")
    assert split_message("span 12-20: its text does not match")[0] == []
    assert line_in_message("is not valid YAML (line 12, column 3): oops") == 12
    assert line_in_message("no line here") is None


def test_yaml_fields_have_the_line_of_their_key():
    locate = Locator(SPEC)
    assert locate.line(["title"]) == 2
    assert locate.line(["questions", 0]) == 4
    assert locate.line(["questions", 0, "options", 1, "correct"]) == 9
    assert locate.line(["questions", 1, "answer"]) == 12
    assert locate.line_of("questions[1] (q2).answer: must be a number") == 12
    # A path that goes further than the file does stops at the deepest field that exists.
    assert locate.line(["questions", 1, "hints", 0]) == 10
    assert locate.line(["nothing"]) == 1


def test_json_written_by_the_toolkit_is_located_too():
    data = {"format": "x", "spans": [{"id": "a", "start": 1}, {"id": "b", "start": 2}]}
    text = json.dumps(data, indent=2)
    locate = Locator(text)
    line = locate.line(["spans", 1])
    assert '"id": "b"' in text.splitlines()[line] or '"id": "b"' in text.splitlines()[line - 1]
    assert text.splitlines()[locate.line(["format"]) - 1].strip().startswith('"format"')


def test_a_file_that_does_not_parse_gives_line_one():
    assert Locator("key: [unclosed").line(["key"]) == 1
    assert Locator("\x00\x01 binary").line(["a", 0]) == 1
