"""One artifact download's files, and the threads that write them: `Download`.

Ownership: a `Download` creates its temporary file beside `dest` (`integr8._atomic.temp_beside`,
the helper the CLI's files use too), writes it, has the zip verified (`integr8._zipcheck`), puts
the finished file in `dest`'s place (`integr8._atomic.publish`) and removes whatever is left. No
other code opens, renames or removes it, and `dest` is replaced only once the whole artifact
verified. One file: the zip (`extract=False`), or the CSV unpacked from the zip as it arrives
(`extract=True`): the zip itself is then never written, since the check verifies it from the
stream (CRC-32, sizes, and the central directory from the bytes after the member). A resumed
download (Range) goes on where the check and the CSV stand, which hold exactly the bytes
received so far; one that starts over empties the CSV.

Why threads: on a fast link the receiving loop (HTTP parsing in Python) keeps one core busy, and
so does the per-byte work of a verified download (inflating, then the CRC-32, the row count and
the file write). File writes and zlib release the GIL, so that work runs on other cores instead
of taking turns with the receiving loop (measured by `make bench`): the download's thread writes
the zip and inflates, and a second one (the unpacker) takes each inflated piece (the check's
`consume`: CRC-32, rows, the CSV's write) while the next piece inflates. A stored member has
nothing to inflate: the download's thread consumes it itself (a second thread only cost CPU).
Chunks are handed over in batches of `BATCH` bytes, joined into one buffer (one write, one feed
per batch), so the threads meet a few hundred times per GiB rather than at every 64 KiB network
read. The receiver waits for the previous batch before it hands over another, so at most three
batches are held, and the unpacker holds at most two pieces: memory stays flat whatever the
file size.

Every file operation (creating, opening, writing, verifying, publishing, removing) runs on the
download's thread, in the order asked, and is returned as a `concurrent.futures.Future`; a batch
is done only once the unpacker has consumed all of it. The download flow waits for a future with
the `wait` step (`integr8._flow.wait`): blocking in the sync client, awaited in the async one, so
an event loop never blocks on the disk; and a wait ends only when the work has, even through a
Ctrl-C or a repeated cancellation (one batch: milliseconds on a working disk), so nothing is
removed or renamed while a write is running.

Two rules keep the file honest. A batch that failed on the threads (disk full, a refused
archive) is the error of the whole attempt, even when the connection also dropped: part of that
batch may be on disk, so resuming after it would corrupt the file (`failure`). And a dropped
connection is not a failure of the bytes that did arrive: they are written before the download
resumes after them (`end(keep=True)`).
"""

from __future__ import annotations

import contextlib
import os
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

from ._atomic import publish, temp_beside

if TYPE_CHECKING:
    from collections.abc import Callable

    from ._zipcheck import StreamCheck

BATCH = 2 << 20
T = TypeVar("T")


class BatchSkipped(Exception):
    """A batch was not written because an earlier one failed (`Download.failure` says why)."""


class Download:
    """The file of one artifact download beside `dest`, from creation to publish or removal.

    `dest`: the checked destination (`integr8._atomic.check_target`). `extract`: publish the CSV
    unpacked from the zip (written as the zip arrives, `check.sink`; no zip file), else the zip
    itself. `check`: the `StreamCheck` every byte of the zip goes through, in order.

    Use, waiting for each returned future before the next call (except `add`, see there):
    `create()`, then per attempt (an HTTP answer) `begin(mode)`, `add(chunk)` for each chunk,
    `finish()` and, always, `end(keep)`; then `publish()` once the whole artifact is in, and,
    always, `discard()`. The file: `zip_path` (`.zip.part`) or, with `extract`, `csv_path`
    (`.csv.part`), a hidden name beside `dest`; None until created and once gone (`path`: the
    one there is).
    """

    def __init__(self, dest: Path, *, extract: bool, check: StreamCheck) -> None:
        self.dest = dest
        self.extract = extract
        self.check = check
        self.zip_path: Path | None = None
        self.csv_path: Path | None = None
        self.written = 0  # bytes of the current attempt fed and consumed: a resume continues after them
        self._zip: IO[bytes] | None = None
        self._csv: IO[bytes] | None = None
        self._executor: ThreadPoolExecutor | None = None
        self._unpacker: ThreadPoolExecutor | None = None
        self._piece: Future[None] | None = None  # the unpacker's latest piece
        self._batch: list[bytes] = []
        self._size = 0
        self._previous: Future[None] | None = None  # at most two batches are ever handed over
        self._latest: Future[None] | None = None
        self._error: BaseException | None = None

    @property
    def path(self) -> Path | None:
        """The temporary file the artifact's bytes go to: the zip's, or the CSV's."""
        return self.csv_path if self.extract else self.zip_path

    # -- what the receiving side calls ----------------------------------------------------------

    def create(self) -> Future[None]:
        """Create the temporary file (the CSV's opened as the check's sink)."""
        return self._do(self._create)

    def begin(self, mode: str) -> Future[None]:
        """Start an attempt: go on after what was received ("ab", an answer that resumes after
        it) or from the artifact's start ("wb", which empties the file)."""
        self.written, self._error = 0, None
        return self._do(self._begin, mode)

    def add(self, chunk: bytes) -> Future[None] | None:
        """Take a received chunk. When a batch is full it is handed over, and the previous
        batch's future is returned: wait for it before receiving more (that bounds memory, and
        raises what went wrong on the threads: a disk error, a refused archive)."""
        self._batch.append(chunk)
        self._size += len(chunk)
        if self._size < BATCH:
            return None
        self._submit(last=False)
        return self._previous

    def finish(self) -> Future[None]:
        """Hand over the rest and flush the zip's file (fsynced when it is the file to publish):
        done when every byte of the attempt is on disk and checked (it raises an earlier
        batch's error too)."""
        return self._submit(last=True)

    def end(self, keep: bool = False) -> list[Future[Any]]:
        """End the attempt, whatever happened: the futures to wait for before anything else
        (the batches still running, and the closing of the zip's file). Batches not started yet
        are dropped, unless `keep`: then the received rest is handed over too and every batch is
        written (a dropped connection: the bytes that did arrive are good, and a resume
        continues after them)."""
        if keep and self._batch and self._error is None:
            self._submit(last=False)
        elif not keep:
            for batch in (self._latest, self._previous):
                if batch is not None:
                    batch.cancel()  # only if not started
        self._batch, self._size = [], 0
        closing = self._do(self._close_zip)
        return [f for f in (self._previous, self._latest, closing) if f is not None and not f.done()]

    @property
    def failure(self) -> BaseException | None:
        """What went wrong on the threads in this attempt, if anything: it outranks anything
        the receiver saw."""
        return self._error

    def publish(self) -> Future[tuple[int, int]]:
        """Verify the whole artifact (`StreamCheck.verify`), then make the file meant for `dest`
        (the CSV, or the zip) `dest`, fsynced and atomically (`integr8._atomic.publish`).
        Result: (bytes at `dest`, data rows of the CSV). `dest` is left untouched if anything
        fails first."""
        return self._do(self._publish)

    def discard(self) -> Future[None]:
        """Close and remove what is left of the file (unless published), and let the threads
        end once that is done."""
        if self._executor is None:  # nothing was ever created
            done: Future[None] = Future()
            done.set_result(None)
            return done
        future = self._do(self._discard)
        self._executor.shutdown(wait=False)
        return future

    # -- on the download's thread -----------------------------------------------------------------

    def _do(self, work: Callable[..., T], *args: Any) -> Future[T]:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(1, thread_name_prefix="integr8-download")
        return self._executor.submit(work, *args)

    def _submit(self, last: bool) -> Future[None]:
        batch, self._batch, self._size = self._batch, [], 0
        self._previous, self._latest = self._latest, self._do(self._write, batch, last)
        return self._latest

    def _create(self) -> None:
        if self.extract:
            self.csv_path = temp_beside(self.dest, ".csv.part")
            self._csv = open(self.csv_path, "wb")  # noqa: SIM115  (closed by _publish or _discard)
            self.check.sink = self._csv
        else:
            self.zip_path = temp_beside(self.dest, ".zip.part")
        self.check.handoff = self._hand

    def _begin(self, mode: str) -> None:
        if self.zip_path is not None:
            self._zip = open(self.zip_path, mode)  # noqa: SIM115  (closed by _close_zip)
        elif self._csv is None:
            raise AssertionError("create() first")
        if mode == "wb" and self._csv is not None:
            self._csv.seek(0)
            self._csv.truncate()

    def _write(self, batch: list[bytes], last: bool) -> None:
        if self._error is not None:  # an earlier batch failed: this one must not land after a gap
            raise BatchSkipped()
        try:
            if batch:
                data = batch[0] if len(batch) == 1 else b"".join(batch)
                if self._zip is not None:
                    self._zip.write(data)
                elif not self.extract:
                    raise AssertionError("begin() first")
                self.check.feed(data)
                self._drained()
                self.written += len(data)
            if last and self._zip is not None:
                self._zip.flush()
                os.fsync(self._zip.fileno())
        except BaseException as exc:
            self._drained(quiet=True)  # nothing of this batch is still being written
            self._error = exc
            raise

    def _hand(self, consume: Callable[[bytes], None], piece: bytes) -> None:
        """The check's `handoff`: `consume(piece)` on the unpacker, once the piece before the
        previous one is done (so at most two are held), raising what went wrong there."""
        if self._unpacker is None:
            self._unpacker = ThreadPoolExecutor(1, thread_name_prefix="integr8-download-unpack")
        previous, self._piece = self._piece, self._unpacker.submit(consume, piece)
        if previous is not None:
            previous.result()

    def _drained(self, quiet: bool = False) -> None:
        """Wait until the unpacker has consumed every piece handed to it; raise its error
        unless `quiet`."""
        piece, self._piece = self._piece, None
        if piece is not None:
            error = piece.exception()  # waits for it
            if error is not None and not quiet:
                raise error

    def _close_zip(self) -> None:
        if self._zip is not None:
            zip_file, self._zip = self._zip, None
            zip_file.close()

    def _publish(self) -> tuple[int, int]:
        assert self._zip is None, "every attempt ended"
        self.check.verify(self.zip_path)  # may consume the CSV's last bytes (a stored member), itself
        if self._csv is not None and self.csv_path is not None:
            self._csv.flush()
            os.fsync(self._csv.fileno())
            self._csv.close()
            self._csv = None
            publish(self.csv_path, self.dest)
            self.csv_path = None
            return self.check.size, self.check.rows.data_rows()
        assert self.zip_path is not None, "create() first"
        size = self.zip_path.stat().st_size
        publish(self.zip_path, self.dest)
        self.zip_path = None
        return size, self.check.rows.data_rows()

    def _discard(self) -> None:
        self._drained(quiet=True)
        if self._unpacker is not None:
            self._unpacker.shutdown(wait=False)
        for handle in (self._zip, self._csv):
            if handle is not None:
                with contextlib.suppress(OSError):  # a failed flush: the file goes anyway
                    handle.close()
        self._zip = self._csv = None
        for path in (self.zip_path, self.csv_path):
            if path is not None:
                path.unlink(missing_ok=True)
        self.zip_path = self.csv_path = None
