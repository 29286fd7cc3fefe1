"""The timeline store: the only package that speaks SQL.

    store = open_store()              # the per-user database; open_store(path) for a given file
    timeline = store.save_timeline(extracted)
    store.set_status(timeline.events[0].id, "confirmed")
"""

from db.errors import InvalidValue, StoreBug, StoreConflict, StoreError, StoreUnavailable
from db.store import Store, open_store
from db.summaries import CaseSummary, DocumentSummary, HistoryEntry, StatusCounts

__all__ = ["CaseSummary", "DocumentSummary", "HistoryEntry", "InvalidValue", "StatusCounts", "Store",
           "StoreBug", "StoreConflict", "StoreError", "StoreUnavailable", "open_store"]
