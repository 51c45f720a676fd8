"""`Integr8` and `AsyncIntegr8`: the clients users import.

They hold the settings (key, base URL, timeout, retries), one httpx client whose transport
carries all of their HTTP, and bind the generated operations as `client.<tag>.<operation>`.
Behaviour that is the same for both lives in `_ClientCore`; the two classes differ only where
one blocks and the other awaits.
"""

from __future__ import annotations

import functools
import os
import time
from collections.abc import Awaitable, Callable, Generator, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar, Unpack, overload

import httpx

from integr8_client.api import AsyncOperations, Operations

from . import _http, _redact
from ._constants import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ENV_ALLOW_HTTP,
    ENV_API_KEY,
    ENV_BASE_URL,
    MAX_DOWNLOAD_BYTES,
    TRUE_WORDS,
)
from ._core import Core, as_byte_limit, as_timeout, transport_clock
from ._filters import check_filter_fields, check_strict
from ._flow import AsyncIO, Flow, SyncIO, arun, run
from ._operations import OperationInfo, operation_info
from ._opnames import REPORTS
from ._pagination import (
    AsyncPaginator,
    Page,
    Paginator,
    check_concurrency,
    check_page_size,
    filter_query,
    sort_param,
)
from ._pagination import T as _Item
from ._reports import ReportArgs
from ._retry import RetryPolicy
from ._version import __version__
from .errors import ConfigurationError

if TYPE_CHECKING:
    from integr8_client.models import ClickReportRow, ConversionReportRow, ImpressionReportRow

    from ._conversions import ConversionUpdate, ConversionUpdateReport, update_flow
    from ._exports import ExportProgress, ExportResult, export_flow, resume_flow
else:
    # The features' modules (and what they import: decimal, zoneinfo, zipfile ...) load when a
    # feature is first used, not with the client: a process that only lists pays nothing for
    # them. Each stand-in imports the real flow on its first call (then a dict lookup).

    def update_flow(*args: Any, **kwargs: Any) -> Any:
        from ._conversions import update_flow

        return update_flow(*args, **kwargs)

    def export_flow(*args: Any, **kwargs: Any) -> Any:
        from ._exports import export_flow

        return export_flow(*args, **kwargs)

    def resume_flow(*args: Any, **kwargs: Any) -> Any:
        from ._exports import resume_flow

        return resume_flow(*args, **kwargs)


_T = TypeVar("_T")
_H = TypeVar("_H", httpx.Client, httpx.AsyncClient)


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


_CREDENTIAL_HEADERS = ("authorization", "api-key", "cookie", "proxy-authorization")


def _check_http_client(http_client: _H | None, kind: type[_H], transport: object) -> _H | None:
    """`http_client` if it can carry this client's API calls, else ConfigurationError: the right
    kind (sync or async), not given together with `transport`, and holding no credentials of
    its own (no `auth`, no Authorization/API-KEY/Cookie default headers), which it would add to
    every request."""
    if http_client is None:
        return None
    if not isinstance(http_client, kind):
        other = "AsyncIntegr8" if kind is httpx.Client else "Integr8"
        raise ConfigurationError(
            f"http_client must be an {kind.__module__}.{kind.__name__}, got {type(http_client).__name__} "
            f"(use {other} for the other kind)"
        )
    if transport is not None:
        raise ConfigurationError("give transport= or http_client=, not both (put the transport in the http_client)")
    held = [h for h in _CREDENTIAL_HEADERS if h in http_client.headers]
    if http_client.auth is not None or held:
        raise ConfigurationError(
            "http_client carries credentials of its own (" + ", ".join(held or ["auth"]) + "); the SDK adds "
            "the API key itself, so give it a client without auth or credential headers"
        )
    return http_client


class _ClientCore:
    """Settings, request building and operation binding shared by the sync and async clients."""

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
        strict_filters: bool = True,
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
        self._settings: dict[str, Any] = dict(
            timeout=as_timeout(timeout),
            policy=_retry_policy(retry, max_retries),
            max_response_bytes=as_byte_limit("max_response_bytes", max_response_bytes),
            max_download_bytes=as_byte_limit("max_download_bytes", max_download_bytes),
            strict_filters=check_strict(strict_filters),
        )
        self._auth = _ApiKeyAuth(self._api_key, (self.base_url.scheme, self.base_url.host, self.base_url.port))
        self._headers = {"User-Agent": f"integr8-py/{__version__} httpx/{httpx.__version__}"}
        self._allow_http = allow_http

    @classmethod
    def _env_settings(cls, overrides: dict[str, Any]) -> dict[str, Any]:
        if not (overrides.get("api_key") or os.environ.get(ENV_API_KEY)):
            raise ConfigurationError(f"{ENV_API_KEY} is not set (export it, or pass api_key=...)")
        return overrides  # the constructor reads the environment for whatever is left out

    def _remember(self, transport: object, http_client: object) -> None:
        """Keep the settings this client was made with, resolved, for `with_options`."""
        self._made_with = dict(
            api_key=self._api_key,
            base_url=self.base_url,
            timeout=self._settings["timeout"],
            max_retries=self._settings["policy"].max_retries,
            transport=transport,
            http_client=http_client,
            allow_http=self._allow_http,
            max_response_bytes=self._settings["max_response_bytes"],
            max_download_bytes=self._settings["max_download_bytes"],
            retry=self._settings["policy"],
            strict_filters=self._settings["strict_filters"],
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

    _core: Core

    def _make_core(self, http: Any, make_files_http: Any, sleep: Any) -> Core:
        self._http = http
        self._core = Core(
            http=http,
            make_files_http=make_files_http,
            policy=self._settings["policy"],
            secrets=(self._api_key,),
            allow_http=self._allow_http,
            max_response_bytes=self._settings["max_response_bytes"],
            max_download_bytes=self._settings["max_download_bytes"],
            timeout=self._settings["timeout"],
            base_url=self.base_url,
            sleep=sleep,
            headers={**self._headers, "API-KEY": self._api_key},
            strict_filters=self._settings["strict_filters"],
        )
        # A sandbox transport on a ManualClock (integr8.testing): wait in sandbox time, not real time.
        sandbox_clock = transport_clock(self._made_with["transport"] or self._made_with["http_client"])
        if sandbox_clock is not None:
            self._core.follow_clock(sandbox_clock)
        return self._core

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r}, api_key=<redacted>)"

    # The settings a feature reads live on the Core; these read and change them there, so a
    # change made after construction (`client.max_response_bytes = ...`) takes effect.
    @property
    def timeout(self) -> httpx.Timeout:
        """The default `httpx.Timeout` of one attempt (seconds)."""
        return self._core.timeout

    @timeout.setter
    def timeout(self, value: float | httpx.Timeout) -> None:
        self._core.timeout = as_timeout(value)

    @property
    def _policy(self) -> RetryPolicy:
        return self._core.policy

    @property
    def max_retries(self) -> int:
        """Retries after the first attempt (`RetryPolicy.max_retries`)."""
        return self._core.policy.max_retries

    @max_retries.setter
    def max_retries(self, value: int) -> None:
        import attrs

        self._core.policy = attrs.evolve(self._core.policy, max_retries=_retry_policy(None, value).max_retries)

    @property
    def max_response_bytes(self) -> int:
        """The largest JSON answer read, in bytes."""
        return self._core.max_response_bytes

    @max_response_bytes.setter
    def max_response_bytes(self, value: int) -> None:
        self._core.max_response_bytes = as_byte_limit("max_response_bytes", value)

    @property
    def max_download_bytes(self) -> int:
        """The largest download whose host sends no Content-Length, in bytes."""
        return self._core.max_download_bytes

    @max_download_bytes.setter
    def max_download_bytes(self, value: int) -> None:
        self._core.max_download_bytes = as_byte_limit("max_download_bytes", value)

    @property
    def strict_filters(self) -> bool:
        """Whether `paginate` refuses a filter on a field the operation's items do not have
        (ConfigurationError listing the valid ones; `integr8._filters`). Default True."""
        return self._core.strict_filters

    @strict_filters.setter
    def strict_filters(self, value: bool) -> None:
        self._core.strict_filters = check_strict(value)

    def _opened(self, kind: type[_H]) -> list[_H]:
        """The httpx clients this client made and so must close (not an `http_client` given)."""
        made = [] if self._made_with["http_client"] is not None else [self._http]
        if self._core.has_files_http:
            made.append(self._core.files_http)
        return [http for http in made if isinstance(http, kind)]

    # -- shared argument handling of the helpers -------------------------------------------

    def _page_plan(
        self,
        operation: object,
        page_size: int,
        filters: Mapping[str, Any] | None,
        sort: str | Iterable[str] | None,
        concurrency: int,
        params: dict[str, Any],
        strict_filters: bool | None = None,
    ) -> tuple[OperationInfo, dict[str, Any], dict[str, str]]:
        # A bound operation names itself: `__integr8_operation__ = (tag, name)` (generated).
        named = getattr(operation, "__integr8_operation__", None)
        info = None
        if isinstance(named, tuple) and len(named) == 2 and all(isinstance(part, str) for part in named):
            try:
                info = operation_info(*named)
            except AttributeError:
                info = None
        if not isinstance(info, OperationInfo):
            raise TypeError(
                f"paginate() takes a bound list operation of the client, e.g. "
                f"client.paginate(client.offers.list_offers, ...); got {type(operation).__name__}"
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
        strict = self._core.strict_filters if strict_filters is None else check_strict(strict_filters)
        check_filter_fields(f"{info.tag}.{info.name}", info.name, filters or (), strict=strict)
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
        from ._times import api_window, check_integration  # zoneinfo: loaded for reports only

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


class Integr8(_ClientCore, Operations):
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

    `http_client`: an `httpx.Client` you configured (proxies, connection limits, certificates)
    to carry the API calls instead of the SDK's own; it must hold no credentials (no `auth`,
    no Authorization/API-KEY/Cookie headers: ConfigurationError). The SDK still sets the URL,
    the key, the User-Agent and the timeout of each request, and never follows a redirect on an
    API call, whatever the client's own setting. Downloads from signed URLs do not use it (they
    must carry no header of yours; the SDK's credential-free client honours HTTPS_PROXY). It stays
    open when this client is closed. `transport` is the lighter way to swap only the transport.

    `strict_filters` (default True): `paginate` refuses, with `ConfigurationError` listing the
    valid ones, a filter on a field the operation's items do not have per the spec (the API
    would match nothing); False sends such fields (`paginate(..., strict_filters=)` per call).
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        allow_http: bool | None = None,
        max_response_bytes: int = _http.DEFAULT_MAX_RESPONSE_BYTES,
        max_download_bytes: int = MAX_DOWNLOAD_BYTES,
        retry: RetryPolicy | None = None,
        strict_filters: bool = True,
    ):
        super().__init__(
            api_key,
            base_url,
            timeout,
            max_retries,
            allow_http,
            max_response_bytes,
            max_download_bytes,
            retry,
            strict_filters=strict_filters,
        )
        self._remember(transport, http_client)
        if transport is not None and not isinstance(transport, httpx.BaseTransport):
            raise ConfigurationError(
                "transport: Integr8 needs a sync httpx.BaseTransport; use AsyncIntegr8 for an async one"
            )
        self._transport = transport
        http = _check_http_client(http_client, httpx.Client, transport) or httpx.Client(
            base_url=self.base_url,
            auth=self._auth,
            headers=self._headers,
            timeout=self._settings["timeout"],
            transport=transport,
            verify=_verify(transport),
            follow_redirects=False,
        )
        self._make_core(http, self._new_files_http, time.sleep)
        self._io = SyncIO(lambda: self._core.sleep)

    def _run(self, flow: Flow[_T]) -> _T:
        return run(flow, self._io)

    def call_operation(
        self,
        tag: str,
        name: str,
        args: tuple[Any, ...],
        params: dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> Any:
        """Send operation `name` of tag `tag` and return its parsed 2xx answer: what every
        `client.<tag>.<operation>(...)` method does (they are generated, see `integr8._operations`).

        `args`: the path parameters in order; `params`: the others by name (`UNSET` ones are
        left out); `extra_query`, `extra_headers`, `timeout` (seconds): as the methods document.
        AttributeError for an unknown operation; otherwise the methods' errors.
        """
        return self._run(
            self._core.call(
                operation_info(tag, name), params, extra_query, args=args, extra_headers=extra_headers, timeout=timeout
            )
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

    def _call(self, info: OperationInfo, params: dict[str, Any], extra_query: Mapping[str, Any] | None = None) -> Any:
        return self._run(self._core.call(info, params, extra_query))

    def _fetch(self, info: OperationInfo, params: dict[str, Any], extra_query: Mapping[str, Any]) -> httpx.Response:
        return self._run(self._core.fetch(info, params, extra_query))

    def paginate(
        self,
        operation: Callable[..., Page[_Item]],
        /,
        *,
        page_size: int = 100,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        concurrency: int = 1,
        strict_filters: bool | None = None,
        **params: Any,
    ) -> Paginator[_Item]:
        """Every item of every page of a list operation: a `Paginator` of the operation's item
        model (`client.paginate(client.offers.list_offers, integration_id="...")` iterates
        `Offer`s), lazy and re-iterable (see `integr8.pagination`).

        `operation`: a bound list operation of a client (`client.<tag>.<list operation>`);
        `page_size`: items per request, 1 to 100; `filters`: `{"field": value}` (equals) or
        `{"field": {"operator": value}}`, sent as `filter[field][operator]`, with the operators of
        `integr8._filter_operators` (eq, ne, like, nlike, gt, gte, lt, lte, in, nin, eq_n, ne_n)
        and fields the operation's items have per the spec, dotted for nested ones
        (`{"default_payout.payout": {"gte": 20}}`); `strict_filters`: False sends a field the
        spec does not list (the API matches nothing for a field its items lack), default: the
        client's `strict_filters`; `sort`: a key or a list of keys, `-` in front for descending;
        `concurrency`: pages fetched at once (1 or more); `**params`: the operation's own
        parameters (`integration_id=...`). Raises, before any request: `TypeError` for anything
        but a bound operation, `ConfigurationError` for an operation that is not a numbered list,
        a bad `page_size`, `concurrency`, filter value, unknown operator, unknown field (naming
        the valid ones; `integr8._filters`), sort key or parameter, and for
        `pagenumber`/`pagesize`/`sort` among `params`.
        """
        info, call_params, query = self._page_plan(
            operation, page_size, filters, sort, concurrency, params, strict_filters
        )
        return Paginator(
            lambda number: self._fetch(info, {**call_params, "pagenumber": number}, query),
            concurrency,
            page_size=page_size,
            operation=f"{info.tag}.{info.name}",
            parse=functools.partial(self._core.parse, info),
        )

    @overload
    def iter_report(self, kind: Literal["clicks"], **args: Unpack[ReportArgs]) -> Paginator[ClickReportRow]: ...
    @overload
    def iter_report(
        self, kind: Literal["conversions"], **args: Unpack[ReportArgs]
    ) -> Paginator[ConversionReportRow]: ...
    @overload
    def iter_report(
        self, kind: Literal["impressions"], **args: Unpack[ReportArgs]
    ) -> Paginator[ImpressionReportRow]: ...
    @overload
    def iter_report(self, kind: str, **args: Unpack[ReportArgs]) -> Paginator[Any]: ...
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
    ) -> Paginator[Any]:
        """Every row of a click, conversion or impression report, newest first: a `Paginator` of
        the report's row model (`ClickReportRow`, `ConversionReportRow`, `ImpressionReportRow`),
        lazy and re-iterable (see `integr8.pagination`); `.pages()` gives the report pages
        (`ConversionReport` ...). Raises `CursorLoopError` while iterating if the report's
        cursors go round.

        `kind`: `"clicks"`, `"conversions"` or `"impressions"`; `status`, `offer_id`,
        `publisher`, `advertiser`: the report's filters; `page_size`: rows per request, 1 to 100.
        A bad kind, integration ID, filter value, window or page size raises
        `ConfigurationError` before any request.

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
        return Paginator(
            lambda after: self._call(info, {**params, "pageafter": after} if after else params),
            operation=f"{info.tag}.{info.name}",
            strategy="cursor",
        )

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
        allow_unknown_status: bool = False,
    ) -> ConversionUpdateReport:
        """Send conversion updates, then read the Conversion Report back to see what happened.

        Every update lands in `report.applied`, `.skipped`, `.not_found` or `.unsettled` (see
        `integr8._conversions`). Malformed input raises `InvalidUpdatesError` before anything is
        sent, a status other than Approved, Rejected or Pending among it (with a did-you-mean)
        unless `allow_unknown_status=True`; `raise_on_unapplied=True` raises `VerificationError`
        unless `report.ok`.

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
        return self._run(
            update_flow(
                self._core,
                integration_id=integration_id,
                updates=updates,
                verify=verify,
                timezone=timezone,
                verify_timeout=verify_timeout,
                chunk_size=chunk_size,
                raise_on_unapplied=raise_on_unapplied,
                allow_unknown_status=allow_unknown_status,
                report_plan=lambda start, end: self._report_plan(
                    "conversions", integration_id, start, end, None, None, None, None, "UTC", 100
                ),
            )
        )

    def _new_files_http(self, core: Core) -> httpx.Client:
        """For signed download URLs: same transport, no credentials, redirects followed (every
        hop's URL masked in logs like the first: `Core.mask_hop`)."""
        return httpx.Client(
            transport=self._transport,
            verify=_verify(self._transport),
            timeout=self.timeout,
            headers=self._headers,
            follow_redirects=True,
            event_hooks={"request": [core.mask_hop]},
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
        reuse_max_age: float | None = 3600.0,
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

        The Download Center accepts at most 10 export requests a day, holds at most 5 million
        rows per export (2 million clicks) and keeps files 90 days (Integr8's knowledge base,
        docs/reports-and-analytics/download-center.md and click-reports.md). So an existing
        export of the same query (kind, integration, window, fields, extra parameters, filters,
        time zone, delimiter) is used instead of a new one when it is still PENDING or
        IN_PROGRESS, or COMPLETED after the window's end and at most `reuse_max_age` seconds
        ago (0 to 90 days; default one hour; None always creates a new export). One request
        (one page of List Download Center Exports, newest first) looks for it. The result says
        which export was used: `.reused`, `.export_id`, `.created_at` (its data is a snapshot
        from then; conversions change status later). `.probably_truncated` (and a warning on
        the `integr8` logger) says the rows reach that cap: export smaller windows. A creation
        refused with 429 or a quota message raises its usual error (`RateLimitError`, ...)
        saying the daily export limit is the likely cause.
        """
        return self._run(
            export_flow(
                self._core,
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
                reuse_max_age=reuse_max_age,
            )
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
        return self._run(
            resume_flow(
                self._core,
                export_id,
                dest=dest,
                extract=extract,
                poll_interval=poll_interval,
                max_poll_interval=max_poll_interval,
                timeout=timeout,
                on_progress=on_progress,
            )
        )

    def close(self) -> None:
        """Close the connections this client opened (an `http_client` you gave stays open: it is
        yours to close)."""
        for http in self._opened(httpx.Client):
            http.close()

    def __enter__(self) -> Integr8:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncIntegr8(_ClientCore, AsyncOperations):
    """The asyncio twin of `Integr8`: the same names, awaited (`async with`, `async for`)."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        allow_http: bool | None = None,
        max_response_bytes: int = _http.DEFAULT_MAX_RESPONSE_BYTES,
        max_download_bytes: int = MAX_DOWNLOAD_BYTES,
        retry: RetryPolicy | None = None,
        strict_filters: bool = True,
    ):
        super().__init__(
            api_key,
            base_url,
            timeout,
            max_retries,
            allow_http,
            max_response_bytes,
            max_download_bytes,
            retry,
            strict_filters=strict_filters,
        )
        self._remember(transport, http_client)
        if transport is not None and not isinstance(transport, httpx.AsyncBaseTransport):
            raise ConfigurationError(
                "transport: AsyncIntegr8 needs an httpx.AsyncBaseTransport; use Integr8 for a sync one"
            )
        import asyncio  # only async users pay for it

        self._transport = transport
        http = _check_http_client(http_client, httpx.AsyncClient, transport) or httpx.AsyncClient(
            base_url=self.base_url,
            auth=self._auth,
            headers=self._headers,
            timeout=self._settings["timeout"],
            transport=transport,
            verify=_verify(transport),
            follow_redirects=False,
        )
        self._make_core(http, self._new_files_http, asyncio.sleep)
        self._io = AsyncIO(lambda: self._core.sleep)

    async def _run(self, flow: Flow[_T]) -> _T:
        return await arun(flow, self._io)

    async def call_operation(
        self,
        tag: str,
        name: str,
        args: tuple[Any, ...],
        params: dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> Any:
        """Send operation `name` of tag `tag` and return its parsed 2xx answer, awaited (see
        `Integr8.call_operation`)."""
        return await self._run(
            self._core.call(
                operation_info(tag, name), params, extra_query, args=args, extra_headers=extra_headers, timeout=timeout
            )
        )

    @classmethod
    def from_env(cls, **overrides: Any) -> AsyncIntegr8:
        """A client from `INTEGR8_API_KEY` and, if set, `INTEGR8_BASE_URL` and `INTEGR8_ALLOW_HTTP`
        (as `AsyncIntegr8()` reads them); keywords override. ConfigurationError without a key."""
        return cls(**cls._env_settings(dict(overrides)))

    def with_options(self, **changes: Any) -> AsyncIntegr8:
        """A new client like this one with some settings changed (see `Integr8.with_options`)."""
        return type(self)(**self._options(**changes))

    async def _call(
        self, info: OperationInfo, params: dict[str, Any], extra_query: Mapping[str, Any] | None = None
    ) -> Any:
        return await self._run(self._core.call(info, params, extra_query))

    async def _fetch(
        self, info: OperationInfo, params: dict[str, Any], extra_query: Mapping[str, Any]
    ) -> httpx.Response:
        return await self._run(self._core.fetch(info, params, extra_query))

    def paginate(
        self,
        operation: Callable[..., Awaitable[Page[_Item]]],
        /,
        *,
        page_size: int = 100,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        concurrency: int = 1,
        strict_filters: bool | None = None,
        **params: Any,
    ) -> AsyncPaginator[_Item]:
        """Every item of every page of a list operation, for `async for`: an `AsyncPaginator` of
        the operation's item model (arguments and errors as `Integr8.paginate`)."""
        info, call_params, query = self._page_plan(
            operation, page_size, filters, sort, concurrency, params, strict_filters
        )
        return AsyncPaginator(
            lambda number: self._fetch(info, {**call_params, "pagenumber": number}, query),
            concurrency,
            page_size=page_size,
            operation=f"{info.tag}.{info.name}",
            parse=functools.partial(self._core.parse, info),
        )

    @overload
    def iter_report(self, kind: Literal["clicks"], **args: Unpack[ReportArgs]) -> AsyncPaginator[ClickReportRow]: ...
    @overload
    def iter_report(
        self, kind: Literal["conversions"], **args: Unpack[ReportArgs]
    ) -> AsyncPaginator[ConversionReportRow]: ...
    @overload
    def iter_report(
        self, kind: Literal["impressions"], **args: Unpack[ReportArgs]
    ) -> AsyncPaginator[ImpressionReportRow]: ...
    @overload
    def iter_report(self, kind: str, **args: Unpack[ReportArgs]) -> AsyncPaginator[Any]: ...
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
    ) -> AsyncPaginator[Any]:
        """Every row of a report, newest first, for `async for`: an `AsyncPaginator` of the
        report's row model (arguments and errors as `Integr8.iter_report`)."""
        info, params = self._report_plan(
            kind, integration_id, start, end, status, offer_id, publisher, advertiser, timezone, page_size
        )
        return AsyncPaginator(
            lambda after: self._call(info, {**params, "pageafter": after} if after else params),
            operation=f"{info.tag}.{info.name}",
            strategy="cursor",
        )

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
        allow_unknown_status: bool = False,
    ) -> ConversionUpdateReport:
        """Send conversion updates and verify them (see `Integr8.update_conversions`)."""
        return await self._run(
            update_flow(
                self._core,
                integration_id=integration_id,
                updates=updates,
                verify=verify,
                timezone=timezone,
                verify_timeout=verify_timeout,
                chunk_size=chunk_size,
                raise_on_unapplied=raise_on_unapplied,
                allow_unknown_status=allow_unknown_status,
                report_plan=lambda start, end: self._report_plan(
                    "conversions", integration_id, start, end, None, None, None, None, "UTC", 100
                ),
            )
        )

    def _new_files_http(self, core: Core) -> httpx.AsyncClient:
        """For signed download URLs: same transport, no credentials, redirects followed (every
        hop's URL masked in logs like the first: `Core.mask_hop`)."""

        async def mask_hop(request: httpx.Request) -> None:
            core.mask_hop(request)

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
        reuse_max_age: float | None = 3600.0,
    ) -> ExportResult:
        """Export a report to `dest` (see `Integr8.export_to_file`, also for `reuse_max_age`:
        an existing export of the same query is used when recent enough; None always creates).

        Cancelling it is safe: the download's writer thread is waited for, nothing half-written
        is left, and `dest` is untouched, unless the cancellation arrived while the finished file
        was being put in place, in which case `dest` is the complete new file.
        """
        return await self._run(
            export_flow(
                self._core,
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
                reuse_max_age=reuse_max_age,
            )
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
        return await self._run(
            resume_flow(
                self._core,
                export_id,
                dest=dest,
                extract=extract,
                poll_interval=poll_interval,
                max_poll_interval=max_poll_interval,
                timeout=timeout,
                on_progress=on_progress,
            )
        )

    async def close(self) -> None:
        """Close the connections this client opened (an `http_client` you gave stays open)."""
        for http in self._opened(httpx.AsyncClient):
            await http.aclose()

    async def __aenter__(self) -> AsyncIntegr8:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


def core_of(client: Integr8 | AsyncIntegr8) -> Core:
    """The `Core` of `client`: the one door through which the SDK's own modules (the contract
    probe, `integr8.testing`) reach a client's internals."""
    return client._core
