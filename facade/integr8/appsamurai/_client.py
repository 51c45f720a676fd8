"""`AppSamurai` and `AsyncAppSamurai`: fetching a partner's campaigns.

One GET of the partner URL returns every active campaign. The pull is written once, as a flow
(`_AppSamuraiCore._pull`, see `integr8._flow`), that the sync client runs with blocking I/O and
the async one awaits. It sends through the core's `send_flow` (the SDK's one retry loop), so a
pull is retried like every Integr8 call: idempotent GETs on connection errors, 429 and 5xx. It
has the same limits too (see `integr8._http`): the whole answer within `timeout` seconds per
attempt, the pull with its retries within the policy's deadline, and at most
`max_response_bytes` of body (default 64 MiB).

Its failures are AppSamurai's own (`appsamurai._errors`), never Integr8's classes: what the core
raises is turned into the matching `AppSamuraiError` at that one place (`appsamurai_error`):
`AppSamuraiConnectionError`, `AppSamuraiTimeoutError`, `AppSamuraiStatusError` and its
subclasses by status, `AppSamuraiResponseError` (`AppSamuraiResponseTooLargeError`). Settings
the client cannot work with raise `integr8.errors.ConfigurationError` at construction.

The token in the URL is registered as a secret for the client's lifetime, which keeps it out of
those errors, of retry log lines and of httpx's own `HTTP Request: GET ...` log record; the
errors keep no request, response or chained exception that could hold it.

A pull is read tolerantly (see `_parse`): malformed campaigns are skipped and reported, never
fatal to the others. So are campaigns whose bytes are not text in the body's charset (the one
its Content-Type declares, honoured; UTF-8 otherwise). `fetch()` returns both; `campaigns()` is
the common case and logs each skipped campaign as a warning on the `integr8.appsamurai` logger.
A body that is not JSON, holds no campaign list, or does not decode as its Content-Encoding says
(labelled gzip by a misconfigured proxy, say) is an `AppSamuraiResponseError`, not retried.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import os
import time
from collections.abc import Callable
from typing import Any, Self

import attrs
import httpx

from .. import _flow, _http, _redact
from .._constants import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ENV_APPSAMURAI_ALLOW_HTTP,
    ENV_APPSAMURAI_URL,
    TRUE_WORDS,
)
from .._core import as_byte_limit, as_timeout
from .._flow import Flow
from .._retry import RetryPolicy
from .._version import __version__
from ..errors import APIError, ConfigurationError
from ._endpoint import Endpoint, parse_endpoint
from ._errors import PREFIX, AppSamuraiError, AppSamuraiResponseError, CampaignParseError, appsamurai_error
from ._models import Campaign
from ._parse import decode, loads, parse_campaigns, unwrap

__all__ = ["AppSamurai", "AsyncAppSamurai", "CampaignPull", "ENV_URL"]

ENV_URL = ENV_APPSAMURAI_URL
log = logging.getLogger("integr8.appsamurai")


@attrs.frozen
class CampaignPull:
    """One pull: the campaigns that could be read, and an error for each one that could not."""

    campaigns: tuple[Campaign, ...]
    errors: tuple[CampaignParseError, ...] = ()
    fetched_at: dt.datetime = attrs.field(factory=lambda: dt.datetime.now(dt.UTC))


class _AppSamuraiCore:
    """Settings, and the pull written once (`_pull`), shared by the sync and async clients."""

    def __init__(
        self,
        url: str | httpx.URL | None,
        timeout: float | httpx.Timeout,
        max_retries: int,
        allow_http: bool | None,
        max_response_bytes: int,
        transport: object,
        transport_type: type,
        wrong_transport: str,
    ):
        if allow_http is None:  # left out: APPSAMURAI_ALLOW_HTTP decides, as INTEGR8_ALLOW_HTTP does for Integr8
            allow_http = os.environ.get(ENV_APPSAMURAI_ALLOW_HTTP, "").strip().lower() in TRUE_WORDS
        self._endpoint: Endpoint = parse_endpoint(url, allow_http=allow_http)
        # Kept alive as long as the client: `_redact` masks the token while these live.
        self._secret_handles = tuple(_redact.register(s) for s in self._endpoint.secrets)
        self.timeout = as_timeout(timeout)
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ConfigurationError(f"max_retries must be 0 or more, got {max_retries!r}")
        self.max_retries = max_retries
        self.max_response_bytes = as_byte_limit("max_response_bytes", max_response_bytes)
        if transport is not None and not isinstance(transport, transport_type):
            raise ConfigurationError(f"transport: {wrong_transport}")
        self._clock = time.monotonic
        self._policy = RetryPolicy(max_retries=max_retries)
        self._headers = {
            "Accept": "application/json",
            "User-Agent": f"integr8-py/{__version__} httpx/{httpx.__version__}",
        }

    @classmethod
    def from_env(cls, **overrides: Any) -> Self:
        """A client for the URL in `APPSAMURAI_URL`; keywords (those of the constructor)
        override. ConfigurationError when neither gives a URL."""
        url = overrides.pop("url", None) or os.environ.get(ENV_URL)
        if not url:
            raise ConfigurationError(
                f"{ENV_URL} is not set (export the campaign-pull URL your AppSamurai account "
                "manager sent, or pass url=...)"
            )
        return cls(url=url, **overrides)

    @property
    def host(self) -> str:
        """The pull URL's host (the token is in the path, not here): safe to show."""
        return self._endpoint.url.host

    @property
    def _secrets(self) -> tuple[str, ...]:
        return self._endpoint.secrets

    def _pull(self, http: httpx.Client | httpx.AsyncClient) -> Flow[CampaignPull]:
        """One pull on `http`, as a flow (`integr8._flow`): sent with the core's retries and
        limits, read into a `CampaignPull`. The one place a pull is sent, so the one place the
        core's errors become AppSamurai's (`appsamurai_error`); raised outside the handler, so
        nothing that could quote the URL is chained to them."""
        request = http.build_request("GET", self._endpoint.url, headers=self._headers)
        try:
            response = yield from _http.send_flow(
                http,
                request,
                self._policy,
                secrets=self._secrets,
                clock=self._clock,
                max_bytes=self.max_response_bytes,
            )
        except APIError as exc:
            failure: AppSamuraiError = appsamurai_error(exc, self._secrets)
        else:
            return self._read(response)
        raise failure

    def _read(self, response: httpx.Response) -> CampaignPull:
        """The campaigns of a read answer: its body decoded in the charset its Content-Type
        declares (`_parse.decode`), bytes that are not text in it costing only their campaign.
        AppSamuraiResponseError when the body holds no campaign list."""
        text, charset = decode(response.content, response.charset_encoding)
        try:
            items = unwrap(loads(text))
        except (json.JSONDecodeError, RecursionError):
            problem = "the body is not JSON"
        except ValueError as exc:  # JSON, but no campaign list in it
            problem = str(exc)
        else:
            campaigns, problems = parse_campaigns(items, charset=charset)
            for skipped in problems:
                log.warning("Skipped a malformed AppSamurai campaign: %s", _redact.redact(str(skipped), self._secrets))
            return CampaignPull(campaigns=tuple(campaigns), errors=tuple(problems))
        where = f"{response.request.method} {response.request.url.path} -> {response.status_code}"
        message = _redact.redact(f"{PREFIX}{problem} ({where})", self._secrets)
        raise AppSamuraiResponseError(message, status_code=response.status_code)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(url={self._endpoint.display!r})"


class AppSamurai(_AppSamuraiCore):
    """The AppSamurai Campaign Details API (campaign pull) client.

        apps = AppSamurai(url="https://api.appsamurai.com/api/campaign-pull/list/<TOKEN>")
        apps = AppSamurai.from_env()            # APPSAMURAI_URL
        for campaign in apps.campaigns():
            print(campaign.campaign_id, campaign.revenue)

    AppSamurai asks partners to pull hourly; a campaign that disappears from the pull has been
    disabled by the advertiser (`diff_campaigns` tells which).

    Settings: `timeout` (seconds, or an `httpx.Timeout`: the whole answer of one attempt),
    `max_retries` (retries of a failed GET: connection errors, 429, 5xx), `transport` (a sync
    `httpx.BaseTransport`), `allow_http` (accept an `http://` URL, for a local fake: refused
    otherwise, never rewritten; None, the default, reads `APPSAMURAI_ALLOW_HTTP` = 1/true/yes/on),
    `max_response_bytes` (the largest pull read). A bad setting or URL raises
    `integr8.errors.ConfigurationError` here, before any request; a failed pull raises an
    `AppSamuraiError` (see `integr8.appsamurai._errors` for the kinds).
    """

    def __init__(
        self,
        url: str | httpx.URL | None = None,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        transport: httpx.BaseTransport | None = None,
        allow_http: bool | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ):
        wrong = "AppSamurai needs a sync httpx.BaseTransport; use AsyncAppSamurai for an async one"
        super().__init__(
            url, timeout, max_retries, allow_http, max_response_bytes, transport, httpx.BaseTransport, wrong
        )
        self._sleep: Callable[[float], Any] = time.sleep
        self._http = httpx.Client(transport=transport, timeout=self.timeout, follow_redirects=False)

    def fetch(self) -> CampaignPull:
        """Pull once: the readable campaigns and the errors of the unreadable ones. Raises an
        `AppSamuraiError` when the pull fails (see the module docstring)."""
        return _flow.run(self._pull(self._http), _flow.SyncIO(lambda: self._sleep))

    def campaigns(self) -> list[Campaign]:
        """Every active campaign that could be read (malformed ones are logged and skipped);
        raises as `fetch` does."""
        return list(self.fetch().campaigns)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> AppSamurai:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncAppSamurai(_AppSamuraiCore):
    """The asyncio twin of `AppSamurai`: the same names and settings, awaited; `transport` is an
    `httpx.AsyncBaseTransport`. The pull itself is the same code (`_AppSamuraiCore._pull`)."""

    def __init__(
        self,
        url: str | httpx.URL | None = None,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        transport: httpx.AsyncBaseTransport | None = None,
        allow_http: bool | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ):
        wrong = "AsyncAppSamurai needs an httpx.AsyncBaseTransport; use AppSamurai for a sync one"
        super().__init__(
            url, timeout, max_retries, allow_http, max_response_bytes, transport, httpx.AsyncBaseTransport, wrong
        )
        self._sleep: Callable[[float], Any] = asyncio.sleep
        self._http = httpx.AsyncClient(transport=transport, timeout=self.timeout, follow_redirects=False)

    async def fetch(self) -> CampaignPull:
        """Pull once: the readable campaigns and the errors of the unreadable ones. Raises an
        `AppSamuraiError` when the pull fails (see the module docstring)."""
        return await _flow.arun(self._pull(self._http), _flow.AsyncIO(lambda: self._sleep))

    async def campaigns(self) -> list[Campaign]:
        """Every active campaign that could be read (malformed ones are logged and skipped);
        raises as `fetch` does."""
        return list((await self.fetch()).campaigns)

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> AsyncAppSamurai:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
