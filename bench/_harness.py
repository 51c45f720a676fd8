"""Shared pieces of the benchmarks: a served sandbox, timing, and the report lines.

Every target is a ratio against a baseline measured in the same run: `interleaved` runs the two
sides in alternating rounds (A B A B ..., at least 5), and the target is judged on the median of
the per-round ratios, with min-max printed beside it (`ratio_at_most`, `ratio_at_least`).
`make bench` exits 1 only when a median misses its target."""

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


@attrs.frozen
class Rounds:
    """Seconds (wall or CPU) of one side over interleaved rounds."""

    times: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.times)


@attrs.frozen
class Ratio:
    """ours / baseline per round (each round runs both sides back to back, A B A B ...): the
    median says how we compare, min-max how much the machine moved it."""

    ours: Rounds
    baseline: Rounds

    @property
    def per_round(self) -> tuple[float, ...]:
        return tuple(o / b for o, b in zip(self.ours.times, self.baseline.times, strict=True))

    @property
    def median(self) -> float:
        return statistics.median(self.per_round)

    @property
    def spread(self) -> str:
        return f"min {min(self.per_round):.2f}x, max {max(self.per_round):.2f}x over {len(self.per_round)} rounds"


def interleaved(
    ours: Callable[[], Any], baseline: Callable[[], Any], rounds: int = 5, *, cpu: bool = False, warmup: bool = True
) -> Ratio:
    """Run `baseline` then `ours`, `rounds` times (at least 5), each timed alone: wall-clock
    seconds, or with `cpu=True` this process's CPU seconds (user + system, all threads). One
    untimed run of each first (`warmup`), so neither side pays for first imports or caches."""
    rounds = max(rounds, 5)
    clock = time.process_time if cpu else time.perf_counter
    if warmup:
        baseline()
        ours()
    a: list[float] = []
    b: list[float] = []
    for _ in range(rounds):
        for fn, out in ((baseline, b), (ours, a)):
            start = clock()
            fn()
            out.append(clock() - start)
    return Ratio(Rounds(tuple(a)), Rounds(tuple(b)))


def ratio_at_most(name: str, ratio: Ratio, maximum: float, detail: str) -> Line:
    """A target on the median of interleaved rounds; the spread is printed, not judged."""
    return Line(name, ratio.median, f"<= {maximum:g}x", ratio.median <= maximum, f"{detail}; {ratio.spread}")


def ratio_at_least(name: str, ratio: Ratio, minimum: float, detail: str) -> Line:
    return Line(name, ratio.median, f">= {minimum:g}x", ratio.median >= minimum, f"{detail}; {ratio.spread}")


def info(name: str, value: float, detail: str) -> Line:
    """A figure printed for the record, with no target (e.g. unthrottled throughput)."""
    return Line(name, value, "printed only", True, detail)


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
