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
    with pytest.raises(APIResponseValidationError, match="offers.list_offers: page 1"):
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
