"""`AppSamurai` and `AsyncAppSamurai`: fetching a partner's campaigns.

One GET of the partner URL returns every active campaign. The request goes through the core's
`send()` (the SDK's one retry loop and error mapping), so a pull behaves like every Integr8
call: idempotent GETs are retried on connection errors, 429 and 5xx, and failures raise the
typed errors of `integr8.errors`. It has the same limits too (see `integr8._http`): the whole
answer within `timeout` seconds per attempt (`APITimeoutError`), the pull with its retries
within the policy's deadline, and at most `max_response_bytes` of body (default 64 MiB,
`ResponseTooLargeError`). The token in the URL is registered as a secret for the
client's lifetime, which keeps it out of those errors, of retry log lines and of httpx's own
`HTTP Request: GET ...` log record.

A pull is read tolerantly (see `_parse`): malformed campaigns are skipped and reported, never
fatal to the others. So are campaigns whose bytes are not text in the body's charset (the one
its Content-Type declares, honoured; UTF-8 otherwise). `fetch()` returns both; `campaigns()` is
the common case and logs each skipped campaign as a warning on the `integr8.appsamurai` logger.
A body that does not decode as its Content-Encoding says (labelled gzip by a misconfigured
proxy, say) is an `APIResponseValidationError`, not retried.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import os
import time
from typing import Any

import attrs
import httpx

from .. import _http, _redact
from .._client import _byte_limit, _timeout
from .._retry import RetryPolicy
from .._version import __version__
from ..errors import APIResponseValidationError, ConfigurationError
from ._endpoint import Endpoint, parse_endpoint
from ._models import Campaign
from ._parse import CampaignParseError, decode, loads, parse_campaigns, unwrap

__all__ = ["AppSamurai", "AsyncAppSamurai", "CampaignPull", "ENV_URL"]

ENV_URL = "APPSAMURAI_URL"
log = logging.getLogger("integr8.appsamurai")


@attrs.frozen
class CampaignPull:
    """One pull: the campaigns that could be read, and an error for each one that could not."""

    campaigns: tuple[Campaign, ...]
    errors: tuple[CampaignParseError, ...] = ()
    fetched_at: dt.datetime = attrs.field(factory=lambda: dt.datetime.now(dt.UTC))


class _AppSamuraiCore:
    """Settings and response reading shared by the sync and async clients."""

    def __init__(
        self,
        url: str | httpx.URL | None,
        timeout: float | httpx.Timeout,
        max_retries: int,
        allow_http: bool,
        max_response_bytes: int,
    ):
        self._endpoint: Endpoint = parse_endpoint(url, allow_http=allow_http)
        # Kept alive as long as the client: `_redact` masks the token while these live.
        self._secret_handles = tuple(_redact.register(s) for s in self._endpoint.secrets)
        self.timeout = _timeout(timeout)
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ConfigurationError(f"max_retries must be 0 or more, got {max_retries!r}")
        self.max_retries = max_retries
        self.max_response_bytes = _byte_limit("max_response_bytes", max_response_bytes)
        self._clock = time.monotonic
        self._policy = RetryPolicy(max_retries=max_retries)
        self._headers = {
            "Accept": "application/json",
            "User-Agent": f"integr8-py/{__version__} httpx/{httpx.__version__}",
        }

    @staticmethod
    def _env_url(overrides: dict[str, Any]) -> dict[str, Any]:
        url = overrides.pop("url", None) or os.environ.get(ENV_URL)
        if not url:
            raise ConfigurationError(
                f"{ENV_URL} is not set (export the campaign-pull URL your AppSamurai account "
                "manager sent, or pass url=...)"
            )
        return {"url": url, **overrides}

    @property
    def host(self) -> str:
        return self._endpoint.url.host

    @property
    def _secrets(self) -> tuple[str, ...]:
        return self._endpoint.secrets

    def _request(self, http: httpx.Client | httpx.AsyncClient) -> httpx.Request:
        return http.build_request("GET", self._endpoint.url, headers=self._headers)

    def _read(self, response: httpx.Response) -> CampaignPull:
        """The campaigns of a read answer: its body decoded in the charset its Content-Type
        declares (`_parse.decode`), bytes that are not text in it costing only their campaign."""
        text, charset = decode(response.content, response.charset_encoding)
        try:
            items = unwrap(loads(text))
        except json.JSONDecodeError:
            raise APIResponseValidationError(
                "AppSamurai campaign pull: the body is not JSON", response=response
            ) from None
        except ValueError as exc:
            raise APIResponseValidationError(
                _redact.redact(f"AppSamurai campaign pull: {exc}", self._secrets), response=response
            ) from None
        campaigns, problems = parse_campaigns(items, charset=charset)
        for problem in problems:
            log.warning("Skipped a malformed AppSamurai campaign: %s", problem)
        return CampaignPull(campaigns=tuple(campaigns), errors=tuple(problems))

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
    """

    def __init__(
        self,
        url: str | httpx.URL | None = None,
        *,
        timeout: float | httpx.Timeout = 30.0,
        max_retries: int = 3,
        transport: httpx.BaseTransport | None = None,
        allow_http: bool = False,
        max_response_bytes: int = _http.DEFAULT_MAX_RESPONSE_BYTES,
    ):
        super().__init__(url, timeout, max_retries, allow_http, max_response_bytes)
        if transport is not None and not isinstance(transport, httpx.BaseTransport):
            raise ConfigurationError(
                "transport: AppSamurai needs a sync httpx.BaseTransport; use AsyncAppSamurai for an async one"
            )
        self._sleep = time.sleep
        self._http = httpx.Client(transport=transport, timeout=self.timeout, follow_redirects=False)

    @classmethod
    def from_env(cls, **overrides: Any) -> AppSamurai:
        """A client for the URL in `APPSAMURAI_URL`; keywords override."""
        return cls(**cls._env_url(dict(overrides)))

    def fetch(self) -> CampaignPull:
        """Pull once: the readable campaigns and the errors of the unreadable ones."""
        response = _http.send(
            self._http,
            self._request(self._http),
            self._policy,
            sleep=self._sleep,
            secrets=self._secrets,
            clock=self._clock,
            max_bytes=self.max_response_bytes,
        )
        return self._read(response)

    def campaigns(self) -> list[Campaign]:
        """Every active campaign that could be read (malformed ones are logged and skipped)."""
        return list(self.fetch().campaigns)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> AppSamurai:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncAppSamurai(_AppSamuraiCore):
    """The asyncio twin of `AppSamurai`: the same names, awaited."""

    def __init__(
        self,
        url: str | httpx.URL | None = None,
        *,
        timeout: float | httpx.Timeout = 30.0,
        max_retries: int = 3,
        transport: httpx.AsyncBaseTransport | None = None,
        allow_http: bool = False,
        max_response_bytes: int = _http.DEFAULT_MAX_RESPONSE_BYTES,
    ):
        super().__init__(url, timeout, max_retries, allow_http, max_response_bytes)
        if transport is not None and not isinstance(transport, httpx.AsyncBaseTransport):
            raise ConfigurationError(
                "transport: AsyncAppSamurai needs an httpx.AsyncBaseTransport; use AppSamurai for a sync one"
            )
        self._sleep = asyncio.sleep
        self._http = httpx.AsyncClient(transport=transport, timeout=self.timeout, follow_redirects=False)

    @classmethod
    def from_env(cls, **overrides: Any) -> AsyncAppSamurai:
        """A client for the URL in `APPSAMURAI_URL`; keywords override."""
        return cls(**cls._env_url(dict(overrides)))

    async def fetch(self) -> CampaignPull:
        """Pull once: the readable campaigns and the errors of the unreadable ones."""
        response = await _http.send_async(
            self._http,
            self._request(self._http),
            self._policy,
            sleep=self._sleep,
            secrets=self._secrets,
            clock=self._clock,
            max_bytes=self.max_response_bytes,
        )
        return self._read(response)

    async def campaigns(self) -> list[Campaign]:
        """Every active campaign that could be read (malformed ones are logged and skipped)."""
        return list((await self.fetch()).campaigns)

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> AsyncAppSamurai:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
