"""Saving after every change, without ever losing the change when the disk says no.

The annotator's session and the sentence-key review both save after each edit. A full or
read-only disk must not cost the person their work: the change stays in memory, the tool
says why it could not save, and the next change tries again.
"""

from __future__ import annotations

from pathlib import Path


class Autosaving:
    """Mix-in for an object with `autosave`, `path`, `save_error` and a `save()` that raises OSError."""

    autosave: bool
    path: Path
    save_error: str | None
    #: What the message adds after "Could not save to ...".
    kept_message = "your changes are kept here until saving works again."

    def save(self) -> Path:  # pragma: no cover - provided by the class that mixes this in
        raise NotImplementedError

    def _save_now(self) -> bool:
        """Save if autosave is on; on a refusal, keep the work in memory with a message. True when saved."""
        if not self.autosave:
            return True
        try:
            self.save()
        except OSError as error:
            self.save_error = f"Could not save to {self.path} ({error.strerror or error}); {self.kept_message}"
            return False
        return True
