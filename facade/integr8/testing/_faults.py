"""Injected failures: error statuses, dropped connections, cut bodies, on cue or at random.

Why: the SDK's retry, backoff and resumable-download code only earns trust against failures,
and failures must be repeatable to be testable. A `Fault` says what goes wrong and for which
requests (operationId, method, host); `times` counts down as it fires and `probability`
draws from the sandbox's seeded RNG, so the same seed and the same request sequence fail the
same way every run.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._sandbox import Sandbox

HOSTS = ("api", "files")
PHASES = ("connect", "response")


class _NoBody:
    def __repr__(self) -> str:
        return "NO_BODY"


NO_BODY: Any = _NoBody()  # `Fault.body` left unset (None is a valid JSON body: `null`)


@dataclass
class Fault:
    """One injected failure; pass it to `Sandbox.inject()`.

    What happens (exactly one of):
      status            answer with this HTTP status and an `Error` body instead of handling
                        the request (with `Retry-After: retry_after` when given).
      drop=True         no answer at all. `phase="connect"` (the request never reaches the
                        handler: in-process `httpx.ConnectError`) or `phase="response"` (the
                        request IS handled, then the connection dies: in-process
                        `httpx.RemoteProtocolError`). A loopback server closes the socket.
      truncate_body_at  the body stops after that many bytes although Content-Length promises
                        more (in-process the stream just ends; a loopback server closes the
                        socket), e.g. `Fault(truncate_body_at=1024, host="files")`.
      drip              the answer's body is sent one byte every `drip` seconds (a server that
                        trickles: each read succeeds, the whole takes forever). Real seconds,
                        whatever the sandbox clock; async readers await them.
      endless=True      the answer's body never ends: after the real body, filler bytes (JSON
                        whitespace) follow "forever" (no Content-Length; in fact 8 GiB at most,
                        and a loopback server also stops when the client hangs up).
      body              the request is handled, then answered 200 with this JSON instead
                        (`None` sends `null`), e.g. an odd export status:
                        `Fault(operation="getDownloadCenterExport", body={"status": 42})`;
                        or a function of the `httpx.Request` that returns the JSON (a
                        report whose cursors never end, say).
      meta              the request is handled, then these keys replace those of the answer's
                        `meta` (odd page counts), e.g. `meta={"total_count": "25"}`.
      cursor_cycle      report pages: the page after this many pages points back to the first
                        one (`hasNextPage` stays true), so the cursors go round forever
                        (it fires on every matching request unless `times` says otherwise).
      then              the request is handled normally, then `then(sandbox)` runs: the data
                        changes between two requests, e.g. an offer deleted while paging.
      gzip=True         the request is handled, then the answer really is gzip-encoded, with
                        `Content-Encoding: gzip` and a Content-Length counting the encoded
                        bytes, whatever the request's Accept-Encoding says (a host that
                        compresses regardless). On the files host a `Range` is taken over the
                        encoded bytes, as RFC 9110 defines ranges of a content-coded
                        representation: 206 with a Content-Range of the gzip stream.
      charset           the request is handled, then a JSON answer is re-encoded in this
                        charset and says so: `Content-Type: application/json; charset=...`,
                        e.g. `Fault(charset="ISO-8859-1", operation="getOffer")`. A character
                        the charset cannot hold is sent as a JSON `\\uXXXX` escape.
      headers           the request is handled, then these response headers are set (a value
                        of None removes one), e.g. a mislabelled body:
                        `Fault(headers={"Content-Encoding": "gzip"})`, or a host without
                        ranges: `{"Accept-Ranges": None}`.
    `headers=` may also come with `gzip=True` or `charset=` (set after the encoding), and so may
    `truncate_body_at=` (the cut is made in the encoded bytes), e.g. a gzip answer cut short:
    `Fault(gzip=True, truncate_body_at=1000, host="files")`.

    Which requests (all given criteria must match; none given matches every request):
      operation  an operationId, e.g. "getDownloadCenterExport".
      method     "GET", "POST", ...
      host       "api" or "files" (the signed-URL download host).

    How often:
      times        fire this many times, then retire (default 1; None = forever).
      probability  fire on this fraction of matching requests, drawn from the seeded RNG.
    """

    status: int | None = None
    times: int | None = 1
    operation: str | None = None
    retry_after: float | None = None
    drop: bool = False
    phase: str = "response"
    truncate_body_at: int | None = None
    method: str | None = None
    host: str | None = None
    probability: float | None = None
    drip: float | None = None
    endless: bool = False
    body: Any = NO_BODY
    meta: dict[str, Any] | None = None
    cursor_cycle: int | None = None
    then: Callable[[Sandbox], None] | None = None
    gzip: bool = False
    charset: str | None = None
    headers: dict[str, str | None] | None = None
    # cursor_cycle's memory: the first page answered, and how many pages since.
    _cycle: list[Any] = field(default_factory=list, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        encoding = self.gzip or self.charset is not None  # headers= and truncate_body_at= may join it
        kinds = (
            (self.status is not None)
            + self.drop
            + (self.truncate_body_at is not None)
            + (self.drip is not None)
            + self.endless
            + (self.body is not NO_BODY)
            + (self.meta is not None)
            + (self.cursor_cycle is not None)
            + (self.then is not None)
            + self.gzip
            + (self.charset is not None)
            + (self.headers is not None and not encoding)
        )
        if encoding and self.truncate_body_at is not None:
            kinds -= 1
        if kinds != 1:
            raise ValueError(
                "Fault: give exactly one of status=, drop=True, truncate_body_at=, drip=, endless=True, "
                "body=, meta=, cursor_cycle=, then=, gzip=True, charset=, headers= (headers= and "
                "truncate_body_at= may come with gzip=True or charset=)"
            )
        if self.headers is not None and not isinstance(self.headers, dict):
            raise ValueError("Fault: headers must be a dict of header names to values (None removes one)")
        if self.charset is not None:
            import codecs

            try:
                codecs.lookup(self.charset)
            except LookupError:
                raise ValueError(f"Fault: charset {self.charset!r} is not a codec Python knows") from None
        if self.drip is not None and not 0 < self.drip < float("inf"):
            raise ValueError("Fault: drip must be a positive number of seconds per byte")
        if self.cursor_cycle is not None and (isinstance(self.cursor_cycle, bool) or self.cursor_cycle < 1):
            raise ValueError("Fault: cursor_cycle must be a whole number of pages, 1 or more")
        if self.cursor_cycle is not None and self.times == 1:
            self.times = None  # a cycle is a property of the listing, not of one request
        if self.meta is not None and not isinstance(self.meta, dict):
            raise ValueError("Fault: meta must be a dict of the keys to replace")
        if self.then is not None and not callable(self.then):
            raise ValueError("Fault: then must be a function taking the Sandbox")
        if self.status is not None and not 400 <= self.status <= 599:
            raise ValueError("Fault: status must be an HTTP error status (400-599)")
        if self.phase not in PHASES:
            raise ValueError(f"Fault: phase must be one of {PHASES}")
        if self.host is not None and self.host not in HOSTS:
            raise ValueError(f"Fault: host must be one of {HOSTS}")
        if self.times is not None and self.times < 1:
            raise ValueError("Fault: times must be >= 1 (or None for forever)")
        if self.probability is not None and not 0.0 <= self.probability <= 1.0:
            raise ValueError("Fault: probability must be within 0..1")
        if self.truncate_body_at is not None and self.truncate_body_at < 0:
            raise ValueError("Fault: truncate_body_at must be >= 0")
        if self.method is not None:
            self.method = self.method.upper()

    def matches(self, operation: str | None, method: str, host: str) -> bool:
        return (
            (self.operation is None or self.operation == operation)
            and (self.method is None or self.method == method)
            and (self.host is None or self.host == host)
        )


class FaultBook:
    """The injected faults, in injection order; the first matching one that fires wins."""

    def __init__(self, seed: int) -> None:
        self._faults: list[Fault] = []
        self._rng = random.Random(f"integr8-sandbox-faults:{seed}")
        self._lock = threading.Lock()

    def add(self, fault: Fault) -> Fault:
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    @property
    def pending(self) -> list[Fault]:
        with self._lock:
            return list(self._faults)

    def take(self, operation: str | None, method: str, host: str) -> Fault | None:
        """The fault to apply to this request, if any (counting it down)."""
        with self._lock:
            for fault in self._faults:
                if not fault.matches(operation, method, host):
                    continue
                if fault.probability is not None and self._rng.random() >= fault.probability:
                    continue
                if fault.times is not None:
                    fault.times -= 1
                    if fault.times == 0:
                        self._faults.remove(fault)
                return fault
            return None
