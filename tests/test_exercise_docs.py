"""docs/exercises.md: every YAML example compiles, every question type has one, and the limits are stated."""

from __future__ import annotations

import re

import yaml

from toolkit.exercises.spec import compile_source
from toolkit.exercises.types import QUESTION_TYPES
from tests.conftest import ROOT

DOC = ROOT / "docs" / "exercises.md"


def yaml_blocks() -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)


def test_every_example_in_the_reference_compiles():
    blocks = yaml_blocks()
    assert len(blocks) >= 7
    types = set()
    for block in blocks:
        data = yaml.safe_load(block)
        if isinstance(data, dict):  # a whole exercise
            compiled = compile_source(data)
        else:  # questions, as they appear in a spec's list
            compiled = compile_source({"id": "docs-example", "title": "Examples", "article": "riverside-water",
                                       "questions": data})
        types |= {q["type"] for q in compiled.data["questions"]}
    assert types == set(QUESTION_TYPES)


def test_the_reference_says_what_sealing_does_not_do():
    text = " ".join(DOC.read_text(encoding="utf-8").split())
    assert "This deters casual peeking; it is not security." in text
    assert "python -m toolkit build-exercises --check" in text
