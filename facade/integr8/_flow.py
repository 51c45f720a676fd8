"""Logic written once, run by a blocking or by an awaiting driver.

Every procedure of the SDK that waits on the network (the retry loop, export polling, the
download loop, conversion verification, the AppSamurai calls) is a generator, a *flow*: it
yields a `Step`, the one piece of I/O it needs done next (send a request, read the next chunk of
a body, close it, sleep, run blocking file work, wait for a thread's work to end), and receives
that step's result, or has the step's exception raised at the `yield`, exactly as if it had made
the call itself. `run` drives a flow with `SyncIO` (blocking calls), `arun` with `AsyncIO`
(awaited calls); the flow cannot tell which. This is how httpx writes its auth flows once
(`httpx.Auth.auth_flow`, driven by `sync_auth_flow` and `async_auth_flow`); here the two drivers
below, and the two small I/O classes, are the only places where sync and async differ.

Writing a flow: `response = yield from open_response(http, request, deadline)`; compose flows
with `yield from`; read the clock directly (it never blocks). A flow must not catch
`BaseException` (cancellation and KeyboardInterrupt pass through it); `finally` blocks run as
usual, so a flow closes what it opened.
"""

from __future__ import annotations

import contextlib
import inspect
import time
from collections.abc import AsyncIterator, Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

import httpx

if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import Future

T = TypeVar("T")


class Step:
    """One piece of I/O a flow asks its driver for: `action` names a method of `SyncIO` and
    `AsyncIO`, called with `args`."""

    __slots__ = ("action", "args")

    def __init__(self, action: str, *args: Any):
        self.action = action
        self.args = args

    def __repr__(self) -> str:
        return f"<step {self.action}>"


Flow: TypeAlias = Generator[Step, Any, T]


def run(flow: Flow[T], io: SyncIO) -> T:
    """Run `flow` to its end with blocking I/O; its return value, or what it raises.

    Whatever is raised while the flow waits at a `yield` (the step's own error, or a Ctrl-C
    that lands anywhere in this loop) is raised inside the flow there, so its `finally` blocks
    run their steps; only what the flow itself lets out leaves `run`."""
    result: Any = None
    error: BaseException | None = None
    while True:
        try:
            try:
                step = flow.send(result) if error is None else flow.throw(error)
            except StopIteration as done:
                value: T = done.value
                return value
            result, error = None, None
            result = getattr(io, step.action)(*step.args)
        except BaseException as exc:
            if inspect.getgeneratorstate(flow) != inspect.GEN_SUSPENDED:
                raise  # the flow itself raised (or ended): nothing left to clean up in it
            result, error = None, exc


async def arun(flow: Flow[T], io: AsyncIO) -> T:
    """Run `flow` to its end with awaited I/O; its return value, or what it raises (as `run`;
    cancellation is raised inside the flow at its `yield`)."""
    result: Any = None
    error: BaseException | None = None
    while True:
        try:
            try:
                step = flow.send(result) if error is None else flow.throw(error)
            except StopIteration as done:
                value: T = done.value
                return value
            result, error = None, None
            result = await getattr(io, step.action)(*step.args)
        except BaseException as exc:
            if inspect.getgeneratorstate(flow) != inspect.GEN_SUSPENDED:
                raise
            result, error = None, exc


# -- the steps, typed: what flows call with `yield from` ---------------------------------------


def sleep(seconds: float) -> Flow[None]:
    """Wait `seconds` with the client's sleep (a `ManualClock` in tests)."""
    yield Step("sleep", seconds)


def open_response(
    http: httpx.Client | httpx.AsyncClient,
    request: httpx.Request,
    deadline: float | None,
    follow_redirects: bool | None = None,
) -> Flow[httpx.Response]:
    """Send `request` on `http` (the sync or async client that matches the driver) and return
    the response with its headers read and its body not yet (`stream=True`); close it with
    `close`. `deadline` (`time.monotonic()`): the async driver ends the wait there with
    `TimeoutError`; the sync one relies on httpx's own timeouts. `follow_redirects`: None for
    `http`'s own setting."""
    response: httpx.Response = yield Step("open", http, request, deadline, follow_redirects)
    return response


def body_chunks(response: httpx.Response, chunk_size: int | None = None) -> Flow[Any]:
    """An opaque handle on `response`'s decoded body chunks, for `next_chunk`."""
    chunks = yield Step("chunks", response, chunk_size)
    return chunks


def raw_chunks(response: httpx.Response, chunk_size: int | None = None) -> Flow[Any]:
    """An opaque handle on `response`'s body chunks as they came (no Content-Encoding decoding)."""
    chunks = yield Step("raw_chunks", response, chunk_size)
    return chunks


def next_chunk(chunks: Any, deadline: float | None) -> Flow[bytes | None]:
    """The next chunk of a body (`body_chunks`/`raw_chunks`), None at its end. `deadline` as
    for `open_response`."""
    chunk: bytes | None = yield Step("next_chunk", chunks, deadline)
    return chunk


def close(response: httpx.Response) -> Flow[None]:
    """Close `response` (its connection goes back to the pool)."""
    yield Step("close", response)


def blocking(function: Callable[..., T], *args: Any) -> Flow[T]:
    """`function(*args)`, which may block (file writes, fsync, joining a thread): called
    directly by the sync driver, in a worker thread by the async one, so the event loop keeps
    running."""
    result: T = yield Step("blocking", function, *args)
    return result


def wait(*work: Future[Any]) -> Flow[None]:
    """Wait until each of `work` (futures of work already running in threads, such as a
    download's writer thread) is done, however long that takes: a Ctrl-C or a cancellation
    meanwhile is held, and raised once they are all done, so that a flow's `finally` never
    removes or renames a file that a thread is still writing. Their outcomes are not read here:
    call `.result()` on each afterwards."""
    yield Step("wait", *work)


# -- the two drivers' I/O ----------------------------------------------------------------------


class SyncIO:
    """The blocking I/O of the steps. `sleeper` is looked up at each sleep, so a client whose
    clock is replaced (`integr8.testing`) sleeps on the new one."""

    def __init__(self, sleeper: Callable[[], Callable[[float], Any]]):
        self._sleeper = sleeper

    def sleep(self, seconds: float) -> None:
        self._sleeper()(seconds)

    def open(
        self, http: httpx.Client, request: httpx.Request, deadline: float | None, follow_redirects: bool | None
    ) -> httpx.Response:
        return http.send(request, stream=True, follow_redirects=_redirects(follow_redirects))

    def chunks(self, response: httpx.Response, chunk_size: int | None) -> Iterator[bytes]:
        return response.iter_bytes(chunk_size)

    def raw_chunks(self, response: httpx.Response, chunk_size: int | None) -> Iterator[bytes]:
        return response.iter_raw(chunk_size)

    def next_chunk(self, chunks: Iterator[bytes], deadline: float | None) -> bytes | None:
        return next(chunks, None)

    def close(self, response: httpx.Response) -> None:
        response.close()

    def blocking(self, function: Callable[..., T], *args: Any) -> T:
        return function(*args)

    def wait(self, *work: Future[Any]) -> None:
        """Until `work` is done, even through a Ctrl-C (raised once the work ended: the first
        one). Polled with `Future.done()` after an interrupt, never `concurrent.futures.wait`
        again: an interrupt inside it can leave a future's lock held, and the worker blocked."""
        from concurrent import futures  # only flows that run threads (downloads) get here

        try:
            futures.wait(work)
        except BaseException as exc:
            interrupted = exc
            while True:
                try:
                    while not all(f.done() for f in work):
                        time.sleep(0.005)
                    break
                except BaseException:  # later interrupts: the first one is the one raised
                    continue
            raise interrupted from None


class AsyncIO:
    """The awaited I/O of the steps: each network wait ends at its step's deadline
    (`anyio.fail_after`, raising `TimeoutError`), so a server that trickles cannot hold a call
    past it; blocking work runs in a worker thread (`anyio.to_thread`)."""

    def __init__(self, sleeper: Callable[[], Callable[[float], Any]]):
        self._sleeper = sleeper

    async def sleep(self, seconds: float) -> None:
        await self._sleeper()(seconds)

    async def open(
        self, http: httpx.AsyncClient, request: httpx.Request, deadline: float | None, follow_redirects: bool | None
    ) -> httpx.Response:
        with _fail_at(deadline):
            return await http.send(request, stream=True, follow_redirects=_redirects(follow_redirects))

    async def chunks(self, response: httpx.Response, chunk_size: int | None) -> AsyncIterator[bytes]:
        return response.aiter_bytes(chunk_size)

    async def raw_chunks(self, response: httpx.Response, chunk_size: int | None) -> AsyncIterator[bytes]:
        return response.aiter_raw(chunk_size)

    async def next_chunk(self, chunks: AsyncIterator[bytes], deadline: float | None) -> bytes | None:
        with _fail_at(deadline):
            return await anext(chunks, None)

    async def close(self, response: httpx.Response) -> None:
        await response.aclose()

    async def blocking(self, function: Callable[..., T], *args: Any) -> T:
        import anyio.to_thread

        return await anyio.to_thread.run_sync(function, *args)

    async def wait(self, *work: Future[Any]) -> None:
        import asyncio

        await uninterrupted(*[asyncio.wrap_future(f) for f in work])


async def uninterrupted(*waiting: asyncio.Future[Any]) -> None:
    """Await futures backed by threads to their end, even if this task is cancelled meanwhile
    (the threads would go on alone, racing the caller's cleanup); then re-raise the cancellation.
    Their exceptions count as retrieved: the caller reads them (`.result()`) if it wants them.

    A shielded anyio scope (anyio comes with httpx) keeps anyio and trio-style cancel scopes from
    re-cancelling on every loop turn, which would spin; an asyncio `task.cancel()` still lands
    here, and is held until the threads are done."""
    import asyncio

    import anyio

    cancelled: asyncio.CancelledError | None = None
    pending = set(waiting)
    with anyio.CancelScope(shield=True):
        while pending:
            try:
                _, pending = await asyncio.wait(pending)
            except asyncio.CancelledError as exc:
                cancelled = exc
                pending = {f for f in pending if not f.done()}
    for f in waiting:
        if not f.cancelled():
            f.exception()
    if cancelled is not None:
        raise cancelled


def _redirects(follow: bool | None) -> Any:
    return httpx.USE_CLIENT_DEFAULT if follow is None else follow


_fail_after: Callable[[float], Any] | None = None  # anyio's, set on the first async request


def _fail_at(deadline: float | None) -> Any:
    if deadline is None:
        return contextlib.nullcontext()
    global _fail_after
    if _fail_after is None:  # imported once, on the first async request: keeps `import integr8` light
        import anyio

        _fail_after = anyio.fail_after
    return _fail_after(max(0.0, deadline - time.monotonic()))
