"""Listings that change, lie about their size, or loop: complete and exact, or a clear error.

Every case runs against the sandbox with an injected `Fault` (the kinds users can inject too),
sync and async, one page at a time and several at once.
"""

from __future__ import annotations

import logging

import pytest

from integr8 import (
    APIResponseValidationError,
    AsyncIntegr8,
    CursorLoopError,
    Integr8,
    ListingChangedError,
)
from integr8.testing import AsyncSandboxTransport, Fault, ManualClock, Sandbox, SandboxTransport

CONCURRENCY = [1, 4]


@pytest.fixture
def sb() -> Sandbox:
    return Sandbox(seed=0, clock=ManualClock())


def offers(sb: Sandbox):
    resource = sb.owner_of("offerID")
    assert resource is not None
    return sb.store.collection(resource.collection)


def keep_offers(sb: Sandbox, n: int) -> list[str]:
    """Archive all but the first `n` seeded offers: the listing then holds exactly those."""
    for offer_id in sb.offer_ids[n:]:
        archive(sb, offer_id)
    return [r.id for r in offers(sb) if not r.archived]


def archive(sb: Sandbox, offer_id: str) -> None:
    record = offers(sb).get(offer_id)
    assert record is not None
    record.archived = True
    record.data["archived"] = True


def list_requests(sb: Sandbox) -> int:
    return sum(1 for r in sb.requests if r.operation_id == "listOffers")


def listed(sb: Sandbox, concurrency: int, page_size: int = 10, *, asynchronous: bool = False) -> tuple[list, object]:
    """The offers `paginate` yields, and the paginator (sync or async client, same arguments)."""
    if not asynchronous:
        client = Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb))
        paginator = client.paginate(
            client.offers.list_offers, integration_id=sb.integration_id, page_size=page_size, concurrency=concurrency
        )
        return [o.id for o in paginator], paginator

    import asyncio

    async def run() -> tuple[list, object]:
        aclient = AsyncIntegr8(api_key=sb.api_key, base_url=sb.base_url, transport=AsyncSandboxTransport(sb))
        paginator = aclient.paginate(
            aclient.offers.list_offers, integration_id=sb.integration_id, page_size=page_size, concurrency=concurrency
        )
        return [o.id async for o in paginator], paginator

    return asyncio.run(run())


MODES = [pytest.param(False, id="sync"), pytest.param(True, id="async")]


# -- numbered pages while the data changes ---------------------------------------------------------


@pytest.mark.parametrize("asynchronous", MODES)
@pytest.mark.parametrize("concurrency", CONCURRENCY)
def test_an_offer_deleted_from_a_read_page_loses_no_survivor(sb, concurrency, asynchronous, caplog):
    """25 offers, pages of 10; right after page 1 is served, an offer on page 1 is deleted.

    The survivor that slides from page 2 onto page 1 must still be yielded, once."""
    ids = keep_offers(sb, 25)
    doomed = ids[3]
    sb.inject(Fault(operation="listOffers", then=lambda box: archive(box, doomed)))
    with caplog.at_level(logging.WARNING, logger="integr8"):
        got, paginator = listed(sb, concurrency, asynchronous=asynchronous)
    survivors = {i for i in ids if i != doomed}
    assert survivors <= set(got), "every offer that existed throughout is yielded"
    assert set(got) <= set(ids), "nothing else (the deleted one was read before it went)"
    assert len(got) == len(set(got)), "once each"
    assert paginator.listing_changed is True
    assert paginator.heal_passes >= 1
    assert "listing changed" in caplog.text and "offers.list_offers" in caplog.text


@pytest.mark.parametrize("asynchronous", MODES)
@pytest.mark.parametrize("concurrency", CONCURRENCY)
def test_a_quiet_listing_is_not_reread(sb, concurrency, asynchronous):
    ids = keep_offers(sb, 25)
    got, paginator = listed(sb, concurrency, asynchronous=asynchronous)
    assert got == ids
    assert paginator.listing_changed is False and paginator.heal_passes == 0
    assert list_requests(sb) == 3


@pytest.mark.parametrize("asynchronous", MODES)
@pytest.mark.parametrize("concurrency", CONCURRENCY)
def test_offers_inserted_at_the_front_while_paging_are_not_repeated(sb, concurrency, asynchronous):
    from integr8.testing._crud import create

    ids = keep_offers(sb, 25)
    resource = sb.owner_of("offerID")
    assert resource is not None

    def insert(box: Sandbox) -> None:
        for k in range(3):
            create(box, resource, {"integrationID": box.integration_id}, {"name": f"late {k}", "advertiser_id": 1})

    sb.inject(Fault(operation="listOffers", then=insert))
    got, paginator = listed(sb, concurrency, asynchronous=asynchronous)
    assert len(got) == len(set(got)), "no offer twice"
    assert set(ids) <= set(got), "no original offer lost"
    assert paginator.listing_changed is True


@pytest.mark.parametrize("asynchronous", MODES)
def test_a_listing_that_never_settles_raises_instead_of_returning_short(sb, asynchronous):
    """Every list request deletes one more offer: re-reading cannot catch up, so it says so."""
    remaining = list(sb.offer_ids)

    def delete_one(box: Sandbox) -> None:
        archive(box, remaining.pop(0))

    sb.inject(Fault(operation="listOffers", then=delete_one, times=None))
    with pytest.raises(ListingChangedError, match="offers.list_offers") as caught:
        listed(sb, 1, asynchronous=asynchronous)
    assert caught.value.operation == "offers.list_offers"
    assert list_requests(sb) < 60, "bounded: a few heal passes, not a walk of every page again and again"


def test_remembered_ids_stay_bounded_on_long_listings(sb):
    client = Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb))
    paginator = client.paginate(client.offers.list_offers, integration_id=sb.integration_id, page_size=10)
    most = 0
    for n, _ in enumerate(paginator):
        if n % 10 == 0:
            most = max(most, len(paginator._current._seen))
    walk = paginator._current
    assert n + 1 == 500
    assert most <= (walk.memory_pages + 1) * 10 < 500


# -- page counts that cannot be trusted ----------------------------------------------------------------


@pytest.mark.parametrize("asynchronous", MODES)
@pytest.mark.parametrize("concurrency", CONCURRENCY)
def test_page_counts_sent_as_text_are_read_as_numbers(sb, concurrency, asynchronous):
    ids = keep_offers(sb, 25)
    sb.inject(Fault(operation="listOffers", meta={"total_count": "25", "total_page": "3"}, times=None))
    got, _ = listed(sb, concurrency, asynchronous=asynchronous)
    assert got == ids


@pytest.mark.parametrize("asynchronous", MODES)
@pytest.mark.parametrize(
    "meta",
    [
        {"total_count": None, "total_page": None},
        {"total_count": "many", "total_page": "some"},
        {"total_count": -1, "total_page": True},
        {"total_count": 25, "total_page": 1_000_000_000},  # more pages than 25 offers can fill
        {"total_count": 25, "total_page": 1},  # fewer: the listing would come back short
    ],
)
def test_a_meta_that_cannot_say_how_many_pages_is_an_error(sb, meta, asynchronous):
    keep_offers(sb, 25)
    sb.inject(Fault(operation="listOffers", meta=meta, times=None))
    with pytest.raises(APIResponseValidationError, match="offers.list_offers: .*(page 1|meta)"):
        listed(sb, 1, asynchronous=asynchronous)
    assert list_requests(sb) == 1


@pytest.mark.parametrize("asynchronous", MODES)
@pytest.mark.parametrize("concurrency", CONCURRENCY)
def test_an_empty_page_ends_a_listing_that_claims_a_billion_pages(sb, concurrency, asynchronous):
    ids = keep_offers(sb, 25)
    sb.inject(Fault(operation="listOffers", meta={"total_count": None, "total_page": 1_000_000_000}, times=None))
    got, _ = listed(sb, concurrency, asynchronous=asynchronous)
    assert got == ids
    assert list_requests(sb) <= 4 + 2 * concurrency


@pytest.mark.parametrize("asynchronous", MODES)
def test_a_server_that_ignores_the_page_number_is_an_error_not_a_loop(sb, asynchronous):
    keep_offers(sb, 25)
    client = Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb))
    first = client.offers.list_offers(integration_id=sb.integration_id, pagesize=10).to_dict()
    sb.inject(Fault(operation="listOffers", body=first, times=None))
    with pytest.raises(APIResponseValidationError, match="ignore page"):
        listed(sb, 1, asynchronous=asynchronous)


@pytest.mark.parametrize("asynchronous", MODES)
def test_an_empty_page_whose_meta_says_it_has_items_is_an_error(sb, asynchronous):
    keep_offers(sb, 25)
    empty = {"data": [], "meta": {"total_count": 25, "total_page": 3}}
    calls = []

    def body(request):
        calls.append(request)
        return empty

    sb.inject(Fault(operation="listOffers", meta={}, times=1))  # page 1 as it is (the first match wins)
    sb.inject(Fault(operation="listOffers", body=body, times=None))
    with pytest.raises(APIResponseValidationError, match="page 2 is empty"):
        listed(sb, 1, asynchronous=asynchronous)


# -- report cursors that go round ------------------------------------------------------------------------


def report_rows(sb: Sandbox, *, asynchronous: bool) -> tuple[list, Exception | None]:
    """Rows `iter_report` yields before it stops, and the error it stopped with."""
    args = dict(integration_id=sb.integration_id, start="2025-02-01", end="2025-02-03", page_size=10)
    rows: list = []
    if not asynchronous:
        client = Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb))
        try:
            for row in client.iter_report("clicks", **args):
                rows.append(row.real_tx_id)
                assert len(rows) < 10_000, "the test's own bound"
        except Exception as exc:  # noqa: BLE001 - returned for the test to judge
            return rows, exc
        return rows, None

    import asyncio

    async def run() -> Exception | None:
        aclient = AsyncIntegr8(api_key=sb.api_key, base_url=sb.base_url, transport=AsyncSandboxTransport(sb))
        try:
            async for row in aclient.iter_report("clicks", **args):
                rows.append(row.real_tx_id)
                assert len(rows) < 10_000, "the test's own bound"
        except Exception as exc:  # noqa: BLE001
            return exc
        return None

    return rows, asyncio.run(run())


@pytest.mark.parametrize("asynchronous", MODES)
@pytest.mark.parametrize("cycle", [1, 2, 3])
def test_report_cursors_that_go_round_stop_with_an_error_and_no_row_twice(sb, cycle, asynchronous):
    sb.inject(Fault(operation="getClickReport", cursor_cycle=cycle))
    rows, error = report_rows(sb, asynchronous=asynchronous)
    assert isinstance(error, CursorLoopError), error
    assert error.operation == "reports.get_click_report"
    assert "page[after]" in str(error)
    assert len(rows) == len(set(rows)) == 10 * cycle
    reads = sum(1 for r in sb.requests if r.operation_id == "getClickReport")
    assert reads == cycle + 1


# -- healing, property-based: a model server that changes at random moments -------------------------


class _Item:
    def __init__(self, key: object) -> None:
        self.id = key


class _Meta:
    def __init__(self, count: int | None, pages: int | None) -> None:
        self.total_count = count
        self.total_page = pages


class _Page:
    def __init__(self, data: list, meta: _Meta) -> None:
        self.data = data
        self.meta = meta


def walk_a_changing_listing(
    seed: int, concurrency: int, kinds: tuple[str, ...], changes: int, with_count: bool, driver: str = "tasks"
):
    """Drive `PageWalk` as the paginators do, against a listing of 60 that deletes or inserts items
    at random moments; answers arrive in random order. Returns ("ok", yielded ids, ids that must
    be there) or ("error", exception).

    `driver`: "tasks" as the async paginator (and the sync one at concurrency 1) drive it: up to
    `concurrency` requests, served in any order. "threads" as the sync thread pool does: up to
    `2 * concurrency` asked for, started first come first served by `concurrency` workers (so at
    most that many served and not yet arrived), and those of an ended pass dropped before they
    start."""
    import math
    import random

    from integr8._pagewalk import NOT_YET, PageWalk

    rng = random.Random(seed)
    items = [_Item(i) for i in range(60)]
    deleted: set[int] = set()
    new_id = 1000
    walk = PageWalk("offers.list_offers", 10, concurrency)
    requested: list = []
    served: list = []
    yielded: list = []
    left = changes
    for _ in range(10_000):
        if walk.done():
            break
        if driver == "threads":
            requested = [t for t in requested if t[0] == walk.pass_number]  # cancelled: not started
            requested += walk.wanted(len(requested) + len(served), limit=2 * concurrency)
        else:
            requested += walk.wanted(len(requested) + len(served))
        if walk.has_ready():
            while walk.pop_ready() is not NOT_YET:
                yielded += [i.id for i in walk.fresh]
            continue
        if left and rng.random() < 0.15:
            left -= 1
            if rng.choice(kinds) == "delete":
                deleted.add(items.pop(rng.randrange(len(items))).id)
            else:
                items.insert(rng.randrange(len(items) + 1), _Item(new_id))
                new_id += 1
            continue
        workers_free = driver != "threads" or len(served) < concurrency
        if requested and workers_free and (not served or rng.random() < 0.5):
            token = requested.pop(0 if driver == "threads" else rng.randrange(len(requested)))
            number = token[1]
            pages = max(1, math.ceil(len(items) / 10))
            meta = _Meta(len(items) if with_count else None, pages)
            served.append((token, _Page(items[(number - 1) * 10 : number * 10], meta)))
        else:
            token, page = served.pop(rng.randrange(len(served)))
            try:
                walk.arrived(token, page)
            except Exception as exc:  # noqa: BLE001 - returned for the test to judge
                return "error", exc
    else:
        raise AssertionError("the walk did not end within 10,000 steps")
    return "ok", yielded, set(range(60)) - deleted


@pytest.mark.parametrize(
    ("kinds", "with_count"),
    [
        (("delete",), True),
        (("insert",), True),
        # Without total_count only a change of total_page shows, and one deletion may not change
        # it: deletions are then invisible from the pages (documented). Insertions are still
        # exact: what they push onto the next page is recognised.
        (("insert",), False),
    ],
    ids=["deletions", "insertions", "insertions, total_page only"],
)
@pytest.mark.parametrize("concurrency", [1, 2, 4])
@pytest.mark.parametrize("driver", ["tasks", "threads"])
def test_every_item_that_stays_is_yielded_once_whatever_the_timing(concurrency, kinds, with_count, driver):
    """200 random schedules of 1-3 deletions (or insertions) while paging: every item that exists
    throughout is yielded exactly once, or the walk says it could not settle. Never short, never
    twice, never a false error, never a hang."""
    from integr8._pagewalk import PageWalk

    assert PageWalk  # the walk under test; paginators drive it the same way
    gave_up = 0
    for seed in range(200):
        outcome = walk_a_changing_listing(seed, concurrency, kinds, 1 + seed % 3, with_count, driver)
        if outcome[0] == "error":
            assert isinstance(outcome[1], ListingChangedError), (seed, outcome[1])
            gave_up += 1
            continue
        _, yielded, must = outcome
        assert len(yielded) == len(set(yielded)), f"seed {seed}: an item twice"
        assert must <= set(yielded), f"seed {seed}: lost {sorted(must - set(yielded))}"
    assert gave_up <= 4, "giving up is for listings that keep changing, not the rule"


def test_changes_that_chain_through_heal_passes_lose_nothing(sb):
    """60 offers; deletions after list requests 4, 6 and 9: the second lands while the first is
    being healed, the third while the second is."""
    ids = keep_offers(sb, 60)
    plan = {4: ids[45], 6: ids[15], 9: ids[5]}
    count = [0]

    def delete_on_cue(box: Sandbox) -> None:
        count[0] += 1
        if count[0] in plan:
            archive(box, plan[count[0]])

    sb.inject(Fault(operation="listOffers", then=delete_on_cue, times=None))
    got, paginator = listed(sb, 1)
    survivors = set(ids) - set(plan.values())
    assert survivors <= set(got) and len(got) == len(set(got))
    assert paginator.heal_passes >= 2


def test_a_changing_listing_whose_items_have_no_id_is_an_error_not_a_guess():
    from integr8._pagewalk import NOT_YET, PageWalk

    class Row:
        id = None

    rows = [Row() for _ in range(25)]
    walk = PageWalk("offer_landing_pages.list_link_test_logs_grouped", 10, 1)
    sizes = {1: 25, 2: 24, 3: 24}  # one row deleted after page 1 was served
    with pytest.raises(ListingChangedError, match="no id"):
        while not walk.done():
            for token in walk.wanted(0):
                number = token[1]
                walk.arrived(token, _Page(rows[(number - 1) * 10 : number * 10], _Meta(sizes[number], 3)))
            while walk.pop_ready() is not NOT_YET:
                pass


def test_a_listing_that_grows_faster_than_it_is_read_stops(sb):
    keep_offers(sb, 20)
    grown = [20]

    def announce_more(request):
        grown[0] += 30
        number = int(httpx.URL(str(request.url)).params["page[number]"])
        return {"data": [{"id": f"o{number}-{k}"} for k in range(10)], "meta": {"total_count": grown[0]}}

    import httpx

    sb.inject(Fault(operation="listOffers", body=announce_more, times=None))
    with pytest.raises(ListingChangedError, match="offers.list_offers"):
        listed(sb, 1)
    assert list_requests(sb) < 40


@pytest.mark.parametrize("asynchronous", MODES)
def test_fresh_cursors_over_the_same_rows_stop_with_an_error(sb, asynchronous):
    page = {"data": [], "pageInfo": {"hasNextPage": True, "endCursor": ""}}
    served = [0]

    def same_rows_new_cursor(request):
        served[0] += 1
        assert served[0] < 50, "the test's own bound"
        rows = [{"real_tx_id": f"rx-{k}", "tx_id": f"t{k}"} for k in range(3)]
        return {"data": {**page, "data": rows, "pageInfo": {"hasNextPage": True, "endCursor": f"c{served[0]}"}}}

    sb.inject(Fault(operation="getClickReport", body=same_rows_new_cursor, times=None))
    rows, error = report_rows(sb, asynchronous=asynchronous)
    assert isinstance(error, CursorLoopError) and "repeats the rows" in str(error)
    assert rows == ["rx-0", "rx-1", "rx-2"]


def test_a_listing_that_grows_faster_than_it_is_read_stops_after_a_bounded_number_of_pages():
    """Each page of the main pass announces 30 more items (appended at the end, so re-reads agree):
    the walk follows growth, but not without end."""
    from integr8._pagewalk import NOT_YET, PageWalk

    walk = PageWalk("offers.list_offers", 10, 1)
    size = [20]
    requests = 0
    with pytest.raises(ListingChangedError, match="faster than it can be read"):
        while not walk.done():
            for token in walk.wanted(0):
                requests += 1
                assert requests < 500, "the test's own bound"
                if not walk._healing:
                    size[0] += 30
                number = token[1]
                items = [_Item(k) for k in range((number - 1) * 10, min(number * 10, size[0]))]
                walk.arrived(token, _Page(items, _Meta(size[0], None)))
            while walk.pop_ready() is not NOT_YET:
                pass
    assert requests < 100
