"""The download object (`integr8._spool.Download`): its files from creation to publish or removal,
its writer thread (order, errors, bounded hand-over, clean stop), and the flows' `wait` step it
relies on (a wait that ends only when the thread's work has, through Ctrl-C and cancellation)."""

from __future__ import annotations

import io
import random
import threading
import zipfile
from concurrent import futures
from pathlib import Path

import pytest

from integr8 import _flow, _spool
from integr8._zipcheck import StreamCheck


class Recorder:
    """Stands in for the zip check: records what it was fed, and on which thread."""

    def __init__(self, fail_at: int | None = None, gate: threading.Event | None = None):
        self.fed = bytearray()
        self.threads: set[str] = set()
        self.calls = 0
        self.fail_at = fail_at
        self.gate = gate
        self.sink = None
        self.entered = threading.Event()  # a batch is being checked

    def feed(self, data: bytes) -> None:
        self.calls += 1
        self.entered.set()
        if self.gate is not None:
            assert self.gate.wait(10)
        if self.calls == self.fail_at:
            raise OSError(28, "No space left on device")
        self.threads.add(threading.current_thread().name)
        self.fed += data


@pytest.fixture(autouse=True)
def small_batches(monkeypatch):
    monkeypatch.setattr(_spool, "BATCH", 1000)


def started(dest: Path, check, extract: bool = False, mode: str = "wb") -> _spool.Download:
    """A download whose files exist and whose first attempt has begun."""
    download = _spool.Download(dest, extract=extract, check=check)
    download.create().result()
    download.begin(mode).result()
    return download


def run(download: _spool.Download, chunks: list[bytes]) -> None:
    """What the download flow does with each chunk of an answer, waiting blocking."""
    for chunk in chunks:
        if (previous := download.add(chunk)) is not None:
            previous.result()
    download.finish().result()


def ended(download: _spool.Download, keep: bool = False) -> None:
    futures.wait(download.end(keep))


def hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_batches_reach_the_file_and_the_check_in_order_on_another_thread(tmp_path):
    rng = random.Random(3)
    chunks = [rng.randbytes(rng.randint(1, 900)) for _ in range(300)]
    check = Recorder()
    download = started(tmp_path / "c.zip", check)
    run(download, chunks)
    ended(download)
    data = b"".join(chunks)
    assert download.zip_path is not None and download.zip_path.parent == tmp_path
    assert download.zip_path.read_bytes() == data == bytes(check.fed)
    assert download.written == len(data)
    assert 1 < check.calls < len(chunks)  # batched: fewer hand-overs than chunks, more than one
    assert check.threads and all(name.startswith("integr8-download") for name in check.threads)
    download.discard().result()
    assert list(tmp_path.iterdir()) == []


def test_a_failed_batch_is_raised_and_nothing_lands_after_it(tmp_path):
    check = Recorder(fail_at=2)
    chunks = [bytes([n]) * 600 for n in range(10)]
    download = started(tmp_path / "c.zip", check)
    with pytest.raises(OSError, match="No space left") as info:
        run(download, chunks)
    last = download.finish()
    futures.wait([last])
    ended(download)
    # Later batches say they were skipped; the error itself is the download's failure.
    assert isinstance(last.exception(), _spool.BatchSkipped) and download.failure is info.value
    first_batch = b"".join(chunks[:2])  # 1200 bytes: the first batch past BATCH
    assert download.written == len(first_batch) == len(check.fed)
    # The failing batch was written before its check raised (the download removes the file);
    # no batch after it was.
    assert download.zip_path is not None and download.zip_path.read_bytes() == b"".join(chunks[:4])
    download.discard().result()
    assert list(tmp_path.iterdir()) == []


def test_at_most_two_batches_are_handed_over_before_the_receiver_waits(tmp_path):
    gate = threading.Event()
    check = Recorder(gate=gate)
    download = started(tmp_path / "c.zip", check)
    assert download.add(b"a" * 1000) is None  # batch 1 handed over, nothing to wait for yet
    previous = download.add(b"b" * 1000)  # batch 2 handed over: wait for batch 1 first
    assert previous is not None and not previous.done()
    gate.set()
    previous.result()
    download.finish().result()
    ended(download)
    assert download.zip_path is not None and download.zip_path.read_bytes() == b"a" * 1000 + b"b" * 1000
    download.discard().result()


def test_ending_an_attempt_drops_batches_not_started_and_waits_for_the_running_one(tmp_path):
    gate = threading.Event()
    check = Recorder(gate=gate)
    download = started(tmp_path / "c.zip", check)
    assert download.add(b"a" * 1000) is None  # batch 1: runs, held at the gate
    assert check.entered.wait(10)
    first = download.add(b"b" * 1000)  # batch 2: queued behind it (batch 1 is returned)
    download.add(b"c" * 999)  # not a full batch: never handed over
    pending = download.end(keep=False)
    assert first is not None and pending[0] is first and len(pending) == 2  # batch 1, closing the file
    assert not any(f.done() for f in pending)
    gate.set()
    futures.wait(pending)
    assert download.zip_path is not None and download.zip_path.read_bytes() == b"a" * 1000
    assert download.written == 1000 and check.calls == 1
    download.discard().result()


def test_ending_an_attempt_after_a_dropped_connection_writes_what_arrived(tmp_path):
    check = Recorder()
    download = started(tmp_path / "c.zip", check)
    for chunk in (b"a" * 600, b"b" * 600, b"c" * 300):  # one batch handed over, 300 bytes not yet
        download.add(chunk)
    ended(download, keep=True)
    assert download.written == 1500 and bytes(check.fed) == b"a" * 600 + b"b" * 600 + b"c" * 300
    download.begin("ab").result()  # the resumed answer appends after them
    run(download, [b"d" * 10])
    ended(download)
    assert download.zip_path is not None and download.zip_path.read_bytes().endswith(b"c" * 300 + b"d" * 10)
    download.discard().result()


CSV = b"id,name\n" + b"".join(b"%d,row %d\n" % (n, n) for n in range(500))


def zipped(data: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("c.csv", data)
    return buf.getvalue()


@pytest.mark.parametrize("extract", [True, False])
def test_publish_puts_the_verified_file_at_dest_and_discard_removes_the_rest(tmp_path, extract):
    dest = tmp_path / "out"
    dest.write_text("previous")
    download = started(dest, StreamCheck("e1"), extract=extract)
    payload = zipped(CSV)
    run(download, [payload[i : i + 700] for i in range(0, len(payload), 700)])
    ended(download)
    # One file: the CSV unpacked as the zip arrived (the zip itself is never written), or the zip.
    assert [name.rsplit(".", 2)[-2:] for name in hidden(tmp_path)] == [["csv" if extract else "zip", "part"]]
    assert dest.read_text() == "previous"
    size, rows = download.publish().result()
    assert dest.read_bytes() == (CSV if extract else payload) and size == dest.stat().st_size and rows == 500
    download.discard().result()
    assert hidden(tmp_path) == [] and download.zip_path is None and download.csv_path is None


def test_an_answer_from_the_start_empties_the_csv_unpacked_so_far(tmp_path):
    """A download that restarts (the host ignored Range): the CSV unpacked from the first
    answer must not stay before the second's."""
    dest = tmp_path / "c.csv"
    check = StreamCheck("e1")
    download = started(dest, check, extract=True)
    payload = zipped(CSV)
    for at in range(0, len(payload) // 2, 700):  # the first answer breaks off halfway
        download.add(payload[at : at + 700])
    ended(download, keep=True)
    assert 0 < check.size < len(CSV)  # part of the CSV was unpacked (into the CSV's file)
    check.restart()  # what DownloadState.start does for a full (200) answer
    download.begin("wb").result()
    run(download, [payload])
    ended(download)
    assert download.publish().result() == (len(CSV), 500) and dest.read_bytes() == CSV
    download.discard().result()
    assert hidden(tmp_path) == []


def test_a_refused_artifact_leaves_dest_alone_and_discard_removes_everything(tmp_path):
    dest = tmp_path / "c.csv"
    dest.write_text("previous")
    download = started(dest, StreamCheck("e1"), extract=True)
    payload = bytearray(zipped(CSV))
    payload[-30] ^= 0xFF  # inside the central directory: its CRC no longer matches
    run(download, [bytes(payload)])
    ended(download)
    with pytest.raises(Exception, match="corrupt|not a valid zip|CRC"):
        download.publish().result()
    download.discard().result()
    assert dest.read_text() == "previous" and hidden(tmp_path) == []


def test_a_download_that_never_began_has_nothing_to_discard_and_no_thread(tmp_path):
    before = {t.ident for t in threading.enumerate()}
    download = _spool.Download(tmp_path / "c.csv", extract=True, check=StreamCheck("e1"))
    assert download.discard().result() is None
    assert {t.ident for t in threading.enumerate()} <= before and list(tmp_path.iterdir()) == []


# -- the `wait` step (`integr8._flow`): the download never goes on while its thread works --------


def test_a_blocking_wait_outlasts_a_ctrl_c_and_raises_it_after(monkeypatch):
    gate = threading.Event()
    real_wait = futures.wait
    calls = []

    def ctrl_c_once(fs, *args, **kwargs):
        calls.append(len(fs))
        if len(calls) == 1:
            gate.set()  # the work may end now; this wait is interrupted all the same
            raise KeyboardInterrupt
        return real_wait(fs, *args, **kwargs)

    with futures.ThreadPoolExecutor(1) as pool:
        work = pool.submit(gate.wait, 10)
        monkeypatch.setattr(futures, "wait", ctrl_c_once)
        with pytest.raises(KeyboardInterrupt):
            _flow.run(_flow.wait(work), _flow.SyncIO(lambda: None))  # type: ignore[arg-type, return-value]
        # The work ended before the Ctrl-C went on, and `futures.wait` was not entered again after
        # it (an interrupt inside it can leave a future's lock held: the worker would hang).
        assert len(calls) == 1 and work.done()


async def test_an_awaited_wait_neither_returns_early_nor_spins_when_cancelled(monkeypatch):
    import asyncio

    import anyio

    calls = 0
    real_wait = asyncio.wait

    async def counting_wait(*args, **kwargs):
        nonlocal calls
        calls += 1
        return await real_wait(*args, **kwargs)

    monkeypatch.setattr(asyncio, "wait", counting_wait)
    gate = threading.Event()
    loop = asyncio.get_running_loop()
    io_ = _flow.AsyncIO(lambda: asyncio.sleep)
    with futures.ThreadPoolExecutor(1) as pool:
        # An anyio cancel scope re-cancels on every loop turn until the task leaves it.
        work = pool.submit(gate.wait, 10)
        with anyio.CancelScope() as scope:
            loop.call_soon(scope.cancel)
            loop.call_later(0.05, gate.set)
            await _flow.arun(_flow.wait(work), io_)
        assert scope.cancel_called and work.done() and calls == 1
        # A plain asyncio cancellation, twice: held until the work is done, then raised.
        gate.clear()
        work = pool.submit(gate.wait, 10)
        task = asyncio.ensure_future(_flow.arun(_flow.wait(work), io_))
        await asyncio.sleep(0)
        task.cancel()
        await asyncio.sleep(0.01)
        task.cancel()
        loop.call_later(0.05, gate.set)
        with pytest.raises(asyncio.CancelledError):
            await task
        assert work.done()
