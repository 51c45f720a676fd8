"""What the export tests share: one clicks export of 2025-02-03 from the sandbox's seeded data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

from integr8 import AsyncIntegr8, Integr8
from integr8.testing import AsyncSandboxTransport, Sandbox, SandboxTransport, use_sandbox_time

FIELDS = ["tx_id", "request_time", "offer_id"]


def export_args(sb: Sandbox, dest: Path, **kw: Any) -> dict[str, Any]:
    """Keyword arguments of `export_to_file` for a small clicks export into `dest`; `kw` overrides."""
    args: dict[str, Any] = dict(
        integration_id=sb.integration_id,
        start="2025-02-03",
        end="2025-02-03",
        dest=dest,
        fields=FIELDS,
        extra_parameters=["sub1"],
        poll_interval=1.0,
    )
    args.update(kw)
    return args


def make_client(sb: Sandbox, transport: httpx.BaseTransport | None = None) -> Integr8:
    """A client on `sb` (in process unless `transport` says otherwise) that waits in sandbox time."""
    c = Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=transport or SandboxTransport(sb))
    return use_sandbox_time(c, sb)


def make_async_client(sb: Sandbox, transport: httpx.AsyncBaseTransport | None = None) -> AsyncIntegr8:
    """The async twin of `make_client`."""
    c = AsyncIntegr8(api_key=sb.api_key, base_url=sb.base_url, transport=transport or AsyncSandboxTransport(sb))
    return use_sandbox_time(c, sb)
