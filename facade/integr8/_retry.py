"""The one retry policy of the SDK: what to retry, and how long to wait.

Why hand-written rather than httpx-retries or stamina: the rule that matters here depends on the
method *and* on how far the failed attempt got. A POST or PATCH (create an export, update
conversions) may be retried only when the server cannot have acted on it, that is on 429 or when
the connection was never made; a lost answer to a POST must not create a second export.
httpx-retries allows or forbids retries per method only, and stamina knows nothing of HTTP, so
either would need this logic around it anyway. The policy is pure (no I/O, no sleeping): the sync
and async senders in `_http.py` share it.

- Idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE): retried on connection errors, timeouts,
  429 and 500/502/503/504.
- POST and PATCH: retried only on 429 and on errors raised before the request was sent
  (`httpx.ConnectError`, `httpx.ConnectTimeout`).
- Wait: exponential backoff with full jitter, `base * 2**attempt` capped at `max_delay`;
  a `Retry-After` header (seconds or HTTP date) on 429 and 503 replaces it, capped at
  `max_retry_after`.
"""

from __future__ import annotations

import random
import time

import attrs
import httpx

IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
RETRY_AFTER_STATUSES = frozenset({429, 503})
# Raised before a byte of the request reached the server: safe to retry whatever the method.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout)
TRANSPORT_ERRORS: tuple[type[Exception], ...] = (httpx.TransportError,)


@attrs.define(frozen=True)
class RetryPolicy:
    max_retries: int = 3
    base_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    rng: random.Random = attrs.field(factory=random.Random, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be 0 or more")

    def retry_after_error(self, method: str, error: Exception, attempt: int) -> float | None:
        """Seconds to wait before retrying after `error`, or None to give up."""
        if attempt >= self.max_retries:
            return None
        if isinstance(error, NOT_SENT_ERRORS):
            return self.backoff(attempt)
        if method.upper() in IDEMPOTENT and isinstance(error, TRANSPORT_ERRORS):
            return self.backoff(attempt)
        return None

    def retry_after_response(self, method: str, response: httpx.Response, attempt: int) -> float | None:
        """Seconds to wait before retrying after this response, or None to accept it."""
        status = response.status_code
        if attempt >= self.max_retries or status not in RETRY_STATUSES:
            return None
        if status != 429 and method.upper() not in IDEMPOTENT:
            return None
        if status in RETRY_AFTER_STATUSES:
            told = parse_retry_after(response.headers.get("retry-after"))
            if told is not None:
                return min(told, self.max_retry_after)
        return self.backoff(attempt)

    def backoff(self, attempt: int) -> float:
        """Full jitter: uniform in [0, min(max_delay, base * 2**attempt)]."""
        ceiling = min(self.max_delay, self.base_delay * (2**attempt))
        return self.rng.uniform(0, ceiling)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """`Retry-After` as seconds from now: delta-seconds or an HTTP date; None when absent/invalid."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime  # rarely needed: keep `import integr8` light

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    now = time.time() if now is None else now
    return max(0.0, when.timestamp() - now)
