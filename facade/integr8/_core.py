"""`Core`: what the SDK's features need of a client, as one small typed interface.

Features (Download Center exports, conversion updates, report reading, the contract probe, the
sandbox helpers) never touch a client's private members: the client hands them its `Core`, and
they build their requests with `build_request` and do their I/O as flows (`integr8._flow`)
that the client runs, blocking or awaiting. So a feature is written once for both clients, and
the import graph shows every dependency.
"""

from __future__ import annotations

import collections
import time
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable
from urllib.parse import urlencode

import httpx

from . import _http, _redact
from ._flow import Flow
from ._retry import RetryPolicy

if TYPE_CHECKING:
    from ._operations import OperationInfo

HttpClient = httpx.Client | httpx.AsyncClient


def as_timeout(timeout: object) -> httpx.Timeout:
    """`timeout` (seconds, or an `httpx.Timeout`) as an `httpx.Timeout`; ConfigurationError for
    anything but a positive finite number."""
    import math

    from .errors import ConfigurationError

    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not 0 < timeout < math.inf:
        raise ConfigurationError(f"timeout must be a positive number of seconds, got {timeout!r}")
    return httpx.Timeout(float(timeout))


def as_byte_limit(name: str, value: object) -> int:
    """`value` as a size limit in bytes; ConfigurationError naming `name` unless a whole number
    of at least 1."""
    from .errors import ConfigurationError

    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigurationError(f"{name} must be a positive number of bytes, got {value!r}")
    return value


@runtime_checkable
class SteppedClock(Protocol):
    """A clock that moves only when told (`integr8.testing.ManualClock`): seconds as floats."""

    def now(self) -> float: ...

    def advance(self, seconds: float) -> float: ...


def transport_clock(carrier: object) -> SteppedClock | None:
    """The clock a client's transport asks it to wait on, or None (real time).

    `carrier` is the `transport=` or `http_client=` a client was given (an httpx client is looked
    through to its transport). A transport that has `sandbox_clock()` (`integr8.testing`'s
    `SandboxTransport`, `AsyncSandboxTransport`) answers with its sandbox's `ManualClock`, or
    None when the sandbox follows real time; any other transport has none. Looked up by name,
    so the client never imports `integr8.testing`.
    """
    transport = getattr(carrier, "_transport", carrier)  # httpx keeps a client's transport there
    hook = getattr(transport, "sandbox_clock", None)
    clock = hook() if callable(hook) else None
    return clock if isinstance(clock, SteppedClock) else None


def with_query(url: str, params: Mapping[str, Any] | None, http: HttpClient) -> str | httpx.URL:
    """`url` with `params` as its query, as one `httpx.URL` parsed once; or `url` unchanged when
    httpx must merge the query itself (params that are not all text, a `url` that already has a
    query, an httpx client with default `params` of its own).

    Why: httpx parses and validates a URL character by character in Python, and a request built
    from a text URL plus `params=` is parsed twice (the URL, then the URL with the query merged),
    which costs more than the rest of building it; a list page's long query made that a tenth of
    the client's CPU per page. The query is encoded as httpx encodes `params`
    (`urllib.parse.urlencode` of the items, in order), so the request is the same
    (tests/test_request_paths.py compares the two ways)."""
    if not params or "?" in url or "#" in url or http.params:
        return url
    for value in params.values():
        if type(value) is not str:
            return url
    return httpx.URL(f"{url}?{urlencode(params)}")


class Core:
    """A client's settings, HTTP clients, clock and request flows (see the module docstring).

    Attributes (read them; `use_clock` is the one way to change the clock):
      http                 the httpx client (sync or async, matching the client) of API calls:
                           base URL, API-KEY auth, no redirects.
      files_http           the httpx client of signed download URLs: no credentials, redirects
                           followed, every URL it fetches masked in log lines (made on first use).
      policy               the `RetryPolicy` of every request.
      secrets              what must never appear in an error or a log line (the API key).
      allow_http           whether plain-http URLs are allowed (the sandbox, tests).
      max_response_bytes   the largest JSON answer read, in bytes.
      max_download_bytes   the largest download whose host sends no Content-Length, in bytes.
      timeout              the default `httpx.Timeout` of one attempt.
      strict_filters       whether `paginate` refuses a filter on a field the operation's
                           items do not have (`integr8._filters`); a call may override it.
      clock, sleep         `time.monotonic` and the client's sleep (blocking or awaitable),
                           unless `use_clock` replaced them.
    """

    def __init__(
        self,
        *,
        http: HttpClient,
        make_files_http: Callable[[Core], HttpClient],
        policy: RetryPolicy,
        secrets: tuple[str, ...],
        allow_http: bool,
        max_response_bytes: int,
        max_download_bytes: int,
        timeout: httpx.Timeout,
        base_url: httpx.URL,
        sleep: Callable[[float], Any],
        headers: Mapping[str, str],
        strict_filters: bool = True,
    ):
        self.http = http
        self._make_files_http = make_files_http
        self.policy = policy
        self.secrets = secrets
        self.allow_http = allow_http
        self.max_response_bytes = max_response_bytes
        self.max_download_bytes = max_download_bytes
        self.timeout = timeout
        self.base_url = base_url
        self._base_text = (base_url, str(base_url).rstrip("/"))  # the URL's text, written once
        self.clock: Callable[[], float] = time.monotonic
        self.sleep = sleep
        self._headers = dict(headers)
        self._signed_hops: collections.deque[Any] = collections.deque(maxlen=32)
        self.strict_filters = strict_filters

    def use_clock(self, clock: Callable[[], float], sleep: Callable[[float], Any]) -> None:
        """Read time from `clock` and wait with `sleep` from now on (`integr8.testing` moves a
        `ManualClock` instead of sleeping)."""
        self.clock = clock
        self.sleep = sleep

    def follow_clock(self, clock: SteppedClock) -> None:
        """Read time from `clock` and wait by advancing it (a sandbox's `ManualClock`): export
        polling, retry back-off and pacing then take no real time. The sleep is awaitable on an
        async client. `integr8.testing.use_sandbox_time`, and the client itself when its
        transport has a sandbox clock (`transport_clock`), call it."""
        if isinstance(self.http, httpx.AsyncClient):

            async def sleep(seconds: float) -> None:
                clock.advance(seconds)

            self.use_clock(clock.now, sleep)
        else:
            self.use_clock(clock.now, clock.advance)

    @cached_property
    def files_http(self) -> HttpClient:
        return self._make_files_http(self)

    @property
    def has_files_http(self) -> bool:
        """Whether `files_http` was made (so closing the client closes it too)."""
        return "files_http" in self.__dict__

    def mask_hop(self, request: httpx.Request) -> None:
        """Request hook of `files_http`: each URL it fetches, redirect hops included, is a signed
        URL whose secret may sit anywhere; it is shown only as host and file name in log lines
        while this client lives (the last 32 are kept registered)."""
        self._signed_hops.append(_redact.register_signed_url(str(request.url)))

    @cached_property
    def stub(self) -> Any:
        """A generated client object: the generated `_parse_response` wants one, though it only
        reads a flag."""
        import integr8_client

        return integr8_client.Client(base_url=str(self.base_url))

    def build_request(
        self,
        info: OperationInfo,
        args: tuple[Any, ...],
        params: Mapping[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> httpx.Request:
        """The request of one generated operation: its own parameters checked and converted
        (`OperationInfo.request_kwargs`, ConfigurationError before any request), then
        `extra_query` (filters) in the one wire form typed ones use, `extra_headers`, and
        `timeout` (seconds) for this call only."""
        kwargs = info.request_kwargs(args, params if isinstance(params, dict) else dict(params))  # a new dict
        method = kwargs.pop("method").upper()
        path = kwargs.pop("url")
        query = dict(kwargs.pop("params", None) or {})
        if extra_query:
            from ._pagination import wire_value

            query.update({k: wire_value(v, k) for k, v in extra_query.items() if v is not None})
        headers = {**(kwargs.pop("headers", None) or {}), **(extra_headers or {})}
        return self.request(method, path, params=query, headers=headers, timeout=timeout, **kwargs)

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        **content: Any,
    ) -> httpx.Request:
        """A request to `path` (already percent-encoded, from `/`) of the API: absolute, with the
        key, the User-Agent and the timeout set here, so it is the same request on the SDK's own
        httpx client and on one the user gave (`http_client=`). `content`: httpx's `json=`,
        `content=`, `data=`."""
        base, text = self._base_text
        if base is not self.base_url:  # replaced since: written out again
            text = str(self.base_url).rstrip("/")
            self._base_text = (self.base_url, text)
        url = with_query(text + path, params, self.http)
        request: httpx.Request = self.http.build_request(
            method,
            url,
            params=None if isinstance(url, httpx.URL) else params or None,
            headers={**self._headers, **(headers or {})},
            timeout=as_timeout(timeout) if timeout is not None else self.timeout,
            **content,
        )
        return request

    def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        http: HttpClient | None = None,
        policy: RetryPolicy | None = None,
    ) -> Flow[httpx.Response]:
        """`request` sent with the client's retries (or `policy`), limits and secrets
        (`_http.send_flow`), on `http` (default: `self.http`)."""
        return _http.send_flow(
            self.http if http is None else http,
            request,
            self.policy if policy is None else policy,
            follow_redirects=False if http is None or http is self.http else None,  # API calls: never
            stream=stream,
            secrets=self.secrets,
            clock=self.clock,
            max_bytes=self.max_response_bytes,
        )

    def call(
        self,
        info: OperationInfo,
        params: Mapping[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        *,
        args: tuple[Any, ...] = (),
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> Flow[Any]:
        """One generated operation called: the documented model of its 2xx answer
        (`OperationInfo.parse`), or the SDK's error."""
        request = self.build_request(info, args, params, extra_query, extra_headers, timeout)
        response = yield from self.send(request)
        return self.parse(info, response)

    def fetch(
        self, info: OperationInfo, params: Mapping[str, Any], extra_query: Mapping[str, Any] | None = None
    ) -> Flow[httpx.Response]:
        """`call` without the parsing: the operation's 2xx answer, read; `parse` it afterwards.
        The paginators fetch on worker threads and parse on the reading one, so a worker that
        has its page's bytes is free for the next request at once."""
        request = self.build_request(info, (), params, extra_query)
        response: httpx.Response = yield from self.send(request)
        return response

    def parse(self, info: OperationInfo, response: httpx.Response) -> Any:
        """The documented model of a 2xx answer of `info`'s operation (`OperationInfo.parse`)."""
        return info.parse(response, self.stub)
