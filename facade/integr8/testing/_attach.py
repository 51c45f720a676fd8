"""Letting a client wait in sandbox time instead of real time.

Export polling and retry back-off sleep; against a sandbox with a `ManualClock`, a test or a
demo wants those waits to move the sandbox's clock instead, so an export "takes" its minutes
in no real time at all.
"""

from __future__ import annotations

from typing import TypeVar

from .._client import AsyncIntegr8, Integr8, core_of
from ._clock import ManualClock
from ._sandbox import Sandbox

_Client = TypeVar("_Client", Integr8, AsyncIntegr8)


def use_sandbox_time(client: _Client, sandbox: Sandbox) -> _Client:
    """Make `client` (Integr8 or AsyncIntegr8) sleep and read time on `sandbox`'s ManualClock.

    Returns the client, for chaining. The sandbox must have been made with `clock=ManualClock()`.
    """
    clock = sandbox.clock
    if not isinstance(clock, ManualClock):
        raise TypeError("use_sandbox_time needs Sandbox(clock=ManualClock())")
    if isinstance(client, AsyncIntegr8):

        async def sleep(seconds: float) -> None:
            clock.advance(seconds)

        core_of(client).use_clock(clock.now, sleep)
    else:
        core_of(client).use_clock(clock.now, clock.advance)
    return client
