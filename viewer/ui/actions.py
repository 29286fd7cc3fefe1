"""The window's actions (menu, toolbar and shortcuts share one QAction each)."""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from viewer.ui.assets import icon

Key = QKeySequence.StandardKey


@dataclass
class WindowActions:
    """Every action of the main window, by role."""

    open: QAction
    reextract: QAction
    cancel: QAction
    next_review: QAction
    confirm: QAction
    edit: QAction
    dismiss: QAction
    export_ics: QAction
    print_pdf: QAction
    closures: QAction
    zone: QAction
    show_recitals: QAction
    zoom_in: QAction
    zoom_out: QAction
    fit_width: QAction
    about: QAction
    quit: QAction

    def review(self) -> tuple[QAction, ...]:
        """The actions that act on the selected event."""
        return (self.confirm, self.edit, self.dismiss)

    def all(self) -> tuple[QAction, ...]:
        """Every action, for adding them to the window so shortcuts work everywhere."""
        return tuple(getattr(self, f.name) for f in fields(self))


def _action(parent: QWidget, text: str, icon_name: str = "",
            shortcuts: tuple[QKeySequence | Key | str, ...] = (), tip: str = "") -> QAction:
    action = QAction(icon(icon_name) if icon_name else icon("none"), text, parent)
    if shortcuts:
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip or text.rstrip('.…')}" + (f" ({shortcut})" if shortcut else ""))
    action.setStatusTip(tip)
    return action


def build_actions(parent: QWidget) -> WindowActions:
    """Create the actions with their icons, shortcuts and tips (not yet connected)."""
    a = WindowActions(
        open=_action(parent, "&Open\u2026", "open", (Key.Open,),
                     "Open a court order (PDF or text)"),
        reextract=_action(parent, "&Re-extract", "reextract", ("Ctrl+R",),
                          "Read the order again; your confirmations and corrections are kept"),
        cancel=_action(parent, "Cancel reading", "cancel", ("Esc",), "Stop reading the order"),
        next_review=_action(parent, "&Next to review", "next", ("F8",),
                            "Go to the next flagged event nobody has reviewed yet"),
        confirm=_action(parent, "&Confirm", "confirm", ("Ctrl+Return", "Ctrl+Enter"),
                        "Mark the selected event as checked"),
        edit=_action(parent, "&Edit\u2026", "edit", ("F2",),
                     "Correct the date, time, kind or title"),
        dismiss=_action(parent, "&Dismiss", "dismiss", (Key.Delete,),
                        "Mark the selected event as not a deadline (kept, greyed)"),
        export_ics=_action(parent, "&Export .ics\u2026", "export", ("Ctrl+E",),
                           "Save the timeline as a calendar file"),
        print_pdf=_action(parent, "&Print to PDF\u2026", "print", (Key.Print,),
                          "Save a printable timeline as PDF"),
        closures=_action(parent, "C&losure days\u2026", "closures", (),
                         "Days the court was closed that count as legal holidays"),
        zone=_action(parent, "Time &zone when no court is named\u2026", "", (),
                     "Docket texts often name no court: choose the zone their times are in"),
        show_recitals=_action(parent, "Show &recitals", "", ("Ctrl+Shift+R",),
                              "Also list past events the order only recites"),
        zoom_in=_action(parent, "Zoom &in", "zoom-in", (Key.ZoomIn, "Ctrl+="), "Zoom in"),
        zoom_out=_action(parent, "Zoom &out", "zoom-out", (Key.ZoomOut,), "Zoom out"),
        fit_width=_action(parent, "Fit &width", "fit-width", ("Ctrl+0",), "Fit the page width"),
        about=_action(parent, "&About", "about", (), "About this viewer"),
        quit=_action(parent, "&Quit", "", (Key.Quit, "Ctrl+Q"), "Close the viewer"),
    )
    a.show_recitals.setCheckable(True)
    a.cancel.setEnabled(False)
    a.cancel.setVisible(False)
    for action in (*a.review(), a.next_review):
        action.setEnabled(False)
    return a
