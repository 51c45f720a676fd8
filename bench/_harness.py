"""Shared pieces of the benchmarks: a served sandbox, timing, and the report lines."""

from __future__ import annotations

import contextlib
import statistics
import time
from collections.abc import Callable, Iterator
from typing import Any

import attrs

from integr8 import Integr8
from integr8.testing import Sandbox, serve


@attrs.frozen
class Line:
    """One benchmark result: a ratio, its target, and the numbers behind it."""

    name: str
    ratio: float
    target: str
    ok: bool
    detail: str

    def __str__(self) -> str:
        verdict = "ok  " if self.ok else "MISS"
        return f"[{verdict}] {self.name}: {self.ratio:.2f}x (target {self.target}) - {self.detail}"


def at_least(name: str, ratio: float, minimum: float, detail: str) -> Line:
    return Line(name, ratio, f">= {minimum:g}x", ratio >= minimum, detail)


def at_most(name: str, ratio: float, maximum: float, detail: str) -> Line:
    return Line(name, ratio, f"<= {maximum:g}x", ratio <= maximum, detail)


def best_of(fn: Callable[[], Any], repeat: int = 3) -> float:
    """The fastest of `repeat` runs, in seconds (the least disturbed by the rest of the machine)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def median_of(fn: Callable[[], Any], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


@contextlib.contextmanager
def served(latency: float = 0.0, **sandbox_options: Any) -> Iterator[tuple[Sandbox, Any]]:
    """A sandbox on loopback with `latency` seconds per request (real sleeps, real sockets)."""
    sandbox = Sandbox(seed=0, **sandbox_options)
    with serve(sandbox, port=0, latency=latency) as server:
        yield sandbox, server


def client_for(sandbox: Sandbox, server: Any, **options: Any) -> Integr8:
    return Integr8(api_key=sandbox.api_key, base_url=server.base_url, allow_http=True, **options)
