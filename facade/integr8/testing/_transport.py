"""httpx transports that answer from a Sandbox in process: no socket, no thread, no port.

Mount them on any httpx client (or the generated client via `httpx_args`); the base URL's
host does not matter, except that the signed download URLs the sandbox hands out point at its
files host, which the same transport also serves.

Sandbox time: an `Integr8` / `AsyncIntegr8` built on one of these transports (`transport=`, or an
`http_client=` holding it) asks it for `sandbox_clock()`. When the sandbox runs on a
`ManualClock`, the client then reads time from that clock and waits (export polling, retry
back-off, `Retry-After`, pacing) by advancing it instead of sleeping, so an export "takes" its
minutes in no real time. This is what `use_sandbox_time(client, sb)` does by hand; with a
`MonotonicClock` (the default) both sides already share real time and nothing changes.
"""

from __future__ import annotations

import httpx

from ._clock import ManualClock
from ._sandbox import Sandbox


class _SandboxClockHook:
    """The one hook a client looks for on its transport (`integr8._core.transport_clock`)."""

    sandbox: Sandbox

    def sandbox_clock(self) -> ManualClock | None:
        """The sandbox's clock when it is a `ManualClock` (a client on this transport then waits
        by advancing it), else None (real time: the client keeps `time.monotonic` and sleeps)."""
        clock = self.sandbox.clock
        return clock if isinstance(clock, ManualClock) else None


class SandboxTransport(_SandboxClockHook, httpx.BaseTransport):
    """A sync httpx transport answered by `sandbox` in process (see the module docstring)."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return self.sandbox.handle(request)


class AsyncSandboxTransport(_SandboxClockHook, httpx.AsyncBaseTransport):
    """The asyncio twin of `SandboxTransport`, for `AsyncIntegr8` and `httpx.AsyncClient`."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return self.sandbox.handle(request)
