"""Deadlines and sizes: servers that trickle, answers that never end, waits beyond the cap.

Each fault comes from the sandbox (`Fault(drip=...)`, `Fault(endless=True)`, `Fault(status=429,
retry_after=...)`), in process and over the loopback server's real sockets. Timeouts are tiny
(0.3 s against a drip of 0.05 s a byte) so every test ends in well under a few seconds. Where an
SDK without these limits would read a trickle to its end, `Guard` stops the test instead: it
fails any response read past a few dozen bytes, so no test can run long whatever the code does.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from integr8 import AsyncIntegr8, DownloadError, Integr8, errors
from integr8._client import core_of
from integr8._retry import RetryPolicy
from integr8.appsamurai import (
    AppSamurai,
    AppSamuraiRateLimitError,
    AppSamuraiResponseTooLargeError,
    AppSamuraiTimeoutError,
    AsyncAppSamurai,
)
from integr8.testing import AsyncSandboxTransport, Fault, Sandbox, SandboxTransport, serve, use_sandbox_time
from integr8.testing import _http as sandbox_http

TIMEOUT = 0.3  # seconds: the clients' timeout in these tests
DRIP = 0.05  # seconds a byte: 6 bytes fit in TIMEOUT, a 300-byte answer takes 15 s
GUARD_BYTES = 60  # no dripping response may be read past this (3 s of drip)
FIELDS = ["tx_id", "request_time", "offer_id"]
APPSAMURAI_URL = "https://api.appsamurai.test/api/campaign-pull/list/tok_0123456789abcdef"


# -- a guard against reading a trickle to its end -----------------------------------------------


class ReadPastDeadline(AssertionError):
    """The client kept reading a dripping answer long after its deadline."""


class _GuardedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self, inner: object, limit: int) -> None:
        self.inner = inner
        self.limit = limit

    def _count(self, seen: int) -> None:
        if seen > self.limit:
            raise ReadPastDeadline(f"read {seen} bytes of a dripping answer: its deadline was not kept")

    def __iter__(self) -> Iterator[bytes]:
        seen = 0
        for chunk in self.inner:  # type: ignore[attr-defined]
            seen += len(chunk)
            self._count(seen)
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        seen = 0
        async for chunk in self.inner:  # type: ignore[attr-defined]
            seen += len(chunk)
            self._count(seen)
            yield chunk

    def close(self) -> None:
        self.inner.close()  # type: ignore[attr-defined]

    async def aclose(self) -> None:
        await self.inner.aclose()  # type: ignore[attr-defined]


def _guarded(response: httpx.Response, limit: int) -> httpx.Response:
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=_GuardedStream(response.stream, limit),
        extensions=response.extensions,
    )


class Guard(httpx.BaseTransport):
    """`inner`, failing the test when a response that `where` selects is read past `limit` bytes."""

    def __init__(self, inner: httpx.BaseTransport, where: Callable[[httpx.Request], bool] = lambda r: True):
        self.inner = inner
        self.where = where

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        return _guarded(response, GUARD_BYTES) if self.where(request) else response

    def close(self) -> None:
        self.inner.close()


class AsyncGuard(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, where: Callable[[httpx.Request], bool] = lambda r: True):
        self.inner = inner
        self.where = where

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        return _guarded(response, GUARD_BYTES) if self.where(request) else response

    async def aclose(self) -> None:
        await self.inner.aclose()


def on_files_host(sb: Sandbox) -> Callable[[httpx.Request], bool]:
    return lambda request: request.url.netloc == httpx.URL(sb.files_base_url).netloc


# -- clients ----------------------------------------------------------------------------------


def make(sb: Sandbox, transport: httpx.BaseTransport | None = None, **kw: object) -> Integr8:
    kw.setdefault("timeout", TIMEOUT)
    client = Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=transport or SandboxTransport(sb), **kw)
    return use_sandbox_time(client, sb)


def amake(sb: Sandbox, transport: httpx.AsyncBaseTransport | None = None, **kw: object) -> AsyncIntegr8:
    kw.setdefault("timeout", TIMEOUT)
    client = AsyncIntegr8(
        api_key=sb.api_key, base_url=sb.base_url, transport=transport or AsyncSandboxTransport(sb), **kw
    )
    return use_sandbox_time(client, sb)


def requests_for(sb: Sandbox, operation: str) -> int:
    return sum(1 for r in sb.requests if r.operation_id == operation)


def finished_export(sb: Sandbox, folder: Path) -> tuple[str, int]:
    """An export already COMPLETED (its artifact built: seconds of work on a busy machine,
    which the tiny timeouts below must not measure), and its artifact's size in bytes."""
    with make(sb, timeout=30.0) as client:
        result = client.export_to_file(
            "clicks",
            integration_id=sb.integration_id,
            start="2025-02-03",
            end="2025-02-03",
            dest=folder / "clean.zip",
            fields=FIELDS,
            extra_parameters=["sub1"],
            extract=False,
        )
    result.path.unlink()
    sb.requests.clear()
    return result.export_id, result.bytes


def only_dest_missing(folder: Path, dest: Path) -> None:
    assert not dest.exists()
    assert sorted(p.name for p in folder.iterdir()) == []  # no temporary file left either


# -- the policy: a deadline per call, and a pace for downloads ---------------------------------


def test_the_call_deadline_derives_from_timeout_and_max_retries():
    policy = RetryPolicy(max_retries=3, max_delay=8.0)
    budget = policy.budget(30.0, now=100.0)
    assert budget.attempt == 30.0
    assert budget.limit == 4 * 30 + 3 * 8  # (max_retries + 1) * timeout + max_retries * max_delay
    # Backoff is never cut: every attempt at its longest, every wait at max_delay, still fits.
    for _ in range(3):
        assert budget.allows(8.0, now=100.0, current=30.0)
        budget.worked += 30.0
        budget.slept += 8.0
    fresh = policy.budget(30.0, now=0.0)
    assert fresh.allows(60.0, now=0.0)  # one Retry-After wait at the cap fits ...
    fresh.slept += 60.0
    assert not fresh.allows(60.0, now=60.0)  # ... a second one would end past the deadline
    assert policy.budget(None, now=0.0).allows(10_000.0, now=0.0)  # no timeout: no deadline


def test_the_download_pace_cuts_a_trickle_never_a_healthy_download(tmp_path: Path):
    from integr8._exports import MIN_DOWNLOAD_RATE, DownloadState, TooSlow

    now = [0.0]

    def state() -> DownloadState:
        s = DownloadState(tmp_path / "a.zip", check=None, export_id="e1", window=TIMEOUT, clock=lambda: now[0])  # type: ignore[arg-type]
        s._pace_start = now[0]
        return s

    healthy = state()
    for _ in range(50):  # 50 MiB, one MiB a second: slow for a LAN, healthy all the same
        now[0] += 1.0
        healthy.keeping_pace(1 << 20)
    trickle = state()
    with pytest.raises(TooSlow, match=f"below the minimum of {MIN_DOWNLOAD_RATE} bytes/s"):
        for _ in range(100):  # a byte every DRIP seconds
            now[0] += DRIP
            trickle.keeping_pace(1)


# -- an API call that drips ---------------------------------------------------------------------


def test_an_api_answer_that_drips_times_out_sync(sb: Sandbox):
    sb.inject(Fault(drip=DRIP, operation="getUser", times=None))
    with make(sb, Guard(SandboxTransport(sb)), max_retries=0) as client:
        with pytest.raises(errors.APITimeoutError, match=f"did not arrive within {TIMEOUT:g}s"):
            client.users.get_user(sb.user_ids[0])
    assert requests_for(sb, "getUser") == 1


def test_a_dripping_api_answer_is_retried_then_fails_within_the_call_deadline(sb: Sandbox):
    sb.inject(Fault(drip=DRIP, operation="getUser", times=None))
    with make(sb, Guard(SandboxTransport(sb)), max_retries=2) as client:
        with pytest.raises(errors.APITimeoutError):
            client.users.get_user(sb.user_ids[0])
    assert requests_for(sb, "getUser") == 3  # a GET: each slow attempt retried like a read timeout
    sb.clear_faults()
    sb.inject(Fault(drip=DRIP, operation="getUser"))  # once: the retry gets the whole answer
    with make(sb, max_retries=1) as client:
        assert client.users.get_user(sb.user_ids[0]).data.id == sb.user_ids[0]


async def test_an_api_answer_that_drips_times_out_async_without_blocking_the_loop(sb: Sandbox):
    sb.inject(Fault(drip=DRIP, operation="getUser", times=None))
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        for _ in range(500):  # bounded: cancelled long before
            await asyncio.sleep(0.01)
            ticks += 1

    async with amake(sb, AsyncGuard(AsyncSandboxTransport(sb)), max_retries=0) as client:
        tick = asyncio.create_task(ticker())
        with pytest.raises(errors.APITimeoutError, match=f"did not arrive within {TIMEOUT:g}s"):
            await client.users.get_user(sb.user_ids[0])
        tick.cancel()
    assert ticks >= 3  # the event loop ran while the answer dripped
    assert requests_for(sb, "getUser") == 1


def test_dripping_answers_time_out_on_every_thread(sb: Sandbox):
    sb.inject(Fault(drip=DRIP, operation="getUser", times=None))
    with make(sb, Guard(SandboxTransport(sb)), max_retries=0) as client:

        def call(user_id: str) -> BaseException | None:
            try:
                client.users.get_user(user_id)
            except errors.APITimeoutError as exc:
                return exc
            return None

        with ThreadPoolExecutor(max_workers=3) as pool:
            outcomes = list(pool.map(call, sb.user_ids[:3]))
    assert len(outcomes) == 3 and all(isinstance(o, errors.APITimeoutError) for o in outcomes)


async def test_dripping_answers_time_out_concurrently_async(sb: Sandbox):
    sb.inject(Fault(drip=DRIP, operation="getUser", times=None))
    async with amake(sb, AsyncGuard(AsyncSandboxTransport(sb)), max_retries=0) as client:
        outcomes = await asyncio.gather(
            *(client.users.get_user(user_id) for user_id in sb.user_ids[:3]), return_exceptions=True
        )
    assert len(outcomes) == 3 and all(isinstance(o, errors.APITimeoutError) for o in outcomes)


# -- an API answer that never ends ---------------------------------------------------------------


@pytest.fixture
def short_endless(monkeypatch: pytest.MonkeyPatch) -> None:
    """The sandbox's endless body ends after 8 MiB here, not 8 GiB: a client without a size
    limit reads it all and fails the test, rather than the machine."""
    monkeypatch.setattr(sandbox_http, "ENDLESS_MAX_BYTES", 8 << 20)


def test_an_endless_api_answer_stops_at_max_response_bytes_sync(sb: Sandbox, short_endless: None):
    sb.inject(Fault(endless=True, operation="listUsers"))
    with make(sb, max_response_bytes=1 << 20) as client:
        with pytest.raises(errors.ResponseTooLargeError, match="max_response_bytes=1048576") as info:
            client.users.list_users()
    assert info.value.limit == 1 << 20 and info.value.status_code == 200
    assert isinstance(info.value, errors.APIResponseValidationError)
    assert requests_for(sb, "listUsers") == 1  # not retried: the answer would be as large again


async def test_an_endless_api_answer_stops_at_max_response_bytes_async(sb: Sandbox, short_endless: None):
    sb.inject(Fault(endless=True, operation="listUsers"))
    async with amake(sb, max_response_bytes=1 << 20) as client:
        with pytest.raises(errors.ResponseTooLargeError):
            await client.users.list_users()


def test_the_default_limit_is_generous_and_the_setting_is_checked(sb: Sandbox):
    assert make(sb).max_response_bytes == 64 << 20
    make(sb, timeout=30).users.list_users()  # ordinary answers are far below it
    for bad in (0, -1, True, 1.5, "1"):
        with pytest.raises(errors.ConfigurationError, match="max_response_bytes"):
            Integr8(api_key=sb.api_key, max_response_bytes=bad)  # type: ignore[arg-type]
        with pytest.raises(errors.ConfigurationError, match="max_download_bytes"):
            AsyncIntegr8(api_key=sb.api_key, max_download_bytes=bad)  # type: ignore[arg-type]


def test_a_content_length_over_the_limit_is_refused_before_reading():
    pulled: list[bytes] = []

    def body() -> Iterator[bytes]:
        for _ in range(10):
            pulled.append(b"x" * 100)
            yield pulled[-1]

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, headers={"Content-Length": "1000"}, stream=sandbox_http.ChunkStream(body), request=request
        )

    client = Integr8(api_key="k" * 20, transport=httpx.MockTransport(answer), max_response_bytes=999)
    with pytest.raises(errors.ResponseTooLargeError):
        client.users.list_users()
    assert pulled == []


def test_an_error_answer_too_large_still_raises_its_status_error():
    text = b"upstream exploded " + b"!" * 5000

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, stream=sandbox_http.ChunkStream(lambda: [text]), request=request)

    client = Integr8(api_key="k" * 20, transport=httpx.MockTransport(answer), max_response_bytes=100)
    with pytest.raises(errors.NotFoundError, match="upstream exploded") as info:
        client.users.get_user("u1")
    assert len(info.value.body) == 100  # the body is cut at the limit, the status still told


# -- Retry-After beyond the cap ------------------------------------------------------------------


def test_a_retry_after_beyond_the_cap_fails_at_once_carrying_it_sync(sb: Sandbox):
    sb.inject(Fault(status=429, retry_after=3600, method="GET", times=None))
    client = make(sb)
    start = sb.clock.now()
    with pytest.raises(errors.RateLimitError) as info:
        client.users.list_users()
    assert info.value.retry_after == 3600.0
    assert "3600" in str(info.value)
    assert requests_for(sb, "listUsers") == 1 and sb.clock.now() == start  # no retry, no wait
    sb.clear_faults()
    sb.inject(Fault(status=503, retry_after=7200, method="GET"))
    with pytest.raises(errors.ServerError) as server:
        client.users.list_users()
    assert server.value.retry_after == 7200.0 and requests_for(sb, "listUsers") == 2


async def test_a_retry_after_beyond_the_cap_fails_at_once_carrying_it_async(sb: Sandbox):
    sb.inject(Fault(status=429, retry_after=3600, method="GET", times=None))
    async with amake(sb) as client:
        with pytest.raises(errors.RateLimitError) as info:
            await client.users.list_users()
    assert info.value.retry_after == 3600.0 and requests_for(sb, "listUsers") == 1


def test_shorter_waits_are_honoured_and_the_last_one_carried(sb: Sandbox):
    sb.inject(Fault(status=429, retry_after=2, method="GET", times=None))
    client = make(sb, timeout=30.0, max_retries=2)
    start = sb.clock.now()
    with pytest.raises(errors.RateLimitError) as info:
        client.users.list_users()
    assert info.value.retry_after == 2.0
    assert requests_for(sb, "listUsers") == 3 and sb.clock.now() - start == 4.0


@pytest.mark.parametrize("clock", ["sandbox clock", "sleep only"])
def test_retries_stop_where_their_wait_would_pass_the_call_deadline(sb: Sandbox, clock: str):
    # timeout 10, 3 retries: the call may take 4 * 10 + 3 * 8 = 64 s. A 50 s wait fits once (then
    # 10 s for the attempt); a second would end past 64 s, so the call fails with its error.
    sb.inject(Fault(status=429, retry_after=50, method="GET", times=None))
    client = make(sb, timeout=10.0, max_retries=3)
    slept: list[float] = []
    if clock == "sleep only":  # a sleep that does not move the clock still counts
        core_of(client).use_clock(time.monotonic, slept.append)
    else:
        core_of(client).sleep = lambda seconds: (slept.append(seconds), sb.clock.advance(seconds))[0]
    with pytest.raises(errors.RateLimitError) as info:
        client.users.list_users()
    assert slept == [50.0] and info.value.retry_after == 50.0
    assert requests_for(sb, "listUsers") == 2


def test_the_cli_says_when_to_try_again(sb: Sandbox, clean_env: None, creds: None):
    from typer.testing import CliRunner

    from integr8.cli import app
    from integr8.cli._state import AppState

    sb.inject(Fault(status=429, retry_after=3600, method="GET", times=None))
    state = AppState(transport=SandboxTransport(sb), client_hook=lambda client: use_sandbox_time(client, sb))
    result = CliRunner().invoke(app, ["call", "advertisers", "list_advertisers"], obj=state)
    assert result.exit_code == 1
    assert "429" in result.stderr and "try again after" in result.stderr and "(in 60 min)" in result.stderr
    from integr8.cli._errors import try_again

    noon = dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.UTC)
    assert try_again(5400, now=noon) == "try again after 2025-03-01 13:30:00 UTC (in 1 h 30 min)"
    assert try_again(7200, now=noon).endswith("(in 2 h)")
    assert try_again(30, now=noon).endswith("(in 30 s)")


# -- the AppSamurai pull ---------------------------------------------------------------------------


def pull_answer(**stream: object) -> Callable[[httpx.Request], httpx.Response]:
    body = b"[" + b" " * 100 + b"]"  # an empty pull, 102 bytes: 5 s at the drip

    def answer(request: httpx.Request) -> httpx.Response:
        chunks = sandbox_http.ChunkStream(lambda: [body], **stream)  # type: ignore[arg-type]
        return httpx.Response(200, headers={"Content-Type": "application/json"}, stream=chunks, request=request)

    return answer


def test_an_appsamurai_pull_that_drips_times_out_sync():
    transport = Guard(httpx.MockTransport(pull_answer(drip=DRIP)))
    with AppSamurai(url=APPSAMURAI_URL, timeout=TIMEOUT, max_retries=0, transport=transport) as apps:
        with pytest.raises(AppSamuraiTimeoutError, match="did not arrive") as info:
            apps.fetch()
    assert "tok_0123456789abcdef" not in str(info.value)


async def test_an_appsamurai_pull_that_drips_times_out_async():
    transport = AsyncGuard(httpx.MockTransport(pull_answer(drip=DRIP)))
    async with AsyncAppSamurai(url=APPSAMURAI_URL, timeout=TIMEOUT, max_retries=0, transport=transport) as apps:
        with pytest.raises(AppSamuraiTimeoutError):
            await apps.fetch()


def test_an_appsamurai_pull_that_never_ends_is_refused(short_endless: None):
    transport = httpx.MockTransport(pull_answer(endless=True))
    with AppSamurai(url=APPSAMURAI_URL, transport=transport, max_response_bytes=1 << 20) as apps:
        with pytest.raises(AppSamuraiResponseTooLargeError) as info:
            apps.fetch()
    assert "tok_0123456789abcdef" not in str(info.value)
    assert AppSamurai(url=APPSAMURAI_URL).max_response_bytes == 64 << 20


async def test_an_appsamurai_pull_told_to_wait_an_hour_fails_at_once():
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(429, headers={"Retry-After": "3600"}, json={"message": "slow down"})

    apps = AsyncAppSamurai(url=APPSAMURAI_URL, transport=httpx.MockTransport(answer))
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    apps._sleep = sleep
    with pytest.raises(AppSamuraiRateLimitError) as info:
        await apps.fetch()
    assert info.value.retry_after == 3600.0 and len(seen) == 1 and slept == []
    await apps.close()


# -- the export download ----------------------------------------------------------------------------


def test_a_dripping_download_fails_and_leaves_nothing_sync(sb: Sandbox, tmp_path: Path):
    export_id, _ = finished_export(sb, tmp_path)
    sb.inject(Fault(drip=DRIP, host="files", times=None))
    dest = tmp_path / "clicks.csv"
    with make(sb, Guard(SandboxTransport(sb), on_files_host(sb)), max_retries=1) as client:
        with pytest.raises(DownloadError, match="too slow") as info:
            client.resume_export(export_id, dest=dest)
    assert info.value.export_id and "after 2 attempt(s)" in str(info.value)
    only_dest_missing(tmp_path, dest)
    ranges = [r.headers.get("range") for r in sb.requests if r.host == "files"]
    assert len(ranges) == 2 and ranges[1] is not None  # the second attempt resumed after what arrived


async def test_a_dripping_download_fails_and_leaves_nothing_async(sb: Sandbox, tmp_path: Path):
    export_id, _ = finished_export(sb, tmp_path)
    sb.inject(Fault(drip=DRIP, host="files", times=None))
    dest = tmp_path / "clicks.csv"
    # Retries, so that a scheduling stall of a busy machine on the (undripped) API calls cannot
    # turn into an APITimeoutError: the download fails on its own pace whatever the attempts.
    async with amake(sb, AsyncGuard(AsyncSandboxTransport(sb), on_files_host(sb)), max_retries=2) as client:
        with pytest.raises(DownloadError, match="too slow"):
            await client.resume_export(export_id, dest=dest)
    only_dest_missing(tmp_path, dest)


def test_an_endless_download_stops_at_max_download_bytes_sync(sb: Sandbox, tmp_path: Path, short_endless: None):
    export_id, size = finished_export(sb, tmp_path)
    limit = size + (256 << 10)
    sb.inject(Fault(endless=True, host="files", times=None))
    dest = tmp_path / "clicks.csv"
    with make(sb, max_download_bytes=limit) as client:
        with pytest.raises(DownloadError, match=f"max_download_bytes={limit}"):
            client.resume_export(export_id, dest=dest)
    only_dest_missing(tmp_path, dest)
    assert sum(1 for r in sb.requests if r.host == "files") == 1  # not retried
    assert make(sb).max_download_bytes == 4 << 30


async def test_an_endless_download_stops_at_max_download_bytes_async(sb: Sandbox, tmp_path: Path, short_endless: None):
    export_id, size = finished_export(sb, tmp_path)
    limit = size + (256 << 10)
    sb.inject(Fault(endless=True, host="files", times=None))
    dest = tmp_path / "clicks.csv"
    async with amake(sb, max_download_bytes=limit) as client:
        with pytest.raises(DownloadError, match="max_download_bytes"):
            await client.resume_export(export_id, dest=dest)
    only_dest_missing(tmp_path, dest)


class Understated(httpx.BaseTransport):
    """The sandbox, its files host announcing 100 bytes fewer than it sends."""

    def __init__(self, sb: Sandbox) -> None:
        self.inner = SandboxTransport(sb)
        self.files = httpx.URL(sb.files_base_url).netloc

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.url.netloc == self.files and "content-length" in response.headers:
            response.headers["Content-Length"] = str(int(response.headers["content-length"]) - 100)
            response.headers.pop("Accept-Ranges")
        return response


def test_a_download_longer_than_its_content_length_is_refused(sb: Sandbox, tmp_path: Path):
    export_id, _ = finished_export(sb, tmp_path)
    dest = tmp_path / "clicks.csv"
    with make(sb, Understated(sb)) as client:
        with pytest.raises(DownloadError, match="more than the .* bytes its Content-Length announced"):
            client.resume_export(export_id, dest=dest)
    only_dest_missing(tmp_path, dest)


# -- the sandbox's faults themselves, for users' own tests ----------------------------------------


def test_the_drip_and_endless_faults_shape_the_body_in_process(sb: Sandbox, short_endless: None):
    http = httpx.Client(base_url=sb.base_url, transport=SandboxTransport(sb), headers={"API-KEY": sb.api_key})
    clean = http.get("/api/v2/users").content
    sb.inject(Fault(drip=0.001, operation="listUsers"))
    with http.stream("GET", "/api/v2/users") as response:
        pieces = list(response.iter_raw())
    assert b"".join(pieces) == clean and {len(p) for p in pieces} == {1}
    assert response.headers["content-length"] == str(len(clean))
    sb.inject(Fault(endless=True, operation="listUsers"))
    with http.stream("GET", "/api/v2/users") as response:
        assert "content-length" not in response.headers
        got = b""
        for chunk in response.iter_raw():
            got += chunk
            if len(got) > len(clean) + (1 << 20):
                break
    assert got.startswith(clean) and got[len(clean) :].strip() == b""  # filler: JSON whitespace


# -- over real sockets -------------------------------------------------------------------------------


def handler_threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if "process_request_thread" in t.name}


def wait_until(condition: Callable[[], bool]) -> bool:
    for _ in range(100):  # at most 5 s
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def test_loopback_a_dripping_api_answer_times_out_and_frees_the_server(sb: Sandbox):
    before = handler_threads()
    sb.inject(Fault(drip=DRIP, operation="getUser", times=None))
    with serve(sb) as server:
        transport = Guard(httpx.HTTPTransport())
        with Integr8(
            api_key=sb.api_key,
            base_url=server.base_url,
            allow_http=True,
            timeout=TIMEOUT,
            max_retries=0,
            transport=transport,
        ) as client:
            with pytest.raises(errors.APITimeoutError, match=f"did not arrive within {TIMEOUT:g}s"):
                client.users.get_user(sb.user_ids[0])
        # the client hung up: the server's thread stops dripping
        assert wait_until(lambda: not (handler_threads() - before))


async def test_loopback_a_dripping_api_answer_times_out_async(sb: Sandbox):
    sb.inject(Fault(drip=DRIP, operation="getUser", times=None))
    with serve(sb) as server:
        async with AsyncIntegr8(
            api_key=sb.api_key,
            base_url=server.base_url,
            allow_http=True,
            timeout=TIMEOUT,
            max_retries=0,
            transport=AsyncGuard(httpx.AsyncHTTPTransport()),
        ) as client:
            with pytest.raises(errors.APITimeoutError):
                await client.users.get_user(sb.user_ids[0])


def test_loopback_an_endless_answer_is_refused_and_the_server_stops_sending(sb: Sandbox, short_endless: None):
    before = handler_threads()
    sb.inject(Fault(endless=True, operation="listUsers"))
    with serve(sb) as server:
        with Integr8(
            api_key=sb.api_key, base_url=server.base_url, allow_http=True, max_response_bytes=256 << 10
        ) as client:
            with pytest.raises(errors.ResponseTooLargeError):
                client.users.list_users()
        assert wait_until(lambda: not (handler_threads() - before))


def test_loopback_a_dripping_download_fails_and_leaves_nothing(sb: Sandbox, tmp_path: Path):
    export_id, _ = finished_export(sb, tmp_path)
    sb.inject(Fault(drip=DRIP, host="files", times=None))
    dest = tmp_path / "clicks.csv"
    with serve(sb) as server:
        files = httpx.URL(server.files_url).netloc
        transport = Guard(httpx.HTTPTransport(), lambda request: request.url.netloc == files)
        client = Integr8(
            api_key=sb.api_key,
            base_url=server.base_url,
            allow_http=True,
            timeout=TIMEOUT,
            max_retries=0,
            transport=transport,
        )
        with use_sandbox_time(client, sb), pytest.raises(DownloadError, match="too slow"):
            client.resume_export(export_id, dest=dest)
    only_dest_missing(tmp_path, dest)


def test_loopback_server_close_stops_a_drip_the_client_still_reads(sb: Sandbox):
    before = handler_threads()
    sb.inject(Fault(drip=DRIP, operation="getUser"))
    server = serve(sb)
    try:
        http = httpx.Client(base_url=server.base_url, headers={"API-KEY": sb.api_key}, timeout=5.0)
        with http.stream("GET", f"/api/v2/users/{sb.user_ids[0]}") as response:
            chunks = response.iter_raw()
            assert len(next(chunks)) == 1
            server.close()  # while the client still waits for more
            with pytest.raises(httpx.TransportError):
                for _ in chunks:
                    pass
    finally:
        server.close()
        http.close()
    assert wait_until(lambda: not (handler_threads() - before))
