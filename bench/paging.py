"""Numbered paging: `paginate` against the round-trip floor and a hand-written thread pool, its
memory, and the sandbox's cost per list page.

The paging figures run against a server whose per-page cost is flat: a child process that serves
the sandbox's own list pages (rendered once, before timing, by the sandbox in that process), after
a fixed LATENCY per request. So neither the sandbox's work nor its GIL is in the timed region, and
the only difference between the two sides is the client. The baseline is what a competent user
writes: an httpx client built once, page 1 for the page count, then a
`concurrent.futures.ThreadPoolExecutor(8).map` over the rest, each worker parsing its page with
the same generated model (`OfferList.from_dict`); items are iterated in page order and discarded
on both sides.

- (a) paginate, 50 pages of 100 at concurrency 8, vs the round-trip floor, ceil(49/8)+1 = 8
  latencies (160 ms): what no client can beat, transfer and parsing aside. Each round of (b)'s
  paginate over the floor.
- (b) the same paginate vs the thread-pool loop: interleaved rounds.
- (b2) printed, not gated: paginate vs the same thread pool calling `client.offers.list_offers`
  per page, i.e. the paginator's own cost apart from the SDK's cost per request.
- (c) the same two at 0 ms latency, CPU seconds of this process: printed, not gated (latency would
  hide what each side costs).
- (d) memory: tracemalloc's peak over a walk of 30,000 items (300 pages), above what was allocated
  before it, for each side; the target is on the difference, in MiB.
- (e) the sandbox: list pages (100 offers, pages 1-10) of a store of 20,000 offers vs one of
  1,000, in process, CPU seconds of interleaved rounds.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

import attrs

from ._harness import Line, Ratio, Rounds, info, interleaved, ratio_at_most

LATENCY = 0.020
PAGES = 50
PAGE_SIZE = 100
CONCURRENCY = 8
MEMORY_ITEMS = 30_000
MEMORY_SLACK_MIB = 2.0
SANDBOX_SMALL, SANDBOX_LARGE = 1_000, 20_000
ROUNDS = 7


@attrs.frozen
class MiB(Line):
    """A line whose figure is a difference in MiB, not a ratio."""

    def __str__(self) -> str:
        verdict = "ok  " if self.ok else "MISS"
        return f"[{verdict}] {self.name}: {self.ratio:+.2f} MiB (target {self.target}) - {self.detail}"


# -- the sandbox's data, grown to a size ----------------------------------------------------------


def grown_sandbox(offers: int) -> Any:
    """A sandbox (seed 0) holding `offers` offers in its integration: the 500 seeded ones, then
    copies of them made through the sandbox's own create path (new ids, same fields)."""
    from integr8.testing import Sandbox
    from integr8.testing._crud import SERVER_FIELDS, create

    sb = Sandbox(seed=0)
    resource = sb.bindings["createOffer"].resource
    path = {"integrationID": sb.integration_id}
    collection = sb.store.collection(resource.collection)
    seeded = [collection.get(offer_id) for offer_id in sb.offer_ids]
    bodies = [
        {k: v for k, v in r.data.items() if k not in SERVER_FIELDS and k != "integration_id"}
        for r in seeded
        if r is not None
    ]
    while len(sb.offer_ids) < offers:
        sb.offer_ids.append(create(sb, resource, path, bodies[len(sb.offer_ids) % len(bodies)]).id)
    return sb


def list_path(integration_id: str) -> str:
    return f"/api/v2/integrations/{integration_id}/offers"


# -- a server with a flat cost per page (run in a child process) -------------------------------


def _serve_flat(offers: int, latency: float) -> None:
    """Child process: render every page of `offers` offers (PAGE_SIZE each) through the sandbox,
    then serve them after `latency` seconds each, until stdin closes. Prints one JSON line first:
    base URL, API key, integration id."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from urllib.parse import parse_qs, urlsplit

    import httpx

    sb = grown_sandbox(offers)
    path = list_path(sb.integration_id)
    pages: dict[int, bytes] = {}
    for number in range(1, math.ceil(offers / PAGE_SIZE) + 1):
        request = httpx.Request(
            "GET",
            f"{sb.base_url}{path}",
            params={"page[number]": number, "page[size]": PAGE_SIZE},
            headers={"API-KEY": sb.api_key},
        )
        response = sb.handle(request)
        assert response.status_code == 200, response.text
        pages[number] = response.content

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            query = parse_qs(url.query)
            number = int(query.get("page[number]", ["1"])[0])
            size = int(query.get("page[size]", ["0"])[0])
            body = pages.get(number) if url.path == path and size == PAGE_SIZE else None
            time.sleep(latency)
            if body is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    class Server(ThreadingHTTPServer):
        daemon_threads = True
        request_queue_size = 128

    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    print(json.dumps({"url": url, "key": sb.api_key, "integration": sb.integration_id}), flush=True)
    sys.stdin.read()  # until the parent closes it
    server.shutdown()


@contextmanager
def flat_server(offers: int, latency: float) -> Iterator[dict[str, str]]:
    """A child process serving `offers` offers with a flat cost per page (see `_serve_flat`)."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    child = subprocess.Popen(
        [sys.executable, "-m", "bench.paging", "serve", str(offers), repr(latency)],
        cwd=root,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        if not line:
            raise RuntimeError("bench.paging: the page server did not start")
        yield json.loads(line)
    finally:
        assert child.stdin is not None
        child.stdin.close()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


# -- the two sides ------------------------------------------------------------------------------


def sides(served: dict[str, str], expected: int) -> tuple[Callable[[], int], Callable[[], int], Callable[[], None]]:
    """(paginate, thread-pool loop, close): each walks the whole listing and returns the item count."""
    import httpx

    from integr8 import Integr8
    from integr8_client.models import OfferList

    client = Integr8(api_key=served["key"], base_url=served["url"], allow_http=True)
    http = httpx.Client(base_url=served["url"], headers={"API-KEY": served["key"]})
    path = list_path(served["integration"])

    def ours() -> int:
        n = 0
        for _ in client.paginate(
            client.offers.list_offers,
            integration_id=served["integration"],
            page_size=PAGE_SIZE,
            concurrency=CONCURRENCY,
        ):
            n += 1
        return n

    def fetch(number: int) -> OfferList:
        response = http.get(path, params={"page[number]": number, "page[size]": PAGE_SIZE})
        response.raise_for_status()
        return OfferList.from_dict(response.json())

    def pool_loop() -> int:
        first = fetch(1)
        n = 0
        for _ in first.data or []:
            n += 1
        total = first.meta.total_page if first.meta else 1
        with ThreadPoolExecutor(max_workers=CONCURRENCY) as pool:
            for page in pool.map(fetch, range(2, int(total or 1) + 1)):
                for _ in page.data or []:
                    n += 1
        return n

    got = (ours(), pool_loop())
    if got != (expected, expected):
        raise RuntimeError(f"bench.paging: expected {expected} items from both sides, got {got}")

    def close() -> None:
        client.close()
        http.close()

    return ours, pool_loop, close


def sdk_pool(served: dict[str, str]) -> tuple[Callable[[], int], Callable[[], None]]:
    """The thread-pool loop calling the SDK's own `list_offers` per page: against paginate, it
    shows the paginator's own cost apart from the SDK's cost per request."""
    from integr8 import Integr8

    client = Integr8(api_key=served["key"], base_url=served["url"], allow_http=True)

    def fetch(number: int) -> Any:
        return client.offers.list_offers(integration_id=served["integration"], pagenumber=number, pagesize=PAGE_SIZE)

    def loop() -> int:
        first = fetch(1)
        n = len(first.data or [])
        with ThreadPoolExecutor(max_workers=CONCURRENCY) as pool:
            for page in pool.map(fetch, range(2, int(first.meta.total_page) + 1)):
                for _ in page.data or []:
                    n += 1
        return n

    return loop, client.close


def growth_mib(fn: Callable[[], Any]) -> float:
    """tracemalloc's peak while `fn` runs, above what was allocated when it started, in MiB."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before, _ = tracemalloc.get_traced_memory()
        fn()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return (peak - before) / (1 << 20)


# -- the figures --------------------------------------------------------------------------------


def speed() -> list[Line]:
    lines = []
    floor = (math.ceil((PAGES - 1) / CONCURRENCY) + 1) * LATENCY
    with flat_server(PAGES * PAGE_SIZE, LATENCY) as served:
        ours, loop, close = sides(served, PAGES * PAGE_SIZE)
        sdk_loop, close_sdk = sdk_pool(served)
        try:
            vs_loop = interleaved(ours, loop, ROUNDS)
            vs_sdk_loop = interleaved(ours, sdk_loop, ROUNDS)
        finally:
            close()
            close_sdk()
    # The same rounds of paginate, each over the floor (a constant: nothing to interleave with).
    vs_floor = Ratio(vs_loop.ours, Rounds(tuple(floor for _ in vs_loop.ours.times)))
    lines.append(
        ratio_at_most(
            f"(a) paginate {PAGES}x{PAGE_SIZE} at concurrency {CONCURRENCY} vs the round-trip floor",
            vs_floor,
            1.25,
            f"floor {floor * 1000:.0f} ms (ceil({PAGES - 1}/{CONCURRENCY})+1 x {LATENCY * 1000:.0f} ms), "
            f"paginate {vs_floor.ours.median * 1000:.0f} ms",
        )
    )
    lines.append(
        ratio_at_most(
            "(b) paginate vs a ThreadPoolExecutor loop over httpx parsing the same models",
            vs_loop,
            1.05,
            f"loop {vs_loop.baseline.median * 1000:.0f} ms, paginate {vs_loop.ours.median * 1000:.0f} ms",
        )
    )
    lines.append(
        info(
            "(b2) paginate vs the same thread-pool loop calling the SDK's list_offers per page",
            vs_sdk_loop.median,
            f"the paginator's own cost; loop {vs_sdk_loop.baseline.median * 1000:.0f} ms, paginate "
            f"{vs_sdk_loop.ours.median * 1000:.0f} ms; {vs_sdk_loop.spread}",
        )
    )
    with flat_server(PAGES * PAGE_SIZE, 0.0) as served:
        ours, loop, close = sides(served, PAGES * PAGE_SIZE)
        try:
            cpu = interleaved(ours, loop, ROUNDS, cpu=True)
        finally:
            close()
    lines.append(
        info(
            "(c) CPU at 0 ms latency: paginate vs the thread-pool loop",
            cpu.median,
            f"loop {cpu.baseline.median * 1000:.0f} ms, paginate {cpu.ours.median * 1000:.0f} ms CPU; {cpu.spread}",
        )
    )
    return lines


def memory() -> list[Line]:
    with flat_server(MEMORY_ITEMS, 0.0) as served:
        ours, loop, close = sides(served, MEMORY_ITEMS)
        try:
            mine, base = [], []
            for _ in range(3):
                base.append(growth_mib(loop))
                mine.append(growth_mib(ours))
        finally:
            close()
    mine.sort()
    base.sort()
    extra = mine[1] - base[1]
    return [
        MiB(
            f"(d) peak memory growth over {MEMORY_ITEMS:,} items, paginate minus the thread-pool loop",
            extra,
            f"<= {MEMORY_SLACK_MIB:g} MiB",
            extra <= MEMORY_SLACK_MIB,
            f"loop {base[1]:.2f} MiB, paginate {mine[1]:.2f} MiB (tracemalloc peak, median of 3; "
            f"paginate {mine[0]:.2f}-{mine[2]:.2f}, loop {base[0]:.2f}-{base[2]:.2f})",
        )
    ]


def sandbox_page() -> list[Line]:
    import httpx

    small, large = grown_sandbox(SANDBOX_SMALL), grown_sandbox(SANDBOX_LARGE)

    def pages(sb: Any) -> Callable[[], None]:
        url = f"{sb.base_url}{list_path(sb.integration_id)}"
        requests = [
            httpx.Request(
                "GET", url, params={"page[number]": n, "page[size]": PAGE_SIZE}, headers={"API-KEY": sb.api_key}
            )
            for n in range(1, 11)
        ] * 5

        def run() -> None:
            for request in requests:
                assert sb.handle(request).status_code == 200

        return run

    # CPU seconds: the sandbox works in this one thread, and CPU time does not count the moments
    # another process on the machine holds the core. The stores' objects are moved out of the
    # garbage collector's sight first (`gc.freeze`): a full collection that happens to fall in
    # one round would walk both stores, whichever side it lands on.
    import gc

    gc.collect()
    gc.freeze()
    try:
        ratio = interleaved(pages(large), pages(small), ROUNDS, cpu=True)
    finally:
        gc.unfreeze()
    return [
        ratio_at_most(
            f"(e) sandbox: a list page of {PAGE_SIZE} from {SANDBOX_LARGE:,} offers vs from {SANDBOX_SMALL:,}",
            ratio,
            1.5,
            f"{ratio.ours.median * 20:.2f} ms CPU a page at {SANDBOX_LARGE:,}, {ratio.baseline.median * 20:.2f} ms "
            f"at {SANDBOX_SMALL:,} (in process, pages 1-10, 5 times a round)",
        )
    ]


def run() -> list[Line]:
    return [*speed(), *memory(), *sandbox_page()]


if __name__ == "__main__":
    if sys.argv[1:2] == ["serve"]:
        _serve_flat(int(sys.argv[2]), float(sys.argv[3]))
    else:
        for line in run():
            print(line, flush=True)
