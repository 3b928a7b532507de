"""The one way the tools show a time to people: "18:03 on 3 Dec 2026", in the computer's local time.

Files keep ISO 8601 with the UTC offset (for programs and sorting); whatever a student or
teacher reads (a save line, a submission message, a welcome back) goes through `for_people`,
so a class never sees "18:00:35" in one tool and "2026-12-03T18:03:51+00:00" in the next.
"""

from __future__ import annotations

from datetime import datetime


def for_people(moment: datetime | str | None = None) -> str:
    """`moment` (now by default; a datetime or an ISO 8601 string) as "18:03 on 3 Dec 2026"; "" if unreadable."""
    if moment is None:
        moment = datetime.now().astimezone()
    elif isinstance(moment, str):
        try:
            moment = datetime.fromisoformat(moment.strip().replace("Z", "+00:00"))
        except ValueError:
            return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{moment:%H:%M} on {moment.day} {moment:%b %Y}"
