"""Keeping the probe to at most `rate` requests per second, retries of a 429 included.

Why its own pacing on top of the retry policy: the policy reacts to 429s after the fact, while a
probe that fires forty reads back to back is exactly what earns one on a customer's real key.
Time comes from the client's clock (`Core.clock`: `time.monotonic` by default), and `Pacer.wait`
is a flow (`integr8._flow`) whose sleep is the driver's, i.e. the client's (`Core.sleep`), so
tests drive it with the sandbox's ManualClock and never sleep for real.

Two halves, because the SDK's sender retries on its own: `Pacer` spaces the requests the probe
makes (and `after()` starts the next interval when a request, retries included, has come back),
and `PacedRetryPolicy` waits at least one interval before each retry, so a 429 without
`Retry-After` is not retried at the policy's first backoff (a fraction of a second).
"""

from __future__ import annotations

from collections.abc import Callable

import attrs
import httpx

from integr8._flow import Flow, sleep
from integr8._retry import RetryPolicy


class Pacer:
    """`yield from wait()` before each request: returns at once, or sleeps until 1/rate s after
    the last one (`rate` in requests per second, `clock` in seconds).

    `after()` once the request (and every retry of it) is done: the next one is then at least an
    interval after the last attempt, not after the first.
    """

    def __init__(self, rate: float, clock: Callable[[], float]) -> None:
        if not rate > 0:
            raise ValueError(f"rate must be a positive number of requests per second, got {rate!r}")
        self.interval = 1.0 / rate
        self._clock = clock
        self._next: float | None = None

    def wait(self) -> Flow[None]:
        now = self._clock()
        if self._next is not None and now < self._next:
            yield from sleep(self._next - now)
            now = max(self._clock(), self._next)
        self._next = now + self.interval

    def after(self) -> None:
        later = self._clock() + self.interval
        self._next = later if self._next is None else max(self._next, later)

    def policy(self, policy: RetryPolicy) -> PacedRetryPolicy:
        """`policy`, but never waiting less than one interval before a retry."""
        return PacedRetryPolicy(
            max_retries=policy.max_retries,
            base_delay=policy.base_delay,
            max_delay=policy.max_delay,
            max_retry_after=policy.max_retry_after,
            rng=policy.rng,
            min_delay=self.interval,
        )


@attrs.define(frozen=True)
class PacedRetryPolicy(RetryPolicy):
    """A RetryPolicy whose every wait before a retry is at least `min_delay` seconds."""

    min_delay: float = 0.0

    def retry_after_error(self, method: str, error: Exception, attempt: int) -> float | None:
        delay = super().retry_after_error(method, error, attempt)
        return None if delay is None else max(delay, self.min_delay)

    def retry_after_response(self, method: str, response: httpx.Response, attempt: int) -> float | None:
        delay = super().retry_after_response(method, response, attempt)
        return None if delay is None else max(delay, self.min_delay)
