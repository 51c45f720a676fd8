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

    Returns the client, for chaining. The sandbox must have been made with `clock=ManualClock()`
    (TypeError otherwise).

    A client built on the sandbox's own transport (`transport=SandboxTransport(sb)`, or an
    `http_client=` holding it) already does this by itself (`SandboxTransport.sandbox_clock`);
    this is for a client that reaches the sandbox another way, e.g. over `serve()`'s socket.
    """
    clock = sandbox.clock
    if not isinstance(clock, ManualClock):
        raise TypeError("use_sandbox_time needs Sandbox(clock=ManualClock())")
    core_of(client).follow_clock(clock)
    return client
