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

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class TaskSignals(QObject):
    """One task's signals: `finished(result)`, `failed(exc)`, `progress(done, total, text)`."""

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


class _Relay(QObject):
    """Delivers one task's outcome; a child of the runner, so it dies with the window.

    Connecting the task's signals to a plain lambda would keep delivering results queued
    before a window closed, into widgets that no longer exist. A bound slot of a QObject is
    disconnected by Qt when that object is destroyed.
    """

    def __init__(self, runner: TaskRunner, task: Task, on_finished: Callable[[Any], None],
                 on_failed: Callable[[Exception], None]) -> None:
        super().__init__(runner)
        self._runner, self._task = runner, task
        self._on_finished, self._on_failed = on_finished, on_failed
        task.signals.finished.connect(self.finished)
        task.signals.failed.connect(self.failed)

    @Slot(object)
    def finished(self, result: Any) -> None:
        """Forward a result, then let go of the task."""
        self._runner.release(self._task, self)
        self._on_finished(result)

    @Slot(object)
    def failed(self, exc: Exception) -> None:
        """Forward an exception, then let go of the task."""
        self._runner.release(self._task, self)
        self._on_failed(exc)


class TaskRunner(QObject):
    """Starts tasks on a private pool and keeps them alive until they report.

    Python would otherwise collect a started `Task` (and its signals) before the queued
    signal reaches the GUI thread.
    """

    def __init__(self, max_threads: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._running: dict[Task, _Relay] = {}

    def start(self, task: Task, on_finished: Callable[[Any], None],
              on_failed: Callable[[Exception], None]) -> Task:
        """Queue `task`; `on_finished`/`on_failed` run on the GUI thread afterwards."""
        self._running[task] = _Relay(self, task, on_finished, on_failed)
        self._pool.start(task)
        return task

    def release(self, task: Task, relay: QObject) -> None:
        """Forget a task that has reported."""
        self._running.pop(task, None)
        relay.deleteLater()

    def wait(self, msecs: int = 5000) -> bool:
        """Block until the pool is idle (used on shutdown and in tests)."""
        return self._pool.waitForDone(msecs)
