"""CalDAV publish against a real Radicale on 127.0.0.1 (calendar-clients.md §8.8, §8.10 T7).

The server is started by the fixture, bound to the loopback address only, and stopped at
teardown (terminate, then wait). Plain http.client: the caldav package replaces urllib3.
"""

from __future__ import annotations

import base64
import datetime as dt
import http.client
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest
from icalendar import Calendar

from tests.export.timelines import STAMP, replace_event, seed_timeline, vevents
from viewer.export.ics import split_for_caldav, to_ics

pytest.importorskip("radicale")

HEARING = "a1e0000000000002@case-timeline"
SUMMER = "b2e0000000000001@case-timeline"
EXPIRY = "a1e0000000000005@case-timeline"
COLLECTION = "/court/tro/"
CALENDAR_QUERY = b"""<?xml version="1.0" encoding="utf-8"?>
<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
  <D:prop><D:getetag/><C:calendar-data/></D:prop>
  <C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT">
    <C:time-range start="20250109T000000Z" end="20250111T000000Z"/>
  </C:comp-filter></C:comp-filter></C:filter>
</C:calendar-query>"""


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes


@dataclass
class Server:
    port: int

    def send(self, method: str, path: str, body: bytes = b"", *, user: str | None = "court",
             headers: dict[str, str] | None = None) -> Reply:
        """One request; `user` goes as basic auth (Radicale needs a name even with auth none)."""
        sent = {"Content-Type": "text/calendar; charset=utf-8", **(headers or {})}
        if user is not None:
            sent["Authorization"] = "Basic " + base64.b64encode(f"{user}:x".encode()).decode()
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            conn.request(method, path, body=body, headers=sent)
            response = conn.getresponse()
            return Reply(response.status, {k.lower(): v for k, v in response.getheaders()},
                         response.read())
        finally:
            conn.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_until_up(proc: subprocess.Popen[bytes], port: int, log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"radicale exited {proc.returncode}:\n{log.read_text()[-2000:]}")
        try:
            Server(port).send("OPTIONS", "/", user=None)
            return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"radicale did not answer on port {port}:\n{log.read_text()[-2000:]}")


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A Radicale server for this module, on a free loopback port, always stopped after."""
    folder = tmp_path_factory.mktemp("radicale")
    port, log = _free_port(), folder / "radicale.log"
    cmd = [sys.executable, "-m", "radicale", "--config", "", "--server-hosts",
           f"127.0.0.1:{port}", "--auth-type", "none",
           "--storage-filesystem-folder", str(folder / "collections")]
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait_until_up(proc, port, log)
        yield Server(port)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def href(uid: str) -> str:
    return COLLECTION + quote(uid, safe="") + ".ics"


def count_events(server: Server) -> dict[str, object]:
    reply = server.send("GET", COLLECTION)
    assert reply.status == 200
    return vevents(reply.body)


@pytest.fixture(scope="module")
def published(radicale: Server) -> dict[str, bytes]:
    """MKCALENDAR, then a create-only PUT of every split resource."""
    assert radicale.send("MKCALENDAR", "/anon/tro/", user=None).status == 409
    assert radicale.send("MKCALENDAR", COLLECTION).status == 201
    parts = split_for_caldav(to_ics(seed_timeline(), stamp=STAMP))
    for uid, body in parts.items():
        reply = radicale.send("PUT", href(uid), body, headers={"If-None-Match": "*"})
        assert reply.status == 201, (uid, reply.body)
    return parts


def test_collection_holds_every_event(radicale: Server, published: dict[str, bytes]) -> None:
    reply = radicale.send("GET", COLLECTION)
    cal = Calendar.from_ical(reply.body)
    assert {str(e["UID"]) for e in cal.walk("VEVENT")} == set(published)
    assert sorted(str(t["TZID"]) for t in cal.walk("VTIMEZONE")) == \
        ["America/Los_Angeles", "America/New_York", "America/Phoenix"]
    hearing = vevents(reply.body)[HEARING]
    assert hearing.decoded("dtstart").isoformat() == "2025-01-10T10:00:00-05:00"
    assert len(hearing.walk("VALARM")) == 2  # CalDAV keeps alarms


def test_create_only_put_refuses_an_existing_resource(radicale: Server,
                                                      published: dict[str, bytes]) -> None:
    reply = radicale.send("PUT", href(HEARING), published[HEARING],
                          headers={"If-None-Match": "*"})
    assert reply.status == 412


def test_same_uid_under_another_href_conflicts(radicale: Server,
                                               published: dict[str, bytes]) -> None:
    reply = radicale.send("PUT", COLLECTION + "copy-of-hearing.ics", published[HEARING])
    assert reply.status == 409


def test_whole_file_at_an_item_href_is_refused(radicale: Server,
                                               published: dict[str, bytes]) -> None:
    whole = to_ics(seed_timeline(), stamp=STAMP)
    assert radicale.send("PUT", COLLECTION + "all.ics", whole).status == 400


def test_time_range_report_returns_the_hearing(radicale: Server,
                                               published: dict[str, bytes]) -> None:
    reply = radicale.send("REPORT", COLLECTION, CALENDAR_QUERY,
                          headers={"Depth": "1", "Content-Type": "application/xml"})
    assert reply.status == 207
    body = reply.body.decode()
    assert quote(HEARING, safe="") in body or HEARING in body
    assert "a1e0000000000003" not in body  # the 2025-01-08 filings are outside the range
    assert "b2e0000000000001" not in body and "undated-" not in body
    assert body.count("<C:calendar-data") + body.count("<calendar-data") >= 1


def test_update_with_higher_sequence_replaces_instead_of_duplicating(
        radicale: Server, published: dict[str, bytes]) -> None:
    """Move the July conference a week and dismiss the expiry: same events, new versions."""
    before = count_events(radicale)
    etag = radicale.send("GET", href(SUMMER)).headers["etag"]
    changed = replace_event(seed_timeline(), "b2e0000000000001", date=dt.date(2025, 7, 22))
    changed = replace_event(changed, "a1e0000000000005", status="dismissed")
    parts = split_for_caldav(to_ics(changed, stamp=STAMP, sequences={SUMMER: 1, EXPIRY: 1}))
    stale = radicale.send("PUT", href(SUMMER), parts[SUMMER], headers={"If-Match": '"stale"'})
    assert stale.status == 412
    assert radicale.send("PUT", href(SUMMER), parts[SUMMER],
                         headers={"If-Match": etag}).status in (201, 204)
    assert radicale.send("PUT", href(EXPIRY), parts[EXPIRY]).status in (201, 204)
    after = count_events(radicale)
    assert set(after) == set(before)  # updated in place, not duplicated
    assert after[SUMMER]["SEQUENCE"] == 1 and before[SUMMER]["SEQUENCE"] == 0
    assert after[SUMMER].decoded("dtstart").date() == dt.date(2025, 7, 22)
    assert after[EXPIRY]["STATUS"] == "CANCELLED" and not after[EXPIRY].walk("VALARM")
