"""A second process editing the store, for the crash and two-process tests.

Usage: python -m tests.db.editor_child DB LABEL START COUNT
Edits events e0..e4 of document "shared" in turn, setting the title to "LABEL START+i", and
prints "saved <i>" only after each edit has committed. COUNT 0 means: until killed.
"""

from __future__ import annotations

import itertools
import sys

from db import open_store
from tests.db.conftest import event, timeline

UIDS = [f"e{i}" for i in range(5)]
SHARED = timeline("shared", *(event(uid) for uid in UIDS))


def main(path: str, label: str, start: int, count: int) -> None:
    with open_store(path, busy_timeout=10) as store:
        if store.load_timeline("shared") is None:
            store.save_timeline(SHARED)
        numbers = itertools.count(start) if count == 0 else range(start, start + count)
        for n in numbers:
            store.update_event(UIDS[n % len(UIDS)], title=f"{label} {n}", who=label)
            print(f"saved {n}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
