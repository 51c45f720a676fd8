"""Numbered pagination and report cursors, sync and async, against the in-process sandbox."""

from __future__ import annotations

import asyncio
import datetime as dt
from zoneinfo import ZoneInfo

import httpx
import pytest

from integr8 import AsyncIntegr8, Integr8, Integr8Error
from integr8.testing import AsyncSandboxTransport, ManualClock, Sandbox, SandboxTransport

UTC = dt.UTC


@pytest.fixture
def sb() -> Sandbox:
    return Sandbox(seed=0, clock=ManualClock())


@pytest.fixture
def client(sb: Sandbox) -> Integr8:
    return Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb))


@pytest.fixture
def aclient(sb: Sandbox) -> AsyncIntegr8:
    return AsyncIntegr8(api_key=sb.api_key, base_url=sb.base_url, transport=AsyncSandboxTransport(sb))


def list_requests(sb: Sandbox) -> list:
    return [r for r in sb.requests if r.operation_id == "listOffers"]


@pytest.mark.parametrize("concurrency", [1, 4])
def test_paginate_yields_every_item_once_in_page_order(client, sb, concurrency):
    items = list(
        client.paginate(
            client.offers.list_offers, integration_id=sb.integration_id, page_size=10, concurrency=concurrency
        )
    )
    assert [o.id for o in items] == sb.offer_ids
    assert len(list_requests(sb)) == 50
    pages = sorted(int(httpx.URL(r.url).params["page[number]"]) for r in list_requests(sb))
    assert pages == list(range(1, 51))


def test_filters_and_sort_reach_the_api_and_shape_the_result(client, sb):
    items = list(
        client.paginate(
            client.offers.list_offers,
            integration_id=sb.integration_id,
            page_size=7,
            filters={"currency": "EUR", "name": {"like": "fitness"}},
            sort=["-incremental_id"],
            concurrency=3,
        )
    )
    assert items, "the seeded data has EUR fitness offers"
    assert all(o.currency == "EUR" and "fitness" in o.name.lower() for o in items)
    ids = [o.incremental_id for o in items]
    assert ids == sorted(ids, reverse=True)
    sent = httpx.URL(list_requests(sb)[0].url).params
    assert sent["filter[currency]"] == "EUR"
    assert sent["filter[name][like]"] == "fitness"
    assert sent["sort"] == "-incremental_id"
    assert sent["page[size]"] == "7"


def test_pages_view_and_dotted_filters(client, sb):
    pages = list(client.paginate(client.offers.list_offers, integration_id=sb.integration_id, page_size=100).pages())
    assert [len(p.data) for p in pages] == [100] * 5
    assert pages[0].meta.total_count == 500
    payouts = list(
        client.paginate(
            client.offers.list_offers,
            integration_id=sb.integration_id,
            filters={"default_payout.payout": {"gte": 20}},
        )
    )
    assert payouts and all(o.default_payout.payout >= 20 for o in payouts)
    assert httpx.URL(list_requests(sb)[-1].url).params["filter[default_payout.payout][gte]"] == "20"


def test_stopping_early_stops_fetching(client, sb):
    it = iter(client.paginate(client.offers.list_offers, integration_id=sb.integration_id, page_size=10, concurrency=4))
    taken = [next(it) for _ in range(15)]
    it.close()
    import time

    time.sleep(0.2)  # let requests that were already running finish; nothing new may start
    assert len(taken) == 15
    assert len(list_requests(sb)) <= 2 + 2 * 4  # never more than 2 x concurrency ahead of the consumer


class _Listing:
    """A numbered listing of `pages` pages of `size` items (ids `"<page>-<i>"`), made on request,
    as `Paginator` fetches it; records which pages were fetched and how many at once."""

    def __init__(self, pages: int, size: int = 10) -> None:
        import threading

        self.pages, self.size = pages, size
        self.fetched: list[int] = []
        self.running = self.most_running = 0
        self.lock = threading.Lock()
        self.called = threading.Condition(self.lock)

    def __call__(self, number: int) -> object:
        from types import SimpleNamespace

        with self.lock:
            self.running += 1
            self.most_running = max(self.most_running, self.running)
        try:
            items = [SimpleNamespace(id=f"{number}-{i}") for i in range(self.size)]
            meta = {"total_count": self.pages * self.size, "total_page": self.pages}
            return SimpleNamespace(data=items, meta=meta)
        finally:
            with self.lock:
                self.running -= 1
                self.fetched.append(number)
                self.called.notify_all()

    def wait_for(self, count: int) -> list[int]:
        with self.lock:
            assert self.called.wait_for(lambda: len(self.fetched) >= count, timeout=30), self.fetched
            return sorted(self.fetched)


def test_the_thread_pool_fetches_ahead_while_the_consumer_holds_an_item():
    """At concurrency c the workers do not wait for the consumer: while it holds the first item,
    they fetch up to 2 x c pages (the pages within 2 x c of what was handed out), never more than
    c at a time, and nothing further until the consumer moves on."""
    from integr8.pagination import Paginator

    listing = _Listing(pages=20)
    items = iter(Paginator(listing, 3, page_size=10))
    assert next(items).id == "1-0"
    assert listing.wait_for(6) == [1, 2, 3, 4, 5, 6]  # page 1, then the 2 x 3 - 1 after it, at once
    assert [item.id for item in items] == [f"{p}-{i}" for p in range(1, 21) for i in range(10)][1:]
    assert sorted(listing.fetched) == list(range(1, 21))
    assert listing.most_running <= 3


@pytest.mark.parametrize("concurrency", [1, 4])
def test_a_walk_holds_the_same_memory_for_3000_pages_as_for_100(concurrency):
    """What a walk remembers (ids of the last pages, arrivals while the size holds) is bounded:
    the peak of memory allocated during a walk does not grow with the listing's length."""
    import gc
    import tracemalloc

    from integr8.pagination import Paginator

    def peak(pages: int) -> int:
        listing = _Listing(pages)
        listing.fetched = _Forgetful()  # the test's own record must not grow either
        gc.collect()
        tracemalloc.start()
        try:
            start, _ = tracemalloc.get_traced_memory()
            for _ in Paginator(listing, concurrency, page_size=10):
                pass
            _, top = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        return top - start

    peak(100)  # first use: imports, thread machinery
    short, long = peak(100), peak(3000)
    assert long - short < 64 << 10, (short, long)  # 2,900 pages more: before, ~300 KiB more


class _Forgetful(list):
    """A list that keeps only its length (for `_Listing.fetched` in a memory test)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def append(self, _: object) -> None:
        self.count += 1

    def __len__(self) -> int:
        return self.count


def test_items_are_yielded_once_when_the_total_grows_mid_way(client, sb):
    """New offers appear at the front while paging: items shift right, the total grows."""
    original = set(sb.offer_ids)
    seen = []
    for n, offer in enumerate(
        client.paginate(
            client.offers.list_offers, integration_id=sb.integration_id, page_size=10, sort=["-incremental_id"]
        )
    ):
        seen.append(offer.id)
        if n == 12:  # on page 2: insert 5 offers that sort first
            for k in range(5):
                client.offers.create_offer(
                    integration_id=sb.integration_id, body={"name": f"late {k}", "advertiser_id": 1}
                )
    assert len(seen) == len(set(seen)), "no item twice"
    assert original <= set(seen), "no original item lost"
    # the extra page the new total asked for, and the pages around the change read again
    assert len(list_requests(sb)) == 51 + 3


async def test_async_paginate_concurrent_in_order(aclient, sb):
    ids = [
        o.id
        async for o in aclient.paginate(
            aclient.offers.list_offers, integration_id=sb.integration_id, page_size=10, concurrency=5
        )
    ]
    assert ids == sb.offer_ids


async def test_async_early_stop_cancels_in_flight(sb):
    class Slow(AsyncSandboxTransport):
        async def handle_async_request(self, request):
            await asyncio.sleep(0.01)
            return await super().handle_async_request(request)

    aclient = AsyncIntegr8(api_key=sb.api_key, base_url=sb.base_url, transport=Slow(sb))
    got = []
    paginator = aclient.paginate(
        aclient.offers.list_offers, integration_id=sb.integration_id, page_size=10, concurrency=4
    )
    items = aiter(paginator)
    async for offer in items:
        got.append(offer)
        if len(got) == 12:
            break
    await items.aclose()
    made = len(list_requests(sb))
    await asyncio.sleep(0.1)
    assert len(list_requests(sb)) == made <= 2 + 2 * 4


# -- reports ------------------------------------------------------------------------------------


def day(d: int) -> dt.datetime:
    return dt.datetime(2025, 2, d, tzinfo=UTC)


def test_iter_report_every_row_once_newest_first(client, sb):
    rows = list(
        client.iter_report("conversions", integration_id=sb.integration_id, start=day(3), end=day(4), page_size=100)
    )
    small = list(
        client.iter_report("conversions", integration_id=sb.integration_id, start=day(3), end=day(4), page_size=7)
    )
    assert [r.real_tx_id for r in rows] == [r.real_tx_id for r in small]
    assert len({r.real_tx_id for r in rows}) == len(rows) > 100
    times = [r.conversion_time for r in rows]
    assert times == sorted(times, reverse=True)
    assert all("2025-02-03 00:00:00" <= t <= "2025-02-04 00:00:00" for t in times)
    cursors = [
        httpx.URL(r.url).params.get("page[after]") for r in sb.requests if r.operation_id == "getConversionReport"
    ]
    assert cursors.count(None) == 2  # each walk starts without a cursor, then follows endCursor


def test_report_times_are_read_in_the_requested_timezone(client, sb):
    ny = ZoneInfo("America/New_York")
    start = dt.datetime(2025, 2, 10, 9, 0, tzinfo=UTC)
    end = dt.datetime(2025, 2, 10, 15, 0, tzinfo=UTC)
    utc_rows = list(client.iter_report("clicks", integration_id=sb.integration_id, start=start, end=end))
    # The same instants: aware UTC datetimes converted to New York, and naive New York wall times.
    ny_rows = list(
        client.iter_report(
            "clicks", integration_id=sb.integration_id, start=start, end=end, timezone="America/New_York"
        )
    )
    naive = list(
        client.iter_report(
            "clicks",
            integration_id=sb.integration_id,
            start=dt.datetime(2025, 2, 10, 4, 0),
            end="2025-02-10 10:00:00",
            timezone="America/New_York",
        )
    )
    assert utc_rows and [r.real_tx_id for r in utc_rows] == [r.real_tx_id for r in ny_rows] == [
        r.real_tx_id for r in naive
    ]
    first_utc = dt.datetime.fromisoformat(utc_rows[0].request_time).replace(tzinfo=UTC)
    first_ny = dt.datetime.fromisoformat(ny_rows[0].request_time).replace(tzinfo=ny)
    assert first_utc == first_ny and utc_rows[0].request_time != ny_rows[0].request_time
    sent = httpx.URL([r for r in sb.requests if r.operation_id == "getClickReport"][-1].url).params
    assert sent["start_time"] == "2025-02-10 04:00:00" and sent["timezone"] == "America/New_York"


def test_a_date_as_end_includes_the_whole_day_and_filters_apply(client, sb):
    rows = list(
        client.iter_report(
            "conversions",
            integration_id=sb.integration_id,
            start="2025-02-05",
            end=dt.date(2025, 2, 5),
            status="Rejected",
        )
    )
    assert rows and all(r.status == "Rejected" and r.conversion_time.startswith("2025-02-05") for r in rows)
    sent = httpx.URL([r for r in sb.requests if r.operation_id == "getConversionReport"][-1].url).params
    assert sent["end_time"] == "2025-02-05 23:59:59" and sent["filter[status]"] == "Rejected"
    offer = rows[0].offer_id
    by_offer = list(
        client.iter_report("conversions", integration_id=sb.integration_id, start=day(1), end=day(28), offer_id=offer)
    )
    assert by_offer and {r.offer_id for r in by_offer} == {offer}


async def test_async_iter_report_matches_sync(client, aclient, sb):
    sync_ids = [
        r.real_tx_id
        for r in client.iter_report("impressions", integration_id=sb.integration_id, start=day(6), end=day(7))
    ]
    async_ids = [
        r.real_tx_id
        async for r in aclient.iter_report("impressions", integration_id=sb.integration_id, start=day(6), end=day(7))
    ]
    assert sync_ids == async_ids and len(sync_ids) > 0


def test_a_cursor_that_does_not_advance_stops_with_an_error():
    page = {"data": {"data": [{"real_tx_id": "A"}], "pageInfo": {"endCursor": "A", "hasNextPage": True}}}
    client = Integr8(api_key="k" * 20, transport=httpx.MockTransport(lambda r: httpx.Response(200, json=page)))
    rows = client.iter_report("clicks", integration_id="i", start="2025-02-01", end="2025-02-02")
    with pytest.raises(Integr8Error, match="did not advance"):
        list(rows)


async def test_async_filters_sort_and_time_zones_reach_the_api(aclient, sb):
    items = [
        o
        async for o in aclient.paginate(
            aclient.offers.list_offers,
            integration_id=sb.integration_id,
            page_size=9,
            filters={"currency": "EUR", "name": {"like": "fitness"}},
            sort=["-incremental_id"],
            concurrency=3,
        )
    ]
    assert items and all(o.currency == "EUR" and "fitness" in o.name.lower() for o in items)
    assert [o.incremental_id for o in items] == sorted((o.incremental_id for o in items), reverse=True)
    sent = httpx.URL(list_requests(sb)[0].url).params
    assert (sent["filter[currency]"], sent["filter[name][like]"], sent["sort"]) == ("EUR", "fitness", "-incremental_id")
    start = dt.datetime(2025, 2, 10, 9, 0, tzinfo=UTC)
    rows = [
        r
        async for r in aclient.iter_report(
            "clicks",
            integration_id=sb.integration_id,
            start=start,
            end=start + dt.timedelta(hours=2),
            timezone="America/New_York",
        )
    ]
    assert rows
    sent = httpx.URL([r for r in sb.requests if r.operation_id == "getClickReport"][-1].url).params
    assert (sent["start_time"], sent["end_time"]) == ("2025-02-10 04:00:00", "2025-02-10 06:00:00")
