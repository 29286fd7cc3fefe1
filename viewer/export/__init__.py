"""Getting a timeline out of the app: .ics for calendars, rows and marks for the printout.

No Qt here (the PDF drawing is viewer/ui/printing.py) and no SQL.
"""

from viewer.export.ics import event_uid, split_for_caldav, to_ics, undated_uid, write_ics
from viewer.export.printout import (AxisMark, PrintRow, axis_marks, axis_ticks, caption_lines,
                                    print_rows)

__all__ = ["AxisMark", "PrintRow", "axis_marks", "axis_ticks", "caption_lines", "event_uid", "print_rows",
           "split_for_caldav", "to_ics", "undated_uid", "write_ics"]
