"""Python's cycle collector paused while an article is parsed, one layer of its analysis is worked out, or its report built.

An analysis builds hundreds of thousands of small records (tokens, words, cues) that form no
reference cycles, and the cycle collector would walk them again and again as they pile up: on a
long article that is about a tenth of the analysis time. Pausing it for the duration of one layer
frees nothing later than it would be freed anyway (plain reference counting still frees every
record), and the collector is back on as soon as the work is done, or fails. It lives in the text
layer, the lowest package, so that parsing (`toolkit.article`) can use it as well as the analysis.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector inside the block; leave it as it was (on or off) afterwards."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            _promote_young()
            gc.enable()


def _promote_young() -> None:
    """Move the objects made while the collector was paused to its oldest generation, unread.

    Turned back on, the collector would otherwise at once read every record the block made and kept
    (its youngest generation is as large as the whole block's allocations): some 3 % of a long article's
    analysis, spent finding no garbage. `freeze` moves every tracked object to the permanent generation
    and starts the count of new ones afresh; `unfreeze` moves them all back, into the oldest generation,
    where a full collection still reads them (so a cycle made in the block is still freed, only later).
    Objects someone else froze on purpose (`gc.get_freeze_count()` above zero) are left as they are: the
    collector is then only turned back on.
    """
    if gc.get_freeze_count():
        return
    gc.freeze()
    gc.unfreeze()
