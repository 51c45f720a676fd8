"""The sandbox's throttled link (`serve(bandwidth=...)`, `--bandwidth`): the files host sends its
bodies through a token bucket at that many MiB/s; 0 or None means as fast as it can.

Nothing here is timed: the bucket's clock and sleep are injected and its sleeps summed, or the
served bucket's sleeps are recorded while a real download runs over loopback."""

from __future__ import annotations

import threading

import httpx
import pytest
from test_cli import run

from integr8.testing import Sandbox, serve
from integr8.testing import __main__ as testing_main
from integr8.testing._server import MIB, TokenBucket, bucket_for, check_bandwidth

DAY = {"start_time": "2025-02-03 00:00:00", "end_time": "2025-02-03 23:59:59"}


class FakeTime:
    """A clock that only the bucket's sleeps move."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def test_the_bucket_sleeps_as_long_as_the_link_takes_beyond_its_burst() -> None:
    fake = FakeTime()
    bucket = TokenBucket(10 * MIB, burst=MIB, clock=fake.clock, sleep=fake.sleep)
    for _ in range(100):  # 100 chunks of 64 KiB: 6.25 MiB
        bucket.take(64 << 10)
    # The first MiB goes at once (the burst); the rest takes what 5.25 MiB at 10 MiB/s takes.
    assert sum(fake.sleeps) == pytest.approx(5.25 / 10)
    assert fake.sleeps and max(fake.sleeps) <= (64 << 10) / (10 * MIB) + 1e-9  # one chunk's worth at a time


def test_over_any_stretch_the_bytes_taken_are_bounded_by_rate_and_burst() -> None:
    fake = FakeTime()
    rate, burst, chunk = 4 * MIB, 256 << 10, 48 << 10
    bucket = TokenBucket(rate, burst=burst, clock=fake.clock, sleep=fake.sleep)
    sent: list[tuple[float, int]] = []  # (time the chunk goes out, its size)
    for n in range(300):
        bucket.take(chunk)
        sent.append((fake.now, chunk))
        if n % 37 == 0:
            fake.now += 0.05  # the sender pauses now and then: tokens build up to the burst only
    for i, (start, _) in enumerate(sent):
        for end, _ in sent[i + 1 :: 17]:
            carried = sum(size for when, size in sent if start < when <= end)
            assert carried <= burst + rate * (end - start) + chunk


def test_a_paused_sender_gets_one_burst_back_not_the_whole_pause() -> None:
    fake = FakeTime()
    bucket = TokenBucket(MIB, burst=128 << 10, clock=fake.clock, sleep=fake.sleep)
    fake.now += 100.0  # idle for long: still only the burst is available
    bucket.take(128 << 10)
    assert fake.sleeps == []
    bucket.take(MIB)
    assert sum(fake.sleeps) == pytest.approx(1.0)


def test_zero_or_none_means_unthrottled_and_bad_values_are_refused() -> None:
    assert bucket_for(None) is None and bucket_for(0) is None and bucket_for(0.0) is None
    assert check_bandwidth(100) == 100.0
    bucket = bucket_for(2.5)
    assert bucket is not None and bucket.rate == 2.5 * MIB
    for bad in (-1, float("nan"), float("inf"), True, "100"):
        with pytest.raises(ValueError, match="bandwidth must be None, 0"):
            check_bandwidth(bad)
    with pytest.raises(ValueError, match="bandwidth"):
        serve(Sandbox(seed=0), port=0, bandwidth=-5)


def artifact_url(base_url: str, sb: Sandbox) -> str:
    with httpx.Client(base_url=base_url, headers={"API-KEY": sb.api_key}) as api:
        created = api.post(
            f"/api/v2/download-center/clicks-export/{sb.integration_id}",
            params={**DAY, "fields": "tx_id", "extra_parameters": "sub1"},
        ).json()
        done = api.get(f"/api/v2/downloadcenter-exports/{created['id']}").json()["data"]
        return str(
            api.get("/downloadcenter-artifact-url", params={"artifact_name": done["artifact"]["name"]}).json()["url"]
        )


def fake_time_for(server: object) -> FakeTime:
    """The files host's bucket on a fake clock that only its sleeps move (nothing timed)."""
    bucket = server._files.bucket  # type: ignore[attr-defined]
    assert isinstance(bucket, TokenBucket)
    fake = FakeTime()
    lock = threading.Lock()

    def sleep(seconds: float) -> None:
        with lock:
            fake.sleep(seconds)

    bucket._clock, bucket._sleep, bucket._last = fake.clock, sleep, fake.now
    return fake


def test_the_files_host_sends_artifacts_through_the_bucket_and_the_api_host_is_not_throttled() -> None:
    size = 3 << 20
    sb = Sandbox(seed=0, export_delays=(0.0, 0.0), synthetic_artifact_bytes=size)
    with serve(sb, port=0, bandwidth=2) as server:
        assert server.bandwidth == 2.0 and server._api.bucket is None  # type: ignore[attr-defined]
        url = artifact_url(server.base_url, sb)
        fake = fake_time_for(server)
        body = httpx.get(url).content
        assert fake.sleeps  # the artifact went through the bucket
        before = len(fake.sleeps)
        artifact_url(server.base_url, sb)  # the API's answers do not
        assert len(fake.sleeps) == before
    assert len(body) == size
    # At 2 MiB/s, the 3 MiB beyond the bucket's burst (256 KiB at this rate) take 1.375 s.
    assert sum(fake.sleeps) == pytest.approx((size - (256 << 10)) / (2 * MIB))


@pytest.mark.parametrize("bandwidth", [None, 0])
def test_without_a_bandwidth_nothing_is_throttled(bandwidth: float | None) -> None:
    sb = Sandbox(seed=0, export_delays=(0.0, 0.0), synthetic_artifact_bytes=1 << 20)
    with serve(sb, port=0, bandwidth=bandwidth) as server:
        assert server.bandwidth is None
        assert server._files.bucket is None  # type: ignore[attr-defined]
        assert len(httpx.get(artifact_url(server.base_url, sb)).content) == 1 << 20


def test_python_m_integr8_testing_takes_bandwidth_in_mib_per_second(monkeypatch, capsys) -> None:
    seen: dict[str, object] = {}

    def fake_serve(sandbox, host, port, latency, *, files_port, bandwidth):  # noqa: ANN001
        seen.update(port=port, bandwidth=bandwidth)
        raise SystemExit(0)  # instead of serving until Ctrl-C

    monkeypatch.setattr(testing_main, "serve", fake_serve)
    with pytest.raises(SystemExit):
        testing_main.main(["--port", "0", "--bandwidth", "100"])
    assert seen == {"port": 0, "bandwidth": 100.0}
    with pytest.raises(SystemExit) as info:
        testing_main.main(["--bandwidth", "-1"])
    assert info.value.code == 2 and "--bandwidth" in capsys.readouterr().err


@pytest.mark.usefixtures("clean_env")
def test_integr8_sandbox_serve_takes_bandwidth(sb: Sandbox) -> None:
    served: list[tuple[object, object]] = []

    def while_serving(server: object) -> None:
        served.append((server.bandwidth, server._files.bucket.rate))  # type: ignore[attr-defined]

    result = run(sb, "sandbox", "serve", "--port", "0", "--bandwidth", "50", seams={"serve_hook": while_serving})
    assert result.exit_code == 0, result.output
    assert served == [(50.0, 50 * MIB)]
    assert "throttled to 50 MiB/s" in result.stdout
    refused = run(sb, "sandbox", "serve", "--port", "0", "--bandwidth", "-1", seams={"serve_hook": while_serving})
    assert refused.exit_code == 2 and len(served) == 1
