"""Nothing is downloaded: readability works with NLTK's data path empty and sockets blocked."""

from __future__ import annotations

import pytest

import json
import subprocess
import sys
import textwrap

FORMULAS = ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index", "syllable_count")
#: toolkit.readability's whole-page metrics, compared with textstat's in the same offline process.
READABILITY = ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
               "automated_readability_index", "dale_chall_readability_score", "linsear_write_formula", "words",
               "sentences", "syllables", "difficult_words", "reading_time")

CHILD = textwrap.dedent(
    """
    import json, socket, sys
    attempts = []

    class NoNetwork(socket.socket):
        def connect(self, address):
            attempts.append(repr(address))
            raise OSError("network blocked by the test")
        connect_ex = connect

    def refuse(*args, **kwargs):
        attempts.append(repr(args[:1]))
        raise OSError("network blocked by the test")

    socket.socket = NoNetwork
    socket.create_connection = refuse
    socket.getaddrinfo = refuse

    import nltk
    nltk.data.path[:] = [sys.argv[1]]          # a fresh, empty folder: no cmudict anywhere

    import toolkit
    from toolkit.readability import measure
    readability = measure(toolkit.sample_article())   # first: it builds its syllable table offline
    ours = {name: readability.whole.scores[name] for name in READABILITY}
    from toolkit.readability.word_facts import lexicon
    ours["fire"] = lexicon().syllables("fire")

    from toolkit.storage.offline import prepared_textstat
    textstat = prepared_textstat()
    text = toolkit.sample_article().text
    numbers = {name: getattr(textstat, name)(text) for name in FORMULAS}
    numbers["fire"] = textstat.syllable_count("fire")
    print(json.dumps({"numbers": numbers, "ours": ours, "attempts": attempts, "path": nltk.data.path}))
    """
).replace("FORMULAS", repr(FORMULAS)).replace("READABILITY", repr(READABILITY))


@pytest.mark.slow
def test_readability_needs_no_download(tmp_path, project_root):
    empty = tmp_path / "empty_nltk_data"
    empty.mkdir()
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path / "home"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "TOOLKIT_DATA_DIR": str(tmp_path / "toolkit-data"),
        "NLTK_DATA": str(empty),
        "TOOLKIT_PROJECT_ROOT": str(project_root),
    }
    result = subprocess.run([sys.executable, "-c", CHILD, str(empty)], capture_output=True, text=True,
                            env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    child = json.loads(result.stdout)
    assert child["attempts"] == []
    assert child["path"][0] == str(tmp_path / "toolkit-data" / "nltk_data")
    assert (tmp_path / "toolkit-data" / "nltk_data" / "corpora" / "cmudict" / "cmudict").is_file()

    # The same numbers as textstat gives in this process, where its dictionary is also present.
    from toolkit import sample_article
    from toolkit.storage.offline import prepared_textstat

    textstat = prepared_textstat()
    text = sample_article().text
    expected = {name: getattr(textstat, name)(text) for name in FORMULAS}
    expected["fire"] = textstat.syllable_count("fire")
    assert child["numbers"] == expected
    assert child["numbers"]["fire"] == 2  # the CMU dictionary's count; the hyphenation fallback says 1

    # toolkit.readability, run offline first, gives textstat's numbers for the whole page.
    assert (tmp_path / "toolkit-data" / "cmudict-syllables.txt").is_file()
    whole = {name: getattr(textstat, {"words": "lexicon_count", "sentences": "sentence_count",
                                      "syllables": "syllable_count"}.get(name, name))(text) for name in READABILITY}
    assert {k: v for k, v in child["ours"].items() if k != "fire"} == whole
    assert child["ours"]["flesch_kincaid_grade"] == child["numbers"]["flesch_kincaid_grade"]
    assert child["ours"]["fire"] == 2
