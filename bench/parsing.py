"""Parsing: generated models against `json` alone, and `iter_report` against a hand-written
cursor loop (issue 18).

- (a) Model parsing of a 100-item offers page (the bytes the sandbox answers to a list call):
  `OfferList.from_dict(json.loads(body))`, the generated models' whole work on a page, vs
  `json.loads(body)` alone. CPU seconds of this process, in process, interleaved rounds; target
  <= 1.5x. (a') The same for a 100-row conversion report page, printed only. (a'') The first
  offers page a new process reads, printed only: each response model compiles a reader for a
  key layout once it has read 16 objects of it key by key (integr8_client.types.LayoutReaders),
  a one-off cost that (a) leaves out, measured here in fresh child processes (median of 9).
- (b) `client.iter_report("conversions", ...)` over a 24-day window (about 10,000 rows, 103 pages
  of 100) at 0 ms latency, vs what a competent user writes by hand: one `httpx.Client` built
  once, a loop sending the same query (timezone included) with each page's `endCursor` as
  `page[after]`, each page parsed with `json.loads`, its rows yielded. Both sides iterate every
  row. Wall time, interleaved rounds; target <= 1.1x. (b') The same rounds in CPU seconds of
  this process, printed only: the sandbox serves from a child process (`python -m
  integr8.testing`, loopback), so this process's CPU is the client's alone, which wall time
  (mostly the sandbox building pages) would hide. Clients are built outside the timed region on
  both sides.
"""

from __future__ import annotations

import json
import os
import re
import signal
import statistics
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from ._harness import Line, Ratio, info, interleaved, ratio_at_most

ROUNDS = 9
PAGES_PER_ROUND = 40  # model parsing: pages parsed per timed run (about 15-30 ms a side)
START, END = "2025-02-01 00:00:00", "2025-02-24 23:59:59"
REPORT_PATH = "/api/v2/reports/v2/conversion-table"


def _bodies() -> tuple[bytes, bytes]:
    """A 100-item offers page and a 100-row conversion report page, as the sandbox sends them."""
    from integr8.testing import Sandbox, SandboxTransport

    sb = Sandbox(seed=0)
    with httpx.Client(transport=SandboxTransport(sb), base_url=sb.base_url, headers={"API-KEY": sb.api_key}) as http:
        offers = http.get(f"/api/v2/integrations/{sb.integration_id}/offers", params={"page[size]": 100})
        report = http.get(
            REPORT_PATH,
            params={"integration_id": sb.integration_id, "start_time": START, "end_time": END, "page[size]": 100},
        )
    for answer in (offers, report):
        answer.raise_for_status()
    assert len(offers.json()["data"]) == 100 and len(report.json()["data"]["data"]) == 100
    return offers.content, report.content


def model_parsing() -> list[Line]:
    from integr8_client.models import ConversionReport, OfferList

    offers, report = _bodies()

    def parse(model: Any, body: bytes) -> Any:
        def run() -> None:
            for _ in range(PAGES_PER_ROUND):
                model.from_dict(json.loads(body))

        return run

    def json_alone(body: bytes) -> Any:
        def run() -> None:
            for _ in range(PAGES_PER_ROUND):
                json.loads(body)

        return run

    page = interleaved(parse(OfferList, offers), json_alone(offers), ROUNDS, cpu=True)
    rows = interleaved(parse(ConversionReport, report), json_alone(report), ROUNDS, cpu=True)
    per_page = 1000 / PAGES_PER_ROUND
    first = _first_page(offers)
    return [
        ratio_at_most(
            "(a) generated models, a 100-item offers page, vs json.loads alone (CPU)",
            page,
            1.5,
            _detail(offers, page, per_page),
        ),
        info(
            "(a') generated models, a 100-row conversion report page, vs json.loads alone (CPU)",
            rows.median,
            f"{_detail(report, rows, per_page)}; {rows.spread}",
        ),
        info(
            "(a'') the first 100-item offers page of a new process (readers compiled), vs json.loads alone (CPU)",
            statistics.median(ours / base for base, ours in first),
            f"json.loads {statistics.median(b for b, _ in first) * 1000:.2f} ms, json.loads + from_dict "
            f"{statistics.median(o for _, o in first) * 1000:.2f} ms (median of {len(first)} processes)",
        ),
    ]


_FIRST_PAGE = """
import json, sys, time
from integr8_client.models import OfferList
body = sys.stdin.buffer.read()
json.loads(b'{"warm": [1, "up"]}')
start = time.process_time()
json.loads(body)
middle = time.process_time()
OfferList.from_dict(json.loads(body))
print(middle - start, time.process_time() - middle)
"""


def _first_page(body: bytes, processes: int = 9) -> list[tuple[float, float]]:
    """(json.loads, json.loads + from_dict) CPU seconds of the first page read in new processes."""
    out = []
    for _ in range(processes):
        done = subprocess.run(
            [sys.executable, "-c", _FIRST_PAGE], input=body, capture_output=True, check=True, timeout=60
        )
        base, ours = (float(x) for x in done.stdout.split())
        out.append((max(base, 1e-6), ours))
    return out


def _detail(body: bytes, ratio: Ratio, per_page: float) -> str:
    json_ms, models_ms = ratio.baseline.median * per_page, ratio.ours.median * per_page
    return (
        f"{len(body) / 1024:.0f} KiB a page: json.loads {json_ms:.2f} ms, json.loads + from_dict {models_ms:.2f} ms "
        f"(from_dict alone {models_ms - json_ms:.2f} ms)"
    )


@contextmanager
def sandbox_process() -> Iterator[dict[str, str]]:
    """The sandbox served on loopback by a child process: its base URL, key and integration id."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    child = subprocess.Popen(
        [sys.executable, "-m", "integr8.testing", "--port", "0", "--latency-ms", "0"],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert child.stdout is not None
        seen: dict[str, str] = {}
        patterns = {"url": r"API:\s+(\S+)", "key": r"API key:\s+(\S+)", "integration": r"integration_id:\s+(\S+)"}
        for line in child.stdout:
            for name, pattern in patterns.items():
                if found := re.search(pattern, line):
                    seen[name] = found.group(1)
            if "Ctrl-C" in line:
                break
        if set(seen) != set(patterns):
            raise RuntimeError(f"bench.parsing: the sandbox did not start (read {sorted(seen)})")
        yield seen
    finally:
        child.send_signal(signal.SIGINT)
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def report_cursor() -> list[Line]:
    from integr8 import Integr8

    with sandbox_process() as served:
        client = Integr8(api_key=served["key"], base_url=served["url"], allow_http=True)
        http = httpx.Client(base_url=served["url"], headers={"API-KEY": served["key"]})
        query = {
            "integration_id": served["integration"],
            "start_time": START,
            "end_time": END,
            "timezone": "UTC",  # what iter_report sends: the same pages on both sides
            "page[size]": 100,
        }

        def rows_by_hand() -> Iterator[dict[str, Any]]:
            after = None
            while True:
                answer = http.get(REPORT_PATH, params={**query, "page[after]": after} if after else query)
                answer.raise_for_status()
                body = json.loads(answer.content)["data"]
                yield from body["data"]
                if not body["pageInfo"].get("hasNextPage"):
                    return
                after = body["pageInfo"]["endCursor"]

        def by_hand() -> int:
            return sum(1 for _ in rows_by_hand())

        def ours() -> int:
            rows = client.iter_report("conversions", integration_id=served["integration"], start=START, end=END)
            return sum(1 for _ in rows)

        count = by_hand()
        assert count == ours() and count >= 9_000, count
        wall = interleaved(ours, by_hand, ROUNDS)
        cpu = interleaved(ours, by_hand, ROUNDS, cpu=True)
        http.close()
        client.close()
    pages = count // 100 + 1
    return [
        ratio_at_most(
            "(b) iter_report at 0 ms latency vs a hand-written httpx cursor loop (wall)",
            wall,
            1.1,
            f"{count} rows in {pages} pages from a sandbox process: httpx {wall.baseline.median:.2f} s, "
            f"iter_report {wall.ours.median:.2f} s",
        ),
        info(
            "(b') the same, CPU seconds of the client process",
            cpu.median,
            f"httpx {cpu.baseline.median * 1000 / pages:.2f} ms, iter_report {cpu.ours.median * 1000 / pages:.2f} ms "
            f"a page; {cpu.spread}",
        ),
    ]


def run() -> list[Line]:
    return [*model_parsing(), *report_cursor()]


if __name__ == "__main__":
    for line in run():
        print(line, flush=True)
