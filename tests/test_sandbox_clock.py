"""A client on a sandbox's transport follows that sandbox's clock by itself (issue 19).

Why: with `Sandbox(clock=ManualClock())`, exports complete as *sandbox* time passes; a client
that slept in real time would poll an export that never completes (a 30-minute hang with the
default timeout). `Integr8(transport=SandboxTransport(sb))` (or an `http_client=` holding it)
asks the transport for `sandbox_clock()` and waits by advancing it, without importing
`integr8.testing`. `use_sandbox_time` keeps working for a client that reaches a sandbox another
way (over a socket). Each wait below is bounded by a short export `timeout`, so a client that
does not follow the clock fails in seconds instead of hanging.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from integr8 import AsyncIntegr8, Integr8
from integr8._client import core_of
from integr8.testing import (
    AsyncSandboxTransport,
    Fault,
    ManualClock,
    Sandbox,
    SandboxTransport,
    serve,
    use_sandbox_time,
)

SHORT = 5.0  # seconds an export may wait here: sandbox seconds when followed, else real ones


def export(dest: Path, sb: Sandbox) -> dict[str, Any]:
    return dict(
        integration_id=sb.integration_id,
        start="2025-02-01",
        end="2025-02-01",
        dest=dest,
        fields=["tx_id"],
        extra_parameters=["sub1"],
        timeout=SHORT,
    )


def test_the_readme_sandbox_snippet_exports_in_sandbox_time(tmp_path: Path) -> None:
    """The README's snippet: a 429 with Retry-After 2, then an export that completes 3 sandbox
    seconds after it is created; no real sleeping, nothing but the transport given."""
    sb = Sandbox(seed=0, clock=ManualClock())
    client = Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb))
    sb.inject(Fault(status=429, retry_after=2))
    result = client.export_to_file("clicks", **export(tmp_path / "clicks.csv", sb))
    assert result.rows > 0
    assert sb.clock.now() >= 2 + sb.export_delays[1]  # the back-off and the polling moved it


async def test_an_async_client_on_the_async_transport_follows_it(tmp_path: Path) -> None:
    sb = Sandbox(seed=0, clock=ManualClock())
    async with AsyncIntegr8(sb.api_key, base_url=sb.base_url, transport=AsyncSandboxTransport(sb)) as client:
        result = await client.export_to_file("clicks", **export(tmp_path / "clicks.csv", sb))
    assert result.rows > 0 and sb.clock.now() >= sb.export_delays[1]


def test_a_given_http_client_holding_the_transport_follows_it() -> None:
    """Retry-After waited out in sandbox time. (Not an export: signed-URL downloads never use a
    given `http_client`, see `Integr8`'s docstring.)"""
    sb = Sandbox(seed=0, clock=ManualClock())
    with httpx.Client(transport=SandboxTransport(sb)) as http:
        client = Integr8(sb.api_key, base_url=sb.base_url, http_client=http)
        sb.inject(Fault(status=429, retry_after=3))
        assert client.offers.list_offers(sb.integration_id, pagesize=1).data
    assert sb.clock.now() >= 3


def test_with_options_keeps_following_it(tmp_path: Path) -> None:
    sb = Sandbox(seed=0, clock=ManualClock())
    client = Integr8(sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb)).with_options(max_retries=1)
    assert client.export_to_file("clicks", **export(tmp_path / "clicks.csv", sb)).rows > 0


def test_a_real_time_sandbox_leaves_the_client_on_real_time() -> None:
    sb = Sandbox(seed=0)  # MonotonicClock: both sides already share real time
    assert SandboxTransport(sb).sandbox_clock() is None
    core = core_of(Integr8(sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb)))
    assert core.clock is time.monotonic and core.sleep is time.sleep


def test_other_transports_leave_the_client_on_real_time() -> None:
    core = core_of(Integr8("k" * 32, transport=httpx.MockTransport(lambda r: httpx.Response(200))))
    assert core.clock is time.monotonic and core.sleep is time.sleep


def test_use_sandbox_time_still_drives_a_client_over_a_socket(tmp_path: Path) -> None:
    sb = Sandbox(seed=0, clock=ManualClock())
    with serve(sb) as server:
        client = use_sandbox_time(Integr8(sb.api_key, base_url=server.base_url, allow_http=True), sb)
        assert client.export_to_file("clicks", **export(tmp_path / "clicks.csv", sb)).rows > 0
    with pytest.raises(TypeError, match="ManualClock"):
        use_sandbox_time(client, Sandbox(seed=0))


def test_the_client_does_not_import_the_sandbox() -> None:
    """The hook is looked up by name: importing and building a client loads no integr8.testing."""
    code = "import sys, integr8; integr8.Integr8('k' * 32); print('integr8.testing' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
