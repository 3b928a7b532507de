"""The instructors' commands are listed, and each explains itself with --help."""

from __future__ import annotations

import pytest

from toolkit.cli import build_parser, main

COMMANDS = {
    "new-lesson": ("--title", "--outlet", "--url", "--date", "--slug", "--force"),
    "validate": ("--no-execute", "PATH"),
    "gradebook": ("--out", "FOLDER"),
    "build-student": ("OUT", "--check"),
}


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0
    text = capsys.readouterr().out
    for option in COMMANDS[command]:
        assert option.lower() in text.lower(), option


def test_the_commands_are_listed():
    text = build_parser().format_help()
    for command in COMMANDS:
        assert command in text


def test_a_missing_project_is_one_line_and_exit_2(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TOOLKIT_PROJECT_ROOT", raising=False)
    monkeypatch.setattr("toolkit.storage.paths.project_root", lambda start=None: None)
    assert main(["validate"]) == 2
    assert main(["build-student"]) == 2
    err = capsys.readouterr().err
    assert err.count("error:") == 2 and "Traceback" not in err
