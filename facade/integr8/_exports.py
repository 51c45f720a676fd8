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
   never read twice) and write the CSV as it unpacks (the zip itself is then never written), or
   keep the zip, to `dest` through a temporary file beside it, fsync, rename: `dest` is either
   the complete new file or untouched, and an existing `dest` keeps its mode
   (`integr8._atomic`, shared with the CLI). One object owns that temporary file from creation
   to publish or removal, and writes it on threads of its own (`integr8._spool.Download`): none
   is left behind, whatever fails, Ctrl-C and cancellation included. A `dest` that is a
   directory, FIFO, socket or device is refused before any request. No name from inside the
   archive is ever used as a path.

Before step 1, `export_to_file` looks for an export it can use instead of creating one
(`find_reusable`), because creating one spends a scarce quota: Integr8's knowledge base says the
Download Center accepts at most 10 export requests a day, keeps files 90 days and holds at most
5 million rows per export (`docs/reports-and-analytics/download-center.md` of
`luismgoyone/integr8-docs`), and click exports go up to 2 million clicks
(`docs/reports-and-analytics/click-reports.md`). So:

- Reuse. One page of List Download Center Exports (`REUSE_LOOKUP_SIZE` exports, newest first,
  filtered on the integration, the export type and the window's dates: one request, whatever
  the account holds) is searched for an export of exactly the same query (`reuse_matches`:
  type, integration, `start_time`/`end_time`/`timezone` as the export stores them, fields in
  order, extra parameters, filters, delimiter, and nothing else that could shape its rows). One
  still PENDING or IN_PROGRESS is waited for; a COMPLETED one is downloaded when it was created
  after the end of the window (so it can hold every row asked for) and at most `reuse_max_age`
  seconds ago (default `DEFAULT_REUSE_MAX_AGE`, one hour: conversions change status after the
  fact, so an old snapshot is stale), its age measured on the server's clock (the list answer's
  `Date` header; the local clock without one). Anything the export does not state, or states
  differently, means no reuse; so does a listing that fails (logged, then an export is created).
  ERROR and CANCELED exports are never reused. `reuse_max_age=None` always creates. Reusing is
  logged at INFO, and the result says so: `ExportResult.reused`, `.export_id`, `.created_at`.
- Cap. An export whose rows reach the cap (`row_cap`: 2,000,000 for click exports, 5,000,000
  for the others), by the CSV's count or the export's own `results_meta.total`, was probably
  cut short: `ExportResult.probably_truncated`, and a WARNING on the `integr8` logger naming the
  export and suggesting a smaller window.
- Quota. A creation refused with 429, or with a 4xx whose text speaks of a quota or a daily
  limit, raises its usual typed error (`RateLimitError`, ..., `.retry_after` kept) whose message
  adds that the daily export limit is the likely cause (`quota_hint`).

The export object is read as plain JSON, bare or in a `data` envelope (the reference shows both).

All of it is written once, as flows (`integr8._flow`) on the client's `Core`: `export_flow` and
`resume_flow`, which `Integr8` runs blocking and `AsyncIntegr8` awaiting. In the async client
the event loop only receives: file work happens on the download's thread, and the loop waits
for it without blocking.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
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
from ._opnames import EXPORT_URL, EXPORTS, GET_EXPORT, LIST_EXPORTS
from ._times import api_window, check_integration, zone
from ._zipcheck import StreamCheck
from .errors import (
    APIError,
    APIStatusError,
    ConfigurationError,
    DownloadError,
    ExportFailedError,
    ExportTimeoutError,
    scrub,
)

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
IN_PROGRESS_STATES = frozenset({"PENDING", "IN_PROGRESS"})  # what may be reused while it runs

# The Download Center's limits, from Integr8's knowledge base (luismgoyone/integr8-docs):
MAX_EXPORT_ROWS = 5_000_000  # rows one export holds at most (docs/reports-and-analytics/download-center.md)
# "Click exports go up to 2 million clicks" (docs/reports-and-analytics/click-reports.md):
MAX_CLICK_EXPORT_ROWS = 2_000_000
DAILY_EXPORT_LIMIT = 10  # export requests accepted a day (docs/reports-and-analytics/download-center.md)
RETENTION_SECONDS = 90 * 86400  # exported files are kept 90 days (docs/reports-and-analytics/download-center.md)

DEFAULT_REUSE_MAX_AGE = 3600.0  # seconds: the oldest COMPLETED export export_to_file reuses by default
REUSE_LOOKUP_SIZE = 100  # exports listed (one page, newest first) when looking for one to reuse

# Export kind -> the export's `type`. The reference prints click_logs and conversion_logs; the two
# others are the sandbox's names: a real export of another type simply never matches (no reuse).
EXPORT_TYPES: dict[str, str] = {
    "clicks": "click_logs",
    "conversions": "conversion_logs",
    "impressions": "impression_logs",
    "postback_logs": "postback_logs",
}


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
    """What `export_to_file` and `resume_export` wrote, and which export it came from.

    path, bytes          the file written and its size in bytes.
    export_id            the export used: the one created, or the existing one reused.
    artifact_name        the artifact's name in the Download Center.
    rows                 data rows of the CSV (header excluded), as csv.reader counts them with
                         its delimiter; `expected_rows` is the export's `results_meta.total`,
                         when it says (`rows_match` compares them).
    reused               True when `export_to_file` used an existing export of the same query
                         instead of creating one (see `integr8._exports`); False otherwise.
    created_at           when that export was created (timezone-aware, as the API stamps it);
                         the data is a snapshot from about then. None when the API gave no
                         readable time with an offset.
    probably_truncated   the rows reach the Download Center's cap (`row_cap`: 2,000,000 for
                         click exports, 5,000,000 otherwise; Integr8's knowledge base,
                         docs/reports-and-analytics/download-center.md and click-reports.md):
                         the export was probably cut short; export smaller windows instead.
    """

    path: Path
    export_id: str
    artifact_name: str
    bytes: int  # size of the file at `path`
    rows: int  # data rows of the CSV (header excluded), as csv.reader counts them with its delimiter
    expected_rows: int | None = None  # `results_meta.total` of the export, when it says
    reused: bool = False
    created_at: dt.datetime | None = None
    probably_truncated: bool = False

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


# -- the Download Center's limits: reuse, the row cap, the daily quota ------------------------


def check_reuse_max_age(reuse_max_age: object) -> float | None:
    """`reuse_max_age` checked: None (never reuse), or seconds from 0 to `RETENTION_SECONDS`
    (90 days: an older export's file is gone). ConfigurationError otherwise, before any request."""
    if reuse_max_age is None:
        return None
    if (
        isinstance(reuse_max_age, bool)
        or not isinstance(reuse_max_age, (int, float))
        or not 0 <= reuse_max_age <= RETENTION_SECONDS
    ):
        raise ConfigurationError(
            f"reuse_max_age must be None (always create a new export) or a number of seconds from 0 to "
            f"{RETENTION_SECONDS} (the Download Center keeps files 90 days), got {reuse_max_age!r}"
        )
    return float(reuse_max_age)


def row_cap(export_type: object) -> int:
    """The most rows an export of `export_type` holds: `MAX_CLICK_EXPORT_ROWS` (2,000,000) for
    `click_logs`, `MAX_EXPORT_ROWS` (5,000,000) for any other (Integr8's knowledge base:
    docs/reports-and-analytics/click-reports.md, docs/reports-and-analytics/download-center.md)."""
    return MAX_CLICK_EXPORT_ROWS if export_type == "click_logs" else MAX_EXPORT_ROWS


def created_time(export: dict[str, Any]) -> dt.datetime | None:
    """The export's `created_at` as an aware datetime; None when absent, unreadable or without
    an offset (a time that names no instant cannot be compared)."""
    text = export.get("created_at")
    if not isinstance(text, str) or not text:
        return None
    try:
        when = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return when if when.tzinfo is not None and when.utcoffset() is not None else None


@attrs.frozen
class ReuseQuery:
    """What an export made by `export_to_file` would hold, to compare existing exports with."""

    export_type: str
    integration_id: str
    start_time: str  # the API's wall-clock texts, as sent
    end_time: str
    timezone: str
    fields: list[str]
    extra_parameters: list[str]
    delimiter: str
    window_end: dt.datetime  # the last second of the window, aware

    @classmethod
    def of(cls, kind: str, params: dict[str, Any]) -> ReuseQuery:
        """From `create_params`' checked parameters."""
        tz = zone(params["timezone"])
        end = dt.datetime.strptime(params["end_time"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
        return cls(
            EXPORT_TYPES[kind],
            params["integration_id"],
            params["start_time"],
            params["end_time"],
            params["timezone"],
            params["fields"].split(","),
            params["extra_parameters"].split(",") if params.get("extra_parameters") else [],
            params["delimiter"],
            end,
        )

    def list_params(self) -> dict[str, Any]:
        """List Download Center Exports' parameters: this integration and type, the window's
        dates, newest first, one page of `REUSE_LOOKUP_SIZE`."""
        return {
            "filterreports_query_option_filters_integration_id_equalvalues": [self.integration_id],
            "filterreports_query_option_start_date": dt.date.fromisoformat(self.start_time[:10]),
            "filterreports_query_option_end_date": dt.date.fromisoformat(self.end_time[:10]),
            "filtertype": self.export_type,
            "sort": "-created_at",
            "pagenumber": 1,
            "pagesize": REUSE_LOOKUP_SIZE,
        }


def reuse_matches(export: dict[str, Any], query: ReuseQuery) -> bool:
    """Whether `export` holds exactly the rows an export of `query` would: same type and
    integration; `reports_query_option` with the same `start_time`, `end_time` and `timezone`
    (and, when stated, `start_date`/`end_date`), and no filter but the integration; `format`
    with the same `fields` (in order), `extra_parameters` and `delimiter` (csv in a zip, when
    stated); no masking or list options. What the export does not state counts as different."""
    option = export.get("reports_query_option")
    fmt = export.get("format")
    if not isinstance(option, dict) or not isinstance(fmt, dict):
        return False
    wanted_filters = {"integration_id": {"equalvalues": [query.integration_id]}}
    return (
        export.get("type") == query.export_type
        and export.get("integration") == query.integration_id
        and option.get("start_time") == query.start_time
        and option.get("end_time") == query.end_time
        and option.get("start_date", query.start_time[:10]) == query.start_time[:10]
        and option.get("end_date", query.end_time[:10]) == query.end_time[:10]
        and option.get("timezone") == query.timezone
        and option.get("filters") == wanted_filters
        and fmt.get("fields") == query.fields
        and fmt.get("extra_parameters") == query.extra_parameters
        and fmt.get("delimiter") == query.delimiter
        and fmt.get("type", "csv") == "csv"
        and fmt.get("compression", "zip") == "zip"
        and not export.get("masking_config")
        and not export.get("export_list_options")
    )


def reusable(export: dict[str, Any], query: ReuseQuery, now: dt.datetime, max_age: float) -> dt.datetime | None:
    """When `export` was created, if `export_to_file` may use it for `query` at `now` (the
    server's time): it matches (`reuse_matches`), was created after the window's last second,
    and is PENDING or IN_PROGRESS, or COMPLETED (with an artifact) at most `max_age` seconds
    before `now`. None otherwise: ERROR, CANCELED and any other status are never reused."""
    export_id = export.get("id")
    created = created_time(export)
    if not isinstance(export_id, str) or not export_id or created is None or created <= query.window_end:
        return None
    if not reuse_matches(export, query):
        return None
    status = status_of(export)
    if status in IN_PROGRESS_STATES:
        return created
    if status == "COMPLETED" and artifact_name(export) and (now - created).total_seconds() <= max_age:
        return created
    return None


def server_time(response: httpx.Response) -> dt.datetime:
    """The answer's `Date` (the server's clock, which also stamped `created_at`; the first one,
    should a proxy have added another), or the local clock when it has none."""
    from email.utils import parsedate_to_datetime

    values = response.headers.get_list("date")
    value = values[0] if values else ""
    if value:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            when = None
        if when is not None and when.tzinfo is not None:
            return when
    return dt.datetime.now(dt.UTC)


def _age(seconds: float) -> str:
    seconds = max(0.0, seconds)
    if seconds < 120:
        return f"{seconds:.0f}s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


_QUOTA_TEXT = re.compile(
    r"quota|too many|rate.?limit"
    r"|(daily|per day|a day|exports?|requests?)\W+(\w+\W+){0,3}?limit"
    r"|limit\w*\W+(\w+\W+){0,4}?(daily|per day|a day|exports?|requests?)\b",
    re.IGNORECASE,
)


def is_quota_refusal(error: APIStatusError) -> bool:
    """Whether an error answering export creation looks like the daily export quota: a 429, or
    a 4xx whose text speaks of a quota, of too many requests, or of a daily/export/request limit."""
    from .errors import server_message

    if error.status_code == 429:
        return True
    if not 400 <= error.status_code < 500:
        return False
    text = server_message(error.body) or str(error)
    return bool(_QUOTA_TEXT.search(text))


def quota_hint() -> str:
    """What a quota refusal's message adds."""
    return (
        f"the Download Center accepts at most {DAILY_EXPORT_LIMIT} export requests a day (Integr8's knowledge "
        "base, docs/reports-and-analytics/download-center.md), so the daily export limit is the likely cause: "
        "use an existing export of the same query (export_to_file reuses one created within reuse_max_age "
        "seconds, CLI --reuse-max-age; resume_export(export_id) fetches one you know), or wait until the "
        "quota renews"
    )


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

    `path` and `check` are the `Download`'s (`integr8._spool`): the temporary file the bytes go
    to (the zip's, or the CSV's when extracting) and the check they go through, restarted for an
    answer that starts from the first byte."""

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
    path: Path,
    export_id: str,
    export: dict[str, Any],
    size: int,
    rows: int,
    on_progress: Progress,
    *,
    reused: bool = False,
    export_type: str | None = None,
) -> ExportResult:
    expected = expected_rows(export)
    if expected is not None and expected != rows:
        log.warning("Export %s: the CSV has %d data rows, the export reported %d", export_id, rows, expected)
    stated_type = export.get("type")
    cap = row_cap(stated_type if isinstance(stated_type, str) and stated_type else export_type)
    truncated = max(rows, expected or 0) >= cap
    if truncated:
        log.warning(
            "Export %s holds %d rows, the most one %s export can hold (%d, per Integr8's knowledge base): "
            "it was probably cut short. Export a smaller window (split this one into parts) to get every row",
            export_id,
            max(rows, expected or 0),
            "click" if cap == MAX_CLICK_EXPORT_ROWS else "Download Center",
            cap,
        )
    _notify(on_progress, phase="done", export_id=export_id, status="COMPLETED", bytes_done=size, bytes_total=size)
    return ExportResult(
        path,
        export_id,
        artifact_name(export) or "",
        size,
        rows,
        expected,
        reused=reused,
        created_at=created_time(export),
        probably_truncated=truncated,
    )


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
    reuse_max_age: float | None = DEFAULT_REUSE_MAX_AGE,
    **create_args: Any,
) -> Flow[ExportResult]:
    """`export_to_file` as a flow on `core` (the clients run it blocking or awaiting): use an
    existing export of the same query (`find_reusable`, unless `reuse_max_age` is None) or
    create one of `kind` (`create_args`: integration_id, start, end, fields, extra_parameters,
    timezone, delimiter; see `create_params`), then wait for it and fetch it as `resume_flow`
    does. Raises `ConfigurationError` (a ValueError) for a bad argument before any request; the
    creation's `APIStatusError` (with the daily-limit hint when it looks like the quota,
    `quota_hint`); the errors of `resume_flow` after."""
    path = yield from flow.blocking(check_dest, dest)
    check_poll(poll_interval, max_poll_interval, timeout)
    max_age = check_reuse_max_age(reuse_max_age)
    op, params = create_params(kind, **create_args)
    export = None
    if max_age is not None:
        export = yield from find_reusable(core, ReuseQuery.of(kind, params), max_age)
    reused = export is not None
    if export is None:
        _notify(on_progress, phase="creating")
        export = yield from _create(core, op, params)
    export_id = _check_export_id(export.get("id"))
    poller = Poller(export_id, poll_interval, max_poll_interval, core.clock() + timeout, timeout)
    return (
        yield from _fetch(
            core,
            poller,
            export,
            path,
            extract,
            on_progress,
            params["delimiter"],
            reused=reused,
            export_type=EXPORT_TYPES[kind],
        )
    )


def _create(core: Core, op: tuple[str, str], params: dict[str, Any]) -> Flow[dict[str, Any]]:
    """The export created (its create answer). A refusal that looks like the daily quota
    (`is_quota_refusal`) keeps its type and attributes, its message gaining `quota_hint`."""
    from ._operations import operation_info

    request = core.build_request(operation_info(*op), (), params)
    try:
        response = yield from core.send(request)
    except APIStatusError as exc:
        if is_quota_refusal(exc) and exc.args and isinstance(exc.args[0], str):
            exc.args = (f"{exc.args[0]}; {quota_hint()}", *exc.args[1:])
        raise
    return _json_object(response, "create export")


def find_reusable(core: Core, query: ReuseQuery, max_age: float) -> Flow[dict[str, Any] | None]:
    """An existing export `export_to_file` may use for `query` instead of creating one, or None.

    One request: List Download Center Exports filtered on the integration, the export type and
    the window's dates, newest first, one page of `REUSE_LOOKUP_SIZE` (the daily limit is 10
    exports, so that is many days' worth; an older one is not looked for). Among the exports
    `reusable` accepts (`max_age`: seconds, on the server's clock), the newest is taken, a
    COMPLETED one before a running one created the same second. A listing that fails or does
    not parse is logged (WARNING) and means no reuse; it never fails the export."""
    from ._operations import operation_info

    try:
        response = yield from core.send(core.build_request(operation_info(*LIST_EXPORTS), (), query.list_params()))
        items = _listed_exports(response)
    except APIError as exc:
        log.warning("Could not list Download Center exports to reuse one (%s); creating a new export", exc)
        return None
    now = server_time(response)
    found: list[tuple[dt.datetime, bool, dict[str, Any]]] = []
    for export in items:
        created = reusable(export, query, now, max_age)
        if created is not None:
            found.append((created, status_of(export) == "COMPLETED", export))
    if not found:
        log.debug("No export to reuse among the %d listed for this query; creating a new one", len(items))
        return None
    created, _, export = max(found, key=lambda item: (item[0], item[1]))
    log.info(
        "Reusing export %s (%s, created %s, %s before the server's time) instead of creating one: it has "
        "the same query, and the Download Center accepts %d export requests a day; reuse_max_age=None "
        "(CLI --no-reuse) creates a new export",
        export["id"],
        status_of(export),
        created.isoformat(),
        _age((now - created).total_seconds()),
        DAILY_EXPORT_LIMIT,
    )
    return export


def _listed_exports(response: httpx.Response) -> list[dict[str, Any]]:
    """The exports of a List Download Center Exports page (`{"data": [...]}`); the items that
    are not objects are left out. APIResponseValidationError when there is no such list."""
    from .errors import APIResponseValidationError

    try:
        body = response.json()
    except ValueError:
        body = None
    data = body.get("data") if isinstance(body, dict) else None
    if not isinstance(data, list):
        raise APIResponseValidationError("list exports: the answer has no `data` list", response=response)
    return [item for item in data if isinstance(item, dict)]


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
    *,
    reused: bool = False,
    export_type: str | None = None,  # the kind's, when the export does not say
) -> Flow[ExportResult]:
    from ._operations import operation_info

    export_id = poller.export_id
    export = yield from _ready(core, poller, first, on_progress)
    parsed = yield from core.call(operation_info(*EXPORT_URL), {"artifact_name": artifact_name(export)})
    url, _masked = _signed_url(parsed, core.allow_http, export_id)  # masked in log lines while held
    size, rows = yield from _download(
        core, url, path, extract, export_id, csv_delimiter(export, delimiter), on_progress
    )
    return _result(path, export_id, export, size, rows, on_progress, reused=reused, export_type=export_type)


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
            assert download.path is not None
            state = DownloadState(
                download.path,
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
