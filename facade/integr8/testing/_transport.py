"""httpx transports that answer from a Sandbox in process: no socket, no thread, no port.

Mount them on any httpx client (or the generated client via `httpx_args`); the base URL's
host does not matter, except that the signed download URLs the sandbox hands out point at its
files host, which the same transport also serves.
"""

from __future__ import annotations

import httpx

from ._sandbox import Sandbox


class SandboxTransport(httpx.BaseTransport):
    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return self.sandbox.handle(request)


class AsyncSandboxTransport(httpx.AsyncBaseTransport):
    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return self.sandbox.handle(request)
