"""The download's writer thread (`integr8._spool`): order, errors, bounded hand-over, clean stop."""

from __future__ import annotations

import random
import threading
from concurrent import futures

import pytest

from integr8 import _spool


class Recorder:
    """Stands in for the zip check: records what it was fed, and on which thread."""

    def __init__(self, fail_at: int | None = None, gate: threading.Event | None = None):
        self.fed = bytearray()
        self.threads: set[str] = set()
        self.calls = 0
        self.fail_at = fail_at
        self.gate = gate

    def feed(self, data: bytes) -> None:
        self.calls += 1
        if self.gate is not None:
            assert self.gate.wait(10)
        if self.calls == self.fail_at:
            raise OSError(28, "No space left on device")
        self.threads.add(threading.current_thread().name)
        self.fed += data


@pytest.fixture(autouse=True)
def small_batches(monkeypatch):
    monkeypatch.setattr(_spool, "BATCH", 1000)


def run(spool: _spool.Spool, chunks: list[bytes]) -> None:
    """What the blocking download driver does with each chunk."""
    for chunk in chunks:
        if (previous := spool.add(chunk)) is not None:
            previous.result()
    spool.finish().result()


def test_batches_reach_the_file_and_the_check_in_order_on_another_thread(tmp_path):
    rng = random.Random(3)
    chunks = [rng.randbytes(rng.randint(1, 900)) for _ in range(300)]
    check = Recorder()
    with open(tmp_path / "f", "wb") as out:
        spool = _spool.Spool(out, check)  # type: ignore[arg-type]
        run(spool, chunks)
        assert spool.close() == []
    data = b"".join(chunks)
    assert (tmp_path / "f").read_bytes() == data == bytes(check.fed)
    assert spool.written == len(data)
    assert 1 < check.calls < len(chunks)  # batched: fewer hand-overs than chunks, more than one
    assert check.threads and all(name.startswith("integr8-download") for name in check.threads)


def test_a_failed_batch_is_raised_and_nothing_lands_after_it(tmp_path):
    check = Recorder(fail_at=2)
    chunks = [bytes([n]) * 600 for n in range(10)]
    with open(tmp_path / "f", "wb") as out:
        spool = _spool.Spool(out, check)  # type: ignore[arg-type]
        with pytest.raises(OSError, match="No space left") as info:
            run(spool, chunks)
        last = spool.finish()
        futures.wait([last])
        spool.settle()
        # Later batches say they were skipped; the error itself is the spool's failure.
        assert isinstance(last.exception(), _spool.BatchSkipped) and spool.failure is info.value
    first_batch = b"".join(chunks[:2])  # 1200 bytes: the first batch past BATCH
    assert spool.written == len(first_batch) == len(check.fed)
    # The failing batch was written before its check raised (the caller removes the file);
    # no batch after it was.
    assert (tmp_path / "f").read_bytes() == b"".join(chunks[:4])


def test_at_most_two_batches_are_handed_over_before_the_receiver_waits(tmp_path):
    gate = threading.Event()
    check = Recorder(gate=gate)
    with open(tmp_path / "f", "wb") as out:
        spool = _spool.Spool(out, check)  # type: ignore[arg-type]
        assert spool.add(b"a" * 1000) is None  # batch 1 handed over, nothing to wait for yet
        previous = spool.add(b"b" * 1000)  # batch 2 handed over: wait for batch 1 first
        assert previous is not None and not previous.done()
        gate.set()
        previous.result()
        spool.finish().result()
        assert spool.close() == []
    assert (tmp_path / "f").read_bytes() == b"a" * 1000 + b"b" * 1000


def test_close_drops_batches_not_started_and_returns_the_running_one(tmp_path):
    gate = threading.Event()
    check = Recorder(gate=gate)
    with open(tmp_path / "f", "wb") as out:
        spool = _spool.Spool(out, check)  # type: ignore[arg-type]
        assert spool.add(b"a" * 1000) is None  # batch 1: runs, held at the gate
        first = spool.add(b"b" * 1000)  # batch 2: queued behind it
        spool.add(b"c" * 999)  # not a full batch: never handed over
        running = spool.close()
        assert running == [first] and not first.done()
        gate.set()
        futures.wait(running)
    assert (tmp_path / "f").read_bytes() == b"a" * 1000
    assert spool.written == 1000 and check.calls == 1


def test_settle_waits_for_the_running_batch_through_a_ctrl_c(tmp_path, monkeypatch):
    gate = threading.Event()
    check = Recorder(gate=gate)
    real_wait = futures.wait
    calls = []

    def ctrl_c_once(fs, *args, **kwargs):
        calls.append(len(fs))
        if len(calls) == 1:
            gate.set()  # the batch may end now; this wait is interrupted all the same
            raise KeyboardInterrupt
        return real_wait(fs, *args, **kwargs)

    with open(tmp_path / "f", "wb") as out:
        spool = _spool.Spool(out, check)  # type: ignore[arg-type]
        assert spool.add(b"a" * 1000) is None  # running, held at the gate
        monkeypatch.setattr(futures, "wait", ctrl_c_once)
        with pytest.raises(KeyboardInterrupt):
            spool.settle()
        assert len(calls) == 2 and spool.written == 1000  # the batch ended before the Ctrl-C went on


async def test_a_cancelled_wait_for_threads_neither_returns_early_nor_spins(monkeypatch):
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
    with futures.ThreadPoolExecutor(1) as pool:
        # An anyio cancel scope re-cancels on every loop turn until the task leaves it.
        thread = asyncio.wrap_future(pool.submit(gate.wait, 10))
        with anyio.CancelScope() as scope:
            loop.call_soon(scope.cancel)
            loop.call_later(0.05, gate.set)
            await _spool.uninterrupted(thread)
        assert scope.cancel_called and thread.done() and calls == 1
        # A plain asyncio cancellation, twice: held until the thread is done, then raised.
        gate.clear()
        thread = asyncio.wrap_future(pool.submit(gate.wait, 10))
        task = asyncio.ensure_future(_spool.uninterrupted(thread))
        await asyncio.sleep(0)
        task.cancel()
        await asyncio.sleep(0.01)
        task.cancel()
        loop.call_later(0.05, gate.set)
        with pytest.raises(asyncio.CancelledError):
            await task
        assert thread.done()
