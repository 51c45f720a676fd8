"""One paging model: numbered pages and report cursors behind one `Paginator`/`AsyncPaginator`.

Both strategies, both clients: `.pages()`, items of the generated models, a fresh walk per
iteration, nothing fetched before iterating or after stopping; the sans-IO `CursorWalk`; the
operations `paginate` accepts (`__integr8_operation__` of the typed bindings, `.info` of today's).
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from integr8 import AsyncIntegr8, ConfigurationError, CursorLoopError, Integr8, ServerError
from integr8 import pagination as public
from integr8._pagewalk import NOT_YET
from integr8._reports import CursorWalk
from integr8.testing import AsyncSandboxTransport, ManualClock, Sandbox, SandboxTransport
from integr8_client.models import (
    ClickReport,
    ClickReportRow,
    ConversionReport,
    ConversionReportRow,
    ImpressionReportRow,
    Offer,
    OfferList,
)

WINDOW = {"start": "2025-02-06", "end": "2025-02-06"}


@pytest.fixture
def sb() -> Sandbox:
    return Sandbox(seed=0, clock=ManualClock())


@pytest.fixture
def client(sb: Sandbox) -> Integr8:
    return Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb))


@pytest.fixture
def aclient(sb: Sandbox) -> AsyncIntegr8:
    return AsyncIntegr8(api_key=sb.api_key, base_url=sb.base_url, transport=AsyncSandboxTransport(sb))


def reads(sb: Sandbox, operation_id: str) -> int:
    return sum(1 for r in sb.requests if r.operation_id == operation_id)


def offers(c: Integr8 | AsyncIntegr8, sb: Sandbox, **kw: Any) -> Any:
    return c.paginate(c.offers.list_offers, integration_id=sb.integration_id, **kw)


def conversions(c: Integr8 | AsyncIntegr8, sb: Sandbox, **kw: Any) -> Any:
    return c.iter_report("conversions", integration_id=sb.integration_id, **WINDOW, **kw)


async def alist(iterable: Any) -> list[Any]:
    return [x async for x in iterable]


# -- one pair of classes, public ---------------------------------------------------------------


def test_both_helpers_return_the_public_paginators(client, aclient, sb):
    assert public.Paginator is type(offers(client, sb)) is type(conversions(client, sb))
    assert public.AsyncPaginator is type(offers(aclient, sb)) is type(conversions(aclient, sb))
    from integr8 import _pagination

    assert _pagination.Paginator is public.Paginator  # the old module path still imports
    assert offers(client, sb).strategy == "numbered" and conversions(aclient, sb).strategy == "cursor"
    assert repr(conversions(client, sb)) == "<Paginator reports.get_conversion_report (cursor)>"


def test_making_a_paginator_fetches_nothing(client, aclient, sb):
    offers(client, sb), conversions(client, sb), offers(aclient, sb), conversions(aclient, sb)
    assert sb.requests == []


# -- .pages() and typed items, both strategies, both clients -------------------------------------


def test_numbered_pages_and_items_sync(client, sb):
    pages = list(offers(client, sb, page_size=100).pages())
    assert all(isinstance(p, OfferList) for p in pages) and [len(p.data) for p in pages] == [100] * 5
    items = list(offers(client, sb, page_size=100))
    assert all(isinstance(o, Offer) for o in items)
    assert [o.id for o in items] == [o.id for p in pages for o in p.data] == sb.offer_ids


async def test_numbered_pages_and_items_async(aclient, sb):
    pages = await alist(offers(aclient, sb, page_size=100, concurrency=3).pages())
    assert all(isinstance(p, OfferList) for p in pages) and [len(p.data) for p in pages] == [100] * 5
    items = await alist(offers(aclient, sb, page_size=100, concurrency=3))
    assert all(isinstance(o, Offer) for o in items)
    assert [o.id for o in items] == [o.id for p in pages for o in p.data] == sb.offer_ids


def test_report_pages_and_rows_sync(client, sb):
    pages = list(conversions(client, sb, page_size=7).pages())
    assert len(pages) > 2 and all(isinstance(p, ConversionReport) for p in pages)
    assert reads(sb, "getConversionReport") == len(pages)
    rows = list(conversions(client, sb, page_size=7))
    assert all(isinstance(r, ConversionReportRow) for r in rows)
    paged = [r.real_tx_id for p in pages for r in p.data.data]
    assert [r.real_tx_id for r in rows] == list(dict.fromkeys(paged))  # the pages' rows, each once


async def test_report_pages_and_rows_async(aclient, client, sb):
    pages = await alist(conversions(aclient, sb, page_size=7).pages())
    assert len(pages) > 2 and all(isinstance(p, ConversionReport) for p in pages)
    rows = await alist(conversions(aclient, sb, page_size=7))
    assert all(isinstance(r, ConversionReportRow) for r in rows)
    assert [r.real_tx_id for r in rows] == [r.real_tx_id for r in conversions(client, sb, page_size=7)]


@pytest.mark.parametrize(
    ("kind", "model"), [("clicks", ClickReportRow), ("impressions", ImpressionReportRow)], ids=["clicks", "impressions"]
)
def test_each_report_yields_its_row_model(client, sb, kind, model):
    rows = list(client.iter_report(kind, integration_id=sb.integration_id, **WINDOW))
    assert rows and all(isinstance(r, model) for r in rows)


# -- iterating twice: a fresh walk each time ------------------------------------------------------


def test_iterating_twice_walks_twice_sync(client, sb):
    for paginator, operation_id in ((offers(client, sb, page_size=50), "listOffers"),
                                    (conversions(client, sb, page_size=10), "getConversionReport")):  # fmt: skip
        first = [x.to_dict() for x in paginator]
        once = reads(sb, operation_id)
        second = [x.to_dict() for x in paginator]
        assert first and second == first, "the second walk starts from the first page again"
        assert reads(sb, operation_id) == 2 * once
        assert len(list(paginator.pages())) == once, "pages() is a walk of its own too"


async def test_iterating_twice_walks_twice_async(aclient, sb):
    for paginator, operation_id in ((offers(aclient, sb, page_size=50, concurrency=2), "listOffers"),
                                    (conversions(aclient, sb, page_size=10), "getConversionReport")):  # fmt: skip
        first = [x.to_dict() for x in await alist(paginator)]
        once = reads(sb, operation_id)
        second = [x.to_dict() for x in await alist(paginator)]
        assert first and second == first
        assert reads(sb, operation_id) == 2 * once
        assert len(await alist(paginator.pages())) == once


def test_two_iterations_at_once_do_not_disturb_each_other(client, sb):
    paginator = conversions(client, sb, page_size=5)
    a, b = iter(paginator), iter(paginator)
    together = [(x.real_tx_id, y.real_tx_id) for x, y in zip(a, b, strict=True)]
    assert together and all(x == y for x, y in together)


# -- stopping early: no page is read that was not needed ---------------------------------------------


def test_stopping_early_reads_one_report_page_sync(client, sb):
    rows = iter(conversions(client, sb, page_size=5))
    taken = [next(rows) for _ in range(5)]
    assert len(taken) == 5 and reads(sb, "getConversionReport") == 1
    next(rows)  # the sixth row needs the second page, and only then is it read
    assert reads(sb, "getConversionReport") == 2
    rows.close()  # type: ignore[attr-defined]
    assert reads(sb, "getConversionReport") == 2


async def test_stopping_early_reads_one_report_page_async(aclient, sb):
    rows = aiter(conversions(aclient, sb, page_size=5))
    taken = [await anext(rows) for _ in range(5)]
    await asyncio.sleep(0.01)
    assert len(taken) == 5 and reads(sb, "getConversionReport") == 1
    await rows.aclose()  # type: ignore[attr-defined]
    await asyncio.sleep(0.01)
    assert reads(sb, "getConversionReport") == 1


def test_numbered_pages_are_read_as_needed_at_concurrency_one(client, sb):
    items = iter(offers(client, sb, page_size=10))
    [next(items) for _ in range(10)]
    assert reads(sb, "listOffers") == 1
    next(items)
    assert reads(sb, "listOffers") == 2


# -- the cursor walk, sans-IO ---------------------------------------------------------------------


def report_page(rows: list[str], cursor: str | None) -> ClickReport:
    info = {"hasNextPage": cursor is not None, "endCursor": cursor}
    return ClickReport.from_dict({"data": {"data": [{"real_tx_id": r} for r in rows], "pageInfo": info}})


def test_the_cursor_walk_asks_for_a_page_only_after_the_one_before_was_handed_out():
    walk = CursorWalk("reports.get_click_report")
    assert walk.wanted(0) == [(1, None)] and walk.wanted(0) == [], "one page at a time"
    walk.arrived((1, None), report_page(["a", "b"], "b"))
    assert walk.wanted(0) == [], "nothing fetched ahead of what was handed out"
    assert walk.has_ready() and walk.pop_ready() is not NOT_YET
    assert [r.real_tx_id for r in walk.fresh] == ["a", "b"] and not walk.done()
    assert walk.wanted(0) == [(2, "b")]
    walk.arrived((2, "b"), report_page(["b", "c"], None))  # "b" again: the page before's row
    walk.pop_ready()
    assert [r.real_tx_id for r in walk.fresh] == ["c"]
    assert walk.done() and walk.wanted(0) == [] and walk.pop_ready() is NOT_YET
    assert walk.listing_changed is False and walk.heal_passes == 0


def test_the_cursor_walk_refuses_a_loop_before_handing_out_its_rows():
    walk = CursorWalk("reports.get_click_report")
    walk.wanted(0)
    walk.arrived((1, None), report_page(["a"], "a"))
    walk.pop_ready()
    walk.wanted(0)
    with pytest.raises(CursorLoopError, match="did not advance"):
        walk.arrived((2, "a"), report_page(["z"], "a"))
    assert not walk.has_ready()


def test_a_cursor_paginator_refuses_concurrency_and_unknown_strategies():
    with pytest.raises(ConfigurationError, match="one after another"):
        public.Paginator(lambda after: None, 2, strategy="cursor")
    with pytest.raises(ConfigurationError, match="strategy"):
        public.Paginator(lambda n: None, strategy="sideways")  # type: ignore[arg-type]


# -- what paginate accepts ------------------------------------------------------------------------


class TypedOffers:
    """A stand-in for the generated typed bindings: bound methods naming their operation."""

    def list_offers(self, *, integration_id: str) -> OfferList:
        raise AssertionError("paginate reads the operation's name, it does not call it")

    list_offers.__integr8_operation__ = ("offers", "list_offers")  # type: ignore[attr-defined]


def test_paginate_takes_operations_that_name_themselves(client, aclient, sb):
    bound = TypedOffers().list_offers
    assert [o.id for o in client.paginate(bound, integration_id=sb.integration_id)] == sb.offer_ids
    assert [o.id for o in asyncio.run(alist(aclient.paginate(bound, integration_id=sb.integration_id)))] == sb.offer_ids


def test_paginate_refuses_what_is_not_a_bound_list_operation(client):
    def named(value: object) -> Any:
        def op() -> None: ...

        op.__integr8_operation__ = value  # type: ignore[attr-defined]
        return op

    for bad in (lambda: None, "offers.list_offers", named("offers.list_offers"), named(("offers", "no_such"))):
        with pytest.raises(TypeError, match=r"bound list operation.*client\.offers\.list_offers"):
            client.paginate(bad, integration_id="i")
    with pytest.raises(ConfigurationError, match="offers.get_offer is not a paginated list"):
        client.paginate(named(("offers", "get_offer")), integration_id="i")


def test_a_report_error_surfaces_where_iteration_reaches_it():
    answers = iter([httpx.Response(200, json={"data": {"data": [{"real_tx_id": "a"}], "pageInfo": {
        "hasNextPage": True, "endCursor": "a"}}}), httpx.Response(500, json={"message": "boom"})])  # fmt: skip
    client = Integr8(api_key="k" * 20, transport=httpx.MockTransport(lambda r: next(answers)), max_retries=0)
    rows = iter(client.iter_report("clicks", integration_id="i", start="2025-02-01", end="2025-02-02"))
    assert next(rows).real_tx_id == "a"
    with pytest.raises(ServerError):
        next(rows)


def test_next_steps_through_one_walk_as_the_report_generator_did():
    """`iter_report` used to return a generator: `next()` on its result keeps working."""
    from integr8._pagination import Paginator

    pages = {1: ["a", "b"], 2: ["c"]}
    fetched: list[int] = []

    class Page:
        def __init__(self, number: int):
            self.data = pages[number]
            self.meta = type("Meta", (), {"total_count": 3, "total_page": 2, "current_page": number})()

    def fetch(number: int) -> Page:
        fetched.append(number)
        return Page(number)

    paginator: Paginator[str] = Paginator(fetch, page_size=2)
    assert [next(paginator), next(paginator), next(paginator)] == ["a", "b", "c"]
    with pytest.raises(StopIteration):
        next(paginator)
    assert list(paginator) == []  # a `for` continues the walk `next()` started: it is spent


async def test_anext_steps_through_one_walk_on_the_async_paginator():
    from integr8._pagination import AsyncPaginator

    class Page:
        def __init__(self, number: int):
            self.data = [f"item {number}"]
            self.meta = type("Meta", (), {"total_count": 2, "total_page": 2, "current_page": number})()

    async def fetch(number: int) -> Page:
        return Page(number)

    paginator: AsyncPaginator[str] = AsyncPaginator(fetch, page_size=1)
    assert [await anext(paginator), await anext(paginator)] == ["item 1", "item 2"]
    with pytest.raises(StopAsyncIteration):
        await anext(paginator)


def test_a_peeked_report_continues_where_next_left_off_and_closes():
    """Peek with `next()`, then `for` the rest: no row twice, no page read twice (as with the
    generator `iter_report` used to return); `contextlib.closing` works."""
    import contextlib

    from integr8._pagination import Paginator

    pages = {1: ["a", "b"], 2: ["c", "d"]}
    fetched: list[int] = []

    class Page:
        def __init__(self, number: int):
            self.data = pages[number]
            self.meta = type("Meta", (), {"total_count": 4, "total_page": 2, "current_page": number})()

    def fetch(number: int) -> Page:
        fetched.append(number)
        return Page(number)

    rows: Paginator[str] = Paginator(fetch, page_size=2)
    first = next(rows)
    assert [first, *rows] == ["a", "b", "c", "d"] and fetched == [1, 2]
    with contextlib.closing(Paginator(fetch, page_size=2)) as closing:
        assert next(closing) == "a"
    with pytest.raises(StopIteration):
        next(closing)  # closed: nothing more is fetched


async def test_an_async_peeked_walk_continues_and_acloses():
    import contextlib

    from integr8._pagination import AsyncPaginator

    class Page:
        def __init__(self, number: int):
            self.data = [f"item {number}"]
            self.meta = type("Meta", (), {"total_count": 2, "total_page": 2, "current_page": number})()

    async def fetch(number: int) -> Page:
        return Page(number)

    rows: AsyncPaginator[str] = AsyncPaginator(fetch, page_size=1)
    first = await anext(rows)
    assert [first] + [row async for row in rows] == ["item 1", "item 2"]
    async with contextlib.aclosing(AsyncPaginator(fetch, page_size=1)) as closing:
        assert await anext(closing) == "item 1"
