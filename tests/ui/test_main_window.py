"""The window on the sample order: open, select, see the source, review, export."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import open_sample
from viewer.ui.timeline_model import Column, EventRole

pytestmark = pytest.mark.gui


def select(qtbot: Any, window: Any, uid: str) -> None:
    """Click the row of event `uid` like a user would (no-op if it is already selected)."""
    table = window.pane.table
    current = table.current_event()
    if current is not None and current.id == uid:
        return
    proxy = table.model()
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(EventRole).id == uid)
    index = proxy.index(row, Column.TITLE)
    table.scrollTo(index)
    with qtbot.waitSignal(window.pane.event_selected):
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                         pos=table.visualRect(index).center())


def test_open_shows_rows_and_status(qtbot: Any, window: Any, pipeline: Any) -> None:
    open_sample(qtbot, window)
    proxy = window.pane.table.model()
    titles = [proxy.index(r, Column.TITLE).data() for r in range(proxy.rowCount())]
    assert "Preliminary injunction hearing (show cause)" in titles
    assert "Complaint filed" not in titles  # a recital: hidden by default
    status = [label.text() for label in window.status.labels()]
    assert status[:3] == ["sample-order.pdf", "6 pages", "Text layer"]
    assert "America/New_York" in status[3]
    assert status[4] == "4 events, 1 need review"
    assert pipeline.calls[0]["today"].isoformat() == "2024-12-21"
    assert window.pdf_view.page_count() == 6


def test_opening_starts_at_the_first_flagged_event(qtbot: Any, window: Any) -> None:
    open_sample(qtbot, window)
    assert window.pane.table.current_event().id == "e-hearing"
    assert window.pdf_view.current_page() == 5


def test_next_to_review_skips_reviewed_events(qtbot: Any, window: Any, services: Any) -> None:
    import dataclasses
    pipeline_extract = services.extract_file

    def two_flagged(path: Path, **kwargs: Any) -> Any:
        timeline = pipeline_extract(path, **kwargs)
        events = tuple(dataclasses.replace(e, flags=("needs-review",)) if e.id == "e-bond"
                       else e for e in timeline.events)
        return dataclasses.replace(timeline, events=events)

    window.session._services.extract_file = two_flagged
    open_sample(qtbot, window)
    assert window.pane.table.current_event().id == "e-hearing"
    window.commands.next_review.trigger()
    assert window.pane.table.current_event().id == "e-bond"
    window.commands.confirm.trigger()
    window.commands.next_review.trigger()
    assert window.pane.table.current_event().id == "e-hearing"
    window.commands.confirm.trigger()
    window.commands.next_review.trigger()
    assert window.statusBar().currentMessage().startswith("Nothing left to review")


def test_selecting_an_event_scrolls_the_pdf_and_highlights(qtbot: Any, window: Any) -> None:
    open_sample(qtbot, window)
    select(qtbot, window, "e-entry")
    select(qtbot, window, "e-hearing")
    view = window.pdf_view
    assert view.current_page() == 5
    assert 5 in view.visible_pages() and 1 not in view.visible_pages()
    highlights = view.highlights()
    assert highlights and {page for page, _ in highlights} == {5}
    # Box (313.95, 633.8) in points, drawn at the view's scale: "points x dpi / 72".
    _, rect = highlights[0]
    assert rect.left() == pytest.approx(313.95 * view.scale() - 2, abs=1)
    assert rect.top() == pytest.approx(633.804 * view.scale() - 2, abs=1)
    detail = window.pane.detail
    assert "January 10, 2024, at 10 a.m." in detail.quote.text()
    assert "read as 2025-01-10" in detail.computation.text()
    assert "page 5" in detail.source_title.text()
    assert "Confirm with chambers" in detail.flags.text()
    select(qtbot, window, "e-def-papers")
    assert view.current_page() == 6 and {p for p, _ in view.highlights()} == {6}
    assert "2 days before Preliminary injunction hearing" in detail.facts.text()


def test_pages_render_off_the_gui_thread(qtbot: Any, window: Any, renderer: Any) -> None:
    open_sample(qtbot, window)
    select(qtbot, window, "e-hearing")
    view = window.pdf_view
    qtbot.waitUntil(lambda: view._pages[4].pixmap_dpi() > 0, timeout=15000)
    main = threading.get_ident()
    assert renderer.threads and main not in renderer.threads
    assert view.last_render_threads and main not in view.last_render_threads
    # Lazily: only pages near the viewport (page 5 +- 2) were rendered.
    rendered = {call_page for call_page in renderer.pages}
    assert rendered and rendered <= {3, 4, 5, 6}, rendered


def test_clicking_the_quote_shows_it_again(qtbot: Any, window: Any) -> None:
    open_sample(qtbot, window)
    select(qtbot, window, "e-hearing")
    window.pdf_view.verticalScrollBar().setValue(0)
    assert window.pdf_view.current_page() == 1
    qtbot.mouseClick(window.pane.detail.quote, Qt.MouseButton.LeftButton)
    assert window.pdf_view.current_page() == 5


def test_event_without_boxes_scrolls_to_its_page(qtbot: Any, window: Any, pipeline: Any) -> None:
    pipeline.drop_boxes = True
    open_sample(qtbot, window)
    select(qtbot, window, "e-hearing")
    assert window.pdf_view.current_page() == 5
    assert window.pdf_view.highlights() == []
    assert window.pane.detail.no_position.isVisible()
    assert "January 10, 2024" in window.pane.detail.quote.text()


def test_keyboard_moves_through_events(qtbot: Any, window: Any) -> None:
    open_sample(qtbot, window)
    select(qtbot, window, "e-entry")
    qtbot.keyClick(window.pane.table, Qt.Key.Key_Down)
    assert window.pane.table.current_event().id == "e-def-papers"
    assert window.pdf_view.current_page() == 6


def test_show_recitals_toggle(qtbot: Any, window: Any) -> None:
    open_sample(qtbot, window)
    assert window.pane.table.model().rowCount() == 4
    window.pane.recitals.click()
    assert window.pane.table.model().rowCount() == 5
    assert window.commands.show_recitals.isChecked()


def test_text_order_shows_text_with_the_quote_marked(qtbot: Any, window: Any,
                                                     tmp_path: Path) -> None:
    from tests.ui.fakes import SPECS
    order = tmp_path / "order.txt"
    order.write_text("ORDER\n\n" + ".\n".join(spec[5] for spec in SPECS) + ".\n", "utf-8")
    open_sample(qtbot, window, order)
    assert window.left.currentWidget() is window.text_view
    select(qtbot, window, "e-hearing")
    assert window.text_view.marked() == "January 10, 2024, at 10 a.m."


def test_layout_is_remembered_in_store_settings(qtbot: Any, window: Any, store: Any,
                                                services: Any) -> None:
    from viewer.ui.main_window import MainWindow
    window.resize(700, 520)  # within the offscreen screen (800x600)
    window.splitter.setSizes([250, 450])
    saved = window.splitter.sizes()
    window.close()
    assert store.get_setting("window.geometry")
    again = MainWindow(services)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert (again.width(), again.height()) == (700, 520)
    assert again.splitter.sizes() == saved


def test_about_lists_no_upload(qtbot: Any, window: Any) -> None:
    def close_box() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None and "nothing is uploaded" in box.findChild(
            type(window.status.document), "qt_msgbox_label").text()
        box.close()

    QTimer.singleShot(50, close_box)
    window.commands.about.trigger()
