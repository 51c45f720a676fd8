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
  a `Retry-After` header (seconds or HTTP date) on 429 and 503 replaces it. A server that asks
  for longer than `max_retry_after` is not retried at all: the call fails at once with the
  answer's error (`RateLimitError` / `ServerError`), whose `.retry_after` says how long the
  server asked for, rather than retrying too early three times and still failing.
- Deadline: a whole call (every attempt and every wait between them) may take at most

      (max_retries + 1) * timeout + max_retries * max_delay     seconds

  (defaults: 4 * 30 + 3 * 8 = 144 s), `timeout` being the request's timeout (for an
  `httpx.Timeout`, the largest of its values; none at all: no deadline). That is every attempt
  at its longest plus every backoff wait at its longest, so ordinary backoff is never cut short;
  what it bounds is the `Retry-After` waits, which can each be up to `max_retry_after`. A retry
  is made only when its wait and a whole further attempt still end before the deadline
  (`CallBudget.allows`); otherwise the call fails with the error it has.
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
                # Longer than we would wait: fail now, the error carries the server's wait.
                return told if told <= self.max_retry_after else None
        return self.backoff(attempt)

    def backoff(self, attempt: int) -> float:
        """Full jitter: uniform in [0, min(max_delay, base * 2**attempt)]."""
        ceiling = min(self.max_delay, self.base_delay * (2**attempt))
        return self.rng.uniform(0, ceiling)

    def budget(self, timeout: float | None, now: float) -> CallBudget:
        """The deadline of one call whose attempts each may take `timeout` seconds (None: no
        deadline), starting at `now` on the client's clock (see the module docstring)."""
        if timeout is None:
            return CallBudget(None, None, now)
        limit = (self.max_retries + 1) * timeout + self.max_retries * self.max_delay
        return CallBudget(timeout, limit, now)


@attrs.define
class CallBudget:
    """How much of one call's deadline is spent, attempts and retry waits together.

    `attempt`: seconds one attempt may take (the whole answer, headers and body); `limit`:
    seconds the whole call may take; both None when the request has no timeout. Time spent is
    counted twice over and the larger count wins: by the client's clock since `started`, and as
    the waits slept plus the (real) time attempts took. So a clock that only the waits move (a
    sandbox's ManualClock) and a sleep that does not really wait (a test's) still add up.
    """

    attempt: float | None
    limit: float | None
    started: float
    slept: float = 0.0
    worked: float = 0.0

    def spent(self, now: float, current: float = 0.0) -> float:
        """Seconds spent at `now` (client clock), `current` being the real seconds the attempt
        under way has taken so far (not yet in `worked`)."""
        return max(now - self.started, self.slept + self.worked + current)

    def allows(self, delay: float, now: float, current: float = 0.0) -> bool:
        """Whether a retry after waiting `delay` seconds still ends, a whole attempt included,
        before the call's deadline."""
        if self.limit is None:
            return True
        return self.spent(now, current) + delay + (self.attempt or 0.0) <= self.limit


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
