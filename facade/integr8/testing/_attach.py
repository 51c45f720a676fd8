"""Letting a client wait in sandbox time instead of real time.

Export polling and retry back-off sleep; against a sandbox with a `ManualClock`, a test or a
demo wants those waits to move the sandbox's clock instead, so an export "takes" its minutes
in no real time at all.
"""

from __future__ import annotations

from typing import Any

from ._clock import ManualClock
from ._sandbox import Sandbox


def use_sandbox_time(client: Any, sandbox: Sandbox) -> Any:
    """Make `client` (Integr8 or AsyncIntegr8) sleep and read time on `sandbox`'s ManualClock.

    Returns the client, for chaining. The sandbox must have been made with `clock=ManualClock()`.
    """
    clock = sandbox.clock
    if not isinstance(clock, ManualClock):
        raise TypeError("use_sandbox_time needs Sandbox(clock=ManualClock())")
    if hasattr(client._http, "aclose"):  # AsyncIntegr8

        async def sleep(seconds: float) -> None:
            clock.advance(seconds)

        client._sleep = sleep
    else:
        client._sleep = clock.advance
    client._clock = clock.now
    return client
