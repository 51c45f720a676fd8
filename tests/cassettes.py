"""The cassette harness: record real HTTP exchanges with the sandbox, replay them offline.

`make cassettes` runs the recorded tests with INTEGR8_RECORD=1: the sandbox is served on loopback
(fixed ports, so cassettes do not change between recordings) and vcrpy writes every exchange to
`tests/cassettes/<test>.yaml`. `make test` replays them with record mode "none": a request the
cassette does not hold fails the test, so replay never reaches a server.

Before anything is written, credentials are scrubbed: the `API-KEY` and `Authorization` headers,
the signature of signed download URLs (in request URLs and in response bodies), and every secret
the SDK has registered (e.g. an AppSamurai token). Replayed requests then carry the same scrubbed
values, so matching still works.
"""

from __future__ import annotations

import contextlib
import os
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import vcr

from integr8 import AsyncIntegr8, Integr8
from integr8._client import core_of
from integr8._redact import scrub_recorded
from integr8._retry import RetryPolicy
from integr8.testing import ManualClock, Sandbox, serve

RECORD = os.environ.get("INTEGR8_RECORD") == "1"
CASSETTE_DIR = Path(__file__).parent / "cassettes"
API_PORT, FILES_PORT = 18765, 18766
API_URL = f"http://127.0.0.1:{API_PORT}"
FILES_HOST = f"127.0.0.1:{FILES_PORT}"
REDACTED = "REDACTED"


def scrub_text(text: str) -> str:
    return scrub_recorded(text, REDACTED)  # the SDK's own scrubbing, as users' cassettes get it


def _scrub_request(request: Any) -> Any:
    request.uri = scrub_text(request.uri)
    if isinstance(request.body, bytes):
        request.body = scrub_text(request.body.decode("utf-8", "replace")).encode()
    return request


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    body = response.get("body", {}).get("string")
    if isinstance(body, bytes):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return response  # binary (a zip): holds no credentials
        response["body"]["string"] = scrub_text(text).encode()
    return response


def recorder() -> vcr.VCR:
    return vcr.VCR(
        cassette_library_dir=str(CASSETTE_DIR),
        record_mode="all" if RECORD else "none",
        match_on=["method", "scheme", "host", "port", "path", "query", "body"],
        filter_headers=[("API-KEY", REDACTED), ("Authorization", REDACTED)],
        before_record_request=_scrub_request,
        before_record_response=_scrub_response,
        decode_compressed_response=True,
    )


class Recording:
    """What a recorded test gets: clients on the (served or replayed) sandbox, and its knobs.

    `sandbox` is the live Sandbox when recording and None when replaying: tests that set a knob
    (a fault, a lag) do it through `when_recording`, so the same test body runs both ways.
    """

    def __init__(self, sandbox: Sandbox | None):
        self.sandbox = sandbox
        seed_sb = sandbox or Sandbox(seed=0)  # ids are deterministic: the same in both modes
        self.integration_id = seed_sb.integration_id
        self.api_key = seed_sb.api_key
        self.slept: list[float] = []

    def when_recording(self, action: Any) -> None:
        if self.sandbox is not None:
            action(self.sandbox)

    def _sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        if self.sandbox is not None:
            self.sandbox.clock.advance(seconds)  # the served sandbox's time, never real time

    def client(self, **kw: Any) -> Integr8:
        c = Integr8(api_key=kw.pop("api_key", self.api_key), base_url=API_URL, allow_http=True, **kw)
        core_of(c).sleep = self._sleep
        core_of(c).policy = RetryPolicy(max_retries=c.max_retries, rng=random.Random(0))
        if self.sandbox is not None:
            core_of(c).clock = self.sandbox.clock.now
        return c

    def async_client(self, **kw: Any) -> AsyncIntegr8:
        c = AsyncIntegr8(api_key=kw.pop("api_key", self.api_key), base_url=API_URL, allow_http=True, **kw)

        async def sleep(seconds: float) -> None:
            self._sleep(seconds)

        core_of(c).sleep = sleep
        core_of(c).policy = RetryPolicy(max_retries=c.max_retries, rng=random.Random(0))
        if self.sandbox is not None:
            core_of(c).clock = self.sandbox.clock.now
        return c


@contextlib.contextmanager
def recording(name: str) -> Iterator[Recording]:
    """Record (INTEGR8_RECORD=1) or replay `tests/cassettes/<name>.yaml` around the block."""
    path = CASSETTE_DIR / f"{name}.yaml"
    if RECORD:
        CASSETTE_DIR.mkdir(exist_ok=True)
        sandbox = Sandbox(seed=0, clock=ManualClock())
        with serve(sandbox, port=API_PORT, files_port=FILES_PORT), recorder().use_cassette(path.name):
            yield Recording(sandbox)
    else:
        if not path.exists():
            raise FileNotFoundError(f"{path} is missing: run `make cassettes` to record it")
        with recorder().use_cassette(path.name):
            yield Recording(None)


def cassette_files() -> list[Path]:
    return sorted(CASSETTE_DIR.glob("*.yaml"))
