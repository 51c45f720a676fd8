"""Sending one request: retries by the policy, httpx errors turned into ours, non-2xx raised.

One loop around `RetryPolicy`, written once as a flow (`send_flow`, see `integr8._flow`) and run
by the sync and the async client alike; nothing else in the SDK retries, so every request (bound
operations, pagination, reports, downloads) behaves alike.

Limits of every call (so a server that trickles, or never stops talking, cannot hold it):

- An attempt's whole answer, headers and body, must arrive within the request's timeout
  (`attempt_timeout`: a number of seconds, or the largest value of an `httpx.Timeout`), not
  just each read. The body is read as a stream and the deadline checked between chunks
  (`Reading`); the async driver also holds each wait of the attempt to that deadline
  (`anyio.fail_after`), so it ends there even mid-read. (A blocking read that receives nothing
  at all ends at httpx's own read timeout, so a sync body can overrun its deadline by at most
  one read timeout. Known gap of the sync driver: while the status line and headers arrive,
  httpx reads them in one blocking call, so a server that trickles its headers byte by byte,
  each within the read timeout, is cut only by that per-read timeout; the async driver has no
  such gap.) A late
  answer is an `AnswerTooSlow`, a read timeout: retried like one, `APITimeoutError` in the end.
- The whole call, retries and their waits included, has the deadline `RetryPolicy.budget`
  gives (see `integr8._retry`): a retry that would end past it is not made.
- A body may hold at most `max_bytes` (the client's `max_response_bytes`, default
  `DEFAULT_MAX_RESPONSE_BYTES`): a larger Content-Length is refused before reading, and the
  bytes are counted as they arrive. A 2xx answer over it raises `ResponseTooLargeError`; an
  error answer's body is cut there (it only feeds the error's message).

What a body is made of:

- Content-Encoding: httpx decodes gzip and deflate as the body is read; the limits count the
  decoded bytes. A body that its Content-Encoding does not describe (a proxy that labels plain
  JSON `gzip`, say) fails to decode: that is not retried, whatever the method (asking again gets
  the same mislabelled answer, and a POST may have acted), and raises
  `APIResponseValidationError` naming the coding for a 2xx answer; an error answer still raises
  its status error, without a body.
- Charset: JSON is UTF-8 (RFC 8259 §8.1), but a 2xx JSON answer that declares another charset
  (`Content-Type: application/json; charset=ISO-8859-1`) is transcoded to UTF-8 once read, its
  Content-Type then saying `charset=utf-8`, so every parser reads it as sent (`transcode_json`).
  Bytes that are not text in the declared charset are left as they came, for the parser to
  report (the AppSamurai parser costs only the campaign they are in).
- Secrets: whatever a send raises, its chain included, holds no credential (`errors.scrub`).

The clock and the sleep are the client's (`_clock`, `_sleep`), so a test that moves a
`ManualClock` instead of sleeping still sees waits count against the deadline; the attempt's own
deadline is always real time, as the network's is.
"""

from __future__ import annotations

import codecs
import logging
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from . import _flow as flow
from ._flow import Flow
from ._redact import redact
from ._retry import CallBudget, RetryPolicy
from .errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ResponseTooLargeError,
    scrub,
    status_error,
)

log = logging.getLogger("integr8")

Clock = Callable[[], float]

from ._constants import DEFAULT_MAX_RESPONSE_BYTES as DEFAULT_MAX_RESPONSE_BYTES  # noqa: E402  (re-exported)


class AnswerTooSlow(httpx.ReadTimeout):
    """The whole answer did not arrive within the attempt's deadline (each read may have been
    quick: a server that trickles). A read timeout, so retried as one."""


def timeout_seconds(timeout: Mapping[str, Any] | None) -> float | None:
    """One number for an `httpx.Timeout` (as its `as_dict()`, or a request's "timeout"
    extension): the largest of its values; None when it has none."""
    largest: float | None = None
    for value in (timeout or {}).values():
        if isinstance(value, (int, float)) and not isinstance(value, bool) and (largest is None or value > largest):
            largest = float(value)
    return largest


def attempt_timeout(request: httpx.Request) -> float | None:
    """Seconds the whole answer to `request` may take: its timeout (`timeout_seconds`); None
    when it has none (no deadline at all)."""
    return timeout_seconds(request.extensions.get("timeout"))


class Reading:
    """One attempt's answer body as it arrives, held to the attempt's deadline and to
    `max_bytes` (see the module docstring). `began` and the deadline are `time.monotonic()`."""

    def __init__(
        self,
        request: httpx.Request,
        seconds: float | None,
        began: float,
        max_bytes: int | None,
        secrets: tuple[str, ...] = (),
    ):
        self.request = request
        self.secrets = secrets
        self.seconds = seconds
        self.deadline = None if seconds is None else began + seconds
        self.max_bytes = max_bytes
        self.chunks: list[bytes] = []
        self.size = 0

    def too_slow(self) -> AnswerTooSlow:
        return AnswerTooSlow(
            f"the whole answer did not arrive within {self.seconds:g}s (the timeout)", request=self.request
        )

    def on_time(self) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise self.too_slow()

    def start(self, response: httpx.Response) -> None:
        """The headers are in: still on time, and not announcing a body over the limit."""
        self.on_time()
        length = response.headers.get("content-length", "")
        if response.is_success and self.max_bytes is not None and length.isdigit() and int(length) > self.max_bytes:
            raise ResponseTooLargeError(response=response, limit=self.max_bytes)

    def add(self, response: httpx.Response, chunk: bytes) -> bool:
        """Take a received chunk; False when no more is wanted (an error body past the limit)."""
        self.size += len(chunk)
        if self.max_bytes is not None and self.size > self.max_bytes:
            if response.is_success:
                raise ResponseTooLargeError(response=response, limit=self.max_bytes)
            self.chunks.append(chunk[: len(chunk) - (self.size - self.max_bytes)])
            return False
        self.chunks.append(chunk)
        self.on_time()
        return True

    def finish(self, response: httpx.Response) -> None:
        # What `response.read()` would have stored: `.content`, `.json()` work as usual.
        response._content = b"".join(self.chunks)
        if response.is_success:
            transcode_json(response)

    def undecodable(self, response: httpx.Response) -> Exception:
        """The error for a body its Content-Encoding does not describe (see the module
        docstring); for an error answer, the status error without its body."""
        coding = response.headers.get("content-encoding", "")
        response._content = b""  # nothing of it can be trusted
        if response.is_success:
            return APIResponseValidationError(
                f"the answer says Content-Encoding: {coding} but its body is not {coding} data (a "
                "misconfigured server or proxy on the way mislabels it); nothing was retried, as asking "
                "again gets the same answer: check the proxies between you and "
                f"{response.request.url.host}",
                response=response,
            )
        return status_error(response, self.secrets)


def declared_charset(response: httpx.Response) -> str | None:
    """The charset a response's Content-Type declares, as Python's codec name (lower case);
    None when it declares none or one Python does not know."""
    charset = response.charset_encoding
    if not charset:
        return None
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return None


def transcode_json(response: httpx.Response) -> None:
    """A read JSON response (`application/json`, `*/*+json`) in a declared charset other than
    UTF-8: its body transcoded to UTF-8 in place, and its Content-Type saying so. Left as it is
    when the bytes are not text in that charset (the parser reports them)."""
    content_type = response.headers.get("content-type", "")
    if "charset" not in content_type.lower():  # no charset declared: UTF-8, nothing to do
        return
    media = content_type.split(";", 1)[0].strip().lower()
    if not (media == "application/json" or media.endswith("+json")):
        return
    charset = declared_charset(response)
    if charset is None or charset == "utf-8":
        return
    content = response.content
    if _single_byte(charset) and _utf8_beyond_ascii(content):
        # UTF-8 labelled as a one-byte charset (a server-wide AddDefaultCharset): a one-byte
        # codec never fails, so decoding it as declared would turn "é" into "Ã©" silently.
        # Valid multi-byte UTF-8 is all but impossible by chance in Latin-1 text: trust the bytes.
        log.info("An answer labelled charset=%s holds UTF-8: read as UTF-8", charset)
        return
    try:
        text = content.decode(charset)
    except UnicodeDecodeError:
        return
    response._content = text.removeprefix("\ufeff").encode("utf-8")
    response.headers["Content-Type"] = f"{media}; charset=utf-8"


def _single_byte(charset: str) -> bool:
    import codecs

    try:
        return len("é".encode(codecs.lookup(charset).name)) == 1 and codecs.lookup(charset).name != "utf-8"
    except (LookupError, UnicodeEncodeError):
        return False


def _utf8_beyond_ascii(content: bytes) -> bool:
    if content.isascii():
        return False
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _transport_error(request: httpx.Request, exc: Exception) -> APIConnectionError:
    if isinstance(exc, AnswerTooSlow):
        return APITimeoutError(request=request, detail=str(exc))
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request=request)
    return APIConnectionError(f"Connection error: {type(exc).__name__}", request=request)


def _log_retry(request: httpx.Request, delay: float, attempt: int, policy: RetryPolicy, why: str) -> None:
    log.info(
        "Retrying %s %s in %.2fs (retry %d of %d) after %s",
        request.method,
        redact(request.url.path),
        delay,
        attempt + 1,
        policy.max_retries,
        why,
    )


def _within_budget(
    delay: float | None, budget: CallBudget, clock: Clock, began: float, request: httpx.Request
) -> float | None:
    """`delay` if a retry after it still ends before the call's deadline; else None (give up)."""
    if delay is None:
        return None
    spent_now = time.monotonic() - began  # this attempt, not yet in `budget.worked`
    if budget.allows(delay, clock(), spent_now):
        budget.worked += spent_now
        budget.slept += delay
        return delay
    log.info(
        "Not retrying %s %s: waiting %.2fs more would pass the call's deadline (%gs)",
        request.method,
        redact(request.url.path),
        delay,
        budget.limit,
    )
    return None


def send_flow(
    http: httpx.Client | httpx.AsyncClient,
    request: httpx.Request,
    policy: RetryPolicy,
    *,
    stream: bool = False,
    secrets: tuple[str, ...] = (),
    clock: Clock = time.monotonic,
    max_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
    follow_redirects: bool | None = None,
) -> Flow[httpx.Response]:
    """Send `request` on `http`, retrying as the policy says; return a 2xx response (read,
    unless `stream`: then only its headers are in) or raise (see the module docstring for
    limits, codings and charsets). Whatever it raises holds no credential (`errors.scrub`).
    `follow_redirects`: None for `http`'s own setting.

    A flow (`integr8._flow`): `run` it with the sync client's I/O, or `arun` it with the async
    client's; the retry loop, the deadlines and the body limits are this one function."""
    try:
        return (yield from _attempts(http, request, policy, stream, secrets, clock, max_bytes, follow_redirects))
    except BaseException as exc:
        scrub(exc, secrets)
        raise


def _attempts(
    http: httpx.Client | httpx.AsyncClient,
    request: httpx.Request,
    policy: RetryPolicy,
    stream: bool,
    secrets: tuple[str, ...],
    clock: Clock,
    max_bytes: int | None,
    follow_redirects: bool | None = None,
) -> Flow[httpx.Response]:
    budget = policy.budget(attempt_timeout(request), clock())
    attempt = 0
    while True:
        began = time.monotonic()
        reading = Reading(request, budget.attempt, began, max_bytes, secrets)
        try:
            try:
                response = yield from flow.open_response(http, request, reading.deadline, follow_redirects)
                decided = policy.retry_after_response(request.method, response, attempt)
                delay = _within_budget(decided, budget, clock, began, request)
                if delay is None:
                    return (yield from _finish(response, reading, stream))
                yield from flow.close(response)
                why = f"status {response.status_code}"
            except TimeoutError:  # the async driver's: the deadline passed mid-read
                raise reading.too_slow() from None
        except httpx.DecodingError:
            # Decoded eagerly by the transport (an in-process one): no response to name.
            raise _undecodable_request(request) from None
        except httpx.TransportError as exc:
            decided = policy.retry_after_error(request.method, exc, attempt)
            delay = _within_budget(decided, budget, clock, began, request)
            if delay is None:
                raise _transport_error(request, exc) from exc
            why = type(exc).__name__
        _log_retry(request, delay, attempt, policy, why)
        yield from flow.sleep(delay)
        attempt += 1


def _undecodable_request(request: httpx.Request) -> APIResponseValidationError:
    return APIResponseValidationError(
        "the answer's body does not decode as its Content-Encoding says (a misconfigured server or "
        f"proxy on the way mislabels it); nothing was retried: check the proxies between you and {request.url.host}"
    )


def _finish(response: httpx.Response, reading: Reading, stream: bool) -> Flow[httpx.Response]:
    """The answer to keep: read it within the limits; a 2xx is returned, the rest raised."""
    if response.is_success and stream:  # the caller reads the body
        return response
    undecodable = False
    try:
        reading.start(response)
        chunks = yield from flow.body_chunks(response)
        while (chunk := (yield from flow.next_chunk(chunks, reading.deadline))) is not None:
            if not reading.add(response, chunk):
                break
    except httpx.DecodingError:
        undecodable = True  # raised below, outside this handler: nothing chained to it
    finally:
        yield from flow.close(response)
    if undecodable:
        raise reading.undecodable(response)
    reading.finish(response)
    if response.is_success:
        return response
    raise status_error(response, reading.secrets)
