"""Download Center: from a date range to a verified CSV on disk, in one call.

The steps the reference describes, made safe:

1. create the export with the kind's operation (POST: never retried blindly, so a lost answer
   cannot create a second export);
2. poll it with backoff (`poll_interval` growing to `max_poll_interval`) until COMPLETED; ERROR or
   CANCELED raise `ExportFailedError`, `timeout` raises `ExportTimeoutError` (resumable).
   A status the spec does not list is waited on, unless it comes with `error` text: then it is
   a failure too (`ExportFailedError` carrying that text). A status answer without a status
   text, or describing another export, raises `APIResponseValidationError` naming the export:
   nothing is waited for, nothing downloaded;
3. ask for the artifact's signed URL and download it with a client that holds no Integr8
   credentials at all (the URL is on another host, and is itself a credential: it is never logged);
   transient failures resume with `Range` when the host allows, or restart. A download stops at
   what the artifact can be: its Content-Length (a byte more is a `DownloadError`) or, when the
   host does not say, the client's `max_download_bytes` (default `MAX_DOWNLOAD_BYTES`).
   The artifact is asked for with `Accept-Encoding: identity` (it is a zip: compressing it again
   gains nothing). A host that content-encodes it anyway (`Content-Encoding: gzip`) is still
   followed: the file gets the decoded bytes, the Content-Length is compared with the bytes as
   sent (the encoded ones, `DownloadState.sent`), the decoded size is held to
   `max_download_bytes` (an encoded length says nothing of it), and such an answer is never
   resumed with `Range` (a range of an encoded body cannot be appended to decoded bytes): a
   failed attempt restarts. A body that does not decode as its Content-Encoding says raises
   `DownloadError` at once (not retried: the host or a proxy mislabels it). And it
   must keep moving: fewer than `MIN_DOWNLOAD_RATE` bytes a second over any `timeout`-second
   stretch (curl's --speed-limit/--speed-time, the window being the client's timeout) ends the
   attempt like a read timeout (retried, resuming; `DownloadError` in the end). So a big healthy
   download is never cut, while a host sending a byte a second cannot hold it for hours;
4. verify the zip as it arrives (`integr8._zipcheck`: exactly one member, CRC, no zip bomb;
   never read twice) and write the CSV (or keep the zip) to `dest` through a temporary file
   beside it, fsync, rename: `dest` is either the complete new file or untouched, and an
   existing `dest` keeps its mode (`integr8._atomic`, shared with the CLI). One object owns
   those temporary files from creation to publish or removal, and writes them on its own
   thread (`integr8._spool.Download`): none is left behind, whatever fails, Ctrl-C and
   cancellation included. A `dest` that is a directory, FIFO, socket or device is refused
   before any request. No name from inside the archive is ever used as a path.

The export object is read as plain JSON, bare or in a `data` envelope (the reference shows both).

All of it is written once, as flows (`integr8._flow`) on the client's `Core`: `export_flow` and
`resume_flow`, which `Integr8` runs blocking and `AsyncIntegr8` awaiting. In the async client
the event loop only receives: file work happens on the download's thread, and the loop waits
for it without blocking.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import httpx

from . import _flow as flow
from ._atomic import check_target
from ._flow import Flow
from ._opnames import EXPORT_URL, EXPORTS, GET_EXPORT
from ._times import api_window, check_integration
from ._zipcheck import StreamCheck
from .errors import ConfigurationError, DownloadError, ExportFailedError, ExportTimeoutError, scrub

if TYPE_CHECKING:
    from ._core import Core
    from ._retry import RetryPolicy
    from ._spool import Download

T = TypeVar("T")

log = logging.getLogger("integr8")

CHUNK = 1 << 20
from ._constants import MAX_DOWNLOAD_BYTES as MAX_DOWNLOAD_BYTES  # noqa: E402  (re-exported)

MIN_DOWNLOAD_RATE = 1024  # bytes a second, averaged over the client's timeout
# "" is the create answer without a status (a status answer must have one: `polled_export`).
PENDING_STATES = frozenset({"UNKNOWN", "PENDING", "IN_PROGRESS", ""})
FAILED_STATES = frozenset({"ERROR", "CANCELED", "CANCELLED"})


@attrs.frozen
class ExportProgress:
    """What `on_progress` receives: at each phase change, and while downloading."""

    phase: str  # "creating", "polling", "downloading", "verifying", "done"
    export_id: str | None = None
    status: str | None = None
    bytes_done: int = 0
    bytes_total: int | None = None


@attrs.frozen
class ExportResult:
    path: Path
    export_id: str
    artifact_name: str
    bytes: int  # size of the file at `path`
    rows: int  # data rows of the CSV (header excluded), as csv.reader counts them with its delimiter
    expected_rows: int | None = None  # `results_meta.total` of the export, when it says

    @property
    def rows_match(self) -> bool | None:
        return None if self.expected_rows is None else self.expected_rows == self.rows


Progress = Callable[[ExportProgress], None] | None


def _names(values: Sequence[str] | str | None, argname: str, required: bool) -> str:
    if values is None or values == [] or values == ():
        if required:
            example = "['sub1']" if argname == "extra_parameters" else "['tx_id']"
            raise ConfigurationError(f"{argname}: the API requires at least one column name, e.g. {argname}={example}")
        return ""
    items = [values] if isinstance(values, str) else list(values)
    for item in items:
        if not isinstance(item, str) or not item.strip() or "," in item:
            raise ConfigurationError(f"{argname}: bad column name {item!r} (plain names, no commas)")
    return ",".join(item.strip() for item in items)


def check_dest(dest: str | os.PathLike[str]) -> Path:
    """`dest` checked before any request (`integr8._atomic.check_target`): absent or a regular
    file (a directory, FIFO, socket or device is refused), in a folder that takes a new file."""
    return check_target(dest, "dest")


def check_poll(poll_interval: float, max_poll_interval: float, timeout: float) -> None:
    for name, value in (
        ("poll_interval", poll_interval),
        ("max_poll_interval", max_poll_interval),
        ("timeout", timeout),
    ):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < float("inf"):
            raise ConfigurationError(f"{name} must be a positive number of seconds, got {value!r}")
    if max_poll_interval < poll_interval:
        raise ConfigurationError("max_poll_interval must not be smaller than poll_interval")


def create_params(
    kind: str,
    integration_id: str,
    start: Any,
    end: Any,
    fields: Any,
    extra_parameters: Any,
    timezone: str,
    delimiter: str,
) -> tuple[tuple[str, str], dict[str, Any]]:
    """The create operation and its parameters, or a ValueError before any request.

    The window is checked as reports check theirs (`integr8._times.api_window`): a bound whose
    wall-clock time in `timezone` happens twice is refused, not widened, because the server
    writes the CSV and its times carry no offset, so extra rows could not be told apart and
    dropped afterwards.
    """
    if kind not in EXPORTS:
        raise ConfigurationError(f"export kind must be one of {', '.join(EXPORTS)}; got {kind!r}")
    check_integration(integration_id)
    start_time, end_time = api_window(start, end, timezone)
    if not isinstance(delimiter, str) or len(delimiter) != 1 or delimiter in '\r\n"':
        raise ConfigurationError(f"delimiter must be one character (not a quote or newline), got {delimiter!r}")
    params: dict[str, Any] = {
        "integration_id": integration_id,
        "start_time": start_time,
        "end_time": end_time,
        "timezone": timezone,
        "fields": _names(fields, "fields", required=True),
        "delimiter": delimiter,
    }
    if kind == "postback_logs":
        if extra_parameters:
            raise ConfigurationError("extra_parameters: postback log exports take none")
    else:
        # Required by the spec (and empty query values are not allowed by OpenAPI by default).
        params["extra_parameters"] = _names(extra_parameters, "extra_parameters", required=True)
    return EXPORTS[kind], params


def export_object(body: Any) -> dict[str, Any]:
    """The export, whether the body is the object itself or `{"data": {...}}`."""
    if isinstance(body, dict):
        inner = body.get("data")
        export: dict[str, Any] = inner if isinstance(inner, dict) else body
        return export
    raise ConfigurationError("the export is not a JSON object")


def status_of(export: dict[str, Any]) -> str:
    value = export.get("status")
    return value.upper() if isinstance(value, str) else ""


def artifact_name(export: dict[str, Any]) -> str | None:
    artifact = export.get("artifact")
    name = artifact.get("name") if isinstance(artifact, dict) else None
    return name if isinstance(name, str) and name else None


def expected_rows(export: dict[str, Any]) -> int | None:
    meta = export.get("results_meta")
    total = meta.get("total") if isinstance(meta, dict) else None
    return total if isinstance(total, int) and not isinstance(total, bool) else None


def csv_delimiter(export: dict[str, Any], requested: str | None = None) -> str:
    """The CSV's delimiter, to count its rows as `csv.reader` does: the export's
    `format.delimiter` (as the sandbox and the recorded answers show it; the reference collapses
    `format`) when it is one usable character, else the one the export was created with, else
    ',' (the API's default)."""
    fmt = export.get("format")
    stated = fmt.get("delimiter") if isinstance(fmt, dict) else None
    for candidate in (stated, requested):
        if isinstance(candidate, str) and len(candidate) == 1 and candidate not in '\r\n"':
            return candidate
    return ","


@attrs.define
class Poller:
    """Decides, after each poll, whether to wait (and how long), fetch, or fail."""

    export_id: str
    interval: float
    max_interval: float
    deadline: float
    timeout: float
    last_status: str | None = None

    def after(self, export: dict[str, Any], now: float) -> float | None:
        """Seconds to wait before the next poll; None when the export is ready. Raises on failure."""
        status = status_of(export)
        self.last_status = status or None
        if status == "COMPLETED":
            if not artifact_name(export):
                raise ExportFailedError(
                    export_id=self.export_id, status=status, error="COMPLETED without an artifact name"
                )
            return None
        error = export.get("error")
        error = error.strip() if isinstance(error, str) else ""
        # A status the spec does not list ("FAILED", say) is a failure when the server explains it.
        if status in FAILED_STATES or (status not in PENDING_STATES and error):
            raise ExportFailedError(export_id=self.export_id, status=status, error=error or None)
        if status not in PENDING_STATES:
            log.info("Export %s has status %r, not one the SDK knows; still waiting", self.export_id, status)
        left = self.deadline - now
        if left <= 0:
            raise ExportTimeoutError(export_id=self.export_id, timeout=self.timeout, status=self.last_status)
        wait = min(self.interval, left)
        self.interval = min(self.interval * 1.5, self.max_interval)
        return wait


@attrs.define
class DownloadState:
    """Where a download stands, across retries: bytes on disk, total expected, resumability.

    `have` counts the artifact's bytes on disk (decoded: what the file gets); `sent` the bytes of
    the current answer as the host sent them, which is what its Content-Length (`expected`)
    counts. For an identity-encoded answer both grow alike; for an encoded one (`encoding`, e.g.
    "gzip") they differ, `total` is unknown, and the answer is not resumable.

    `path` and `check` are the `Download`'s (`integr8._spool`): the zip's temporary file and the
    check its bytes go through, restarted for an answer that starts from the first byte."""

    path: Path
    check: StreamCheck
    export_id: str
    have: int = 0
    total: int | None = None  # the artifact's size, when an identity answer says
    resumable: bool = False
    max_bytes: int = MAX_DOWNLOAD_BYTES  # when the answer has no Content-Length, or is encoded
    window: float | None = None  # seconds over which MIN_DOWNLOAD_RATE is averaged; None: never checked
    clock: Callable[[], float] = time.monotonic
    encoding: str = ""  # the current answer's Content-Encoding; "" for identity
    expected: int | None = None  # the current answer's Content-Length (bytes as sent)
    sent: int = 0  # bytes of the current answer received, as sent
    _pace_start: float = attrs.field(default=0.0, init=False)
    _pace_bytes: int = attrs.field(default=0, init=False)

    def request_headers(self) -> dict[str, str]:
        headers = {"Accept-Encoding": "identity"}
        if self.have and self.resumable:
            headers["Range"] = f"bytes={self.have}-"
        return headers

    def start(self, response: httpx.Response) -> str:
        """Interpret the answer's status and headers; return the file mode to write in. Raises
        `RangeUnusable` (retried, restarting) for a partial answer that cannot be appended."""
        self._pace_start, self._pace_bytes = self.clock(), 0
        length = response.headers.get("content-length", "")
        self.expected = int(length) if length.isdigit() else None
        self.sent = 0
        self.encoding = content_coding(response)
        if response.status_code == 206 and self.have:
            if self.encoding:  # a range of the encoded bytes: useless after decoded ones
                self.have, self.resumable = 0, False
                raise RangeUnusable()
            self.total = self.have + self.expected if self.expected is not None else self.total
            return "ab"
        self.have = 0
        self.check.restart()
        self.total = None if self.encoding else self.expected
        self.resumable = not self.encoding and response.headers.get("accept-ranges", "").lower() == "bytes"
        return "wb"

    def complete(self) -> bool:
        return self.expected is None or self.sent >= self.expected

    def received(self, chunk: bytes, on_progress: Progress) -> None:
        """One chunk of the body arrived (decoded): check it (`within_limits`, `keeping_pace`),
        then tell the progress callback (at most once per CHUNK bytes: network reads are small
        and a display needs no more). The spool writes it. For an encoded answer, `ended`
        counts the bytes as sent."""
        before, self.have = self.have, self.have + len(chunk)
        if not self.encoding:
            self.sent += len(chunk)
        self.within_limits()
        self.keeping_pace(len(chunk))
        if before // CHUNK == self.have // CHUNK and self.have != self.total:
            return
        _notify(
            on_progress,
            phase="downloading",
            export_id=self.export_id,
            status="COMPLETED",
            bytes_done=self.have,
            bytes_total=self.total,
        )

    def count_sent(self, response: httpx.Response) -> None:
        """For an encoded answer: the bytes httpx has read of it as sent (`num_bytes_downloaded`),
        checked against its Content-Length. A transport that hands the body over already decoded
        (in process) read nothing: its length cannot be compared, and is not."""
        if not self.encoding:
            return
        if response.num_bytes_downloaded == 0 and self.have:
            self.expected = None
        self.sent = response.num_bytes_downloaded
        self.within_limits()

    def within_limits(self) -> None:
        """No more than the artifact can be; raises `DownloadError` (not retried: the host is
        broken, not slow) otherwise."""
        if self.expected is not None and self.sent > self.expected:
            raise DownloadError(
                f"the artifact host sent more than the {self.expected} bytes its Content-Length announced",
                export_id=self.export_id,
            )
        if self.encoding and self.have > self.max_bytes:
            raise DownloadError(
                f"the artifact, sent with Content-Encoding: {self.encoding}, decodes to more than "
                f"max_download_bytes={self.max_bytes} bytes; if the artifact really is that large, pass a "
                "larger max_download_bytes= to the client",
                export_id=self.export_id,
            )
        if self.expected is None and self.have > self.max_bytes:
            raise DownloadError(
                f"the artifact host sent more than max_download_bytes={self.max_bytes} bytes without saying "
                "how many to expect (no Content-Length); if the artifact really is that large, pass a larger "
                "max_download_bytes= to the client",
                export_id=self.export_id,
            )

    def undecodable(self) -> DownloadError:
        """The error for a body its Content-Encoding does not describe (not retried)."""
        return DownloadError(
            f"the artifact host's answer says Content-Encoding: {self.encoding} but its body does not decode "
            "as that (the host, or a proxy on the way, mislabels it); nothing was written at dest. Asking again "
            "gets the same answer: check the proxies between you and the host, then resume_export"
            f"({self.export_id!r}, dest=...)",
            export_id=self.export_id,
        )

    def keeping_pace(self, size: int) -> None:
        """Raise `TooSlow` when, over the `window` seconds just past, fewer than
        MIN_DOWNLOAD_RATE bytes a second arrived on average."""
        if self.window is None:
            return
        self._pace_bytes += size
        now = self.clock()
        elapsed = now - self._pace_start
        if elapsed < self.window:
            return
        if self._pace_bytes < MIN_DOWNLOAD_RATE * elapsed:
            raise TooSlow(
                f"too slow: {self._pace_bytes} bytes in {elapsed:.1f}s, "
                f"below the minimum of {MIN_DOWNLOAD_RATE} bytes/s"
            )
        self._pace_start, self._pace_bytes = now, 0

    def retry_after_status(self, response: httpx.Response, policy: RetryPolicy, attempt: int) -> float:
        """Seconds to wait after a non-2xx answer, or the DownloadError to give up with."""
        delay = policy.retry_after_response("GET", response, attempt)
        if delay is None:
            raise download_failure(response, self.export_id)
        return self._retrying(delay, f"HTTP {response.status_code}")

    def retry_after_error(self, exc: Exception, policy: RetryPolicy, attempt: int) -> float:
        """Seconds to wait after a broken or cut-short download, or the DownloadError to give up."""
        cut_short = isinstance(exc, Truncated)
        why = "body cut short" if cut_short else str(exc) if isinstance(exc, TooSlow) else type(exc).__name__
        delay = policy.retry_after_error("GET", httpx.ReadError(why) if cut_short else exc, attempt)
        if delay is None:
            raise DownloadError(
                f"downloading the artifact failed after {attempt + 1} attempt(s): {why}", export_id=self.export_id
            ) from None
        return self._retrying(delay, why)

    def _retrying(self, delay: float, why: str) -> float:
        log.info(
            "Retrying the artifact download of export %s in %.2fs after %s (%d bytes kept)",
            self.export_id,
            delay,
            why,
            self.have if self.resumable else 0,
        )
        return delay


class Truncated(Exception):
    """The body ended before Content-Length bytes: retry (resume or restart)."""


class RangeUnusable(Truncated):
    """A partial (206) answer that is content-encoded: a range of the encoded bytes cannot follow
    the decoded ones on disk. Retried like a cut body, restarting without `Range`."""


def content_coding(response: httpx.Response) -> str:
    """The answer's Content-Encoding, lower case; "" when there is none or it is `identity`."""
    codings = [c.strip().lower() for c in response.headers.get_list("content-encoding", split_commas=True)]
    codings = [c for c in codings if c and c != "identity"]
    return ", ".join(codings)


class TooSlow(httpx.ReadTimeout):
    """The download fell below MIN_DOWNLOAD_RATE: retried like a read timeout (resuming)."""


def download_failure(response: httpx.Response, export_id: str | None) -> DownloadError:
    # Never the URL: the signed query string is a credential.
    return DownloadError(
        f"downloading the artifact failed with HTTP {response.status_code} {response.reason_phrase} "
        f"from {response.request.url.host}",
        export_id=export_id,
    )


# -- the flows: written once, run by the sync and the async client ----------------------------


def _notify(on_progress: Progress, **fields: Any) -> None:
    if on_progress is not None:
        on_progress(ExportProgress(**fields))


def _json_object(response: httpx.Response, what: str) -> dict[str, Any]:
    from .errors import APIResponseValidationError

    try:
        export = export_object(response.json())
    except ValueError as exc:
        raise APIResponseValidationError(f"{what}: {exc}", response=response) from None
    if not isinstance(export.get("id", ""), str):
        raise APIResponseValidationError(f"{what}: the export has no id", response=response)
    return export


def polled_export(response: httpx.Response, export_id: str) -> dict[str, Any]:
    """The export object of a status answer (Get Download Center Export), checked: it must be
    this export's (an `id`, when given, equal to `export_id`) and carry a non-empty status text.

    Raises `APIResponseValidationError` naming the export otherwise: waiting on an answer that
    cannot say COMPLETED would only end at `timeout`, and another export's artifact must never
    be written to `dest`.
    """
    from .errors import APIResponseValidationError

    export = _json_object(response, f"get export {export_id}")
    other = export.get("id")
    retry = f"nothing was downloaded; try again later with resume_export({export_id!r}, dest=...)"
    if other is not None and other != export_id:
        raise APIResponseValidationError(
            f"export {export_id}: the status answer describes another export ({_short(other)}); {retry}",
            response=response,
        )
    status = export.get("status")
    if not isinstance(status, str) or not status.strip():
        got = f"status {_short(status)}" if "status" in export else "no status"
        raise APIResponseValidationError(
            f"export {export_id}: the status answer has {got}, not a status text such as 'PENDING' "
            f"or 'COMPLETED'; {retry}",
            response=response,
        )
    return export


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _signed_url(parsed: Any, allow_http: bool, export_id: str) -> tuple[str, Any]:
    """The artifact's signed URL, and the handle that keeps all of it but its host and file name
    out of every log line while the caller holds it (`integr8._redact.register_signed_url`)."""
    from ._redact import register_signed_url

    url = getattr(parsed, "url", None)
    scheme = httpx.URL(url).scheme if isinstance(url, str) and url else ""
    if scheme not in ("https", "http") or (scheme == "http" and not allow_http):
        raise DownloadError("the API did not return a usable https download URL", export_id=export_id)
    assert isinstance(url, str)  # the scheme check above holds only for text
    return url, register_signed_url(url)


def _result(
    path: Path, export_id: str, export: dict[str, Any], size: int, rows: int, on_progress: Progress
) -> ExportResult:
    expected = expected_rows(export)
    if expected is not None and expected != rows:
        log.warning("Export %s: the CSV has %d data rows, the export reported %d", export_id, rows, expected)
    _notify(on_progress, phase="done", export_id=export_id, status="COMPLETED", bytes_done=size, bytes_total=size)
    return ExportResult(path, export_id, artifact_name(export) or "", size, rows, expected)


def _check_export_id(export_id: object) -> str:
    if not isinstance(export_id, str) or not export_id:
        raise ConfigurationError("export_id: required (the id of an existing Download Center export)")
    return export_id


def export_flow(
    core: Core,
    kind: str,
    *,
    dest: str | os.PathLike[str],
    extract: bool = True,
    poll_interval: float = 2.0,
    max_poll_interval: float = 30.0,
    timeout: float = 1800.0,
    on_progress: Progress = None,
    **create_args: Any,
) -> Flow[ExportResult]:
    """`export_to_file` as a flow on `core` (the clients run it blocking or awaiting): create an export
    of `kind` (`create_args`: integration_id, start, end, fields, extra_parameters, timezone,
    delimiter; see `create_params`), then wait for it and fetch it as `resume_flow` does.
    Raises `ConfigurationError` (a ValueError) for a bad argument before any request; the
    errors of `resume_flow` after."""
    from ._operations import operation_info

    path = yield from flow.blocking(check_dest, dest)
    check_poll(poll_interval, max_poll_interval, timeout)
    op, params = create_params(kind, **create_args)
    request = core.build_request(operation_info(*op), (), params)
    _notify(on_progress, phase="creating")
    export = _json_object((yield from core.send(request)), "create export")
    export_id = _check_export_id(export.get("id"))
    poller = Poller(export_id, poll_interval, max_poll_interval, core.clock() + timeout, timeout)
    return (yield from _fetch(core, poller, export, path, extract, on_progress, params["delimiter"]))


def resume_flow(
    core: Core,
    export_id: str,
    *,
    dest: str | os.PathLike[str],
    extract: bool = True,
    poll_interval: float = 2.0,
    max_poll_interval: float = 30.0,
    timeout: float = 1800.0,
    on_progress: Progress = None,
) -> Flow[ExportResult]:
    """`resume_export` as a flow on `core`: poll the export `export_id` (every `poll_interval`
    seconds, growing to `max_poll_interval`, for at most `timeout` seconds) until it is ready,
    then download its artifact, verify it and publish it at `dest` (the CSV, or with
    `extract=False` the zip). Raises `ExportFailedError`, `ExportTimeoutError`,
    `APIResponseValidationError`, `DownloadError` or `ArtifactError` (see the module docstring),
    leaving `dest` untouched."""
    export_id = _check_export_id(export_id)
    path = yield from flow.blocking(check_dest, dest)
    check_poll(poll_interval, max_poll_interval, timeout)
    poller = Poller(export_id, poll_interval, max_poll_interval, core.clock() + timeout, timeout)
    return (yield from _fetch(core, poller, None, path, extract, on_progress))


def _fetch(
    core: Core,
    poller: Poller,
    first: dict[str, Any] | None,
    path: Path,
    extract: bool,
    on_progress: Progress,
    delimiter: str | None = None,  # the one requested, when this call created the export
) -> Flow[ExportResult]:
    from ._operations import operation_info

    export_id = poller.export_id
    export = yield from _ready(core, poller, first, on_progress)
    parsed = yield from core.call(operation_info(*EXPORT_URL), {"artifact_name": artifact_name(export)})
    url, _masked = _signed_url(parsed, core.allow_http, export_id)  # masked in log lines while held
    size, rows = yield from _download(
        core, url, path, extract, export_id, csv_delimiter(export, delimiter), on_progress
    )
    return _result(path, export_id, export, size, rows, on_progress)


def _ready(core: Core, poller: Poller, export: dict[str, Any] | None, on_progress: Progress) -> Flow[dict[str, Any]]:
    """The export once COMPLETED, polled as `poller` says (`export`: its create answer, if any)."""
    from ._operations import operation_info

    get_info = operation_info(*GET_EXPORT)
    while True:
        if export is None:
            response = yield from core.send(core.build_request(get_info, (poller.export_id,), {}))
            export = polled_export(response, poller.export_id)
        _notify(on_progress, phase="polling", export_id=poller.export_id, status=status_of(export) or None)
        wait = poller.after(export, core.clock())
        if wait is None:
            return export
        yield from flow.sleep(wait)
        export = None


def _download(
    core: Core, url: str, dest: Path, extract: bool, export_id: str, delimiter: str, on_progress: Progress
) -> Flow[tuple[int, int]]:
    """The artifact at `url` downloaded, verified and published at `dest` by one `Download`
    (`integr8._spool`), which owns the temporary files; (bytes at `dest`, data rows). Whatever
    it raises holds no signed URL (`errors.scrub`: an httpx error keeps the request it failed
    on); a failed write is a DownloadError with the export id (the export is fine: resume it)."""
    from ._http import timeout_seconds
    from ._spool import Download

    download = Download(dest, extract=extract, check=StreamCheck(export_id, delimiter))
    try:
        try:
            yield from _done(download.create())
            assert download.zip_path is not None
            state = DownloadState(
                download.zip_path,
                download.check,
                export_id,
                max_bytes=core.max_download_bytes,
                window=timeout_seconds(core.timeout.as_dict()),
            )
            try:
                yield from _attempts(core, url, state, download, on_progress)
            except BaseException as exc:
                scrub(exc)
                raise
            _notify(
                on_progress,
                phase="verifying",
                export_id=export_id,
                status="COMPLETED",
                bytes_done=state.have,
                bytes_total=state.total,
            )
            return (yield from _done(download.publish()))
        except OSError as exc:  # disk full, permissions changed: the export itself is fine, resume it
            raise DownloadError(
                f"writing the artifact beside {str(dest)!r} failed: {exc.strerror or exc}", export_id=export_id
            ) from exc
    finally:
        yield from _done(download.discard())


def _attempts(core: Core, url: str, state: DownloadState, download: Download, on_progress: Progress) -> Flow[None]:
    """Download into `download`, retrying as `core.policy` says (see the module docstring)."""
    http = core.files_http
    attempt = 0
    while True:
        failed: Exception | None = None
        try:
            request = http.build_request("GET", url, headers=state.request_headers())
            response = yield from flow.open_response(http, request, None)
            try:
                if response.is_success:
                    yield from _receive(response, state, download, on_progress)
                    if state.complete():
                        return
                    raise Truncated()
                delay = state.retry_after_status(response, core.policy, attempt)
            finally:
                yield from flow.close(response)
        except httpx.DecodingError:
            failed = state.undecodable()
        except (httpx.TransportError, Truncated) as exc:
            failed = exc
        if isinstance(failed, DownloadError):
            raise failed  # outside the handler: nothing chained to it
        if failed is not None:
            delay = state.retry_after_error(failed, core.policy, attempt)
        yield from flow.sleep(delay)
        attempt += 1


def _receive(response: httpx.Response, state: DownloadState, download: Download, on_progress: Progress) -> Flow[None]:
    """One answer's body: received here (on the event loop, in the async client), written and
    verified on the download's thread (`integr8._spool`), handed over in batches."""
    mode = state.start(response)
    kept = state.have
    error: Exception | None = None
    try:
        yield from _done(download.begin(mode))
        chunks = yield from flow.body_chunks(response)  # as they arrive (decoded): no re-chunking copy
        while (chunk := (yield from flow.next_chunk(chunks, None))) is not None:
            state.received(chunk, on_progress)
            if (previous := download.add(chunk)) is not None:
                yield from _done(previous)
        state.count_sent(response)
        yield from _done(download.finish())
    except Exception as exc:
        error = exc
        raise
    finally:
        yield from flow.wait(*download.end(keep=isinstance(error, httpx.TransportError)))  # keep what arrived
        _after_attempt(download, state, kept, error)


def _done(work: Future[T]) -> Flow[T]:
    """`work`'s result, once it has ended on the download's thread (`integr8._flow.wait`)."""
    if not work.done():
        yield from flow.wait(work)
    return work.result()


def _after_attempt(download: Download, state: DownloadState, kept: int, error: Exception | None) -> None:
    """Once the attempt's writes have ended: note where a resumed download continues (what is
    on disk and checked), and raise a batch that failed on the download's thread (disk full, a
    refused archive). That failure is the attempt's error, not retried: part of the batch may
    be on disk, so a resume would corrupt the file. It replaces a dropped connection seen
    meanwhile, or the BatchSkipped of a later batch."""
    from ._spool import BatchSkipped

    state.have = kept + download.written
    failure = download.failure
    if error is None or failure is None or failure is error:
        return
    if not isinstance(error, BatchSkipped):  # not its cause: it happened meanwhile
        failure.add_note(f"(meanwhile the download also failed: {type(error).__name__})")
    raise failure from None
