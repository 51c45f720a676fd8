"""What the export tests share: one clicks export of 2025-02-03 from the sandbox's seeded data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from integr8.testing import Sandbox

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
