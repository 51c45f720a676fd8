"""`Integr8` and `AsyncIntegr8`: the clients users import.

They hold the settings (key, base URL, timeout, retries), one httpx client whose transport
carries all of their HTTP, and bind the generated operations as `client.<tag>.<operation>`.
Behaviour that is the same for both lives in `_ClientCore`; the two classes differ only where
one blocks and the other awaits.
"""

from __future__ import annotations

import functools
import math
import os
import time
from collections.abc import AsyncIterator, Callable, Generator, Iterable, Iterator, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from . import _http, _redact
from ._constants import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ENV_ALLOW_HTTP,
    ENV_API_KEY,
    ENV_BASE_URL,
    TRUE_WORDS,
)
from ._conversions import ConversionUpdate, ConversionUpdateReport, aupdate_and_verify, update_and_verify
from ._exports import (
    MAX_DOWNLOAD_BYTES,
    ExportProgress,
    ExportResult,
    export_async,
    export_sync,
    resume_async,
    resume_sync,
)
from ._operations import AsyncOperation, Operation, OperationInfo, Tag, catalog, operation_info
from ._opnames import REPORTS
from ._pagination import (
    AsyncPaginator,
    Paginator,
    check_concurrency,
    check_page_size,
    filter_query,
    sort_param,
    wire_value,
)
from ._reports import aiter_cursor, iter_cursor
from ._retry import RetryPolicy
from ._times import api_window, check_integration
from ._version import __version__
from .errors import ConfigurationError


class _ApiKeyAuth(httpx.Auth):
    """Puts the key in `API-KEY`, and only on requests to the API's own origin.

    So a redirect or an absolute URL to any other host (a signed download URL, say) never
    carries it.
    """

    def __init__(self, key: str, origin: tuple[str, str, int | None]):
        self._key = key
        self._origin = origin

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        url = request.url
        if (url.scheme, url.host, url.port) == self._origin:
            request.headers["API-KEY"] = self._key
        yield request

    def __repr__(self) -> str:
        return "<API-KEY auth (redacted)>"


def _check_api_key(api_key: object) -> str:
    if api_key is None or api_key == "":
        raise ConfigurationError(
            f"No API key. Pass api_key=... or set {ENV_API_KEY} and use Integr8.from_env(). "
            "Keys are under Organization > API Access, or Profile > Security > Enable API Access."
        )
    if not isinstance(api_key, str):
        raise ConfigurationError(f"api_key must be a string, got {type(api_key).__name__}")
    if not all("\x21" <= c <= "\x7e" for c in api_key):
        raise ConfigurationError("api_key contains spaces, control or non-ASCII characters; copy the key again exactly")
    return api_key


def _check_base_url(base_url: object, allow_http: bool) -> httpx.URL:
    if not isinstance(base_url, (str, httpx.URL)) or not str(base_url):
        raise ConfigurationError(f"base_url must be a URL such as {DEFAULT_BASE_URL!r}")
    try:
        url = httpx.URL(str(base_url).rstrip("/"))
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"base_url is not a valid URL: {exc}") from None
    if url.scheme not in ("https", "http") or not url.host:
        raise ConfigurationError(f"base_url must be an absolute https:// URL, got {str(base_url)!r}")
    if url.scheme == "http" and not allow_http:
        raise ConfigurationError(
            f"base_url {str(url)!r} is plain http: the API key would travel unencrypted. "
            "Use https://, or pass allow_http=True for a local sandbox."
        )
    if url.query or url.fragment:
        raise ConfigurationError("base_url must not carry a query string or fragment")
    return url


@functools.cache
def _tls_context() -> Any:
    """One TLS context for every client this process makes: loading the CA bundle costs
    ~20 ms, and each httpx client would otherwise load its own (the API client and the
    credential-free download client are two)."""
    return httpx.create_ssl_context()


def _verify(transport: object) -> Any:
    return _tls_context() if transport is None else True  # a given transport brings its own


def _retry_policy(retry: object, max_retries: object) -> RetryPolicy:
    """The policy to use: `retry` as given (its `max_retries` must agree with `max_retries`, if
    both are given), else the default policy with `max_retries` (default 3)."""
    if max_retries is not None and (
        isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0
    ):
        raise ConfigurationError(f"max_retries must be 0 or more, got {max_retries!r}")
    if retry is None:
        return RetryPolicy(max_retries=DEFAULT_MAX_RETRIES if max_retries is None else max_retries)
    if not isinstance(retry, RetryPolicy):
        raise ConfigurationError(f"retry must be an integr8.RetryPolicy, got {type(retry).__name__}")
    if max_retries is not None and max_retries != retry.max_retries:
        raise ConfigurationError(
            f"max_retries={max_retries} disagrees with retry=RetryPolicy(max_retries={retry.max_retries}); give one"
        )
    return retry


def _timeout(timeout: object) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not 0 < timeout < math.inf:
        raise ConfigurationError(f"timeout must be a positive number of seconds, got {timeout!r}")
    return httpx.Timeout(float(timeout))


def _byte_limit(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigurationError(f"{name} must be a positive number of bytes, got {value!r}")
    return value


class _ClientCore:
    """Settings, request building and operation binding shared by the sync and async clients."""

    _operation_cls: type[Operation] | type[AsyncOperation]
    _http: Any  # httpx.Client or httpx.AsyncClient, set by the subclass
    _made_with: dict[str, Any]  # the constructor's arguments, for `with_options`

    def __init__(
        self,
        api_key: str | None,
        base_url: str | httpx.URL | None,
        timeout: float | httpx.Timeout,
        max_retries: int | None,
        allow_http: bool | None,
        max_response_bytes: int = _http.DEFAULT_MAX_RESPONSE_BYTES,
        max_download_bytes: int = MAX_DOWNLOAD_BYTES,
        retry: RetryPolicy | None = None,
    ):
        # Left as None: read from the environment (INTEGR8_API_KEY, INTEGR8_BASE_URL,
        # INTEGR8_ALLOW_HTTP), else the defaults of `integr8._constants`.
        api_key = api_key if api_key is not None else os.environ.get(ENV_API_KEY)
        base_url = base_url if base_url is not None else (os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL)
        if allow_http is None:
            allow_http = os.environ.get(ENV_ALLOW_HTTP, "").strip().lower() in TRUE_WORDS
        self._api_key = _check_api_key(api_key)
        self._secret = _redact.register(self._api_key)
        self.base_url = _check_base_url(base_url, allow_http)
        self.timeout = _timeout(timeout)
        self._policy = _retry_policy(retry, max_retries)
        self.max_retries = self._policy.max_retries
        self.max_response_bytes = _byte_limit("max_response_bytes", max_response_bytes)
        self.max_download_bytes = _byte_limit("max_download_bytes", max_download_bytes)
        self._auth = _ApiKeyAuth(self._api_key, (self.base_url.scheme, self.base_url.host, self.base_url.port))
        self._headers = {"User-Agent": f"integr8-py/{__version__} httpx/{httpx.__version__}"}
        self._allow_http = allow_http

    @classmethod
    def _env_settings(cls, overrides: dict[str, Any]) -> dict[str, Any]:
        if not (overrides.get("api_key") or os.environ.get(ENV_API_KEY)):
            raise ConfigurationError(f"{ENV_API_KEY} is not set (export it, or pass api_key=...)")
        return overrides  # the constructor reads the environment for whatever is left out

    def _remember(self, transport: object) -> None:
        """Keep the settings this client was made with, resolved, for `with_options`."""
        self._made_with = dict(
            api_key=self._api_key,
            base_url=self.base_url,
            timeout=self.timeout,
            max_retries=self.max_retries,
            transport=transport,
            allow_http=self._allow_http,
            max_response_bytes=self.max_response_bytes,
            max_download_bytes=self.max_download_bytes,
            retry=self._policy,
        )

    def _options(self, **changes: Any) -> dict[str, Any]:
        """The constructor's arguments that made this client, with `changes` applied."""
        options = dict(self._made_with)
        unknown = set(changes) - set(options)
        if unknown:
            raise ConfigurationError(f"with_options: unknown option(s) {', '.join(sorted(unknown))}")
        if "max_retries" in changes and "retry" not in changes:
            options["retry"] = None  # a new count replaces the policy's
        options.update(changes)
        return options

    @cached_property
    def _stub(self) -> Any:
        """A generated client object: `_parse_response` wants one, though it only reads a flag."""
        import integr8_client

        return integr8_client.Client(base_url=str(self.base_url))

    @property
    def _secrets(self) -> tuple[str, ...]:
        return (self._api_key,)

    def _build_request(
        self,
        info: OperationInfo,
        args: tuple[Any, ...],
        params: dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> httpx.Request:
        kwargs = dict(info.request_kwargs(args, params))
        method = kwargs.pop("method").upper()
        url = kwargs.pop("url")
        query = dict(kwargs.pop("params", None) or {})
        # Extra parameters (filters) go out in the one form typed ones do: `wire_value`.
        query.update({k: wire_value(v, k) for k, v in (extra_query or {}).items() if v is not None})
        headers = {**(kwargs.pop("headers", None) or {}), **(extra_headers or {})}
        request: httpx.Request = self._http.build_request(
            method,
            url,
            params=query or None,
            headers=headers or None,
            timeout=_timeout(timeout) if timeout is not None else httpx.USE_CLIENT_DEFAULT,
            **kwargs,
        )
        return request

    def _mask_hop(self, request: httpx.Request) -> None:
        """Request hook of the download client: each URL it fetches, redirect hops included, is a
        signed URL whose secret may sit anywhere; it is shown only as host and file name in log
        lines while this client lives (the last 32 are kept registered)."""
        if "_signed_hops" not in self.__dict__:
            import collections

            self.__dict__["_signed_hops"] = collections.deque(maxlen=32)
        self.__dict__["_signed_hops"].append(_redact.register_signed_url(str(request.url)))

    def __getattr__(self, name: str) -> Tag:
        if name.startswith("_") or name not in catalog():
            raise AttributeError(f"{type(self).__name__!s} has no attribute {name!r}")
        tag = Tag(self, name, self._operation_cls)
        self.__dict__[name] = tag
        return tag

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *catalog()})

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r}, api_key=<redacted>)"

    # -- shared argument handling of the helpers -------------------------------------------

    def _page_plan(
        self,
        operation: Any,
        page_size: int,
        filters: Mapping[str, Any] | None,
        sort: str | Iterable[str] | None,
        concurrency: int,
        params: dict[str, Any],
    ) -> tuple[OperationInfo, dict[str, Any], dict[str, str]]:
        info = getattr(operation, "info", None)
        if not isinstance(info, OperationInfo):
            raise TypeError(
                "paginate() takes a bound list operation, e.g. client.paginate(client.offers.list_offers, ...)"
            )
        if not info.paginated:
            raise ConfigurationError(f"{info.tag}.{info.name} is not a paginated list operation")
        for reserved, use in (
            ("pagenumber", "pages are handled for you"),
            ("pagesize", "page_size="),
            ("sort", "sort="),
        ):
            if reserved in params:
                raise ConfigurationError(f"paginate(): do not pass {reserved}; {use}")
        check_page_size(page_size)
        check_concurrency(concurrency)
        call_params = {**params, "pagesize": page_size}
        sorted_by = sort_param(sort)
        if sorted_by:
            call_params["sort"] = sorted_by
        query = filter_query(filters)
        info.request_kwargs((), {**call_params, "pagenumber": 1})  # fail now, not mid-iteration
        return info, call_params, query

    def _report_plan(
        self,
        kind: str,
        integration_id: str,
        start: Any,
        end: Any,
        status: str | None,
        offer_id: str | None,
        publisher: str | None,
        advertiser: str | None,
        timezone: str,
        page_size: int,
    ) -> tuple[OperationInfo, dict[str, Any]]:
        if kind not in REPORTS:
            raise ConfigurationError(f"report kind must be one of {', '.join(REPORTS)}; got {kind!r}")
        check_integration(integration_id)
        start_time, end_time = api_window(start, end, timezone)
        check_page_size(page_size)
        params: dict[str, Any] = {
            "integration_id": integration_id,
            "start_time": start_time,
            "end_time": end_time,
            "timezone": timezone,
            "pagesize": page_size,
        }
        for name, value in (
            ("filterstatus", status),
            ("filteroffer_id", offer_id),
            ("filterpublisher", publisher),
            ("filteradvertiser", advertiser),
        ):
            if value is not None:
                params[name] = value
        info = operation_info(*REPORTS[kind])
        info.request_kwargs((), params)  # fail now (e.g. an unknown status), not mid-iteration
        return info, params


class Integr8(_ClientCore):
    """The Integr8 API client.

    client = Integr8(api_key="...")          # or Integr8.from_env()
    client.offers.list_offers(integration_id="...")
    for offer in client.paginate(client.offers.list_offers, integration_id="..."):
        ...

    Limits (see `integr8._http`, `integr8._retry`, `integr8._exports`):
      timeout             seconds for each attempt's WHOLE answer, headers and body (not just each
                          read), else `APITimeoutError`; a call with its retries and their waits
                          ends within (max_retries + 1) * timeout + max_retries * 8 seconds.
      max_response_bytes  the largest JSON answer read, in bytes (default 64 MiB), else
                          `ResponseTooLargeError`.
      max_download_bytes  the largest artifact download whose host does not send Content-Length
                          (default 4 GiB), else `DownloadError`; with one, the download stops at
                          it. A download slower than 1 KiB/s over `timeout` seconds is retried,
                          then fails with `DownloadError`.
    A `Retry-After` longer than 60 s raises `RateLimitError` (or `ServerError` on 503) at once;
    its `.retry_after` says how many seconds the server asked for.
    """

    _operation_cls = Operation

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        transport: httpx.BaseTransport | None = None,
        allow_http: bool | None = None,
        max_response_bytes: int = _http.DEFAULT_MAX_RESPONSE_BYTES,
        max_download_bytes: int = MAX_DOWNLOAD_BYTES,
        retry: RetryPolicy | None = None,
    ):
        super().__init__(
            api_key, base_url, timeout, max_retries, allow_http, max_response_bytes, max_download_bytes, retry
        )
        self._remember(transport)
        if transport is not None and not isinstance(transport, httpx.BaseTransport):
            raise ConfigurationError(
                "transport: Integr8 needs a sync httpx.BaseTransport; use AsyncIntegr8 for an async one"
            )
        self._sleep = time.sleep
        self._clock = time.monotonic
        self._transport = transport
        self._http = httpx.Client(
            base_url=self.base_url,
            auth=self._auth,
            headers=self._headers,
            timeout=self.timeout,
            transport=transport,
            verify=_verify(transport),
            follow_redirects=False,
        )

    @classmethod
    def from_env(cls, **overrides: Any) -> Integr8:
        """A client from `INTEGR8_API_KEY` and, if set, `INTEGR8_BASE_URL` and `INTEGR8_ALLOW_HTTP`
        (as `Integr8()` reads them); keywords override. ConfigurationError without a key."""
        return cls(**cls._env_settings(dict(overrides)))

    def with_options(self, **changes: Any) -> Integr8:
        """A new client like this one with some settings changed, e.g.
        `client.with_options(timeout=120, max_retries=0).offers.list_offers(...)`. Takes the
        constructor's keywords; ConfigurationError for any other. The two clients are closed
        separately."""
        return type(self)(**self._options(**changes))

    def _send(self, request: httpx.Request, *, stream: bool = False) -> httpx.Response:
        return _http.send(
            self._http,
            request,
            self._policy,
            stream=stream,
            sleep=self._sleep,
            secrets=self._secrets,
            clock=self._clock,
            max_bytes=self.max_response_bytes,
        )

    def _call(self, info: OperationInfo, params: dict[str, Any], extra_query: Mapping[str, Any] | None = None) -> Any:
        response = self._send(self._build_request(info, (), params, extra_query))
        return info.parse(response, self._stub)

    def paginate(
        self,
        operation: Operation,
        /,
        *,
        page_size: int = 100,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        concurrency: int = 1,
        **params: Any,
    ) -> Paginator:
        """Every item of every page of a list operation (see `integr8._pagination`)."""
        info, call_params, query = self._page_plan(operation, page_size, filters, sort, concurrency, params)

        def fetch(number: int) -> Any:
            return self._call(info, {**call_params, "pagenumber": number}, query)

        return Paginator(fetch, concurrency, page_size=page_size, operation=f"{info.tag}.{info.name}")

    def iter_report(
        self,
        kind: str,
        *,
        integration_id: str,
        start: Any,
        end: Any,
        status: str | None = None,
        offer_id: str | None = None,
        publisher: str | None = None,
        advertiser: str | None = None,
        timezone: str = "UTC",
        page_size: int = 100,
    ) -> Iterator[Any]:
        """Every row of a click, conversion or impression report, newest first.

        `start`/`end`: datetime, date or text (the forms `integr8._times` reads); naive values
        are read in `timezone`, aware ones converted to it; a date alone starts at the start of
        its day and ends at the end of it. Both ends are included, to the second. A bound whose
        wall-clock time in `timezone` happens twice (the hour repeated when the clocks go back)
        raises `ConfigurationError` before any request, saying how to ask instead (in UTC, or
        with that bound moved out of the repeated hour): the API reads bounds as wall-clock text
        and its rows carry no offset, so such a window cannot be asked for or trimmed exactly.
        """
        info, params = self._report_plan(
            kind, integration_id, start, end, status, offer_id, publisher, advertiser, timezone, page_size
        )

        def fetch(after: str | None) -> Any:
            return self._call(info, {**params, "pageafter": after} if after else params)

        return iter_cursor(fetch, f"{info.tag}.{info.name}")

    def update_conversions(
        self,
        *,
        integration_id: str,
        updates: Iterable[ConversionUpdate],
        verify: bool = True,
        timezone: str = "UTC",
        verify_timeout: float = 60.0,
        chunk_size: int = 100,
        raise_on_unapplied: bool = False,
    ) -> ConversionUpdateReport:
        """Send conversion updates, then read the Conversion Report back to see what happened.

        Every update lands in `report.applied`, `.skipped`, `.not_found` or `.unsettled` (see
        `integr8._conversions`). Malformed input raises `InvalidUpdatesError` before anything is
        sent; `raise_on_unapplied=True` raises `VerificationError` unless `report.ok`.

        `verify_timeout` (seconds, from when the updates are sent) bounds the whole verification:
        report requests start at least `READ_GAP` (0.25 s) apart, none after `verify_timeout`
        (the first always goes out), and at most `1 + ceil(verify_timeout / 0.25)` of them.
        Updates not settled by then are `.unsettled`, their reasons saying what stopped it. A
        report read that fails with an SDK error is not raised: it stops verification the same
        way and is kept on `report.verify_error`.

        Sending stops at the first batch that fails. A batch whose connection broke after it was
        sent is "sent, answer lost": never resent, verified like the others (`report.answer_lost`
        lists them). If batches were left unsent, `UpdatesPartlySentError` is raised after the rest
        is verified (`.sent`, `.answer_lost`, `.unsent`, `.report`); if nothing went out, the
        request's own error.
        """
        return update_and_verify(
            self,
            integration_id=integration_id,
            updates=updates,
            verify=verify,
            timezone=timezone,
            verify_timeout=verify_timeout,
            chunk_size=chunk_size,
            raise_on_unapplied=raise_on_unapplied,
        )

    @cached_property
    def _files_http(self) -> httpx.Client:
        """For signed download URLs: same transport, no credentials, redirects followed (every
        hop's URL masked in logs like the first: `_ClientCore._mask_hop`)."""
        return httpx.Client(
            transport=self._transport,
            verify=_verify(self._transport),
            timeout=self.timeout,
            headers=self._headers,
            follow_redirects=True,
            event_hooks={"request": [self._mask_hop]},
        )

    def export_to_file(
        self,
        kind: str,
        *,
        integration_id: str,
        start: Any,
        end: Any,
        dest: str | os.PathLike[str],
        fields: Sequence[str],
        extra_parameters: Sequence[str] | None = None,
        timezone: str = "UTC",
        delimiter: str = ",",
        extract: bool = True,
        poll_interval: float = 2.0,
        max_poll_interval: float = 30.0,
        timeout: float = 1800.0,
        on_progress: Callable[[ExportProgress], None] | None = None,
    ) -> ExportResult:
        """Export a report through the Download Center into a CSV file (or the zip) at `dest`.

        Creates the export, polls it until COMPLETED, downloads the artifact from its signed URL
        without any Integr8 credentials, verifies it and writes `dest` atomically (see
        `integr8._exports`). `on_progress` receives an `ExportProgress` at each phase change and
        during the download. Raises `ExportFailedError` (ERROR, CANCELED, or a status the spec
        does not list that comes with error text), `ExportTimeoutError` (resume it with
        `resume_export`), `DownloadError` or `ArtifactError`, and `APIResponseValidationError`
        naming the export when a status answer has no status text or describes another export;
        `dest` is then left untouched.
        `start`/`end` are read as `iter_report` reads them, and a bound in a repeated hour is
        refused the same way (`ConfigurationError`, before the export is created): the CSV is
        made by the server, with times that carry no offset, so it cannot be trimmed afterwards.
        """
        return export_sync(
            self,
            kind,
            dest=dest,
            extract=extract,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            timeout=timeout,
            on_progress=on_progress,
            integration_id=integration_id,
            start=start,
            end=end,
            fields=fields,
            extra_parameters=extra_parameters,
            timezone=timezone,
            delimiter=delimiter,
        )

    def resume_export(
        self,
        export_id: str,
        *,
        dest: str | os.PathLike[str],
        extract: bool = True,
        timeout: float = 1800.0,
        poll_interval: float = 2.0,
        max_poll_interval: float = 30.0,
        on_progress: Callable[[ExportProgress], None] | None = None,
    ) -> ExportResult:
        """Wait for an existing export (e.g. after `ExportTimeoutError`) and fetch it to `dest`."""
        return resume_sync(
            self,
            export_id,
            dest=dest,
            extract=extract,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            timeout=timeout,
            on_progress=on_progress,
        )

    def close(self) -> None:
        self._http.close()
        if "_files_http" in self.__dict__:
            self._files_http.close()

    def __enter__(self) -> Integr8:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncIntegr8(_ClientCore):
    """The asyncio twin of `Integr8`: the same names, awaited (`async with`, `async for`)."""

    _operation_cls = AsyncOperation

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        allow_http: bool | None = None,
        max_response_bytes: int = _http.DEFAULT_MAX_RESPONSE_BYTES,
        max_download_bytes: int = MAX_DOWNLOAD_BYTES,
        retry: RetryPolicy | None = None,
    ):
        super().__init__(
            api_key, base_url, timeout, max_retries, allow_http, max_response_bytes, max_download_bytes, retry
        )
        self._remember(transport)
        if transport is not None and not isinstance(transport, httpx.AsyncBaseTransport):
            raise ConfigurationError(
                "transport: AsyncIntegr8 needs an httpx.AsyncBaseTransport; use Integr8 for a sync one"
            )
        import asyncio  # only async users pay for it

        self._sleep = asyncio.sleep
        self._clock = time.monotonic
        self._transport = transport
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            auth=self._auth,
            headers=self._headers,
            timeout=self.timeout,
            transport=transport,
            verify=_verify(transport),
            follow_redirects=False,
        )

    @classmethod
    def from_env(cls, **overrides: Any) -> AsyncIntegr8:
        """A client from `INTEGR8_API_KEY` and, if set, `INTEGR8_BASE_URL` and `INTEGR8_ALLOW_HTTP`
        (as `AsyncIntegr8()` reads them); keywords override. ConfigurationError without a key."""
        return cls(**cls._env_settings(dict(overrides)))

    def with_options(self, **changes: Any) -> AsyncIntegr8:
        """A new client like this one with some settings changed (see `Integr8.with_options`)."""
        return type(self)(**self._options(**changes))

    async def _send(self, request: httpx.Request, *, stream: bool = False) -> httpx.Response:
        return await _http.send_async(
            self._http,
            request,
            self._policy,
            stream=stream,
            sleep=self._sleep,
            secrets=self._secrets,
            clock=self._clock,
            max_bytes=self.max_response_bytes,
        )

    async def _call(
        self, info: OperationInfo, params: dict[str, Any], extra_query: Mapping[str, Any] | None = None
    ) -> Any:
        response = await self._send(self._build_request(info, (), params, extra_query))
        return info.parse(response, self._stub)

    def paginate(
        self,
        operation: AsyncOperation,
        /,
        *,
        page_size: int = 100,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        concurrency: int = 1,
        **params: Any,
    ) -> AsyncPaginator:
        """Every item of every page of a list operation, for `async for`."""
        info, call_params, query = self._page_plan(operation, page_size, filters, sort, concurrency, params)

        async def fetch(number: int) -> Any:
            return await self._call(info, {**call_params, "pagenumber": number}, query)

        return AsyncPaginator(fetch, concurrency, page_size=page_size, operation=f"{info.tag}.{info.name}")

    def iter_report(
        self,
        kind: str,
        *,
        integration_id: str,
        start: Any,
        end: Any,
        status: str | None = None,
        offer_id: str | None = None,
        publisher: str | None = None,
        advertiser: str | None = None,
        timezone: str = "UTC",
        page_size: int = 100,
    ) -> AsyncIterator[Any]:
        """Every row of a report, newest first, for `async for` (see `Integr8.iter_report`)."""
        info, params = self._report_plan(
            kind, integration_id, start, end, status, offer_id, publisher, advertiser, timezone, page_size
        )

        async def fetch(after: str | None) -> Any:
            return await self._call(info, {**params, "pageafter": after} if after else params)

        return aiter_cursor(fetch, f"{info.tag}.{info.name}")

    async def update_conversions(
        self,
        *,
        integration_id: str,
        updates: Iterable[ConversionUpdate],
        verify: bool = True,
        timezone: str = "UTC",
        verify_timeout: float = 60.0,
        chunk_size: int = 100,
        raise_on_unapplied: bool = False,
    ) -> ConversionUpdateReport:
        """Send conversion updates and verify them (see `Integr8.update_conversions`)."""
        return await aupdate_and_verify(
            self,
            integration_id=integration_id,
            updates=updates,
            verify=verify,
            timezone=timezone,
            verify_timeout=verify_timeout,
            chunk_size=chunk_size,
            raise_on_unapplied=raise_on_unapplied,
        )

    @cached_property
    def _files_http(self) -> httpx.AsyncClient:
        """For signed download URLs: same transport, no credentials, redirects followed (every
        hop's URL masked in logs like the first: `_ClientCore._mask_hop`)."""

        async def mask_hop(request: httpx.Request) -> None:
            self._mask_hop(request)

        return httpx.AsyncClient(
            transport=self._transport,
            verify=_verify(self._transport),
            timeout=self.timeout,
            headers=self._headers,
            follow_redirects=True,
            event_hooks={"request": [mask_hop]},
        )

    async def export_to_file(
        self,
        kind: str,
        *,
        integration_id: str,
        start: Any,
        end: Any,
        dest: str | os.PathLike[str],
        fields: Sequence[str],
        extra_parameters: Sequence[str] | None = None,
        timezone: str = "UTC",
        delimiter: str = ",",
        extract: bool = True,
        poll_interval: float = 2.0,
        max_poll_interval: float = 30.0,
        timeout: float = 1800.0,
        on_progress: Callable[[ExportProgress], None] | None = None,
    ) -> ExportResult:
        """Export a report to `dest` (see `Integr8.export_to_file`).

        Cancelling it is safe: the download's writer thread is waited for, nothing half-written
        is left, and `dest` is untouched, unless the cancellation arrived while the finished file
        was being put in place, in which case `dest` is the complete new file.
        """
        return await export_async(
            self,
            kind,
            dest=dest,
            extract=extract,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            timeout=timeout,
            on_progress=on_progress,
            integration_id=integration_id,
            start=start,
            end=end,
            fields=fields,
            extra_parameters=extra_parameters,
            timezone=timezone,
            delimiter=delimiter,
        )

    async def resume_export(
        self,
        export_id: str,
        *,
        dest: str | os.PathLike[str],
        extract: bool = True,
        timeout: float = 1800.0,
        poll_interval: float = 2.0,
        max_poll_interval: float = 30.0,
        on_progress: Callable[[ExportProgress], None] | None = None,
    ) -> ExportResult:
        """Wait for an existing export and fetch it to `dest` (see `Integr8.resume_export`)."""
        return await resume_async(
            self,
            export_id,
            dest=dest,
            extract=extract,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            timeout=timeout,
            on_progress=on_progress,
        )

    async def close(self) -> None:
        await self._http.aclose()
        if "_files_http" in self.__dict__:
            await self._files_http.aclose()

    async def __aenter__(self) -> AsyncIntegr8:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
