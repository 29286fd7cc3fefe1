"""Two windows, two processes, and a process killed mid-write: nothing reported saved is lost."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from db import Store, StoreConflict, open_store
from tests.db.conftest import Clock, event, timeline
from tests.db.editor_child import SHARED, UIDS

ROOT = Path(__file__).resolve().parents[2]


def child(path: Path, label: str, start: int, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "tests.db.editor_child", str(path), label, str(start), str(count)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def titles_in_history(store: Store) -> set[str]:
    return {h.new for uid in UIDS for h in store.history(uid) if h.field == "title" and h.new}


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def test_two_stores_interleaved_edits_keep_both(db_path: Path, clock: Clock) -> None:
    with open_store(db_path, clock=clock) as a, open_store(db_path, clock=clock) as b:
        a.save_timeline(timeline("s1", event("e1", title="Brief due")))
        seen_by_b = b.load_timeline("s1")
        a.update_event("e1", title="Opening brief due")
        b.update_event("e1", computation="14 days after service")  # b never re-read: must not undo a's title
        final = a.load_timeline("s1")
        assert final == b.load_timeline("s1") != seen_by_b
        assert final is not None
        assert (final.events[0].title, final.events[0].computation) == ("Opening brief due", "14 days after service")
        assert a.sequences("s1") == {"e1": 2}


def test_stale_expected_sequence_is_a_conflict_and_changes_nothing(db_path: Path, clock: Clock) -> None:
    with open_store(db_path, clock=clock) as a, open_store(db_path, clock=clock) as b:
        a.save_timeline(timeline("s1", event("e1")))
        a.update_event("e1", title="A", expected_sequence=0)
        with pytest.raises(StoreConflict) as caught:
            b.update_event("e1", title="B", expected_sequence=0)
        assert "\n" not in str(caught.value) and "reload" in str(caught.value)
        assert b.update_event("e1", title="B", expected_sequence=1).title == "B"
        assert [h.new for h in a.history("e1") if h.field == "title"] == ["A", "B"]


def test_threads_on_two_stores_lose_no_update(db_path: Path, clock: Clock) -> None:
    with open_store(db_path, clock=clock) as a, open_store(db_path, clock=clock) as b:
        a.save_timeline(timeline("s1", event("e1")))

        def hammer(store: Store, label: str) -> None:
            for i in range(40):
                store.update_event("e1", title=f"{label}{i}")

        threads = [threading.Thread(target=hammer, args=(s, label)) for s, label in ((a, "a"), (b, "b"))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert a.sequences("s1") == {"e1": 80}
        assert len([h for h in a.history("e1") if h.field == "title"]) == 80


def test_two_processes_lose_no_update(db_path: Path, clock: Clock) -> None:
    with open_store(db_path, clock=clock) as store:
        store.save_timeline(SHARED)
    runs = [child(db_path, label, 0, 30) for label in ("p", "q")]
    for run in runs:
        _, err = run.communicate(timeout=60)
        assert run.returncode == 0, err
    with open_store(db_path, clock=clock) as store:
        assert sum(store.sequences("shared").values()) == 60
        assert titles_in_history(store) == {f"{label} {n}" for label in "pq" for n in range(30)}


def read_saved_then_kill(run: subprocess.Popen[str], stop_after: int) -> list[int]:
    """Collect "saved n" lines, SIGKILL the child after `stop_after` of them, then drain the pipe."""
    assert run.stdout is not None
    saved: list[int] = []
    for line in run.stdout:
        saved.append(int(line.split()[1]))
        if len(saved) >= stop_after:
            os.kill(run.pid, signal.SIGKILL)
            break
    saved += [int(line.split()[1]) for line in run.stdout]  # printed after a commit, before the kill
    run.wait(timeout=30)
    return saved


def test_killed_mid_stream_keeps_every_reported_edit(db_path: Path, clock: Clock) -> None:
    rng = random.Random(6)
    with open_store(db_path, clock=clock) as store:
        store.save_timeline(SHARED)
    reported: list[int] = []
    start = 0
    for _ in range(5):
        run = child(db_path, "crash", start, 0)
        saved = read_saved_then_kill(run, rng.randint(5, 60))
        assert run.returncode == -signal.SIGKILL
        reported += saved
        start = max(saved) + 1000  # an unreported last edit must not be mistaken for a later one
        time.sleep(0.01)
    assert integrity(db_path) == "ok"
    with open_store(db_path, clock=clock) as store:
        kept = titles_in_history(store)
        assert {f"crash {n}" for n in reported} <= kept
        current = {e.id: e.title for e in store.load_timeline("shared").events}  # type: ignore[union-attr]
        assert all(title in kept for title in current.values())
    assert integrity(db_path) == "ok"
