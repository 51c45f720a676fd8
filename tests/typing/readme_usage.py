"""User code written the way the README shows it, for tests/test_typed_api.py.

That test type-checks this file with `mypy --strict --warn-unused-ignores` (it must pass, so a
README call that stops type-checking fails the suite), then runs it against the sandbox, so the
types claimed here (`assert_type`) are also what comes back. Not collected by pytest itself.
"""

from __future__ import annotations

from typing import assert_type

from integr8 import AsyncIntegr8, Integr8
from integr8_client.models import (
    ConversionReport,
    CreatedItem,
    DownloadCenterExportList,
    Offer,
    OfferData,
    OfferList,
    OfferRequest,
)


def use_sync(client: Integr8, integration_id: str) -> list[str]:
    """A list, a get, two creates (dict and model body), an enum and a date given as text."""
    seen: list[str] = []
    offers = client.offers.list_offers(integration_id=integration_id, pagesize=5)
    assert_type(offers, OfferList)
    first = offers.data[0] if offers.data else None
    assert first is not None and isinstance(first.id, str)
    assert_type(first, Offer)

    offer = client.offers.get_offer(integration_id=integration_id, offer_id=first.id)
    assert_type(offer, OfferData)
    if offer.data:  # `Offer | None | Unset`: None and UNSET are both false
        name = offer.data.name
        if isinstance(name, str):  # `str | None | Unset`, as the spec allows it to be absent
            seen.append(name)
    # Path parameters may also be given positionally, as the generated code takes them.
    again = client.offers.get_offer(integration_id, first.id, timeout=10.0)
    assert_type(again, OfferData)

    created = client.offers.create_offer(
        integration_id=integration_id, body={"name": "Summer", "advertiser_id": 42, "visibility": "Public"}
    )
    assert_type(created, CreatedItem)
    made = client.offers.create_offer(integration_id=integration_id, body=OfferRequest(advertiser_id=42, name="Winter"))
    for item in (created, made):
        if isinstance(item.created_item_id, str):
            seen.append(item.created_item_id)

    report = client.reports.get_conversion_report(
        integration_id=integration_id,
        start_time="2025-02-10 00:00:00",
        end_time="2025-02-11 00:00:00",
        pagesize=10,
        filterstatus="Approved",
        extra_headers={"X-Request-Id": "readme"},
    )
    assert_type(report, ConversionReport)

    exports = client.download_center.list_download_center_exports(
        filterreports_query_option_start_date="2025-02-01",
        extra_query={"filter[status]": "COMPLETED"},
    )
    assert_type(exports, DownloadCenterExportList)
    return seen


async def use_async(client: AsyncIntegr8, integration_id: str) -> list[str]:
    """The same calls, awaited."""
    seen: list[str] = []
    offers = await client.offers.list_offers(integration_id=integration_id, pagesize=5)
    assert_type(offers, OfferList)
    first = offers.data[0] if offers.data else None
    assert first is not None and isinstance(first.id, str)

    offer = await client.offers.get_offer(integration_id=integration_id, offer_id=first.id)
    assert_type(offer, OfferData)
    if offer.data and isinstance(offer.data.name, str):
        seen.append(offer.data.name)

    created = await client.offers.create_offer(integration_id=integration_id, body={"name": "S", "advertiser_id": 1})
    assert_type(created, CreatedItem)
    made = await client.offers.create_offer(integration_id=integration_id, body=OfferRequest(advertiser_id=1, name="W"))
    for item in (created, made):
        if isinstance(item.created_item_id, str):
            seen.append(item.created_item_id)

    report = await client.reports.get_conversion_report(
        integration_id=integration_id,
        start_time="2025-02-10 00:00:00",
        end_time="2025-02-11 00:00:00",
        pagesize=10,
        filterstatus="Rejected",
    )
    assert_type(report, ConversionReport)
    return seen


def use_paging(client: Integr8, aclient: AsyncIntegr8, integration_id: str) -> None:
    """`paginate` and `iter_report` as the README shows them: typed paginators of typed items
    (only type-checked; tests/test_paging_model.py runs the same calls)."""
    from integr8.pagination import AsyncPaginator, Paginator
    from integr8_client.models import ClickReportRow, ConversionReportRow, ImpressionReportRow

    offers = client.paginate(client.offers.list_offers, integration_id=integration_id, page_size=50)
    assert_type(offers, Paginator[Offer])
    for offer in offers:
        assert_type(offer, Offer)
    rows = client.iter_report("conversions", integration_id=integration_id, start="2025-02-10", end="2025-02-10")
    assert_type(rows, Paginator[ConversionReportRow])
    for page in rows.pages():
        assert isinstance(page, ConversionReport)
    clicks = client.iter_report("clicks", integration_id=integration_id, start="2025-02-10", end="2025-02-11")
    assert_type(clicks, Paginator[ClickReportRow])
    shown = client.iter_report("impressions", integration_id=integration_id, start="2025-02-10", end="2025-02-11")
    assert_type(shown, Paginator[ImpressionReportRow])
    assert_type(aclient.paginate(aclient.offers.list_offers, integration_id=integration_id), AsyncPaginator[Offer])
    arows = aclient.iter_report("conversions", integration_id=integration_id, start="2025-02-10", end="2025-02-10")
    assert_type(arows, AsyncPaginator[ConversionReportRow])
