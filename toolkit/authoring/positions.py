"""Where a field is in a YAML or JSON file, so a problem can be printed as `file:line: message`.

Messages elsewhere in the toolkit name a field by its path, `questions[2] (q3).options[1]`
or `sentences.s7`; `Locator` finds the line of the deepest part of such a path that exists,
by composing the file with PyYAML (which keeps the position of every node; JSON is read the
same way). A file that does not parse gives line 1, never an error.
"""

from __future__ import annotations

import re
from typing import Any, Sequence

Step = str | int

#: A field path at the start of a message: `questions[2] (q3).options[1].correct: ...`.
_PATH = re.compile(
    r"^(?P<path>[A-Za-z_][\w-]*(?:\[\d+\])*(?: \([^)]*\))?(?:\.[\w-]+(?:\[\d+\])*(?: \([^)]*\))?)*): (?P<rest>.*)$",
    re.DOTALL,
)
_STEP = re.compile(r"([\w-]+)|\[(\d+)\]")
_YAML_LINE = re.compile(r"\(line (\d+)(?:, column \d+)?\)")


def parse_path(path: str) -> list[Step]:
    """`questions[2] (q3).options` -> ["questions", 2, "options"] (names in parentheses are dropped)."""
    path = re.sub(r" \([^)]*\)", "", path)
    steps: list[Step] = []
    for name, index in _STEP.findall(path):
        steps.append(int(index) if index else name)
    return steps


def split_message(message: str) -> tuple[list[Step], str]:
    """A message's leading field path and the rest (an empty path when it names none)."""
    match = _PATH.match(message)
    if not match:
        return [], message
    return parse_path(match.group("path")), match.group("rest")


def line_in_message(message: str) -> int | None:
    """The line a parser named in its message ("... (line 12, column 3) ..."), if any."""
    match = _YAML_LINE.search(message)
    return int(match.group(1)) if match else None


class Locator:
    """Lines of the fields of one YAML or JSON text (1-based)."""

    def __init__(self, text: str):
        self.root = None
        try:
            import yaml

            self.root = yaml.compose(text, Loader=yaml.SafeLoader)
        except Exception:  # noqa: BLE001 - any text at all: a file that does not parse has only line 1
            self.root = None

    def line(self, steps: Sequence[Step]) -> int:
        """The line of the deepest node along `steps` that exists (1 for the file itself)."""
        node, line = self.root, 1
        if node is None:
            return 1
        for step in steps:
            found = self._child(node, step)
            if found is None:
                break
            key_line, node = found
            line = key_line
        return line

    def line_of(self, message: str) -> int:
        """The line of the field a message starts with (`sentences.s7: ...`), else 1."""
        steps, _ = split_message(message)
        return self.line(steps) if steps else 1

    def key_line(self, name: str) -> int:
        """The line of a top-level key."""
        return self.line([name])

    @staticmethod
    def _child(node: Any, step: Step):
        import yaml

        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if str(key.value) == str(step):
                    return key.start_mark.line + 1, value
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
            item = node.value[step]
            return item.start_mark.line + 1, item
        return None
