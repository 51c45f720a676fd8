"""Sandbox time: a clock that tests can drive, and the wall-clock epoch it counts from.

Why a clock of its own: exports change status "as time passes" and signed URLs expire, and a
test must be able to cross those moments without sleeping. `ManualClock` only moves when told
to; `MonotonicClock` (the default) follows real time for demos and loopback servers. Either way
the sandbox's wall time is `EPOCH + clock.now()`, so timestamps depend on the clock alone and a
`ManualClock` run is byte-for-byte repeatable.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from typing import Protocol

# Sandbox wall time at clock zero: just after the seeded report window (February 2025), so
# "last 30 days" style periods cover the seeded data.
EPOCH = dt.datetime(2025, 3, 1, tzinfo=dt.UTC)
EPOCH_TS = int(EPOCH.timestamp())


class Clock(Protocol):
    """Anything with `now()`: seconds elapsed since the sandbox started."""

    def now(self) -> float: ...


class MonotonicClock:
    """Real elapsed time (time.monotonic), starting at 0 when created."""

    def __init__(self) -> None:
        self._start = time.monotonic()

    def now(self) -> float:
        return time.monotonic() - self._start

    def __repr__(self) -> str:
        return f"MonotonicClock(now={self.now():.3f})"


class ManualClock:
    """A clock that stands still until `advance()` moves it (thread-safe)."""

    def __init__(self, start: float = 0.0) -> None:
        if start < 0:
            raise ValueError("ManualClock: start must be >= 0")
        self._now = float(start)
        self._lock = threading.Lock()

    def now(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> float:
        """Move forward by `seconds` (never backwards) and return the new time."""
        if seconds < 0:
            raise ValueError("ManualClock.advance: seconds must be >= 0 (time never runs back)")
        with self._lock:
            self._now += float(seconds)
            return self._now

    def __repr__(self) -> str:
        return f"ManualClock(now={self.now():.3f})"
