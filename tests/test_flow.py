"""The flow drivers (`integr8._flow`): one flow, the same result blocking or awaiting.

What every flow of the SDK relies on: a step's result comes back at its `yield`; a step's
exception is raised there (so the flow can handle it as its own call's); `finally` blocks run
when the flow fails or its task is cancelled; blocking work leaves the event loop free.
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx
import pytest

from integr8 import _flow as flow
from integr8._flow import Flow


def _answer(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/boom":
        raise httpx.ConnectError("refused", request=request)
    return httpx.Response(200, content=b"x" * 10_000, request=request)


def _read_all(http: Any, path: str, log: list[str]) -> Flow[int]:
    request = http.build_request("GET", f"https://example.test{path}")
    try:
        response = yield from flow.open_response(http, request, time.monotonic() + 5)
    except httpx.ConnectError:
        log.append("refused, handled in the flow")
        return -1
    try:
        size = 0
        chunks = yield from flow.body_chunks(response, 1024)
        while (chunk := (yield from flow.next_chunk(chunks, time.monotonic() + 5))) is not None:
            size += len(chunk)
        yield from flow.sleep(0.01)
        thread = yield from flow.blocking(threading.get_ident)
        log.append("same thread" if thread == threading.get_ident() else "worker thread")
        return size
    finally:
        yield from flow.close(response)
        log.append(f"closed={response.is_closed}")


def _sync(path: str) -> tuple[int, list[str]]:
    log: list[str] = []
    with httpx.Client(transport=httpx.MockTransport(_answer)) as http:
        slept: list[float] = []
        result = flow.run(_read_all(http, path, log), flow.SyncIO(lambda: slept.append))
        if slept:
            log.append(f"slept {slept}")
    return result, log


async def _async(path: str) -> tuple[int, list[str]]:
    log: list[str] = []
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    async with httpx.AsyncClient(transport=httpx.MockTransport(_answer)) as http:
        result = await flow.arun(_read_all(http, path, log), flow.AsyncIO(lambda: sleep))
        if slept:
            log.append(f"slept {slept}")
    return result, log


def test_one_flow_gives_the_same_result_on_both_drivers() -> None:
    sync_result, sync_log = _sync("/ok")
    async_result, async_log = asyncio.run(_async("/ok"))
    assert sync_result == async_result == 10_000
    # Blocking work: in place when sync, in a worker thread when async (the loop stays free).
    assert sync_log == ["same thread", "closed=True", "slept [0.01]"]
    assert async_log == ["worker thread", "closed=True", "slept [0.01]"]


def test_a_steps_error_is_raised_inside_the_flow_at_its_yield() -> None:
    assert _sync("/boom") == (-1, ["refused, handled in the flow"])
    assert asyncio.run(_async("/boom")) == (-1, ["refused, handled in the flow"])


def test_an_error_the_flow_does_not_handle_reaches_the_caller_after_its_finally() -> None:
    log: list[str] = []

    def failing() -> Flow[None]:
        try:
            yield from flow.sleep(0)
            raise ValueError("from the flow")
        finally:
            log.append("finally ran")

    with pytest.raises(ValueError, match="from the flow"):
        flow.run(failing(), flow.SyncIO(lambda: lambda s: None))
    assert log == ["finally ran"]


def test_cancelling_an_awaited_flow_runs_its_finally() -> None:
    log: list[str] = []

    def waiting() -> Flow[None]:
        try:
            yield from flow.sleep(60)
        finally:
            log.append("finally ran")

    async def main() -> None:
        task = asyncio.create_task(flow.arun(waiting(), flow.AsyncIO(lambda: asyncio.sleep)))
        await asyncio.sleep(0.05)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())
    assert log == ["finally ran"]


def test_the_async_driver_ends_a_stalled_read_at_its_deadline() -> None:
    """A body that stops arriving: the awaited step raises TimeoutError at the deadline (the
    retry loop turns it into a read timeout), however long the server would stall."""

    class Stalling(httpx.AsyncByteStream):
        async def __aiter__(self) -> Any:
            yield b"first"
            await asyncio.sleep(30)
            yield b"never"

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=Stalling(), request=request)

    def read(http: httpx.AsyncClient) -> Flow[list[bytes]]:
        request = http.build_request("GET", "https://example.test/")
        response = yield from flow.open_response(http, request, None)
        got: list[bytes] = []
        try:
            chunks = yield from flow.raw_chunks(response)
            while (chunk := (yield from flow.next_chunk(chunks, time.monotonic() + 0.2))) is not None:
                got.append(chunk)
        except TimeoutError:
            got.append(b"<deadline>")
        return got

    async def main() -> tuple[list[bytes], float]:
        began = time.monotonic()
        async with httpx.AsyncClient(transport=httpx.MockTransport(answer)) as http:
            got = await flow.arun(read(http), flow.AsyncIO(lambda: asyncio.sleep))
        return got, time.monotonic() - began

    got, took = asyncio.run(main())
    assert got == [b"first", b"<deadline>"]
    assert took < 10  # not the server's 30 s stall
