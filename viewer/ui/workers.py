"""Run slow calls (page rendering, extraction) on a QThreadPool and report back by signal.

A `Task` wraps one call. Its `signals` object lives in the GUI thread, so connections from it
to widgets are queued and the slots run on the GUI thread. The worker forwards any exception
as a value: the GUI side decides whether it is one of ours (a message) or a bug (the crash
handler); a worker thread has no business showing dialogs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskSignals(QObject):
    """Signals of one task: `finished(result)`, `failed(exception)`, `progress(done, total, text)`."""

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class Task(QRunnable):
    """One call of `fn(*args, **kwargs)` on a pool thread.

    Attributes:
        signals: where the outcome is reported.
        thread_id: the `threading.get_ident()` of the thread that ran the call (for tests and
            for logging; None until the task has run).
    """

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.signals = TaskSignals()
        self.thread_id: int | None = None
        self._call = (fn, args, kwargs)
        # Keep ownership on the Python side: the pool must not delete the C++ object while
        # the Python wrapper (and its signals) may still be referenced by the caller.
        self.setAutoDelete(False)

    def run(self) -> None:
        """Qt override: make the call and emit its outcome."""
        self.thread_id = threading.get_ident()
        fn, args, kwargs = self._call
        try:
            result = fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - forwarded to the GUI thread, see module doc
            self.signals.failed.emit(exc)
            return
        self.signals.finished.emit(result)


class TaskRunner(QObject):
    """Starts tasks on a private pool and keeps them alive until they report.

    Python would otherwise collect a started `Task` (and its signals) before the queued
    signal reaches the GUI thread.
    """

    def __init__(self, max_threads: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._running: set[Task] = set()

    def start(self, task: Task, on_finished: Callable[[Any], None],
              on_failed: Callable[[BaseException], None]) -> Task:
        """Queue `task`; `on_finished`/`on_failed` run on the GUI thread afterwards."""
        task.signals.finished.connect(on_finished)
        task.signals.failed.connect(on_failed)
        task.signals.finished.connect(lambda _r, t=task: self._running.discard(t))
        task.signals.failed.connect(lambda _e, t=task: self._running.discard(t))
        self._running.add(task)
        self._pool.start(task)
        return task

    def pending(self) -> int:
        """How many started tasks have not reported yet."""
        return len(self._running)

    def wait(self, msecs: int = 5000) -> bool:
        """Block until the pool is idle (used on shutdown and in tests)."""
        return self._pool.waitForDone(msecs)
