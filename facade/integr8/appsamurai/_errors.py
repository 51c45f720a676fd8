"""AppSamurai's own errors: what a failed campaign pull raises, apart from Integr8's.

    Integr8Error                              (integr8.errors: "anything from the SDK", one except)
    └── AppSamuraiError                       anything that went wrong talking to AppSamurai
        ├── AppSamuraiConnectionError         no HTTP answer: connection refused, reset, DNS ...
        │   └── AppSamuraiTimeoutError        no answer, or not the whole answer, within `timeout`
        ├── AppSamuraiStatusError             a non-2xx answer (a redirect too: never followed);
        │   │                                 `.status_code`, `.retry_after`, `.body`
        │   ├── AppSamuraiAuthenticationError 401 or 403: AppSamurai refused the token in the URL
        │   ├── AppSamuraiNotFoundError       404: AppSamurai knows no such pull URL (a mistyped token)
        │   ├── AppSamuraiRateLimitError      429; `.retry_after`: the seconds it asked to wait, or None
        │   └── AppSamuraiServerError         500 and any other 5xx (`.retry_after` too)
        ├── AppSamuraiResponseError           a 2xx answer that is not the documented campaign list
        │   │                                 (not JSON, no list in it, undecodable); `.status_code`
        │   └── AppSamuraiResponseTooLargeError  its body is over `max_response_bytes`; `.limit`
        └── CampaignParseError                one campaign of a pull could not be read (also a
                                              ValueError); reported in `CampaignPull.errors`, never
                                              raised by a pull

Why a family of its own: a program that calls both services must be able to tell which one
failed (`except integr8.APIStatusError` is about Integr8 alone, `except AppSamuraiStatusError`
about AppSamurai alone), and a status means something different from each (a 401 from AppSamurai
is its URL's token, not the Integr8 API key). `except integr8.errors.Integr8Error` still catches
both.

Not in the family, on purpose:

- `integr8.errors.ConfigurationError` (a ValueError): a missing or malformed pull URL, a bad
  `timeout`, `max_retries`, `max_response_bytes` or transport. The caller's mistake, found
  before any request, whichever service it is for: one except for "fix your settings".
- The sync (`plan_sync`, `apply_sync`) writes to Integr8, so its failures are Integr8's:
  `SyncError`, `MassDeactivationError` and the `integr8.errors.APIError`s of its requests.
  `MappingError` (a campaign that cannot run as an offer) is a ValueError the plan reports.

Secrets: AppSamurai's token sits in the pull URL's path. None of these errors holds it: messages
name the method and path with the token masked (`***`), `.body` is masked too (a server may echo
the token back), and they keep no httpx request or response (which would hold the URL) and
nothing chained (`__cause__` and `__context__` are None: an httpx exception's message may quote
the URL). They pickle and unpickle (`Integr8Error.__reduce__`), to their class and attributes.
"""

from __future__ import annotations

from typing import Any

from .. import _redact
from ..errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    Integr8Error,
    ResponseTooLargeError,
)

__all__ = [
    "AppSamuraiError",
    "AppSamuraiConnectionError",
    "AppSamuraiTimeoutError",
    "AppSamuraiStatusError",
    "AppSamuraiAuthenticationError",
    "AppSamuraiNotFoundError",
    "AppSamuraiRateLimitError",
    "AppSamuraiServerError",
    "AppSamuraiResponseError",
    "AppSamuraiResponseTooLargeError",
    "CampaignParseError",
]

PREFIX = "AppSamurai campaign pull: "


class AppSamuraiError(Integr8Error):
    """A campaign pull failed (or, `CampaignParseError`, one campaign of it could not be read).
    The message names what failed, with the token masked; see the module docstring for the tree."""


class AppSamuraiConnectionError(AppSamuraiError):
    """The pull got no HTTP answer (after the retries the client's `max_retries` allows): the
    host could not be reached, or the connection broke. Check the URL's host and the network."""


class AppSamuraiTimeoutError(AppSamuraiConnectionError):
    """No answer, or not the whole answer, arrived within the client's `timeout` seconds (per
    attempt), after the retries. A larger `timeout=` helps when the pull is slow but steady."""


class AppSamuraiStatusError(AppSamuraiError):
    """AppSamurai answered with a non-2xx status (after the retries, for 429 and 5xx).

    `.status_code`: the HTTP status (int). `.retry_after`: the seconds its `Retry-After` header
    asked to wait before trying again, or None without one. `.body`: the answer's body, parsed
    JSON or text (None when empty), with the token masked wherever it was echoed."""

    def __init__(self, message: str, *, status_code: int, body: Any = None, retry_after: float | None = None):
        super().__init__(message)
        self.status_code = status_code
        self.body = body
        self.retry_after = retry_after


class AppSamuraiAuthenticationError(AppSamuraiStatusError):
    """401 or 403: AppSamurai refused the token in the pull URL (revoked, or not the partner's).
    Ask your AppSamurai account manager for the current URL."""


class AppSamuraiNotFoundError(AppSamuraiStatusError):
    """404: AppSamurai knows no pull at this URL (a mistyped or truncated token, or a wrong path).
    Copy the URL your account manager sent again."""


class AppSamuraiRateLimitError(AppSamuraiStatusError):
    """429: too many pulls; `.retry_after` says when to try again (AppSamurai asks for hourly)."""


class AppSamuraiServerError(AppSamuraiStatusError):
    """A 5xx: AppSamurai's side failed (after the retries). Try again later."""


class AppSamuraiResponseError(AppSamuraiError):
    """A 2xx answer that is not the documented pull: not JSON, JSON without a campaign list,
    or a body its Content-Encoding does not describe (a proxy that mislabels it). Asking again
    usually gets the same answer, so nothing was retried. `.status_code`: the answer's status,
    None when no response could be read at all."""

    def __init__(self, message: str, *, status_code: int | None = None):
        super().__init__(message)
        self.status_code = status_code


class AppSamuraiResponseTooLargeError(AppSamuraiResponseError):
    """The pull's body is (or announces, by Content-Length) more than `.limit` bytes, the
    client's `max_response_bytes`; nothing more was read. Pass a larger `max_response_bytes=`
    if a pull that large is expected."""

    def __init__(self, message: str, *, limit: int, status_code: int | None = None):
        super().__init__(message, status_code=status_code)
        self.limit = limit


class CampaignParseError(AppSamuraiError, ValueError):
    """One campaign of a pull that could not be read; the others are still returned.

    `index` is the campaign's position in the pull, `campaign_id` its id when that much could
    be read, `field` the wire field at fault (None for the campaign as a whole), `raw` the
    campaign as sent.
    """

    def __init__(
        self,
        message: str,
        *,
        index: int | None = None,
        campaign_id: Any = None,
        field: str | None = None,
        raw: Any = None,
    ):
        self.reason = message
        self.index = index
        self.campaign_id = campaign_id
        self.field = field
        self.raw = raw
        super().__init__(self._describe())

    def _describe(self) -> str:
        where = []
        if self.index is not None:
            where.append(f"campaign #{self.index}")
        if self.campaign_id is not None:
            where.append(f"id {self.campaign_id}")
        prefix = " ".join(where) if where else "campaign"
        field = f"{self.field}: " if self.field else ""
        return f"{prefix}: {field}{self.reason}"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_parse_error, (self.reason, self.index, self.campaign_id, self.field, self.raw))


def _rebuild_parse_error(reason: str, index: Any, campaign_id: Any, field: Any, raw: Any) -> CampaignParseError:
    return CampaignParseError(reason, index=index, campaign_id=campaign_id, field=field, raw=raw)


_BY_STATUS: dict[int, type[AppSamuraiStatusError]] = {
    401: AppSamuraiAuthenticationError,
    403: AppSamuraiAuthenticationError,
    404: AppSamuraiNotFoundError,
    429: AppSamuraiRateLimitError,
}

_HINTS: dict[type[AppSamuraiStatusError], str] = {
    AppSamuraiAuthenticationError: (
        "AppSamurai refused the token in the pull URL: ask your account manager for the current URL"
    ),
    AppSamuraiNotFoundError: (
        "AppSamurai knows no pull at this URL: copy the URL your account manager sent again, token included"
    ),
}


def masked(value: Any, secrets: tuple[str, ...]) -> Any:
    """`value` (parsed JSON or text) with the secrets masked in every string, shape kept."""
    if isinstance(value, str):
        return _redact.scrub_recorded(_redact.mask_secrets(value, secrets))
    if isinstance(value, list):
        return [masked(item, secrets) for item in value]
    if isinstance(value, dict):
        return {masked(key, secrets): masked(item, secrets) for key, item in value.items()}
    return value


def appsamurai_error(exc: APIError, secrets: tuple[str, ...]) -> AppSamuraiError:
    """The AppSamurai error for what the core's `send` raised on a pull: the same kind, message
    and facts, with `secrets` (the token's spellings) masked and no httpx object or chained
    exception kept (see the module docstring)."""
    message = _redact.redact(PREFIX + str(exc), secrets)
    if isinstance(exc, APIStatusError):
        status = exc.status_code
        cls = _BY_STATUS.get(status) or (AppSamuraiServerError if status >= 500 else AppSamuraiStatusError)
        hint = _HINTS.get(cls)
        return cls(
            f"{message} ({hint})" if hint else message,
            status_code=status,
            body=masked(exc.body, secrets),
            retry_after=exc.retry_after,
        )
    if isinstance(exc, ResponseTooLargeError):
        return AppSamuraiResponseTooLargeError(message, limit=exc.limit, status_code=exc.status_code)
    if isinstance(exc, APIResponseValidationError):
        return AppSamuraiResponseError(message, status_code=exc.status_code)
    if isinstance(exc, APITimeoutError):
        return AppSamuraiTimeoutError(message)
    if isinstance(exc, APIConnectionError):
        return AppSamuraiConnectionError(message)
    return AppSamuraiError(message)
