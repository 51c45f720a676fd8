"""The Sandbox: state plus `handle(request) -> response`, the one entry point of every transport.

Order of a request: route it by the spec (404 unknown path, 405 known path but not that
method); apply an injected fault, if one matches; authenticate (401 without a valid key, 403
when the key is denied that operation; `security: []` operations need none); check it against
the spec (400: path, query and header parameters, JSON body); then answer from the handler: a
dedicated one for the operations with real semantics (reports, exports, link tests), the generic
CRUD for the collections, and for any other operation of the spec (one new in a newer spec) an
answer synthesised from the spec's response schema and examples (`_synth`). Requests to the
files host skip all that and go to the signed-URL checks. Every request is recorded in `requests`.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import hmac
import json
import logging
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from email.utils import format_datetime
from typing import Any

import httpx

from . import _artifacts, _crud, _exports, _files, _linktests, _reports
from ._checks import Spec, check_body, check_headers, check_path, check_query
from ._clock import EPOCH_TS, Clock, ManualClock, MonotonicClock
from ._events import Events
from ._faults import NO_BODY, Fault, FaultBook
from ._http import (
    ApiError,
    ChunkStream,
    _factory_of,
    dumps,
    error_response,
    json_response,
    text_response,
    trickling,
    truncated,
)
from ._resources import Binding, Resource, derive
from ._routes import Match, Route, Router
from ._seed import Seeder
from ._store import Store
from ._synth import Synth, fill_empty_collections

DEFAULT_API_KEY = "sandbox_test_key_0000000000000000"
log = logging.getLogger("integr8.testing")
API_BASE_URL = "https://api.sandbox.integr8.test"
FILES_BASE_URL = "https://files.sandbox.integr8.test"

Handler = Callable[["Sandbox", "Call"], httpx.Response]
HANDLERS: dict[str, Handler] = {
    **_reports.HANDLERS,
    **_exports.HANDLERS,
    **_linktests.HANDLERS,
}


@dataclass
class Call:
    """One authenticated, validated API request, as handlers see it."""

    route: Route
    path: dict[str, str]  # path parameters
    query: list[tuple[str, str]]  # the raw query, in order
    params: dict[str, Any]  # declared query parameters, typed
    body: Any  # parsed JSON body, or None
    key: str | None


@dataclass
class RecordedRequest:
    """A request the sandbox received (headers as sent: the keys are fake anyway)."""

    method: str
    url: str
    headers: dict[str, str]
    host: str  # "api" or "files"
    operation_id: str | None
    status: int | None = None  # None when a fault dropped it


@dataclass
class Outcome:
    """What to do with a request: answer, or fail the connection (see `Fault`)."""

    response: httpx.Response | None
    drop: str | None = None  # "connect" or "response"
    truncate_at: int | None = None
    drip: float | None = None  # seconds per byte of the body
    endless: bool = False  # the body never ends
    fault: Fault | None = field(default=None, repr=False)


class Sandbox:
    """A stateful in-memory Integr8 API that follows the spec (see `integr8.testing`).

    Arguments:
        seed: the data and every id derive from it; same seed, same bytes.
        clock: `ManualClock()` to drive time by hand, or None for real (monotonic) time.
            Sandbox wall time starts at 2025-03-01T00:00:00Z, just after the seeded data.
        api_keys: the valid keys (default: `DEFAULT_API_KEY` only); the first is `api_key`.
        spec: the OpenAPI spec as a dict (default: the one `integr8_client` ships): routing,
            request checks, CRUD collections and synthesised answers all follow it, so a
            sandbox built from a newer spec answers that spec's new operations too.
        latency: seconds added to each in-process request: moves a ManualClock, or is slept
            when `sleep=True` (never slept otherwise; `serve(latency=...)` sleeps for real).
        export_delays, report_lag_reads, synthetic_artifact_bytes,
            synthetic_artifact_compression, signed_url_ttl: the knobs below, also settable as
            attributes at any time.
        report_volumes: rows per report kind over February 2025 (default clicks 24,000,
            conversions 12,000, impressions 24,000), e.g. more for benchmarks.

    Knobs:
        export_delays: (PENDING -> IN_PROGRESS, -> COMPLETED) seconds after creation.
        report_lag_reads: an applied conversion update shows in reports only after this many
            further report reads that include the conversion (default 0: at once).
        synthetic_artifact_bytes: exports created while set get a synthetic artifact of
            exactly this size, produced on the fly at constant memory (for download
            benchmarks): a zip of one CSV with the export's columns and rows as varied as
            the sandbox's own (see `integr8.testing._artifacts`).
        synthetic_artifact_compression: how that CSV is zipped: "deflated" (the default, as
            Integr8's exports and the sandbox's own are; about 3.2x, so verifying inflates
            every byte) or "stored" (uncompressed: verifying is a CRC-32 over the bytes).
            Anything else raises ValueError. Read when an export is created.
        signed_url_ttl: lifetime of signed download URLs, in sandbox seconds (default 900).
        fail_next_export(text): the next export ends in ERROR with that text.
        add_key(key, deny=...), inject(Fault(...)), clear_faults().

    Seeded ids: `organization_id`, `integration_id`, `user_ids`, `advertiser_ids`,
    `offer_ids` (500, under `integration_id`), `publisher_ids`. `requests` lists every
    request received (method, url, headers, host, operation_id, status).

    Every operation of the spec is answered: an operation with neither a handler nor a CRUD
    binding gets a schema-valid answer built from its response schema and examples, numbered
    pages over a stable collection of 3 items for a list (see `integr8.testing._synth`); a
    collection the seeded world leaves empty (one new in the spec) starts with 3 such items.
    """

    def __init__(
        self,
        seed: int = 0,
        clock: Clock | None = None,
        api_keys: Iterable[str] | None = None,
        *,
        spec: Mapping[str, Any] | None = None,
        latency: float = 0.0,
        sleep: bool = False,
        export_delays: tuple[float, float] = (1.0, 3.0),
        report_lag_reads: int = 0,
        synthetic_artifact_bytes: int | None = None,
        synthetic_artifact_compression: str = "deflated",
        signed_url_ttl: float = 900.0,
        report_volumes: Mapping[str, int] | None = None,
    ) -> None:
        if spec is None:
            from integr8._spec import load_spec

            spec = load_spec()
        self.seed = seed
        self.clock: Clock = clock if clock is not None else MonotonicClock()
        self.latency = latency
        self.sleep = sleep
        self.export_delays = export_delays
        self.report_lag_reads = report_lag_reads
        self.synthetic_artifact_bytes = synthetic_artifact_bytes
        self.synthetic_artifact_compression = synthetic_artifact_compression
        self.signed_url_ttl = signed_url_ttl
        self.base_url = API_BASE_URL
        self.files_base_url = FILES_BASE_URL
        self.signing_key = hashlib.sha256(f"integr8-sandbox-files:{seed}".encode()).digest()

        self.spec = spec
        self.checks = Spec(spec)
        self.router = Router(spec)
        self.resources, self.bindings = derive(self.checks, self.router)
        self.synth = Synth(self.checks, seed)
        self._owners: dict[str, Resource] = {}
        for res in self.resources.values():
            if res.item_param and not res.view_of:
                self._owners.setdefault(res.item_param, res)

        keys = list(api_keys) if api_keys is not None else [DEFAULT_API_KEY]
        if not keys:
            raise ValueError("Sandbox: api_keys must hold at least one key")
        self.api_key = keys[0]
        self._keys: dict[str, frozenset[str]] = dict.fromkeys(keys, frozenset())

        self.faults = FaultBook(seed)
        self.requests: list[RecordedRequest] = []
        self._lock = threading.RLock()
        self._request_count = 0

        self.store = Store(seed)
        self.organization_id = self.store.new_id("Organization")
        self.integration_id = self.store.new_id("Integration")
        self.integration_ids = [self.integration_id]
        self.roots: dict[str, list[str]] = {
            "integrationID": self.integration_ids,
            "organizationID": [self.organization_id],
        }
        self.user_ids: list[str] = []
        self.advertiser_ids: list[str] = []
        self.offer_ids: list[str] = []
        self.publisher_ids: list[str] = []
        offers, publishers = Seeder(self).run()
        fill_empty_collections(self, handled=HANDLERS)
        self.events = Events(seed, offers, publishers, report_volumes)
        self.exports = _exports.Exports(self)

    # -- public knobs ----------------------------------------------------------------------

    def add_key(self, key: str, *, deny: Iterable[str] = ()) -> str:
        """Make `key` valid; it gets 403 on the operationIds in `deny`. Returns `key`."""
        denied = frozenset(deny)
        unknown = denied - set(self.router.routes)
        if unknown:
            raise ValueError(f"add_key: no operation(s) named {', '.join(sorted(unknown))}")
        with self._lock:
            self._keys[key] = denied
        return key

    def inject(self, fault: Fault) -> Fault:
        """Fail matching requests as `fault` says (see `Fault`)."""
        return self.faults.add(fault)

    def clear_faults(self) -> None:
        self.faults.clear()

    def fail_next_export(self, error: str = "export failed") -> None:
        """The next export created ends in ERROR with this `error` text."""
        with self._lock:
            self.exports.failures.append(error)

    @property
    def synthetic_artifact_compression(self) -> str:
        """How a synthetic artifact's CSV is zipped: "deflated" or "stored" (see the class)."""
        return self._synthetic_artifact_compression

    @synthetic_artifact_compression.setter
    def synthetic_artifact_compression(self, compression: str) -> None:
        self._synthetic_artifact_compression = _artifacts.check_compression(compression)

    def now(self) -> float:
        """Sandbox wall time, as a Unix timestamp."""
        return EPOCH_TS + self.clock.now()

    def user_for_key(self, key: str | None) -> str:
        """The user a key acts as: every key is the seeded admin's (shown in `requested_by`)."""
        return self.user_ids[0]

    def owner_of(self, param: str) -> Resource | None:
        """The collection whose items a path parameter names (`offerID` -> offers)."""
        return self._owners.get(param)

    # -- requests --------------------------------------------------------------------------

    def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer `request` as the API (or the files host) would, in process.

        Faults that drop the connection raise `httpx.ConnectError` (connect phase: nothing was
        handled) or `httpx.RemoteProtocolError` (response phase: it was handled). The drip and
        endless faults shape the body as it is read (see `ChunkStream`): a sync reader sleeps
        between bytes, an async one awaits.
        """
        if self.latency:
            if self.sleep:
                time.sleep(self.latency)
            elif isinstance(self.clock, ManualClock):
                self.clock.advance(self.latency)
        outcome = self.dispatch(request)
        if outcome.drop == "connect":
            raise httpx.ConnectError("sandbox fault: connection refused", request=request)
        if outcome.drop == "response":
            raise httpx.RemoteProtocolError(
                "sandbox fault: server disconnected without sending a response", request=request
            )
        assert outcome.response is not None
        response = outcome.response
        # As the loopback server sends it (`send_response`): the sandbox's wall time, which also
        # stamps `created_at` (export_to_file measures an export's age on it).
        response.headers.setdefault(
            "Date", format_datetime(dt.datetime.fromtimestamp(int(self.now()), dt.UTC), usegmt=True)
        )
        if outcome.truncate_at is not None:
            response = truncated(response, outcome.truncate_at)
        if outcome.drip is not None or outcome.endless:
            response = trickling(response, drip=outcome.drip, endless=outcome.endless)
        return response

    def dispatch(self, request: httpx.Request, host: str | None = None) -> Outcome:
        """`handle` without acting on faults: the loopback server acts on them on the socket."""
        request.read()  # no-op when already read (the async transport reads first)
        host = host or self._host_of(request.url)
        with self._lock:
            self._request_count += 1
            raw_path = request.url.raw_path.decode("ascii", "replace")
            match = self.router.match(request.method, raw_path) if host == "api" else None
            route = match.route if match else None
            record = RecordedRequest(
                request.method,
                str(request.url),
                dict(request.headers),
                host,
                route.operation_id if route else None,
            )
            self.requests.append(record)
            fault = self.faults.take(record.operation_id, request.method, host)
            outcome = self._apply(fault, request, host, match)
            if outcome.response is not None and outcome.drop is None:
                outcome.response.headers["X-Request-Id"] = f"sbx-{self._request_count:08d}"
                record.status = outcome.response.status_code
            return outcome

    def _apply(self, fault: Fault | None, request: httpx.Request, host: str, match: Match | None) -> Outcome:
        if fault is not None and fault.status is not None:
            headers = {}
            if fault.retry_after is not None:
                ra = fault.retry_after
                headers["Retry-After"] = str(int(ra)) if float(ra).is_integer() else str(ra)
            message = f"sandbox fault: injected {fault.status}"
            return Outcome(error_response(fault.status, message, headers), fault=fault)
        if fault is not None and fault.drop and fault.phase == "connect":
            return Outcome(None, drop="connect", fault=fault)
        if host == "files":
            # A gzip fault cuts a Range from the encoded body: the whole artifact is read first.
            ranged = fault is not None and fault.gzip and "range" in request.headers
            response = _files.handle(self, _without_range(request) if ranged else request)
        else:
            response = self._api(request, match)
        if fault is not None and fault.drop:
            return Outcome(None, drop="response", fault=fault)
        if fault is not None and (fault.gzip or fault.charset is not None or fault.headers is not None):
            response = _encode(fault, request, response, ranged=host == "files")
            if fault.truncate_body_at is None:
                return Outcome(response, fault=fault)
        if fault is not None and fault.truncate_body_at is not None:
            return Outcome(response, truncate_at=fault.truncate_body_at, fault=fault)
        if fault is not None and (fault.drip is not None or fault.endless):
            return Outcome(response, drip=fault.drip, endless=fault.endless, fault=fault)
        if fault is not None:
            response = _reshape(self, fault, request, response)
        return Outcome(response, fault=fault)

    def _host_of(self, url: httpx.URL) -> str:
        files = {httpx.URL(FILES_BASE_URL).netloc, httpx.URL(self.files_base_url).netloc}
        return "files" if url.netloc in files else "api"

    def _api(self, request: httpx.Request, match: Match | None) -> httpx.Response:
        assert match is not None
        route = match.route
        if route is None:
            if match.allowed:
                allowed = ", ".join(match.allowed)
                return error_response(
                    405, f"{request.method} is not allowed here (allowed: {allowed})", {"Allow": allowed}
                )
            return error_response(404, f"no operation at {request.method} {request.url.path}")
        try:
            key = self._authenticate(request, route)
            call = self._call(request, route, match.params, key)
            handler = HANDLERS.get(route.operation_id)
            if handler is not None:
                return handler(self, call)
            binding: Binding | None = self.bindings.get(route.operation_id)
            if binding is None:
                return self.synth.answer(call)  # not modelled: answered from the spec
            return _crud.handle(self, binding, call)
        except ApiError as exc:
            return error_response(exc.status, exc.message, exc.headers)
        except Exception as exc:  # a sandbox bug must look like a server error, not crash the client
            log.exception("sandbox: unexpected error in %s", route.operation_id)
            return error_response(500, f"sandbox error in {route.operation_id}: {type(exc).__name__}")

    def _authenticate(self, request: httpx.Request, route: Route) -> str | None:
        if route.public:
            return None
        key: str | None = request.headers.get("api-key")
        if key is None:
            scheme, _, token = request.headers.get("authorization", "").partition(" ")
            if scheme.lower() == "bearer" and token.strip():
                key = token.strip()
        if not key:
            raise ApiError(401, "no API key: send it in the API-KEY header (or Authorization: Bearer)")
        denied = next((d for k, d in self._keys.items() if hmac.compare_digest(k.encode(), key.encode())), None)
        if denied is None:
            raise ApiError(401, "the API key is not valid")
        if route.operation_id in denied:
            raise ApiError(403, f"this API key may not call {route.operation_id}")
        return key

    def _call(self, request: httpx.Request, route: Route, path: dict[str, str], key: str | None) -> Call:
        check_path(self.checks, route, path)
        query = list(request.url.params.multi_items())
        open_filters = bool(route.operation.get("x-filterable"))
        params = check_query(self.checks, route, query, open_filters=open_filters)
        check_headers(self.checks, route, request.headers)
        body: Any = None
        spec_body = route.operation.get("requestBody")
        if spec_body is not None:
            spec_body = self.checks.resolve(spec_body)  # may be a `components/requestBodies` $ref
        if request.content:
            try:
                body = json.loads(request.content)
            except ValueError:
                raise ApiError(400, "body: not valid JSON") from None
        if spec_body:
            schema = spec_body.get("content", {}).get("application/json", {}).get("schema")
            if body is None:
                if spec_body.get("required"):
                    raise ApiError(400, "body: a JSON request body is required")
            elif schema is not None:
                check_body(self.checks, schema, body)
        return Call(route, path, query, params, body, key)


def _without_range(request: httpx.Request) -> httpx.Request:
    headers = httpx.Headers(request.headers)
    for name in ("range", "if-range"):
        headers.pop(name, None)
    return httpx.Request(request.method, request.url, headers=headers, extensions=request.extensions)


def _encode(fault: Fault, request: httpx.Request, response: httpx.Response, *, ranged: bool) -> httpx.Response:
    """The handled answer as an encoding fault (`gzip`, `charset`, `headers`) makes it. The new
    body is a stream (`ChunkStream`), so that an in-process client decodes it as it reads, as
    over a socket, rather than finding it already decoded."""
    headers = httpx.Headers(response.headers)
    status = response.status_code
    body = b"".join(_factory_of(response)())
    if fault.charset is not None and "json" in headers.get("content-type", ""):
        body = _in_charset(json.loads(body), fault.charset)
        headers["Content-Type"] = f"application/json; charset={fault.charset}"
    if fault.gzip:
        body = gzip.compress(body, mtime=0)
        headers["Content-Encoding"] = "gzip"
        headers.pop("Content-Range", None)
        wanted = re.fullmatch(r"\s*bytes=(\d+)-(\d*)\s*", request.headers.get("range", ""))
        if ranged and status == 200 and wanted:
            start = int(wanted.group(1))
            end = min(len(body), int(wanted.group(2)) + 1) if wanted.group(2) else len(body)
            if start >= end:
                return text_response(416, "Range not satisfiable.\n", {"Content-Range": f"bytes */{len(body)}"})
            headers["Content-Range"] = f"bytes {start}-{end - 1}/{len(body)}"
            body, status = body[start:end], 206
    if fault.charset is not None or fault.gzip:
        headers["Content-Length"] = str(len(body))
    for name, value in (fault.headers or {}).items():
        if value is None:
            headers.pop(name, None)
        else:
            headers[name] = value
    return httpx.Response(status, headers=headers, stream=ChunkStream(lambda: [body]))


def _in_charset(obj: Any, charset: str) -> bytes:
    """`obj` as compact JSON text encoded in `charset`; a character it cannot hold (only ever
    inside a JSON string: the rest is ASCII) as `\\uXXXX` escapes of its UTF-16 units."""
    out = []
    for char in json.dumps(obj, separators=(",", ":"), ensure_ascii=False):
        try:
            char.encode(charset)
        except UnicodeEncodeError:
            units = char.encode("utf-16-be")
            char = "".join(f"\\u{units[i]:02x}{units[i + 1]:02x}" for i in range(0, len(units), 2))
        out.append(char)
    return "".join(out).encode(charset)


def _reshape(sb: Sandbox, fault: Fault, request: httpx.Request, response: httpx.Response) -> httpx.Response:
    """The handled answer as a body-shaping fault (`body`, `meta`, `cursor_cycle`, `then`) makes it."""
    if fault.then is not None:
        fault.then(sb)
        return response
    if fault.body is not NO_BODY:
        return json_response(200, fault.body(request) if callable(fault.body) else fault.body)
    if not response.is_success:
        return response
    body = json.loads(response.content)
    if fault.meta is not None and isinstance(body, dict) and isinstance(body.get("meta"), dict):
        body["meta"].update(fault.meta)
    if fault.cursor_cycle is not None and isinstance(body, dict):
        pages = fault._cycle  # [first page's body, pages answered in this round]
        if not pages:
            pages[:] = [body, 0]
        elif pages[1] >= fault.cursor_cycle:
            body, pages[1] = pages[0], 0  # back to the first page: the cursors go round
        pages[1] += 1
        info = body.get("data", {}).get("pageInfo") if isinstance(body.get("data"), dict) else None
        if isinstance(info, dict):
            info["hasNextPage"] = True
    response.headers.pop("Content-Length", None)
    return httpx.Response(response.status_code, headers=response.headers, content=dumps(body))
