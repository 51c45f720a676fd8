"""Facade core: concurrent pagination, report cursors, import time (issue: facade core)."""

from __future__ import annotations

import math
import subprocess
import sys

import httpx

from ._harness import Line, at_least, at_most, best_of, client_for, served

LATENCY = 0.020
PAGES = 50
CONCURRENCY = 8


def pagination() -> list[Line]:
    import integr8_client
    from integr8_client.api.offers import list_offers

    with served(LATENCY) as (sb, server):
        client = client_for(sb, server)
        raw = integr8_client.Client(base_url=server.base_url, headers={"API-KEY": sb.api_key})
        page_size = len(sb.offer_ids) // PAGES

        def plain_loop() -> int:
            n = 0
            for number in range(1, PAGES + 1):
                page = list_offers.sync(
                    client=raw, integration_id=sb.integration_id, pagenumber=number, pagesize=page_size
                )
                n += len(page.data)
            return n

        def paginate() -> int:
            it = client.paginate(
                client.offers.list_offers,
                integration_id=sb.integration_id,
                page_size=page_size,
                concurrency=CONCURRENCY,
            )
            return sum(1 for _ in it)

        assert plain_loop() == paginate() == len(sb.offer_ids)
        base = best_of(plain_loop, 3)
        ours = best_of(paginate, 7)  # the fastest run: the least disturbed by the rest of the machine
        floor = (math.ceil((PAGES - 1) / CONCURRENCY) + 1) * LATENCY
    return [
        at_least(
            "(a) paginate 50 pages vs a sequential loop over the generated operation",
            base / ours,
            4.0,
            f"loop {base * 1000:.0f} ms, paginate(concurrency={CONCURRENCY}) {ours * 1000:.0f} ms, "
            f"{LATENCY * 1000:.0f} ms latency",
        ),
        at_most(
            "(b) paginate vs the round-trip floor ceil(49/c)+1",
            ours / floor,
            1.3,
            f"floor {floor * 1000:.0f} ms, paginate {ours * 1000:.0f} ms",
        ),
    ]


def report_cursor() -> list[Line]:
    with served(LATENCY) as (sb, server):
        client = client_for(sb, server)
        start, end = "2025-02-01 00:00:00", "2025-02-24 23:59:59"
        params = {"integration_id": sb.integration_id, "start_time": start, "end_time": end, "page[size]": 100}

        def by_hand() -> int:
            n, after = 0, None
            with httpx.Client(base_url=server.base_url, headers={"API-KEY": sb.api_key}) as http:
                while True:
                    body = http.get(
                        "/api/v2/reports/v2/conversion-table",
                        params={**params, **({"page[after]": after} if after else {})},
                    ).json()["data"]
                    n += len(body["data"])
                    if not body["pageInfo"].get("hasNextPage"):
                        return n
                    after = body["pageInfo"]["endCursor"]

        def ours() -> int:
            return sum(
                1 for _ in client.iter_report("conversions", integration_id=sb.integration_id, start=start, end=end)
            )

        rows = by_hand()
        assert rows == ours() and rows >= 10_000 - 1_000
        base = best_of(by_hand, 3)
        mine = best_of(ours, 3)
    return [
        at_most(
            "(c) iter_report vs a hand-written httpx cursor loop",
            mine / base,
            1.15,
            f"{rows} rows in {rows // 100 + 1} pages: httpx {base:.2f} s, iter_report {mine:.2f} s",
        )
    ]


def import_time() -> list[Line]:
    def run(module: str) -> float:
        code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
        return min(
            float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
            for _ in range(7)
        )

    def whole(module: str) -> float:
        import time

        def once() -> float:
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", f"import {module}"], check=True)
            return time.perf_counter() - start

        return min(once() for _ in range(7))

    ours, base = whole("integr8"), whole("httpx")
    ours_in, base_in = run("integr8"), run("httpx")
    return [
        at_most(
            '(d) python -c "import integr8" vs python -c "import httpx"',
            ours / base,
            2.0,
            f"httpx {base * 1000:.0f} ms, integr8 {ours * 1000:.0f} ms (import alone: "
            f"{base_in * 1000:.0f} vs {ours_in * 1000:.0f} ms)",
        )
    ]


def run() -> list[Line]:
    return [*pagination(), *report_cursor(), *import_time()]
