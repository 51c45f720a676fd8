"""Keeping the probe to at most `rate` requests per second.

Why its own pacing on top of the retry policy: the policy reacts to 429s after the fact, while a
probe that fires forty reads back to back is exactly what earns one on a customer's real key.
Time comes from the client's `_clock` and `_sleep` (monotonic time and `time.sleep` by default),
so tests drive it with the sandbox's ManualClock and never sleep for real.
"""

from __future__ import annotations

from collections.abc import Callable


class Pacer:
    """`wait()` before each request: returns at once, or sleeps until 1/rate s after the last one."""

    def __init__(self, rate: float, clock: Callable[[], float], sleep: Callable[[float], object]) -> None:
        if not rate > 0:
            raise ValueError(f"rate must be a positive number of requests per second, got {rate!r}")
        self.interval = 1.0 / rate
        self._clock = clock
        self._sleep = sleep
        self._next: float | None = None

    def wait(self) -> None:
        now = self._clock()
        if self._next is not None and now < self._next:
            self._sleep(self._next - now)
            now = max(self._clock(), self._next)
        self._next = now + self.interval
