"""The document under review: extraction in a worker, review actions through the store.

`ReviewSession` owns the current timeline and is the only UI object that calls the store and
the pipeline. Every review action is one store call (one transaction), so what counsel enter
is on disk before the window repaints. Errors of ours become messages through
`viewer.ui.dialogs`; the session never swallows anything else.
"""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from viewer.core.model import Event, Timeline
from viewer.pdf import Cancelled, PasswordRequired
from viewer.ui import dialogs
from viewer.ui.services import Services
from viewer.ui.workers import Task, TaskRunner


class ReviewSession(QObject):
    """The open document and its timeline.

    Signals:
        timeline_changed(object): a new or re-merged Timeline.
        event_changed(object): one Event changed (status or fields) without other changes.
        busy_changed(bool): extraction started or ended.
        progress(int, int, str): extraction progress (done, total, what).
        message(str): a short status line for the user.
    """

    timeline_changed = Signal(object)
    event_changed = Signal(object)
    busy_changed = Signal(bool)
    progress = Signal(int, int, str)
    message = Signal(str)

    def __init__(self, services: Services, runner: TaskRunner, window: QWidget) -> None:
        super().__init__(window)
        self._services, self._runner, self._window = services, runner, window
        self.timeline: Timeline | None = None
        self.path: Path | None = None
        self.password: str | None = None
        self._sequences: dict[str, int] = {}
        self._cancel = threading.Event()
        self._task: Task | None = None

    # Extraction ----------------------------------------------------------------------------

    def busy(self) -> bool:
        """True while an extraction runs."""
        return self._task is not None

    def open(self, path: Path, password: str | None = None) -> None:
        """Extract `path` in a worker, merge with what the store holds, then show it."""
        if self.busy():
            self.message.emit("Still reading the previous document\u2026")
            return
        self._cancel.clear()
        self.path, self.password = path, password
        services = self._services
        closures, zone = self._reading_settings()
        task = Task(services.extract_file, path, today=services.today, password=password,
                    progress=self._progress_callback(), cancel=self._cancel.is_set,
                    closures=closures, fallback_zone=zone)
        task.signals.progress.connect(self.progress)
        self._task = task
        self.busy_changed.emit(True)
        self.message.emit(f"Reading {path.name}\u2026")
        self._runner.start(task, self._on_extracted, self._on_extract_failed)

    def _reading_settings(self) -> tuple[tuple[Any, ...], str]:
        """Closure days and the zone for orders that name no court; defaults if the store fails."""
        store = self._services.store
        try:
            return tuple(store.closure_days()), store.get_setting("fallback_zone") or "America/New_York"
        except dialogs.USER_ERRORS as exc:
            self.message.emit(f"Using defaults: {exc}")
            return (), "America/New_York"

    def reextract(self) -> None:
        """Read the current file again (e.g. after closure days changed); edits are kept."""
        if self.path is not None:
            self.open(self.path, self.password)

    def cancel(self) -> None:
        """Ask a running extraction to stop at its next check."""
        self._cancel.set()

    def _progress_callback(self) -> Any:
        """A progress function for the worker; the signal it emits is queued to the GUI."""
        def report(done: int = 0, total: int = 0, text: str = "", *_: Any) -> None:
            if self._task is not None:
                self._task.signals.progress.emit(int(done), int(total), str(text))
        return report

    def _on_extracted(self, timeline: Timeline) -> None:
        self._end_task()
        try:
            timeline = self._services.store.save_timeline(timeline)
            self._services.store.mark_opened(timeline.document.sha256)
        except dialogs.USER_ERRORS as exc:
            dialogs.show_error(self._window, exc, "The timeline could not be saved")
            self._set_timeline(self._last_saved(timeline))
            return
        self._set_timeline(timeline)
        self.message.emit(f"Read {Path(timeline.document.path).name}: "
                          f"{len(timeline.events)} events, saved.")

    def _last_saved(self, extracted: Timeline) -> Timeline:
        """What to show when a fresh extraction cannot be saved.

        The raw extraction would show "proposed" where counsel already confirmed or corrected,
        so prefer the stored version (reads work while another program holds the write lock),
        then the one on screen; the raw extraction only for a document never saved.
        """
        sha = extracted.document.sha256
        try:
            stored = self._services.store.load_timeline(sha)
        except dialogs.USER_ERRORS:
            stored = None
        if stored is None and self.timeline is not None and self.timeline.document.sha256 == sha:
            stored = self.timeline
        self.message.emit("Not saved: showing your last saved review." if stored is not None
                          else "Not saved: showing the extraction only.")
        return stored or extracted

    def _on_extract_failed(self, exc: BaseException) -> None:
        self._end_task()
        if isinstance(exc, Cancelled):
            self.message.emit("Reading cancelled.")
        elif isinstance(exc, PasswordRequired) and self.path is not None:
            self._ask_password_and_retry(self.path)
        else:
            dialogs.show_error(self._window, exc, "Could not read the order")
            self.message.emit("The order could not be read.")

    def _ask_password_and_retry(self, path: Path) -> None:
        password = dialogs.ask_password(self._window, path.name, retry=self.password is not None)
        if password is None:
            self.message.emit("Not opened: no password given.")
        else:
            self.open(path, password)

    def _end_task(self) -> None:
        self._task = None
        self.busy_changed.emit(False)

    # Review actions ------------------------------------------------------------------------

    def confirm(self, event: Event) -> None:
        """Mark the event as checked by a person."""
        self._set_status(event, "confirmed")

    def dismiss(self, event: Event) -> None:
        """Mark the event as not a real deadline (kept, greyed; exported as cancelled)."""
        self._set_status(event, "dismissed")

    def restore(self, event: Event) -> None:
        """Undo a dismissal: the event is proposed again."""
        self._set_status(event, "proposed")

    def _set_status(self, event: Event, status: str) -> None:
        try:
            changed = self._services.store.set_status(event.id, status)
        except dialogs.USER_ERRORS as exc:
            dialogs.show_error(self._window, exc, "The change was not saved")
            return
        self._replace(changed)

    def edit(self, event: Event, changes: dict[str, Any]) -> None:
        """Save a correction, then re-derive the deadlines counted from this event.

        The store records the correction (status "edited"); `recompute` moves the events
        that depend on it; saving the result keeps every user edit (the store's merge rule).
        """
        if not changes or self.timeline is None:
            return
        store = self._services.store
        try:
            changes = self._dated_from_anchor(event, dict(changes))
            changed = store.update_event(event.id, expected_sequence=self._sequences.get(event.id),
                                         **changes)
            timeline = self._with_event(self.timeline, changed)
            closures = tuple(store.closure_days())
            timeline = store.save_timeline(self._services.recompute(timeline, closures=closures))
        except dialogs.USER_ERRORS as exc:
            dialogs.show_error(self._window, exc, "The correction was not saved")
            self._reload()
            return
        self._set_timeline(timeline)
        self.message.emit(f"Saved: {changed.title}.")

    def _dated_from_anchor(self, event: Event, changes: dict[str, Any]) -> dict[str, Any]:
        """Turn an "anchor_date" (e.g. the service date counsel entered) into the counted date."""
        anchor_day = changes.pop("anchor_date", None)
        count = self._services.count_from_anchor_date
        if anchor_day is None or count is None or self.timeline is None:
            return changes
        closures = tuple(self._services.store.closure_days())
        return {**changes, **count(self.timeline, event, anchor_day, closures=closures)}

    def history(self, event: Event) -> list[Any]:
        """The event's change log, oldest first ([] if the store cannot say)."""
        try:
            return list(self._services.store.history(event.id))
        except dialogs.USER_ERRORS as exc:
            dialogs.show_error(self._window, exc, "The history could not be read")
            return []

    def sequences(self) -> dict[str, int]:
        """Per-event change counters for the .ics SEQUENCE (read fresh from the store)."""
        if self.timeline is None:
            return {}
        return self._services.store.sequences(self.timeline.document.sha256)

    # Timeline bookkeeping ------------------------------------------------------------------

    def _reload(self) -> None:
        """Show what the store holds after a failed action (it may have been changed elsewhere)."""
        if self.timeline is None:
            return
        try:
            stored = self._services.store.load_timeline(self.timeline.document.sha256)
        except dialogs.USER_ERRORS as exc:
            dialogs.show_error(self._window, exc, "The saved timeline could not be read")
            return
        if stored is not None:
            self._set_timeline(stored)

    def _set_timeline(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self._refresh_sequences()
        self.timeline_changed.emit(self.timeline)

    def _refresh_sequences(self) -> None:
        """Remember each event's change counter, so a save can detect a change made elsewhere."""
        if self.timeline is None:
            return
        try:
            self._sequences = self._services.store.sequences(self.timeline.document.sha256)
        except dialogs.USER_ERRORS:
            self._sequences = {}  # only the optimistic check is lost; saving will report

    def _replace(self, event: Event) -> None:
        if self.timeline is None:
            return
        self.timeline = self._with_event(self.timeline, event)
        self._refresh_sequences()
        self.event_changed.emit(event)

    @staticmethod
    def _with_event(timeline: Timeline, event: Event) -> Timeline:
        events = tuple(event if e.id == event.id else e for e in timeline.events)
        return dataclasses.replace(timeline, events=events)
