"""Conversion updates: verifying 1,000 updates spread over 24 hours.

Served sandbox with 20 ms latency and a denser conversion report (about 1,400 a day). Prints
how many report requests verification made, per update (target: at most 1 per 10), and the
time of update_conversions(verify=True) against sending alone (verify=False).
"""

from __future__ import annotations

import time

from integr8 import ConversionUpdate

from ._harness import Line, at_most, client_for, served

LATENCY = 0.020
UPDATES = 1000
VOLUME = {"conversions": 40_000}


def _updates(client, integration_id: str) -> list[ConversionUpdate]:
    rows = list(
        client.iter_report(
            "conversions", integration_id=integration_id, start="2025-02-10 00:00:00", end="2025-02-10 23:59:59"
        )
    )
    step = len(rows) / UPDATES
    picked = [rows[int(i * step)] for i in range(UPDATES)]
    return [
        ConversionUpdate(
            tx_id=r.tx_id,
            conversion_time=r.conversion_time,
            hash=r.hash_,
            status="Rejected" if r.status == "Approved" else "Approved",
        )
        for r in picked
    ]


def _timed(verify: bool) -> tuple[float, object, str]:
    with served(LATENCY, report_volumes=VOLUME) as (sb, server):
        client = client_for(sb, server)
        updates = _updates(client, sb.integration_id)
        span = f"{updates[-1].conversion_time} .. {updates[0].conversion_time}"
        start = time.perf_counter()
        report = client.update_conversions(integration_id=sb.integration_id, updates=updates, verify=verify)
        return time.perf_counter() - start, report, span


def run() -> list[Line]:
    send_only, _, _ = _timed(False)
    verified, report, span = _timed(True)
    assert report.ok, report.summary()
    per_update = report.report_requests / UPDATES
    return [
        at_most(
            "report requests per update when verifying 1,000 updates over 24 h",
            per_update * 10,
            1.0,
            f"{report.report_requests} report requests for {UPDATES} updates ({per_update:.3f} per update; "
            f"target <= 0.1), updates {span}, {report.summary()}",
        ),
        Line(
            "verify=True time vs sending alone",
            verified / send_only,
            "(reported)",
            True,
            f"send only {send_only:.2f} s ({report.update_requests} POSTs), send + verify {verified:.2f} s",
        ),
    ]
