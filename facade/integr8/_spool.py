"""The download's second thread: it writes and verifies the bytes while the caller's thread receives.

Why a thread: on a fast link the receiving loop (HTTP parsing in Python) keeps one core busy, and
so does the per-byte work of a verified download (the file write, CRC-32, row count, inflating).
File writes and zlib release the GIL, so that work runs on a second core instead of taking turns
with the receiving loop (measured by `make bench`). Chunks are handed over in batches of `BATCH`
bytes, joined into one buffer (one write, one CRC call per batch), so the two threads meet a few
hundred times per GiB rather than at every 64 KiB network read. The receiver waits for the
previous batch before it hands over another, so at most three batches are held: memory stays
flat whatever the file size.

The blocking and the async downloads share it: whatever may need waiting for is returned as a
`concurrent.futures.Future`, which the blocking driver waits on and the async driver awaits
(`asyncio.wrap_future`), so an event loop never blocks on disk I/O either.

Two rules keep the file honest. A batch that failed on the worker (disk full, a refused
archive) is the error of the whole attempt, even when the connection also dropped: part of that
batch may be on disk, so resuming after it would corrupt the file. And the caller never closes
or removes the file while a batch is still running: `settle` / `asettle` wait for it to end even
through a second Ctrl-C or a repeated cancellation (one batch: milliseconds on a working disk).
A dropped connection is not a failure of the bytes that did arrive: they are written before the
download resumes after them.
"""

from __future__ import annotations

import os
from concurrent import futures
from concurrent.futures import Future, ThreadPoolExecutor
from typing import IO, TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    import asyncio

    from ._zipcheck import StreamCheck

BATCH = 2 << 20
T = TypeVar("T")


class BatchSkipped(Exception):
    """A batch was not written because an earlier one failed (`Spool.failure` says why)."""


class Spool:
    """Batches received chunks into `out` and through `check`, on one worker thread, in order.

    `written` is what is on disk and checked: a resumed (Range) download continues from there.
    Always `settle()` (or `asettle()`) it before the file is closed, reopened or removed.
    """

    def __init__(self, out: IO[bytes], check: StreamCheck) -> None:
        self._out = out
        self._check = check
        self._executor: ThreadPoolExecutor | None = None
        self._batch: list[bytes] = []
        self._size = 0
        self._previous: Future[None] | None = None  # at most two batches are ever handed over
        self._latest: Future[None] | None = None
        self._error: BaseException | None = None
        self.written = 0

    def add(self, chunk: bytes) -> Future[None] | None:
        """Take a received chunk. When a batch is full it is handed over, and the previous
        batch's future is returned: wait for it before receiving more (that bounds memory, and
        raises what went wrong on the worker: a disk error, a refused archive)."""
        self._batch.append(chunk)
        self._size += len(chunk)
        if self._size < BATCH:
            return None
        self._submit(last=False)
        return self._previous

    def finish(self) -> Future[None]:
        """Hand over the rest, then flush and fsync: done when everything is on disk and checked
        (it raises an earlier batch's error too)."""
        return self._submit(last=True)

    def close(self, keep: bool = False) -> list[Future[None]]:
        """Stop taking batches; return the ones still to wait for before the file is closed or
        removed (none after a finish that was waited for). Batches not started yet are dropped,
        unless `keep`: then the received rest is handed over too and every batch is written (a
        dropped connection: the bytes that did arrive are good, and a resume continues after
        them)."""
        if keep and self._batch and self._error is None:
            self._submit(last=False)
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=not keep)
        self._batch, self._size = [], 0
        return [f for f in (self._previous, self._latest) if f is not None and not f.done()]

    @property
    def failure(self) -> BaseException | None:
        """What went wrong on the worker, if anything: it outranks anything the receiver saw."""
        return self._error

    def settle(self, keep: bool = False) -> None:
        """`close(keep)`, and wait for the batches still running, uninterruptibly (see the module
        doc); a Ctrl-C meanwhile is raised once they are done."""
        interrupted: BaseException | None = None
        pending: list[Future[None]] | None = None
        while pending is None or pending:
            try:
                if pending is None:
                    pending = self.close(keep)
                futures.wait(pending)
                pending = [f for f in pending if not f.done()]
            except BaseException as exc:  # a second Ctrl-C: first let the batch end
                interrupted = exc
        if interrupted is not None:
            raise interrupted

    async def asettle(self, keep: bool = False) -> None:
        """`settle` for an event loop: it awaits instead of blocking."""
        import asyncio

        await uninterrupted(*[asyncio.wrap_future(f) for f in self.close(keep)])

    def _submit(self, last: bool) -> Future[None]:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(1, thread_name_prefix="integr8-download")
        batch, self._batch, self._size = self._batch, [], 0
        self._previous, self._latest = self._latest, self._executor.submit(self._work, batch, last)
        return self._latest

    def _work(self, batch: list[bytes], last: bool) -> None:
        if self._error is not None:  # an earlier batch failed: this one must not land after a gap
            raise BatchSkipped()
        try:
            if batch:
                data = batch[0] if len(batch) == 1 else b"".join(batch)
                self._out.write(data)
                self._check.feed(data)
                self.written += len(data)
            if last:
                self._out.flush()
                os.fsync(self._out.fileno())
        except BaseException as exc:
            self._error = exc
            raise


async def uninterrupted(*waiting: asyncio.Future[T]) -> None:
    """Await futures backed by threads to their end, even if this task is cancelled meanwhile
    (the threads would go on alone, racing the caller's cleanup); then re-raise the cancellation.
    Their exceptions count as retrieved: the caller reports what matters through other means.

    A shielded anyio scope (anyio comes with httpx) keeps anyio and trio-style cancel scopes from
    re-cancelling on every loop turn, which would spin; an asyncio `task.cancel()` still lands
    here, and is held until the threads are done.
    """
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
