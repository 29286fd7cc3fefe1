"""Periods counted from an act on a paper rather than from a dated event."""

from __future__ import annotations

import re

_ACTS = r"(?:filing|service|submission|lodging|receipt|docketing|delivery|transmittal)"

# "within fourteen (14) days after the filing of the Amended Complaint": the day the paper is
# actually filed, which the order cannot know; its deadline is only the latest it can be.
# ("of the date the answer is filed", "after the amended complaint is filed": the same act.)
ACT_OF = re.compile(rf"\b(?:the\s+)?{_ACTS}\s+of\b|"
                    r"\b(?:is|are|has\s+been|have\s+been)\s+(?:filed|served|submitted|lodged)\b", re.I)
# ... and one on a paper that names a sitting: "after the delivery of the transcript of the contested case hearing"
# counts from the delivery, not from the hearing.
PAPERS_ACT = re.compile(rf"\s*(?:the\s+)?{_ACTS}\s+of\s+(?:the\s+|a\s+|an\s+)?(?:transcripts?|record|notice|minutes|report)\b",
                        re.I)
